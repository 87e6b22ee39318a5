/* relais-nearby-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RELAIS_TYPE_NEARBY_ENTRY (relais_nearby_entry_get_type ())

G_DECLARE_FINAL_TYPE (RelaisNearbyEntry, relais_nearby_entry, RELAIS, NEARBY_ENTRY, GObject)

RelaisNearbyEntry *relais_nearby_entry_new               (const char        *title,
                                                          const char        *subtitle,
                                                          const char        *action_name,
                                                          GVariant          *action_target);
RelaisNearbyEntry *relais_nearby_entry_new_note          (const char        *text);
RelaisNearbyEntry *relais_nearby_entry_new_more          (const char        *title,
                                                          const char        *action_name);
const char        *relais_nearby_entry_get_title         (RelaisNearbyEntry *self);
const char        *relais_nearby_entry_get_subtitle      (RelaisNearbyEntry *self);
const char        *relais_nearby_entry_get_action_name   (RelaisNearbyEntry *self);
GVariant          *relais_nearby_entry_get_action_target (RelaisNearbyEntry *self);
gboolean           relais_nearby_entry_get_opens         (RelaisNearbyEntry *self);

G_END_DECLS
