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

#include <string.h>
#include <glib/gi18n.h>

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

static const char *const weekday_codes[] = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };

static void
rule_free (gpointer data)
{
  RelaisOpeningRule *rule = data;

  g_clear_pointer (&rule->spans, g_array_unref);
  g_clear_pointer (&rule->merged, g_array_unref);
  g_clear_pointer (&rule->comment, g_free);
  g_free (rule);
}

static void
hours_clear (gpointer data)
{
  RelaisOpeningHours *hours = data;

  g_clear_pointer (&hours->text, g_free);
  g_clear_pointer (&hours->rules, g_ptr_array_unref);
}

/* --- Parsing --- */

typedef struct
{
  const char *text;
  const char *p;
  const char *rule_start;
} Parser;

static void
skip_spaces (Parser *parser)
{
  while (*parser->p == ' ')
    parser->p++;
}

/* The rule being read, as written, for error messages. */
static char *
rule_snippet (Parser *parser)
{
  const char *end = parser->rule_start;
  gboolean quoted = FALSE;

  while (*end != '\0' && (quoted || *end != ';'))
    {
      if (*end == '"')
        quoted = !quoted;
      end++;
    }
  while (end > parser->rule_start && end[-1] == ' ')
    end--;
  return g_strndup (parser->rule_start, end - parser->rule_start);
}

/* Words of the full OpenStreetMap syntax that Relais does not read: the
 * error then says so, instead of calling valid hours a mistake. */
static gboolean
looks_like_full_syntax (const char *snippet)
{
  static const char *const words[] = {
    "SH", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
    "Oct", "Nov", "Dec", "sunrise", "sunset", "dawn", "dusk", "week",
    "easter", "open", "unknown", "||", "+", "[", "/",
  };
  g_autofree char *unquoted = g_strndup (snippet, strcspn (snippet, "\""));

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (unquoted, words[i]) != NULL)
      return TRUE;
  /* "Mo 09:00-12:00, Sa 10:00-12:00": an additional rule. */
  for (const char *comma = strchr (unquoted, ','); comma != NULL; comma = strchr (comma + 1, ','))
    {
      const char *next = comma + 1;

      while (*next == ' ')
        next++;
      if (g_ascii_isupper (next[0]) && g_ascii_islower (next[1]) &&
          comma > unquoted && g_ascii_isdigit (comma[-1]))
        return TRUE;
    }
  return FALSE;
}

static gboolean
fail_not_understood (Parser  *parser,
                     GError **error)
{
  g_autofree char *snippet = rule_snippet (parser);

  if (looks_like_full_syntax (snippet))
    g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED,
                 _("“%s” uses a form of opening hours that Relais cannot read yet."),
                 snippet);
  else
    g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID,
                 _("“%s” is not understood as opening hours."),
                 snippet);
  return FALSE;
}

static int
weekday_at (const char *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (weekday_codes); i++)
    if (strncmp (p, weekday_codes[i], 2) == 0 && !g_ascii_isalpha (p[2]))
      return (int) i;
  return -1;
}

static gboolean
public_holiday_at (const char *p)
{
  return strncmp (p, "PH", 2) == 0 && !g_ascii_isalpha (p[2]);
}

static gboolean
word_at (const char *p,
         const char *word)
{
  gsize length = strlen (word);

  return strncmp (p, word, length) == 0 && !g_ascii_isalnum (p[length]);
}

/* "Mo", "Mo-Fr", "Fr-Mo" (across the week-end), "PH", separated by commas. */
static gboolean
parse_selector (Parser            *parser,
                RelaisOpeningRule *rule,
                GError           **error)
{
  for (;;)
    {
      int first = weekday_at (parser->p);

      if (public_holiday_at (parser->p))
        {
          rule->public_holidays = TRUE;
          parser->p += 2;
        }
      else if (first >= 0)
        {
          int last = first;

          parser->p += 2;
          if (*parser->p == '-')
            {
              last = weekday_at (parser->p + 1);
              if (last < 0)
                return fail_not_understood (parser, error);
              parser->p += 3;
            }
          for (int day = first;; day = (day + 1) % 7)
            {
              rule->days |= 1u << day;
              if (day == last)
                break;
            }
        }
      else
        return fail_not_understood (parser, error);

      if (*parser->p != ',')
        return TRUE;
      parser->p++;
      skip_spaces (parser);
    }
}

