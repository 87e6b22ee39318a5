/* relais-profile-store-folders.c — profiles kept in folders a team syncs
 *
 * Besides its own folder, the store lists the profiles of shared folders:
 * folders that Nextcloud, Framaspace or Syncthing keeps the same on every
 * member's computer. Relais is no sync engine: it watches these folders
 * (a GFileMonitor, and a poll where changes are not reported, as in a
 * document portal's FUSE mount), lists the profiles that appear, drops
 * those deleted there, and hands each changed file to the merge
 * (relais_profile_store_sync_profile()), so that what another member did
 * is merged into what this one is doing, never loaded over it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>
#include <glib/gstdio.h>

#include "relais-profile-store-folders.h"
#include "relais-profile-store-private.h"

/* Sync clients write a file in several steps: read it once they are done. */
#define SETTLE_MS 250

typedef struct
{
  RelaisProfileStore *store;        /* unowned: the store owns this */
  GFile              *folder;
  GFileMonitor       *monitor;      /* nullable: where none could be made */
  guint               settle_source;
  guint               poll_source;
  GHashTable         *unreadable;   /* path → Unreadable */
} SharedFolder;

/* A file of a shared folder that cannot be read, as it was said. */
typedef struct
{
  char   *version;                  /* size and modification time */
  GError *error;                    /* whole: what is wrong, and what was done */
} Unreadable;

static void
unreadable_free (Unreadable *unreadable)
{
  g_free (unreadable->version);
  g_clear_error (&unreadable->error);
  g_free (unreadable);
}

struct _RelaisSharedFolders
{
  GListStore *list;                 /* GFile, in the order they were added */
  GPtrArray  *folders;              /* SharedFolder, in the same order */
  GSettings  *settings;             /* nullable: where the list is remembered */
  GPtrArray  *unreachable;          /* URIs remembered but out of reach at start-up */
  guint       poll_ms;
  gboolean    poll_always;
};

enum {
  REMOVED_ELSEWHERE,
  UNREADABLE_ELSEWHERE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void rescan_folder (SharedFolder *shared);

/* --- Each folder, watched ------------------------------------------------ */

static void
shared_folder_free (SharedFolder *shared)
{
  g_clear_handle_id (&shared->settle_source, g_source_remove);
  g_clear_handle_id (&shared->poll_source, g_source_remove);
  if (shared->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (shared->monitor, shared);
      g_file_monitor_cancel (shared->monitor);
    }
  g_clear_object (&shared->monitor);
  g_clear_object (&shared->folder);
  g_clear_pointer (&shared->unreadable, g_hash_table_unref);
  g_free (shared);
}

static gboolean
settle_cb (gpointer user_data)
{
  SharedFolder *shared = user_data;

  shared->settle_source = 0;
  rescan_folder (shared);
  return G_SOURCE_REMOVE;
}

static void
folder_changed_cb (GFileMonitor      *monitor,
                   GFile             *file,
                   GFile             *other,
                   GFileMonitorEvent  event,
                   gpointer           user_data)
{
  SharedFolder *shared = user_data;

  /* Many events come for one save (a temporary file, a rename): one read. */
  if (shared->settle_source == 0)
    shared->settle_source = g_timeout_add (SETTLE_MS, settle_cb, shared);
}

static gboolean
poll_cb (gpointer user_data)
{
  rescan_folder (user_data);
  return G_SOURCE_CONTINUE;
}

/* The document portal (/run/user/UID/doc/…) is a FUSE mount that reports
 * no change made by someone else: such a folder is read again now and then. */
static gboolean
is_unreported (GFile *folder)
{
  g_autofree char *path = g_file_get_path (folder);

  return path == NULL ||
         (g_str_has_prefix (path, "/run/user/") && strstr (path, "/doc/") != NULL);
}

static void
watch_folder (SharedFolder *shared)
{
  struct _RelaisSharedFolders *folders = shared->store->shared;
  g_autoptr(GError) error = NULL;

  /* A test stands for a folder that reports nothing: no monitor then. */
  if (folders->poll_always && shared->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (shared->monitor, shared);
      g_file_monitor_cancel (shared->monitor);
      g_clear_object (&shared->monitor);
    }
  if (shared->monitor == NULL && !folders->poll_always && !is_unreported (shared->folder))
    {
      shared->monitor = g_file_monitor_directory (shared->folder, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
      if (shared->monitor != NULL)
        g_signal_connect (shared->monitor, "changed", G_CALLBACK (folder_changed_cb), shared);
      else
        g_debug ("No monitor for a shared folder, polled instead: %s", error->message);
    }

  g_clear_handle_id (&shared->poll_source, g_source_remove);
  if (shared->monitor == NULL)
    shared->poll_source = g_timeout_add (folders->poll_ms, poll_cb, shared);
}

/* --- Reading a folder again ---------------------------------------------- */

/* Nextcloud's "NAME (conflicted copy DATE TIME).json" and Syncthing's
 * "NAME.sync-conflict-DATE-TIME-DEVICE.json" are not profiles of their own:
 * the merge takes them in (relais_profile_store_merge_conflict_copies()). */
static gboolean
is_conflict_copy (const char *name)
{
  return strstr (name, ".sync-conflict-") != NULL || strstr (name, " (conflicted copy") != NULL ||
         strstr (name, " (conflict") != NULL;
}

static gboolean
is_in_folder (GFile *file,
              GFile *folder)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);

