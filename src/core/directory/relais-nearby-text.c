/* relais-nearby-text.c — how far, and when, in words: shared by Help
 * Nearby, the hosters shown beside an alternative in Tools, and the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-nearby-text.h"

/**
 * relais_nearby_format_date:
 * @iso_date: YYYY-MM-DD
 *
 * Returns: (transfer full): the date as people write it in the user's
 *   language, or @iso_date itself when it is not a date
 */
char *
relais_nearby_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *midnight = NULL;

  g_return_val_if_fail (iso_date != NULL, NULL);

  midnight = g_strconcat (iso_date, "T00:00:00Z", NULL);
  if (!(date = g_date_time_new_from_iso8601 (midnight, NULL)))
    return g_strdup (iso_date);
  /* Translators: a date, in g_date_time_format() format; French writes 05/08/2016 */
  return g_date_time_format (date, C_("date", "%Y-%m-%d"));
}

/**
 * relais_nearby_describe_distance:
 * @where: (nullable): where the entry is, for the name of its commune
 *
 * Returns: (transfer full): "2.3 km · Caen", or how near it is when the
 *   distance is not known
 */
char *
relais_nearby_describe_distance (const RelaisNearby *nearby,
                                 const RelaisWhere  *where)
{
  g_autofree char *distance = NULL;
  const char *nearness;

  g_return_val_if_fail (nearby != NULL, NULL);

  switch (nearby->nearness)
    {
    case RELAIS_NEARNESS_SAME_COMMUNE:
      nearness = _("In your commune");
      break;
    case RELAIS_NEARNESS_SAME_EPCI:
      nearness = _("Around your commune");
      break;
    case RELAIS_NEARNESS_SAME_DEPARTEMENT:
      nearness = _("In your département");
      break;
    case RELAIS_NEARNESS_ELSEWHERE:
    default:
      nearness = _("Further away");
      break;
    }

  if (nearby->distance_km < 0)
    return g_strdup (nearness);

  distance = nearby->distance_km < 10
             /* Translators: a distance in kilometres, with one decimal */
             ? g_strdup_printf (_("%.1f km"), nearby->distance_km)
             /* Translators: a distance in kilometres, rounded */
             : g_strdup_printf (_("%.0f km"), nearby->distance_km);
  if (where != NULL && where->commune != NULL)
    /* Translators: a distance, then the name of a commune */
    return g_strdup_printf (_("%s · %s"), distance, where->commune->name);
  return g_steal_pointer (&distance);
}


/**
 * relais_nearby_describe_hosters:
 * @max_hosters: how many to name
 *
 * Returns: (transfer full) (nullable): "Zaclys (in your département),
 *   CHATONS mutual aid (online, for everyone)": the hosters nearest to
 *   @profile that offer @service_type, or %NULL when none does
 */
char *
relais_nearby_describe_hosters (RelaisDirectory   *directory,
                                RelaisPlaceFinder *finder,
                                RelaisProfile     *profile,
                                const char        *service_type,
                                guint              max_hosters)
{
  g_autoptr(GArray) ranking = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  RelaisOrigin origin;

  g_return_val_if_fail (directory != NULL, NULL);
  g_return_val_if_fail (finder != NULL, NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (service_type != NULL, NULL);

  relais_place_finder_origin_for_profile (finder, profile, &origin);
  ranking = relais_directory_hosters_near (directory, relais_place_finder_get_communes (finder), &origin, service_type);
  if (ranking->len == 0)
    return NULL;

  for (guint i = 0; i < ranking->len && i < max_hosters; i++)
    {
      const RelaisNearby *nearby = &g_array_index (ranking, RelaisNearby, i);
      const RelaisHoster *hoster = g_ptr_array_index (relais_directory_get_hosters (directory), nearby->index);
      g_autofree char *distance = relais_nearby_describe_distance (nearby, NULL);
      g_autofree char *where = hoster->national ? g_strdup (_("online, for everyone")) : g_utf8_strdown (distance, -1);

      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: a hoster, and how near it is */
      g_string_append_printf (text, _("%s (%s)"), hoster->name, where);
    }
  if (ranking->len > max_hosters)
    /* Translators: after the names of the nearest hosters */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more", ranking->len - max_hosters),
                            ranking->len - max_hosters);

  return g_string_free (g_steal_pointer (&text), FALSE);
}
