/* relais-test-utils.c — helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "relais-test-utils.h"

/* One turn of relais_test_wait_until(): what is ready runs, else a short
 * sleep rather than a spin; past @deadline, the test fails. */
void
relais_test_wait_step (gint64      deadline,
                       const char *condition,
                       const char *file,
                       int         line,
                       const char *function)
{
  if (g_get_monotonic_time () > deadline)
    {
      g_autofree char *message = g_strdup_printf ("timed out waiting for: %s", condition);

      g_assertion_message (G_LOG_DOMAIN, file, line, function, message);
      /* With non-fatal assertions, the loop still has to end. */
      g_error ("%s:%d: %s", file, line, message);
    }

  if (!g_main_context_iteration (NULL, FALSE))
    g_usleep (G_TIME_SPAN_MILLISECOND);
}

/* How many files a folder holds (none when it does not exist). */
guint
relais_test_count_children (GFile *folder)
{
  g_autoptr(GDir) dir = g_dir_open (g_file_peek_path (folder), 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

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

struct _RelaisTestNotify
{
  GObject *object;
  gulong   handler;
  guint    count;
};

static void
notify_count_cb (RelaisTestNotify *watch)
{
  watch->count++;
}

/**
 * relais_test_notify_watch:
 * @signal_name: "notify::users", "items-changed", "tool-notify::choice"…
 *
 * Counts the emissions of a signal whatever its arguments.
 */
RelaisTestNotify *
relais_test_notify_watch (gpointer    object,
                          const char *signal_name)
{
  RelaisTestNotify *watch = g_new0 (RelaisTestNotify, 1);

  watch->object = g_object_ref (object);
  watch->handler = g_signal_connect_swapped (object, signal_name, G_CALLBACK (notify_count_cb), watch);
  g_assert_cmpuint (watch->handler, !=, 0);
  return watch;
}

/* The emissions since the last call, and the count starts again. */
guint
relais_test_notify_take (RelaisTestNotify *watch)
{
  guint count = watch->count;

  watch->count = 0;
  return count;
}

void
relais_test_notify_free (RelaisTestNotify *watch)
{
  g_clear_signal_handler (&watch->handler, watch->object);
  g_clear_object (&watch->object);
  g_free (watch);
}
