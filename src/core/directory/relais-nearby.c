/* relais-nearby.c — help nearby, nearest first: by distance where both ends
 * have a location, by commune, EPCI and département where they do not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby"

#include "config.h"

#include <math.h>

#include "relais-departements.h"
#include "relais-nearby.h"

#define EARTH_RADIUS_KM 6371.0

void
relais_origin_init (RelaisOrigin        *origin,
                    const RelaisCommune *commune,
                    const char          *departement)
{
  g_return_if_fail (origin != NULL);

  origin->commune = commune;
  origin->departement = commune != NULL ? commune->departement : departement;
  origin->basis = RELAIS_ORIGIN_UNLOCATED;
  origin->latitude = origin->longitude = 0;
}

/* The finder already leaves such positions out of its places; checked again
 * here because a wrong middle misplaces everything ranked from it. */
static gboolean
can_place_a_commune (const RelaisWhere *where)
{
  const char *departement = where->commune != NULL ? where->commune->departement : where->departement;

  return where->has_location &&
         relais_departements_location_is_plausible (departement, where->latitude, where->longitude);
}

static gboolean
centre_of (const RelaisWhere *items,
           guint              n_items,
           gboolean         (*inside) (const RelaisWhere *, const RelaisCommune *),
           const RelaisCommune *commune,
           double            *latitude,
           double            *longitude)
{
  double sum_latitude = 0, sum_longitude = 0;
  guint n = 0;

  for (guint i = 0; i < n_items; i++)
    {
      if (items[i].commune != NULL && inside (&items[i], commune) && can_place_a_commune (&items[i]))
        {
          sum_latitude += items[i].latitude;
          sum_longitude += items[i].longitude;
          n++;
        }
    }

  if (n == 0)
    return FALSE;

  *latitude = sum_latitude / n;
  *longitude = sum_longitude / n;
  return TRUE;
}

static gboolean
in_commune (const RelaisWhere   *where,
            const RelaisCommune *commune)
{
  return where->commune == commune;
}

static gboolean
in_epci (const RelaisWhere   *where,
         const RelaisCommune *commune)
{
  return commune->epci[0] != '\0' && g_str_equal (where->commune->epci, commune->epci);
}

/**
 * relais_origin_locate:
 * @items: places whose locations are known
 *
 * The shipped data has no coordinates for communes, only for the places in
 * them: the user's commune is taken to be in the middle of its places, or,
 * when it has none, in the middle of the places of its EPCI (a few
 * kilometres across). A position that cannot be right for its département
 * (0,0, latitude and longitude swapped) is never used for that. The basis
 * is kept so that the interface can say so.
 */
void
relais_origin_locate (RelaisOrigin      *origin,
                      const RelaisWhere *items,
                      guint              n_items)
{
  g_return_if_fail (origin != NULL);
  g_return_if_fail (items != NULL || n_items == 0);

  origin->basis = RELAIS_ORIGIN_UNLOCATED;
  if (origin->commune == NULL)
    return;

  if (centre_of (items, n_items, in_commune, origin->commune, &origin->latitude, &origin->longitude))
    origin->basis = RELAIS_ORIGIN_COMMUNE_PLACES;
  else if (centre_of (items, n_items, in_epci, origin->commune, &origin->latitude, &origin->longitude))
    origin->basis = RELAIS_ORIGIN_EPCI_PLACES;
}

/**
 * relais_distance_km:
 *
 * The great-circle distance (haversine), in kilometres.
 */
double
relais_distance_km (double latitude_a,
                    double longitude_a,
                    double latitude_b,
                    double longitude_b)
{
  double phi_a = latitude_a * G_PI / 180, phi_b = latitude_b * G_PI / 180;
  double d_phi = phi_b - phi_a, d_lambda = (longitude_b - longitude_a) * G_PI / 180;
  double h = sin (d_phi / 2) * sin (d_phi / 2) +
             cos (phi_a) * cos (phi_b) * sin (d_lambda / 2) * sin (d_lambda / 2);

  return 2 * EARTH_RADIUS_KM * asin (MIN (1.0, sqrt (h)));
}

