/* test-opening-hours.c — opening_hours read, asked and put in words
 *
 * Every instant is fixed: nothing here reads the real clock. The week of
 * Monday 30 November 2026 has no public holiday.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "relais-opening-hours.h"

/* Values of the shipped places that must be refused, and why. */
static const char *const known_bad[] = {
  /* Tuesday has an opening time and no closing time. */
  "Mo 08:30-12:00,13:30-17:00; Tu 08:30",
  /* Friday's "09:00-13:30-17:00": a lunch break lost, which one is unknown. */
  "Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-13:30-17:00; We off",
};

static GDateTime *
at (int year,
    int month,
    int day,
    int hour,
    int minute)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new (utc, year, month, day, hour, minute, 0);
}

/* A day of the week of 30 November 2026: 0 is Monday. */
static GDateTime *
in_week (int weekday,
         int hour,
         int minute)
{
  g_autoptr(GDateTime) monday = at (2026, 11, 30, hour, minute);

  return g_date_time_add_days (monday, weekday);
}

static RelaisOpeningHours *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  RelaisOpeningHours *hours = relais_opening_hours_parse (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hours);
  g_assert_cmpstr (relais_opening_hours_get_text (hours), ==, text);
  return hours;
}

static gboolean
open_in_week (RelaisOpeningHours *hours,
              int                 weekday,
              int                 hour,
              int                 minute)
{
  g_autoptr(GDateTime) when = in_week (weekday, hour, minute);

  return relais_opening_hours_is_open (hours, when);
}

static char *
status_at (RelaisOpeningHours *hours,
           GDateTime          *when)
{
  return relais_opening_hours_describe_status (hours, when);
}

static void
assert_next_change (RelaisOpeningHours *hours,
                    GDateTime          *from,
                    const char         *expected,   /* ISO 8601 wall clock, or NULL for none */
                    gboolean            expected_opens)
{
  g_autoptr(GDateTime) change_at = NULL;
  gboolean opens = !expected_opens;
  gboolean found = relais_opening_hours_next_change (hours, from, &change_at, &opens);

  if (expected == NULL)
    {
      g_assert_false (found);
      g_assert_null (change_at);
      return;
    }
  g_assert_true (found);
  {
    g_autofree char *got = g_date_time_format (change_at, "%Y-%m-%d %H:%M");

    g_assert_cmpstr (got, ==, expected);
  }
  g_assert_cmpint (opens, ==, expected_opens);
  /* The state really flips there. */
  g_assert_cmpint (relais_opening_hours_is_open (hours, change_at), ==, expected_opens);
}

