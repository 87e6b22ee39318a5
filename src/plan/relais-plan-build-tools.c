/* relais-plan-build-tools.c — tool by tool: what is used today, the free
 * alternative chosen (or the best ones for this profile), its facts, its
 * status, the user's notes and the checklist of the move
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-alternative-text.h"
#include "relais-path.h"
#include "relais-plan-build-private.h"
#include "relais-price-text.h"
#include "relais-profile-tool.h"
#include "relais-recommender.h"

static RelaisRecommendation *
find_recommendation (GPtrArray         *ranked,
                     RelaisAlternative *alternative)
{
  for (guint i = 0; i < ranked->len; i++)
    {
      RelaisRecommendation *recommendation = g_ptr_array_index (ranked, i);

      if (recommendation->alternative == alternative)
        return recommendation;
    }
  return NULL;
}

/* The alternative in one item: its name and summary, then why it suits
 * this profile and its facts; the item links to its website. */
static void
add_alternative (RelaisPlanBlock         *block,
                 const RelaisPlanSources *sources,
                 RelaisAlternative       *alternative,
                 RelaisRecommendation    *recommendation)
{
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *facts = relais_alternative_describe_facts (alternative, sources->directory, sources->finder,
                                                              sources->profile);
  g_autofree char *text = NULL;

  /* The reasons are short sentences: one paragraph on paper. */
  for (guint i = 0; recommendation != NULL && i < recommendation->reasons->len; i++)
    {
      g_string_append (detail, g_ptr_array_index (recommendation->reasons, i));
      g_string_append_c (detail, i + 1 < recommendation->reasons->len ? ' ' : '\n');
    }
  g_string_append (detail, facts);
  if (alternative->homepage != NULL)
    {
      g_string_append_c (detail, '\n');
      /* Translators: how to reach a place or a contact, in the plan */
      g_string_append_printf (detail, _("Web site: %s"), alternative->homepage);
    }
  /* Translators: a free alternative and what it is, e.g. “LibreOffice Writer: a word processor…” */
  text = g_strdup_printf (_("%s: %s"), alternative->name, relais_catalog_translate (alternative->summary));
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, text, detail->str, alternative->homepage);
}

static RelaisPlanMark
mark_of (RelaisItemState state)
{
  switch (state)
    {
    case RELAIS_ITEM_DONE:
      return RELAIS_PLAN_MARK_TICKED;
    case RELAIS_ITEM_SKIPPED:
      return RELAIS_PLAN_MARK_SKIPPED;
    case RELAIS_ITEM_TODO:
    default:
      return RELAIS_PLAN_MARK_UNTICKED;
    }
}

static void
add_checklist (RelaisPlan              *plan,
               const RelaisPlanSources *sources,
               RelaisProprietaryTool   *entry)
{
  const RelaisMigration *migration = relais_path_get_migration (entry->category->id);
  RelaisPlanBlock *block;

  relais_plan_add_heading (plan, 3, _(migration->title));
  block = relais_plan_add_items (plan);
  for (guint i = 0; migration->steps[i] != NULL; i++)
    {
      g_autofree char *id = relais_path_migration_step_id (migration, entry->id, i);
      const char *note = relais_profile_get_item_note (sources->profile, id);
      g_autofree char *detail = note != NULL && note[0] != '\0' ? relais_plan_typeset (sources->language, note) : NULL;

      relais_plan_block_add_item (block, mark_of (relais_profile_get_item_state (sources->profile, id)),
                                  _(migration->steps[i]), detail, NULL);
    }
}