  return parent != NULL && g_file_equal (parent, folder);
}

/* A new copy of @profile in the local backups, "ID-YYYYmmdd-HHMMSS.json";
 * the folder made if needed. NULL when it cannot be. */
static GFile *
new_backup_file (RelaisProfileStore *self,
                 RelaisProfile      *profile)
{
  g_autoptr(GFile) backups = relais_profile_store_get_backups_folder (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = g_strdup_printf ("%s-%s.json", relais_profile_get_id (profile), stamp);

  if (g_mkdir_with_parents (g_file_peek_path (backups), 0700) != 0)
    return NULL;
  return g_file_get_child (backups, name);
}

/* Nothing typed is lost: what was only in memory goes to the local backups. */
static void
keep_unsaved_copy (RelaisProfileStore *self,
                   RelaisProfile      *profile)
{
  g_autoptr(GFile) backup = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_hash_table_contains (self->unsaved, relais_profile_get_id (profile)))
    return;

  data = relais_profile_to_data (profile, &length);
  if ((backup = new_backup_file (self, profile)) == NULL ||
      !g_file_set_contents_full (g_file_peek_path (backup), data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_message ("The unsaved changes of a profile deleted elsewhere could not be kept: %s",
               error != NULL ? error->message : g_strerror (errno));
  g_hash_table_remove (self->unsaved, relais_profile_get_id (profile));
}

/* What was merged is announced by the merge itself ("changed-elsewhere"). */
static void
sync_one (RelaisProfileStore *self,
          RelaisProfile      *profile)
{
  g_autofree char *summary = NULL;
  g_autofree char *copies = NULL;
  g_autoptr(GError) error = NULL;

  if (!relais_profile_store_sync_profile (self, profile, &summary, &error))
    g_debug ("“%s” not merged: %s", relais_profile_get_name (profile), error->message);
  g_clear_error (&error);
  if (relais_profile_store_merge_conflict_copies (self, profile, &copies, &error) == 0 && error != NULL)
    g_debug ("Conflict copies of “%s” not merged: %s", relais_profile_get_name (profile), error->message);
}

/* A file of the folder that is not a profile Relais can read: said once for
 * each version of it, and left as it is — it is the team's, and a sync
 * client shows a file only once it has it whole (a temporary name, then a
 * rename), so it is most likely damaged, not half-way. Read again at each
 * change: once mended, it is listed. */
static void
report_unreadable (SharedFolder *shared,
                   GFile        *file,
                   const GError *error)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file,
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                                 G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  g_autofree char *version = NULL;
  g_autofree char *folder_name = g_file_get_basename (shared->folder);
  Unreadable *known = g_hash_table_lookup (shared->unreadable, g_file_peek_path (file));
  Unreadable *unreadable;

  if (info != NULL)
    version = g_strdup_printf ("%" G_GOFFSET_FORMAT " %" G_GUINT64_FORMAT " %u",
                               g_file_info_get_size (info),
                               g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED),
                               g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC));
  else
    version = g_strdup ("");

  if (known != NULL && g_str_equal (known->version, version))
    return;

  unreadable = g_new0 (Unreadable, 1);
  unreadable->version = g_steal_pointer (&version);
  /* TRANSLATORS: why a file cannot be read, then the shared folder's name */
  unreadable->error = g_error_new (error->domain, error->code,
                                   _("%s It is left as it is in “%s”, and read again when it changes."),
                                   error->message, folder_name);
  g_hash_table_insert (shared->unreadable, g_strdup (g_file_peek_path (file)), unreadable);
  g_signal_emit (shared->store, signals[UNREADABLE_ELSEWHERE], 0, file, unreadable->error);
}

