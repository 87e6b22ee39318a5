/* relais-need-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-need-item.h"
#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_NEED_ROW (relais_need_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNeedRow, relais_need_row, RELAIS, NEED_ROW, GtkListBoxRow)

GtkWidget *relais_need_row_new (RelaisNeedItem *item,
                                RelaisProfile  *profile);

G_END_DECLS
