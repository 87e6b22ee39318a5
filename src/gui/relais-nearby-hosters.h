/* relais-nearby-hosters.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-nearby-section.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_NEARBY_HOSTERS (relais_nearby_hosters_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNearbyHosters, relais_nearby_hosters, RELAIS, NEARBY_HOSTERS, RelaisNearbySection)

G_END_DECLS
