/* relais-chatonsinfos.c — the CHATONS hosters from ChatonsInfos files on
 * disk, and the hosters file written safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-chatonsinfos"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "relais-chatonsinfos-private.h"
#include "relais-file-read.h"

G_DEFINE_QUARK (relais-chatonsinfos-error-quark, relais_chatonsinfos_error)


/* --- Shared with the refresh ----------------------------------------------- */

char *
relais_chatonsinfos_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

gboolean
relais_chatonsinfos_is_date (const char *text)
{
  static const char pattern[] = "dddd-dd-dd";

  if (text == NULL || strlen (text) != sizeof pattern - 1)
    return FALSE;
  for (gsize i = 0; pattern[i] != '\0'; i++)
    if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
      return FALSE;
  return TRUE;
}

/* file.class is "Federation", "Organization" or "Service"; a file without
 * one is given the benefit of the doubt. */
gboolean
relais_chatonsinfos_has_class (RelaisProperties *properties,
                               const char       *file_class)
{
  const char *value = relais_properties_get (properties, "file.class");

  return value == NULL || value[0] == '\0' || g_ascii_strcasecmp (value, file_class) == 0;
}

/* The files a file points to ("subs.NAME = URL"), in its order, each once.
 * (Quotes some generators put around the address are gone already: see
 * relais-properties.c.) A relative address is resolved against @base when there is one. */
GPtrArray *
relais_chatonsinfos_get_subs (RelaisProperties *properties,
                              const char       *base)
{
  g_autoptr(GPtrArray) keys = relais_properties_get_keys_with_prefix (properties, "subs.");
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *subs = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < keys->len; i++)
    {
      g_autofree char *value = g_strstrip (g_strdup (relais_properties_get (properties, g_ptr_array_index (keys, i))));
      char *address;

      if (value[0] == '\0')
        continue;

      address = base != NULL ? g_uri_resolve_relative (base, value, G_URI_FLAGS_NONE, NULL) : NULL;
      if (address == NULL)
        address = g_steal_pointer (&value);
      if (g_hash_table_contains (seen, address))
        {
          g_free (address);
          continue;
        }
      g_ptr_array_add (subs, address);
      g_hash_table_add (seen, address);
    }

  return subs;
}


/* --- Files on disk --------------------------------------------------------- */

typedef struct
{
  char             *path;
  RelaisProperties *properties;   /* NULL when the file could not be read */
} LocalFile;

static void
local_file_free (LocalFile *file)
{
  g_free (file->path);
  relais_properties_free (file->properties);
  g_free (file);
}

typedef struct
{
  GPtrArray  *files;     /* LocalFile */
  GHashTable *by_path;   /* canonical path → LocalFile */
  GHashTable *by_url;    /* its file.url → LocalFile */
  GHashTable *by_name;   /* its base name → LocalFile */
} LocalIndex;

static void
local_index_clear (LocalIndex *index)
{
  g_clear_pointer (&index->by_path, g_hash_table_unref);
  g_clear_pointer (&index->by_url, g_hash_table_unref);
  g_clear_pointer (&index->by_name, g_hash_table_unref);
  g_clear_pointer (&index->files, g_ptr_array_unref);
}

static void
local_index_add (LocalIndex *index,
                 const char *path)
{
  LocalFile *file = g_new0 (LocalFile, 1);
  g_autoptr(GError) error = NULL;
  const char *url;

  file->path = g_canonicalize_filename (path, NULL);
  if (g_hash_table_contains (index->by_path, file->path))
    {
      local_file_free (file);
      return;
    }
  file->properties = relais_properties_new_from_file (file->path, &error);
  if (file->properties == NULL)
    g_debug ("%s: %s", file->path, error->message);

  g_ptr_array_add (index->files, file);
  g_hash_table_insert (index->by_path, file->path, file);
  g_hash_table_insert (index->by_name, g_path_get_basename (file->path), file);
  url = file->properties != NULL ? relais_properties_get (file->properties, "file.url") : NULL;
  if (url != NULL && url[0] != '\0')
    g_hash_table_insert (index->by_url, g_strdup (url), file);
}

/* A "subs" address on disk: a file whose file.url is that address, or of
 * the same base name; a relative address is a path from @directory. */
