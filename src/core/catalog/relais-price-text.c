/* relais-price-text.c — prices, their dates and closed tools, in words
 *
 * A price is shown with the month it was noted, in words ("price noted in
 * June 2026"), never as an ISO date inside a sentence; an old one says so,
 * and a page that shows no date is said to show none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-price"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relais-nearby-text.h"
#include "relais-price-text.h"

/* Older than this, a price may well have changed. */
#define OLD_AFTER_MONTHS 12

/**
 * relais_today:
 * @today: (out caller-allocates): set to today, in local time
 */
void
relais_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (today != NULL);

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/**
 * relais_money_format:
 * @currency: ISO 4217
 *
 * Returns: (transfer full): the amount rounded to whole units, with its
 *   currency as people write it ("250 €", "$250")
 */
char *
relais_money_format (gint64      cents,
                     const char *currency)
{
  double whole = relais_cents_to_whole_units (cents);

  g_return_val_if_fail (currency != NULL, NULL);

  if (g_str_equal (currency, "EUR"))
    /* TRANSLATORS: an amount in euros, e.g. “250 €” */
    return g_strdup_printf (_("%.0f €"), whole);
  if (g_str_equal (currency, "USD"))
    /* TRANSLATORS: an amount in US dollars, e.g. “$250” */
    return g_strdup_printf (_("$%.0f"), whole);

  return g_strdup_printf ("%.0f %s", whole, currency);
}

