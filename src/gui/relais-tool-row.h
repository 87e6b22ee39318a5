/* relais-tool-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-catalog.h"
#include "relais-directory.h"
#include "relais-place-finder.h"
#include "relais-profile-tool.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_TOOL_ROW (relais_tool_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisToolRow, relais_tool_row, RELAIS, TOOL_ROW, AdwExpanderRow)

GtkWidget         *relais_tool_row_new      (RelaisCatalog     *catalog,
                                             RelaisProfile     *profile,
                                             RelaisProfileTool *tool,
                                             RelaisDirectory   *directory,
                                             RelaisPlaceFinder *finder);
RelaisProfileTool *relais_tool_row_get_tool (RelaisToolRow     *self);
void               relais_tool_row_set_nearby (RelaisToolRow   *self,
                                               RelaisDirectory   *directory,
                                               RelaisPlaceFinder *finder);
void               relais_tool_row_grab_focus (RelaisToolRow   *self);

G_END_DECLS
