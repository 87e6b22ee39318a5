/* relais-tool-details.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-catalog.h"
#include "relais-profile-tool.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_TOOL_DETAILS (relais_tool_details_get_type ())

G_DECLARE_FINAL_TYPE (RelaisToolDetails, relais_tool_details, RELAIS, TOOL_DETAILS, GtkBox)

GtkWidget *relais_tool_details_new (RelaisCatalog     *catalog,
                                    RelaisProfile     *profile,
                                    RelaisProfileTool *tool,
                                    GListModel        *alternatives);

G_END_DECLS
