/* relais-test-utils.h — helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"
#include "relais-profile-store.h"

G_BEGIN_DECLS

void           relais_test_remove_tree  (GFile              *file);
RelaisProfile *relais_test_add_profile  (RelaisProfileStore *store,
                                         const char         *name);
RelaisCatalog *relais_test_load_catalog (void);

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
