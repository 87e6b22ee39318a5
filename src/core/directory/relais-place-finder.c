/* relais-place-finder.c — digital-inclusion places near the user, filtered
 * on what they offer, to whom, at what cost, and whether they are open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-place-finder"

#include "config.h"

#include "relais-departements.h"
#include "relais-place-finder.h"

struct _RelaisPlaceFinder
{
  gatomicrefcount      ref_count;
  RelaisPlaces        *places;
  RelaisCommunes      *communes;  /* not owned: lives as long as the program */
  RelaisWhere         *where;   /* one per place, communes resolved once */
  RelaisOpeningHours **hours;   /* one per place; NULL when absent or unreadable */
  guint                n_open;
};

G_DEFINE_BOXED_TYPE (RelaisPlaceFinder, relais_place_finder, relais_place_finder_ref, relais_place_finder_unref)

/**
 * relais_place_finder_new:
 *
 * Resolves the commune of every place once (most sources leave the INSEE
 * code out, relais_communes_resolve()) and reads every place's hours once:
 * what is left to do for each search is arithmetic. A position that cannot
 * be right for the place's département (0,0, or far outside it) is not
 * used: the place is then found by its commune, and never pulls the middle
 * of a commune away (relais_origin_locate()).
 *
 * Returns: (transfer full): the finder, reference-counted: pages keep it
 * while a newer list of places replaces it in the context
 */
RelaisPlaceFinder *
relais_place_finder_new (RelaisPlaces   *places,
                         RelaisCommunes *communes)
{
  RelaisPlaceFinder *self;
  guint n;

  g_return_val_if_fail (places != NULL, NULL);
  g_return_val_if_fail (communes != NULL, NULL);

  n = places->places->len;
  self = g_new0 (RelaisPlaceFinder, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->places = relais_places_ref (places);
  self->communes = communes;
  self->where = g_new0 (RelaisWhere, MAX (n, 1));
  self->hours = g_new0 (RelaisOpeningHours *, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      const RelaisPlace *place = g_ptr_array_index (places->places, i);
      RelaisWhere *where = &self->where[i];

      where->commune = relais_communes_resolve (communes, place->insee, place->commune, place->postcode);
      /* A place whose commune is not found still has its département. */
      where->departement = where->commune != NULL ? where->commune->departement
                                                  : relais_departements_for_postcode (place->postcode);
      where->has_location = place->has_location &&
                            relais_departements_location_is_plausible (where->departement, place->latitude,
                                                                       place->longitude);
      where->latitude = place->latitude;
      where->longitude = place->longitude;
      if (place->hours != NULL)
        self->hours[i] = relais_opening_hours_parse (place->hours, NULL);
      self->n_open += !relais_place_is_closed (place);
    }

  return self;
}

RelaisPlaceFinder *
relais_place_finder_ref (RelaisPlaceFinder *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
relais_place_finder_unref (RelaisPlaceFinder *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (guint i = 0; i < self->places->places->len; i++)
    g_clear_pointer (&self->hours[i], relais_opening_hours_free);
  g_free (self->hours);
  g_free (self->where);
  relais_places_unref (self->places);
  g_free (self);
}

/**
 * relais_place_finder_get_places:
 *
 * Returns: (transfer none): the places searched
 */
RelaisPlaces *
relais_place_finder_get_places (RelaisPlaceFinder *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->places;
}

/**
 * relais_place_finder_get_communes:
 *
 * Returns: (transfer none): the communes the places were resolved in
 */
RelaisCommunes *
relais_place_finder_get_communes (RelaisPlaceFinder *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->communes;
}

/**
 * relais_place_finder_get_n_open_places:
 *
 * Returns: how many places are not marked closed
 */
guint
relais_place_finder_get_n_open_places (RelaisPlaceFinder *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_open;
}

/**
 * relais_place_finder_locate:
 *
 * Places @origin in the middle of the places of its commune, or of its EPCI
 * (relais_origin_locate()).
 */
void
relais_place_finder_locate (RelaisPlaceFinder *self,
                            RelaisOrigin      *origin)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (origin != NULL);

  relais_origin_locate (origin, self->where, self->places->places->len);
}

/**
 * relais_place_finder_origin_for_profile:
 *
 * Where @profile is: its commune when it has chosen one, else its
 * département; located from the places (relais_origin_locate()).
 */
void
relais_place_finder_origin_for_profile (RelaisPlaceFinder *self,
                                        RelaisProfile     *profile,
                                        RelaisOrigin      *origin)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (RELAIS_IS_PROFILE (profile));
  g_return_if_fail (origin != NULL);

  relais_origin_init (origin, relais_communes_lookup (self->communes, relais_profile_get_commune (profile)),
                      relais_profile_get_departement (profile));
  relais_place_finder_locate (self, origin);
}

typedef struct
{
  RelaisPlaceFinder       *finder;
  const RelaisPlaceFilter *filter;
} Search;

static gboolean
has_slug (GStrv       slugs,
          const char *slug)
{
  return slug == NULL || g_strv_contains ((const char * const *) slugs, slug);
}

