/* relais-profile-checklist.c — the steps of the path the user ticked,
 * skipped or wrote a note on, by the steps' stable ids
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-profile-private.h"

typedef struct
{
  RelaisItemState  state;
  char            *note;
  /* The user chose this state: it wins over what Relais can see
   * (relais_path_item_get_state()), an untick included. */
  gboolean         set_by_user;
} ChecklistEntry;

static const char * const states[] = { "todo", "done", "skipped", NULL };

void
relais_profile_free_checklist_entry (gpointer data)
{
  ChecklistEntry *entry = data;

  g_free (entry->note);
  g_free (entry);
}

static ChecklistEntry *
entry_for (RelaisProfile *self,
           const char    *item)
{
  ChecklistEntry *entry = g_hash_table_lookup (self->checklist, item);

  if (entry == NULL)
    {
      entry = g_new0 (ChecklistEntry, 1);
      entry->note = g_strdup ("");
      g_hash_table_insert (self->checklist, g_strdup (item), entry);
    }

  return entry;
}

RelaisItemState
relais_profile_get_item_state (RelaisProfile *self,
                               const char    *item)
{
  ChecklistEntry *entry;

  g_return_val_if_fail (RELAIS_IS_PROFILE (self), RELAIS_ITEM_TODO);
  g_return_val_if_fail (item != NULL, RELAIS_ITEM_TODO);

  entry = g_hash_table_lookup (self->checklist, item);
  return entry != NULL ? entry->state : RELAIS_ITEM_TODO;
}

void
relais_profile_set_item_state (RelaisProfile   *self,
                               const char      *item,
                               RelaisItemState  state)
{
  ChecklistEntry *entry;

  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (item != NULL);
  g_return_if_fail (state <= RELAIS_ITEM_SKIPPED);

  entry = entry_for (self, item);
  if (entry->state == state && entry->set_by_user)
    return;

  entry->state = state;
  entry->set_by_user = TRUE;
  relais_profile_touch (self);
}

/**
 * relais_profile_get_item_set_by_user:
 *
 * Returns: whether the user gave @item its state (ticked, skipped, or set
 *   back to do), rather than leaving it as it came
 */
gboolean
relais_profile_get_item_set_by_user (RelaisProfile *self,
                                     const char    *item)
{
  ChecklistEntry *entry;

  g_return_val_if_fail (RELAIS_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  entry = g_hash_table_lookup (self->checklist, item);
  return entry != NULL && entry->set_by_user;
}

const char *
relais_profile_get_item_note (RelaisProfile *self,
                              const char    *item)
{
  ChecklistEntry *entry;

  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);
  g_return_val_if_fail (item != NULL, NULL);

  entry = g_hash_table_lookup (self->checklist, item);
  return entry != NULL ? entry->note : "";
}

void
relais_profile_set_item_note (RelaisProfile *self,
                              const char    *item,
                              const char    *note)
{
  ChecklistEntry *entry;

  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (item != NULL);

  entry = entry_for (self, item);
  if (g_strcmp0 (entry->note, note != NULL ? note : "") == 0)
    return;

  g_free (entry->note);
  entry->note = g_strdup (note != NULL ? note : "");
  relais_profile_touch (self);
}

void
relais_own_step_free (RelaisOwnStep *step)
{
  g_free (step->id);
  g_free (step->stage);
  g_free (step->text);
  g_free (step);
}

GPtrArray *
relais_profile_get_own_steps (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);
  return self->own_steps;
}

/**
 * relais_profile_add_own_step:
 *
 * Returns: (transfer none): the new step's id
 */
const char *
relais_profile_add_own_step (RelaisProfile *self,
                             const char    *stage,
                             const char    *text)
{
  RelaisOwnStep *step;
  g_autofree char *uuid = g_uuid_string_random ();

  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);
  g_return_val_if_fail (stage != NULL && text != NULL && text[0] != '\0', NULL);

  step = g_new0 (RelaisOwnStep, 1);
  step->id = g_strconcat ("own.", uuid, NULL);
  step->stage = g_strdup (stage);
  step->text = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), RELAIS_OWN_STEP_TEXT_MAX));
  g_ptr_array_add (self->own_steps, step);
  relais_profile_touch (self);

  return step->id;
}

void
relais_profile_remove_own_step (RelaisProfile *self,
                                const char    *id)
{
  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (id != NULL);

  for (guint i = 0; i < self->own_steps->len; i++)
    {
      RelaisOwnStep *step = g_ptr_array_index (self->own_steps, i);

      if (g_str_equal (step->id, id))
        {
          g_hash_table_remove (self->checklist, id);
          g_ptr_array_remove_index (self->own_steps, i);
          relais_profile_touch (self);
          return;
        }
    }
}

