/* relais-test-utils.c — helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "relais-test-utils.h"

/* Removes a temporary folder of a test and everything in it. */
void
relais_test_remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                                                   NULL, NULL);
  GFile *child;

  while (children != NULL &&
         g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) && child != NULL)
    relais_test_remove_tree (child);
  g_file_delete (file, NULL, NULL);
}

/* A new profile, added (so written) to @store; the store keeps it alive. */
RelaisProfile *
relais_test_add_profile (RelaisProfileStore *store,
                         const char         *name)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new (name);
  g_autoptr(GError) error = NULL;

  relais_profile_store_add (store, profile, &error);
  g_assert_no_error (error);

  return profile;
}

/* The tests' own small catalogue (tests/data/catalog). */
GFile *
relais_test_catalog_folder (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "catalog", NULL);

  return g_file_new_for_path (path);
}

/* The small catalogue of tests/data/catalog (G_TEST_SRCDIR is tests/). */
RelaisCatalog *
relais_test_load_catalog (void)
{
  g_autoptr(GFile) directory = relais_test_catalog_folder ();
  g_autoptr(GError) error = NULL;
  RelaisCatalog *catalog = relais_catalog_new_from_directory (directory, &error);

  g_assert_no_error (error);
  return catalog;
}
