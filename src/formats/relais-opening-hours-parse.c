/* relais-opening-hours-parse.c — reading opening_hours, strictly
 *
 * A hand-written reader rather than regular expressions, so that each
 * refusal can say which part of the value it could not read, and whether
 * that part is a mistake or valid OpenStreetMap that Relais does not read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-opening-hours"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "relais-opening-hours-private.h"

static const char *const weekday_codes[] = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };

void
relais_opening_rule_free (gpointer data)
{
  RelaisOpeningRule *rule = data;

  g_clear_pointer (&rule->spans, g_array_unref);
  g_clear_pointer (&rule->merged, g_array_unref);
  g_clear_pointer (&rule->comment, g_free);
  g_free (rule);
}

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
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (relais_opening_rule_free);
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

/* Reads @text into its rules, or returns NULL with @error set. */
GPtrArray *
relais_opening_hours_read_rules (const char  *text,
                                 GError     **error)
{
  g_autoptr(GPtrArray) rules = NULL;
  Parser parser = { text, text, text };

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID,
                   _("These opening hours are not valid UTF-8 text."));
      return NULL;
    }

  rules = g_ptr_array_new_with_free_func (relais_opening_rule_free);
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
          g_set_error (error, RELAIS_OPENING_HOURS_ERROR, RELAIS_OPENING_HOURS_ERROR_INVALID,
                       _("These opening hours have an empty rule after a semicolon."));
          return NULL;
        }
    }

  return g_steal_pointer (&rules);
}
