/* relais-places-text.c — a place's date, age and labels in words, shared by
 * Help Nearby and the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-places"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relais-nearby-text.h"
#include "relais-places-private.h"
#include "relais-places-text.h"

/**
 * relais_format_date_in_words:
 * @iso_date: YYYY-MM-DD, or YYYY-MM for a month
 *
 * Returns: (transfer full): "5 August 2016", "April 2023", as people write
 *   dates in a sentence in the user's language; @iso_date itself when it is
 *   not a date
 */
char *
relais_format_date_in_words (const char *iso_date)
{
  char *words;

  g_return_val_if_fail (iso_date != NULL, NULL);

  words = strlen (iso_date) >= 7 ? relais_nearby_format_date (iso_date) : NULL;
  return words != NULL ? words : g_strdup (iso_date);
}

/**
 * relais_place_is_old:
 * @now: today
 *
 * Returns: whether the place's entry was last updated more than
 *   %RELAIS_PLACE_OLD_AFTER_YEARS years before @now
 */
gboolean
relais_place_is_old (const RelaisPlace *place,
                     GDateTime         *now)
{
  g_autoptr(GDate) updated = NULL;
  g_autoptr(GDate) today = NULL;

  g_return_val_if_fail (place != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  /* The reader only takes real ISO dates; should one not be, it is old. */
  if (!relais_places_is_iso_date (place->updated))
    return TRUE;
  updated = g_date_new_dmy ((GDateDay) g_ascii_strtoull (place->updated + 8, NULL, 10),
                            (GDateMonth) g_ascii_strtoull (place->updated + 5, NULL, 10),
                            (GDateYear) g_ascii_strtoull (place->updated, NULL, 10));
  today = g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (now), (GDateMonth) g_date_time_get_month (now),
                          (GDateYear) g_date_time_get_year (now));
  g_date_add_years (updated, RELAIS_PLACE_OLD_AFTER_YEARS);
  return g_date_compare (updated, today) < 0;
}

/**
 * relais_place_describe_age:
 * @now: today
 *
 * Returns: (transfer full): when the place's entry was last updated, in
 *   words, never left out; when that is old, that one should call first
 */
char *
relais_place_describe_age (const RelaisPlace *place,
                           GDateTime         *now)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (place != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  date = relais_format_date_in_words (place->updated);
  if (relais_place_is_old (place, now))
    /* Translators: the date a place's entry was last updated, years ago; French: « Informations du 5 août 2016 : appelez avant de vous déplacer. » */
    return g_strdup_printf (_("Information from %s: call before going."), date);
  /* Translators: the date a place's entry was last updated */
  return g_strdup_printf (_("Information from %s."), date);
}

/**
 * relais_place_describe_labels:
 * @separator: put between two labels
 *
 * Returns: (transfer full) (nullable): the place's national labels in
 *   words ("Conseiller numérique, France Services"), or %NULL when it has
 *   none
 */
char *
relais_place_describe_labels (const RelaisPlace *place,
                              const char        *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (place != NULL, NULL);
  g_return_val_if_fail (separator != NULL, NULL);

  if (place->labels[0] == NULL)
    return NULL;

  for (guint i = 0; place->labels[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, relais_place_programme_label (place->labels[i]));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * relais_place_describe_purposes:
 *
 * Returns: (transfer full) (nullable): what each of the place's national
 *   labels is for, one sentence a line (the label's name when Relais has
 *   no sentence for it), or %NULL when it has none
 */
char *
relais_place_describe_purposes (const RelaisPlace *place)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (place != NULL, NULL);

  if (place->labels[0] == NULL)
    return NULL;

  for (guint i = 0; place->labels[i] != NULL; i++)
    {
      const char *purpose = relais_place_programme_purpose (place->labels[i]);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, purpose != NULL ? purpose : relais_place_programme_label (place->labels[i]));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
