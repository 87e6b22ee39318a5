/* relais-place-finder.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "relais-communes.h"
#include "relais-nearby.h"
#include "relais-opening-hours.h"
#include "relais-places.h"
#include "relais-profile.h"

G_BEGIN_DECLS

/* What the user filters places on; NULL members keep everything. */
typedef struct
{
  const char *service;   /* a service slug */
  const char *audience;  /* a public slug: who the place welcomes */
  const char *fee;       /* a fee slug */
  GDateTime  *open_at;   /* open at that moment, by their published hours */
} RelaisPlaceFilter;

/* Within this distance, a place of another département is within reach. */
#define RELAIS_PLACE_REACH_KM 30.0

typedef struct _RelaisPlaceFinder RelaisPlaceFinder;

#define RELAIS_TYPE_PLACE_FINDER (relais_place_finder_get_type ())
GType relais_place_finder_get_type (void) G_GNUC_CONST;

RelaisPlaceFinder  *relais_place_finder_new        (RelaisPlaces        *places,
                                                    RelaisCommunes      *communes);
RelaisCommunes     *relais_place_finder_get_communes (RelaisPlaceFinder *self);
RelaisPlaceFinder  *relais_place_finder_ref        (RelaisPlaceFinder   *self);
void                relais_place_finder_unref      (RelaisPlaceFinder   *self);
RelaisPlaces       *relais_place_finder_get_places (RelaisPlaceFinder   *self);
guint               relais_place_finder_get_n_open_places (RelaisPlaceFinder *self);
void                relais_place_finder_locate     (RelaisPlaceFinder   *self,
                                                    RelaisOrigin        *origin);
void                relais_place_finder_origin_for_profile (RelaisPlaceFinder *self,
                                                            RelaisProfile     *profile,
                                                            RelaisOrigin      *origin);
GArray             *relais_place_finder_find       (RelaisPlaceFinder   *self,
                                                    const RelaisOrigin  *origin,
                                                    const RelaisPlaceFilter *filter,
                                                    guint                max_results);
GArray             *relais_place_finder_find_for_needs (RelaisPlaceFinder       *self,
                                                        const RelaisOrigin      *origin,
                                                        const RelaisPlaceFilter *filter,
                                                        guint                    max_results);
gboolean            relais_place_helps_with_computers (const RelaisPlace    *place);
const RelaisPlace  *relais_place_finder_get_place  (RelaisPlaceFinder   *self,
                                                    guint                index);
const RelaisWhere  *relais_place_finder_get_where  (RelaisPlaceFinder   *self,
                                                    guint                index);
RelaisOpeningHours *relais_place_finder_get_hours  (RelaisPlaceFinder   *self,
                                                    guint                index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisPlaceFinder, relais_place_finder_unref)

G_END_DECLS
