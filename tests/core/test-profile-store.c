/* test-profile-store.c — saving and finding profiles on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "relais-profile-store.h"
#include "relais-profile-tool.h"
#include "relais-test-utils.h"

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
  g_autofree char *base = g_dir_make_tmp ("relais-store-XXXXXX", &error);

  g_assert_no_error (error);
  fixture->path = g_build_filename (base, "relais", "profiles", NULL);
  fixture->directory = g_file_new_for_path (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) base = g_file_get_parent (fixture->directory);
  g_autoptr(GFile) top = g_file_get_parent (base);

  relais_test_remove_tree (top);
  g_clear_object (&fixture->directory);
  g_clear_pointer (&fixture->path, g_free);
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

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
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

static void
test_add_then_list (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(RelaisProfileStore) reopened = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *on_disk = NULL;
  RelaisProfile *zebra, *abeille;
  GListModel *list;

  zebra = relais_test_add_profile (store, "Zèbres solidaires");
  abeille = relais_test_add_profile (store, "Abeilles du Bessin");

  /* The file exists as soon as add() returns: nothing waits in memory. */
  basename = g_strconcat (relais_profile_get_id (zebra), ".json", NULL);
  on_disk = read_file (fixture->path, basename);
  g_assert_nonnull (on_disk);
  g_assert_nonnull (strstr (on_disk, "Zèbres solidaires"));

  reopened = relais_profile_store_new (fixture->directory);
  failures = list_and_wait (reopened);
  g_assert_cmpuint (failures->len, ==, 0);

  list = relais_profile_store_get_profiles (reopened);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(RelaisProfile) first = g_list_model_get_item (list, 0);
    g_autoptr(RelaisProfile) second = g_list_model_get_item (list, 1);

    /* Sorted by name. */
    g_assert_cmpstr (relais_profile_get_id (first), ==, relais_profile_get_id (abeille));
    g_assert_cmpstr (relais_profile_get_id (second), ==, relais_profile_get_id (zebra));
  }
}

static void
test_open_then_list_does_not_duplicate (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(RelaisProfileStore) reopened = relais_profile_store_new (fixture->directory);
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  RelaisProfile *saved, *opened;

  relais_test_add_profile (store, "Premier");
  saved = relais_test_add_profile (store, "Second");
  relais_test_add_profile (store, "Troisième");

  opened = relais_profile_store_open (reopened, relais_profile_get_id (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relais_profile_get_name (opened), ==, "Second");

  failures = list_and_wait (reopened);
  g_assert_cmpuint (failures->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (reopened)), ==, 3);
  g_assert_true (relais_profile_store_lookup (reopened, relais_profile_get_id (saved)) == opened);

  /* The profile opened first and those listed after it are in one order. */
  {
    GListModel *list = relais_profile_store_get_profiles (reopened);
    const char *expected[] = { "Premier", "Second", "Troisième" };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(RelaisProfile) item = g_list_model_get_item (list, i);
        g_assert_cmpstr (relais_profile_get_name (item), ==, expected[i]);
      }
  }
}

static void
test_open_missing (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GError) error = NULL;

  g_assert_null (relais_profile_store_open (store, "8a0f2a62-5d7c-4c54-9d54-0f1f7b0c2f11", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_null (relais_profile_store_open (store, "../escape", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
}

static void
test_list_empty_folder (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GPtrArray) failures = NULL;

  /* The folder does not even exist yet: a first start. */
  failures = list_and_wait (store);
  g_assert_cmpuint (failures->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (store)), ==, 0);
}

static void
test_list_reports_broken_files (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(RelaisProfileStore) reopened = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *original = NULL;
  g_autofree char *copy_name = NULL;
  RelaisProfile *good;

  good = relais_test_add_profile (store, "Intact");
  write_file (fixture->path, "broken.json", "{ \"format\": \"fr.artifaille.Relais.Profile\", ");
  write_file (fixture->path, "notes.txt", "not a profile, not looked at");
  write_file (fixture->path, "old.json~", "a backup, not looked at");
  copy_name = g_strconcat (relais_profile_get_id (good), ".json", NULL);
  original = read_file (fixture->path, copy_name);
  write_file (fixture->path, "copy of intact.json", original);

  reopened = relais_profile_store_new (fixture->directory);
  failures = list_and_wait (reopened);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (reopened)), ==, 1);
  g_assert_cmpuint (failures->len, ==, 2);

  for (guint i = 0; i < failures->len; i++)
    {
      const GError *failure = g_ptr_array_index (failures, i);

      g_assert_true (strstr (failure->message, "“broken.json”") != NULL ||
                     strstr (failure->message, "“copy of intact.json”") != NULL ||
                     strstr (failure->message, "“") != NULL);
    }

  /* Reported and set aside, whole, under a name that is not read again. */
  g_assert_null (read_file (fixture->path, "broken.json"));
  g_assert_cmpuint (relais_profile_store_get_damaged (reopened)->len, ==, 1);
  {
    RelaisDamagedProfile *damaged = g_ptr_array_index (relais_profile_store_get_damaged (reopened), 0);
    g_autofree char *aside = g_file_get_basename (damaged->set_aside);

    g_assert_cmpstr (damaged->file_name, ==, "broken.json");
    g_assert_true (g_str_has_prefix (aside, "broken.json.damaged-"));
    g_assert_null (damaged->backup);
    broken = read_file (fixture->path, aside);
    g_assert_cmpstr (broken, ==, "{ \"format\": \"fr.artifaille.Relais.Profile\", ");
  }
}

