/* relais-gui-test-utils.h — helpers shared by the widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-context.h"

G_BEGIN_DECLS

void       relais_test_collect        (GtkWidget   *widget,
                                       GType        type,
                                       GPtrArray   *found);
GPtrArray *relais_test_collect_rows   (gpointer     widget);
GtkWidget *relais_test_template_child (gpointer     widget,
                                       GType        type,
                                       const char  *name);

RelaisContext *relais_test_new_context (RelaisProfileStore *store,
                                        GFile              *catalog_folder);

G_END_DECLS