static gboolean
read_own_steps (RelaisProfile *self,
                JsonObject    *root)
{
  JsonNode *node = json_object_get_member (root, "own_steps");
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *values[3] = { NULL };
      static const char *members[] = { "id", "stage", "text" };
      RelaisOwnStep *step;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return FALSE;
      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        {
          JsonNode *value = json_object_get_member (json_node_get_object (element), members[m]);

          if (value == NULL || !JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
            return FALSE;
          values[m] = json_node_get_string (value);
        }
      if (!g_str_has_prefix (values[0], "own.") || values[2][0] == '\0' ||
          g_utf8_strlen (values[2], -1) > RELAIS_OWN_STEP_TEXT_MAX)
        return FALSE;

      step = g_new0 (RelaisOwnStep, 1);
      step->id = g_strdup (values[0]);
      step->stage = g_strdup (values[1]);
      step->text = g_strdup (values[2]);
      g_ptr_array_add (self->own_steps, step);
    }

  return TRUE;
}

gboolean
relais_profile_read_checklist (RelaisProfile  *self,
                               JsonObject     *root,
                               GError        **error)
{
  JsonNode *node = json_object_get_member (root, "checklist");
  g_autoptr(GList) members = NULL;

  if (!read_own_steps (self, root))
    goto bad;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    goto bad;

  members = json_object_get_members (json_node_get_object (node));
  for (const GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *value = json_object_get_member (json_node_get_object (node), l->data);
      JsonObject *object;
      JsonNode *state, *note, *set_by_user;
      ChecklistEntry *entry;
      guint i;

      if (!JSON_NODE_HOLDS_OBJECT (value))
        goto bad;
      object = json_node_get_object (value);
      state = json_object_get_member (object, "state");
      note = json_object_get_member (object, "note");
      set_by_user = json_object_get_member (object, "set_by_user");
      if (state == NULL || !JSON_NODE_HOLDS_VALUE (state) || json_node_get_value_type (state) != G_TYPE_STRING ||
          (note != NULL && (!JSON_NODE_HOLDS_VALUE (note) || json_node_get_value_type (note) != G_TYPE_STRING)) ||
          (set_by_user != NULL && (!JSON_NODE_HOLDS_VALUE (set_by_user) ||
                                   json_node_get_value_type (set_by_user) != G_TYPE_BOOLEAN)))
        goto bad;
      for (i = 0; states[i] != NULL && !g_str_equal (states[i], json_node_get_string (state)); i++)
        ;
      if (states[i] == NULL)
        goto bad;

      entry = entry_for (self, l->data);
      entry->state = i;
      /* Only the user ticks or skips; a step to do is theirs when they said so. */
      entry->set_by_user = entry->state != RELAIS_ITEM_TODO ||
                           (set_by_user != NULL && json_node_get_boolean (set_by_user));
      g_free (entry->note);
      entry->note = g_strdup (note != NULL ? json_node_get_string (note) : "");
    }

  return TRUE;

bad:
  g_set_error_literal (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_WRONG_TYPE,
                       _("The checklist of the profile is not valid."));
  return FALSE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

void
relais_profile_write_checklist (RelaisProfile *self,
                                JsonBuilder   *builder)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->checklist);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, key);

  /* In the order of the ids, so that the same profile gives the same bytes. */
  g_ptr_array_sort (ids, compare_strings);

  json_builder_set_member_name (builder, "own_steps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->own_steps->len; i++)
    {
      RelaisOwnStep *step = g_ptr_array_index (self->own_steps, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, step->id);
      json_builder_set_member_name (builder, "stage");
      json_builder_add_string_value (builder, step->stage);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, step->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "checklist");
  json_builder_begin_object (builder);
  for (guint i = 0; i < ids->len; i++)
    {
      ChecklistEntry *entry = g_hash_table_lookup (self->checklist, g_ptr_array_index (ids, i));

      if (entry->state == RELAIS_ITEM_TODO && entry->note[0] == '\0' && !entry->set_by_user)
        continue;
      json_builder_set_member_name (builder, g_ptr_array_index (ids, i));
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "state");
      json_builder_add_string_value (builder, states[entry->state]);
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, entry->note);
      if (entry->state == RELAIS_ITEM_TODO && entry->set_by_user)
        {
          json_builder_set_member_name (builder, "set_by_user");
          json_builder_add_boolean_value (builder, TRUE);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}
