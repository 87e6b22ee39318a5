/* test-profile-store-folders.c — profiles in folders a team syncs: listed,
 * watched, shared, forgotten, remembered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "relais-profile-store-folders.h"
#include "relais-test-utils.h"

typedef struct
{
  char               *base;
  GFile              *directory;
  GFile              *shared;
  RelaisProfileStore *store;
  char               *removed;   /* the name "removed-elsewhere" gave */
  guint               n_unreadable;
  char               *unreadable; /* the message "unreadable-elsewhere" gave last */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->base = g_dir_make_tmp ("relais-folders-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->directory = g_file_new_build_filename (fixture->base, "relais", "profiles", NULL);
  fixture->shared = g_file_new_build_filename (fixture->base, "Nextcloud", "Association", NULL);
  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (fixture->shared), 0700), ==, 0);
  fixture->store = relais_profile_store_new (fixture->directory);
  relais_profile_store_set_save_delay (fixture->store, 10);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) base = g_file_new_for_path (fixture->base);

  g_clear_object (&fixture->store);
  g_clear_object (&fixture->directory);
  g_clear_object (&fixture->shared);
  relais_test_remove_tree (base);
  g_clear_pointer (&fixture->base, g_free);
  g_clear_pointer (&fixture->removed, g_free);
  g_clear_pointer (&fixture->unreadable, g_free);
}

/* A profile written into the shared folder as another member's Relais
 * would: the file only, never through this store. */
static RelaisProfile *
write_elsewhere (GFile      *folder,
                 const char *name)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new (name);
  g_autofree char *basename = g_strconcat (relais_profile_get_id (profile), ".json", NULL);
  g_autofree char *path = g_build_filename (g_file_peek_path (folder), basename, NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  data = relais_profile_to_data (profile, &length);
  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&profile);
}

/* Another member's Relais, on the same shared folder: its saves carry what
 * a merge needs (the dates of the changes, the version they come from). */
static RelaisProfileStore *
other_member (Fixture *fixture)
{
  g_autoptr(GFile) directory = g_file_new_build_filename (fixture->base, "other", "relais", "profiles", NULL);
  RelaisProfileStore *other = relais_profile_store_new (directory);

  g_assert_true (relais_profile_store_add_folder (other, fixture->shared, NULL));
  return other;
}

static void
rename_elsewhere (RelaisProfileStore *other,
                  RelaisProfile      *profile,
                  const char         *name)
{
  RelaisProfile *theirs = relais_profile_store_lookup (other, relais_profile_get_id (profile));
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (theirs);
  relais_profile_set_name (theirs, name);
  g_assert_true (relais_profile_store_flush (other, &error));
  g_assert_no_error (error);
}

static guint
n_profiles (RelaisProfileStore *store)
{
  return g_list_model_get_n_items (relais_profile_store_get_profiles (store));
}

static void
removed_cb (RelaisProfileStore *store,
            const char         *name,
            Fixture            *fixture)
{
  g_free (fixture->removed);
  fixture->removed = g_strdup (name);
}

