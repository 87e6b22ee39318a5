/* test-data.c — the data compiled into the model: read without the GUI
 * library, the same bytes as the files in data/, and what reads them works
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "relais-catalog.h"
#include "relais-communes.h"
#include "relais-data.h"
#include "relais-directory.h"
#include "relais-places.h"

static const char *shipped[] = {
  "catalog/categories.json",
  "catalog/proprietary.json",
  "catalog/alternatives.json",
  "directory/communes.tsv",
  "directory/contacts.json",
  "directory/hosters.json",
  "directory/inclusion-tools.json",
  "directory/funding.json",
  "directory/places.json",
};

static void
test_same_bytes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
    {
      g_autofree char *resource = g_strconcat (RESOURCE_PATH "/", shipped[i], NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", shipped[i], NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      g_test_message ("%s", shipped[i]);
      bytes = relais_data_lookup (resource, &error);
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), contents, length);
    }
}

static void
test_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = relais_data_lookup (RESOURCE_PATH "/catalog/nothing.json", &error);

  g_assert_null (bytes);
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
}

/* What the command line and the application read, with the model alone. */
static void
test_defaults (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisCatalog) catalog = relais_catalog_new_from_resource (RESOURCE_PATH "/catalog", &error);
  g_autoptr(RelaisDirectory) directory = NULL;
  g_autoptr(RelaisPlaces) places = NULL;
  RelaisCommunes *communes;

  g_assert_no_error (error);
  g_assert_cmpuint (relais_catalog_get_tools (catalog)->len, >, 0);

  directory = relais_directory_load_default (NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (relais_directory_get_contacts (directory)->len, >, 0);
  g_assert_cmpuint (relais_directory_get_hosters (directory)->len, >, 0);

  communes = relais_communes_get_default (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (relais_communes_get_count (communes), >, 30000);

  /* The empty data folder of main() has no imported places: the shipped ones. */
  places = relais_places_load_default (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (places->places->len, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* An empty data folder, so that no places imported by the user are read
   * (not G_TEST_OPTION_ISOLATE_DIRS: GLib 2.74 leaks its folders' names,
   * which the valgrind lane counts). */
  g_autofree char *data_home = g_dir_make_tmp ("relais-test-data-XXXXXX", NULL);
  int status;

  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data/same-bytes", test_same_bytes);
  g_test_add_func ("/data/missing", test_missing);
  g_test_add_func ("/data/defaults", test_defaults);

  status = g_test_run ();
  g_rmdir (data_home);
  return status;
}
