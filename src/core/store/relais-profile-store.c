/* relais-profile-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "relais-profile-store.h"
#include "relais-profile-store-private.h"

/* After a failed save, try again this much later: the user may be freeing
 * space or plugging the disk back in. */
#define RETRY_DELAY_MS 5000
#define DEFAULT_SAVE_DELAY_MS 500


enum {
  PROP_0,
  PROP_DIRECTORY,
  N_PROPS
};

enum {
  SAVE_FAILED,
  CHANGED_ELSEWHERE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (RelaisProfileStore, relais_profile_store, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void schedule_save (RelaisProfileStore *self,
                           guint               delay);

/* --- Reading files ------------------------------------------------------- */

RelaisProfile *
relais_profile_store_load_file (GFile         *file,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GError) local_error = NULL;
  RelaisFileVersion version;
  RelaisProfile *profile;
  const char *contents;
  gsize length;

  /* Never a FIFO or a device, never more than the limit: a file put in the
   * folder (or given to import) cannot hang or swell Relais. */
  bytes = relais_file_read (file, RELAIS_PROFILE_MAX_SIZE, &version, cancellable, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
        g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE,
                     _("“%s” is too large to be a Relais profile."), basename);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
        g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_A_PROFILE,
                     _("“%s” is not an ordinary file, so it cannot be a Relais profile."), basename);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  contents = g_bytes_get_data (bytes, &length);
  if (contents == NULL)
    contents = "";

  profile = relais_profile_new_from_data (contents, length, &local_error);

  /* A newer Relais's profile is still shown, read-only, when this version
   * understands enough of it; otherwise it is reported as newer (and so left
   * where it is), never as damaged. */
  if (profile == NULL && g_error_matches (local_error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NEWER_VERSION))
    profile = relais_profile_new_read_only_from_data (contents, length, NULL);

  if (profile == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "“%s”: ", basename);
      return NULL;
    }

  /* What the file was, so that a save can tell whether someone else changed
   * it since (relais_profile_store_write()). */
  g_object_set_data_full (G_OBJECT (profile), "relais-file-version",
                          g_memdup2 (&version, sizeof version), g_free);
  /* And what it said: the base of a merge with a later version. */
  g_object_set_data_full (G_OBJECT (profile), "relais-file-contents",
                          g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);

  return profile;
}

typedef struct
{
  GPtrArray *profiles;
  GPtrArray *failures;
  GPtrArray *damaged;
} ListResult;

static void
list_result_free (ListResult *result)
{
  g_clear_pointer (&result->profiles, g_ptr_array_unref);
  g_clear_pointer (&result->failures, g_ptr_array_unref);
  g_clear_pointer (&result->damaged, g_ptr_array_unref);
  g_free (result);
}


