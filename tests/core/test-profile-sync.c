/* test-profile-sync.c — a profile file changed by someone else: merged at
 * the next save and by relais_profile_store_sync_profile(), sync clients'
 * conflict copies merged and moved aside, damaged versions set aside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "relais-profile-store.h"
#include "relais-profile-store-private.h"
#include "relais-profile-tool.h"
#include "relais-test-utils.h"

#define PROFILE_ID "0d6f3c5e-3f0b-4b8e-9a1e-2c7c1f7d9a10"

typedef struct
{
  char  *path;
  GFile *directory;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_dir_make_tmp ("relais-sync-XXXXXX", &error);

  g_assert_no_error (error);
  fixture->path = g_build_filename (base, "shared", NULL);
  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  fixture->directory = g_file_new_for_path (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) top = g_file_get_parent (fixture->directory);

  relais_test_remove_tree (top);
  g_clear_object (&fixture->directory);
  g_clear_pointer (&fixture->path, g_free);
}

/* Copies a file of tests/data/profiles/conflicts/ into the shared folder. */
static void
copy_fixture (Fixture    *fixture,
              const char *name)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "profiles", "conflicts", name, NULL);
  g_autofree char *target = g_build_filename (fixture->path, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (target, contents, (gssize) length, NULL));
}

static char *
profile_data (RelaisProfile *profile)
{
  return relais_profile_to_data (profile, NULL);
}

static void
count_cb (RelaisProfileStore *store,
          RelaisProfile      *profile,
          GError             *error,
          gpointer            user_data)
{
  GPtrArray *messages = user_data;

  g_ptr_array_add (messages, g_strdup (error->message));
}

/* Two members edit the same profile at the same time, each through their
 * own store on the same folder: the second save merges the first, and the
 * first member's sync brings in the second's — both hold every edit. */
static void
test_two_stores (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) camille = relais_profile_store_new (fixture->directory);
  g_autoptr(RelaisProfileStore) dominique = relais_profile_store_new (fixture->directory);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *one = NULL, *other = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *backup_path = NULL;
  RelaisProfile *mine, *theirs;

  copy_fixture (fixture, PROFILE_ID ".json");
  relais_profile_store_set_author (camille, "Camille");
  relais_profile_store_set_author (dominique, "Dominique");
  g_signal_connect (dominique, "changed-elsewhere", G_CALLBACK (count_cb), messages);

  mine = relais_profile_store_open (camille, PROFILE_ID, &error);
  g_assert_no_error (error);
  theirs = relais_profile_store_open (dominique, PROFILE_ID, &error);
  g_assert_no_error (error);

  relais_profile_tool_set_status (relais_profile_find_tool (mine, "microsoft-word", NULL), RELAIS_TOOL_STATUS_TRYING);
  relais_profile_set_item_state (mine, "understand.weigh", RELAIS_ITEM_DONE);
  relais_profile_tool_set_note (relais_profile_find_tool (theirs, "doodle", NULL), "Pour les dates des chantiers");
  relais_profile_set_item_note (theirs, "stock.list", "Liste faite en bureau");
  relais_profile_add_own_step (theirs, "stock", "Demander au trésorier");

  g_assert_true (relais_profile_store_flush (camille, &error));
  g_assert_no_error (error);
  /* Dominique's save finds Camille's version: merged, not written over. */
  g_assert_true (relais_profile_store_flush (dominique, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (messages->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (messages, 0), "merged"));
  g_assert_cmpint (relais_profile_tool_get_status (relais_profile_find_tool (theirs, "microsoft-word", NULL)), ==, RELAIS_TOOL_STATUS_TRYING);

  /* The version replaced (Camille's) is in the backups. */
  backup_path = g_build_filename (fixture->path, PROFILE_ID ".json~", NULL);
  g_assert_true (g_file_get_contents (backup_path, &backup, NULL, NULL));
  g_assert_nonnull (strstr (backup, "\"trying\""));

  /* Camille's window picks Dominique's edits up. */
  g_assert_true (relais_profile_store_sync_profile (camille, mine, &summary, &error));
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  g_assert_cmpstr (relais_profile_get_item_note (mine, "stock.list"), ==, "Liste faite en bureau");
  g_assert_cmpstr (relais_profile_tool_get_note (relais_profile_find_tool (mine, "doodle", NULL)), ==, "Pour les dates des chantiers");
  g_assert_cmpuint (relais_profile_get_own_steps (mine)->len, ==, 1);
  g_assert_false (relais_profile_store_has_unsaved (camille));

  one = profile_data (mine);
  other = profile_data (theirs);
  g_assert_cmpstr (one, ==, other);

  /* Nothing new: nothing merged, nothing said. */
  g_clear_pointer (&summary, g_free);
  g_assert_true (relais_profile_store_sync_profile (camille, mine, &summary, &error));
  g_assert_null (summary);
}

