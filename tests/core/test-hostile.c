/* test-hostile.c — files Relais did not write and a disk that changes under
 * it: nothing crashes, hangs or is lost (issue 14)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "relais-directory.h"
#include "relais-places.h"
#include "relais-profile-store.h"
#include "relais-test-utils.h"

typedef struct
{
  char  *base;
  char  *path;
  GFile *directory;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->base = g_dir_make_tmp ("relais-hostile-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->base, "relais", "profiles", NULL);
  fixture->directory = g_file_new_for_path (fixture->path);
  g_assert_cmpint (g_mkdir_with_parents (fixture->path, 0700), ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) top = g_file_new_for_path (fixture->base);

  relais_test_remove_tree (top);
  g_clear_object (&fixture->directory);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->base, g_free);
}

static char *
read_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return contents;
}

static gboolean
exists_in (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
make_fifo (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
}

/* A profile nested deep enough to overflow json-glib 1.6's recursive parser:
 * the note of a tool holds 200 KB of "[". */
static char *
deep_profile (const char *id)
{
  g_autofree char *deep = g_strnfill (200 * 1024, '[');

  return g_strdup_printf ("{\"format\": \"fr.artifaille.Relais.Profile\", \"version\": 1, \"id\": \"%s\", \"name\": \"Deep\", \"x\": %s", id, deep);
}

static void
list_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GPtrArray *
list_and_wait (RelaisProfileStore *store)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *failures = NULL;

  relais_profile_store_list_async (store, NULL, list_done_cb, &result);
  relais_test_wait_until (result != NULL);
  g_assert_true (relais_profile_store_list_finish (store, result, &failures, &error));
  g_assert_no_error (error);
  return failures;
}

static gboolean
has_file_starting (const char *dir,
                   const char *prefix)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return TRUE;
  return FALSE;
}

/* --- Too deep ------------------------------------------------------------ */

static void
test_deep_profile_at_start (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GPtrArray) failures = NULL;
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *name = g_strconcat (id, ".json", NULL);
  g_autofree char *deep = deep_profile (id);
  g_autoptr(GError) error = NULL;

  write_file (fixture->path, name, deep);

  /* Opened at once, as the last profile is at start-up: an error, no crash. */
  g_assert_null (relais_profile_store_open (store, id, &error));
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_JSON);

  /* Listed: reported, set aside whole. */
  failures = list_and_wait (store);
  g_assert_cmpuint (failures->len, ==, 1);
  g_assert_cmpuint (relais_profile_store_get_damaged (store)->len, ==, 1);
  g_assert_false (exists_in (fixture->path, name));
  g_assert_true (has_file_starting (fixture->path, name));
}

static void
test_deep_import (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *deep = deep_profile (id);
  g_autoptr(GFile) source = g_file_new_build_filename (fixture->base, "deep.relais", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  write_file (fixture->base, "deep.relais", deep);
  g_assert_null (relais_profile_store_import (store, source, TRUE, &error));
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_JSON);
  after = read_file (fixture->base, "deep.relais");
  g_assert_cmpstr (after, ==, deep);
}