/* Sets *minutes, or returns FALSE without moving if there is no time here. */
static gboolean
read_time (Parser *parser,
           guint  *minutes,
           char  **written)
{
  const char *p = parser->p;
  guint hour = 0;
  guint digits = 0;

  while (g_ascii_isdigit (*p) && digits < 2)
    {
      hour = hour * 10 + (guint) (*p - '0');
      p++;
      digits++;
    }
  if (digits == 0 || g_ascii_isdigit (*p) || p[0] != ':' ||
      !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) || g_ascii_isdigit (p[3]))
    return FALSE;

  *written = g_strndup (parser->p, p + 3 - parser->p);
  *minutes = hour * 60 + (guint) (p[1] - '0') * 10 + (guint) (p[2] - '0');
  parser->p = p + 3;
  if (hour > 24 || (guint) (p[1] - '0') > 5 || (hour == 24 && *minutes != RELAIS_MINUTES_PER_DAY))
    *minutes = G_MAXUINT;
  return TRUE;
}

static gboolean
parse_span (Parser            *parser,
            RelaisOpeningRule *rule,
            GError           **error)
{
  const char *span_start = parser->p;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  g_autofree char *span_text = NULL;
  RelaisTimeSpan span;
  guint start;
  guint end;

  if (!read_time (parser, &start, &start_text))
    return fail_not_understood (parser, error);
  if (start == G_MAXUINT)
    {
      g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID,
                   _("“%s” is not a time of day between 00:00 and 24:00."), start_text);
      return FALSE;
    }

  skip_spaces (parser);
  if (*parser->p != '-')
    {
      g_autofree char *snippet = rule_snippet (parser);

      if (g_ascii_isalnum (*parser->p) || *parser->p == '+')
        return fail_not_understood (parser, error);
      g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID,
                   _("“%s” has an opening time with no closing time, as in 09:00-12:00."),
                   snippet);
      return FALSE;
    }
  parser->p++;
  skip_spaces (parser);

  if (!read_time (parser, &end, &end_text))
    return fail_not_understood (parser, error);
  if (end == G_MAXUINT)
    {
      g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID,
                   _("“%s” is not a time of day between 00:00 and 24:00."), end_text);
      return FALSE;
    }

  span_text = g_strndup (span_start, parser->p - span_start);
  /* 09:00-12:00-14:00: which of the two was meant cannot be known. */
  if (*parser->p == '-' || *parser->p == ':')
    return fail_not_understood (parser, error);
  if (end <= start)
    {
      g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED,
                   _("“%s” does not end after it starts: hours past midnight are not supported."),
                   span_text);
      return FALSE;
    }

  span.start = (guint16) start;
  span.end = (guint16) end;
  g_array_append_val (rule->spans, span);
  return TRUE;
}

static gboolean
parse_comment (Parser            *parser,
               RelaisOpeningRule *rule,
               GError           **error)
{
  const char *start = parser->p + 1;
  const char *end = strchr (start, '"');

  if (end == NULL)
    {
      g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID,
                   _("A comment in these opening hours has no closing double quote."));
      return FALSE;
    }
  if (end == start)
    return fail_not_understood (parser, error);
  rule->comment = g_strndup (start, end - start);
  parser->p = end + 1;
  return TRUE;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const RelaisTimeSpan *span_a = a;
  const RelaisTimeSpan *span_b = b;

  if (span_a->start != span_b->start)
    return span_a->start < span_b->start ? -1 : 1;
  return (int) span_a->end - (int) span_b->end;
}