/**
 * relais_profile_store_dup_unreadable:
 *
 * What "unreadable-elsewhere" said so far of the files still there: for a
 * window opened after the store read its folders.
 *
 * Returns: (transfer container) (element-type GError): the errors, whole
 */
GPtrArray *
relais_profile_store_dup_unreadable (RelaisProfileStore *self)
{
  GPtrArray *errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), errors);

  for (guint i = 0; i < self->shared->folders->len; i++)
    {
      SharedFolder *shared = g_ptr_array_index (self->shared->folders, i);
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, shared->unreadable);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_ptr_array_add (errors, g_error_copy (((Unreadable *) value)->error));
    }
  return errors;
}

static void
rescan_folder (SharedFolder *shared)
{
  RelaisProfileStore *self = shared->store;
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_file_hash, (GEqualFunc) g_file_equal, g_object_unref, NULL);
  g_autoptr(GPtrArray) present = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n_items;

  enumerator = g_file_enumerate_children (shared->folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NONE, NULL, &error);
  /* A folder out of reach (a disk unplugged, a sync client's hiccup) is
   * not a folder emptied: its profiles stay until it is back. */
  if (enumerator == NULL)
    {
      g_debug ("A shared folder could not be read: %s", error->message);
      return;
    }

  for (;;)
    {
      GFileInfo *info;
      GFile *child;

      if (!g_file_enumerator_iterate (enumerator, &info, &child, NULL, &error))
        {
          g_debug ("A shared folder could not be read to the end: %s", error->message);
          return;
        }
      if (info == NULL)
        break;
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
          g_str_has_suffix (g_file_info_get_name (info), ".json") &&
          !is_conflict_copy (g_file_info_get_name (info)))
        g_hash_table_add (seen, g_object_ref (child));
    }

  /* Those known here: merged with what came, or gone. */
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->profiles));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelaisProfile) profile = g_list_model_get_item (G_LIST_MODEL (self->profiles), i);
      GFile *file = g_hash_table_lookup (self->files, relais_profile_get_id (profile));

      if (file == NULL || !is_in_folder (file, shared->folder))
        continue;
      if (g_hash_table_remove (seen, file))
        g_ptr_array_add (present, g_steal_pointer (&profile));
      else
        g_ptr_array_add (gone, g_steal_pointer (&profile));
    }

  for (guint i = 0; i < present->len; i++)
    sync_one (self, g_ptr_array_index (present, i));

  for (guint i = 0; i < gone->len; i++)
    {
      RelaisProfile *profile = g_ptr_array_index (gone, i);

      keep_unsaved_copy (self, profile);
      relais_profile_store_untrack (self, profile);
      g_signal_emit (self, signals[REMOVED_ELSEWHERE], 0, relais_profile_get_name (profile));
    }

  /* New files: a profile another member shared. */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, seen);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        GFile *file = key;
        g_autoptr(RelaisProfile) profile = NULL;
        g_autoptr(GError) load_error = NULL;

        profile = relais_profile_store_load_file (file, NULL, &load_error);
        /* Not a profile Relais can read: said, read again at the next
         * change; a shared folder is never touched by a listing. */
        if (profile == NULL)
          {
            report_unreadable (shared, file, load_error);
            continue;
          }
        g_hash_table_remove (shared->unreadable, g_file_peek_path (file));
        /* The same profile in two places (the local folder and a shared
         * one): one file only is written, the one listed first. */
        if (g_hash_table_contains (self->files, relais_profile_get_id (profile)))
          continue;
        relais_profile_store_track (self, profile, file);
        sync_one (self, profile);
      }
  }

  /* Gone files are forgotten: one that comes back damaged is said again. */
  {
    GHashTableIter iter;
    gpointer path;

    g_hash_table_iter_init (&iter, shared->unreadable);
    while (g_hash_table_iter_next (&iter, &path, NULL))
      {
        g_autoptr(GFile) file = g_file_new_for_path (path);

        if (!g_hash_table_contains (seen, file))
          g_hash_table_iter_remove (&iter);
      }
  }
}

/* --- Remembered in the settings ------------------------------------------ */