static void
test_restore_backup (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(RelaisProfileStore) reopened = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *restored_text = NULL;
  RelaisDamagedProfile *damaged;
  RelaisProfile *profile, *restored;

  profile = relais_test_add_profile (store, "Version d’hier");
  relais_profile_set_name (profile, "Version d’aujourd’hui");
  g_assert_true (relais_profile_store_flush (store, NULL));
  basename = g_strconcat (relais_profile_get_id (profile), ".json", NULL);

  /* The current file is damaged (a cut write on a USB key, an editor…). */
  write_file (fixture->path, basename, "{ \"format\": \"fr.artifaille.Relais.Prof");

  reopened = relais_profile_store_new (fixture->directory);
  failures = list_and_wait (reopened);
  g_assert_cmpuint (failures->len, ==, 1);
  g_assert_nonnull (strstr (((GError *) g_ptr_array_index (failures, 0))->message, "can be restored"));
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (reopened)), ==, 0);

  damaged = g_ptr_array_index (relais_profile_store_get_damaged (reopened), 0);
  g_assert_nonnull (damaged->backup);
  g_assert_cmpstr (damaged->backup_profile_name, ==, "Version d’hier");

  restored = relais_profile_store_restore_backup (reopened, damaged, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relais_profile_get_name (restored), ==, "Version d’hier");
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (reopened)), ==, 1);
  g_assert_cmpuint (relais_profile_store_get_damaged (reopened)->len, ==, 0);
  restored_text = read_file (fixture->path, basename);
  g_assert_nonnull (strstr (restored_text, "Version d’hier"));
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(RelaisProfileStore) reopened = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *deleted_path = NULL;
  g_autofree char *kept = NULL;
  RelaisProfile *profile, *back;

  relais_profile_store_set_save_delay (store, 60 * 1000);
  profile = relais_test_add_profile (store, "À supprimer");
  relais_test_add_profile (store, "Autre");
  relais_profile_set_postcode (profile, "14000");   /* not saved yet */
  id = g_strdup (relais_profile_get_id (profile));
  basename = g_strconcat (id, ".json", NULL);

  g_assert_true (relais_profile_store_delete (store, profile, &error));
  g_assert_no_error (error);
  g_assert_null (relais_profile_store_lookup (store, id));
  g_assert_null (read_file (fixture->path, basename));

  /* Kept whole, with the change made just before deleting. */
  deleted_path = g_build_filename (fixture->path, "..", "deleted", NULL);
  kept = read_file (deleted_path, basename);
  g_assert_nonnull (kept);
  g_assert_nonnull (strstr (kept, "14000"));

  /* A new start does not list it... */
  reopened = relais_profile_store_new (fixture->directory);
  failures = list_and_wait (reopened);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (reopened)), ==, 1);

  /* ...and Undo brings it back. */
  back = relais_profile_store_undelete (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relais_profile_get_name (back), ==, "À supprimer");
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (store)), ==, 2);
  g_free (kept);
  kept = read_file (fixture->path, basename);
  g_assert_nonnull (kept);
}

