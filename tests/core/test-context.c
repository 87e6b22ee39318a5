/* test-context.c — the application's context: nothing read before it is
 * asked for, one read in a worker thread for many who ask, notified once,
 * read again on demand, a cancelled caller alone told so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "relais-context.h"

typedef struct
{
  RelaisContext *context;
  guint          n_notified;
} Fixture;

typedef struct
{
  gboolean  done;
  gpointer  value;
  char     *warning;
  GError   *error;
} Answer;

static void
answer_clear (Answer *answer)
{
  g_clear_pointer (&answer->warning, g_free);
  g_clear_error (&answer->error);
}

static void
notified_cb (GObject    *object,
             GParamSpec *pspec,
             gpointer    user_data)
{
  Fixture *fixture = user_data;

  fixture->n_notified++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (g_get_user_data_dir ());
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (folder);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  fixture->context = relais_context_new (store, settings);
  g_signal_connect (fixture->context, "notify", G_CALLBACK (notified_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->context);
}

/* Waits for a condition, with a deadline: a read never done fails the test. */
static void
wait_for (gboolean *done)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!*done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (*done);
}

static void
catalog_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Answer *answer = user_data;

  answer->value = relais_context_load_catalog_finish (RELAIS_CONTEXT (object), result, &answer->error);
  answer->done = TRUE;
}

static void
directory_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Answer *answer = user_data;

  answer->value = relais_context_load_directory_finish (RELAIS_CONTEXT (object), result,
                                                        &answer->warning, &answer->error);
  answer->done = TRUE;
}

static void
places_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Answer *answer = user_data;

  answer->value = relais_context_load_places_finish (RELAIS_CONTEXT (object), result,
                                                     &answer->warning, &answer->error);
  answer->done = TRUE;
}

static void
test_context_nothing_read_first (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_assert_nonnull (relais_context_get_store (fixture->context));
  g_assert_nonnull (relais_context_get_settings (fixture->context));
  g_assert_null (relais_context_get_catalog (fixture->context));
  g_assert_null (relais_context_get_directory (fixture->context));
  g_assert_null (relais_context_get_finder (fixture->context));
  g_assert_cmpuint (fixture->n_notified, ==, 0);
}

/* Two areas ask at once: one read, one notification, the same catalogue. */
static void
test_context_catalog_shared (Fixture       *fixture,
                             gconstpointer  data)
{
  Answer first = { 0 }, second = { 0 }, third = { 0 };

  relais_context_load_catalog_async (fixture->context, NULL, catalog_done_cb, &first);
  relais_context_load_catalog_async (fixture->context, NULL, catalog_done_cb, &second);
  /* Read in a worker: not there before the main loop runs. */
  g_assert_null (relais_context_get_catalog (fixture->context));
  g_assert_false (first.done);

  wait_for (&first.done);
  wait_for (&second.done);
  g_assert_no_error (first.error);
  g_assert_no_error (second.error);
  g_assert_nonnull (first.value);
  g_assert_true (first.value == second.value);
  g_assert_true (first.value == relais_context_get_catalog (fixture->context));
  g_assert_nonnull (relais_catalog_lookup_tool (first.value, "microsoft-word"));
  g_assert_cmpuint (fixture->n_notified, ==, 1);

  /* Once read, asked again: the same one, later, and nothing notified. */
  relais_context_load_catalog_async (fixture->context, NULL, catalog_done_cb, &third);
  g_assert_false (third.done);
  wait_for (&third.done);
  g_assert_true (third.value == first.value);
  g_assert_true (relais_context_load_catalog (fixture->context, NULL) == first.value);
  g_assert_cmpuint (fixture->n_notified, ==, 1);

  answer_clear (&first);
  answer_clear (&second);
  answer_clear (&third);
}

/* A plan asked for before any area read the catalogue reads it on the spot;
 * a read already under way does not replace it when it ends. */
