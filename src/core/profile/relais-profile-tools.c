/* relais-profile-tools.c — the tools used today, in the profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relais-departements.h"
#include "relais-profile-private.h"

/**
 * relais_profile_get_tools:
 *
 * Returns: (transfer none): the tools used today (#RelaisProfileTool), in
 *   the order they were added
 */
GListModel *
relais_profile_get_tools (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return G_LIST_MODEL (self->tools);
}

/**
 * relais_profile_find_tool:
 *
 * Returns: (transfer none) (nullable): the entry for @tool_id
 */
RelaisProfileTool *
relais_profile_find_tool (RelaisProfile *self,
                          const char    *tool_id,
                          guint         *position)
{
  guint n_items;

  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);
  g_return_val_if_fail (tool_id != NULL, NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->tools));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (G_LIST_MODEL (self->tools), i);

      if (g_str_equal (relais_profile_tool_get_tool_id (tool), tool_id))
        {
          if (position != NULL)
            *position = i;
          return tool;
        }
    }

  return NULL;
}

/**
 * relais_profile_add_tool:
 * @tool_id: a proprietary tool of the catalogue
 *
 * Adds the tool, or finds it if it is there already.
 *
 * Returns: (transfer none): its entry
 */
RelaisProfileTool *
relais_profile_add_tool (RelaisProfile *self,
                         const char    *tool_id)
{
  g_autoptr(RelaisProfileTool) tool = NULL;
  RelaisProfileTool *known;

  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);
  g_return_val_if_fail (tool_id != NULL, NULL);

  if ((known = relais_profile_find_tool (self, tool_id, NULL)) != NULL)
    return known;

  tool = relais_profile_tool_new (tool_id);
  relais_profile_insert_tool (self, tool, G_MAXUINT);
  return tool;
}

/**
 * relais_profile_insert_tool:
 * @position: where, or %G_MAXUINT for the end
 *
 * Puts back an entry (to undo its removal, with its note and choice).
 */
void
relais_profile_insert_tool (RelaisProfile     *self,
                            RelaisProfileTool *tool,
                            guint              position)
{
  guint n_items;

  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (RELAIS_IS_PROFILE_TOOL (tool));
  g_return_if_fail (relais_profile_find_tool (self, relais_profile_tool_get_tool_id (tool), NULL) == NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->tools));
  relais_profile_watch_tool (self, tool);
  g_list_store_insert (self->tools, MIN (position, n_items), tool);
  relais_profile_record (self, relais_profile_tool_get_tool_id (tool), "added", NULL, NULL);
  relais_profile_tools_changed (self);
}

/**
 * relais_profile_remove_tool:
 *
 * Returns: where it was, for relais_profile_insert_tool(), or -1
 */
gint
relais_profile_remove_tool (RelaisProfile     *self,
                            RelaisProfileTool *tool)
{
  guint position;

  g_return_val_if_fail (RELAIS_IS_PROFILE (self), -1);
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (tool), -1);

  if (!g_list_store_find (self->tools, tool, &position))
    return -1;

  g_signal_handlers_disconnect_by_data (tool, self);
  relais_profile_record (self, relais_profile_tool_get_tool_id (tool), "removed", NULL, NULL);
  /* The list may hold the last reference: nothing of @tool after this. */
  g_list_store_remove (self->tools, position);
  relais_profile_tools_changed (self);

  return (gint) position;
}
