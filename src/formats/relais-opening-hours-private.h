/* relais-opening-hours-private.h — what the parser leaves for the descriptions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-opening-hours.h"

G_BEGIN_DECLS

#define RELAIS_MINUTES_PER_DAY (24 * 60)
#define RELAIS_ALL_WEEKDAYS    0x7f

/* Minutes since midnight, the end excluded; an end of 24:00 is 1440. */
typedef struct
{
  guint16 start;
  guint16 end;
} RelaisTimeSpan;

/* One rule between semicolons. It applies to the days in @days (bit 0 is
 * Monday) and, if @public_holidays, to public holidays; on such a day it
 * replaces whatever an earlier rule said. */
typedef struct
{
  guint8    days;
  gboolean  public_holidays;
  gboolean  closed;      /* "off" or "closed" */
  GArray   *spans;       /* RelaisTimeSpan, as written */
  GArray   *merged;      /* RelaisTimeSpan, sorted, overlaps and touching spans joined */
  char     *comment;     /* the text between double quotes, or NULL */
} RelaisOpeningRule;

void                     relais_opening_rule_free        (gpointer            rule);
GPtrArray               *relais_opening_hours_read_rules (const char  *text,
                                                          GError     **error);

/* Monday is 0, as in RelaisOpeningRule.days. */
const RelaisOpeningRule *relais_opening_hours_rule_for  (RelaisOpeningHours *hours,
                                                         guint               weekday,
                                                         gboolean            public_holiday);
const RelaisOpeningRule *relais_opening_hours_rule_on   (RelaisOpeningHours *hours,
                                                         const GDate        *date);

G_END_DECLS
