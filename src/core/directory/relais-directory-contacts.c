/* relais-directory-contacts.c — who to contact first, for this profile:
 * those that work near it, nearest first, then those for its kind of
 * profile, the most particular to it first, then the others
 *
 * Help Nearby and the plan both list the contacts from here, so that the
 * plan shows what the window shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-directory"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-directory-contacts.h"
#include "relais-nearby-text.h"

/* Sorted by (group, value, index): the index keeps the data's order among
 * equals, so the order is the same on every run. */
enum
{
  GROUP_LOCAL,
  GROUP_FOR_KIND,
  GROUP_NATIONAL,
  GROUP_ELSEWHERE,
};

typedef struct
{
  RelaisContactRank rank;
  guint             group;
  double            value;
} Keyed;

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  const Keyed *first = a;
  const Keyed *second = b;

  if (first->group != second->group)
    return first->group < second->group ? -1 : 1;
  if (first->value != second->value)
    return first->value < second->value ? -1 : 1;
  if (first->rank.nearby.index != second->rank.nearby.index)
    return first->rank.nearby.index < second->rank.nearby.index ? -1 : 1;
  return 0;
}

/* Where a contact works, as the data says: its own position, else the
 * middle of the help places of its commune. */
static void
locate_contact (const RelaisContact *contact,
                RelaisPlaceFinder   *finder,
                RelaisWhere         *where)
{
  RelaisCommunes *communes = finder != NULL ? relais_place_finder_get_communes (finder) : NULL;

  where->commune = communes != NULL ? relais_communes_lookup (communes, contact->place.commune) : NULL;
  where->departement = where->commune != NULL ? where->commune->departement : contact->place.departement;
  where->has_location = contact->place.has_location;
  where->latitude = contact->place.latitude;
  where->longitude = contact->place.longitude;

  if (!where->has_location && where->commune != NULL)
    {
      RelaisOrigin middle;

      relais_origin_init (&middle, where->commune, NULL);
      relais_place_finder_locate (finder, &middle);
      if (middle.basis != RELAIS_ORIGIN_UNLOCATED)
        {
          where->has_location = TRUE;
          where->latitude = middle.latitude;
          where->longitude = middle.longitude;
        }
    }
}

/* A value that sorts by nearness, then by distance when it is known. */
static double
nearness_value (const RelaisNearby *nearby)
{
  return nearby->nearness * 10000.0 + MAX (nearby->distance_km, 0);
}

/**
 * relais_directory_contacts_for_profile:
 * @finder: (nullable): the communes and places, to say how far a local
 *   contact is; without it, a contact is near when it is in the profile's
 *   département
 * @n_first: (out) (optional): how many of them to contact first
 *
 * Every contact, in the order to contact them: first those that work near
 * the profile (in its département, or within %RELAIS_CONTACT_LOCAL_KM),
 * nearest first — Artifaille for an association of the Calvados —; then
 * those the directory puts first for the profile's kind, the most
 * particular to that kind first (April's Libre Association group, for the
 * four kinds of organisation only, before April, for everyone); then the
 * other national ones in the data's order; then the local ones of other
 * places, nearest first.
 *
 * Returns: (transfer full) (element-type RelaisContactRank): the contacts
 */
GArray *
relais_directory_contacts_for_profile (RelaisDirectory   *self,
                                       RelaisPlaceFinder *finder,
                                       RelaisProfile     *profile,
                                       guint             *n_first)
{
  GPtrArray *contacts;
  g_autoptr(GArray) keyed = NULL;
  GArray *ranks;
  RelaisProfileKind kind;
  RelaisOrigin origin;
  guint first = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);

  contacts = relais_directory_get_contacts (self);
  kind = relais_profile_get_kind (profile);
  if (finder != NULL)
    relais_place_finder_origin_for_profile (finder, profile, &origin);
  else
    relais_origin_init (&origin, NULL, relais_profile_get_departement (profile));

  keyed = g_array_sized_new (FALSE, TRUE, sizeof (Keyed), contacts->len);
  for (guint i = 0; i < contacts->len; i++)
    {
      Keyed entry = { { 0 } };
      RelaisContactRank *rank = &entry.rank;
      gboolean placed;

      rank->contact = g_ptr_array_index (contacts, i);
      locate_contact (rank->contact, finder, &rank->where);
      placed = rank->where.departement != NULL;
      rank->nearby.index = i;
      rank->nearby.nearness = placed ? relais_nearness (&origin, &rank->where) : RELAIS_NEARNESS_ELSEWHERE;
      rank->nearby.distance_km = placed && origin.basis != RELAIS_ORIGIN_UNLOCATED && rank->where.has_location
                                 ? relais_distance_km (origin.latitude, origin.longitude,
                                                       rank->where.latitude, rank->where.longitude)
                                 : -1;
      rank->local = placed && (rank->nearby.nearness != RELAIS_NEARNESS_ELSEWHERE ||
                               (rank->nearby.distance_km >= 0 && rank->nearby.distance_km <= RELAIS_CONTACT_LOCAL_KM));

      if (rank->local)
        {
          entry.group = GROUP_LOCAL;
          entry.value = rank->nearby.distance_km >= 0 ? rank->nearby.distance_km : nearness_value (&rank->nearby);
        }
      else if (relais_contact_is_first_for (rank->contact, kind))
        {
          /* Fewer kinds, more particular to this one. */
          entry.group = GROUP_FOR_KIND;
          entry.value = g_strv_length (rank->contact->first_for);
        }
      else
        {
          entry.group = placed ? GROUP_ELSEWHERE : GROUP_NATIONAL;
          entry.value = placed ? nearness_value (&rank->nearby) : 0;
        }
      rank->first = entry.group == GROUP_LOCAL || entry.group == GROUP_FOR_KIND;
      first += rank->first;
      g_array_append_val (keyed, entry);
    }

  g_array_sort (keyed, compare_keyed);
  ranks = g_array_sized_new (FALSE, TRUE, sizeof (RelaisContactRank), keyed->len);
  for (guint i = 0; i < keyed->len; i++)
    g_array_append_val (ranks, g_array_index (keyed, Keyed, i).rank);

  if (n_first != NULL)
    *n_first = first;
  return ranks;
}

/**
 * relais_contact_rank_describe:
 *
 * Returns: (transfer full): what the contact does, then, for one that works
 *   near the profile, how far it is ("… · 45 km · Caen")
 */
char *
relais_contact_rank_describe (const RelaisContactRank *rank)
{
  g_autofree char *distance = NULL;

  g_return_val_if_fail (rank != NULL, NULL);

  if (!rank->local)
    return g_strdup (relais_directory_translate (rank->contact->what));

  distance = relais_nearby_describe_distance (&rank->nearby, &rank->where);
  /* Translators: what a contact does, then how far it is */
  return g_strdup_printf (_("%s · %s"), relais_directory_translate (rank->contact->what), distance);
}
