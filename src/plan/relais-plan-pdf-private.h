/* relais-plan-pdf-private.h — the plan's pages: what is placed where;
 * relais-plan-pdf-layout.c sets them, relais-plan-pdf.c draws them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "relais-plan-pdf.h"

G_BEGIN_DECLS

/* 2 cm: room for the header and the footer, and for binding. */
#define RELAIS_PLAN_MARGIN (2.0 / 2.54 * 72.0)

/* A chart's row: its label, then the bar, then the value, in these shares
 * of the body's width. */
#define RELAIS_PLAN_BAR_LABEL_SHARE 0.36
#define RELAIS_PLAN_BAR_VALUE_SHARE 0.22

typedef enum
{
  RELAIS_PLAN_PIECE_LINES,   /* some lines of a text */
  RELAIS_PLAN_PIECE_BAR,     /* a row of a chart: label, bar, value */
  RELAIS_PLAN_PIECE_RULE,    /* a thin line across, under a chapter's title */
} RelaisPlanPieceKind;

/* A text set once, with where each of its lines lies, to cut it anywhere. */
typedef struct
{
  PangoLayout *layout;
  guint        n_lines;
  double      *line_top;       /* logical top of each line, in points from the text's top */
  double      *line_bottom;
  double      *line_baseline;
  double       gray;           /* 0 black … 1 white */
} RelaisPlanText;

/* Something drawn on a page, at (x, y): its top left corner. */
typedef struct
{
  RelaisPlanPieceKind  kind;
  double               x;
  double               y;
  double               height;
  RelaisPlanText      *text;         /* LINES: borrowed from the layout */
  guint                first_line;
  guint                n_lines;
  const char          *url;          /* nullable, borrowed from the plan */
  gboolean             has_mark;     /* LINES: draw the item's mark beside the first line */
  RelaisPlanMark       mark;
  double               mark_x;
  const RelaisPlanBar *bar;          /* BAR */
  RelaisPlanText      *bar_label;
  RelaisPlanText      *bar_value;
  double               width;        /* BAR, RULE */
} RelaisPlanPiece;

struct _RelaisPlanLayout
{
  RelaisPlan   *plan;          /* borrowed: must outlive the layout */
  PangoContext *context;
  double        page_width;
  double        page_height;
  double        top;           /* the body's limits on every page */
  double        bottom;
  double        left;
  double        right;
  GPtrArray    *texts;         /* RelaisPlanText, owned */
  GPtrArray    *pages;         /* GArray of RelaisPlanPiece, one a page */
};

RelaisPlanText *relais_plan_text_new          (RelaisPlanLayout *layout,
                                               const char       *font,
                                               const char       *text,
                                               double            width,
                                               double            gray);
double          relais_plan_text_height       (RelaisPlanText   *text,
                                               guint             first_line,
                                               guint             n_lines);
void            relais_plan_layout_paginate   (RelaisPlanLayout *layout);

/* For the tests: the body of a page alone, without its header and footer. */
void            relais_plan_layout_draw_body  (RelaisPlanLayout *layout,
                                               cairo_t          *cr,
                                               guint             page);

G_END_DECLS
