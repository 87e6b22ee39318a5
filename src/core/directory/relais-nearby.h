/* relais-nearby.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "relais-communes.h"

G_BEGIN_DECLS

/* Where something is, as far as its source says. */
typedef struct
{
  const RelaisCommune *commune;       /* nullable: resolved once, when loaded */
  const char          *departement;   /* nullable; the commune's when it is known */
  gboolean             has_location;
  double               latitude;
  double               longitude;
} RelaisWhere;

typedef enum
{
  RELAIS_ORIGIN_UNLOCATED,      /* only the commune, EPCI and département are known */
  RELAIS_ORIGIN_COMMUNE_PLACES, /* the middle of the places listed in the commune */
  RELAIS_ORIGIN_EPCI_PLACES,    /* the middle of the places listed in its EPCI */
} RelaisOriginBasis;

/* Where the user is: their commune, or only their département. */
typedef struct
{
  const RelaisCommune *commune;       /* nullable */
  const char          *departement;   /* nullable */
  RelaisOriginBasis    basis;
  double               latitude;
  double               longitude;
} RelaisOrigin;

typedef enum
{
  RELAIS_NEARNESS_SAME_COMMUNE,
  RELAIS_NEARNESS_SAME_EPCI,
  RELAIS_NEARNESS_SAME_DEPARTEMENT,
  RELAIS_NEARNESS_ELSEWHERE,
} RelaisNearness;

typedef struct
{
  guint          index;        /* into the items given */
  RelaisNearness nearness;
  double         distance_km;  /* < 0 when either end has no location */
} RelaisNearby;

typedef gboolean (*RelaisNearbyFilter) (guint    index,
                                        gpointer user_data);

void    relais_origin_init          (RelaisOrigin        *origin,
                                     const RelaisCommune *commune,
                                     const char          *departement);
void    relais_origin_locate        (RelaisOrigin        *origin,
                                     const RelaisWhere   *items,
                                     guint                n_items);

double  relais_distance_km          (double latitude_a,
                                     double longitude_a,
                                     double latitude_b,
                                     double longitude_b);

RelaisNearness relais_nearness      (const RelaisOrigin  *origin,
                                     const RelaisWhere   *where);

GArray *relais_nearby_rank          (const RelaisOrigin  *origin,
                                     const RelaisWhere   *items,
                                     guint                n_items,
                                     guint                max_results,
                                     RelaisNearbyFilter   filter,
                                     gpointer             user_data);

G_END_DECLS