static GArray *
merge_spans (GArray *spans)
{
  g_autoptr(GArray) sorted = g_array_copy (spans);
  GArray *merged = g_array_new (FALSE, FALSE, sizeof (RelaisTimeSpan));

  g_array_sort (sorted, compare_spans);
  for (guint i = 0; i < sorted->len; i++)
    {
      RelaisTimeSpan span = g_array_index (sorted, RelaisTimeSpan, i);
      RelaisTimeSpan *last = merged->len > 0 ? &g_array_index (merged, RelaisTimeSpan, merged->len - 1) : NULL;

      if (last != NULL && span.start <= last->end)
        last->end = MAX (last->end, span.end);
      else
        g_array_append_val (merged, span);
    }
  return merged;
}

static RelaisOpeningRule *
parse_rule (Parser  *parser,
            GError **error)
{
  RelaisOpeningRule *rule = g_new0 (RelaisOpeningRule, 1);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (rule_free);
  gboolean has_selector = FALSE;

  g_ptr_array_add (keep, rule);
  rule->spans = g_array_new (FALSE, FALSE, sizeof (RelaisTimeSpan));
  parser->rule_start = parser->p;

  if (word_at (parser->p, "24/7"))
    {
      RelaisTimeSpan whole_day = { 0, RELAIS_MINUTES_PER_DAY };

      rule->days = RELAIS_ALL_WEEKDAYS;
      g_array_append_val (rule->spans, whole_day);
      parser->p += 4;
    }
  else
    {
      if (weekday_at (parser->p) >= 0 || public_holiday_at (parser->p))
        {
          if (!parse_selector (parser, rule, error))
            return NULL;
          has_selector = TRUE;
          if (*parser->p != ' ')
            {
              g_autofree char *snippet = rule_snippet (parser);

              if (*parser->p != '\0' && *parser->p != ';')
                {
                  fail_not_understood (parser, error);
                  return NULL;
                }
              g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID,
                           _("“%s” names days but no hours."), snippet);
              return NULL;
            }
          skip_spaces (parser);
        }
      else
        {
          /* No days named: every day. */
          rule->days = RELAIS_ALL_WEEKDAYS;
        }

      if (word_at (parser->p, "off") || word_at (parser->p, "closed"))
        {
          rule->closed = TRUE;
          parser->p += *parser->p == 'o' ? 3 : 6;
        }
      else if (g_ascii_isdigit (*parser->p))
        {
          for (;;)
            {
              if (!parse_span (parser, rule, error))
                return NULL;
              skip_spaces (parser);
              if (*parser->p != ',')
                break;
              parser->p++;
              skip_spaces (parser);
            }
        }
      else if (has_selector && (*parser->p == '\0' || *parser->p == ';' || *parser->p == '"'))
        {
          g_autofree char *snippet = rule_snippet (parser);

          g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID,
                       _("“%s” names days but no hours."), snippet);
          return NULL;
        }
      else
        {
          fail_not_understood (parser, error);
          return NULL;
        }
    }

  skip_spaces (parser);
  if (*parser->p == '"')
    {
      if (!parse_comment (parser, rule, error))
        return NULL;
      skip_spaces (parser);
    }
  if (*parser->p != '\0' && *parser->p != ';')
    {
      fail_not_understood (parser, error);
      return NULL;
    }

  rule->merged = merge_spans (rule->spans);
  return g_ptr_array_steal_index (keep, 0);
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
  Parser parser = { text, text, text };

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID,
                   _("These opening hours are not valid UTF-8 text."));
      return NULL;
    }

  rules = g_ptr_array_new_with_free_func (rule_free);
  skip_spaces (&parser);
  if (*parser.p == '\0')
    {
      g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID,
                   _("The opening hours are empty."));
      return NULL;
    }

  for (;;)
    {
      RelaisOpeningRule *rule = parse_rule (&parser, error);

      if (rule == NULL)
        return NULL;
      g_ptr_array_add (rules, rule);
      if (*parser.p == '\0')
        break;
      /* parse_rule() stops only at the end or at a semicolon. */
      g_assert (*parser.p == ';');
      parser.p++;
      skip_spaces (&parser);
      if (*parser.p == '\0' || *parser.p == ';')
        {
          parser.rule_start = parser.p;
          g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID,
                       _("These opening hours have an empty rule after a semicolon."));
          return NULL;
        }
    }

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