static void
test_days_and_times (void)
{
  g_autoptr(RelaisOpeningHours) weekdays = parse ("Mo-Fr 09:00-12:00,14:00-17:00");
  g_autoptr(RelaisOpeningHours) list = parse ("Tu,Th 10:00-12:00");
  g_autoptr(RelaisOpeningHours) sunday = parse ("Su 10:00-12:00");
  g_autoptr(RelaisOpeningHours) weekend = parse ("Sa-Su 10:00-18:00");
  g_autoptr(RelaisOpeningHours) wrap = parse ("Fr-Mo 08:00-09:00");
  g_autoptr(RelaisOpeningHours) always = parse ("24/7");
  g_autoptr(RelaisOpeningHours) every_day = parse ("10:00-11:00");
  g_autoptr(RelaisOpeningHours) late = parse ("Mo 20:00-24:00");
  g_autoptr(RelaisOpeningHours) spaced = parse ("  Mo, We  09:00 - 12:00 ,  14:00-15:00 ;Tu closed ");

  g_assert_false (open_in_week (weekdays, 0, 8, 59));
  g_assert_true (open_in_week (weekdays, 0, 9, 0));
  g_assert_true (open_in_week (weekdays, 4, 11, 59));
  g_assert_false (open_in_week (weekdays, 4, 12, 0));
  g_assert_false (open_in_week (weekdays, 2, 13, 0));
  g_assert_true (open_in_week (weekdays, 2, 16, 30));
  g_assert_false (open_in_week (weekdays, 5, 10, 0));
  g_assert_false (open_in_week (weekdays, 6, 10, 0));

  g_assert_false (open_in_week (list, 0, 11, 0));
  g_assert_true (open_in_week (list, 1, 11, 0));
  g_assert_false (open_in_week (list, 2, 11, 0));
  g_assert_true (open_in_week (list, 3, 11, 0));

  g_assert_true (open_in_week (sunday, 6, 10, 0));
  g_assert_false (open_in_week (sunday, 5, 10, 0));

  g_assert_true (open_in_week (weekend, 5, 17, 59));
  g_assert_true (open_in_week (weekend, 6, 10, 0));
  g_assert_false (open_in_week (weekend, 4, 12, 0));

  /* Friday to Monday goes through the week-end. */
  for (int day = 0; day < 7; day++)
    g_assert_cmpint (open_in_week (wrap, day, 8, 30), ==, day == 0 || day >= 4);

  for (int day = 0; day < 7; day++)
    {
      g_assert_true (open_in_week (always, day, 0, 0));
      g_assert_true (open_in_week (always, day, 23, 59));
      g_assert_true (open_in_week (every_day, day, 10, 30));
      g_assert_false (open_in_week (every_day, day, 11, 0));
    }

  /* 24:00 is the end of the day. */
  g_assert_true (open_in_week (late, 0, 23, 59));
  g_assert_false (open_in_week (late, 1, 0, 0));

  g_assert_true (open_in_week (spaced, 0, 9, 0));
  g_assert_true (open_in_week (spaced, 2, 14, 30));
  g_assert_false (open_in_week (spaced, 1, 9, 0));
  g_assert_false (open_in_week (spaced, 3, 9, 0));

  /* Seconds count: 11:59:59 is still the morning. */
  {
    g_autoptr(GDateTime) before = at (2026, 11, 30, 11, 59);
    g_autoptr(GDateTime) last_second = g_date_time_add_seconds (before, 59);
    g_autoptr(GDateTime) noon = g_date_time_add_seconds (last_second, 1);

    g_assert_true (relais_opening_hours_is_open (weekdays, last_second));
    g_assert_false (relais_opening_hours_is_open (weekdays, noon));
  }
}

/* OpenStreetMap: a later rule replaces earlier ones for the days it names. */
static void
test_later_rule_replaces (void)
{
  g_autoptr(RelaisOpeningHours) off = parse ("Mo-Fr 09:00-17:00; We off");
  g_autoptr(RelaisOpeningHours) other = parse ("Mo-Fr 09:00-12:00; We 14:00-16:00");
  g_autoptr(RelaisOpeningHours) reversed = parse ("We off; Mo-Fr 09:00-17:00");

  g_assert_true (open_in_week (off, 1, 10, 0));
  g_assert_false (open_in_week (off, 2, 10, 0));
  g_assert_true (open_in_week (off, 3, 10, 0));

  /* Wednesday's afternoon replaces its morning; it is not added to it. */
  g_assert_true (open_in_week (other, 1, 10, 0));
  g_assert_false (open_in_week (other, 2, 10, 0));
  g_assert_true (open_in_week (other, 2, 15, 0));
  g_assert_false (open_in_week (other, 1, 15, 0));

  /* Order matters: here the days rule comes last and wins. */
  g_assert_true (open_in_week (reversed, 2, 10, 0));
}

static gboolean
holiday (int year,
         int month,
         int day)
{
  g_autoptr(GDate) date = g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return relais_opening_hours_is_public_holiday (date);
}