static LocalFile *
local_index_find (LocalIndex *index,
                  const char *address,
                  const char *directory)
{
  g_autofree char *scheme = g_uri_parse_scheme (address);
  g_autofree char *path = NULL;
  LocalFile *file;

  if (scheme != NULL && g_ascii_strcasecmp (scheme, "file") == 0)
    path = g_filename_from_uri (address, NULL, NULL);
  else if (scheme == NULL)
    path = g_canonicalize_filename (address, directory);
  if (path != NULL)
    return g_hash_table_lookup (index->by_path, path);

  file = g_hash_table_lookup (index->by_url, address);
  if (file == NULL)
    {
      g_autoptr(GUri) uri = g_uri_parse (address, G_URI_FLAGS_NONE, NULL);
      g_autofree char *name = uri != NULL ? g_path_get_basename (g_uri_get_path (uri)) : NULL;

      if (name != NULL)
        file = g_hash_table_lookup (index->by_name, name);
    }
  return file;
}

static const char *
source_of (LocalFile *file)
{
  const char *url = relais_properties_get (file->properties, "file.url");

  if (url != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")))
    return url;
  return file->path;
}

/**
 * relais_chatonsinfos_import_files:
 * @federation_path: the federation file (chatons.properties)
 * @paths: the organisation and service files it leads to
 * @today: (nullable): "YYYY-MM-DD", the date the sources are "checked"
 * @length: (out) (optional): the length of the text returned
 * @n_hosters: (out) (optional): how many hosters it lists
 * @n_skipped: (out) (optional): organisation files missing or unreadable
 *
 * Builds the hosters file from files on disk. The "subs" addresses of a
 * file are found among @paths by their "file.url", or by base name.
 *
 * Returns: (transfer full): the hosters file, or %NULL with @error set when
 *   the federation file cannot be used or not one hoster could be read.
 */
/* Reports, from the worker, the files read so far to the thread that
 * started the import (see import_progress()). */
typedef struct
{
  GTask                     *task;
  RelaisChatonsinfosProgress progress;
  gpointer                   progress_data;
  guint                      done;
  guint                      total;
} ImportProgress;

static void import_progress (ImportProgress *progress);

static char *
import_files_full (const char          *federation_path,
                   const char * const  *paths,
                   const char          *today,
                   GCancellable        *cancellable,
                   ImportProgress      *progress,
                   gsize               *length,
                   guint               *n_hosters,
                   guint               *n_skipped,
                   GError             **error)
{
  g_autoptr(RelaisProperties) federation = NULL;
  g_autoptr(RelaisHosters) hosters = NULL;
  g_autoptr(GPtrArray) subs = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *federation_directory = NULL;
  g_autofree char *now = NULL;
  LocalIndex index = { 0 };
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
  guint skipped = 0;
  char *json;

  g_return_val_if_fail (federation_path != NULL, NULL);
  g_return_val_if_fail (today == NULL || relais_chatonsinfos_is_date (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  federation = relais_properties_new_from_file (federation_path, &local_error);
  if (federation == NULL)
    {
      g_set_error (error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_FEDERATION,
                   _("The list of CHATONS members “%s” could not be read: %s."),
                   federation_path, local_error->message);
      return NULL;
    }
  if (!relais_chatonsinfos_has_class (federation, "federation"))
    {
      g_set_error (error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_FEDERATION,
                   _("“%s” is not a list of CHATONS members: it describes one organisation or one service."),
                   federation_path);
      return NULL;
    }
  subs = relais_chatonsinfos_get_subs (federation, NULL);
  if (subs->len == 0)
    {
      g_set_error (error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_FEDERATION,
                   _("The list of CHATONS members “%s” names no member."), federation_path);
      return NULL;
    }

  if (today == NULL)
    {
      now = relais_chatonsinfos_today ();
      today = now;
    }
  hosters = relais_hosters_new (today);

  index.files = g_ptr_array_new_with_free_func ((GDestroyNotify) local_file_free);
  index.by_path = g_hash_table_new (g_str_hash, g_str_equal);
  index.by_url = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index.by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (progress != NULL)
    progress->total = (paths != NULL ? g_strv_length ((char **) paths) : 0) + subs->len;
  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          local_index_clear (&index);
          return NULL;
        }
      local_index_add (&index, paths[i]);
      import_progress (progress);
    }

  federation_directory = g_path_get_dirname (federation_path);
  for (guint i = 0; i < subs->len; i++)
    {
      LocalFile *organization = local_index_find (&index, g_ptr_array_index (subs, i), federation_directory);
      g_autoptr(GPtrArray) services = g_ptr_array_new ();
      g_autoptr(GPtrArray) service_subs = NULL;
      g_autofree char *directory = NULL;
      const char *name;

      import_progress (progress);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          local_index_clear (&index);
          return NULL;
        }
      name = organization != NULL && organization->properties != NULL
             ? relais_properties_get (organization->properties, "organization.name") : NULL;
      if (name == NULL || name[0] == '\0'
          || !relais_chatonsinfos_has_class (organization->properties, "organization")
          || !g_hash_table_add (used, organization))
        {
          g_debug ("Left aside: %s", (const char *) g_ptr_array_index (subs, i));
          skipped++;
          continue;
        }

      directory = g_path_get_dirname (organization->path);
      service_subs = relais_chatonsinfos_get_subs (organization->properties, NULL);
      for (guint j = 0; j < service_subs->len; j++)
        {
          LocalFile *service = local_index_find (&index, g_ptr_array_index (service_subs, j), directory);

          /* Each file once: organisations that all point at the same
           * services would otherwise multiply them (N × M). */
          if (service != NULL && service->properties != NULL
              && relais_chatonsinfos_has_class (service->properties, "service")
              && g_hash_table_add (used, service))
            g_ptr_array_add (services, service->properties);
        }

      relais_hosters_add (hosters, organization->properties, source_of (organization), services);
    }
  local_index_clear (&index);

  if (relais_hosters_get_size (hosters) == 0)
    {
      g_set_error (error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_NO_HOSTER,
                   _("Not one hoster could be read from the CHATONS files."));
      return NULL;
    }

  if (n_hosters != NULL)
    *n_hosters = relais_hosters_get_size (hosters);
  if (n_skipped != NULL)
    *n_skipped = skipped;
  json = relais_hosters_to_json (hosters, length);
  return json;
}

