/* relais-plan-odt.h — the plan as OpenDocument text (.odt), for LibreOffice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-plan.h"

G_BEGIN_DECLS

/* The package in memory: @date (nullable: now) is the document's date in its
 * metadata and every entry's time, so that a fixed date gives the same bytes. */
GBytes   *relais_plan_odt_to_bytes (RelaisPlan       *plan,
                                    RelaisPlanPaper   paper,
                                    GDateTime        *date,
                                    GError          **error);

/* Written atomically (a temporary file, fsync, rename): a failure leaves any
 * previous file at @path as it was. */
gboolean  relais_plan_write_odt    (RelaisPlan       *plan,
                                    RelaisPlanPaper   paper,
                                    const char       *path,
                                    GError          **error);
/* Any document made in memory, written the same way. */
gboolean  relais_plan_write_bytes  (GBytes           *bytes,
                                    const char       *path,
                                    GError          **error);

G_END_DECLS
