/* relais-opening-hours-describe.c — opening hours in words, for people
 *
 * Day names and times come from translatable strings rather than the C
 * library's locale, so that they follow the language of the interface (and
 * French may write "9 h 30").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-opening-hours"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-opening-hours-private.h"

/* Monday is 0. At the start of a line: French capitalises it there only. */
static const char *
weekday_heading (guint weekday)
{
  switch (weekday)
    {
    /* Translators: a day heading a line of opening hours, "Monday: 09:00–12:00". */
    case 0: return C_("weekday, starting a line", "Monday");
    case 1: return C_("weekday, starting a line", "Tuesday");
    case 2: return C_("weekday, starting a line", "Wednesday");
    case 3: return C_("weekday, starting a line", "Thursday");
    case 4: return C_("weekday, starting a line", "Friday");
    case 5: return C_("weekday, starting a line", "Saturday");
    case 6:
    default: return C_("weekday, starting a line", "Sunday");
    }
}

static const char *
weekday_in_sentence (guint weekday)
{
  switch (weekday)
    {
    /* Translators: a day inside a sentence, "Opens Tuesday at 09:30". */
    case 0: return C_("weekday, inside a sentence", "Monday");
    case 1: return C_("weekday, inside a sentence", "Tuesday");
    case 2: return C_("weekday, inside a sentence", "Wednesday");
    case 3: return C_("weekday, inside a sentence", "Thursday");
    case 4: return C_("weekday, inside a sentence", "Friday");
    case 5: return C_("weekday, inside a sentence", "Saturday");
    case 6:
    default: return C_("weekday, inside a sentence", "Sunday");
    }
}

static char *
format_time (guint minutes)
{
  /* Translators: a time of day on the 24-hour clock: hours, then minutes.
   * Keep the two numbers in this order; French may write "%d h %02d". */
  return g_strdup_printf (C_("opening hours", "%02d:%02d"), (int) (minutes / 60), (int) (minutes % 60));
}

