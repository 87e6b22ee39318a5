/* relais-profile-store-sync.c — a profile changed on disk by someone else
 * (a sync client, another computer) merged into the one in memory, and the
 * conflict copies sync clients leave beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "relais-file-aside.h"
#include "relais-profile-merge.h"
#include "relais-profile-store-private.h"

void
relais_profile_store_set_base (RelaisProfileStore      *self,
                               RelaisProfile           *profile,
                               const RelaisFileVersion *version,
                               GBytes                  *contents)
{
  const char *id = relais_profile_get_id (profile);

  g_hash_table_replace (self->versions, g_strdup (id), g_memdup2 (version, sizeof *version));
  g_hash_table_replace (self->bases, g_strdup (id), g_bytes_ref (contents));
  relais_profile_store_remember (self, version->sha256, contents);
}

/* Enough for the versions of a few profiles changing at once. */
#define SEEN_MAX 64

void
relais_profile_store_remember (RelaisProfileStore *self,
                               const char         *sha256,
                               GBytes             *contents)
{
  if (g_hash_table_contains (self->seen, sha256))
    return;
  g_hash_table_insert (self->seen, g_strdup (sha256), g_bytes_ref (contents));
  g_queue_push_tail (&self->seen_order, g_strdup (sha256));
  while (g_queue_get_length (&self->seen_order) > SEEN_MAX)
    {
      g_autofree char *oldest = g_queue_pop_head (&self->seen_order);

      g_hash_table_remove (self->seen, oldest);
    }
}

/* The base of a merge with @theirs: the latest version it was made from
 * that this store has read or written. None (an unknown lineage): every
 * difference is decided by the dates of the changes. */
static GBytes *
base_for (RelaisProfileStore *self,
          GBytes             *theirs)
{
  g_autofree char *own = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, theirs);
  g_auto(GStrv) ancestors = NULL;
  GBytes *base;

  if ((base = g_hash_table_lookup (self->seen, own)) != NULL)
    return base;
  ancestors = relais_profile_data_get_ancestors (theirs);
  for (guint i = 0; ancestors != NULL && ancestors[i] != NULL; i++)
    if ((base = g_hash_table_lookup (self->seen, ancestors[i])) != NULL)
      return base;
  return NULL;
}

/* Merges @theirs (another version of @profile's file, already read) into
 * @profile in place, notifying what changes but not marking it unsaved.
 * Returns FALSE with @error when @theirs is not a readable profile (then
 * nothing changed). */
gboolean
relais_profile_store_merge_in (RelaisProfileStore  *self,
                               RelaisProfile       *profile,
                               GBytes              *theirs,
                               char               **summary,
                               GError             **error)
{
  GBytes *last = g_hash_table_lookup (self->bases, relais_profile_get_id (profile));
  g_autoptr(RelaisProfile) merged = NULL;

  /* Ours dated since the version last read or written; merged from the
   * version theirs and ours both come from. */
  relais_profile_stamp_changes (profile, last, self->author);
  merged = relais_profile_merge_data (profile, base_for (self, theirs), theirs, summary, error);
  if (merged == NULL)
    return FALSE;

  /* The store's own notify handler would save even what only came from the
   * file: whether to save is decided by the caller, from the bytes. */
  g_signal_handlers_block_by_func (profile, relais_profile_store_notify_cb, self);
  relais_profile_assign (profile, merged);
  g_signal_handlers_unblock_by_func (profile, relais_profile_store_notify_cb, self);
  return TRUE;
}

static gboolean
merge_into (RelaisProfileStore  *self,
            RelaisProfile       *profile,
            GBytes              *theirs,
            gboolean             from_base,
            char               **summary,
            GError             **error)
{
  g_autofree char *result = NULL;
  gsize result_length;
  GBytes *on_disk;

  if (!relais_profile_store_merge_in (self, profile, theirs, summary, error))
    return FALSE;

  /* Saved when it differs from the file: the version just read, or (for a
   * conflict copy) the version last read. */
  on_disk = from_base ? theirs : g_hash_table_lookup (self->bases, relais_profile_get_id (profile));
  result = relais_profile_to_data (profile, &result_length);
  if (on_disk == NULL || result_length != g_bytes_get_size (on_disk) ||
      memcmp (result, g_bytes_get_data (on_disk, NULL), result_length) != 0)
    relais_profile_store_schedule_save (self, profile);
  else
    g_hash_table_remove (self->unsaved, relais_profile_get_id (profile));

  return TRUE;
}