static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *directory = task_data;
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GError) error = NULL;
  ListResult *result;

  enumerator = g_file_enumerate_children (directory,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NONE, cancellable, &error);
  result = g_new0 (ListResult, 1);
  result->profiles = g_ptr_array_new_with_free_func (g_object_unref);
  result->failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  result->damaged = g_ptr_array_new_with_free_func ((GDestroyNotify) relais_damaged_profile_free);

  if (enumerator == NULL)
    {
      /* No folder yet simply means no profile yet. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_task_return_pointer (task, result, (GDestroyNotify) list_result_free);
      else
        {
          list_result_free (result);
          g_task_return_error (task, g_steal_pointer (&error));
        }
      return;
    }

  for (;;)
    {
      GFileInfo *info;
      GFile *child;
      GError *load_error = NULL;
      RelaisProfile *profile;

      if (!g_file_enumerator_iterate (enumerator, &info, &child, cancellable, &error))
        {
          list_result_free (result);
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      if (info == NULL)
        break;

      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
          !g_str_has_suffix (g_file_info_get_name (info), ".json"))
        continue;

      profile = relais_profile_store_load_file (child, cancellable, &load_error);
      if (profile != NULL)
        {
          g_object_set_data_full (G_OBJECT (profile), "relais-file",
                                  g_object_ref (child), g_object_unref);
          g_ptr_array_add (result->profiles, profile);
        }
      else
        {
          RelaisDamagedProfile *damaged = relais_profile_store_set_aside (child, &load_error);

          if (damaged != NULL)
            g_ptr_array_add (result->damaged, damaged);
          g_ptr_array_add (result->failures, load_error);
        }
    }

  g_task_return_pointer (task, result, (GDestroyNotify) list_result_free);
}

/* --- The list ------------------------------------------------------------ */

static int
compare_profiles (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  int result = g_utf8_collate (relais_profile_get_name ((RelaisProfile *) a),
                               relais_profile_get_name ((RelaisProfile *) b));

  return result != 0 ? result : g_strcmp0 (relais_profile_get_id ((RelaisProfile *) a),
                                           relais_profile_get_id ((RelaisProfile *) b));
}

void
relais_profile_store_notify_cb (RelaisProfileStore *self,
                                GParamSpec         *pspec,
                                RelaisProfile      *profile)
{
  if (relais_profile_get_read_only (profile))
    return;

  if (g_str_equal (pspec->name, "name"))
    {
      guint position;

      /* Keep the list in alphabetical order after a rename. */
      if (g_list_store_find (self->profiles, profile, &position))
        {
          g_object_ref (profile);
          g_list_store_remove (self->profiles, position);
          g_list_store_insert_sorted (self->profiles, profile, compare_profiles, NULL);
          g_object_unref (profile);
        }
    }

  g_hash_table_replace (self->unsaved,
                        g_strdup (relais_profile_get_id (profile)),
                        g_object_ref (profile));
  if (self->save_source == 0)
    schedule_save (self, self->save_delay);
}

static int
compare_profile_pointers (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  return compare_profiles (*(gpointer *) a, *(gpointer *) b, user_data);
}

static void
watch_profile (RelaisProfileStore *self,
               RelaisProfile      *profile,
               GFile              *file)
{
  RelaisFileVersion *version = g_object_steal_data (G_OBJECT (profile), "relais-file-version");
  GBytes *contents = g_object_steal_data (G_OBJECT (profile), "relais-file-contents");

  if (version != NULL)
    g_hash_table_replace (self->versions, g_strdup (relais_profile_get_id (profile)), version);
  if (contents != NULL)
    {
      if (version != NULL)
        relais_profile_store_remember (self, version->sha256, contents);
      g_hash_table_replace (self->bases, g_strdup (relais_profile_get_id (profile)), contents);
    }
  g_hash_table_replace (self->files,
                        g_strdup (relais_profile_get_id (profile)),
                        g_object_ref (file));
  g_signal_connect_object (profile, "notify", G_CALLBACK (relais_profile_store_notify_cb),
                           self, G_CONNECT_SWAPPED);
}

void
relais_profile_store_track (RelaisProfileStore *self,
                            RelaisProfile      *profile,
                            GFile              *file)
{
  watch_profile (self, profile, file);
  g_list_store_insert_sorted (self->profiles, profile, compare_profiles, NULL);
}

GFile *
relais_profile_store_file_for_id (RelaisProfileStore *self,
                                  const char         *id)
{
  g_autofree char *basename = g_strconcat (id, ".json", NULL);

  return g_file_get_child (self->directory, basename);
}

/* --- Writing ------------------------------------------------------------- */

static gboolean
save_unsaved (RelaisProfileStore  *self,
              GError             **error)
{
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer profile_pointer;
  gboolean ok = TRUE;

  /* Saving edits the table, so walk a copy. */
  g_hash_table_iter_init (&iter, self->unsaved);
  while (g_hash_table_iter_next (&iter, NULL, &profile_pointer))
    g_ptr_array_add (pending, g_object_ref (profile_pointer));

  for (guint i = 0; i < pending->len; i++)
    {
      RelaisProfile *profile = g_ptr_array_index (pending, i);
      g_autoptr(GError) local_error = NULL;

      if (!relais_profile_store_save (self, profile, &local_error))
        {
          g_signal_emit (self, signals[SAVE_FAILED], 0, profile, local_error);
          if (ok && error != NULL)
            *error = g_error_copy (local_error);
          ok = FALSE;
        }
    }

  return ok;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  RelaisProfileStore *self = user_data;

  self->save_source = 0;
  if (!save_unsaved (self, NULL))
    schedule_save (self, RETRY_DELAY_MS);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (RelaisProfileStore *self,
               guint               delay)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (delay, save_timeout_cb, self);
}

void
relais_profile_store_schedule_save (RelaisProfileStore *self,
                                    RelaisProfile      *profile)
{
  g_hash_table_replace (self->unsaved,
                        g_strdup (relais_profile_get_id (profile)),
                        g_object_ref (profile));
  if (self->save_source == 0)
    schedule_save (self, self->save_delay);
}

/* --- GObject ------------------------------------------------------------- */

static void
relais_profile_store_dispose (GObject *object)
{
  RelaisProfileStore *self = (RelaisProfileStore *)object;

  relais_profile_store_folders_dispose (self);

  /* Last chance for changes made less than a second ago. */
  if (g_hash_table_size (self->unsaved) > 0)
    save_unsaved (self, NULL);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->profiles != NULL)
    g_list_store_remove_all (self->profiles);
  g_hash_table_remove_all (self->unsaved);

  G_OBJECT_CLASS (relais_profile_store_parent_class)->dispose (object);
}

