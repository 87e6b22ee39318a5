/* relais-nearby-national.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-nearby-section.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_NEARBY_NATIONAL (relais_nearby_national_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNearbyNational, relais_nearby_national, RELAIS, NEARBY_NATIONAL, RelaisNearbySection)

G_END_DECLS