static void
test_public_holidays (void)
{
  /* 2026: Easter is 5 April. 2027: 28 March. */
  static const int holidays[][3] = {
    { 2026, 1, 1 }, { 2026, 4, 6 }, { 2026, 5, 1 }, { 2026, 5, 8 }, { 2026, 5, 14 },
    { 2026, 5, 25 }, { 2026, 7, 14 }, { 2026, 8, 15 }, { 2026, 11, 1 }, { 2026, 11, 11 },
    { 2026, 12, 25 },
    { 2027, 3, 29 }, { 2027, 5, 6 }, { 2027, 5, 17 },
    /* Other years, to check the date of Easter: 2024 (31 March), 2025
     * (20 April), 2038 (25 April, the latest), 2285 (22 March, the earliest). */
    { 2024, 4, 1 }, { 2024, 5, 9 }, { 2025, 4, 21 }, { 2025, 5, 29 }, { 2025, 6, 9 },
    { 2038, 4, 26 }, { 2285, 3, 23 },
  };
  static const int ordinary[][3] = {
    { 2026, 4, 5 }, { 2026, 4, 7 }, { 2026, 5, 13 }, { 2026, 5, 15 }, { 2026, 12, 26 },
    { 2027, 3, 28 }, { 2027, 3, 26 }, { 2027, 5, 14 }, { 2024, 3, 31 }, { 2026, 11, 30 },
  };
  g_autoptr(RelaisOpeningHours) closed_on_holidays = parse ("Mo-Fr 09:00-17:00; PH off");
  g_autoptr(RelaisOpeningHours) short_holidays = parse ("Mo-Fr 09:00-17:00; PH 10:00-12:00");
  g_autoptr(RelaisOpeningHours) saturday_or_holiday = parse ("Sa,PH 10:00-12:00");

  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    g_assert_true (holiday (holidays[i][0], holidays[i][1], holidays[i][2]));
  for (guint i = 0; i < G_N_ELEMENTS (ordinary); i++)
    g_assert_false (holiday (ordinary[i][0], ordinary[i][1], ordinary[i][2]));

  /* Ascension 2026 is a Thursday. */
  {
    g_autoptr(GDateTime) ascension = at (2026, 5, 14, 10, 0);
    g_autoptr(GDateTime) next_thursday = at (2026, 5, 21, 10, 0);
    g_autoptr(GDateTime) wednesday_evening = at (2026, 5, 13, 17, 0);

    g_assert_false (relais_opening_hours_is_open (closed_on_holidays, ascension));
    g_assert_true (relais_opening_hours_is_open (closed_on_holidays, next_thursday));
    assert_next_change (closed_on_holidays, wednesday_evening, "2026-05-15 09:00", TRUE);
    g_assert_true (relais_opening_hours_is_open (saturday_or_holiday, ascension));
    g_assert_false (relais_opening_hours_is_open (saturday_or_holiday, next_thursday));
  }

  /* Easter Monday 2027. */
  {
    g_autoptr(GDateTime) early = at (2027, 3, 29, 9, 30);
    g_autoptr(GDateTime) late_morning = at (2027, 3, 29, 11, 0);
    g_autoptr(GDateTime) afternoon = at (2027, 3, 29, 13, 0);
    g_autoptr(GDateTime) ordinary_afternoon = at (2027, 3, 22, 13, 0);

    g_assert_false (relais_opening_hours_is_open (short_holidays, early));
    g_assert_true (relais_opening_hours_is_open (short_holidays, late_morning));
    g_assert_false (relais_opening_hours_is_open (short_holidays, afternoon));
    g_assert_true (relais_opening_hours_is_open (short_holidays, ordinary_afternoon));
    assert_next_change (short_holidays, early, "2027-03-29 10:00", TRUE);
    assert_next_change (short_holidays, late_morning, "2027-03-29 12:00", FALSE);
  }
}

