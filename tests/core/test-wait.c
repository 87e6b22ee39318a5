/* test-wait.c — relais_test_wait_until(): returns once its condition holds,
 * without waiting a fixed time, and fails a test whose condition never does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "relais-test-utils.h"

static gboolean
set_flag_cb (gpointer user_data)
{
  gboolean *flag = user_data;

  *flag = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_until (void)
{
  gboolean flag = FALSE;
  gint64 start = g_get_monotonic_time ();

  g_timeout_add (20, set_flag_cb, &flag);
  relais_test_wait_until (flag);
  g_assert_true (flag);
  /* It ran the main loop for the timeout, and did not wait much longer. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 20 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpint (g_get_monotonic_time () - start, <, RELAIS_TEST_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND / 2);
}

static void
test_already_true (void)
{
  guint runs = 0;

  /* A condition already true is not waited for, and checked once. */
  relais_test_wait_until (++runs > 0);
  g_assert_cmpuint (runs, ==, 1);
}

static void
test_times_out (void)
{
  if (g_test_subprocess ())
    {
      gboolean never = FALSE;

      relais_test_wait_until_within (50, never);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*timed out waiting for: never*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wait/until", test_until);
  g_test_add_func ("/wait/already-true", test_already_true);
  g_test_add_func ("/wait/times-out", test_times_out);

  return g_test_run ();
}
