/* relais-opening-hours.c — OpenStreetMap opening_hours: parsed, then asked
 *
 * Reads the part of the opening_hours syntax that digital-inclusion places
 * use: days (Mo, Mo-Fr, Tu,Th, Fr-Mo), French public holidays (PH), time
 * ranges within a day (09:00-12:00,14:00-17:00), "off", "24/7" and comments
 * in double quotes, rules separated by semicolons, a later rule replacing
 * what earlier ones said for its days. Anything else is refused with an
 * error rather than read approximately: the caller then shows the text as
 * written, because wrong hours send someone to a closed door.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-opening-hours"

#include "config.h"

#include "relais-opening-hours-private.h"

/* How far next_change() looks: today and the seven days after it, so that a
 * place open one morning a week is always found. */
#define HORIZON_DAYS 8

struct _RelaisOpeningHours
{
  char      *text;
  GPtrArray *rules;   /* RelaisOpeningRule */
};

G_DEFINE_QUARK (relais-opening-hours-error-quark, relais_opening_hours_error)

G_DEFINE_BOXED_TYPE (RelaisOpeningHours, relais_opening_hours,
                     relais_opening_hours_copy, relais_opening_hours_free)

static void
hours_clear (gpointer data)
{
  RelaisOpeningHours *hours = data;

  g_clear_pointer (&hours->text, g_free);
  g_clear_pointer (&hours->rules, g_ptr_array_unref);
}

/* --- Evaluation --- */

const RelaisOpeningRule *
relais_opening_hours_rule_for (RelaisOpeningHours *hours,
                               guint               weekday,
                               gboolean            public_holiday)
{
  const RelaisOpeningRule *found = NULL;

  g_return_val_if_fail (weekday < 7, NULL);

  /* Later rules replace earlier ones for their days. */
  for (guint i = 0; i < hours->rules->len; i++)
    {
      const RelaisOpeningRule *rule = g_ptr_array_index (hours->rules, i);

      if ((rule->days & (1u << weekday)) != 0 || (public_holiday && rule->public_holidays))
        found = rule;
    }
  return found;
}

const RelaisOpeningRule *
relais_opening_hours_rule_on (RelaisOpeningHours *hours,
                              const GDate        *date)
{
  return relais_opening_hours_rule_for (hours,
                                        g_date_get_weekday (date) - G_DATE_MONDAY,
                                        relais_opening_hours_is_public_holiday (date));
}

/* The open spans from the start of @from's day to HORIZON_DAYS later, in
 * minutes from that start; a span ending at midnight joins one starting then. */
static GArray *
spans_ahead (RelaisOpeningHours *hours,
             const GDate        *from)
{
  GArray *ahead = g_array_new (FALSE, FALSE, sizeof (guint));   /* start, end, start, end… */

  for (guint day = 0; day < HORIZON_DAYS; day++)
    {
      GDate date = *from;
      const RelaisOpeningRule *rule;

      g_date_add_days (&date, day);
      rule = relais_opening_hours_rule_on (hours, &date);
      if (rule == NULL || rule->closed)
        continue;
      for (guint i = 0; i < rule->merged->len; i++)
        {
          const RelaisTimeSpan *span = &g_array_index (rule->merged, RelaisTimeSpan, i);
          guint start = day * RELAIS_MINUTES_PER_DAY + span->start;
          guint end = day * RELAIS_MINUTES_PER_DAY + span->end;

          if (ahead->len > 0 && g_array_index (ahead, guint, ahead->len - 1) == start)
            g_array_index (ahead, guint, ahead->len - 1) = end;
          else
            {
              g_array_append_val (ahead, start);
              g_array_append_val (ahead, end);
            }
        }
    }
  return ahead;
}

static void
wall_clock (GDateTime *when,
            GDate     *date,
            guint     *second)
{
  int year, month, day;

  g_date_time_get_ymd (when, &year, &month, &day);
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  *second = (guint) (g_date_time_get_hour (when) * 3600 +
                     g_date_time_get_minute (when) * 60 +
                     g_date_time_get_second (when));
}

/* --- Public holidays --- */

/* Easter Sunday in the Gregorian calendar (the anonymous algorithm published
 * by Nature in 1876, as given by Meeus). */
static void
easter_sunday (GDateYear year,
               GDate    *easter)
{
  int y = year;
  int a = y % 19, b = y / 100, c = y % 100;
  int d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;

  g_date_clear (easter, 1);
  g_date_set_dmy (easter, (GDateDay) day, (GDateMonth) month, year);
}

/**
 * relais_opening_hours_is_public_holiday:
 * @date: a valid date
 *
 * Whether @date is a public holiday in metropolitan France: the eight fixed
 * ones (1 January, 1 and 8 May, 14 July, 15 August, 1 and 11 November,
 * 25 December) and Easter Monday, Ascension and Whit Monday. Alsace-Moselle's
 * Good Friday and 26 December are not counted.
 */
gboolean
relais_opening_hours_is_public_holiday (const GDate *date)
{
  static const struct { GDateMonth month; GDateDay day; } fixed[] = {
    { G_DATE_JANUARY, 1 }, { G_DATE_MAY, 1 }, { G_DATE_MAY, 8 }, { G_DATE_JULY, 14 },
    { G_DATE_AUGUST, 15 }, { G_DATE_NOVEMBER, 1 }, { G_DATE_NOVEMBER, 11 }, { G_DATE_DECEMBER, 25 },
  };
  GDate easter;
  int after_easter;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    if (g_date_get_month (date) == fixed[i].month && g_date_get_day (date) == fixed[i].day)
      return TRUE;

  easter_sunday (g_date_get_year (date), &easter);
  after_easter = g_date_days_between (&easter, date);
  /* Easter Monday, Ascension Thursday, Whit Monday. */
  return after_easter == 1 || after_easter == 39 || after_easter == 50;
}