static void
test_next_change (void)
{
  g_autoptr(RelaisOpeningHours) weekdays = parse ("Mo-Fr 09:00-12:00,14:00-17:00");
  g_autoptr(RelaisOpeningHours) evenings = parse ("Mo-Fr 18:00-24:00; Tu-Sa 00:00-02:00");
  g_autoptr(RelaisOpeningHours) monday = parse ("Mo 09:00-12:00");
  g_autoptr(RelaisOpeningHours) touching = parse ("Mo 08:30-13:00,13:00-17:30");
  g_autoptr(RelaisOpeningHours) always = parse ("24/7");
  g_autoptr(RelaisOpeningHours) never = parse ("Mo-Su off");
  g_autoptr(GDateTime) friday_evening = in_week (4, 17, 0);
  g_autoptr(GDateTime) friday_afternoon = in_week (4, 16, 0);
  g_autoptr(GDateTime) monday_night = in_week (0, 23, 0);
  g_autoptr(GDateTime) saturday_night = in_week (5, 1, 0);
  g_autoptr(GDateTime) tuesday_early = in_week (1, 1, 0);
  g_autoptr(GDateTime) monday_afternoon = in_week (0, 13, 0);
  g_autoptr(GDateTime) monday_morning = in_week (0, 9, 0);

  /* Across the week-end. */
  assert_next_change (weekdays, friday_evening, "2026-12-07 09:00", TRUE);
  assert_next_change (weekdays, friday_afternoon, "2026-12-04 17:00", FALSE);
  /* Across midnight: the evening goes on into the night. */
  assert_next_change (evenings, monday_night, "2026-12-01 02:00", FALSE);
  assert_next_change (evenings, saturday_night, "2026-12-05 02:00", FALSE);
  /* Six days ahead, then a whole week ahead. */
  assert_next_change (monday, tuesday_early, "2026-12-07 09:00", TRUE);
  assert_next_change (monday, monday_afternoon, "2026-12-07 09:00", TRUE);
  /* Two spans that touch are one opening. */
  assert_next_change (touching, monday_morning, "2026-11-30 17:30", FALSE);
  /* Nothing ever changes. */
  assert_next_change (always, monday_morning, NULL, FALSE);
  assert_next_change (never, monday_morning, NULL, FALSE);
}

/* The wall clock counts, and the change is given in the caller's time zone:
 * across the night France moves to summer time, Monday 09:00 stays 09:00. */
static void
test_time_zone (void)
{
  g_autoptr(GTimeZone) paris = g_time_zone_new_identifier ("Europe/Paris");
  g_autoptr(RelaisOpeningHours) weekdays = parse ("Mo-Fr 09:00-17:00");
  g_autoptr(GDateTime) saturday = NULL;
  g_autoptr(GDateTime) change_at = NULL;
  gboolean opens = FALSE;

  if (paris == NULL)
    {
      g_test_skip ("no time zone data for Europe/Paris");
      return;
    }
  saturday = g_date_time_new (paris, 2026, 3, 28, 18, 0, 0);
  g_assert_true (relais_opening_hours_next_change (weekdays, saturday, &change_at, &opens));
  g_assert_true (opens);
  g_assert_cmpint (g_date_time_get_day_of_month (change_at), ==, 30);
  g_assert_cmpint (g_date_time_get_hour (change_at), ==, 9);
  g_assert_cmpint (g_date_time_get_utc_offset (change_at), ==, 2 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_utc_offset (saturday), ==, G_TIME_SPAN_HOUR);
}