static void
test_duplicate (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GError) error = NULL;
  RelaisProfile *profile, *copy;

  profile = relais_test_add_profile (store, "Modèle d’atelier");
  relais_profile_set_weight (profile, RELAIS_REASON_FINANCIAL, RELAIS_WEIGHT_ESSENTIAL);
  relais_profile_tool_set_choice (relais_profile_add_tool (profile, "microsoft-word"), "libreoffice-writer");

  copy = relais_profile_store_duplicate (store, profile, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relais_profile_get_id (copy), !=, relais_profile_get_id (profile));
  g_assert_cmpstr (relais_profile_get_name (copy), ==, "Modèle d’atelier (copy)");
  g_assert_cmpuint (relais_profile_get_weight (copy, RELAIS_REASON_FINANCIAL), ==, RELAIS_WEIGHT_ESSENTIAL);
  g_assert_cmpstr (relais_profile_tool_get_choice (relais_profile_find_tool (copy, "microsoft-word", NULL)),
                   ==, "libreoffice-writer");
  g_assert_nonnull (relais_profile_store_get_file (store, copy));
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (store)), ==, 2);
}

static void
test_export_import (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(RelaisProfileStore) other = NULL;
  g_autoptr(GFile) other_dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported_path = NULL;
  g_autoptr(GFile) exported = NULL;
  RelaisProfile *profile, *imported, *copy;

  profile = relais_test_add_profile (store, "Association à exporter");
  relais_profile_tool_set_choice (relais_profile_add_tool (profile, "zoom"), "jitsi-meet");
  exported_path = g_build_filename (fixture->path, "..", "Association.relais", NULL);
  exported = g_file_new_for_path (exported_path);
  g_assert_true (relais_profile_store_export (store, profile, exported, &error));
  g_assert_no_error (error);

  /* On the trainer's computer: the same profile, with its choices. */
  other_dir = g_file_new_build_filename (fixture->path, "..", "other", NULL);
  other = relais_profile_store_new (other_dir);
  imported = relais_profile_store_import (other, exported, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relais_profile_get_id (imported), ==, relais_profile_get_id (profile));
  g_assert_cmpstr (relais_profile_tool_get_choice (relais_profile_find_tool (imported, "zoom", NULL)), ==, "jitsi-meet");
  g_assert_nonnull (relais_profile_store_get_file (other, imported));

  /* Again: never over the one already there, unless asked to keep both. */
  g_assert_null (relais_profile_store_import (other, exported, FALSE, &error));
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_ALREADY_THERE);
  g_clear_error (&error);
  copy = relais_profile_store_import (other, exported, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relais_profile_get_id (copy), !=, relais_profile_get_id (profile));
  g_assert_cmpstr (relais_profile_get_name (copy), ==, "Association à exporter (imported)");
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (other)), ==, 2);

  /* Before the background listing has found it, a profile on disk is still
   * there: a fresh store does not write over it either. */
  {
    g_autoptr(RelaisProfileStore) fresh = relais_profile_store_new (other_dir);

    g_assert_null (relais_profile_store_import (fresh, exported, FALSE, &error));
    g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_ALREADY_THERE);
  }
}

static void
test_import_refuses (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autofree char *base = g_path_get_dirname (fixture->path);
  g_autofree char *big_path = g_build_filename (base, "big.relais", NULL);
  g_autofree char *bad_path = g_build_filename (base, "photo.relais", NULL);
  g_autoptr(GFile) big = g_file_new_for_path (big_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *filler = g_strnfill (RELAIS_PROFILE_MAX_SIZE + 10, ' ');
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (base, 0700), ==, 0);
  g_assert_true (g_file_set_contents (big_path, filler, -1, NULL));
  g_assert_true (g_file_set_contents (bad_path, "\xff\xd8\xff\xe0 JFIF", -1, NULL));

  g_assert_null (relais_profile_store_import (store, big, TRUE, &error));
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE);
  g_clear_error (&error);
  g_assert_null (relais_profile_store_import (store, bad, TRUE, &error));
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_JSON);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (store)), ==, 0);

  /* What was offered is left as it was. */
  g_assert_true (g_file_get_contents (bad_path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "\xff\xd8\xff\xe0 JFIF");
}