/* --- Public functions --- */

/**
 * relais_opening_hours_parse:
 * @text: an OpenStreetMap opening_hours value
 * @error: where to put the reason it was refused
 *
 * Returns: (transfer full) (nullable): the hours, or %NULL with @error set
 *   if @text uses anything this reader does not understand for sure.
 */
RelaisOpeningHours *
relais_opening_hours_parse (const char  *text,
                            GError     **error)
{
  g_autoptr(GPtrArray) rules = NULL;
  RelaisOpeningHours *hours;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rules = relais_opening_hours_read_rules (text, error);
  if (rules == NULL)
    return NULL;

  hours = g_atomic_rc_box_new0 (RelaisOpeningHours);
  hours->text = g_strdup (text);
  hours->rules = g_steal_pointer (&rules);
  return hours;
}

/**
 * relais_opening_hours_copy:
 *
 * Returns: (transfer full): @hours again; they are immutable, so the copy
 *   shares their data.
 */
RelaisOpeningHours *
relais_opening_hours_copy (RelaisOpeningHours *hours)
{
  g_return_val_if_fail (hours != NULL, NULL);

  return g_atomic_rc_box_acquire (hours);
}

void
relais_opening_hours_free (RelaisOpeningHours *hours)
{
  if (hours != NULL)
    g_atomic_rc_box_release_full (hours, hours_clear);
}

/**
 * relais_opening_hours_get_text:
 *
 * Returns: the value as it was given to relais_opening_hours_parse().
 */
const char *
relais_opening_hours_get_text (RelaisOpeningHours *hours)
{
  g_return_val_if_fail (hours != NULL, NULL);

  return hours->text;
}

/**
 * relais_opening_hours_has_public_holiday_rules:
 *
 * Returns: whether a rule names public holidays (PH).
 */
gboolean
relais_opening_hours_has_public_holiday_rules (RelaisOpeningHours *hours)
{
  g_return_val_if_fail (hours != NULL, FALSE);

  for (guint i = 0; i < hours->rules->len; i++)
    if (((RelaisOpeningRule *) g_ptr_array_index (hours->rules, i))->public_holidays)
      return TRUE;
  return FALSE;
}

/**
 * relais_opening_hours_is_open:
 * @when: a time, in the place's time zone: its wall-clock day and time count
 */
gboolean
relais_opening_hours_is_open (RelaisOpeningHours *hours,
                              GDateTime          *when)
{
  const RelaisOpeningRule *rule;
  GDate date;
  guint second;

  g_return_val_if_fail (hours != NULL, FALSE);
  g_return_val_if_fail (when != NULL, FALSE);

  wall_clock (when, &date, &second);
  rule = relais_opening_hours_rule_on (hours, &date);
  if (rule == NULL || rule->closed)
    return FALSE;
  for (guint i = 0; i < rule->merged->len; i++)
    {
      const RelaisTimeSpan *span = &g_array_index (rule->merged, RelaisTimeSpan, i);

      if (second >= span->start * 60u && second < span->end * 60u)
        return TRUE;
    }
  return FALSE;
}

/**
 * relais_opening_hours_next_change:
 * @when: a time, in the place's time zone
 * @change_at: (out) (optional): when the place next opens or closes, in
 *   @when's time zone
 * @opens: (out) (optional): whether it opens (or closes) then
 *
 * Looks from @when to the end of the seventh day after it.
 *
 * Returns: %FALSE if nothing changes in that time (always closed, or open
 *   all the time).
 */
gboolean
relais_opening_hours_next_change (RelaisOpeningHours  *hours,
                                  GDateTime           *when,
                                  GDateTime          **change_at,
                                  gboolean            *opens)
{
  g_autoptr(GArray) ahead = NULL;
  GDate date;
  guint second;
  guint change = 0;
  gboolean found = FALSE;
  gboolean opening = FALSE;

  g_return_val_if_fail (hours != NULL, FALSE);
  g_return_val_if_fail (when != NULL, FALSE);
  g_return_val_if_fail (change_at == NULL || *change_at == NULL, FALSE);

  wall_clock (when, &date, &second);
  ahead = spans_ahead (hours, &date);
  for (guint i = 0; i + 1 < ahead->len && !found; i += 2)
    {
      guint start = g_array_index (ahead, guint, i);
      guint end = g_array_index (ahead, guint, i + 1);

      if (second < start * 60u)
        {
          found = TRUE;
          opening = TRUE;
          change = start;
        }
      else if (second < end * 60u)
        {
          /* Open to the end of what we looked at: when it closes is unknown. */
          if (end == HORIZON_DAYS * RELAIS_MINUTES_PER_DAY)
            return FALSE;
          found = TRUE;
          change = end;
        }
    }
  if (!found)
    return FALSE;

  if (change_at != NULL)
    {
      GTimeZone *zone = g_date_time_get_timezone (when);
      guint minute = change % RELAIS_MINUTES_PER_DAY;

      g_date_add_days (&date, change / RELAIS_MINUTES_PER_DAY);
      *change_at = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                                    g_date_get_day (&date), (int) minute / 60, (int) minute % 60, 0);
    }
  if (opens != NULL)
    *opens = opening;
  return TRUE;
}
