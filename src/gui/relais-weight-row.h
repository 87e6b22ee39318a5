/* relais-weight-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_WEIGHT_ROW (relais_weight_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisWeightRow, relais_weight_row, RELAIS, WEIGHT_ROW, GtkListBoxRow)

GtkWidget    *relais_weight_row_new        (const char      *title,
                                            const char      *subtitle);
RelaisWeight  relais_weight_row_get_weight (RelaisWeightRow *self);
void          relais_weight_row_set_weight (RelaisWeightRow *self,
                                            RelaisWeight     weight);
GtkWidget    *relais_weight_row_get_button (RelaisWeightRow *self,
                                            RelaisWeight     weight);

G_END_DECLS