static void
save_setting (RelaisProfileStore *self)
{
  struct _RelaisSharedFolders *folders = self->shared;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uris = NULL;

  if (folders->settings == NULL)
    return;

  for (guint i = 0; i < folders->folders->len; i++)
    {
      SharedFolder *shared = g_ptr_array_index (folders->folders, i);
      g_autofree char *uri = g_file_get_uri (shared->folder);

      g_strv_builder_add (builder, uri);
    }
  for (guint i = 0; i < folders->unreachable->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (folders->unreachable, i));
  uris = g_strv_builder_end (builder);
  g_settings_set_strv (folders->settings, "shared-folders", (const char * const *) uris);
}

static void
member_name_changed_cb (GSettings          *settings,
                        const char         *key,
                        RelaisProfileStore *self)
{
  g_autofree char *name = g_settings_get_string (settings, "member-name");

  relais_profile_store_set_author (self, name[0] != '\0' ? name : NULL);
}

/* --- Inside the store ---------------------------------------------------- */

void
relais_profile_store_folders_init (RelaisProfileStore *self)
{
  self->shared = g_new0 (struct _RelaisSharedFolders, 1);
  self->shared->list = g_list_store_new (G_TYPE_FILE);
  self->shared->folders = g_ptr_array_new_with_free_func ((GDestroyNotify) shared_folder_free);
  self->shared->unreachable = g_ptr_array_new_with_free_func (g_free);
  self->shared->poll_ms = RELAIS_PROFILE_STORE_POLL_MS;
}

void
relais_profile_store_folders_dispose (RelaisProfileStore *self)
{
  if (self->shared == NULL)
    return;

  if (self->shared->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->shared->settings, self);
  g_clear_object (&self->shared->settings);
  g_clear_pointer (&self->shared->folders, g_ptr_array_unref);
  g_clear_object (&self->shared->list);
  g_clear_pointer (&self->shared->unreachable, g_ptr_array_unref);
  g_clear_pointer (&self->shared, g_free);
}

void
relais_profile_store_folders_class_init (GObjectClass *object_class)
{
  /**
   * RelaisProfileStore::removed-elsewhere:
   * @name: the name of the profile
   *
   * Emitted when a profile of a shared folder was deleted there, and so
   * taken off the list.
   */
  signals[REMOVED_ELSEWHERE] =
    g_signal_new ("removed-elsewhere", G_TYPE_FROM_CLASS (object_class), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_STRING);

  /**
   * RelaisProfileStore::unreadable-elsewhere:
   * @file: a file of a shared folder
   * @error: why it cannot be read, and that it is left as it is
   *
   * Emitted once for each version of a file in a shared folder that is not
   * a profile Relais can read (damaged, or not a profile). It is left as it
   * is, and read again when it changes. See also
   * relais_profile_store_dup_unreadable().
   */
  signals[UNREADABLE_ELSEWHERE] =
    g_signal_new ("unreadable-elsewhere", G_TYPE_FROM_CLASS (object_class), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  G_TYPE_FILE, G_TYPE_ERROR);
}

void
relais_profile_store_untrack (RelaisProfileStore *self,
                              RelaisProfile      *profile)
{
  /* Held while the list lets go of it: the caller may hold none. */
  g_autoptr(RelaisProfile) keep = g_object_ref (profile);
  guint position;

  g_signal_handlers_disconnect_by_func (keep, relais_profile_store_notify_cb, self);
  g_hash_table_remove (self->files, relais_profile_get_id (keep));
  g_hash_table_remove (self->versions, relais_profile_get_id (keep));
  if (g_list_store_find (self->profiles, keep, &position))
    g_list_store_remove (self->profiles, position);
}

static SharedFolder *
find_folder (RelaisProfileStore *self,
             GFile              *folder,
             guint              *index)
{
  for (guint i = 0; i < self->shared->folders->len; i++)
    {
      SharedFolder *shared = g_ptr_array_index (self->shared->folders, i);

      if (g_file_equal (shared->folder, folder))
        {
          if (index != NULL)
            *index = i;
          return shared;
        }
    }
  return NULL;
}

/* --- Public API ---------------------------------------------------------- */

/**
 * relais_profile_store_add_folder:
 * @folder: a folder a sync client keeps the same on several computers
 *
 * Lists the profiles of @folder, merges what changed, and watches it from
 * now on. Adding a folder already there reads it again.
 *
 * Returns: %TRUE if @folder could be read
 */