/* Two computers, each with its own copy of the folder, both saved their
 * edit; the sync client then replaces one computer's file by the other's.
 * The base of the merge is the version both came from (the new file names
 * it among its ancestors), not the one this computer last wrote: its own
 * edits stay. Its format 3 members are checked when read. */
static void
test_replaced_by_sync_client (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *laptop_path = g_build_filename (fixture->path, "laptop", NULL);
  g_autoptr(GFile) laptop_folder = g_file_new_for_path (laptop_path);
  g_autoptr(RelaisProfileStore) desktop = relais_profile_store_new (fixture->directory);
  g_autoptr(RelaisProfileStore) laptop = relais_profile_store_new (laptop_folder);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *laptop_file = g_build_filename (laptop_path, PROFILE_ID ".json", NULL);
  g_autofree char *desktop_file = g_build_filename (fixture->path, PROFILE_ID ".json", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  RelaisProfile *mine, *theirs;

  copy_fixture (fixture, PROFILE_ID ".json");
  g_assert_cmpint (g_mkdir (laptop_path, 0700), ==, 0);
  g_assert_true (g_file_get_contents (desktop_file, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (laptop_file, contents, (gssize) length, NULL));
  g_clear_pointer (&contents, g_free);

  mine = relais_profile_store_open (desktop, PROFILE_ID, &error);
  g_assert_no_error (error);
  theirs = relais_profile_store_open (laptop, PROFILE_ID, &error);
  g_assert_no_error (error);
  relais_profile_tool_set_status (relais_profile_find_tool (mine, "microsoft-word", NULL), RELAIS_TOOL_STATUS_ADOPTED);
  relais_profile_set_free_tool_used (mine, "nextcloud", TRUE);
  relais_profile_tool_set_note (relais_profile_find_tool (theirs, "doodle", NULL), "Pour les chantiers");
  g_assert_true (relais_profile_store_flush (desktop, NULL));
  g_assert_true (relais_profile_store_flush (laptop, NULL));

  /* The laptop's version wins the sync: it replaces the desktop's file. */
  g_assert_true (g_file_get_contents (laptop_file, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (desktop_file, contents, (gssize) length, NULL));

  g_assert_true (relais_profile_store_sync_profile (desktop, mine, &summary, &error));
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  g_assert_cmpint (relais_profile_tool_get_status (relais_profile_find_tool (mine, "microsoft-word", NULL)), ==, RELAIS_TOOL_STATUS_ADOPTED);
  g_assert_true (relais_profile_uses_free_tool (mine, "nextcloud"));
  g_assert_cmpstr (relais_profile_tool_get_note (relais_profile_find_tool (mine, "doodle", NULL)), ==, "Pour les chantiers");
  /* Ours is not in the file yet: saved next. */
  g_assert_true (relais_profile_store_has_unsaved (desktop));
}

/* A profile kept in a shared folder keeps the versions it replaces on this
 * computer, not in the folder that syncs them to everyone. */
static void
test_shared_folder_local_backups (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *local_path = g_build_filename (fixture->path, "relais", "profiles", NULL);
  g_autoptr(GFile) local = g_file_new_for_path (local_path);
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (local);
  g_autofree char *shared_file = g_build_filename (fixture->path, PROFILE_ID ".json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (shared_file);
  g_autofree char *shared_backup = g_strconcat (shared_file, "~", NULL);
  g_autofree char *local_backup = g_build_filename (fixture->path, "relais", "backups", PROFILE_ID ".json~", NULL);
  g_autofree char *local_backup_2 = g_strconcat (local_backup, "2", NULL);
  g_autofree char *first = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisProfile) profile = NULL;

  copy_fixture (fixture, PROFILE_ID ".json");
  g_assert_true (g_file_get_contents (shared_file, &first, NULL, NULL));
  profile = relais_profile_store_load_file (file, NULL, &error);
  g_assert_no_error (error);
  relais_profile_store_track (store, profile, file);

  relais_profile_set_name (profile, "Jardins du Bessin");
  g_assert_true (relais_profile_store_flush (store, &error));
  relais_profile_set_name (profile, "Jardins partagés du Bessin");
  g_assert_true (relais_profile_store_flush (store, &error));
  g_assert_no_error (error);

  g_assert_false (g_file_test (shared_backup, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (local_backup, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_get_contents (local_backup_2, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, first);
}

/* The members format 3 adds are checked as any other. */
static void
test_format_3_members_checked (void)
{
  static const char * const bad[] = {
    "\"changes\": [],",
    "\"changes\": { \"name\": { \"at\": \"yesterday\" } },",
    "\"changes\": { \"name\": { \"at\": \"2026-12-06T10:00:00Z\", \"by\": 3 } },",
    "\"ancestors\": [ \"abc\" ],",
    "\"overwritten\": [ { \"value\": 1 } ],",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *document =
        g_strdup_printf ("{ \"format\": \"fr.artifaille.Relais.Profile\", \"version\": 3, %s"
                         "  \"id\": \"%s\", \"name\": \"A\", \"kind\": \"person\","
                         "  \"place\": { \"departement\": \"14\" },"
                         "  \"reasons\": { \"values\": 3, \"technical\": 1, \"financial\": 2 },"
                         "  \"created\": \"2026-11-01T10:00:00Z\", \"modified\": \"2026-11-02T11:30:00Z\" }",
                         bad[i], PROFILE_ID);
      g_autoptr(GError) error = NULL;
      g_autoptr(RelaisProfile) profile = relais_profile_new_from_data (document, -1, &error);

      g_assert_null (profile);
      g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_WRONG_TYPE);
    }
}

/* Nextcloud's conflict copies (today's name and an older client's) are
 * merged by the dates of their changes and moved aside, never deleted. */
static void
test_nextcloud_conflict_copies (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *copy = NULL;
  RelaisProfileTool *word;
  RelaisProfile *profile;

  copy_fixture (fixture, PROFILE_ID ".json");
  copy_fixture (fixture, PROFILE_ID " (conflicted copy 2026-12-06 101500).json");
  copy_fixture (fixture, PROFILE_ID "_conflict-20261206-102000.json");
  g_signal_connect (store, "changed-elsewhere", G_CALLBACK (count_cb), messages);

  profile = relais_profile_store_open (store, PROFILE_ID, &error);
  g_assert_no_error (error);
  /* Ours is newer for the doodle's users. */
  relais_profile_tool_set_users (relais_profile_find_tool (profile, "doodle", NULL), 5);

  g_assert_cmpuint (relais_profile_store_merge_conflict_copies (store, profile, &summary, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  g_assert_cmpuint (messages->len, ==, 1);

  word = relais_profile_find_tool (profile, "microsoft-word", NULL);
  g_assert_cmpint (relais_profile_tool_get_status (word), ==, RELAIS_TOOL_STATUS_TRYING);
  g_assert_cmpstr (relais_profile_tool_get_choice (word), ==, "libreoffice-writer");
  g_assert_cmpstr (relais_profile_tool_get_noted_by (word), ==, "Dominique");
  g_assert_cmpstr (relais_profile_get_item_note (profile, "understand.weigh"), ==, "Vu en assemblée générale");
  g_assert_cmpuint (relais_profile_tool_get_users (relais_profile_find_tool (profile, "doodle", NULL)), ==, 5);

  /* Moved aside, whole; the profile saved with both. */
  copy = g_build_filename (fixture->path, PROFILE_ID " (conflicted copy 2026-12-06 101500).json", NULL);
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  moved = g_build_filename (fixture->path, ".relais-merged", PROFILE_ID " (conflicted copy 2026-12-06 101500).json", NULL);
  g_assert_true (g_file_test (moved, G_FILE_TEST_IS_REGULAR));
  g_assert_true (relais_profile_store_has_unsaved (store));
  g_assert_true (relais_profile_store_flush (store, &error));

  /* Once merged, never again. */
  g_clear_pointer (&summary, g_free);
  g_assert_cmpuint (relais_profile_store_merge_conflict_copies (store, profile, &summary, &error), ==, 0);
  g_assert_null (summary);
}

/* A version made unreadable elsewhere is set aside; Relais keeps its own. */
static void
test_damaged_set_aside (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->path, PROFILE_ID ".json", NULL);
  g_autofree char *summary = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gboolean aside = FALSE;
  RelaisProfile *profile;

  copy_fixture (fixture, PROFILE_ID ".json");
  profile = relais_profile_store_open (store, PROFILE_ID, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "{ \"format\": \"fr.artifaille.Relais.Profile\", \"ver", -1, NULL));

  g_assert_false (relais_profile_store_sync_profile (store, profile, &summary, &error));
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_JSON);
  dir = g_dir_open (fixture->path, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    aside |= g_str_has_prefix (name, PROFILE_ID ".json.damaged-");
  g_assert_true (aside);
  g_assert_true (relais_profile_store_flush (store, NULL));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sync/two-stores", test_two_stores);
  ADD ("/sync/replaced-by-sync-client", test_replaced_by_sync_client);
  ADD ("/sync/nextcloud-conflict-copies", test_nextcloud_conflict_copies);
  ADD ("/sync/shared-folder-local-backups", test_shared_folder_local_backups);
  ADD ("/sync/damaged-set-aside", test_damaged_set_aside);
#undef ADD
  g_test_add_func ("/sync/format-3-members-checked", test_format_3_members_checked);

  return g_test_run ();
}
