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
RelaisProfile *relais_test_add_profile  (RelaisProfileStore *store,
                                         const char         *name);
RelaisCatalog *relais_test_load_catalog (void);

G_END_DECLS