char *
relais_chatonsinfos_import_files (const char          *federation_path,
                                  const char * const  *paths,
                                  const char          *today,
                                  gsize               *length,
                                  guint               *n_hosters,
                                  guint               *n_skipped,
                                  GError             **error)
{
  return import_files_full (federation_path, paths, today, NULL, NULL, length, n_hosters, n_skipped, error);
}

static gint
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * relais_chatonsinfos_import_directory:
 * @directory: a folder of ChatonsInfos files ("*.properties")
 * @federation_name: the name of the federation file in it
 *
 * relais_chatonsinfos_import_files() with every ".properties" file of
 * @directory.
 */
static char *
import_directory_full (const char      *directory,
                       const char      *federation_name,
                       const char      *today,
                       GCancellable    *cancellable,
                       ImportProgress  *progress,
                       gsize           *length,
                       guint           *n_hosters,
                       guint           *n_skipped,
                       GError         **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *federation_path = NULL;
  const char *name;

  dir = g_dir_open (directory, 0, error);
  if (dir == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".properties") && !g_str_equal (name, federation_name))
      {
        if (paths->len >= RELAIS_CHATONSINFOS_MAX_FILES)
          {
            g_set_error (error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_TOO_LARGE,
                         _("The folder “%s” holds more than %u CHATONS files, far more than the federation has: nothing was imported."),
                         directory, RELAIS_CHATONSINFOS_MAX_FILES);
            return NULL;
          }
        g_ptr_array_add (paths, g_build_filename (directory, name, NULL));
      }
  g_ptr_array_sort (paths, compare_paths);
  g_ptr_array_add (paths, NULL);

  federation_path = g_build_filename (directory, federation_name, NULL);
  return import_files_full (federation_path, (const char * const *) paths->pdata,
                            today, cancellable, progress, length, n_hosters, n_skipped, error);
}

