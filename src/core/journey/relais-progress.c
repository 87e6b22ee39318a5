/* relais-progress.c — where the journey stands, in figures
 *
 * A tool is done once adopted or migrated; a free tool already used counts
 * as one migrated. The savings count what the plans
 * of the tools cost: a plan (a subscription such as Microsoft 365 Business
 * Standard) is paid once per person whatever the number of its programs used,
 * so it counts once, for the most people using any of its programs, and only
 * when every program of it the profile uses is left — else it is still
 * paid. Amounts in different currencies are never added. A closed tool
 * costs nothing; an association is not charged the public price of a plan
 * its vendor offers to nonprofits. Every figure says on what basis, and
 * when unsure, nothing is counted and the basis says why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-progress"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-price-text.h"
#include "relais-profile-tool.h"
#include "relais-progress.h"
#include "relais-recommender.h"

void
relais_progress_free (RelaisProgress *progress)
{
  if (progress == NULL)
    return;

  g_clear_pointer (&progress->categories, g_ptr_array_unref);
  g_clear_pointer (&progress->totals, g_array_unref);
  g_clear_pointer (&progress->basis, g_ptr_array_unref);
  g_free (progress);
}

/**
 * relais_progress_tool_reach:
 * @reach: (out): how far @tool has come
 *
 * Says how far a tool of the profile has come, from its status and its
 * choice: a tool being tried, adopted or migrated counts as chosen too, even
 * if no alternative of the catalogue was recorded.
 *
 * Returns: %FALSE for a tool set aside, which the reaches do not count
 */
gboolean
relais_progress_tool_reach (RelaisProfileTool *tool,
                            RelaisCatalog     *catalog,
                            RelaisToolReach   *reach)
{
  const char *choice;

  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (tool), FALSE);
  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), FALSE);
  g_return_val_if_fail (reach != NULL, FALSE);

  choice = relais_profile_tool_get_choice (tool);
  /* The one place a status becomes a reach: a free tool the association
   * already uses, once the profile records it, is counted here (as
   * migrated: nothing left to move). */
  switch (relais_profile_tool_get_status (tool))
    {
    case RELAIS_TOOL_STATUS_SET_ASIDE:
      *reach = RELAIS_TOOL_REACH_NONE;
      return FALSE;
    case RELAIS_TOOL_STATUS_MIGRATED:
      *reach = RELAIS_TOOL_REACH_MIGRATED;
      return TRUE;
    case RELAIS_TOOL_STATUS_ADOPTED:
      *reach = RELAIS_TOOL_REACH_ADOPTED;
      return TRUE;
    case RELAIS_TOOL_STATUS_TRYING:
      *reach = RELAIS_TOOL_REACH_TRYING;
      return TRUE;
    case RELAIS_TOOL_STATUS_TO_CONSIDER:
    default:
      *reach = choice != NULL && relais_catalog_lookup_alternative (catalog, choice) != NULL
        ? RELAIS_TOOL_REACH_CHOSEN : RELAIS_TOOL_REACH_NONE;
      return TRUE;
    }
}

/**
 * relais_tool_reach_get_label:
 *
 * Returns: the name of a reach, as the Progress area heads its count
 */
