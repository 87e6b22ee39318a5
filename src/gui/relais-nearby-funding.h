/* relais-nearby-funding.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-nearby-section.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_NEARBY_FUNDING (relais_nearby_funding_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNearbyFunding, relais_nearby_funding, RELAIS, NEARBY_FUNDING, RelaisNearbySection)

G_END_DECLS