static void
add_facts (RelaisPlan              *plan,
           const RelaisPlanSources *sources,
           RelaisProfileTool       *tool)
{
  RelaisPlanBlock *facts = relais_plan_add_facts (plan);
  RelaisToolStatus status = relais_profile_tool_get_status (tool);
  GDateTime *changed = relais_profile_tool_get_status_changed (tool);
  g_autofree char *status_text = NULL;
  g_autofree char *users = NULL;
  const char *note = relais_profile_tool_get_note (tool);
  const char *noted_by = relais_profile_tool_get_noted_by (tool);
  const char *reason = relais_profile_tool_get_set_aside_reason (tool);

  if (changed != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (changed);
      g_autofree char *date = relais_plan_format_date (local);

      /* Translators: a tool's status and since when, e.g. “Trying, since 28/11/2026” */
      status_text = g_strdup_printf (_("%s, since %s"), relais_tool_status_get_label (status), date);
    }
  else
    status_text = g_strdup (relais_tool_status_get_label (status));
  if (noted_by != NULL && noted_by[0] != '\0')
    {
      g_autofree char *by = relais_plan_typeset (sources->language, noted_by);
      g_autofree char *with_by = NULL;

      /* Translators: a tool's status, then who gave the news */
      with_by = g_strdup_printf (_("%s (noted by %s)"), status_text, by);
      g_free (status_text);
      status_text = g_steal_pointer (&with_by);
    }
  relais_plan_block_add_item (facts, RELAIS_PLAN_MARK_BULLET, _("Where it stands"), status_text, NULL);

  users = g_strdup_printf ("%u", relais_profile_tool_get_users (tool));
  relais_plan_block_add_item (facts, RELAIS_PLAN_MARK_BULLET, _("People using it"), users, NULL);
  if (note != NULL && note[0] != '\0')
    {
      g_autofree char *typeset = relais_plan_typeset (sources->language, note);

      relais_plan_block_add_item (facts, RELAIS_PLAN_MARK_BULLET, _("What for"), typeset, NULL);
    }
  if (status == RELAIS_TOOL_STATUS_SET_ASIDE && reason != NULL && reason[0] != '\0')
    {
      g_autofree char *typeset = relais_plan_typeset (sources->language, reason);

      relais_plan_block_add_item (facts, RELAIS_PLAN_MARK_BULLET, _("Why set aside"), typeset, NULL);
    }
  if (g_strcmp0 (relais_profile_tool_get_choice (tool), RELAIS_CHOICE_NOT_NOW) == 0)
    relais_plan_block_add_item (facts, RELAIS_PLAN_MARK_BULLET, _("Choice"),
                                _("Not now: keep this tool for the moment."), NULL);
}

static void
add_tool (RelaisPlan              *plan,
          const RelaisPlanSources *sources,
          RelaisProfileTool       *tool)
{
  RelaisProprietaryTool *entry = relais_catalog_lookup_tool (sources->catalog, relais_profile_tool_get_tool_id (tool));
  const char *choice = relais_profile_tool_get_choice (tool);
  RelaisAlternative *chosen = choice != NULL ? relais_catalog_lookup_alternative (sources->catalog, choice) : NULL;
  g_autoptr(GPtrArray) ranked = NULL;
  g_autofree char *title = NULL;
  RelaisPlanBlock *block;

  /* A tool a newer catalogue knows and this one does not: named only. */
  if (entry == NULL)
    {
      relais_plan_add_heading (plan, 2, relais_profile_tool_get_tool_id (tool));
      add_facts (plan, sources, tool);
      return;
    }

  /* Translators: the tool used today, then the free alternative chosen */
  title = chosen != NULL ? g_strdup_printf (_("%s → %s"), entry->name, chosen->name) : g_strdup (entry->name);
  relais_plan_add_heading (plan, 2, title);
  if (entry->closed != NULL)
    {
      g_autofree char *closure = relais_tool_describe_closure (entry);

      relais_plan_add_paragraph (plan, closure, NULL);
    }
  if (entry->meanwhile != NULL)
    {
      g_autofree char *meanwhile = relais_tool_describe_meanwhile (entry);

      relais_plan_add_paragraph (plan, meanwhile, NULL);
    }
  add_facts (plan, sources, tool);

  ranked = relais_recommend_with_hosters (sources->profile, entry, relais_this_platform (),
                                          relais_profile_tool_get_users (tool), sources->directory);
  if (chosen != NULL)
    {
      relais_plan_add_heading (plan, 3, _("The Free Alternative Chosen"));
      block = relais_plan_add_items (plan);
      add_alternative (block, sources, chosen, find_recommendation (ranked, chosen));
      add_checklist (plan, sources, entry);
      return;
    }

  if (ranked->len == 0)
    return;
  relais_plan_add_heading (plan, 3, _("Free alternatives, the best for you first"));
  block = relais_plan_add_items (plan);
  for (guint i = 0; i < ranked->len && i < RELAIS_PLAN_N_RECOMMENDATIONS; i++)
    {
      RelaisRecommendation *recommendation = g_ptr_array_index (ranked, i);

      add_alternative (block, sources, recommendation->alternative, recommendation);
    }
}

/**
 * relais_plan_build_tools:
 *
 * Each tool of the profile, in the profile's order.
 */
void
relais_plan_build_tools (RelaisPlan              *plan,
                         const RelaisPlanSources *sources)
{
  GListModel *tools = relais_profile_get_tools (sources->profile);
  guint n_tools = g_list_model_get_n_items (tools);

  relais_plan_add_heading (plan, 1, _("Tool by Tool"));
  if (n_tools == 0)
    {
      relais_plan_add_paragraph (plan, _("No tool is listed yet. List the tools you use today in the Tools area: "
                                         "the plan will show, for each, the free alternatives that suit you best."),
                                 NULL);
      return;
    }

  for (guint i = 0; i < n_tools; i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (tools, i);

      add_tool (plan, sources, tool);
    }
}
