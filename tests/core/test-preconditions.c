/* test-preconditions.c — the public functions of the model and of the
 * formats refuse what they cannot work with: a g_return_*_if_fail warns
 * (a critical in the function's log domain) and returns its safe value,
 * rather than crashing or going on with a NULL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "relais-catalog.h"
#include "relais-communes.h"
#include "relais-csv.h"
#include "relais-file-read.h"
#include "relais-json-read.h"
#include "relais-data.h"
#include "relais-opening-hours.h"
#include "relais-path.h"
#include "relais-profile-store.h"
#include "relais-profile-store-folders.h"
#include "relais-profile-tool.h"
#include "relais-properties.h"
#include "relais-recommender.h"
#include "relais-search.h"

static void
expect (const char *domain,
        const char *condition)
{
  g_autofree char *pattern = g_strdup_printf ("*assertion*%s*failed*", condition);

  g_test_expect_message (domain, G_LOG_LEVEL_CRITICAL, pattern);
}

static void
test_profile (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Atelier");

  expect ("relais-profile", "name != NULL");
  g_assert_null (relais_profile_new (NULL));
  g_test_assert_expected_messages ();

  expect ("relais-profile", "RELAIS_IS_PROFILE (self)");
  g_assert_null (relais_profile_get_id (NULL));
  g_test_assert_expected_messages ();

  expect ("relais-profile", "reason < RELAIS_N_REASONS");
  g_assert_null (relais_reason_to_string (RELAIS_N_REASONS));
  g_test_assert_expected_messages ();

  /* A tool's users on something that is not a tool: nothing happens. */
  expect ("relais-profile-tool", "RELAIS_IS_PROFILE_TOOL (self)");
  relais_profile_tool_set_users ((RelaisProfileTool *) profile, 3);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_get_tools (profile)), ==, 0);
}

static void
test_store (void)
{
  g_autoptr(GFile) directory = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (directory);

  expect ("relais-profile-store", "G_IS_FILE (directory)");
  g_assert_null (relais_profile_store_new (NULL));
  g_test_assert_expected_messages ();

  expect ("relais-profile-store", "id != NULL");
  g_assert_null (relais_profile_store_lookup (store, NULL));
  g_test_assert_expected_messages ();

  /* Shared folders: nothing is added, nothing is listed. */
  expect ("relais-profile-store", "G_IS_FILE (folder)");
  g_assert_false (relais_profile_store_add_folder (store, NULL, NULL));
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_folders (store)), ==, 0);

  expect ("relais-profile-store", "RELAIS_IS_PROFILE (profile)");
  g_assert_null (relais_profile_store_get_shared_folder (store, NULL));
  g_test_assert_expected_messages ();
}

static void
test_catalog (void)
{
  g_autoptr(GError) error = NULL;
  GError *set = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "already set");

  expect ("relais-catalog", "path != NULL");
  g_assert_null (relais_catalog_new_from_resource (NULL, &error));
  g_test_assert_expected_messages ();
  /* A refused call sets no error: it is a programming error, not the user's. */
  g_assert_no_error (error);

  expect ("relais-search", "text != NULL");
  g_assert_null (relais_search_normalize (NULL));
  g_test_assert_expected_messages ();

  expect ("relais-recommender", "RELAIS_IS_PROFILE (profile)");
  g_assert_null (relais_recommend (NULL, NULL, RELAIS_PLATFORM_LINUX, 1));
  g_test_assert_expected_messages ();
  expect ("relais-recommender", "RELAIS_IS_PROFILE (profile)");
  g_assert_null (relais_recommend_with_hosters (NULL, NULL, RELAIS_PLATFORM_LINUX, 1, NULL));
  g_test_assert_expected_messages ();

  expect ("relais-profile", "relais_profile_is_catalog_id (alternative_id)");
  {
    g_autoptr(RelaisProfile) profile = relais_profile_new ("Test");

    relais_profile_set_free_tool_used (profile, "Not An Id", TRUE);
    g_test_assert_expected_messages ();
    g_assert_cmpuint (g_strv_length ((char **) relais_profile_get_free_tools (profile)), ==, 0);
  }

  /* An error already set is not written over. */
  expect ("relais-data", "error == NULL || *error == NULL");
  g_assert_null (relais_data_lookup (RESOURCE_PATH "/catalog/categories.json", &set));
  g_test_assert_expected_messages ();
  g_assert_cmpstr (set->message, ==, "already set");
  g_error_free (set);
}

static void
test_directory (void)
{
  expect ("relais-data", "path != NULL");
  g_assert_null (relais_data_lookup (NULL, NULL));
  g_test_assert_expected_messages ();

  expect ("relais-communes", "table != NULL");
  g_assert_null (relais_communes_new_from_bytes (NULL, NULL));
  g_test_assert_expected_messages ();

  expect ("relais-communes", "self != NULL");
  g_assert_cmpuint (relais_communes_get_count (NULL), ==, 0);
  g_test_assert_expected_messages ();

  expect ("relais-path", "position < G_N_ELEMENTS (stages)");
  g_assert_null (relais_path_get_stage (99));
  g_test_assert_expected_messages ();

  expect ("relais-path", "RELAIS_IS_PROFILE (profile)");
  g_assert_cmpint (relais_path_item_get_state (NULL, "choose.pick"), ==, RELAIS_ITEM_TODO);
  g_test_assert_expected_messages ();
}

static void
test_formats (void)
{
  guint unclosed = 0;
  GError *set = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "already set");

  expect ("relais-csv", "text != NULL || length == 0");
  g_assert_null (relais_csv_parse (NULL, 3, ',', &unclosed));
  g_test_assert_expected_messages ();

  expect ("relais-csv", "unclosed_record != NULL");
  g_assert_null (relais_csv_parse ("a,b", 3, ',', NULL));
  g_test_assert_expected_messages ();

  expect ("relais-csv", "separator != '\"'");
  g_assert_null (relais_csv_parse ("a,b", 3, '"', &unclosed));
  g_test_assert_expected_messages ();

  expect ("relais-csv", "stopped_at != NULL");
  g_assert_null (relais_csv_parse_bounded ("a,b", 3, ',', 10, 10, &unclosed, NULL));
  g_test_assert_expected_messages ();

  expect ("relais-file-read", "path != NULL");
  g_assert_null (relais_file_read_path (NULL, 10, NULL, NULL, NULL));
  g_test_assert_expected_messages ();

  expect ("relais-file-read", "G_IS_FILE (file)");
  g_assert_null (relais_file_read (NULL, 10, NULL, NULL, NULL));
  g_test_assert_expected_messages ();

  expect ("relais-json-read", "data != NULL || length == 0");
  g_assert_false (relais_json_check_depth (NULL, 3, 10, NULL));
  g_test_assert_expected_messages ();

  expect ("relais-properties", "properties != NULL");
  g_assert_null (relais_properties_get (NULL, "name"));
  g_test_assert_expected_messages ();

  expect ("relais-opening-hours", "text != NULL");
  g_assert_null (relais_opening_hours_parse (NULL, NULL));
  g_test_assert_expected_messages ();

  expect ("relais-opening-hours", "error == NULL || *error == NULL");
  g_assert_null (relais_opening_hours_parse ("Mo-Fr 09:00-12:00", &set));
  g_test_assert_expected_messages ();
  g_error_free (set);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/preconditions/profile", test_profile);
  g_test_add_func ("/preconditions/store", test_store);
  g_test_add_func ("/preconditions/catalog", test_catalog);
  g_test_add_func ("/preconditions/directory", test_directory);
  g_test_add_func ("/preconditions/formats", test_formats);

  return g_test_run ();
}