static void
test_listed (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(RelaisProfile) theirs = write_elsewhere (fixture->shared, "Jardins partagés");
  g_autoptr(RelaisProfile) mine = relais_profile_new ("Ressourcerie");
  g_autoptr(GError) error = NULL;
  g_autofree char *conflict = NULL;
  g_autoptr(GDateTime) changed = NULL;
  g_autofree char *by = NULL;
  RelaisProfile *listed;

  g_assert_true (relais_profile_store_add (fixture->store, mine, &error));
  g_assert_no_error (error);

  /* A sync client's conflict copy is no profile of its own. */
  conflict = g_strdup_printf ("%s/%s.sync-conflict-20261206-101010-ABCDEFG.json",
                              g_file_peek_path (fixture->shared), relais_profile_get_id (theirs));
  g_assert_true (g_file_set_contents (conflict, "{}", -1, NULL));

  g_assert_true (relais_profile_store_add_folder (fixture->store, fixture->shared, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_profiles (fixture->store), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_folders (fixture->store)), ==, 1);

  listed = relais_profile_store_lookup (fixture->store, relais_profile_get_id (theirs));
  g_assert_nonnull (listed);
  g_assert_cmpstr (relais_profile_get_name (listed), ==, "Jardins partagés");
  g_assert_true (g_file_equal (relais_profile_store_get_shared_folder (fixture->store, listed), fixture->shared));
  g_assert_null (relais_profile_store_get_shared_folder (fixture->store, mine));
  relais_profile_store_get_last_change (fixture->store, listed, &changed, &by);
  g_assert_nonnull (changed);
  g_assert_null (by);

  /* Adding it again reads it again, and lists nothing twice. */
  g_assert_true (relais_profile_store_add_folder (fixture->store, fixture->shared, &error));
  g_assert_cmpuint (n_profiles (fixture->store), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_folders (fixture->store)), ==, 1);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GFile) missing = g_file_get_child (fixture->shared, "nowhere");
  g_autoptr(GError) error = NULL;

  g_assert_false (relais_profile_store_add_folder (fixture->store, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (fixture->directory), 0700), ==, 0);
  g_assert_false (relais_profile_store_add_folder (fixture->store, fixture->directory, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_folders (fixture->store)), ==, 0);
}

/* What another member does reaches this one through the folder: by the
 * monitor, or by the poll where no monitor reports (@data says which). */
static void
test_outside_changes (Fixture       *fixture,
                      gconstpointer  data)
{
  gboolean poll = GPOINTER_TO_INT (data);
  g_autoptr(RelaisProfile) first = write_elsewhere (fixture->shared, "Jardins partagés");
  g_autoptr(RelaisProfile) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_strconcat (relais_profile_get_id (first), ".json", NULL);
  g_autofree char *path = g_build_filename (g_file_peek_path (fixture->shared), basename, NULL);

  g_signal_connect (fixture->store, "removed-elsewhere", G_CALLBACK (removed_cb), fixture);
  if (poll)
    relais_profile_store_set_folder_poll (fixture->store, 100, TRUE);
  g_assert_true (relais_profile_store_add_folder (fixture->store, fixture->shared, &error));
  g_assert_cmpuint (n_profiles (fixture->store), ==, 1);

  /* Another member renames it: merged into the profile listed. */
  {
    RelaisProfile *listed = relais_profile_store_lookup (fixture->store, relais_profile_get_id (first));
    g_autoptr(RelaisProfileStore) other = other_member (fixture);

    rename_elsewhere (other, first, "Jardins du Bourg");
    relais_test_wait_until (g_str_equal (relais_profile_get_name (listed), "Jardins du Bourg"));
  }

  second = write_elsewhere (fixture->shared, "Atelier vélo");
  relais_test_wait_until (relais_profile_store_lookup (fixture->store, relais_profile_get_id (second)) != NULL);
  g_assert_cmpuint (n_profiles (fixture->store), ==, 2);

  g_assert_cmpint (g_unlink (path), ==, 0);
  relais_test_wait_until (relais_profile_store_lookup (fixture->store, relais_profile_get_id (first)) == NULL);
  g_assert_cmpstr (fixture->removed, ==, "Jardins du Bourg");
  g_assert_cmpuint (n_profiles (fixture->store), ==, 1);
}

static void
unreadable_cb (RelaisProfileStore *store,
               GFile              *file,
               const GError       *error,
               Fixture            *fixture)
{
  g_autofree char *basename = g_file_get_basename (file);

  fixture->n_unreadable++;
  g_free (fixture->unreadable);
  fixture->unreadable = g_strdup_printf ("%s | %s", basename, error->message);
}

/* A teammate's file that cannot be read is said once for each version of
 * it, left as it is, and listed once mended (by the poll here, as where no
 * monitor reports). */
