/* relais-nearby-details.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RELAIS_TYPE_NEARBY_DETAILS (relais_nearby_details_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNearbyDetails, relais_nearby_details, RELAIS, NEARBY_DETAILS, AdwWindow)

RelaisNearbyDetails *relais_nearby_details_new         (GtkWindow           *parent,
                                                        const char          *title,
                                                        const char          *subtitle);
void                 relais_nearby_details_add_group   (RelaisNearbyDetails *self,
                                                        const char          *title);
void                 relais_nearby_details_add_fact    (RelaisNearbyDetails *self,
                                                        const char          *label,
                                                        const char          *value);
void                 relais_nearby_details_set_reach   (RelaisNearbyDetails *self,
                                                        const char          *phone,
                                                        const char          *email,
                                                        const char          *website,
                                                        const char          *address);
void                 relais_nearby_details_set_source  (RelaisNearbyDetails *self,
                                                        const char          *source);

G_END_DECLS
