/* relais-list-diff.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean relais_list_diff              (gpointer   *old_items,
                                        guint       old_len,
                                        gpointer   *new_items,
                                        guint       new_len,
                                        GEqualFunc  same,
                                        guint      *position,
                                        guint      *removed,
                                        guint      *added);
void     relais_list_store_update      (GListStore *store,
                                        GPtrArray  *items,
                                        GEqualFunc  same);

G_END_DECLS
