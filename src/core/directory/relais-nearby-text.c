/* relais-nearby-text.c — how far, and when, in words: shared by Help
 * Nearby, the hosters shown beside an alternative in Tools, and the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relais-nearby-text.h"

/* Month names are translated here rather than taken from the C library:
 * Relais speaks French whenever LANGUAGE says so, even where LC_TIME is
 * still "C" (as on a machine without the French locale). */
static const char * const month_names[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

/* Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" strictly; @month and @day are 0
 * when the date does not give them. */
static gboolean
parse_partial_date (const char *iso,
                    guint      *year,
                    guint      *month,
                    guint      *day)
{
  gsize length = strlen (iso);

  *year = *month = *day = 0;
  if (length != 4 && length != 7 && length != 10)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if ((i == 4 || i == 7) ? iso[i] != '-' : !g_ascii_isdigit (iso[i]))
      return FALSE;

  *year = (guint) g_ascii_strtoull (iso, NULL, 10);
  if (length >= 7)
    *month = (guint) g_ascii_strtoull (iso + 5, NULL, 10);
  if (length == 10)
    *day = (guint) g_ascii_strtoull (iso + 8, NULL, 10);
  if (*year < 1 || (length >= 7 && (*month < 1 || *month > 12)))
    return FALSE;
  return length < 10 || g_date_valid_dmy ((GDateDay) *day, (GDateMonth) *month, (GDateYear) *year);
}

/**
 * relais_nearby_format_date:
 * @iso_date: (nullable): "YYYY-MM-DD", or "YYYY-MM" or "YYYY" when that is all a source says
 *
 * Dates go into sentences ("checked on …", "price shown in …"), so they are
 * written in words, never as ISO dates: “5 August 2016”, “June 2026”.
 *
 * Returns: (transfer full) (nullable): the date in words in the user's
 *   language, or %NULL when @iso_date is not a date: a caller then says the
 *   sentence that has no date rather than put something else in its place
 */
char *
relais_nearby_format_date (const char *iso_date)
{
  guint year, month, day;
  const char *month_name;

  if (iso_date == NULL || !parse_partial_date (iso_date, &year, &month, &day))
    return NULL;
  if (month == 0)
    return g_strdup_printf ("%u", year);

  month_name = g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[month - 1]);
  if (day == 0)
    /* Translators: a month in words: the month's name, then the year: “June 2026” */
    return g_strdup_printf (C_("date", "%s %u"), month_name, year);
  if (day == 1)
    /* Translators: the first day of a month in words: “1 June 2026”; French writes “1er juin 2026” */
    return g_strdup_printf (C_("date", "1 %s %u"), month_name, year);
  /* Translators: a date in words: the day, the month's name, the year: “5 August 2016” */
  return g_strdup_printf (C_("date", "%u %s %u"), day, month_name, year);
}

/**
 * relais_nearby_describe_list_source:
 * @with_licence: whether to name the list's licence too
 *
 * Returns: (transfer full): the list of places and its date, as a sentence
 *   needs them: ““Lieux …” (Licence Ouverte 2.0, April 2023)”, or without
 *   the parts the list does not give
 */
char *
relais_nearby_describe_list_source (const RelaisPlaces *places,
                                    gboolean            with_licence)
{
  g_autofree char *as_of = NULL;
  const char *licence;

  g_return_val_if_fail (places != NULL, NULL);

  as_of = relais_nearby_format_date (places->source_as_of);
  licence = with_licence ? places->source_licence : NULL;
  if (licence != NULL && as_of != NULL)
    /* Translators: a list of places, its licence and its date: ““Lieux …” (Licence Ouverte 2.0, April 2023)” */
    return g_strdup_printf (_("“%s” (%s, %s)"), places->source_name, licence, as_of);
  if (licence != NULL || as_of != NULL)
    /* Translators: a list of places and its licence or its date: ““Lieux …” (April 2023)” */
    return g_strdup_printf (_("“%s” (%s)"), places->source_name, licence != NULL ? licence : as_of);
  /* Translators: a list of places, by its name */
  return g_strdup_printf (_("“%s”"), places->source_name);
}

/**
 * relais_nearby_format_phone:
 * @phone: a phone number as published: "+33214088220", "02.14.08.82.20"…
 *
 * French numbers are written as people in France read them out, in pairs:
 * “02 14 08 82 20”. The link to call keeps the number as published.
 *
 * Returns: (transfer full): the number in pairs when it is a French one of
 *   ten digits (or +33 and nine), else @phone as published
 */
char *
relais_nearby_format_phone (const char *phone)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autoptr(GString) pairs = g_string_new (NULL);

  g_return_val_if_fail (phone != NULL, NULL);

  for (const char *p = phone; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) || (*p == '+' && p == phone))
        g_string_append_c (digits, *p);
      else if (*p != ' ' && *p != '.' && *p != '-' && *p != '\t')
        return g_strdup (phone);
    }
  /* The international forms of a French number: +33 or 0033, then nine digits. */
  if (g_str_has_prefix (digits->str, "+33") && digits->len == 12)
    g_string_prepend_c (g_string_erase (digits, 0, 3), '0');
  else if (g_str_has_prefix (digits->str, "0033") && digits->len == 13)
    g_string_prepend_c (g_string_erase (digits, 0, 4), '0');
  if (digits->len != 10 || digits->str[0] != '0' || digits->str[1] == '0')
    return g_strdup (phone);

  for (gsize i = 0; i < 10; i += 2)
    {
      if (pairs->len > 0)
        g_string_append_c (pairs, ' ');
      g_string_append_len (pairs, digits->str + i, 2);
    }
  return g_string_free (g_steal_pointer (&pairs), FALSE);
}

/**
 * relais_nearby_no_hoster_known:
 *
 * What Relais says, everywhere, of an online service that no hoster of its
 * list offers: what it knows, and how to know more. Relais ships very few
 * hosters, so it never says that CHATONS hosters offer a service it cannot
 * name one for.
 *
 * Returns: the sentence, translated
 */
const char *
relais_nearby_no_hoster_known (void)
{
  return _("No hoster in Relais’s list offers it yet: bring the latest list of CHATONS hosters "
           "from Help Nearby, or ask CHATONS.");
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