static void
test_status (void)
{
  g_autoptr(RelaisOpeningHours) weekdays = parse ("Mo-Fr 09:00-12:00,14:00-17:00");
  g_autoptr(RelaisOpeningHours) tuesday = parse ("Tu 09:30-12:00");
  g_autoptr(RelaisOpeningHours) monday = parse ("Mo 09:00-12:00");
  g_autoptr(RelaisOpeningHours) late = parse ("Mo-Fr 18:00-24:00; Tu-Sa 00:00-02:00; Su 20:00-24:00");
  g_autoptr(RelaisOpeningHours) always = parse ("24/7");
  g_autoptr(RelaisOpeningHours) never = parse ("Mo off");
  g_autoptr(RelaisOpeningHours) appointment = parse ("Mo 09:00-12:00 \"sur rendez-vous\"; Tu 14:00-16:00");
  g_autoptr(RelaisOpeningHours) holidays = parse ("Mo 09:00-12:00; PH off");
  g_autoptr(GDateTime) monday_morning = in_week (0, 10, 0);
  g_autoptr(GDateTime) monday_lunch = in_week (0, 12, 30);
  g_autoptr(GDateTime) friday_evening = in_week (4, 18, 0);
  g_autoptr(GDateTime) saturday = in_week (5, 10, 0);
  g_autoptr(GDateTime) monday_evening = in_week (0, 19, 0);
  g_autoptr(GDateTime) sunday_evening = in_week (6, 21, 0);
  g_autoptr(GDateTime) before_easter = at (2027, 3, 22, 13, 0);
  struct { RelaisOpeningHours *hours; GDateTime *when; const char *expected; } cases[] = {
    { weekdays, monday_morning, "Open now, until 12:00" },
    { weekdays, monday_lunch, "Opens today at 14:00" },
    { weekdays, friday_evening, "Opens Monday at 09:00" },
    { tuesday, monday_morning, "Opens tomorrow at 09:30" },
    { tuesday, saturday, "Opens Tuesday at 09:30" },
    { monday, monday_lunch, "Opens next Monday at 09:00" },
    { late, monday_evening, "Open now, until tomorrow at 02:00" },
    { late, sunday_evening, "Open now, until midnight" },
    { always, monday_morning, "Open now" },
    { never, monday_morning, "Closed all week" },
    { appointment, monday_morning, "Open now, until 12:00 (“sur rendez-vous”)" },
    { appointment, saturday, "Opens Monday at 09:00 (“sur rendez-vous”)" },
    { appointment, monday_lunch, "Opens tomorrow at 14:00" },
    /* Next Monday is Easter Monday. */
    { holidays, before_easter, "Closed in the coming week" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *status = status_at (cases[i].hours, cases[i].when);

      g_assert_cmpstr (status, ==, cases[i].expected);
    }
}

static void
test_week (void)
{
  static const char *const expected[] = {
    "Monday: 09:00–12:00, 14:00–17:00",
    "Tuesday: 09:00–12:00, 14:00–17:00",
    "Wednesday: 14:00–16:00 (“sur rendez-vous”)",
    "Thursday: 09:00–12:00, 14:00–17:00",
    "Friday: closed",
    "Saturday: closed",
    "Sunday: closed",
    "Public holidays: closed (“sauf le 14 juillet”)",
    NULL,
  };
  g_autoptr(RelaisOpeningHours) hours =
    parse ("Mo-Fr 09:00-12:00,14:00-17:00; We 14:00-16:00 \"sur rendez-vous\"; Fr off; PH off \"sauf le 14 juillet\"");
  g_autoptr(RelaisOpeningHours) plain = parse ("Tu,Th 10:00-12:00");
  g_autoptr(RelaisOpeningHours) always = parse ("24/7");
  g_autoptr(RelaisOpeningHours) depends = parse ("PH off; Mo-Fr 09:00-17:00");
  g_auto(GStrv) week = relais_opening_hours_describe_week (hours);
  g_auto(GStrv) plain_week = relais_opening_hours_describe_week (plain);
  g_auto(GStrv) always_week = relais_opening_hours_describe_week (always);
  g_auto(GStrv) depends_week = relais_opening_hours_describe_week (depends);

  g_assert_cmpstrv (week, expected);
  g_assert_true (relais_opening_hours_has_public_holiday_rules (hours));

  g_assert_cmpuint (g_strv_length (plain_week), ==, 7);
  g_assert_false (relais_opening_hours_has_public_holiday_rules (plain));
  g_assert_cmpstr (plain_week[0], ==, "Monday: closed");
  g_assert_cmpstr (plain_week[3], ==, "Thursday: 10:00–12:00");

  g_assert_cmpuint (g_strv_length (always_week), ==, 7);
  g_assert_cmpstr (always_week[6], ==, "Sunday: open all day");

  /* On a holiday that falls on a weekday, the later Mo-Fr rule wins. */
  g_assert_cmpuint (g_strv_length (depends_week), ==, 8);
  g_assert_cmpstr (depends_week[7], ==, "Public holidays: the hours depend on the day of the week");
}

static void
test_errors (void)
{
  static const struct { const char *text; RelaisOpeningHoursError code; } cases[] = {
    { "", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "   ", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "09:00", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 09:00", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 09:00-12:00-14:00", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 25:00-26:00", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 09:00-25:00", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 09:00-24:30", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 09:60-10:00", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 09:000-12:00", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 9h-12h", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 12:00-09:00", RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED },
    { "Mo 22:00-02:00", RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED },
    { "Mo 09:00-09:00", RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED },
    { "Mo-Fr", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo-Fr;", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 09:00-12:00;", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 09:00-12:00;; Tu off", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "mo 09:00-12:00", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo-Xx 09:00-12:00", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mon 09:00-12:00", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 09:00-12:00 Tu 10:00-11:00", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo \"sur rendez-vous\"", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 09:00-12:00 \"", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 09:00-12:00 \"\"", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo 09:00-12:00 \"a\" \"b\"", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo\t09:00-12:00", RELAIS_OPENING_HOURS_ERROR_INVALID },
    { "Mo-Fr 09:00-12:00, Sa 10:00-12:00", RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED },
    { "SH off", RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED },
    { "Mo-Fr 09:00-17:00; SH off", RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED },
    { "Jan-Mar Mo 09:00-12:00", RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED },
    { "Mo 09:00+", RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED },
    { "sunrise-sunset", RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED },
    { "Mo 09:00-12:00 || Tu off", RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED },
    { "Mo[1] 09:00-12:00", RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED },
    { "Mo open", RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED },
    { "Mo 24/7", RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED },
    { "\xff\xfe", RELAIS_OPENING_HOURS_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RelaisOpeningHours) hours = relais_opening_hours_parse (cases[i].text, &error);

      g_test_message ("%s: %s", cases[i].text, error != NULL ? error->message : "(accepted)");
      g_assert_null (hours);
      g_assert_error (error, RELAIS_OPENING_HOURS_ERROR, (int) cases[i].code);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  for (guint i = 0; i < G_N_ELEMENTS (known_bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RelaisOpeningHours) hours = relais_opening_hours_parse (known_bad[i], &error);

      g_assert_null (hours);
      g_assert_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID);
    }
}

static void
test_copy (void)
{
  g_autoptr(RelaisOpeningHours) hours = parse ("Mo 09:00-12:00");
  g_autoptr(RelaisOpeningHours) copy = relais_opening_hours_copy (hours);

  g_clear_pointer (&hours, relais_opening_hours_free);
  g_assert_cmpstr (relais_opening_hours_get_text (copy), ==, "Mo 09:00-12:00");
  g_assert_true (open_in_week (copy, 0, 10, 0));
  g_assert_true (G_TYPE_IS_BOXED (RELAIS_TYPE_OPENING_HOURS));
}

/* --- Every value of the shipped places --- */

/* The places file: the repository's data/directory/places.json, or the file
 * named by RELAIS_TEST_PLACES (the same format, or the raw regional source
 * with "horaires_ouverture"). Returns the distinct hours, sorted. */
static GPtrArray *
load_place_hours (char **path_out)
{
  const char *override = g_getenv ("RELAIS_TEST_PLACES");
  g_autofree char *path = override != NULL ? g_strdup (override)
                                           : g_test_build_filename (G_TEST_DIST, "..", "data", "directory", "places.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  JsonNode *root;
  JsonArray *places;
  const char *member;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      *path_out = g_steal_pointer (&path);
      return NULL;
    }
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      places = json_node_get_array (root);
      member = "horaires_ouverture";
    }
  else
    {
      g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
      places = json_object_get_array_member (json_node_get_object (root), "places");
      member = "hours";
    }
  g_assert_nonnull (places);
  g_assert_cmpuint (json_array_get_length (places), >, 0);

  for (guint i = 0; i < json_array_get_length (places); i++)
    {
      JsonObject *place = json_array_get_object_element (places, i);
      const char *hours = json_object_get_string_member_with_default (place, member, NULL);

      if (hours != NULL && !g_hash_table_contains (seen, hours))
        {
          g_hash_table_add (seen, (gpointer) hours);
          g_ptr_array_add (values, g_strdup (hours));
        }
    }
  g_ptr_array_sort (values, (GCompareFunc) g_strcmp0);
  *path_out = g_steal_pointer (&path);
  return g_steal_pointer (&values);
}

typedef struct
{
  int start;   /* minutes */
  int end;
} Span;

/* A second reading of the simple form the data uses, written differently
 * (regular expressions, no shared code): the parser's week must match it. */
static gboolean
reference_week (const char *text,
                GArray     *week[7])
{
  static const char *const codes[] = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };
  g_autoptr(GRegex) rule_re = g_regex_new ("^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?"
                                           "(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*) "
                                           "(off|[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9]"
                                           "(?:,[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9])*)$",
                                           0, 0, NULL);
  g_auto(GStrv) rules = g_strsplit (text, "; ", -1);

  for (guint day = 0; day < 7; day++)
    g_array_set_size (week[day], 0);

  for (guint r = 0; rules[r] != NULL; r++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *days_text = NULL;
      g_autofree char *times_text = NULL;
      g_auto(GStrv) day_items = NULL;
      g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
      gboolean days[7] = { FALSE };

      if (!g_regex_match (rule_re, rules[r], 0, &match))
        return FALSE;
      days_text = g_match_info_fetch (match, 1);
      times_text = g_match_info_fetch (match, 2);

      day_items = g_strsplit (days_text, ",", -1);
      for (guint i = 0; day_items[i] != NULL; i++)
        {
          g_auto(GStrv) ends = g_strsplit (day_items[i], "-", 2);
          guint first = 0, last;

          while (!g_str_equal (codes[first], ends[0]))
            first++;
          last = first;
          if (ends[1] != NULL)
            for (last = 0; !g_str_equal (codes[last], ends[1]); last++)
              ;
          for (guint d = first;; d = (d + 1) % 7)
            {
              days[d] = TRUE;
              if (d == last)
                break;
            }
        }

      if (!g_str_equal (times_text, "off"))
        {
          g_auto(GStrv) ranges = g_strsplit (times_text, ",", -1);

          for (guint i = 0; ranges[i] != NULL; i++)
            {
              int h1, m1, h2, m2;
              Span span;

              g_assert_cmpint (sscanf (ranges[i], "%d:%d-%d:%d", &h1, &m1, &h2, &m2), ==, 4);
              span.start = h1 * 60 + m1;
              span.end = h2 * 60 + m2;
              if (h1 > 23 || h2 > 24 || (h2 == 24 && m2 != 0) || span.end <= span.start)
                return FALSE;
              g_array_append_val (spans, span);
            }
        }

      /* A later rule replaces the earlier ones for its days. */
      for (guint d = 0; d < 7; d++)
        if (days[d])
          {
            g_array_set_size (week[d], 0);
            g_array_append_vals (week[d], spans->data, spans->len);
          }
    }
  return TRUE;
}

static gboolean
covered (GArray *spans,
         int     minute)
{
  for (guint i = 0; i < spans->len; i++)
    if (minute >= g_array_index (spans, Span, i).start && minute < g_array_index (spans, Span, i).end)
      return TRUE;
  return FALSE;
}

/* The reference's answer to next_change(): the first edge of a span, over
 * the eight days from @day's start, where the state differs from now's. */
static int
reference_next_change (GArray *week[7],
                       int     day,
                       int     minute)
{
  gboolean now = covered (week[day], minute);
  int best = -1;

  for (int ahead = 0; ahead < 8; ahead++)
    {
      GArray *spans = week[(day + ahead) % 7];

      for (guint i = 0; i < spans->len; i++)
        {
          int edges[] = { g_array_index (spans, Span, i).start, g_array_index (spans, Span, i).end };

          for (guint e = 0; e < G_N_ELEMENTS (edges); e++)
            {
              int edge = ahead * 24 * 60 + edges[e];
              int edge_day = (day + edge / (24 * 60)) % 7;

              if (edge <= minute || (best >= 0 && edge >= best) || edge >= 8 * 24 * 60)
                continue;
              if (covered (week[edge_day], edge % (24 * 60)) != now)
                best = edge;
            }
        }
    }
  return best;
}

static void
check_against_reference (RelaisOpeningHours *hours,
                         GArray             *week[7])
{
  static const char *const names[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
  g_auto(GStrv) lines = relais_opening_hours_describe_week (hours);

  g_assert_cmpuint (g_strv_length (lines), ==, 7);
  for (int day = 0; day < 7; day++)
    {
      g_autoptr(GString) expected = g_string_new (names[day]);
      /* The instants to ask about: each edge of each span, either side, and the ends of the day. */
      g_autoptr(GArray) instants = g_array_new (FALSE, FALSE, sizeof (int));
      int day_ends[] = { 0, 24 * 60 - 1 };

      g_string_append (expected, ": ");
      if (week[day]->len == 0)
        g_string_append (expected, "closed");
      g_array_append_vals (instants, day_ends, 2);
      for (guint i = 0; i < week[day]->len; i++)
        {
          Span span = g_array_index (week[day], Span, i);
          int edges[] = { span.start - 1, span.start, (span.start + span.end) / 2, span.end - 1, span.end };

          g_string_append_printf (expected, "%s%02d:%02d–%02d:%02d", i > 0 ? ", " : "",
                                  span.start / 60, span.start % 60, span.end / 60, span.end % 60);
          g_array_append_vals (instants, edges, G_N_ELEMENTS (edges));
        }
      g_assert_cmpstr (lines[day], ==, expected->str);

      for (guint i = 0; i < instants->len; i++)
        {
          int minute = g_array_index (instants, int, i);
          g_autoptr(GDateTime) when = NULL;
          g_autoptr(GDateTime) change_at = NULL;
          gboolean opens;
          int expected_change;

          if (minute < 0 || minute >= 24 * 60)
            continue;
          when = in_week (day, minute / 60, minute % 60);
          g_assert_cmpint (relais_opening_hours_is_open (hours, when), ==, covered (week[day], minute));
          expected_change = reference_next_change (week, day, minute);
          if (relais_opening_hours_next_change (hours, when, &change_at, &opens))
            {
              g_assert_cmpint (opens, !=, covered (week[day], minute));
              g_assert_cmpint (g_date_time_difference (change_at, when) / G_TIME_SPAN_MINUTE,
                               ==, expected_change - minute);
            }
          else
            g_assert_cmpint (expected_change, ==, -1);
        }
    }
}

static gboolean
is_known_bad (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (known_bad); i++)
    if (g_str_equal (known_bad[i], text))
      return TRUE;
  return FALSE;
}

static void
test_shipped_places (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) values = load_place_hours (&path);
  GArray *week[7];
  guint parsed = 0;
  guint refused = 0;

  if (values == NULL)
    {
      g_autofree char *message = g_strdup_printf ("no places file at %s: the shipped hours are not checked", path);

      g_test_skip (message);
      return;
    }

  for (guint day = 0; day < 7; day++)
    week[day] = g_array_new (FALSE, FALSE, sizeof (Span));

  for (guint i = 0; i < values->len; i++)
    {
      const char *text = g_ptr_array_index (values, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(RelaisOpeningHours) hours = relais_opening_hours_parse (text, &error);
      gboolean reference = reference_week (text, week);

      if (is_known_bad (text))
        {
          g_test_message ("refused, as it must be: %s (%s)", text, error != NULL ? error->message : "accepted!");
          g_assert_null (hours);
          g_assert_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID);
          g_assert_false (reference);
          refused++;
          continue;
        }

      if (hours == NULL)
        g_test_message ("refused: %s (%s)", text, error->message);
      g_assert_no_error (error);
      g_assert_nonnull (hours);
      /* A value the reference cannot read would need a check of its own. */
      g_assert_true (reference);
      check_against_reference (hours, week);
      parsed++;
    }

  for (guint day = 0; day < 7; day++)
    g_array_unref (week[day]);

  g_test_message ("%s: %u distinct hours, %u read, %u refused", path, values->len, parsed, refused);
  /* The shipped file holds them all: a value changed on the way is a bug there. */
  g_assert_cmpuint (refused, ==, G_N_ELEMENTS (known_bad));
  g_assert_cmpuint (parsed, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/opening-hours/days-and-times", test_days_and_times);
  g_test_add_func ("/opening-hours/later-rule-replaces", test_later_rule_replaces);
  g_test_add_func ("/opening-hours/public-holidays", test_public_holidays);
  g_test_add_func ("/opening-hours/next-change", test_next_change);
  g_test_add_func ("/opening-hours/time-zone", test_time_zone);
  g_test_add_func ("/opening-hours/status", test_status);
  g_test_add_func ("/opening-hours/week", test_week);
  g_test_add_func ("/opening-hours/errors", test_errors);
  g_test_add_func ("/opening-hours/copy", test_copy);
  g_test_add_func ("/opening-hours/shipped-places", test_shipped_places);

  return g_test_run ();
}
