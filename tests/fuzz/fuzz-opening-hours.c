/* fuzz-opening-hours.c — the opening_hours reader against arbitrary text
 *
 * Opening hours come from imported files: reading them must never crash,
 * leak or loop, and what is accepted must answer consistently: the next
 * change really changes the state, and the week has a line for each day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "relais-opening-hours.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(RelaisOpeningHours) hours = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *text = NULL;
  g_auto(GStrv) week = NULL;
  guint lines;

  if (size > 4096 || memchr (data, '\0', size) != NULL)
    return 0;
  text = g_strndup ((const char *) data, size);

  hours = relais_opening_hours_parse (text, &error);
  if (hours == NULL)
    {
      /* A refusal always says why. */
      if (error == NULL || error->message == NULL || error->message[0] == '\0')
        abort ();
      return 0;
    }
  if (g_strcmp0 (relais_opening_hours_get_text (hours), text) != 0)
    abort ();

  week = relais_opening_hours_describe_week (hours);
  lines = g_strv_length (week);
  if (lines != (relais_opening_hours_has_public_holiday_rules (hours) ? 8u : 7u))
    abort ();

  /* A week with Ascension on its Thursday, at a few times of each day. */
  for (int day = 0; day < 7; day++)
    for (int hour = 0; hour < 24; hour += 7)
      {
        g_autoptr(GDateTime) when = g_date_time_new (utc, 2026, 5, 11 + day, hour, 30, 0);
        g_autoptr(GDateTime) change_at = NULL;
        g_autofree char *status = relais_opening_hours_describe_status (hours, when);
        gboolean open = relais_opening_hours_is_open (hours, when);
        gboolean opens;

        if (status == NULL || status[0] == '\0')
          abort ();
        if (relais_opening_hours_next_change (hours, when, &change_at, &opens))
          {
            if (opens == open || relais_opening_hours_is_open (hours, change_at) != opens ||
                g_date_time_compare (change_at, when) <= 0)
              abort ();
          }
      }

  return 0;
}
