/* relais-plan-pdf.h — the plan set in pages with cairo and Pango: one
 * drawing for the PDF file and for printing (GtkPrintOperation)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "relais-plan.h"

G_BEGIN_DECLS

/* Paper sizes in points (1/72 inch). */
#define RELAIS_PLAN_A4_WIDTH      595.28
#define RELAIS_PLAN_A4_HEIGHT     841.89
#define RELAIS_PLAN_LETTER_WIDTH  612.0
#define RELAIS_PLAN_LETTER_HEIGHT 792.0

typedef struct _RelaisPlanLayout RelaisPlanLayout;

RelaisPlanLayout *relais_plan_layout_new         (RelaisPlan       *plan,
                                                  cairo_t          *cr,
                                                  double            page_width,
                                                  double            page_height);
guint             relais_plan_layout_get_n_pages (RelaisPlanLayout *layout);
void              relais_plan_layout_draw_page   (RelaisPlanLayout *layout,
                                                  cairo_t          *cr,
                                                  guint             page);
void              relais_plan_layout_free        (RelaisPlanLayout *layout);

void              relais_plan_paper_get_size     (RelaisPlanPaper   paper,
                                                  double           *width,
                                                  double           *height);
gboolean          relais_plan_write_pdf          (RelaisPlan       *plan,
                                                  RelaisPlanPaper   paper,
                                                  const char       *path,
                                                  GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisPlanLayout, relais_plan_layout_free)

G_END_DECLS
