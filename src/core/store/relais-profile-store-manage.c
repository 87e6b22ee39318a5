/* relais-profile-store-manage.c — deleting with undo, duplicating
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "relais-json-read.h"
#include "relais-profile-store-private.h"

/* Deleted profiles go to a folder of their own beside the profiles, where
 * an Undo finds them, and where they stay: deleting never destroys what a
 * user typed (the help says where to find them). */
static GFile *
deleted_file_for_id (RelaisProfileStore *self,
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

  /* Deleted profiles hold an association's notes: private, as the
   * profiles' folder is, even when an older Relais made it 0755. */
  if (g_mkdir_with_parents (g_file_peek_path (parent), 0700) != 0 ||
      g_chmod (g_file_peek_path (parent), 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
      return FALSE;
    }

  return g_file_move (from, to, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                      NULL, NULL, NULL, error);
}

/* The backups ("ID.json~", "~2"…) follow their profile: left behind, they
 * would keep a deleted association's notes among the profiles. Best effort:
 * the profile itself has moved already. */
static void
move_backups (GFile    *from,
              GFile    *to,
              gboolean  back)
{
  for (int i = 1; i <= RELAIS_PROFILE_STORE_BACKUPS; i++)
    {
      g_autofree char *suffix = i == 1 ? g_strdup ("~") : g_strdup_printf ("~%d", i);
      g_autofree char *from_path = g_strconcat (g_file_peek_path (from), suffix, NULL);
      g_autofree char *to_path = g_strconcat (g_file_peek_path (to), suffix, NULL);

      if (g_rename (from_path, to_path) != 0 && errno != ENOENT)
        g_message ("%s not moved %s: %s", from_path, back ? "back" : "with its profile", g_strerror (errno));
    }
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

  target = deleted_file_for_id (self, relais_profile_get_id (profile));
  if (!move_file (file, target, error))
    return FALSE;
  move_backups (file, target, FALSE);
  /* Deleted from a team's folder: Undo puts it back there, for everyone,
   * not among this computer's own profiles. */
  {
    g_autoptr(GFile) folder = g_file_get_parent (file);

    if (!g_file_equal (folder, self->directory))
      g_hash_table_replace (self->deleted_from, g_strdup (relais_profile_get_id (profile)),
                            g_object_ref (file));
    else
      g_hash_table_remove (self->deleted_from, relais_profile_get_id (profile));
  }

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

  deleted = deleted_file_for_id (self, id);
  file = g_hash_table_lookup (self->deleted_from, id);
  if (file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (file);

      /* The team's folder is gone (unplugged, forgotten): here instead. */
      file = g_file_query_exists (folder, NULL) ? g_object_ref (file) : NULL;
    }
  if (file == NULL)
    file = relais_profile_store_file_for_id (self, id);
  if (g_file_query_exists (file, NULL) || relais_profile_store_lookup (self, id) != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("A profile with the same identifier is already there."));
      return NULL;
    }
  if (!move_file (deleted, file, error))
    return NULL;
  move_backups (deleted, file, TRUE);
  g_hash_table_remove (self->deleted_from, id);

  {
    g_autoptr(RelaisProfile) profile = relais_profile_store_load_file (file, NULL, error);

    if (profile == NULL)
      return NULL;
    relais_profile_store_track (self, profile, file);
    return profile;
  }
}

/* A copy of a document under a new identifier and a new name, through the
 * document itself so that nothing of it is left behind. */