void
relais_profile_store_announce (RelaisProfileStore *self,
                               RelaisProfile      *profile,
                               const char         *summary)
{
  g_autoptr(GError) news = NULL;

  if (summary == NULL)
    return;
  news = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, summary);
  g_signal_emit_by_name (self, "changed-elsewhere", profile, news);
}

static char *
file_path_of (RelaisProfileStore *self,
              RelaisProfile      *profile)
{
  GFile *file = relais_profile_store_get_file (self, profile);
  g_autofree char *path = NULL;
  char *target;

  if (file == NULL)
    return NULL;
  path = g_file_get_path (file);
  /* Through a link into a synced folder, as the writer does. */
  target = realpath (path, NULL);
  return target != NULL ? target : g_steal_pointer (&path);
}

gboolean
relais_profile_store_sync_profile (RelaisProfileStore  *self,
                                   RelaisProfile       *profile,
                                   char               **merged_summary,
                                   GError             **error)
{
  g_autofree char *target = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) local_error = NULL;
  const RelaisFileVersion *known;
  RelaisFileVersion current;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), FALSE);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (merged_summary == NULL || *merged_summary == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (relais_profile_get_read_only (profile))
    return TRUE;

  target = file_path_of (self, profile);
  g_return_val_if_fail (target != NULL, FALSE);

  contents = relais_file_read_path (target, RELAIS_PROFILE_MAX_SIZE, &current, NULL, &local_error);
  if (contents == NULL)
    {
      /* Gone (moved, being replaced by a sync client): nothing to merge;
       * the next save writes ours again. */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  known = g_hash_table_lookup (self->versions, relais_profile_get_id (profile));
  if (contents != NULL && known != NULL && relais_file_version_equal (known, &current))
    return TRUE;

  if (contents == NULL || !merge_into (self, profile, contents, TRUE, &summary, &local_error))
    {
      g_autoptr(GFile) file = g_file_new_for_path (target);
      g_autoptr(GFile) aside = NULL;
      g_autofree char *aside_name = NULL;

      /* From a newer Relais: left as it is, never merged into an older
       * format nor written over. */
      if (g_error_matches (local_error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NEWER_VERSION))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      /* Damaged: set aside as at start-up, never merged nor written over;
       * the next save writes ours in its place. */
      aside = relais_file_set_aside (file, NULL);
      aside_name = aside != NULL ? g_file_get_basename (aside) : g_file_get_basename (file);
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_JSON,
                   _("“%s” was changed by another program and can no longer be read; that version was set aside as “%s”. Relais keeps its own."),
                   relais_profile_get_name (profile), aside_name);
      g_hash_table_remove (self->versions, relais_profile_get_id (profile));
      relais_profile_store_schedule_save (self, profile);
      return FALSE;
    }

  relais_profile_store_set_base (self, profile, &current, contents);
  relais_profile_store_announce (self, profile, summary);
  if (merged_summary != NULL)
    *merged_summary = g_steal_pointer (&summary);

  return TRUE;
}

/* Nextcloud: "NAME (conflicted copy 2026-12-06 134501).json", older clients
 * "NAME_conflict-20261206-134501.json", and ownCloud "NAME (conflicted copy
 * …)"; Syncthing: "NAME.sync-conflict-20261206-134501-ABCDEFG.json". NAME is
 * the profile file's name without ".json". */
static gboolean
is_conflict_copy (const char *candidate,
                  const char *stem)
{
  gsize stem_length = strlen (stem);
  const char *rest;

  if (strncmp (candidate, stem, stem_length) != 0 || !g_str_has_suffix (candidate, ".json"))
    return FALSE;
  rest = candidate + stem_length;

  return g_str_has_prefix (rest, " (conflicted copy ") ||
         g_str_has_prefix (rest, " (Conflicted copy ") ||
         g_str_has_prefix (rest, "_conflict-") ||
         g_str_has_prefix (rest, ".sync-conflict-");
}