gboolean
relais_profile_store_add_folder (RelaisProfileStore  *self,
                                 GFile               *folder,
                                 GError             **error)
{
  SharedFolder *shared;
  GFileType type;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (self->shared != NULL, FALSE);

  type = g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL);
  if (type != G_FILE_TYPE_DIRECTORY)
    {
      g_autofree char *name = g_file_get_parse_name (folder);

      g_set_error (error, G_IO_ERROR, type == G_FILE_TYPE_UNKNOWN ? G_IO_ERROR_NOT_FOUND : G_IO_ERROR_NOT_DIRECTORY,
                   _("“%s” is not a folder Relais can open. Check that it is still there and that the synchronisation is running."),
                   name);
      return FALSE;
    }
  /* The local folder is not shared: its profiles are listed already. */
  if (g_file_equal (folder, self->directory))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("This is the folder where Relais keeps the profiles of this computer, not a shared folder."));
      return FALSE;
    }

  shared = find_folder (self, folder, NULL);
  if (shared == NULL)
    {
      shared = g_new0 (SharedFolder, 1);
      shared->store = self;
      shared->folder = g_object_ref (folder);
      shared->unreadable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) unreadable_free);
      g_ptr_array_add (self->shared->folders, shared);
      g_list_store_append (self->shared->list, folder);
      watch_folder (shared);
      save_setting (self);
    }

  rescan_folder (shared);
  return TRUE;
}

/**
 * relais_profile_store_remove_folder:
 *
 * Stops using @folder: its profiles are saved, then taken off the list; the
 * folder and its files stay as they are. Adding it again is the undo.
 *
 * Returns: %FALSE if changes to its profiles could not be saved (the folder
 *   is kept then)
 */
gboolean
relais_profile_store_remove_folder (RelaisProfileStore  *self,
                                    GFile               *folder,
                                    GError             **error)
{
  g_autoptr(GPtrArray) leaving = g_ptr_array_new_with_free_func (g_object_unref);
  guint index, n_items;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  if (self->shared == NULL || find_folder (self, folder, &index) == NULL)
    return TRUE;

  if (!relais_profile_store_flush (self, error))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->profiles));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelaisProfile) profile = g_list_model_get_item (G_LIST_MODEL (self->profiles), i);
      GFile *file = g_hash_table_lookup (self->files, relais_profile_get_id (profile));

      if (file != NULL && is_in_folder (file, folder))
        g_ptr_array_add (leaving, g_steal_pointer (&profile));
    }
  for (guint i = 0; i < leaving->len; i++)
    relais_profile_store_untrack (self, g_ptr_array_index (leaving, i));

  g_ptr_array_remove_index (self->shared->folders, index);
  g_list_store_remove (self->shared->list, index);
  save_setting (self);
  return TRUE;
}

/**
 * relais_profile_store_get_folders:
 *
 * Returns: (transfer none): the shared folders (#GFile), in the order added
 */
GListModel *
relais_profile_store_get_folders (RelaisProfileStore *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);
  g_return_val_if_fail (self->shared != NULL, NULL);

  return G_LIST_MODEL (self->shared->list);
}

/**
 * relais_profile_store_get_shared_folder:
 *
 * Returns: (transfer none) (nullable): the shared folder @profile lives in,
 *   or %NULL for a profile of this computer only
 */
GFile *
relais_profile_store_get_shared_folder (RelaisProfileStore *self,
                                        RelaisProfile      *profile)
{
  GFile *file;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);

  file = g_hash_table_lookup (self->files, relais_profile_get_id (profile));
  if (file == NULL || self->shared == NULL)
    return NULL;

  for (guint i = 0; i < self->shared->folders->len; i++)
    {
      SharedFolder *shared = g_ptr_array_index (self->shared->folders, i);

      if (is_in_folder (file, shared->folder))
        return shared->folder;
    }
  return NULL;
}

/**
 * relais_profile_store_get_backups_folder:
 *
 * Where a profile's local copy goes when it moves to a shared folder, and
 * what was typed in a profile deleted elsewhere: beside the profiles'
 * folder, on this computer only.
 *
 * Returns: (transfer full): the folder (it may not exist yet)
 */
GFile *
relais_profile_store_get_backups_folder (RelaisProfileStore *self)
{
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);

  parent = g_file_get_parent (self->directory);
  return g_file_get_child (parent, "backups");
}

/**
 * relais_profile_store_share:
 * @folder: a folder a sync client keeps the same on every member's computer
 *
 * Moves @profile into @folder, which becomes one of the shared folders; the
 * file it was in stays in the local backups.
 *
 * Returns: %TRUE once @profile is written in @folder
 */