static void
test_newer_version_read_only (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  const char *newer =
    "{ \"format\": \"fr.artifaille.Relais.Profile\", \"version\": 4,"
    "  \"id\": \"6e1f0d7e-2c4a-4e8f-9d3b-7a6c5e4f3a99\", \"name\": \"Venue du futur\","
    "  \"kind\": \"person\", \"place\": { \"departement\": \"50\", \"postcode\": \"\" },"
    "  \"reasons\": { \"values\": 1, \"technical\": 2, \"financial\": 3 },"
    "  \"created\": \"2027-01-01T10:00:00Z\", \"modified\": \"2027-01-01T10:00:00Z\","
    "  \"something_new\": [1, 2, 3] }";
  RelaisProfile *profile;

  write_file (fixture->path, "6e1f0d7e-2c4a-4e8f-9d3b-7a6c5e4f3a99.json", newer);
  failures = list_and_wait (store);
  g_assert_cmpuint (failures->len, ==, 0);

  /* Shown as far as this version understands it... */
  profile = relais_profile_store_lookup (store, "6e1f0d7e-2c4a-4e8f-9d3b-7a6c5e4f3a99");
  g_assert_nonnull (profile);
  g_assert_true (relais_profile_get_read_only (profile));
  g_assert_cmpstr (relais_profile_get_name (profile), ==, "Venue du futur");

  /* ...and never written over, whatever happens to it in memory. */
  relais_profile_set_name (profile, "Changé");
  g_assert_false (relais_profile_store_has_unsaved (store));
  g_assert_true (relais_profile_store_flush (store, NULL));
  g_assert_false (relais_profile_store_save (store, profile, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY);
  after = read_file (fixture->path, "6e1f0d7e-2c4a-4e8f-9d3b-7a6c5e4f3a99.json");
  g_assert_cmpstr (after, ==, newer);
}

static void
test_newer_version_left_alone (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GPtrArray) failures = NULL;
  g_autofree char *after = NULL;
  const char *newer = "{ \"format\": \"fr.artifaille.Relais.Profile\", \"version\": 9 }";

  write_file (fixture->path, "from-the-future.json", newer);
  failures = list_and_wait (store);
  g_assert_cmpuint (failures->len, ==, 1);
  g_assert_error ((GError *) g_ptr_array_index (failures, 0), RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NEWER_VERSION);
  g_assert_cmpuint (relais_profile_store_get_damaged (store)->len, ==, 0);
  after = read_file (fixture->path, "from-the-future.json");
  g_assert_cmpstr (after, ==, newer);
}

static void
wait_for_save (RelaisProfileStore *store)
{
  relais_test_wait_until (!relais_profile_store_has_unsaved (store));
}

static void
test_changes_are_saved (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autofree char *basename = NULL;
  g_autofree char *on_disk = NULL;
  g_autofree char *backup = NULL;
  RelaisProfile *profile;

  relais_profile_store_set_save_delay (store, 10);
  profile = relais_test_add_profile (store, "Avant");
  basename = g_strconcat (relais_profile_get_id (profile), ".json", NULL);

  relais_profile_set_name (profile, "Après");
  relais_profile_set_weight (profile, RELAIS_REASON_VALUES, RELAIS_WEIGHT_ESSENTIAL);
  g_assert_true (relais_profile_store_has_unsaved (store));
  wait_for_save (store);
  g_assert_false (relais_profile_store_has_unsaved (store));

  on_disk = read_file (fixture->path, basename);
  g_assert_nonnull (strstr (on_disk, "Après"));
  g_assert_nonnull (strstr (on_disk, "\"values\" : 3"));

  /* The version before is kept beside it. */
  {
    g_autofree char *backup_name = g_strconcat (basename, "~", NULL);

    backup = read_file (fixture->path, backup_name);
    g_assert_nonnull (backup);
    g_assert_nonnull (strstr (backup, "Avant"));
  }

  /* A letter typed in a tool's note is that tool's change, not the list's:
   * it is saved all the same. */
  {
    RelaisProfileTool *tool = relais_profile_add_tool (profile, "microsoft-word");
    g_autofree char *with_note = NULL;

    wait_for_save (store);
    relais_profile_tool_set_note (tool, "Comptes rendus");
    g_assert_true (relais_profile_store_has_unsaved (store));
    wait_for_save (store);
    with_note = read_file (fixture->path, basename);
    g_assert_nonnull (strstr (with_note, "Comptes rendus"));
  }
}

static void
test_flush_saves_now (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *on_disk = NULL;
  RelaisProfile *profile;

  relais_profile_store_set_save_delay (store, 60 * 1000);
  profile = relais_test_add_profile (store, "Lent");
  relais_profile_set_postcode (profile, "61000");

  g_assert_true (relais_profile_store_flush (store, &error));
  g_assert_no_error (error);
  basename = g_strconcat (relais_profile_get_id (profile), ".json", NULL);
  on_disk = read_file (fixture->path, basename);
  g_assert_nonnull (strstr (on_disk, "61000"));
}

