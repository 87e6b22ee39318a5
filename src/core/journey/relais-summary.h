/* relais-summary.h — the totals of many profiles for a workshop's
 * coordinator, anonymous: counts and sums under the catalogue's, the path's
 * and Relais's own words, never a name, a note or a commune typed by a user
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"
#include "relais-profile-bundle.h"

G_BEGIN_DECLS

/* A département with fewer profiles is counted under "Other départements":
 * one association alone in its département could be told by it. */
#define RELAIS_SUMMARY_MIN_PER_DEPARTEMENT 3

typedef struct
{
  char   *label;            /* translated; from Relais or the catalogue only */
  gint64  value;            /* a count; in cents when the section's currency is set */
} RelaisSummaryRow;

typedef struct
{
  char      *id;            /* "profiles", "kinds", "departements", "categories", "alternatives",
                               "reach", "savings", "stages": stable, for tests and columns */
  char      *title;         /* translated */
  char      *unit;          /* translated: what the values count ("profiles", "tools", "EUR per year") */
  char       currency[4];   /* ISO 4217 for sums of money, else empty */
  guint      of;            /* what each value is out of, for a chart; 0: no chart */
  char      *note;          /* nullable, translated: how to read the counts */
  GPtrArray *rows;          /* RelaisSummaryRow, in the order to show */
} RelaisSummarySection;

typedef struct
{
  guint      profiles;
  GPtrArray *sections;      /* RelaisSummarySection, in the order to show */
} RelaisSummary;

RelaisSummary *relais_summary_new          (GPtrArray              *profiles,
                                            RelaisCatalog          *catalog,
                                            const GDate            *today,
                                            GCancellable           *cancellable,
                                            RelaisWorkProgressFunc  progress,
                                            gpointer                user_data,
                                            GError                **error);
void           relais_summary_free         (RelaisSummary          *summary);
char          *relais_summary_format_value (RelaisSummarySection   *section,
                                            RelaisSummaryRow       *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisSummary, relais_summary_free)

G_END_DECLS
