/* relais-plan-build.c — the plan of a profile: the cover, where it stands,
 * and the next steps; the tools and who can help have files of their own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-departements.h"
#include "relais-nearby-text.h"
#include "relais-path.h"
#include "relais-plan-build-private.h"
#include "relais-progress.h"

/**
 * relais_plan_format_date:
 *
 * Returns: (transfer full): @date as the rest of Relais writes dates
 */
char *
relais_plan_format_date (GDateTime *date)
{
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");

  return relais_nearby_format_date (iso);
}

static char *
count_done (guint done,
            guint total)
{
  return g_strdup_printf (ngettext ("%u of %u done", "%u of %u done", done), done, total);
}

static char *
describe_place (const RelaisPlanSources *sources)
{
  RelaisProfile *profile = sources->profile;
  const RelaisDepartement *departement = relais_departements_lookup (relais_profile_get_departement (profile));
  const RelaisCommune *commune = NULL;

  if (sources->finder != NULL)
    commune = relais_communes_lookup (relais_place_finder_get_communes (sources->finder),
                                      relais_profile_get_commune (profile));
  if (commune != NULL)
    return relais_commune_dup_label (commune);
  if (departement != NULL)
    return g_strdup_printf ("%s (%s)", departement->name, departement->code);
  return NULL;
}

static void
add_cover (RelaisPlan              *plan,
           const RelaisPlanSources *sources)
{
  RelaisProfile *profile = sources->profile;
  RelaisPlanBlock *facts = relais_plan_add_facts (plan);
  RelaisPlanBlock *reasons;
  g_autofree char *date = relais_plan_format_date (sources->now);
  g_autofree char *where = describe_place (sources);

  relais_plan_block_add_item (facts, RELAIS_PLAN_MARK_BULLET, _("What It Is"),
                              relais_profile_kind_get_label (relais_profile_get_kind (profile)), NULL);
  if (where != NULL)
    relais_plan_block_add_item (facts, RELAIS_PLAN_MARK_BULLET, _("Where"), where, NULL);
  relais_plan_block_add_item (facts, RELAIS_PLAN_MARK_BULLET, _("Date of the plan"), date, NULL);

  relais_plan_add_heading (plan, 2, _("Why Move to Free Software"));
  relais_plan_add_paragraph (plan, _("How much each reason matters to you. Relais will use it to rank free alternatives."), NULL);
  reasons = relais_plan_add_facts (plan);
  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    {
      g_autofree char *value = NULL;

      /* Translators: how much a reason weighs, then what the reason means */
      value = g_strdup_printf (_("%s — %s"), relais_weight_get_label (relais_profile_get_weight (profile, i)),
                               relais_reason_get_explanation (i));
      relais_plan_block_add_item (reasons, RELAIS_PLAN_MARK_BULLET, relais_reason_get_label (i), value, NULL);
    }

  relais_plan_add_heading (plan, 2, _("What This Plan Holds"));
  relais_plan_add_paragraph (plan,
                             _("Where you stand on the path and with your tools; each tool with the free alternative "
                               "chosen, or the best ones for you, and its checklist; who can help near you; and the "
                               "next steps."),
                             NULL);
}

static void
add_where_we_stand (RelaisPlan              *plan,
                    const RelaisPlanSources *sources)
{
  RelaisProfile *profile = sources->profile;
  RelaisProfileKind kind = relais_profile_get_kind (profile);
  g_autoptr(RelaisProgress) progress = relais_progress_new (profile, sources->catalog);
  RelaisPlanBlock *stages;
  RelaisPlanBlock *block;
  g_autofree char *saved = NULL;
  g_autofree char *to_save = NULL;

  relais_plan_add_heading (plan, 1, _("Where You Stand"));

  /* Skipped steps count as done: they were dealt with, as in Progress. */
  stages = relais_plan_add_bars (plan, _("Steps of the Path"));
  for (guint i = 0; i < relais_path_get_n_stages (); i++)
    {
      const RelaisStage *stage = relais_path_get_stage (i);
      g_autofree char *value = NULL;
      guint total, done, skipped;

      if (!relais_path_stage_applies (stage, kind))
        continue;
      relais_path_count (stage, profile, &total, &done, &skipped);
      value = count_done (done + skipped, total);
      relais_plan_block_add_bar (stages, _(stage->title), done + skipped, total, value);
    }

  if (progress->tools == 0)
    {
      relais_plan_add_paragraph (plan, _("Add the tools you use today in the Tools area: their progress, what is left and what you save will show here."), NULL);
      return;
    }

  block = relais_plan_add_bars (plan, _("Your Tools, by Category"));
  {
    g_autofree char *value = count_done (progress->done, progress->tools);

    relais_plan_block_add_bar (block, _("All your tools"), progress->done, progress->tools, value);
  }
  for (guint i = 0; i < progress->categories->len; i++)
    {
      RelaisCategoryProgress *item = g_ptr_array_index (progress->categories, i);
      g_autofree char *value = count_done (item->done, item->tools);

      relais_plan_block_add_bar (block, relais_catalog_translate (item->category->name), item->done, item->tools, value);
    }

  relais_plan_add_heading (plan, 2, _("Licences"));
  relais_plan_add_paragraph (plan, _("Public prices read on each vendor’s own page, with their date; each subscription counted once per person, for the number of people you gave; amounts in different currencies are never added. Your association may pay less."), NULL);
  saved = relais_progress_describe_total (progress, TRUE);
  to_save = relais_progress_describe_total (progress, FALSE);
  block = relais_plan_add_facts (plan);
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, _("No longer paid"), saved, NULL);
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, _("Still to save with your choices"), to_save, NULL);
  if (progress->basis->len > 0)
    {
      relais_plan_add_heading (plan, 3, _("On What Basis"));
      block = relais_plan_add_items (plan);
      for (guint i = 0; i < progress->basis->len; i++)
        relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, g_ptr_array_index (progress->basis, i), NULL, NULL);
    }
}