const char *
relais_tool_reach_get_label (RelaisToolReach reach)
{
  switch (reach)
    {
    case RELAIS_TOOL_REACH_NONE:
      return C_("tool reach", "Not chosen yet");
    case RELAIS_TOOL_REACH_CHOSEN:
      return C_("tool reach", "Chosen");
    case RELAIS_TOOL_REACH_TRYING:
      return C_("tool reach", "Trying");
    case RELAIS_TOOL_REACH_ADOPTED:
      return C_("tool reach", "Adopted");
    case RELAIS_TOOL_REACH_MIGRATED:
      return C_("tool reach", "Migrated");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * relais_tool_reach_get_meaning:
 *
 * Returns: one sentence on what a tool counted at @reach has done
 */
const char *
relais_tool_reach_get_meaning (RelaisToolReach reach)
{
  switch (reach)
    {
    case RELAIS_TOOL_REACH_NONE:
      return _("No free alternative chosen for the tool yet.");
    case RELAIS_TOOL_REACH_CHOSEN:
      return _("A free alternative is chosen for the tool, whatever happened next.");
    case RELAIS_TOOL_REACH_TRYING:
      return _("Some of you are trying the free alternative, or have gone further.");
    case RELAIS_TOOL_REACH_ADOPTED:
      return _("The free alternative is used instead of the tool, with or without the old data.");
    case RELAIS_TOOL_REACH_MIGRATED:
      return _("Everything has moved to the free alternative and the tool is no longer used.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* One plan, as the profile uses it. */
typedef struct
{
  RelaisPricePlan *plan;
  guint       users;         /* the most people using any of its programs */
  guint       used;          /* its programs in the profile */
  guint       done;          /* adopted or migrated */
  guint       leaving;       /* done, or with a choice and not set aside */
  gboolean    own_price;     /* a price the user gave for one of them */
  const char *kept;          /* nullable: a program of it that is kept */
  GString    *names;
} PlanUse;

static void
plan_use_free (PlanUse *use)
{
  g_string_free (use->names, TRUE);
  g_free (use);
}

static RelaisCategoryProgress *
category_progress (RelaisProgress *progress,
                   RelaisCategory *category)
{
  for (guint i = 0; i < progress->categories->len; i++)
    {
      RelaisCategoryProgress *item = g_ptr_array_index (progress->categories, i);

      if (item->category == category)
        return item;
    }

  return NULL;
}

static void
add_to_total (RelaisProgress *progress,
              const char     *currency,
              gint64          cents,
              gboolean        done)
{
  RelaisProgressTotal *total = NULL;

  for (guint i = 0; i < progress->totals->len && total == NULL; i++)
    if (g_str_equal (g_array_index (progress->totals, RelaisProgressTotal, i).currency, currency))
      total = &g_array_index (progress->totals, RelaisProgressTotal, i);

  if (total == NULL)
    {
      RelaisProgressTotal added = { { 0 }, 0, 0 };

      g_strlcpy (added.currency, currency, sizeof added.currency);
      g_array_append_val (progress->totals, added);
      total = &g_array_index (progress->totals, RelaisProgressTotal, progress->totals->len - 1);
    }

  if (done)
    total->saved_cents_per_year += cents;
  else
    total->to_save_cents_per_year += cents;
}

/* The price the user gave wins over the catalogue's; it is in euros. */
static void
add_own_price (RelaisProgress        *progress,
               RelaisProprietaryTool *tool,
               double                 own,
               gboolean               done)
{
  gint64 yearly = relais_euros_to_cents (own);
  g_autofree char *amount = relais_money_format (yearly, "EUR");

  add_to_total (progress, "EUR", yearly, done);
  g_ptr_array_add (progress->basis, g_strdup_printf (_("%s: %s a year, the price you gave."), tool->name, amount));
}

static PlanUse *
plan_use (GPtrArray  *uses,
          RelaisPricePlan *plan)
{
  PlanUse *use;

  for (guint i = 0; i < uses->len; i++)
    {
      use = g_ptr_array_index (uses, i);
      if (use->plan == plan)
        return use;
    }

  use = g_new0 (PlanUse, 1);
  use->plan = plan;
  use->names = g_string_new (NULL);
  g_ptr_array_add (uses, use);
  return use;
}

static char *
describe_nonprofit (const PlanUse *use)
{
  const RelaisNonprofitOffer *offer = use->plan->nonprofit;
  g_autofree char *sentence = NULL;

  if (offer->kind == RELAIS_NONPROFIT_FREE)
    sentence = g_strdup_printf (_("%s (%s): %s gives it to eligible nonprofits (%s), so its public price is not counted. "
                                  "If you pay for it, type what you pay in the tool."),
                                use->plan->name, use->names->str, use->plan->vendor, offer->name);
  else
    sentence = g_strdup_printf (_("%s (%s): %s sells it to eligible nonprofits below its public price (%s), so the public "
                                  "price is not counted. Type what you pay in the tool to count it."),
                                use->plan->name, use->names->str, use->plan->vendor, offer->name);

  return g_strdup_printf ("%s%s%s%s%s", sentence,
                          offer->note != NULL ? " " : "", offer->note != NULL ? relais_catalog_translate (offer->note) : "",
                          offer->secondary ? " " : "", offer->secondary ? relais_secondary_source_note () : "");
}

/* Teams (in Business Basic) and Word (in Business Standard, which includes
 * Basic) are paid once, as Business Standard: a plan used alongside one
 * that includes it is folded into it. */
static void
merge_included_plans (GPtrArray *uses)
{
  for (guint i = uses->len; i > 0; i--)
    {
      PlanUse *included = g_ptr_array_index (uses, i - 1);

      for (guint j = 0; j < uses->len; j++)
        {
          PlanUse *including = g_ptr_array_index (uses, j);

          if (including == included || !g_ptr_array_find (including->plan->includes, included->plan, NULL))
            continue;
          g_string_append_printf (including->names, ", %s", included->names->str);
          including->users = MAX (including->users, included->users);
          including->used += included->used;
          including->done += included->done;
          including->leaving += included->leaving;
          including->own_price |= included->own_price;
          if (including->kept == NULL)
            including->kept = included->kept;
          g_ptr_array_remove_index (uses, i - 1);
          break;
        }
    }
}

/* A plan counts once the profile leaves every program of it it uses. */
static void
add_plan (RelaisProgress    *progress,
          const PlanUse     *use,
          RelaisProfileKind  kind,
          const GDate       *today)
{
  RelaisPrice *price = use->plan->price;
  g_autofree char *amount = NULL;
  g_autofree char *when = NULL;
  gint64 yearly = 0;

  if (use->leaving == 0 || use->own_price)
    return;

  if (use->kept != NULL)
    {
      g_ptr_array_add (progress->basis,
                       g_strdup_printf (_("%s: still paid for %s, which you keep for now, so nothing is counted."),
                                        use->plan->name, use->kept));
      return;
    }
  if (relais_price_plan_nonprofit_applies (use->plan, kind))
    {
      g_ptr_array_add (progress->basis, describe_nonprofit (use));
      return;
    }
  if (price == NULL)
    {
      g_ptr_array_add (progress->basis,
                       g_strdup_printf (_("%s (%s): no price read on the vendor’s own page, so nothing is counted. "
                                          "Type what you pay in the tool to count it."),
                                        use->plan->name, use->names->str));
      return;
    }
  if (use->users == 0)
    return;
  if (!(amount = relais_price_format_yearly (price, use->users, &yearly)))
    {
      g_ptr_array_add (progress->basis,
                       g_strdup_printf (_("%s (%s): bought once, not paid each year, so nothing is counted."),
                                        use->plan->name, use->names->str));
      return;
    }

  add_to_total (progress, price->currency, yearly, use->done == use->used);
  when = relais_price_describe_date (price, today);
  g_ptr_array_add (progress->basis,
                   g_strdup_printf (ngettext ("%s (%s): %s a year for %u person, %s.",
                                              "%s (%s): %s a year for %u people, %s.", use->users),
                                    use->plan->name, use->names->str, amount, use->users, when));
}

/**
 * relais_progress_new_on:
 * @today: the day the figures are for: it says how old each price is
 *
 * Returns: (transfer full): the figures of @profile on @today
 */
RelaisProgress *
relais_progress_new_on (RelaisProfile *profile,
                        RelaisCatalog *catalog,
                        const GDate   *today)
{
  RelaisProgress *progress;
  RelaisProgressTotal euros = { "EUR", 0, 0 };
  g_autoptr(GPtrArray) uses = g_ptr_array_new_with_free_func ((GDestroyNotify) plan_use_free);
  GPtrArray *categories;
  GListModel *tools;

  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  progress = g_new0 (RelaisProgress, 1);
  progress->categories = g_ptr_array_new_with_free_func (g_free);
  progress->totals = g_array_new (FALSE, TRUE, sizeof (RelaisProgressTotal));
  progress->basis = g_ptr_array_new_with_free_func (g_free);
  /* Euros first, the currency of the prices users give. */
  g_array_append_val (progress->totals, euros);

  categories = relais_catalog_get_categories (catalog);
  for (guint i = 0; i < categories->len; i++)
    {
      RelaisCategoryProgress *item = g_new0 (RelaisCategoryProgress, 1);

      item->category = g_ptr_array_index (categories, i);
      g_ptr_array_add (progress->categories, item);
    }

  tools = relais_profile_get_tools (profile);
  for (guint i = 0; i < g_list_model_get_n_items (tools); i++)
    {
      g_autoptr(RelaisProfileTool) entry = g_list_model_get_item (tools, i);
      RelaisProprietaryTool *tool = relais_catalog_lookup_tool (catalog, relais_profile_tool_get_tool_id (entry));
      RelaisToolStatus status = relais_profile_tool_get_status (entry);
      const char *choice = relais_profile_tool_get_choice (entry);
      gboolean done = status == RELAIS_TOOL_STATUS_ADOPTED || status == RELAIS_TOOL_STATUS_MIGRATED;
      gboolean chosen = choice != NULL && relais_catalog_lookup_alternative (catalog, choice) != NULL;
      gboolean leaving = done || (chosen && status != RELAIS_TOOL_STATUS_SET_ASIDE);
      double own = relais_profile_tool_get_yearly_price (entry);
      RelaisCategoryProgress *category;
      RelaisToolReach reach;
      PlanUse *use;

      if (tool == NULL)
        continue;

      if (relais_progress_tool_reach (entry, catalog, &reach))
        {
          progress->moving++;
          for (guint r = 0; r <= reach; r++)
            progress->reached[r]++;
        }

      progress->tools++;
      progress->by_status[status]++;
      progress->done += done;
      progress->chosen += chosen;

      category = category_progress (progress, tool->category);
      category->tools++;
      category->done += done;

      if (tool->closed != NULL)
        {
          g_autofree char *closure = relais_tool_describe_closure (tool);

          g_ptr_array_add (progress->basis, g_strdup_printf (_("%s Nothing to pay, so nothing is counted."), closure));
          continue;
        }
      if (leaving && own >= 0)
        add_own_price (progress, tool, own, done);
      if (tool->plan == NULL)
        continue;

      use = plan_use (uses, tool->plan);
      g_string_append_printf (use->names, use->used > 0 ? ", %s" : "%s", tool->name);
      use->used++;
      use->done += done;
      use->leaving += leaving;
      use->own_price |= leaving && own >= 0;
      use->users = MAX (use->users, relais_profile_tool_get_users (entry));
      if (!leaving && use->kept == NULL)
        use->kept = tool->name;
    }

  /* A free tool already used is a move already made: it counts as migrated. */
  for (const char * const *id = relais_profile_get_free_tools (profile); *id != NULL; id++)
    {
      RelaisAlternative *alternative = relais_catalog_lookup_alternative (catalog, *id);
      RelaisCategoryProgress *category;

      if (alternative == NULL)
        continue;
      progress->tools++;
      progress->free_tools++;
      progress->by_status[RELAIS_TOOL_STATUS_MIGRATED]++;
      progress->done++;
      progress->moving++;
      for (guint r = 0; r <= RELAIS_TOOL_REACH_MIGRATED; r++)
        progress->reached[r]++;
      if (alternative->category != NULL && (category = category_progress (progress, alternative->category)) != NULL)
        {
          category->tools++;
          category->done++;
        }
    }

  merge_included_plans (uses);
  for (guint i = 0; i < uses->len; i++)
    add_plan (progress, g_ptr_array_index (uses, i), relais_profile_get_kind (profile), today);

  /* Only the categories the profile has tools in. */
  for (guint i = progress->categories->len; i > 0; i--)
    {
      RelaisCategoryProgress *item = g_ptr_array_index (progress->categories, i - 1);

      if (item->tools == 0)
        g_ptr_array_remove_index (progress->categories, i - 1);
    }

  return progress;
}

/**
 * relais_progress_new:
 *
 * Returns: (transfer full): the figures of @profile today
 */
RelaisProgress *
relais_progress_new (RelaisProfile *profile,
                     RelaisCatalog *catalog)
{
  GDate today;

  relais_today (&today);
  return relais_progress_new_on (profile, catalog, &today);
}

/**
 * relais_progress_get_cents:
 * @saved: what is no longer paid, or else what is still to save
 *
 * Returns: the yearly amount in @currency, in cents
 */
gint64
relais_progress_get_cents (RelaisProgress *progress,
                           const char     *currency,
                           gboolean        saved)
{
  g_return_val_if_fail (progress != NULL, 0);
  g_return_val_if_fail (currency != NULL, 0);

  for (guint i = 0; i < progress->totals->len; i++)
    {
      RelaisProgressTotal *total = &g_array_index (progress->totals, RelaisProgressTotal, i);

      if (g_str_equal (total->currency, currency))
        return saved ? total->saved_cents_per_year : total->to_save_cents_per_year;
    }

  return 0;
}

/**
 * relais_progress_describe_total:
 * @saved: what is no longer paid, or else what is still to save
 *
 * Returns: (transfer full): the yearly amount in words, one per currency
 *   ("130 € and $180 a year"), never added across currencies
 */
char *
relais_progress_describe_total (RelaisProgress *progress,
                                gboolean        saved)
{
  g_autofree char *amounts = NULL;

  g_return_val_if_fail (progress != NULL, NULL);

  for (guint i = 0; i < progress->totals->len; i++)
    {
      RelaisProgressTotal *total = &g_array_index (progress->totals, RelaisProgressTotal, i);
      gint64 cents = saved ? total->saved_cents_per_year : total->to_save_cents_per_year;
      g_autofree char *amount = NULL;

      if (cents == 0)
        continue;
      amount = relais_money_format (cents, total->currency);
      if (amounts == NULL)
        amounts = g_steal_pointer (&amount);
      else
        {
          /* TRANSLATORS: two amounts in different currencies, e.g. “130 € and $180” */
          char *both = g_strdup_printf (C_("amounts", "%s and %s"), amounts, amount);

          g_free (amounts);
          amounts = both;
        }
    }
  if (amounts == NULL)
    amounts = relais_money_format (0, "EUR");

  /* TRANSLATORS: an amount each year, e.g. “130 € a year” */
  return g_strdup_printf (_("%s a year"), amounts);
}