char *
relais_chatonsinfos_import_directory (const char  *directory,
                                      const char  *federation_name,
                                      const char  *today,
                                      gsize       *length,
                                      guint       *n_hosters,
                                      guint       *n_skipped,
                                      GError     **error)
{
  g_return_val_if_fail (directory != NULL, NULL);
  g_return_val_if_fail (federation_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return import_directory_full (directory, federation_name, today, NULL, NULL,
                                length, n_hosters, n_skipped, error);
}

/* --- The same, in a worker ------------------------------------------------- */

typedef struct
{
  char          *directory;
  char          *federation_name;
  char          *today;
  char          *output_path;
  ImportProgress progress;
  guint          n_hosters;
  guint          n_skipped;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_free (data->directory);
  g_free (data->federation_name);
  g_free (data->today);
  g_free (data->output_path);
  g_free (data);
}

typedef struct
{
  GTask *task;
  guint  done;
  guint  total;
} ProgressStep;

static void
progress_step_free (ProgressStep *step)
{
  g_object_unref (step->task);
  g_free (step);
}

/* In the thread that started the import; never once the import has ended,
 * whose callback may have freed the progress' data. */
static gboolean
progress_step_cb (gpointer user_data)
{
  ProgressStep *step = user_data;
  ImportData *data = g_task_get_task_data (step->task);

  if (!g_task_get_completed (step->task))
    data->progress.progress (step->done, step->total, data->progress.progress_data);
  return G_SOURCE_REMOVE;
}

static void
import_progress (ImportProgress *progress)
{
  ProgressStep *step;

  if (progress == NULL || progress->progress == NULL)
    return;
  progress->done++;
  step = g_new0 (ProgressStep, 1);
  step->task = g_object_ref (progress->task);
  step->done = progress->done;
  step->total = progress->total;
  g_main_context_invoke_full (g_task_get_context (progress->task), G_PRIORITY_DEFAULT,
                              progress_step_cb, step, (GDestroyNotify) progress_step_free);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  gsize length = 0;

  json = import_directory_full (data->directory, data->federation_name, data->today, cancellable,
                                &data->progress, &length, &data->n_hosters, &data->n_skipped, &error);
  /* The last moment to give up: once written, the new list is the list. */
  if (json != NULL)
    g_cancellable_set_error_if_cancelled (cancellable, &error);
  if (error == NULL)
    relais_chatonsinfos_write_hosters (data->output_path, json, length, &error);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * relais_chatonsinfos_import_directory_async:
 * @output_path: where to write the hosters file, as
 *   relais_chatonsinfos_write_hosters() does
 * @progress: (nullable): called, with @user_data, in the thread-default main
 *   context of the caller, after each file
 *
 * relais_chatonsinfos_import_directory() and the writing of its result, in a
 * worker: a folder may hold two thousand files, on a slow disk. Cancelled, or
 * failed, it writes nothing and the previous file stays as it was.
 */
void
relais_chatonsinfos_import_directory_async (const char                 *directory,
                                            const char                 *federation_name,
                                            const char                 *today,
                                            const char                 *output_path,
                                            GCancellable               *cancellable,
                                            RelaisChatonsinfosProgress  progress,
                                            GAsyncReadyCallback         callback,
                                            gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;

  g_return_if_fail (directory != NULL);
  g_return_if_fail (federation_name != NULL);
  g_return_if_fail (today == NULL || relais_chatonsinfos_is_date (today));
  g_return_if_fail (output_path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, relais_chatonsinfos_import_directory_async);
  /* Written is written: a cancel that comes too late must not say otherwise. */
  g_task_set_check_cancellable (task, FALSE);
  data = g_new0 (ImportData, 1);
  data->directory = g_strdup (directory);
  data->federation_name = g_strdup (federation_name);
  data->today = g_strdup (today);
  data->output_path = g_strdup (output_path);
  data->progress.task = task;
  data->progress.progress = progress;
  data->progress.progress_data = user_data;
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * relais_chatonsinfos_import_directory_finish:
 *
 * Returns: %TRUE when the hosters file was written; %FALSE with @error set
 *   (%G_IO_ERROR_CANCELLED when cancelled) when it was left as it was.
 */
gboolean
relais_chatonsinfos_import_directory_finish (GAsyncResult  *result,
                                             guint         *n_hosters,
                                             guint         *n_skipped,
                                             GError       **error)
{
  ImportData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  data = g_task_get_task_data (G_TASK (result));
  if (n_hosters != NULL)
    *n_hosters = data->n_hosters;
  if (n_skipped != NULL)
    *n_skipped = data->n_skipped;
  return TRUE;
}


/* --- Writing --------------------------------------------------------------- */

/**
 * relais_chatonsinfos_default_output_path:
 *
 * Returns: (transfer full): where Relais keeps the hosters it refreshed:
 *   $XDG_DATA_HOME/relais/directory/hosters.json
 */
char *
relais_chatonsinfos_default_output_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "relais", "directory", "hosters.json", NULL);
}

/**
 * relais_chatonsinfos_write_hosters:
 *
 * Writes the hosters file atomically (a temporary file, synced, renamed), its
 * folder created if need be: whatever happens, the previous file stays whole,
 * and stays beside the new one as "hosters.json~". Text that is not UTF-8 is
 * never written: the next start would set the file aside.
 */
gboolean
relais_chatonsinfos_write_hosters (const char  *path,
                                   const char  *json,
                                   gsize        length,
                                   GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GBytes) previous = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_utf8_validate (json, (gssize) length, NULL))
    {
      g_set_error_literal (error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_NO_HOSTER,
                           _("The list of hosters could not be saved: its text is damaged. The previous list is kept."));
      return FALSE;
    }

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The list of hosters could not be saved: the folder “%s” could not be created (%s)."),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  previous = relais_file_read_path (path, RELAIS_FILE_DATA_MAX_SIZE, NULL, NULL, NULL);
  backup = g_strconcat (path, "~", NULL);
  if ((previous != NULL &&
       !g_file_set_contents_full (backup, g_bytes_get_data (previous, NULL), g_bytes_get_size (previous),
                                  G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                  0644, &local_error)) ||
      !g_file_set_contents_full (path, json, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0644, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("The list of hosters could not be saved: %s. The previous list is kept."),
                   local_error->message);
      return FALSE;
    }

  return TRUE;
}