static void
test_deep_data_files (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *deep = g_strnfill (200 * 1024, '[');
  g_autofree char *row = g_strdup_printf ("[{\"nom\": \"Lieu\", \"adresse\": %s", deep);
  g_autofree char *places_path = g_build_filename (fixture->base, "places.json", NULL);
  g_autofree char *hosters_path = g_build_filename (fixture->base, "hosters.json", NULL);
  g_autofree char *output = g_build_filename (fixture->base, "imported.json", NULL);
  g_autoptr(GFile) places_file = g_file_new_for_path (places_path);
  g_autoptr(GFile) row_file = g_file_new_build_filename (fixture->base, "row.json", NULL);
  g_autoptr(RelaisDirectory) directory = NULL;
  g_autofree char *warning = NULL;
  g_autoptr(GError) error = NULL;

  /* places.json in the data folder, and as a file to import. */
  write_file (fixture->base, "places.json", deep);
  g_assert_null (relais_places_load_file (places_file, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (relais_places_import_file (places_file, output, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Nesting inside one row of an import. */
  write_file (fixture->base, "row.json", row);
  g_assert_false (relais_places_import_file (row_file, output, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  /* hosters.json from a refresh: not used, set aside, the shipped ones kept. */
  write_file (fixture->base, "hosters.json", deep);
  directory = relais_directory_load_default (NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (relais_directory_use_refreshed_hosters (directory, hosters_path, &warning));
  g_assert_nonnull (warning);
  g_assert_false (g_file_test (hosters_path, G_FILE_TEST_EXISTS));
  g_assert_true (has_file_starting (fixture->base, "hosters.json.damaged-"));
  g_assert_cmpuint (relais_directory_get_hosters (directory)->len, >, 0);
}

static void
test_places_csv_bounded (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("nom,commune,code_postal,adresse");
  g_autoptr(GFile) input = g_file_new_build_filename (fixture->base, "wide.csv", NULL);
  g_autofree char *output = g_build_filename (fixture->base, "places.json", NULL);
  g_autofree char *commas = g_strnfill (5 * 1024 * 1024, ',');
  g_autoptr(GError) error = NULL;
  RelaisPlacesImportReport *report = NULL;
  gint64 start;

  /* 100,000 columns: read no further than the limit, and said. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (csv, ",c%u", i);
  g_string_append (csv, "\nLieu,Caen,14000,1 rue\n");
  write_file (fixture->base, "wide.csv", csv->str);
  start = g_get_monotonic_time ();
  g_assert_false (relais_places_import_file (input, output, &report, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_pointer (&report, relais_places_import_report_free);
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  /* 5 MB of commas after a good header. */
  g_string_assign (csv, "nom,commune,code_postal,adresse\n");
  g_string_append (csv, commas);
  write_file (fixture->base, "wide.csv", csv->str);
  g_assert_false (relais_places_import_file (input, output, &report, &error));
  g_assert_nonnull (error);
  g_test_message ("both imports took %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->rejected->len, ==, 1);
  g_assert_nonnull (strstr (((RelaisPlacesRejection *) g_ptr_array_index (report->rejected, 0))->reason,
                            "the rest was not read"));
  relais_places_import_report_free (report);
}

/* --- Never write what the reader would refuse --------------------------- */

/* A valid profile with @extra (a JSON member, or several) added at its end. */
static char *
profile_with (const char *extra)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("With extras");
  g_autofree char *data = relais_profile_to_data (profile, NULL);
  char *end = strrchr (data, '}');

  *end = '\0';
  return g_strdup_printf ("%s, %s}", data, extra);
}

static void
test_unknown_members_bounded (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GString) nested = g_string_new ("\"later\": ");
  g_autoptr(GString) many = g_string_new (NULL);
  g_autoptr(GFile) source = g_file_new_build_filename (fixture->base, "given.relais", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *written = NULL;
  g_autofree char *deep = NULL;
  g_autofree char *too_deep = NULL;
  g_autofree char *closing = g_strnfill (2000, ']');
  g_autoptr(RelaisProfile) again = NULL;
  RelaisProfile *imported;
  gsize length;

  /* 60 levels with a long list at the bottom: pretty-printed, every element
   * would be a line indented by 120 spaces. */
  for (guint i = 0; i < 60; i++)
    g_string_append_c (nested, '[');
  for (guint i = 0; i < 20000; i++)
    g_string_append (nested, i == 0 ? "1" : ",1");
  for (guint i = 0; i < 60; i++)
    g_string_append_c (nested, ']');
  text = profile_with (nested->str);
  write_file (fixture->base, "given.relais", text);

  imported = relais_profile_store_import (store, source, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (imported);
  written = relais_profile_to_data (imported, &length);
  g_assert_cmpuint (length, <, strlen (text) + 4096);
  g_assert_nonnull (strstr (written, "[[[[[[1,1,1"));
  again = relais_profile_new_from_data (written, (gssize) length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);

  /* 2,000 levels (4 KB in, 8 MB out before): refused at the door. */
  deep = g_strnfill (2000, '[');
  g_string_assign (nested, "\"later\": ");
  g_string_append (nested, deep);
  g_string_append (nested, closing);
  too_deep = profile_with (nested->str);
  write_file (fixture->base, "given.relais", too_deep);
  g_assert_null (relais_profile_store_import (store, source, TRUE, &error));
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_JSON);
  g_clear_error (&error);

  /* Thousands of unknown members: a bounded number kept. */
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (many, "%s\"m%u\": %u", i == 0 ? "" : ", ", i, i);
  g_clear_pointer (&text, g_free);
  text = profile_with (many->str);
  g_clear_object (&again);
  again = relais_profile_new_from_data (text, -1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&written, g_free);
  written = relais_profile_to_data (again, &length);
  g_assert_nonnull (strstr (written, "\"m0\""));
  g_assert_null (strstr (written, "\"m4999\""));
}

static void
test_nul_and_huge_version (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Les Jardins");
  g_autofree char *good = relais_profile_to_data (profile, NULL);
  g_autoptr(GString) text = g_string_new (good);
  g_autoptr(GString) escaped = g_string_new (good);
  g_autoptr(GString) newer = g_string_new (good);
  g_autoptr(RelaisProfile) read = NULL;
  g_autoptr(GError) error = NULL;

  /* "Les\u0000 Jardins" was read as "Les", and written back so. */
  g_string_replace (text, "\"Les Jardins\"", "\"Les\\u0000 Jardins\"", 1);
  g_assert_null (relais_profile_new_from_data (text->str, -1, &error));
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  /* An escaped backslash before "u0000" is text, not a NUL. */
  g_string_replace (escaped, "\"Les Jardins\"", "\"Les\\\\u0000 Jardins\"", 1);
  read = relais_profile_new_from_data (escaped->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relais_profile_get_name (read), ==, "Les\\u0000 Jardins");
  g_clear_object (&read);

  /* A version too large for 64 bits is newer, not damaged. */
  g_string_replace (newer, "\"version\" : 3", "\"version\" : 99999999999999999999", 1);
  g_assert_nonnull (strstr (newer->str, "99999999999999999999"));
  g_assert_null (relais_profile_new_from_data (newer->str, -1, &error));
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NEWER_VERSION);
}

/* --- FIFOs: every loader returns, promptly ------------------------------- */

typedef struct
{
  RelaisProfileStore *store;
  GFile              *file;
  const char         *id;
  RelaisProfile      *profile;
  GError             *error;
  gint                done;
} Loading;

static gpointer
load_thread (gpointer data)
{
  Loading *loading = data;

  if (loading->id != NULL)
    loading->profile = relais_profile_store_open (loading->store, loading->id, &loading->error);
  else
    loading->profile = relais_profile_store_import (loading->store, loading->file, TRUE, &loading->error);
  g_atomic_int_set (&loading->done, 1);
  return NULL;
}

static void
test_fifo_profile_and_import (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *name = g_strconcat (id, ".json", NULL);
  g_autoptr(GFile) relais = g_file_new_build_filename (fixture->base, "given.relais", NULL);
  Loading last = { store, NULL, id, NULL, NULL, 0 };
  Loading import = { store, relais, NULL, NULL, NULL, 0 };
  GThread *thread;

  /* The last profile opened at start-up, on the main thread in Relais. */
  make_fifo (fixture->path, name);
  thread = g_thread_new ("open", load_thread, &last);
  relais_test_wait_until (g_atomic_int_get (&last.done));
  g_thread_join (thread);
  g_assert_null (last.profile);
  g_assert_error (last.error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_A_PROFILE);
  g_clear_error (&last.error);

  make_fifo (fixture->base, "given.relais");
  thread = g_thread_new ("import", load_thread, &import);
  relais_test_wait_until (g_atomic_int_get (&import.done));
  g_thread_join (thread);
  g_assert_null (import.profile);
  g_assert_error (import.error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_A_PROFILE);
  g_clear_error (&import.error);
}

static void
test_fifo_backup (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GPtrArray) failures = NULL;

  /* A damaged profile whose "~" backup is a FIFO: the listing (which looks
   * at the backup to offer it) still ends. */
  write_file (fixture->path, "broken.json", "{ \"format\": ");
  make_fifo (fixture->path, "broken.json~");
  failures = list_and_wait (store);
  g_assert_cmpuint (failures->len, ==, 1);
  g_assert_cmpuint (relais_profile_store_get_damaged (store)->len, ==, 1);
  g_assert_null (((RelaisDamagedProfile *) g_ptr_array_index (relais_profile_store_get_damaged (store), 0))->backup);
}

/* --- A disk that changes under Relais ------------------------------------ */

static void
changed_elsewhere_cb (RelaisProfileStore *store,
                      RelaisProfile      *profile,
                      const GError       *error,
                      gpointer            user_data)
{
  GError **out = user_data;

  g_clear_error (out);
  *out = g_error_copy (error);
}

static void
test_changed_elsewhere_merged (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GError) said = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *ours = NULL;
  g_autofree char *original = NULL;
  g_autoptr(GString) theirs = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *entry;
  RelaisProfile *profile;

  g_signal_connect (store, "changed-elsewhere", G_CALLBACK (changed_elsewhere_cb), &said);
  profile = relais_test_add_profile (store, "Ours");
  name = g_strconcat (relais_profile_get_id (profile), ".json", NULL);

  /* A sync client replaces the file: temporary file, then rename. */
  original = read_file (fixture->path, name);
  theirs = g_string_new (original);
  g_string_replace (theirs, "\"Ours\"", "\"Theirs, from the laptop\"", 1);
  write_file (fixture->path, "sync.tmp", theirs->str);
  tmp = g_build_filename (fixture->path, "sync.tmp", NULL);
  target = g_build_filename (fixture->path, name, NULL);
  g_assert_cmpint (g_rename (tmp, target), ==, 0);

  relais_profile_set_name (profile, "Ours, renamed");
  g_assert_true (relais_profile_store_save (store, profile, &error));
  g_assert_no_error (error);

  /* Merged and said: ours is the later change of the name, theirs is
   * kept in the profile and, whole, in the backups. */
  g_assert_nonnull (said);
  g_assert_nonnull (strstr (said->message, "later change was kept"));
  ours = read_file (fixture->path, name);
  g_assert_nonnull (strstr (ours, "Ours, renamed"));
  g_assert_nonnull (strstr (ours, "\"overwritten\""));
  g_assert_nonnull (strstr (ours, "Theirs, from the laptop"));
  {
    g_autofree char *backup_name = g_strconcat (name, "~", NULL);
    g_autofree char *backup = read_file (fixture->path, backup_name);

    g_assert_cmpstr (backup, ==, theirs->str);
  }

  /* Saving again over our own version says nothing. */
  g_clear_error (&said);
  relais_profile_set_name (profile, "Ours, again");
  g_assert_true (relais_profile_store_save (store, profile, &error));
  g_assert_null (said);

  /* Replaced by a file too large to read: moved aside whole, not lost. */
  {
    g_autofree char *huge = g_strnfill (RELAIS_PROFILE_MAX_SIZE + 1, ' ');
    GStatBuf st;
    guint n_large = 0;

    write_file (fixture->path, name, huge);
    relais_profile_set_name (profile, "Ours, once more");
    g_assert_true (relais_profile_store_save (store, profile, &error));
    g_assert_nonnull (said);
    g_clear_pointer (&listing, g_dir_close);
    listing = g_dir_open (fixture->path, 0, NULL);
    while ((entry = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *path = g_build_filename (fixture->path, entry, NULL);

        if (strstr (entry, ".changed-elsewhere-") != NULL && g_stat (path, &st) == 0 &&
            st.st_size == RELAIS_PROFILE_MAX_SIZE + 1)
          n_large++;
      }
    g_assert_cmpuint (n_large, ==, 1);
  }
}

static void
test_several_backups (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  RelaisProfile *profile;
  const char *names[] = { "Version 2", "Version 3", "Version 4", "Version 5" };
  const char *backups[] = { "~", "~2", "~3" };

  profile = relais_test_add_profile (store, "Version 1");
  name = g_strconcat (relais_profile_get_id (profile), ".json", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      relais_profile_set_name (profile, names[i]);
      g_assert_true (relais_profile_store_save (store, profile, &error));
      g_assert_no_error (error);
    }

  /* The last three versions before this one, newest first. */
  for (guint i = 0; i < G_N_ELEMENTS (backups); i++)
    {
      g_autofree char *backup_name = g_strconcat (name, backups[i], NULL);
      g_autofree char *backup = read_file (fixture->path, backup_name);
      g_autofree char *expected = g_strdup_printf ("\"Version %u\"", 4 - i);

      g_assert_nonnull (backup);
      g_assert_nonnull (strstr (backup, expected));
    }
}

static void
test_symlink_written_through (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(RelaisProfileStore) reopened = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *link_path = NULL;
  g_autofree char *synced_dir = g_build_filename (fixture->base, "Nextcloud", NULL);
  g_autofree char *synced_path = NULL;
  g_autofree char *synced = NULL;
  g_autofree char *contents = NULL;
  RelaisProfile *profile;
  GStatBuf st;

  profile = relais_test_add_profile (store, "Synced");
  name = g_strconcat (relais_profile_get_id (profile), ".json", NULL);
  link_path = g_build_filename (fixture->path, name, NULL);
  synced_path = g_build_filename (synced_dir, name, NULL);

  /* The user moves the file into a synced folder and leaves a link. */
  g_assert_cmpint (g_mkdir_with_parents (synced_dir, 0700), ==, 0);
  contents = read_file (fixture->path, name);
  write_file (synced_dir, name, contents);
  g_assert_cmpint (g_unlink (link_path), ==, 0);
  g_assert_cmpint (symlink (synced_path, link_path), ==, 0);

  reopened = relais_profile_store_new (fixture->directory);
  failures = list_and_wait (reopened);
  g_assert_cmpuint (failures->len, ==, 0);
  profile = relais_profile_store_lookup (reopened, relais_profile_get_id (profile));
  g_assert_nonnull (profile);
  relais_profile_set_name (profile, "Synced, changed");
  g_assert_true (relais_profile_store_save (reopened, profile, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_lstat (link_path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  synced = read_file (synced_dir, name);
  g_assert_nonnull (strstr (synced, "Synced, changed"));
}

/* --- Permissions ---------------------------------------------------------- */

static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *deleted_dir = g_build_filename (fixture->base, "relais", "deleted", NULL);
  g_autofree char *exported_path = g_build_filename (fixture->base, "given.relais", NULL);
  g_autoptr(GFile) exported = g_file_new_for_path (exported_path);
  g_autofree char *id = NULL;
  RelaisProfile *profile;
  GStatBuf st;

  profile = relais_test_add_profile (store, "Private");
  id = g_strdup (relais_profile_get_id (profile));
  name = g_strconcat (id, ".json", NULL);
  backup = g_strconcat (name, "~", NULL);
  relais_profile_set_name (profile, "Private notes");
  g_assert_true (relais_profile_store_save (store, profile, &error));
  g_assert_true (exists_in (fixture->path, backup));

  /* Exported: only the user may read it, even over a file readable by all. */
  write_file (fixture->base, "given.relais", "old");
  g_assert_cmpint (g_chmod (exported_path, 0644), ==, 0);
  g_assert_true (relais_profile_store_export (store, profile, exported, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (exported_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Deleted: the folder is private, even one an older version made 0755,
   * and the backup goes with the profile, and comes back with it. */
  g_assert_cmpint (g_mkdir_with_parents (deleted_dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (deleted_dir, 0755), ==, 0);
  g_assert_true (relais_profile_store_delete (store, profile, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (deleted_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_false (exists_in (fixture->path, backup));
  g_assert_true (exists_in (deleted_dir, backup));

  g_assert_nonnull (relais_profile_store_undelete (store, id, &error));
  g_assert_no_error (error);
  g_assert_true (exists_in (fixture->path, backup));
  g_assert_false (exists_in (deleted_dir, backup));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/hostile/deep/profile-at-start", test_deep_profile_at_start);
  ADD ("/hostile/deep/import", test_deep_import);
  ADD ("/hostile/deep/data-files", test_deep_data_files);
  ADD ("/hostile/places-csv-bounded", test_places_csv_bounded);
  ADD ("/hostile/write/unknown-members-bounded", test_unknown_members_bounded);
  ADD ("/hostile/nul-and-huge-version", test_nul_and_huge_version);
  ADD ("/hostile/fifo/profile-and-import", test_fifo_profile_and_import);
  ADD ("/hostile/fifo/backup", test_fifo_backup);
  ADD ("/hostile/disk/changed-elsewhere-merged", test_changed_elsewhere_merged);
  ADD ("/hostile/disk/several-backups", test_several_backups);
  ADD ("/hostile/disk/symlink-written-through", test_symlink_written_through);
  ADD ("/hostile/permissions", test_permissions);
#undef ADD

  return g_test_run ();
}