static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(RelaisProfile) good = relais_profile_new ("Atelier vélo");
  g_autofree char *path = g_build_filename (g_file_peek_path (fixture->shared),
                                            "8c1f5a0e-7d3b-4c2a-9e6f-1b2c3d4e5f60.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *mended = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  guint before;

  g_assert_true (g_file_set_contents (path, "{ \"format\": \"fr.artifaille.Relais.Profile\", \"na", -1, NULL));
  g_signal_connect (fixture->store, "unreadable-elsewhere", G_CALLBACK (unreadable_cb), fixture);
  relais_profile_store_set_folder_poll (fixture->store, 100, TRUE);
  g_assert_true (relais_profile_store_add_folder (fixture->store, fixture->shared, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (fixture->n_unreadable, ==, 1);
  g_assert_nonnull (strstr (fixture->unreadable, "8c1f5a0e-7d3b-4c2a-9e6f-1b2c3d4e5f60.json | "));
  g_assert_nonnull (strstr (fixture->unreadable, "It is left as it is in “Association”"));
  g_assert_cmpuint (n_profiles (fixture->store), ==, 0);
  /* Also for a window that opens later. */
  {
    g_autoptr(GPtrArray) said = relais_profile_store_dup_unreadable (fixture->store);

    g_assert_cmpuint (said->len, ==, 1);
    g_assert_true (g_str_has_suffix (fixture->unreadable, ((GError *) g_ptr_array_index (said, 0))->message));
  }

  /* Read again at each change, said no more while it is the same file. */
  g_object_unref (write_elsewhere (fixture->shared, "Jardins partagés"));
  relais_test_wait_until (n_profiles (fixture->store) == 1);
  g_assert_cmpuint (fixture->n_unreadable, ==, 1);

  /* Another damaged version: said again; the file is never touched. */
  g_assert_true (g_file_set_contents (path, "[1, 2", -1, NULL));
  before = fixture->n_unreadable;
  relais_test_wait_until (fixture->n_unreadable > before);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "[1, 2");

  /* Mended: listed. */
  mended = relais_profile_to_data (good, &length);
  g_assert_true (g_file_set_contents (path, mended, length, NULL));
  relais_test_wait_until (n_profiles (fixture->store) == 2);
  g_assert_nonnull (relais_profile_store_lookup (fixture->store, relais_profile_get_id (good)));
  {
    g_autoptr(GPtrArray) said = relais_profile_store_dup_unreadable (fixture->store);

    g_assert_cmpuint (said->len, ==, 0);
  }
}

/* A change that arrives while this member edits is merged with the edit,
 * never loaded over it. */
static void
test_merged_while_editing (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(RelaisProfile) theirs = write_elsewhere (fixture->shared, "Jardins partagés");
  g_autofree char *basename = g_strconcat (relais_profile_get_id (theirs), ".json", NULL);
  g_autofree char *path = g_build_filename (g_file_peek_path (fixture->shared), basename, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(RelaisProfileStore) other = NULL;
  g_autoptr(GError) error = NULL;
  RelaisProfile *mine;

  /* Not saved before the other change comes. */
  relais_profile_store_set_save_delay (fixture->store, 60 * 1000);
  g_assert_true (relais_profile_store_add_folder (fixture->store, fixture->shared, &error));
  mine = relais_profile_store_lookup (fixture->store, relais_profile_get_id (theirs));
  relais_profile_set_departement (mine, "61");
  g_assert_true (relais_profile_store_has_unsaved (fixture->store));

  other = other_member (fixture);
  rename_elsewhere (other, theirs, "Jardins du Bourg");

  relais_test_wait_until (g_str_equal (relais_profile_get_name (mine), "Jardins du Bourg"));
  g_assert_cmpstr (relais_profile_get_departement (mine), ==, "61");

  /* And both are what is written. */
  g_assert_true (relais_profile_store_flush (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Jardins du Bourg"));
  g_assert_nonnull (strstr (contents, "\"61\""));
}

static gboolean
exists_in (GFile      *folder,
           const char *basename)
{
  g_autofree char *path = g_build_filename (g_file_peek_path (folder), basename, NULL);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static void
test_share (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(RelaisProfile) mine = relais_profile_new ("Ressourcerie");
  g_autoptr(GFile) backups = relais_profile_store_get_backups_folder (fixture->store);
  g_autofree char *basename = g_strconcat (relais_profile_get_id (mine), ".json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (relais_profile_store_add (fixture->store, mine, &error));
  relais_profile_store_set_author (fixture->store, "Camille");
  relais_profile_set_name (mine, "Typed just before sharing");

  g_assert_true (relais_profile_store_share (fixture->store, mine, fixture->shared, &error));
  g_assert_no_error (error);

  g_assert_true (exists_in (fixture->shared, basename));
  g_assert_false (exists_in (fixture->directory, basename));
  g_assert_cmpuint (relais_test_count_children (backups), ==, 1);
  g_assert_cmpuint (relais_test_count_children (fixture->shared), ==, 1);
  g_assert_true (g_file_equal (relais_profile_store_get_shared_folder (fixture->store, mine), fixture->shared));
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_folders (fixture->store)), ==, 1);
  g_assert_false (relais_profile_store_has_unsaved (fixture->store));

  /* What was typed before went with it. */
  {
    g_autofree char *path = g_build_filename (g_file_peek_path (fixture->shared), basename, NULL);
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "Typed just before sharing"));
  }

  /* Later changes are saved there. */
  relais_profile_set_name (mine, "Typed after sharing");
  g_assert_true (relais_profile_store_flush (fixture->store, &error));
  {
    g_autofree char *path = g_build_filename (g_file_peek_path (fixture->shared), basename, NULL);
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "Typed after sharing"));
  }
  g_assert_false (exists_in (fixture->directory, basename));

  /* The version replaced is kept on this computer, not in the team's folder. */
  {
    g_autofree char *backup = g_strconcat (basename, "~", NULL);

    g_assert_true (exists_in (backups, backup));
    g_assert_false (exists_in (fixture->shared, backup));
  }

  /* Who changed it last, for the list of profiles. */
  {
    g_autoptr(GDateTime) when = NULL;
    g_autofree char *by = NULL;

    relais_profile_store_get_last_change (fixture->store, mine, &when, &by);
    g_assert_nonnull (when);
    g_assert_cmpstr (by, ==, "Camille");
  }
}