static char *
format_day_hours (const RelaisOpeningRule *rule)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (rule == NULL || rule->closed || rule->spans->len == 0)
    /* Translators: what a place's day says when it does not open, "Monday: closed". */
    g_string_append (text, C_("opening hours", "closed"));
  else if (rule->merged->len == 1 &&
           g_array_index (rule->merged, RelaisTimeSpan, 0).start == 0 &&
           g_array_index (rule->merged, RelaisTimeSpan, 0).end == RELAIS_MINUTES_PER_DAY)
    /* Translators: what a day says when the place is open from midnight to midnight. */
    g_string_append (text, _("open all day"));
  else
    for (guint i = 0; i < rule->spans->len; i++)
      {
        const RelaisTimeSpan *span = &g_array_index (rule->spans, RelaisTimeSpan, i);
        g_autofree char *start = format_time (span->start);
        g_autofree char *end = format_time (span->end);

        if (i > 0)
          /* Translators: between two time ranges of the same day, "09:00–12:00, 14:00–17:00". */
          g_string_append (text, C_("opening hours", ", "));
        /* Translators: a time range, opening then closing time, "09:00–12:00". */
        g_string_append_printf (text, C_("opening hours", "%s–%s"), start, end);
      }

  if (rule != NULL && rule->comment != NULL)
    {
      g_autofree char *plain = g_string_free (g_steal_pointer (&text), FALSE);

      /* Translators: hours or a status, then the place's own note, quoted in
       * the place's own words (often French), "09:00–12:00 (“by appointment”)". */
      return g_strdup_printf (C_("opening hours", "%s (“%s”)"), plain, rule->comment);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
with_comment (char                    *sentence,
              const RelaisOpeningRule *rule)
{
  char *result;

  if (rule == NULL || rule->comment == NULL)
    return sentence;
  result = g_strdup_printf (C_("opening hours", "%s (“%s”)"), sentence, rule->comment);
  g_free (sentence);
  return result;
}

static gboolean
week_has_opening (RelaisOpeningHours *hours)
{
  for (guint weekday = 0; weekday < 7; weekday++)
    {
      const RelaisOpeningRule *rule = relais_opening_hours_rule_for (hours, weekday, FALSE);

      if (rule != NULL && !rule->closed && rule->spans->len > 0)
        return TRUE;
    }
  return FALSE;
}

static void
date_of (GDateTime *when,
         GDate     *date)
{
  int year, month, day;

  g_date_time_get_ymd (when, &year, &month, &day);
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/**
 * relais_opening_hours_describe_status:
 * @now: the present, in the place's time zone
 *
 * Returns: (transfer full): one translated line: open now and until when, or
 *   when it opens next, with the note of the rule that says so if it has one.
 */
char *
relais_opening_hours_describe_status (RelaisOpeningHours *hours,
                                      GDateTime          *now)
{
  g_autoptr(GDateTime) change_at = NULL;
  g_autofree char *time = NULL;
  const RelaisOpeningRule *rule;
  GDate today;
  GDate change_day;
  gboolean opens = FALSE;
  gboolean open;
  int days_ahead;
  guint weekday;

  g_return_val_if_fail (hours != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  date_of (now, &today);
  open = relais_opening_hours_is_open (hours, now);
  if (!relais_opening_hours_next_change (hours, now, &change_at, &opens))
    {
      if (open)
        return with_comment (g_strdup (_("Open now")), relais_opening_hours_rule_on (hours, &today));
      if (!week_has_opening (hours))
        return g_strdup (_("Closed all week"));
      /* Open on some days of an ordinary week, but public holidays keep it
       * closed for the whole of the next one. */
      return g_strdup (_("Closed in the coming week"));
    }

  date_of (change_at, &change_day);
  days_ahead = g_date_days_between (&today, &change_day);
  weekday = g_date_get_weekday (&change_day) - G_DATE_MONDAY;
  time = format_time ((guint) (g_date_time_get_hour (change_at) * 60 + g_date_time_get_minute (change_at)));

  if (!opens)
    {
      char *sentence;

      rule = relais_opening_hours_rule_on (hours, &today);
      if (days_ahead == 0)
        /* Translators: %s is a time, "Open now, until 12:00". */
        sentence = g_strdup_printf (_("Open now, until %s"), time);
      else if (days_ahead == 1 && g_date_time_get_hour (change_at) == 0 && g_date_time_get_minute (change_at) == 0)
        sentence = g_strdup (_("Open now, until midnight"));
      else if (days_ahead == 1)
        /* Translators: %s is a time, "Open now, until tomorrow at 02:00". */
        sentence = g_strdup_printf (_("Open now, until tomorrow at %s"), time);
      else
        /* Translators: a day of the week, then a time, "Open now, until Tuesday at 12:00". */
        sentence = g_strdup_printf (_("Open now, until %s at %s"), weekday_in_sentence (weekday), time);
      return with_comment (sentence, rule);
    }

  rule = relais_opening_hours_rule_on (hours, &change_day);
  if (days_ahead == 0)
    /* Translators: %s is a time, "Opens today at 14:00". */
    return with_comment (g_strdup_printf (_("Opens today at %s"), time), rule);
  if (days_ahead == 1)
    /* Translators: %s is a time, "Opens tomorrow at 09:30". */
    return with_comment (g_strdup_printf (_("Opens tomorrow at %s"), time), rule);
  if (days_ahead < 7)
    /* Translators: a day of the week, then a time, "Opens Tuesday at 09:30". */
    return with_comment (g_strdup_printf (_("Opens %s at %s"), weekday_in_sentence (weekday), time), rule);
  /* Translators: a day of the week a week from now, then a time, "Opens next Monday at 09:30". */
  return with_comment (g_strdup_printf (_("Opens next %s at %s"), weekday_in_sentence (weekday), time), rule);
}

/**
 * relais_opening_hours_describe_week:
 *
 * An ordinary week, Monday first, one translated line a day
 * ("Monday: 09:00–12:00, 14:00–17:00", "Sunday: closed"), each with the note
 * of its rule; then, if a rule names public holidays, a line for them.
 *
 * Returns: (transfer full): seven or eight lines
 */
GStrv
relais_opening_hours_describe_week (RelaisOpeningHours *hours)
{
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();

  g_return_val_if_fail (hours != NULL, NULL);

  for (guint weekday = 0; weekday < 7; weekday++)
    {
      g_autofree char *day = format_day_hours (relais_opening_hours_rule_for (hours, weekday, FALSE));
      g_autofree char *line = NULL;

      /* Translators: a day and its hours, "Monday: 09:00–12:00" (French puts a
       * no-break space before the colon). */
      line = g_strdup_printf (C_("opening hours", "%s: %s"), weekday_heading (weekday), day);
      g_strv_builder_add (lines, line);
    }

  if (relais_opening_hours_has_public_holiday_rules (hours))
    {
      /* A public holiday falls on any day of the week; a later rule for that
       * day may take over from "PH". */
      g_autofree char *first = format_day_hours (relais_opening_hours_rule_for (hours, 0, TRUE));
      gboolean same = TRUE;

      for (guint weekday = 1; weekday < 7 && same; weekday++)
        {
          g_autofree char *other = format_day_hours (relais_opening_hours_rule_for (hours, weekday, TRUE));

          same = g_str_equal (first, other);
        }
      if (same)
        {
          /* Translators: the hours on public holidays, "Public holidays: closed". */
          g_autofree char *line = g_strdup_printf (_("Public holidays: %s"), first);

          g_strv_builder_add (lines, line);
        }
      else
        g_strv_builder_add (lines, _("Public holidays: the hours depend on the day of the week"));
    }

  return g_strv_builder_end (lines);
}
