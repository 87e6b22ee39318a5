/* plan-check.h — what the plan tests look for in a plan and in its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "relais-plan.h"
#include "relais-plan-pdf.h"

G_BEGIN_DECLS

gboolean plan_check_find              (RelaisPlan            *plan,
                                       const char            *needle,
                                       const RelaisPlanItem **item);
guint    plan_check_count_items_after (RelaisPlan            *plan,
                                       const char            *heading,
                                       const char            *subheading);
gboolean plan_check_have_poppler      (void);
char    *plan_check_pdf               (RelaisPlan            *plan,
                                       const char            *path,
                                       RelaisPlanPaper        paper,
                                       guint                  min_pages,
                                       guint                  max_pages);

G_END_DECLS
