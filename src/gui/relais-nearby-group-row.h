/* relais-nearby-group-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-nearby-group.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_NEARBY_GROUP_ROW (relais_nearby_group_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNearbyGroupRow, relais_nearby_group_row, RELAIS, NEARBY_GROUP_ROW, AdwExpanderRow)

GtkWidget *relais_nearby_group_row_new (RelaisNearbyGroup *group);

G_END_DECLS