static RelaisProfile *
copy_with_new_id (RelaisProfile  *profile,
                  char           *name,     /* (transfer full) */
                  GError        **error)
{
  g_autofree char *data = relais_profile_to_data (profile, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *new_id = g_uuid_string_random ();
  g_autofree char *copy_data = NULL;
  JsonObject *root;

  if (!relais_json_parser_load (parser, data, -1, error))
    {
      g_free (name);
      return NULL;
    }
  if (g_utf8_strlen (name, -1) > RELAIS_PROFILE_NAME_MAX)
    {
      g_free (name);
      name = g_strdup (relais_profile_get_name (profile));
    }
  root = json_node_get_object (json_parser_get_root (parser));
  json_object_set_string_member (root, "id", new_id);
  json_object_set_string_member (root, "name", name);
  g_free (name);
  json_generator_set_root (generator, json_parser_get_root (parser));
  copy_data = json_generator_to_data (generator, NULL);

  return relais_profile_new_from_data (copy_data, -1, error);
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
  g_autoptr(RelaisProfile) copy = NULL;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);

  /* TRANSLATORS: the name of a copy of a profile, e.g. “Artifaille (copy)” */
  if (!(copy = copy_with_new_id (profile, g_strdup_printf (_("%s (copy)"), relais_profile_get_name (profile)), error)) ||
      !relais_profile_store_add (self, copy, error))
    return NULL;

  return copy;
}

/**
 * relais_profile_store_export:
 * @destination: a file the user chose, often on a USB key
 *
 * Writes @profile as one self-contained document (a `.relais` file), with
 * pending changes. No backup is made beside @destination: with the Flatpak
 * it lives behind the document portal.
 */
gboolean
relais_profile_store_export (RelaisProfileStore  *self,
                             RelaisProfile       *profile,
                             GFile               *destination,
                             GError             **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), FALSE);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (G_IS_FILE (destination), FALSE);

  data = relais_profile_to_data (profile, &length);
  /* Only the user may read it: it holds the association's notes. Sharing it
   * is a choice they make by giving the file. */
  return g_file_replace_contents (destination, data, length, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION | G_FILE_CREATE_PRIVATE,
                                  NULL, NULL, error);
}

/**
 * relais_profile_store_import:
 * @keep_both: when a profile with the same identifier is already there,
 *   import a copy under a new one instead of refusing
 *
 * Reads a profile someone gave (checked like any profile, refused over the
 * size limit) and adds it. An existing profile is never written over: without
 * @keep_both, that case fails with %RELAIS_PROFILE_ERROR_ALREADY_THERE so that
 * the user can be asked.
 *
 * Returns: (transfer none) (nullable): the imported profile
 */
RelaisProfile *
relais_profile_store_import (RelaisProfileStore  *self,
                             GFile               *source,
                             gboolean             keep_both,
                             GError             **error)
{
  g_autoptr(RelaisProfile) profile = NULL;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);
  g_return_val_if_fail (G_IS_FILE (source), NULL);

  if (!(profile = relais_profile_store_load_file (source, NULL, error)))
    return NULL;

  return relais_profile_store_import_profile (self, profile, keep_both, error);
}

/* The rule of every import, one .relais or each profile of a bundle: never
 * over a profile already there; a copy under a new identifier with
 * @keep_both. Returns (transfer none) what was added. */
RelaisProfile *
relais_profile_store_import_profile (RelaisProfileStore  *self,
                                     RelaisProfile       *read,
                                     gboolean             keep_both,
                                     GError             **error)
{
  g_autoptr(RelaisProfile) profile = g_object_ref (read);
  g_autoptr(GFile) target = NULL;
  RelaisProfile *known;

  target = relais_profile_store_file_for_id (self, relais_profile_get_id (profile));

  known = relais_profile_store_lookup (self, relais_profile_get_id (profile));
  if (known != NULL || g_hash_table_contains (self->files, relais_profile_get_id (profile)) ||
      g_file_query_exists (target, NULL))
    {
      g_autoptr(RelaisProfile) copy = NULL;

      if (!keep_both)
        {
          g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_ALREADY_THERE,
                       _("“%s” is already here."), relais_profile_get_name (profile));
          return NULL;
        }
      /* TRANSLATORS: the name of an imported copy, e.g. “Artifaille (imported)” */
      if (!(copy = copy_with_new_id (profile, g_strdup_printf (_("%s (imported)"), relais_profile_get_name (profile)), error)))
        return NULL;
      g_set_object (&profile, copy);
    }

  if (!relais_profile_store_add (self, profile, error))
    return NULL;

  return profile;
}