/* A merged copy moves into "merged-copies/" beside the profiles: never
 * deleted, never read again as a conflict copy. */
static gboolean
move_aside (GFile   *copy,
            GError **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (copy);
  g_autoptr(GFile) folder = g_file_get_child (parent, ".relais-merged");
  g_autofree char *name = g_file_get_basename (copy);
  g_autoptr(GFile) destination = g_file_get_child (folder, name);

  if (g_mkdir_with_parents (g_file_peek_path (folder), 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
      return FALSE;
    }
  for (guint n = 2; g_file_query_exists (destination, NULL); n++)
    {
      g_autofree char *numbered = g_strdup_printf ("%s.%u", name, n);

      g_object_unref (destination);
      destination = g_file_get_child (folder, numbered);
    }
  return g_file_move (copy, destination, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, error);
}

guint
relais_profile_store_merge_conflict_copies (RelaisProfileStore  *self,
                                            RelaisProfile       *profile,
                                            char               **merged_summary,
                                            GError             **error)
{
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *stem = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) summaries = g_string_new (NULL);
  const char *entry;
  guint merged = 0;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), 0);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), 0);
  g_return_val_if_fail (merged_summary == NULL || *merged_summary == NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (relais_profile_get_read_only (profile))
    return 0;

  target = file_path_of (self, profile);
  g_return_val_if_fail (target != NULL, 0);
  folder = g_path_get_dirname (target);
  basename = g_path_get_basename (target);
  if (!g_str_has_suffix (basename, ".json"))
    return 0;
  stem = g_strndup (basename, strlen (basename) - strlen (".json"));

  if (!(dir = g_dir_open (folder, 0, error)))
    return 0;
  while ((entry = g_dir_read_name (dir)) != NULL)
    if (is_conflict_copy (entry, stem))
      g_ptr_array_add (copies, g_strdup (entry));
  /* The same order on every computer. */
  g_ptr_array_sort (copies, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < copies->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (copies, i), NULL);
      g_autoptr(GFile) copy = g_file_new_for_path (path);
      g_autoptr(GBytes) contents = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *summary = NULL;

      contents = relais_file_read_path (path, RELAIS_PROFILE_MAX_SIZE, NULL, NULL, &local_error);
      if (contents == NULL || !merge_into (self, profile, contents, FALSE, &summary, &local_error))
        {
          /* Not a copy of this profile Relais can read: left for the user. */
          g_debug ("Conflict copy %s not merged: %s", path, local_error->message);
          continue;
        }
      if (!move_aside (copy, error))
        break;
      merged++;
      if (summary != NULL)
        g_string_append_printf (summaries, "%s%s", summaries->len > 0 ? " " : "", summary);
    }

  if (merged > 0)
    {
      g_autofree char *summary = NULL;

      if (merged == 1)
        summary = g_strdup_printf (_("A copy of “%s” made by the synchronisation was merged into it and moved to the folder “.relais-merged”."),
                                   relais_profile_get_name (profile));
      else
        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u copy of “%s” made by the synchronisation was merged into it and moved to the folder “.relais-merged”.",
                                                "%u copies of “%s” made by the synchronisation were merged into it and moved to the folder “.relais-merged”.",
                                                merged),
                                   merged, relais_profile_get_name (profile));
      if (summaries->len > 0)
        {
          g_autofree char *whole = g_strconcat (summary, " ", summaries->str, NULL);

          g_free (summary);
          summary = g_steal_pointer (&whole);
        }
      relais_profile_store_announce (self, profile, summary);
      if (merged_summary != NULL)
        *merged_summary = g_steal_pointer (&summary);
    }

  return merged;
}

void
relais_profile_store_set_author (RelaisProfileStore *self,
                                 const char         *author)
{
  g_return_if_fail (RELAIS_IS_PROFILE_STORE (self));

  g_free (self->author);
  self->author = author != NULL && author[0] != '\0' ? g_strdup (author) : NULL;
}

const char *
relais_profile_store_get_author (RelaisProfileStore *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);

  return self->author;
}