static void
save_failed_cb (RelaisProfileStore *store,
                RelaisProfile      *profile,
                const GError       *error,
                char              **message)
{
  g_free (*message);
  *message = g_strdup (error->message);
}

/* A write that fails half-way, as on a full disk, is simulated with a file
 * size limit: the kernel refuses to grow any file past it (EFBIG). */
static void
test_failed_save_keeps_old_file (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *message = NULL;
  g_autofree char *long_name = g_strnfill (150, 'z');
  struct rlimit old_limit, small_limit;
  RelaisProfile *profile;
  g_autoptr(GDir) dir = NULL;
  const char *entry;
  guint n_entries = 0;

  relais_profile_store_set_save_delay (store, 60 * 1000);
  profile = relais_test_add_profile (store, "Première version");
  basename = g_strconcat (relais_profile_get_id (profile), ".json", NULL);
  before = read_file (fixture->path, basename);
  g_signal_connect (store, "save-failed", G_CALLBACK (save_failed_cb), &message);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  small_limit = old_limit;
  /* Room for the backup of the old version, not for the longer new one. */
  small_limit.rlim_cur = strlen (before) + 16;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small_limit), ==, 0);

  relais_profile_set_name (profile, long_name);
  g_assert_false (relais_profile_store_flush (store, &error));

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);

  g_assert_nonnull (error);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "could not be saved"));
  g_assert_true (relais_profile_store_has_unsaved (store));

  after = read_file (fixture->path, basename);
  g_assert_cmpstr (after, ==, before);

  /* No half-written temporary file left behind either. */
  dir = g_dir_open (fixture->path, 0, NULL);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_assert_true (g_str_has_prefix (entry, relais_profile_get_id (profile)));
      n_entries++;
    }
  g_assert_cmpuint (n_entries, <=, 2);

  /* Once the disk accepts it again, the change lands. */
  g_clear_error (&error);
  g_assert_true (relais_profile_store_flush (store, &error));
  g_assert_no_error (error);
  g_free (after);
  after = read_file (fixture->path, basename);
  g_assert_nonnull (strstr (after, long_name));
  g_assert_false (relais_profile_store_has_unsaved (store));
}

static void
test_add_refuses_invalid (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autoptr(RelaisProfile) profile = relais_profile_new ("  ");
  g_autoptr(GError) error = NULL;

  g_assert_false (relais_profile_store_add (store, profile, &error));
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (store)), ==, 0);
  g_assert_false (g_file_query_exists (fixture->directory, NULL));
}

static void
test_saved_file_is_private (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (fixture->directory);
  g_autofree char *basename = NULL;
  g_autofree char *path = NULL;
  GStatBuf buf;
  RelaisProfile *profile;

  profile = relais_test_add_profile (store, "Privé");
  basename = g_strconcat (relais_profile_get_id (profile), ".json", NULL);
  path = g_build_filename (fixture->path, basename, NULL);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 077, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/add-then-list", test_add_then_list);
  ADD ("/store/open-then-list-does-not-duplicate", test_open_then_list_does_not_duplicate);
  ADD ("/store/open-missing", test_open_missing);
  ADD ("/store/list-empty-folder", test_list_empty_folder);
  ADD ("/store/list-reports-broken-files", test_list_reports_broken_files);
  ADD ("/store/restore-backup", test_restore_backup);
  ADD ("/store/newer-version-left-alone", test_newer_version_left_alone);
  ADD ("/store/newer-version-read-only", test_newer_version_read_only);
  ADD ("/store/delete-and-undo", test_delete_and_undo);
  ADD ("/store/duplicate", test_duplicate);
  ADD ("/store/export-import", test_export_import);
  ADD ("/store/import-refuses", test_import_refuses);
  ADD ("/store/changes-are-saved", test_changes_are_saved);
  ADD ("/store/flush-saves-now", test_flush_saves_now);
  ADD ("/store/failed-save-keeps-old-file", test_failed_save_keeps_old_file);
  ADD ("/store/add-refuses-invalid", test_add_refuses_invalid);
  ADD ("/store/saved-file-is-private", test_saved_file_is_private);
#undef ADD

  return g_test_run ();
}
