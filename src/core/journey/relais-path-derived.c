/* relais-path-derived.c — the steps of the path that Relais can see are
 * done from what the profile already holds: the reasons weighed, the tools
 * listed, described, chosen and tried
 *
 * What the user ticked, skipped or unticked always wins: Relais only fills
 * in the steps nobody touched (relais_profile_get_item_set_by_user()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-path"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-path.h"
#include "relais-profile-tool.h"

typedef gboolean (*CountsFunc) (RelaisProfileTool *tool);

static gboolean
any_tool (RelaisProfileTool *tool)
{
  return TRUE;
}

static gboolean
says_what_for (RelaisProfileTool *tool)
{
  return relais_profile_tool_get_note (tool)[0] != '\0';
}

static gboolean
has_choice (RelaisProfileTool *tool)
{
  return relais_profile_tool_get_choice (tool) != NULL;
}

/* A tool set aside stays as it is, and "not now" chose nothing to try. */
static gboolean
has_alternative_to_try (RelaisProfileTool *tool)
{
  const char *choice = relais_profile_tool_get_choice (tool);

  return choice != NULL && !g_str_equal (choice, RELAIS_CHOICE_NOT_NOW) &&
         relais_profile_tool_get_status (tool) != RELAIS_TOOL_STATUS_SET_ASIDE;
}

static gboolean
is_tried (RelaisProfileTool *tool)
{
  RelaisToolStatus status = relais_profile_tool_get_status (tool);

  return status == RELAIS_TOOL_STATUS_TRYING || status == RELAIS_TOOL_STATUS_ADOPTED ||
         status == RELAIS_TOOL_STATUS_MIGRATED;
}

/* The steps about tools: which tools count, and which of those are done. */
static const struct
{
  const char *id;
  CountsFunc  counts;
  CountsFunc  done;
} tool_steps[] = {
  { "stock.tools", any_tool, any_tool },
  { "stock.users", any_tool, says_what_for },
  { "choose.pick", any_tool, has_choice },
  { "choose.try", has_alternative_to_try, is_tried },
};

/**
 * relais_path_item_get_progress:
 * @done: (out): how much of the step Relais can see is done
 * @total: (out): how much there is to do; 0 while there is nothing yet
 *
 * What Relais can see of a step of the path from the profile: the weights
 * of the reasons for "understand.weigh", the tools for the steps of taking
 * stock, choosing and trying.
 *
 * Returns: %FALSE for the steps Relais cannot see (@done and @total are
 *   then 0)
 */
gboolean
relais_path_item_get_progress (RelaisProfile *profile,
                               const char    *item,
                               guint         *done,
                               guint         *total)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);
  g_return_val_if_fail (done != NULL && total != NULL, FALSE);

  *done = *total = 0;

  /* Every new profile weighs each reason "important": a reason given a
   * weight of its own says the user weighed them. */
  if (g_str_equal (item, "understand.weigh"))
    {
      *total = 1;
      for (guint i = 0; i < RELAIS_N_REASONS; i++)
        if (relais_profile_get_weight (profile, i) != RELAIS_WEIGHT_IMPORTANT)
          *done = 1;
      return TRUE;
    }

  for (guint s = 0; s < G_N_ELEMENTS (tool_steps); s++)
    {
      GListModel *tools;

      if (!g_str_equal (item, tool_steps[s].id))
        continue;

      tools = relais_profile_get_tools (profile);
      for (guint i = 0; i < g_list_model_get_n_items (tools); i++)
        {
          g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (tools, i);

          if (!tool_steps[s].counts (tool))
            continue;
          (*total)++;
          *done += tool_steps[s].done (tool);
        }
      return TRUE;
    }

  return FALSE;
}

/**
 * relais_path_item_get_state:
 *
 * The state of a step as the path shows it: the one the user gave it, or,
 * for a step nobody touched, done when Relais can see all of it is done.
 */
RelaisItemState
relais_path_item_get_state (RelaisProfile *profile,
                            const char    *item)
{
  guint done, total;

  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), RELAIS_ITEM_TODO);
  g_return_val_if_fail (item != NULL, RELAIS_ITEM_TODO);

  if (relais_profile_get_item_set_by_user (profile, item))
    return relais_profile_get_item_state (profile, item);
  if (relais_path_item_get_progress (profile, item, &done, &total) && total > 0 && done == total)
    return RELAIS_ITEM_DONE;
  return relais_profile_get_item_state (profile, item);
}

/**
 * relais_path_item_describe_progress:
 *
 * Returns: (transfer full) (nullable): what Relais sees of the step, in
 *   words ("3 of 8 tools chosen"), or %NULL when it sees nothing to count
 */
char *
relais_path_item_describe_progress (RelaisProfile *profile,
                                    const char    *item)
{
  guint done, total;

  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (item != NULL, NULL);

  if (!relais_path_item_get_progress (profile, item, &done, &total) || total == 0)
    return NULL;

  if (g_str_equal (item, "understand.weigh"))
    return g_strdup (done > 0 ? _("Your reasons are weighed in your profile.") : NULL);
  if (g_str_equal (item, "stock.tools"))
    /* Translators: the tools listed in the Tools area */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u tool listed", "%u tools listed", total), total);
  if (g_str_equal (item, "stock.users"))
    /* Translators: how many of the tools listed say what they are used for */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u tool says what it is for",
                                         "%u of %u tools say what they are for", total), done, total);
  if (g_str_equal (item, "choose.pick"))
    /* Translators: how many of the tools listed have a free alternative chosen, or "not now" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u tool chosen", "%u of %u tools chosen", total),
                            done, total);
  if (g_str_equal (item, "choose.try"))
    /* Translators: how many of the free alternatives chosen are being tried, adopted or migrated */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u chosen tool tried", "%u of %u chosen tools tried",
                                         total), done, total);
  return NULL;
}