static void
relais_profile_store_finalize (GObject *object)
{
  RelaisProfileStore *self = (RelaisProfileStore *)object;

  g_clear_object (&self->directory);
  g_clear_object (&self->profiles);
  g_clear_pointer (&self->files, g_hash_table_unref);
  g_clear_pointer (&self->unsaved, g_hash_table_unref);
  g_clear_pointer (&self->versions, g_hash_table_unref);
  g_clear_pointer (&self->bases, g_hash_table_unref);
  g_clear_pointer (&self->deleted_from, g_hash_table_unref);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_queue_clear_full (&self->seen_order, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->damaged, g_ptr_array_unref);

  G_OBJECT_CLASS (relais_profile_store_parent_class)->finalize (object);
}

static void
relais_profile_store_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RelaisProfileStore *self = RELAIS_PROFILE_STORE (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_profile_store_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RelaisProfileStore *self = RELAIS_PROFILE_STORE (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_profile_store_class_init (RelaisProfileStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relais_profile_store_dispose;
  object_class->finalize = relais_profile_store_finalize;
  object_class->get_property = relais_profile_store_get_property;
  object_class->set_property = relais_profile_store_set_property;

  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RelaisProfileStore::save-failed:
   * @profile: the profile whose changes are still only in memory
   * @error: why, in plain words
   *
   * Emitted when saving changes failed; the store keeps the changes and tries
   * again a few seconds later.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  RELAIS_TYPE_PROFILE, G_TYPE_ERROR);

  /**
   * RelaisProfileStore::changed-elsewhere:
   * @profile: the profile just saved
   * @error: what happened to the other version, in plain words
   *
   * Emitted when a save found the file changed by another program since
   * Relais read it: that version was kept beside it (or could not be, as
   * @error says) before Relais wrote its own.
   */
  signals[CHANGED_ELSEWHERE] =
    g_signal_new ("changed-elsewhere", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  RELAIS_TYPE_PROFILE, G_TYPE_ERROR);

  relais_profile_store_folders_class_init (object_class);
}

static void
relais_profile_store_init (RelaisProfileStore *self)
{
  self->profiles = g_list_store_new (RELAIS_TYPE_PROFILE);
  self->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->unsaved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->versions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->bases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  self->deleted_from = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  g_queue_init (&self->seen_order);
  self->save_delay = DEFAULT_SAVE_DELAY_MS;
  self->damaged = g_ptr_array_new_with_free_func ((GDestroyNotify) relais_damaged_profile_free);
  relais_profile_store_folders_init (self);
}

/* --- Public API ---------------------------------------------------------- */

RelaisProfileStore *
relais_profile_store_new (GFile *directory)
{
  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  return g_object_new (RELAIS_TYPE_PROFILE_STORE, "directory", directory, NULL);
}

/**
 * relais_profile_store_new_default:
 *
 * The store in `$XDG_DATA_HOME/relais/profiles`, where the user's own
 * profiles live (inside the sandbox's data folder in a Flatpak).
 */
RelaisProfileStore *
relais_profile_store_new_default (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "relais", "profiles", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (path);

  return relais_profile_store_new (directory);
}

GFile *
relais_profile_store_get_directory (RelaisProfileStore *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);

  return self->directory;
}

