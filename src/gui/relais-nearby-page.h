/* relais-nearby-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-catalog.h"
#include "relais-directory.h"
#include "relais-place-finder.h"
#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_NEARBY_PAGE (relais_nearby_page_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNearbyPage, relais_nearby_page, RELAIS, NEARBY_PAGE, AdwBin)

void relais_nearby_page_set_data    (RelaisNearbyPage  *self,
                                     RelaisDirectory   *directory,
                                     RelaisPlaceFinder *finder);
void relais_nearby_page_set_catalog (RelaisNearbyPage  *self,
                                     RelaisCatalog     *catalog);
void relais_nearby_page_set_profile (RelaisNearbyPage  *self,
                                     RelaisProfile     *profile);

G_END_DECLS