static gboolean
keep_place (guint    index,
            gpointer user_data)
{
  Search *search = user_data;
  const RelaisPlace *place = g_ptr_array_index (search->finder->places->places, index);
  const RelaisPlaceFilter *filter = search->filter;

  if (relais_place_is_closed (place))
    return FALSE;
  if (filter == NULL)
    return TRUE;
  if (!has_slug (place->services, filter->service) ||
      !has_slug (place->publics, filter->audience) ||
      !has_slug (place->fees, filter->fee))
    return FALSE;
  /* Unknown or unreadable hours: not known to be open, so not kept. */
  if (filter->open_at != NULL)
    return search->finder->hours[index] != NULL &&
           relais_opening_hours_is_open (search->finder->hours[index], filter->open_at);
  return TRUE;
}

/**
 * relais_place_finder_find:
 * @origin: located with relais_place_finder_locate()
 * @filter: (nullable): what to keep
 * @max_results: 0 for all
 *
 * The places that are not closed and pass @filter, nearest first.
 *
 * Returns: (transfer full) (element-type RelaisNearby): indexes into the
 *   places, with their nearness and distance
 */
GArray *
relais_place_finder_find (RelaisPlaceFinder       *self,
                          const RelaisOrigin      *origin,
                          const RelaisPlaceFilter *filter,
                          guint                    max_results)
{
  Search search = { self, filter };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (origin != NULL, NULL);

  return relais_nearby_rank (origin, self->where, self->places->places->len, max_results, keep_place, &search);
}

/* Help with computers and digital tools, in the 2023 file's words and the
 * standard's: what an association moving to free software comes for, as
 * opposed to administrative procedures, health or jobs. */
static const char * const computer_services[] = {
  "prendre-en-main-un-ordinateur",
  "utiliser-le-numerique-au-quotidien",
  "approfondir-ma-culture-numerique",
  "creer-avec-le-numerique",
  "maitrise-des-outils-numeriques-du-quotidien",
  "comprehension-du-monde-numerique",
  "utilisation-securisee-du-numerique",
  "loisirs-et-creations-numeriques",
  NULL
};

/**
 * relais_place_helps_with_computers:
 *
 * Returns: whether @place says it helps people use computers and digital
 *   tools (not only with procedures, health or jobs)
 */
gboolean
relais_place_helps_with_computers (const RelaisPlace *place)
{
  g_return_val_if_fail (place != NULL, FALSE);

  for (guint i = 0; place->services[i] != NULL; i++)
    if (g_strv_contains (computer_services, place->services[i]))
      return TRUE;
  return FALSE;
}

static gboolean
within_reach (const RelaisNearby *nearby)
{
  return nearby->nearness != RELAIS_NEARNESS_ELSEWHERE ||
         (nearby->distance_km >= 0 && nearby->distance_km <= RELAIS_PLACE_REACH_KM);
}

/**
 * relais_place_finder_find_for_needs:
 * @origin: located with relais_place_finder_locate()
 * @filter: (nullable): what to keep
 * @max_results: 0 for all
 *
 * The places for someone moving to free software: within reach (the
 * département, or %RELAIS_PLACE_REACH_KM), those that help with computers
 * first, then the others (a France Services that only helps with
 * procedures); then the places further away. Each group nearest first.
 *
 * Returns: (transfer full) (element-type RelaisNearby): as
 *   relais_place_finder_find()
 */
GArray *
relais_place_finder_find_for_needs (RelaisPlaceFinder       *self,
                                    const RelaisOrigin      *origin,
                                    const RelaisPlaceFilter *filter,
                                    guint                    max_results)
{
  g_autoptr(GArray) found = NULL;
  GArray *ordered;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (origin != NULL, NULL);

  found = relais_place_finder_find (self, origin, filter, 0);
  ordered = g_array_sized_new (FALSE, FALSE, sizeof (RelaisNearby), found->len);

  /* Three passes keep the nearest-first order inside each group. */
  for (guint pass = 0; pass < 3; pass++)
    for (guint i = 0; i < found->len; i++)
      {
        const RelaisNearby *nearby = &g_array_index (found, RelaisNearby, i);
        gboolean near = within_reach (nearby);
        gboolean helps = relais_place_helps_with_computers (g_ptr_array_index (self->places->places, nearby->index));
        guint group = !near ? 2 : helps ? 0 : 1;

        if (group == pass)
          g_array_append_val (ordered, *nearby);
      }

  if (max_results > 0 && ordered->len > max_results)
    g_array_set_size (ordered, max_results);
  return ordered;
}

/**
 * relais_place_finder_get_place:
 *
 * Returns: (transfer none): the place at @index
 */
const RelaisPlace *
relais_place_finder_get_place (RelaisPlaceFinder *self,
                               guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->places->places->len, NULL);

  return g_ptr_array_index (self->places->places, index);
}

/**
 * relais_place_finder_get_where:
 *
 * Returns: (transfer none): where the place at @index is
 */
const RelaisWhere *
relais_place_finder_get_where (RelaisPlaceFinder *self,
                               guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->places->places->len, NULL);

  return &self->where[index];
}

/**
 * relais_place_finder_get_hours:
 *
 * Returns: (transfer none) (nullable): the place's hours, or %NULL when it
 *   has none or they cannot be read (then show the text as published)
 */
RelaisOpeningHours *
relais_place_finder_get_hours (RelaisPlaceFinder *self,
                               guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->places->places->len, NULL);

  return self->hours[index];
}
