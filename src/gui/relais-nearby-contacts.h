/* relais-nearby-contacts.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-nearby-section.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_NEARBY_CONTACTS (relais_nearby_contacts_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNearbyContacts, relais_nearby_contacts, RELAIS, NEARBY_CONTACTS, RelaisNearbySection)

G_END_DECLS