RelaisNearness
relais_nearness (const RelaisOrigin *origin,
                 const RelaisWhere  *where)
{
  const char *departement;

  g_return_val_if_fail (origin != NULL, RELAIS_NEARNESS_ELSEWHERE);
  g_return_val_if_fail (where != NULL, RELAIS_NEARNESS_ELSEWHERE);

  if (origin->commune != NULL && where->commune != NULL)
    {
      if (where->commune == origin->commune)
        return RELAIS_NEARNESS_SAME_COMMUNE;
      if (in_epci (where, origin->commune))
        return RELAIS_NEARNESS_SAME_EPCI;
    }

  departement = where->commune != NULL ? where->commune->departement : where->departement;
  if (origin->departement != NULL && departement != NULL && g_str_equal (origin->departement, departement))
    return RELAIS_NEARNESS_SAME_DEPARTEMENT;

  return RELAIS_NEARNESS_ELSEWHERE;
}

/* Sorted by (group, value, index): located things by their distance, things
 * without a location by how near their commune is. Something in the user's
 * own commune counts as 0 km even without coordinates. The index keeps the
 * data's own order among equals, so the ranking is the same on every run. */
typedef struct
{
  RelaisNearby nearby;
  guint        group;
  double       value;
} Keyed;

static int
compare_keyed (const Keyed *a,
               const Keyed *b)
{
  if (a->group != b->group)
    return a->group < b->group ? -1 : 1;
  if (a->value != b->value)
    return a->value < b->value ? -1 : 1;
  return a->nearby.index < b->nearby.index ? -1 : a->nearby.index > b->nearby.index;
}

static int
compare_keyed_qsort (gconstpointer a,
                     gconstpointer b)
{
  return compare_keyed (a, b);
}

static void
key_item (const RelaisOrigin *origin,
          const RelaisWhere  *where,
          guint               index,
          Keyed              *keyed)
{
  keyed->nearby.index = index;
  keyed->nearby.nearness = relais_nearness (origin, where);
  keyed->nearby.distance_km = -1;

  if (origin->basis != RELAIS_ORIGIN_UNLOCATED && where->has_location)
    {
      keyed->nearby.distance_km = relais_distance_km (origin->latitude, origin->longitude,
                                                      where->latitude, where->longitude);
      keyed->group = 0;
      keyed->value = keyed->nearby.distance_km;
    }
  else if (origin->basis != RELAIS_ORIGIN_UNLOCATED)
    {
      keyed->group = keyed->nearby.nearness == RELAIS_NEARNESS_SAME_COMMUNE ? 0 : 1;
      keyed->value = keyed->group == 0 ? 0 : keyed->nearby.nearness;
    }
  else
    {
      keyed->group = 0;
      keyed->value = keyed->nearby.nearness;
    }
}

/**
 * relais_nearby_rank:
 * @items: (array length=n_items): where each thing is
 * @max_results: how many to return, 0 for all
 * @filter: (nullable) (scope call): keeps the things it returns %TRUE for
 *
 * Nearest first. For a few results out of many, only the best are kept
 * while going through the items once: 10 of 20,000 costs one pass.
 *
 * Returns: (transfer full) (element-type RelaisNearby): the ranking
 */
GArray *
relais_nearby_rank (const RelaisOrigin *origin,
                    const RelaisWhere  *items,
                    guint               n_items,
                    guint               max_results,
                    RelaisNearbyFilter  filter,
                    gpointer            user_data)
{
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (Keyed));
  GArray *ranking;

  g_return_val_if_fail (origin != NULL, NULL);
  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  for (guint i = 0; i < n_items; i++)
    {
      Keyed keyed;
      guint position;

      if (filter != NULL && !filter (i, user_data))
        continue;

      key_item (origin, &items[i], i, &keyed);
      if (max_results == 0)
        {
          g_array_append_val (kept, keyed);
          continue;
        }

      /* A sorted window of the best max_results so far. */
      if (kept->len == max_results &&
          compare_keyed (&keyed, &g_array_index (kept, Keyed, kept->len - 1)) >= 0)
        continue;
      position = kept->len;
      while (position > 0 && compare_keyed (&keyed, &g_array_index (kept, Keyed, position - 1)) < 0)
        position--;
      g_array_insert_val (kept, position, keyed);
      if (kept->len > max_results)
        g_array_set_size (kept, max_results);
    }

  if (max_results == 0)
    g_array_sort (kept, compare_keyed_qsort);

  ranking = g_array_sized_new (FALSE, FALSE, sizeof (RelaisNearby), kept->len);
  for (guint i = 0; i < kept->len; i++)
    g_array_append_val (ranking, g_array_index (kept, Keyed, i).nearby);

  return ranking;
}
