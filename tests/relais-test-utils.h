/* relais-test-utils.h — helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"
#include "relais-profile-store.h"

G_BEGIN_DECLS

/* How long a test waits for something before it fails. */
#define RELAIS_TEST_TIMEOUT_MS 10000

/* Runs the main loop until @condition holds; fails the test, naming the
 * condition, if it still does not after RELAIS_TEST_TIMEOUT_MS. Never a
 * fixed time: a fast machine does not wait, a slow one is not flaky. */
#define relais_test_wait_until(condition) \
  relais_test_wait_until_within (RELAIS_TEST_TIMEOUT_MS, condition)

#define relais_test_wait_until_within(milliseconds, condition) \
  G_STMT_START { \
    gint64 relais_test_deadline_ = g_get_monotonic_time () + (gint64) (milliseconds) * 1000; \
    while (!(condition)) \
      relais_test_wait_step (relais_test_deadline_, #condition, __FILE__, __LINE__, G_STRFUNC); \
  } G_STMT_END

void           relais_test_wait_step    (gint64              deadline,
                                         const char         *condition,
                                         const char         *file,
                                         int                 line,
                                         const char         *function);
void           relais_test_remove_tree  (GFile              *file);
guint          relais_test_count_children (GFile            *folder);
RelaisProfile *relais_test_add_profile  (RelaisProfileStore *store,
                                         const char         *name);
RelaisCatalog *relais_test_load_catalog (void);
GFile         *relais_test_catalog_folder (void);

/* Notifications counted as they come (Console's kgx-test-utils style): watch
 * a property, act, then assert that it was notified exactly so many times. */
typedef struct _RelaisTestNotify RelaisTestNotify;

RelaisTestNotify *relais_test_notify_watch  (gpointer            object,
                                             const char        *signal_name);
guint             relais_test_notify_take   (RelaisTestNotify  *watch);
void              relais_test_notify_free   (RelaisTestNotify  *watch);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisTestNotify, relais_test_notify_free)

#define relais_test_assert_notified(watch, n) \
  g_assert_cmpuint (relais_test_notify_take (watch), ==, (n))

G_END_DECLS