static void
add_step (RelaisPlanBlock *block,
          RelaisProfile   *profile,
          const char      *language,
          const char      *id,
          const char      *text)
{
  const char *note = relais_profile_get_item_note (profile, id);
  g_autofree char *detail = note != NULL && note[0] != '\0' ? relais_plan_typeset (language, note) : NULL;

  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_UNTICKED, text, detail, NULL);
}

/* The first stage with a step left to do: what comes next. */
static void
add_next_steps (RelaisPlan              *plan,
                const RelaisPlanSources *sources)
{
  RelaisProfile *profile = sources->profile;
  RelaisProfileKind kind = relais_profile_get_kind (profile);
  GPtrArray *own_steps = relais_profile_get_own_steps (profile);

  relais_plan_add_heading (plan, 1, _("Next Steps"));
  for (guint i = 0; i < relais_path_get_n_stages (); i++)
    {
      const RelaisStage *stage = relais_path_get_stage (i);
      RelaisPlanBlock *block;
      g_autofree char *title = NULL;
      guint total, done, skipped;

      if (!relais_path_stage_applies (stage, kind))
        continue;
      relais_path_count (stage, profile, &total, &done, &skipped);
      if (done + skipped >= total)
        continue;

      /* Translators: the number of a stage of the path and its name, e.g. “Stage 2: Take Stock” */
      title = g_strdup_printf (_("Stage %u: %s"), i + 1, _(stage->title));
      relais_plan_add_heading (plan, 2, title);
      relais_plan_add_paragraph (plan, _(stage->explanation), NULL);
      block = relais_plan_add_items (plan);
      for (guint j = 0; j < stage->n_items; j++)
        if (relais_path_item_applies (&stage->items[j], kind) &&
            relais_path_item_get_state (profile, stage->items[j].id) == RELAIS_ITEM_TODO)
          add_step (block, profile, sources->language, stage->items[j].id, _(stage->items[j].text));
      for (guint j = 0; j < own_steps->len; j++)
        {
          RelaisOwnStep *step = g_ptr_array_index (own_steps, j);
          g_autofree char *text = NULL;

          if (!g_str_equal (step->stage, stage->id) ||
              relais_profile_get_item_state (profile, step->id) != RELAIS_ITEM_TODO)
            continue;
          text = relais_plan_typeset (sources->language, step->text);
          add_step (block, profile, sources->language, step->id, text);
        }
      return;
    }

  relais_plan_add_paragraph (plan, _("Every step of the path is done. Look at the plan again every few months, and celebrate what is done."), NULL);
}

/**
 * relais_plan_build:
 *
 * The plan of @sources->profile, in the language of the current locale's
 * messages; @sources->language sets its typography and metadata.
 *
 * Returns: (transfer full): the plan
 */
RelaisPlan *
relais_plan_build (const RelaisPlanSources *sources)
{
  g_autoptr(RelaisPlan) plan = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (sources->profile), NULL);
  g_return_val_if_fail (RELAIS_IS_CATALOG (sources->catalog), NULL);
  g_return_val_if_fail (sources->now != NULL, NULL);
  g_return_val_if_fail (sources->language != NULL, NULL);

  date = relais_plan_format_date (sources->now);
  title = relais_plan_typeset (sources->language, relais_profile_get_name (sources->profile));
  /* Translators: what the document is, the kind of profile, and the date */
  subtitle = g_strdup_printf (_("Transition plan · %s · %s"),
                              relais_profile_kind_get_label (relais_profile_get_kind (sources->profile)), date);
  plan = relais_plan_new (sources->language, title, subtitle);
  /* Translators: at the foot of every page of the plan, with its date */
  plan->footer = g_strdup_printf (_("Made with Relais on %s"), date);

  /* No page of its own for the cover: a short plan stays short on paper. */
  add_cover (plan, sources);
  add_where_we_stand (plan, sources);
  relais_plan_build_tools (plan, sources);
  relais_plan_build_help (plan, sources);
  add_next_steps (plan, sources);

  return g_steal_pointer (&plan);
}
