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
GFile         *relais_test_catalog_folder (void);

G_END_DECLS