/**
 * relais_profile_store_get_profiles:
 *
 * Returns: (transfer none): the known profiles, by name
 */
GListModel *
relais_profile_store_get_profiles (RelaisProfileStore *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);

  return G_LIST_MODEL (self->profiles);
}

RelaisProfile *
relais_profile_store_lookup (RelaisProfileStore *self,
                             const char         *id)
{
  guint n_items;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->profiles));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelaisProfile) profile = g_list_model_get_item (G_LIST_MODEL (self->profiles), i);

      if (g_str_equal (relais_profile_get_id (profile), id))
        return profile;
    }

  return NULL;
}

/**
 * relais_profile_store_get_file:
 *
 * Returns: (transfer none) (nullable): the file @profile is saved in
 */
GFile *
relais_profile_store_get_file (RelaisProfileStore *self,
                               RelaisProfile      *profile)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);

  return g_hash_table_lookup (self->files, relais_profile_get_id (profile));
}

/**
 * relais_profile_store_open:
 * @id: the identifier of a profile saved in this store
 *
 * Reads one profile at once, for the start-up, before the whole list is read
 * in the background.
 *
 * Returns: (transfer none) (nullable): the profile, or %NULL with @error set
 */
RelaisProfile *
relais_profile_store_open (RelaisProfileStore  *self,
                           const char          *id,
                           GError             **error)
{
  g_autoptr(RelaisProfile) profile = NULL;
  g_autoptr(GFile) file = NULL;
  RelaisProfile *known;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if ((known = relais_profile_store_lookup (self, id)) != NULL)
    return known;

  if (!g_uuid_string_is_valid (id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("“%s” is not a profile identifier."), id);
      return NULL;
    }

  file = relais_profile_store_file_for_id (self, id);
  profile = relais_profile_store_load_file (file, NULL, error);
  if (profile == NULL)
    return NULL;

  relais_profile_store_track (self, profile, file);

  return profile;
}

/**
 * relais_profile_store_list_async:
 *
 * Reads every profile of the folder in a worker thread and adds those not
 * known yet to the list. Files that cannot be read are reported by
 * relais_profile_store_list_finish(), and left as they are on disk.
 */
void
relais_profile_store_list_async (RelaisProfileStore  *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RELAIS_IS_PROFILE_STORE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, relais_profile_store_list_async);
  g_task_set_task_data (task, g_object_ref (self->directory), g_object_unref);
  g_task_run_in_thread (task, list_thread);
}

/**
 * relais_profile_store_list_finish:
 * @failures: (out) (optional) (element-type GError): files that could not be read
 *
 * Returns: %TRUE if the folder could be read
 */