static void
test_share_refuses_theirs (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(RelaisProfile) mine = relais_profile_new ("Ressourcerie");
  g_autofree char *basename = g_strconcat (relais_profile_get_id (mine), ".json", NULL);
  g_autofree char *path = g_build_filename (g_file_peek_path (fixture->shared), basename, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (relais_profile_store_add (fixture->store, mine, &error));
  g_assert_true (g_file_set_contents (path, "theirs", -1, NULL));

  g_assert_false (relais_profile_store_share (fixture->store, mine, fixture->shared, &error));
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_ALREADY_THERE);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "theirs");
  g_assert_true (exists_in (fixture->directory, basename));
}

static void
test_remove_folder (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RelaisProfile) theirs = write_elsewhere (fixture->shared, "Jardins partagés");
  g_autoptr(GError) error = NULL;

  g_assert_true (relais_profile_store_add_folder (fixture->store, fixture->shared, &error));
  g_assert_cmpuint (n_profiles (fixture->store), ==, 1);

  g_assert_true (relais_profile_store_remove_folder (fixture->store, fixture->shared, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_profiles (fixture->store), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_folders (fixture->store)), ==, 0);
  /* The folder's files stay: it is the team's. */
  g_assert_cmpuint (relais_test_count_children (fixture->shared), ==, 1);

  /* The undo. */
  g_assert_true (relais_profile_store_add_folder (fixture->store, fixture->shared, &error));
  g_assert_nonnull (relais_profile_store_lookup (fixture->store, relais_profile_get_id (theirs)));
}

