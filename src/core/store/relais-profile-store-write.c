/* relais-profile-store-write.c — a profile written atomically, through a
 * link, after its backups, without losing a version someone else wrote
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "relais-profile-merge.h"
#include "relais-profile-store-private.h"

/* Turn what the system said into something a volunteer can act on. */
void
relais_profile_store_explain_save_error (GError        **error,
                                         RelaisProfile  *profile,
                                         GFile          *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = g_file_get_parse_name (parent);
  const char *name = relais_profile_get_name (profile);
  g_autofree char *reason = NULL;
  GError *explained;

  if (error == NULL || *error == NULL)
    return;

  if (g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    reason = g_strdup (_("The disk is full. Free some space: Relais will try again."));
  else if (g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    reason = g_strdup_printf (_("Relais is not allowed to write in the folder “%s”. Check its permissions: Relais will try again."), folder);
  else if (g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    reason = g_strdup (_("The disk is read-only. Relais will try again."));
  else
    reason = g_strdup_printf (_("The system said: %s. Relais will try again."), (*error)->message);

  /* A new error with the same domain and code: a GError's message is not
   * to be written over (g_prefix_error() only prepends). */
  explained = g_error_new ((*error)->domain, (*error)->code, _("“%s” could not be saved. %s"), name, reason);
  g_clear_error (error);
  g_propagate_error (error, explained);
}

static gboolean
set_contents_atomically (const char  *path,
                         const char  *data,
                         gsize        length,
                         GError     **error)
{
  /* Temporary file, fsync, rename: the target is either the old or the new
   * version, whole. (g_file_replace_contents() is not used: on GLib 2.74 a
   * write that fails half-way still renames the truncated file into place.) */
  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/* The version being replaced stays beside it as "name~", one step of undo
 * for a user who changed their mind or a file damaged later; the earlier
 * ones as "name~2", "name~3". */
static gboolean
keep_backups (const char  *path,
              GBytes      *previous,
              GError     **error)
{
  g_autofree char *backup_path = g_strconcat (path, "~", NULL);

  for (int i = RELAIS_PROFILE_STORE_BACKUPS; i >= 2; i--)
    {
      g_autofree char *older = g_strdup_printf ("%s~%d", path, i);
      g_autofree char *newer = i == 2 ? g_strdup (backup_path) : g_strdup_printf ("%s~%d", path, i - 1);

      if (g_rename (newer, older) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               g_strerror (saved_errno));
          return FALSE;
        }
    }

  return set_contents_atomically (backup_path, g_bytes_get_data (previous, NULL),
                                  g_bytes_get_size (previous), error);
}

/* A profile in a folder of its own (a shared folder, synced to the whole
 * team) keeps its backups on this computer, beside the store's folder in
 * "backups/": they are this member's, and a synced copy of each would reach
 * everyone. NULL for a profile in the store's own folder (or a link there). */
static char *
local_backup_path (RelaisProfileStore *self,
                   GFile              *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) top = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;

  if (parent == NULL || g_file_equal (parent, self->directory))
    return NULL;
  top = g_file_get_parent (self->directory);
  folder = g_file_get_child (top != NULL ? top : self->directory, "backups");
  if (g_mkdir_with_parents (g_file_peek_path (folder), 0700) != 0)
    return NULL;
  name = g_file_get_basename (file);
  return g_build_filename (g_file_peek_path (folder), name, NULL);
}

/* Someone else (a sync client, another machine) changed the file since it was
 * read: their version is kept beside it, under a name that says so, before
 * ours is written. */
static void
keep_other_version (RelaisProfileStore *self,
                    RelaisProfile      *profile,
                    const char         *path,
                    const char         *target,
                    GBytes             *other)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *copy_path = g_strdup_printf ("%s.changed-elsewhere-%s", path, stamp);
  g_autofree char *copy_name = NULL;
  g_autoptr(GError) error = NULL;

  /* Never over an earlier copy made within the same second. */
  for (guint n = 2; g_file_test (copy_path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (copy_path);
      copy_path = g_strdup_printf ("%s.changed-elsewhere-%s-%u", path, stamp, n);
    }
  copy_name = g_path_get_basename (copy_path);

  /* Without its bytes (too large to read), the file itself moves aside. */
  if (other == NULL && g_rename (target, copy_path) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (&error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
    }
  if (error != NULL ||
      (other != NULL && !set_contents_atomically (copy_path, g_bytes_get_data (other, NULL), g_bytes_get_size (other), &error)))
    {
      g_prefix_error (&error, _("“%s” was changed by another program while Relais had it open, and that version could not be kept aside: "),
                      relais_profile_get_name (profile));
    }
  else
    {
      error = g_error_new (G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("“%s” was changed by another program (a synchronisation, another computer) while Relais had it open. That version was kept as “%s” beside it; Relais saved its own."),
                           relais_profile_get_name (profile), copy_name);
    }
  g_signal_emit_by_name (self, "changed-elsewhere", profile, error);
}

gboolean
relais_profile_store_write (RelaisProfileStore  *self,
                            RelaisProfile       *profile,
                            GFile               *file,
                            GError             **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GBytes) previous = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *target = NULL;
  g_autofree char *checksum = NULL;
  const RelaisFileVersion *known;
  RelaisFileVersion current, *version;
  gsize length;

  if (relais_profile_get_read_only (profile))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY,
                   _("“%s” was saved by a newer version of Relais: it is shown as it is and never written over. Update Relais to change it."),
                   relais_profile_get_name (profile));
      return FALSE;
    }

  /* Each field changed since the last read or write is dated (and signed):
   * what a merge with another computer's version goes by. */
  relais_profile_stamp_changes (profile, g_hash_table_lookup (self->bases, relais_profile_get_id (profile)),
                                self->author);

  if (g_mkdir_with_parents (g_file_peek_path (self->directory), 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }

  /* A profile that is a link (into a synced folder) is written through the
   * link: replacing the link by a file would cut the synced copy off. */
  target = realpath (path, NULL);
  if (target == NULL)
    target = g_strdup (path);

  previous = relais_file_read_path (target, RELAIS_PROFILE_MAX_SIZE, &current, NULL, &read_error);
  if (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    keep_other_version (self, profile, path, target, NULL);
  if (previous != NULL)
    {
      known = g_hash_table_lookup (self->versions, relais_profile_get_id (profile));
      /* Never over a change not seen: merged first. A version that cannot
       * be merged (damaged, another profile) is kept beside it instead. */
      if (known != NULL && !relais_file_version_equal (known, &current))
        {
          g_autofree char *summary = NULL;

          if (relais_profile_store_merge_in (self, profile, previous, &summary, NULL))
            relais_profile_store_announce (self, profile, summary);
          else
            keep_other_version (self, profile, path, target, previous);
        }
    }

  /* The version replaced is the one this is made from: another computer
   * that has it merges from there. */
  if (previous != NULL)
    {
      const char * const *before = relais_profile_get_ancestors (profile);
      g_autoptr(GStrvBuilder) ancestors = g_strv_builder_new ();

      g_strv_builder_add (ancestors, current.sha256);
      for (guint i = 0; before[i] != NULL; i++)
        if (!g_str_equal (before[i], current.sha256))
          g_strv_builder_add (ancestors, before[i]);
      {
        g_auto(GStrv) list = g_strv_builder_end (ancestors);

        relais_profile_set_ancestors (profile, (const char * const *) list);
      }
    }

  data = relais_profile_to_data (profile, &length);

  /* Never write a file the reader would refuse at the next start. */
  if (length > RELAIS_PROFILE_MAX_SIZE)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE,
                   _("“%s” has grown too large to be saved (more than %d MB)."),
                   relais_profile_get_name (profile), RELAIS_PROFILE_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  /* Every version replaced stays in the backups, the other's included. */
  if (previous != NULL)
    {
      g_autofree char *backups = local_backup_path (self, file);

      if (!keep_backups (backups != NULL ? backups : path, previous, error))
        return FALSE;
    }

  if (!set_contents_atomically (target, data, length, error))
    return FALSE;

  /* What is on disk now is ours: the next save compares with it. The
   * version the profile may carry from the file it was imported from is
   * not this file's. */
  g_object_set_data (G_OBJECT (profile), "relais-file-version", NULL);
  g_object_set_data (G_OBJECT (profile), "relais-file-contents", NULL);
  written = g_bytes_new_take (g_steal_pointer (&data), length);
  version = g_new0 (RelaisFileVersion, 1);
  version->size = (goffset) length;
  checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, written);
  g_strlcpy (version->sha256, checksum, sizeof version->sha256);
  g_hash_table_replace (self->versions, g_strdup (relais_profile_get_id (profile)), version);
  g_hash_table_replace (self->bases, g_strdup (relais_profile_get_id (profile)), g_bytes_ref (written));
  relais_profile_store_remember (self, checksum, written);

  return TRUE;
}