static void
test_context_catalog_now (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Answer answer = { 0 };
  RelaisCatalog *catalog;

  relais_context_load_catalog_async (fixture->context, NULL, catalog_done_cb, &answer);
  catalog = relais_context_load_catalog (fixture->context, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (fixture->n_notified, ==, 1);

  wait_for (&answer.done);
  g_assert_no_error (answer.error);
  g_assert_true (answer.value == catalog);
  g_assert_true (relais_context_get_catalog (fixture->context) == catalog);
  g_assert_cmpuint (fixture->n_notified, ==, 1);
  answer_clear (&answer);
}

/* After a refresh of the hosters the directory is read again: a new one is
 * notified, and a page still holding the old one can keep it. */
static void
test_context_directory_again (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(RelaisDirectory) old = NULL;
  Answer first = { 0 }, again = { 0 };

  relais_context_load_directory_async (fixture->context, FALSE, NULL, directory_done_cb, &first);
  wait_for (&first.done);
  g_assert_no_error (first.error);
  g_assert_null (first.warning);
  g_assert_nonnull (first.value);
  g_assert_cmpuint (fixture->n_notified, ==, 1);
  old = relais_directory_ref (first.value);

  relais_context_load_directory_async (fixture->context, TRUE, NULL, directory_done_cb, &again);
  wait_for (&again.done);
  g_assert_no_error (again.error);
  g_assert_nonnull (again.value);
  g_assert_true (again.value != old);
  g_assert_true (again.value == relais_context_get_directory (fixture->context));
  g_assert_cmpuint (fixture->n_notified, ==, 2);
  g_assert_cmpuint (relais_directory_get_contacts (old)->len, ==,
                    relais_directory_get_contacts (again.value)->len);

  answer_clear (&first);
  answer_clear (&again);
}

/* Asked to read again while a read runs: those waiting get the newer one. */
static void
test_context_places_again_while_reading (Fixture       *fixture,
                                         gconstpointer  data)
{
  Answer first = { 0 }, again = { 0 };
  RelaisCommunes *communes;

  relais_context_load_places_async (fixture->context, FALSE, NULL, places_done_cb, &first);
  relais_context_load_places_async (fixture->context, TRUE, NULL, places_done_cb, &again);
  wait_for (&first.done);
  wait_for (&again.done);
  g_assert_no_error (first.error);
  g_assert_no_error (again.error);
  g_assert_true (first.value == again.value);
  g_assert_true (first.value == relais_context_get_finder (fixture->context));
  /* Two reads, each notified. */
  g_assert_cmpuint (fixture->n_notified, ==, 2);

  communes = relais_place_finder_get_communes (first.value);
  g_assert_nonnull (relais_communes_lookup (communes, "14366"));
  g_assert_cmpuint (relais_place_finder_get_places (first.value)->places->len, >, 0);

  answer_clear (&first);
  answer_clear (&again);
}

/* The caller that went away is told it was cancelled; the others get theirs. */
static void
test_context_cancelled_caller (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Answer gone = { 0 }, stays = { 0 };

  relais_context_load_directory_async (fixture->context, FALSE, cancellable, directory_done_cb, &gone);
  relais_context_load_directory_async (fixture->context, FALSE, NULL, directory_done_cb, &stays);
  g_cancellable_cancel (cancellable);
  wait_for (&gone.done);
  wait_for (&stays.done);
  g_assert_error (gone.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (gone.value);
  g_assert_no_error (stays.error);
  g_assert_nonnull (stays.value);

  answer_clear (&gone);
  answer_clear (&stays);
}

static void
test_context_preconditions (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_test_expect_message ("relais-context", G_LOG_LEVEL_CRITICAL, "*RELAIS_IS_PROFILE_STORE*");
  g_assert_null (relais_context_new (NULL, settings));
  g_test_assert_expected_messages ();

  g_test_expect_message ("relais-context", G_LOG_LEVEL_CRITICAL, "*RELAIS_IS_CONTEXT*");
  g_assert_null (relais_context_get_catalog (NULL));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("relais-context-XXXXXX", NULL);
  int status;

  setlocale (LC_ALL, "");
  /* The refreshed hosters and imported places are looked for in the user's
   * data folder: an empty one of the test's own (GLib 2.74's
   * G_TEST_OPTION_ISOLATE_DIRS leaks what it sets, which valgrind reports). */
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/context/nothing-read-first", test_context_nothing_read_first);
  ADD ("/context/catalog-shared", test_context_catalog_shared);
  ADD ("/context/catalog-now", test_context_catalog_now);
  ADD ("/context/directory-again", test_context_directory_again);
  ADD ("/context/places-again-while-reading", test_context_places_again_while_reading);
  ADD ("/context/cancelled-caller", test_context_cancelled_caller);
#undef ADD
  g_test_add_func ("/context/preconditions", test_context_preconditions);

  status = g_test_run ();
  g_rmdir (data_home);
  return status;
}
