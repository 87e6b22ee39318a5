/* relais-summary-export.h — a workshop's totals (relais-summary.h) as CSV,
 * as an OpenDocument spreadsheet, or as a PDF with the plan's charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-plan.h"
#include "relais-summary.h"

G_BEGIN_DECLS

gboolean    relais_summary_path_has_format (const char     *path);
char       *relais_summary_to_csv          (RelaisSummary  *summary);
GBytes     *relais_summary_to_ods          (RelaisSummary  *summary,
                                            GDateTime      *date,
                                            GError        **error);
RelaisPlan *relais_summary_to_plan         (RelaisSummary  *summary,
                                            const char     *language,
                                            GDateTime      *date);
gboolean    relais_summary_export          (RelaisSummary  *summary,
                                            RelaisPlanPaper paper,
                                            const char     *path,
                                            GError        **error);

G_END_DECLS
