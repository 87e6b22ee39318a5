/* relais-tools-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-context.h"
#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_TOOLS_PAGE (relais_tools_page_get_type ())

G_DECLARE_FINAL_TYPE (RelaisToolsPage, relais_tools_page, RELAIS, TOOLS_PAGE, AdwBin)

void relais_tools_page_set_context (RelaisToolsPage *self,
                                    RelaisContext   *context);
void relais_tools_page_set_profile (RelaisToolsPage *self,
                                    RelaisProfile   *profile);

G_END_DECLS
