/* relais-nearby-places.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-nearby-section.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_NEARBY_PLACES (relais_nearby_places_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNearbyPlaces, relais_nearby_places, RELAIS, NEARBY_PLACES, RelaisNearbySection)

void relais_nearby_places_set_filter (RelaisNearbyPlaces *self,
                                      const char         *service,
                                      const char         *audience,
                                      const char         *fee,
                                      gboolean            open_now);
void relais_nearby_places_show_more  (RelaisNearbyPlaces *self);

G_END_DECLS