gboolean
relais_profile_store_list_finish (RelaisProfileStore  *self,
                                  GAsyncResult        *result,
                                  GPtrArray          **failures,
                                  GError             **error)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  ListResult *list;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  list = g_task_propagate_pointer (G_TASK (result), error);
  if (list == NULL)
    return FALSE;

  for (guint i = 0; i < list->profiles->len; i++)
    {
      RelaisProfile *profile = g_ptr_array_index (list->profiles, i);
      GFile *file = g_object_get_data (G_OBJECT (profile), "relais-file");
      GFile *known_file = g_hash_table_lookup (self->files, relais_profile_get_id (profile));

      if (known_file == NULL)
        {
          watch_profile (self, profile, file);
          g_ptr_array_add (added, g_object_ref (profile));
        }
      else if (!g_file_equal (known_file, file))
        {
          g_autofree char *basename = g_file_get_basename (file);

          /* A copied file: opening both would let one overwrite the other. */
          g_ptr_array_add (list->failures,
                           g_error_new (RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                                        _("“%s”: another file holds the same profile, this one was left aside."),
                                        basename));
        }
      g_object_set_data (G_OBJECT (profile), "relais-file", NULL);
    }

  /* One change for the whole list, not one per file: every change is work
   * for the widgets that show the list. */
  if (added->len > 0)
    {
      guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->profiles));

      for (guint i = 0; i < n_items; i++)
        g_ptr_array_add (added, g_list_model_get_item (G_LIST_MODEL (self->profiles), i));
      g_ptr_array_sort_with_data (added, compare_profile_pointers, NULL);
      g_list_store_splice (self->profiles, 0, n_items, added->pdata, added->len);
    }

  g_ptr_array_extend_and_steal (self->damaged, g_steal_pointer (&list->damaged));

  if (failures != NULL)
    *failures = g_steal_pointer (&list->failures);

  list_result_free (list);

  return TRUE;
}

/**
 * relais_profile_store_add:
 *
 * Validates @profile, writes it to disk and only then lists it, so that a
 * profile the user sees is always a profile on disk.
 */
gboolean
relais_profile_store_add (RelaisProfileStore  *self,
                          RelaisProfile       *profile,
                          GError             **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), FALSE);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (relais_profile_store_lookup (self, relais_profile_get_id (profile)) == NULL, FALSE);

  if (!relais_profile_validate (profile, error))
    return FALSE;

  file = relais_profile_store_file_for_id (self, relais_profile_get_id (profile));

  /* A file not listed yet (the listing runs in the background) is still
   * somebody's profile: never written over. */
  if (g_file_query_exists (file, NULL))
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_ALREADY_THERE,
                   _("“%s” is already here."), relais_profile_get_name (profile));
      return FALSE;
    }

  if (!relais_profile_store_write (self, profile, file, error))
    {
      relais_profile_store_explain_save_error (error, profile, file);
      return FALSE;
    }

  relais_profile_store_track (self, profile, file);

  return TRUE;
}

/**
 * relais_profile_store_save:
 *
 * Writes @profile now, atomically. On failure the file on disk is the previous
 * version, whole, and @profile stays marked as unsaved.
 */
gboolean
relais_profile_store_save (RelaisProfileStore  *self,
                           RelaisProfile       *profile,
                           GError             **error)
{
  GFile *file;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), FALSE);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), FALSE);

  file = relais_profile_store_get_file (self, profile);
  g_return_val_if_fail (file != NULL, FALSE);

  if (!relais_profile_store_write (self, profile, file, error))
    {
      relais_profile_store_explain_save_error (error, profile, file);
      g_hash_table_replace (self->unsaved,
                            g_strdup (relais_profile_get_id (profile)),
                            g_object_ref (profile));
      return FALSE;
    }

  g_hash_table_remove (self->unsaved, relais_profile_get_id (profile));

  return TRUE;
}

/**
 * relais_profile_store_flush:
 *
 * Saves every pending change now, for closing and quitting.
 */
gboolean
relais_profile_store_flush (RelaisProfileStore  *self,
                            GError             **error)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (save_unsaved (self, error))
    return TRUE;

  schedule_save (self, RETRY_DELAY_MS);
  return FALSE;
}

gboolean
relais_profile_store_has_unsaved (RelaisProfileStore *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), FALSE);

  return g_hash_table_size (self->unsaved) > 0;
}

void
relais_profile_store_set_save_delay (RelaisProfileStore *self,
                                     guint               milliseconds)
{
  g_return_if_fail (RELAIS_IS_PROFILE_STORE (self));

  self->save_delay = milliseconds;
}