/* YYYY-MM or YYYY-MM-DD; the day is 1 when not given. */
static gboolean
parse_date (const char *iso_date,
            GDate      *date)
{
  guint year, month, day = 1;

  if (iso_date == NULL || (strlen (iso_date) != 7 && strlen (iso_date) != 10))
    return FALSE;
  year = (guint) g_ascii_strtoull (iso_date, NULL, 10);
  month = (guint) g_ascii_strtoull (iso_date + 5, NULL, 10);
  if (strlen (iso_date) == 10)
    day = (guint) g_ascii_strtoull (iso_date + 8, NULL, 10);
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * relais_month_year:
 * @iso_date: YYYY-MM or YYYY-MM-DD
 *
 * Returns: (transfer full): "June 2026", or @iso_date itself when it is
 *   not a date
 */
char *
relais_month_year (const char *iso_date)
{
  g_autofree char *month = NULL;
  char *words;

  g_return_val_if_fail (iso_date != NULL, NULL);

  month = g_strndup (iso_date, 7);
  words = strlen (iso_date) == 7 || strlen (iso_date) == 10 ? relais_nearby_format_date (month) : NULL;
  return words != NULL ? words : g_strdup (iso_date);
}

/**
 * relais_day_month_year:
 * @iso_date: YYYY-MM-DD
 *
 * Returns: (transfer full): "5 May 2025", or @iso_date itself when it is
 *   not a date
 */
char *
relais_day_month_year (const char *iso_date)
{
  char *words;

  g_return_val_if_fail (iso_date != NULL, NULL);

  words = strlen (iso_date) == 10 ? relais_nearby_format_date (iso_date) : NULL;
  return words != NULL ? words : g_strdup (iso_date);
}

/* The day the price is known for: the page's own date, or else the day it
 * was read. */
static gboolean
price_date (const RelaisPrice *price,
            GDate             *date)
{
  g_date_clear (date, 1);
  return parse_date (price->as_of != NULL ? price->as_of : price->checked, date);
}

/* A rise the vendor announced, come into force by @today, after the price. */
static gboolean
is_before_rise (const RelaisPrice *price,
                const GDate       *date,
                const GDate       *today)
{
  GDate rise;

  g_date_clear (&rise, 1);
  return price->rise != NULL && parse_date (price->rise, &rise) &&
         g_date_compare (date, &rise) < 0 && g_date_compare (&rise, today) <= 0;
}

static gboolean
is_over_a_year (const GDate *date,
                const GDate *today)
{
  GDate limit = *today;

  g_date_subtract_months (&limit, OLD_AFTER_MONTHS);
  return g_date_compare (date, &limit) < 0;
}

/**
 * relais_price_is_old:
 * @today: the day the figures are for
 *
 * Returns: whether @price was noted more than a year before @today, or
 *   before a rise the vendor made since (or has no date at all)
 */
gboolean
relais_price_is_old (const RelaisPrice *price,
                     const GDate       *today)
{
  GDate date;

  g_return_val_if_fail (price != NULL, TRUE);
  g_return_val_if_fail (today != NULL, TRUE);

  if (!price_date (price, &date))
    return TRUE;
  return is_before_rise (price, &date, today) || is_over_a_year (&date, today);
}

/**
 * relais_price_describe_date:
 * @today: the day the figures are for
 *
 * Returns: (transfer full): when the price is from, in words, and whether
 *   it is old ("price noted in June 2026, before the rise of July 2026: it is
 *   higher now")
 */
char *
relais_price_describe_date (const RelaisPrice *price,
                            const GDate       *today)
{
  g_autofree char *when = NULL;
  GDate date;

  g_return_val_if_fail (price != NULL, NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (!price_date (price, &date))
    return g_strdup (_("date not known"));
  when = relais_month_year (price->as_of != NULL ? price->as_of : price->checked);

  if (is_before_rise (price, &date, today))
    {
      g_autofree char *rise = relais_month_year (price->rise);

      return price->as_of != NULL
        ? g_strdup_printf (_("price noted in %s, before the vendor’s rise of %s: it is higher now"), when, rise)
        : g_strdup_printf (_("date not shown on the page, read in %s, before the vendor’s rise of %s: it is higher now"), when, rise);
    }
  if (is_over_a_year (&date, today))
    return price->as_of != NULL
      ? g_strdup_printf (_("price noted in %s, over a year ago: it may have changed"), when)
      : g_strdup_printf (_("date not shown on the page, read in %s, over a year ago: it may have changed"), when);

  return price->as_of != NULL
    ? g_strdup_printf (_("price noted in %s"), when)
    : g_strdup_printf (_("date not shown on the page, read in %s"), when);
}

/**
 * relais_tool_describe_closure:
 *
 * Returns: (transfer full) (nullable): that the tool closed, when, and what
 *   to do instead; %NULL while it exists
 */
char *
relais_tool_describe_closure (const RelaisProprietaryTool *tool)
{
  g_autofree char *when = NULL;

  g_return_val_if_fail (tool != NULL, NULL);

  if (tool->closed == NULL)
    return NULL;

  when = relais_day_month_year (tool->closed->date);
  /* TRANSLATORS: “Skype closed on 5 May 2025.” then what to do instead */
  return g_strdup_printf (_("%s closed on %s. %s%s%s"), tool->name, when,
                          relais_catalog_translate (tool->closed->instead),
                          tool->closed->secondary ? " " : "",
                          tool->closed->secondary ? relais_secondary_source_note () : "");
}

/**
 * relais_tool_describe_meanwhile:
 *
 * A tool no free alternative fits yet says so, rather than showing an empty
 * list that reads as if Relais had forgotten it.
 *
 * Returns: (transfer full) (nullable): that Relais knows no free alternative
 *   to the tool yet, and what to do meanwhile; %NULL when the data says
 *   nothing of it
 */
char *
relais_tool_describe_meanwhile (const RelaisProprietaryTool *tool)
{
  g_return_val_if_fail (tool != NULL, NULL);

  if (tool->meanwhile == NULL)
    return NULL;

  /* TRANSLATORS: “Relais knows no free alternative to TikTok yet.” then what to do meanwhile */
  return g_strdup_printf (_("Relais knows no free alternative to %s yet. %s"), tool->name,
                          relais_catalog_translate (tool->meanwhile));
}

/**
 * relais_secondary_source_note:
 *
 * Returns: (transfer none): that a fact comes from the press, for facts no
 *   page of their own organisation was found to state
 */
const char *
relais_secondary_source_note (void)
{
  return _("This comes from the press: no page of the vendor’s own was found to say it.");
}

/**
 * relais_price_plan_nonprofit_applies:
 * @kind: who the profile is
 *
 * Returns: whether @plan has a nonprofit offer that @kind of profile may be
 *   eligible for: an association, or a ressourcerie (often one). A person
 *   or an informal collective is not a registered nonprofit.
 */
gboolean
relais_price_plan_nonprofit_applies (const RelaisPricePlan *plan,
                                     RelaisProfileKind      kind)
{
  g_return_val_if_fail (plan != NULL, FALSE);

  return plan->nonprofit != NULL &&
         (kind == RELAIS_PROFILE_KIND_ASSOCIATION || kind == RELAIS_PROFILE_KIND_ASSOCIATION_EMPLOYER ||
          kind == RELAIS_PROFILE_KIND_RESSOURCERIE);
}