gboolean
relais_profile_store_share (RelaisProfileStore  *self,
                            RelaisProfile       *profile,
                            GFile               *folder,
                            GError             **error)
{
  g_autoptr(GFile) local = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) backup = NULL;
  g_autofree char *basename = NULL;
  GFile *file;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), FALSE);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  file = relais_profile_store_get_file (self, profile);
  g_return_val_if_fail (file != NULL, FALSE);

  if (is_in_folder (file, folder))
    return relais_profile_store_add_folder (self, folder, error);

  if (g_hash_table_contains (self->unsaved, relais_profile_get_id (profile)) &&
      !relais_profile_store_save (self, profile, error))
    return FALSE;

  basename = g_strconcat (relais_profile_get_id (profile), ".json", NULL);
  target = g_file_get_child (folder, basename);
  /* Another member shared it already: theirs is the team's, never written over. */
  if (g_file_query_exists (target, NULL))
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_ALREADY_THERE,
                   _("“%s” is already in this folder: open the folder to use it."),
                   relais_profile_get_name (profile));
      return FALSE;
    }

  if (!relais_profile_store_write (self, profile, target, error))
    {
      relais_profile_store_explain_save_error (error, profile, target);
      return FALSE;
    }

  local = g_object_ref (file);
  g_hash_table_replace (self->files, g_strdup (relais_profile_get_id (profile)), g_object_ref (target));

  /* The copy that stays on this computer. Best effort: the profile is in
   * the shared folder already, and a copy left in the profiles' folder
   * would be listed twice. */
  if ((backup = new_backup_file (self, profile)) == NULL ||
      !g_file_move (local, backup, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, NULL))
    g_file_delete (local, NULL, NULL);

  if (find_folder (self, folder, NULL) == NULL)
    return relais_profile_store_add_folder (self, folder, error);
  return TRUE;
}

/**
 * relais_profile_store_check_folders:
 *
 * Reads every shared folder again now, as when one of them reported a change.
 */
void
relais_profile_store_check_folders (RelaisProfileStore *self)
{
  g_return_if_fail (RELAIS_IS_PROFILE_STORE (self));

  if (self->shared == NULL)
    return;
  for (guint i = 0; i < self->shared->folders->len; i++)
    rescan_folder (g_ptr_array_index (self->shared->folders, i));
}

/**
 * relais_profile_store_set_folder_poll:
 * @interval_ms: how often a folder is read again when it reports nothing
 * @always: poll every folder, as if none reported its changes
 *
 * For the tests, which must see the poll work where a monitor would do.
 */
void
relais_profile_store_set_folder_poll (RelaisProfileStore *self,
                                      guint               interval_ms,
                                      gboolean            always)
{
  g_return_if_fail (RELAIS_IS_PROFILE_STORE (self));
  g_return_if_fail (interval_ms > 0);

  self->shared->poll_ms = interval_ms;
  self->shared->poll_always = always;
  for (guint i = 0; i < self->shared->folders->len; i++)
    watch_folder (g_ptr_array_index (self->shared->folders, i));
}

/**
 * relais_profile_store_remember_folders:
 * @settings: settings with the keys "shared-folders" and "member-name"
 *
 * Adds the shared folders @settings remembers (those out of reach are kept
 * in the list, for when they are back), remembers those added or removed
 * from now on, and gives the member's name to the merge.
 */
void
relais_profile_store_remember_folders (RelaisProfileStore *self,
                                       GSettings          *settings)
{
  g_auto(GStrv) uris = NULL;

  g_return_if_fail (RELAIS_IS_PROFILE_STORE (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  /* Every window's context shares the application's store: once. */
  if (self->shared == NULL || self->shared->settings == settings)
    return;

  uris = g_settings_get_strv (settings, "shared-folders");
  for (guint i = 0; uris[i] != NULL; i++)
    {
      g_autoptr(GFile) folder = g_file_new_for_uri (uris[i]);
      g_autoptr(GError) error = NULL;

      if (!relais_profile_store_add_folder (self, folder, &error))
        {
          g_message ("A shared folder is out of reach: %s", error->message);
          g_ptr_array_add (self->shared->unreachable, g_strdup (uris[i]));
        }
    }

  /* Set only now: adding what the settings hold must not write them again,
   * dropping a folder out of reach today. */
  g_set_object (&self->shared->settings, settings);
  g_signal_connect (settings, "changed::member-name", G_CALLBACK (member_name_changed_cb), self);
  member_name_changed_cb (settings, "member-name", self);
}
