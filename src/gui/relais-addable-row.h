/* relais-addable-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-profile.h"
#include "relais-tool-match.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_ADDABLE_ROW (relais_addable_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisAddableRow, relais_addable_row, RELAIS, ADDABLE_ROW, AdwActionRow)

GtkWidget       *relais_addable_row_new       (RelaisToolMatch  *match,
                                               RelaisProfile    *profile);
RelaisToolMatch *relais_addable_row_get_match (RelaisAddableRow *self);
void             relais_addable_row_set_match (RelaisAddableRow *self,
                                               RelaisToolMatch  *match);

G_END_DECLS
