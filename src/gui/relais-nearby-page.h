/* relais-nearby-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-context.h"
#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_NEARBY_PAGE (relais_nearby_page_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNearbyPage, relais_nearby_page, RELAIS, NEARBY_PAGE, AdwBin)

void relais_nearby_page_set_context (RelaisNearbyPage *self,
                                     RelaisContext    *context);
void relais_nearby_page_set_profile (RelaisNearbyPage *self,
                                     RelaisProfile    *profile);

G_END_DECLS
