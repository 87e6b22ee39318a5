/* relais-nearby-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-context.h"
#include "relais-nearby.h"
#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_NEARBY_SECTION (relais_nearby_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (RelaisNearbySection, relais_nearby_section, RELAIS, NEARBY_SECTION, AdwPreferencesGroup)

struct _RelaisNearbySectionClass
{
  AdwPreferencesGroupClass parent_class;

  /* What the section lists: called when the profile or the context's data
   * changes, and only once the directory and the places are there. */
  void (*refresh)       (RelaisNearbySection *self);
  /* The profile's tools changed (down to a letter of a note): most sections
   * list nothing of them. */
  void (*tools_changed) (RelaisNearbySection *self);
};

RelaisContext     *relais_nearby_section_get_context   (RelaisNearbySection *self);
void               relais_nearby_section_set_context   (RelaisNearbySection *self,
                                                        RelaisContext       *context);
RelaisProfile     *relais_nearby_section_get_profile   (RelaisNearbySection *self);
void               relais_nearby_section_set_profile   (RelaisNearbySection *self,
                                                        RelaisProfile       *profile);
RelaisDirectory   *relais_nearby_section_get_directory (RelaisNearbySection *self);
RelaisPlaceFinder *relais_nearby_section_get_finder    (RelaisNearbySection *self);
RelaisCatalog     *relais_nearby_section_get_catalog   (RelaisNearbySection *self);
void               relais_nearby_section_locate        (RelaisNearbySection *self,
                                                        RelaisOrigin        *origin);
void               relais_nearby_section_show          (RelaisNearbySection *self,
                                                        GPtrArray           *items);
void               relais_nearby_section_refresh       (RelaisNearbySection *self);
void               relais_nearby_section_focus_row     (RelaisNearbySection *self,
                                                        guint                position);

G_END_DECLS
