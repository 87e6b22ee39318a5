/* relais-progress.c — where the journey stands, in figures
 *
 * A tool is done once adopted or migrated. The savings count the licences
 * of done tools at their catalogue's dated public price times the number of
 * people using them, and say which price was used: the user can check it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-progress"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-profile-tool.h"
#include "relais-progress.h"
#include "relais-recommender.h"

void
relais_progress_free (RelaisProgress *progress)
{
  if (progress == NULL)
    return;

  g_clear_pointer (&progress->categories, g_ptr_array_unref);
  g_clear_pointer (&progress->basis, g_ptr_array_unref);
  g_free (progress);
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
add_saving (RelaisProgress        *progress,
            RelaisProprietaryTool *tool,
            RelaisProfileTool     *entry,
            gboolean               done)
{
  guint users = relais_profile_tool_get_users (entry);
  double own = relais_profile_tool_get_yearly_price (entry);
  g_autofree char *amount = NULL;
  gint64 yearly = 0;

  /* The price the user gave wins over the catalogue's. */
  if (own >= 0)
    {
      yearly = relais_euros_to_cents (own);
      if (done)
        progress->saved_cents_per_year += yearly;
      else
        progress->to_save_cents_per_year += yearly;
      g_ptr_array_add (progress->basis,
                       g_strdup_printf (_("%s: %.0f € a year, the price you gave."), tool->name,
                                        relais_cents_to_whole_units (yearly)));
      return;
    }

  if (tool->price == NULL || users == 0 ||
      !(amount = relais_price_format_yearly (tool->price, users, &yearly)))
    return;

  if (done)
    progress->saved_cents_per_year += yearly;
  else
    progress->to_save_cents_per_year += yearly;

  g_ptr_array_add (progress->basis,
                   g_strdup_printf (ngettext ("%s: %s a year for %u person (%s, listed price of %s).",
                                              "%s: %s a year for %u people (%s, listed price of %s).", users),
                                    tool->name, amount, users,
                                    tool->price->plan != NULL ? tool->price->plan : tool->name,
                                    tool->price->as_of != NULL ? tool->price->as_of : _("undated")));
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
  RelaisProgress *progress;
  GPtrArray *categories;
  GListModel *tools;

  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);

  progress = g_new0 (RelaisProgress, 1);
  progress->categories = g_ptr_array_new_with_free_func (g_free);
  progress->basis = g_ptr_array_new_with_free_func (g_free);

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
      RelaisCategoryProgress *category;

      if (tool == NULL)
        continue;

      progress->tools++;
      progress->by_status[status]++;
      progress->done += done;
      progress->chosen += chosen;

      category = category_progress (progress, tool->category);
      category->tools++;
      category->done += done;

      if (done || (chosen && status != RELAIS_TOOL_STATUS_SET_ASIDE))
        add_saving (progress, tool, entry, done);
    }

  /* Only the categories the profile has tools in. */
  for (guint i = progress->categories->len; i > 0; i--)
    {
      RelaisCategoryProgress *item = g_ptr_array_index (progress->categories, i - 1);

      if (item->tools == 0)
        g_ptr_array_remove_index (progress->categories, i - 1);
    }

  return progress;
}
