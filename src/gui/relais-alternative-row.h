/* relais-alternative-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-profile-tool.h"
#include "relais-ranked-alternative.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_ALTERNATIVE_ROW (relais_alternative_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisAlternativeRow, relais_alternative_row, RELAIS, ALTERNATIVE_ROW, AdwPreferencesRow)

GtkWidget *relais_alternative_row_new (RelaisRankedAlternative *ranked,
                                       RelaisProfileTool       *tool);

G_END_DECLS
