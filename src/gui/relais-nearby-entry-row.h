/* relais-nearby-entry-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-nearby-entry.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_NEARBY_ENTRY_ROW (relais_nearby_entry_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNearbyEntryRow, relais_nearby_entry_row, RELAIS, NEARBY_ENTRY_ROW, AdwActionRow)

GtkWidget *relais_nearby_entry_row_new    (RelaisNearbyEntry *entry);
GtkWidget *relais_nearby_entry_row_create (gpointer           item,
                                           gpointer           user_data);

G_END_DECLS
