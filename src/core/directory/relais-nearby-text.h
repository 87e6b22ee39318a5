/* relais-nearby-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-directory.h"
#include "relais-nearby.h"
#include "relais-place-finder.h"
#include "relais-profile.h"

G_BEGIN_DECLS

char *relais_nearby_describe_distance (const RelaisNearby *nearby,
                                       const RelaisWhere  *where);
char *relais_nearby_format_date       (const char         *iso_date);
char *relais_nearby_describe_list_source (const RelaisPlaces *places,
                                          gboolean            with_licence);
const char *relais_nearby_no_hoster_known (void);
char *relais_nearby_format_phone      (const char         *phone);
char *relais_nearby_describe_hosters  (RelaisDirectory    *directory,
                                       RelaisPlaceFinder  *finder,
                                       RelaisProfile      *profile,
                                       const char         *service_type,
                                       guint               max_hosters);

G_END_DECLS
