/* relais-profile-store-manage.c — deleting with undo, duplicating
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "relais-profile-store-private.h"

/* Deleted profiles go to a folder of their own beside the profiles, where
 * an Undo finds them, and where they stay: deleting never destroys what a
 * user typed (the help says where to find them). */
static GFile *
deleted_relais_profile_store_file_for_id (RelaisProfileStore *self,
                     const char         *id)
{
  g_autoptr(GFile) parent = g_file_get_parent (self->directory);
  g_autoptr(GFile) deleted = g_file_get_child (parent, "deleted");
  g_autofree char *basename = g_strconcat (id, ".json", NULL);

  return g_file_get_child (deleted, basename);
}

static gboolean
move_file (GFile   *from,
           GFile   *to,
           GError **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (to);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_make_directory_with_parents (parent, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return g_file_move (from, to, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                      NULL, NULL, NULL, error);
}

/**
 * relais_profile_store_delete:
 *
 * Saves what is pending, then moves the profile's file to the "deleted"
 * folder and takes it off the list; relais_profile_store_undelete() brings
 * it back.
 */
gboolean
relais_profile_store_delete (RelaisProfileStore  *self,
                             RelaisProfile       *profile,
                             GError             **error)
{
  g_autoptr(GFile) target = NULL;
  g_autoptr(RelaisProfile) keep = NULL;
  GFile *file;
  guint position;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), FALSE);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), FALSE);

  file = relais_profile_store_get_file (self, profile);
  g_return_val_if_fail (file != NULL, FALSE);

  if (g_hash_table_contains (self->unsaved, relais_profile_get_id (profile)) &&
      !relais_profile_store_save (self, profile, error))
    return FALSE;

  target = deleted_relais_profile_store_file_for_id (self, relais_profile_get_id (profile));
  if (!move_file (file, target, error))
    return FALSE;

  /* Held while the list lets go of it: the caller may hold none. */
  keep = g_object_ref (profile);
  g_signal_handlers_disconnect_by_func (keep, relais_profile_store_notify_cb, self);
  g_hash_table_remove (self->files, relais_profile_get_id (keep));
  if (g_list_store_find (self->profiles, keep, &position))
    g_list_store_remove (self->profiles, position);

  return TRUE;
}

/**
 * relais_profile_store_undelete:
 * @id: the identifier of a profile deleted from this store
 *
 * Returns: (transfer none) (nullable): the profile, back in the list
 */
RelaisProfile *
relais_profile_store_undelete (RelaisProfileStore  *self,
                               const char          *id,
                               GError             **error)
{
  g_autoptr(GFile) deleted = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);
  g_return_val_if_fail (g_uuid_string_is_valid (id), NULL);

  deleted = deleted_relais_profile_store_file_for_id (self, id);
  file = relais_profile_store_file_for_id (self, id);
  if (g_file_query_exists (file, NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("A profile with the same identifier is already there."));
      return NULL;
    }
  if (!move_file (deleted, file, error))
    return NULL;

  return relais_profile_store_open (self, id, error);
}

/**
 * relais_profile_store_duplicate:
 *
 * A copy of @profile under a new identifier, with its tools and choices,
 * saved and listed: a trainer's starting point for the next association.
 *
 * Returns: (transfer none) (nullable): the copy
 */
RelaisProfile *
relais_profile_store_duplicate (RelaisProfileStore  *self,
                                RelaisProfile       *profile,
                                GError             **error)
{
  g_autofree char *data = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(RelaisProfile) copy = NULL;
  g_autofree char *new_id = g_uuid_string_random ();
  g_autofree char *name = NULL;
  g_autofree char *copy_data = NULL;
  JsonObject *root;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);

  /* Through the document itself, so that nothing of it is left behind. */
  data = relais_profile_to_data (profile, NULL);
  if (!json_parser_load_from_data (parser, data, -1, error))
    return NULL;
  root = json_node_get_object (json_parser_get_root (parser));
  /* TRANSLATORS: the name of a copy of a profile, e.g. “Artifaille (copy)” */
  name = g_strdup_printf (_("%s (copy)"), relais_profile_get_name (profile));
  if (g_utf8_strlen (name, -1) > RELAIS_PROFILE_NAME_MAX)
    {
      g_free (name);
      name = g_strdup (relais_profile_get_name (profile));
    }
  json_object_set_string_member (root, "id", new_id);
  json_object_set_string_member (root, "name", name);
  {
    g_autoptr(JsonGenerator) generator = json_generator_new ();

    json_generator_set_root (generator, json_parser_get_root (parser));
    copy_data = json_generator_to_data (generator, NULL);
  }

  if (!(copy = relais_profile_new_from_data (copy_data, -1, error)) ||
      !relais_profile_store_add (self, copy, error))
    return NULL;

  return copy;
}
