/* relais-nearby-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RELAIS_TYPE_NEARBY_GROUP (relais_nearby_group_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNearbyGroup, relais_nearby_group, RELAIS, NEARBY_GROUP, GObject)

RelaisNearbyGroup *relais_nearby_group_new          (const char        *title,
                                                     const char        *subtitle,
                                                     GListModel        *entries);
const char        *relais_nearby_group_get_title    (RelaisNearbyGroup *self);
const char        *relais_nearby_group_get_subtitle (RelaisNearbyGroup *self);
GListModel        *relais_nearby_group_get_entries  (RelaisNearbyGroup *self);

G_END_DECLS
