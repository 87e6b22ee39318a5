/* relais-profile-history.c — every change of the journey, dated, in the
 * document itself, so that a trainer or the board can see who moved what
 * and when; bounded, the oldest going first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-profile-private.h"

static const char * const kinds[] = { "added", "removed", "status", "choice", NULL };

void
relais_history_entry_free (RelaisHistoryEntry *entry)
{
  if (entry == NULL)
    return;

  g_clear_pointer (&entry->at, g_date_time_unref);
  g_free (entry->tool);
  g_free (entry->what);
  g_free (entry->from);
  g_free (entry->to);
  g_free (entry->by);
  g_free (entry);
}

static void
append (RelaisProfile      *self,
        RelaisHistoryEntry *entry)
{
  g_ptr_array_add (self->history, entry);
  if (self->history->len > RELAIS_PROFILE_HISTORY_MAX)
    g_ptr_array_remove_range (self->history, 0, self->history->len - RELAIS_PROFILE_HISTORY_MAX);
}

void
relais_profile_record (RelaisProfile *self,
                       const char    *tool,
                       const char    *what,
                       const char    *from,
                       const char    *to)
{
  RelaisHistoryEntry *entry = g_new0 (RelaisHistoryEntry, 1);

  g_return_if_fail (g_strv_contains (kinds, what));

  entry->at = g_date_time_new_now_utc ();
  entry->tool = g_strdup (tool);
  entry->what = g_strdup (what);
  entry->from = g_strdup (from);
  entry->to = g_strdup (to);
  append (self, entry);
}

/* Who noted a change of status is typed on the tool, often just after the
 * status is set: it goes with the tool's latest change, as long as that change
 * is a change of status. An empty name is no name. */
void
relais_profile_note_who (RelaisProfile *self,
                         const char    *tool,
                         const char    *by)
{
  for (guint i = self->history->len; i > 0; i--)
    {
      RelaisHistoryEntry *entry = g_ptr_array_index (self->history, i - 1);

      if (g_strcmp0 (entry->tool, tool) != 0)
        continue;
      if (g_str_equal (entry->what, "status"))
        {
          g_free (entry->by);
          entry->by = by != NULL && by[0] != '\0' ? g_strdup (by) : NULL;
        }
      return;
    }
}

static gboolean
optional_string (JsonObject  *object,
                 const char  *member,
                 char       **out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;

  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

gboolean
relais_profile_read_history (RelaisProfile  *self,
                             JsonObject     *root,
                             GError        **error)
{
  JsonNode *node = json_object_get_member (root, "history");
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    goto bad;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *at = NULL;
      RelaisHistoryEntry *entry;
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        goto bad;
      object = json_node_get_object (element);

      entry = g_new0 (RelaisHistoryEntry, 1);
      if (!optional_string (object, "at", &at) || at == NULL ||
          !(entry->at = g_date_time_new_from_iso8601 (at, NULL)) ||
          !optional_string (object, "tool", &entry->tool) || entry->tool == NULL ||
          !optional_string (object, "what", &entry->what) || !g_strv_contains (kinds, entry->what ? entry->what : "") ||
          !optional_string (object, "from", &entry->from) ||
          !optional_string (object, "to", &entry->to) ||
          !optional_string (object, "by", &entry->by))
        {
          relais_history_entry_free (entry);
          goto bad;
        }
      append (self, entry);
    }

  return TRUE;

bad:
  g_set_error_literal (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_WRONG_TYPE,
                       _("The history of the profile is not valid."));
  return FALSE;
}

static void
add_nullable (JsonBuilder *builder,
              const char  *member,
              const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
relais_profile_write_history (RelaisProfile *self,
                              JsonBuilder   *builder)
{
  json_builder_set_member_name (builder, "history");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->history->len; i++)
    {
      RelaisHistoryEntry *entry = g_ptr_array_index (self->history, i);
      g_autofree char *at = g_date_time_format_iso8601 (entry->at);

      json_builder_begin_object (builder);
      add_nullable (builder, "at", at);
      add_nullable (builder, "tool", entry->tool);
      add_nullable (builder, "what", entry->what);
      add_nullable (builder, "from", entry->from);
      add_nullable (builder, "to", entry->to);
      /* Only when known: documents without it are written as they were. */
      if (entry->by != NULL)
        add_nullable (builder, "by", entry->by);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * relais_profile_get_history:
 *
 * Returns: (transfer none) (element-type RelaisHistoryEntry): the changes,
 *   oldest first
 */
GPtrArray *
relais_profile_get_history (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->history;
}
