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

/* --- Free tools already used --------------------------------------------- */

/* Free tools the association already uses (Nextcloud, LibreOffice…) are
 * only recorded: there is nothing to replace, so they carry no choice, no
 * status and no history of their own, and the Progress area counts each as
 * a move already made. */

/**
 * relais_profile_get_free_tools:
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the free
 *   alternatives of the catalogue already used, in the order they were given
 */
const char * const *
relais_profile_get_free_tools (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return (const char * const *) self->free_tools->pdata;
}

gboolean
relais_profile_uses_free_tool (RelaisProfile *self,
                               const char    *alternative_id)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (alternative_id != NULL, FALSE);

  return g_ptr_array_find_with_equal_func (self->free_tools, alternative_id, g_str_equal, NULL);
}

/**
 * relais_profile_set_free_tool_used:
 * @alternative_id: a free alternative of the catalogue
 * @used: whether the profile uses it already
 */
void
relais_profile_set_free_tool_used (RelaisProfile *self,
                                   const char    *alternative_id,
                                   gboolean       used)
{
  guint position;
  gboolean known;

  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (relais_profile_is_catalog_id (alternative_id));

  known = g_ptr_array_find_with_equal_func (self->free_tools, alternative_id, g_str_equal, &position);
  if (known == !!used)
    return;

  if (used)
    g_ptr_array_add (self->free_tools, g_strdup (alternative_id));
  else
    g_ptr_array_remove_index (self->free_tools, position);
  relais_profile_free_tools_changed (self);
}

gboolean
relais_profile_read_free_tools (RelaisProfile  *self,
                                JsonObject     *root,
                                GError        **error)
{
  JsonNode *node = json_object_get_member (root, "free_tools");
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    goto wrong;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *id;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING ||
          !relais_profile_is_catalog_id ((id = json_node_get_string (element))))
        goto wrong;
      /* Written once each; a hand edit that repeats one is read as one. */
      if (!g_ptr_array_find_with_equal_func (self->free_tools, id, g_str_equal, NULL))
        g_ptr_array_add (self->free_tools, g_strdup (id));
    }
  return TRUE;

wrong:
  g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_WRONG_TYPE,
               _("The field “%s” does not hold the right kind of value."), "free_tools");
  return FALSE;
}

void
relais_profile_write_free_tools (RelaisProfile *self,
                                 JsonBuilder   *builder)
{
  /* Left out when empty: a file without free tools stays as older Relais wrote it. */
  if (self->free_tools->len == 0)
    return;

  json_builder_set_member_name (builder, "free_tools");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->free_tools->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (self->free_tools, i));
  json_builder_end_array (builder);
}