static void
test_remembered (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APP_ID, backend);
  g_autoptr(GFile) gone = g_file_new_build_filename (fixture->base, "unplugged", NULL);
  g_autofree char *shared_uri = g_file_get_uri (fixture->shared);
  g_autofree char *gone_uri = g_file_get_uri (gone);
  g_autoptr(RelaisProfile) theirs = write_elsewhere (fixture->shared, "Jardins partagés");
  g_autoptr(RelaisProfileStore) again = NULL;
  const char *remembered[] = { shared_uri, gone_uri, NULL };
  g_auto(GStrv) uris = NULL;
  g_autoptr(GFile) other = g_file_new_build_filename (fixture->base, "Syncthing", NULL);
  g_autoptr(GError) error = NULL;

  g_settings_set_strv (settings, "shared-folders", remembered);
  relais_profile_store_remember_folders (fixture->store, settings);
  g_assert_nonnull (relais_profile_store_lookup (fixture->store, relais_profile_get_id (theirs)));

  /* A folder out of reach today is remembered still; one added is too. */
  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (other), 0700), ==, 0);
  g_assert_true (relais_profile_store_add_folder (fixture->store, other, &error));
  uris = g_settings_get_strv (settings, "shared-folders");
  g_assert_cmpuint (g_strv_length (uris), ==, 3);
  g_assert_true (g_strv_contains ((const char * const *) uris, gone_uri));
  g_clear_pointer (&uris, g_strfreev);

  g_assert_true (relais_profile_store_remove_folder (fixture->store, fixture->shared, &error));
  uris = g_settings_get_strv (settings, "shared-folders");
  g_assert_false (g_strv_contains ((const char * const *) uris, shared_uri));
  g_assert_cmpuint (g_strv_length (uris), ==, 2);
}

/* Delete Profile takes a shared profile out of the team's folder; its Undo
 * puts it back there, not among this computer's own profiles. */
static void
test_undelete_shared (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RelaisProfile) theirs = write_elsewhere (fixture->shared, "Repair Café");
  g_autofree char *id = g_strdup (relais_profile_get_id (theirs));
  g_autofree char *basename = g_strconcat (id, ".json", NULL);
  g_autoptr(GError) error = NULL;
  RelaisProfile *listed, *back;

  g_assert_true (relais_profile_store_add_folder (fixture->store, fixture->shared, &error));
  g_assert_no_error (error);
  listed = relais_profile_store_lookup (fixture->store, id);
  g_assert_nonnull (listed);

  g_assert_true (relais_profile_store_delete (fixture->store, listed, &error));
  g_assert_no_error (error);
  g_assert_false (exists_in (fixture->shared, basename));
  g_assert_null (relais_profile_store_lookup (fixture->store, id));

  back = relais_profile_store_undelete (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_true (exists_in (fixture->shared, basename));
  g_assert_false (exists_in (fixture->directory, basename));
  g_assert_true (g_file_equal (relais_profile_store_get_shared_folder (fixture->store, back), fixture->shared));
  g_assert_cmpstr (relais_profile_get_name (back), ==, "Repair Café");

  /* A profile of this computer's own goes back to its own folder. */
  {
    g_autoptr(RelaisProfile) mine = relais_profile_new ("Ressourcerie");
    g_autofree char *own_id = g_strdup (relais_profile_get_id (mine));
    g_autofree char *own_basename = g_strconcat (own_id, ".json", NULL);

    g_assert_true (relais_profile_store_add (fixture->store, mine, &error));
    g_assert_true (relais_profile_store_delete (fixture->store, mine, &error));
    g_assert_nonnull (relais_profile_store_undelete (fixture->store, own_id, &error));
    g_assert_no_error (error);
    g_assert_true (exists_in (fixture->directory, own_basename));
    g_assert_false (exists_in (fixture->shared, own_basename));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/store-folders/listed", test_listed, NULL);
  ADD ("/store-folders/refused", test_refused, NULL);
  ADD ("/store-folders/outside-changes/monitor", test_outside_changes, GINT_TO_POINTER (FALSE));
  ADD ("/store-folders/outside-changes/poll", test_outside_changes, GINT_TO_POINTER (TRUE));
  ADD ("/store-folders/merged-while-editing", test_merged_while_editing, NULL);
  ADD ("/store-folders/share", test_share, NULL);
  ADD ("/store-folders/share-refuses-theirs", test_share_refuses_theirs, NULL);
  ADD ("/store-folders/remove-folder", test_remove_folder, NULL);
  ADD ("/store-folders/remembered", test_remembered, NULL);
  ADD ("/store-folders/undelete-shared", test_undelete_shared, NULL);
  ADD ("/store-folders/unreadable", test_unreadable, NULL);
#undef ADD

  return g_test_run ();
}
