/* relais-plan.h — the transition plan on paper: a document of blocks, built
 * from a profile and the data (relais-plan-build.c), drawn with cairo and
 * Pango for PDF and printing (relais-plan-pdf.c), written as OpenDocument
 * text (relais-plan-odt.c). No GTK here: the command line uses it too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  RELAIS_PLAN_BLOCK_HEADING,    /* text, level 1 (a chapter) to 3 */
  RELAIS_PLAN_BLOCK_PARAGRAPH,  /* text; optional url: the whole paragraph links there */
  RELAIS_PLAN_BLOCK_ITEMS,      /* items: a bulleted or ticked list */
  RELAIS_PLAN_BLOCK_FACTS,      /* items: label and value pairs (label: text, value: detail) */
  RELAIS_PLAN_BLOCK_BARS,       /* bars: a chart of horizontal bars, with its text equivalent */
  RELAIS_PLAN_BLOCK_PAGE_BREAK,
} RelaisPlanBlockKind;

typedef enum
{
  RELAIS_PLAN_MARK_BULLET,      /* • */
  RELAIS_PLAN_MARK_TICKED,      /* ☑ done */
  RELAIS_PLAN_MARK_UNTICKED,    /* ☐ to do */
  RELAIS_PLAN_MARK_SKIPPED,     /* – skipped */
} RelaisPlanMark;

typedef struct
{
  RelaisPlanMark  mark;
  char           *text;    /* plain text, already translated and typeset */
  char           *detail;  /* nullable: a second line, smaller (a note, a date) */
  char           *url;     /* nullable: clickable in the PDF and the ODT */
} RelaisPlanItem;

typedef struct
{
  char   *label;           /* "Understand", "Office" */
  guint   done;
  guint   total;           /* the bar is done / total; total 0 draws an empty bar */
  char   *value_text;      /* "3 of 5 steps", shown beside the bar */
} RelaisPlanBar;

typedef struct
{
  RelaisPlanBlockKind  kind;
  guint                level;  /* headings */
  char                *text;   /* headings, paragraphs; the chart's title for bars */
  char                *url;    /* paragraphs, nullable */
  GPtrArray           *items;  /* RelaisPlanItem: items, facts */
  GPtrArray           *bars;   /* RelaisPlanBar */
} RelaisPlanBlock;

typedef struct
{
  char      *language;     /* "fr" or "en": hyphenation, typography, document metadata */
  char      *title;        /* the profile's name */
  char      *subtitle;     /* "Transition plan · Association · 28 November 2026" */
  char      *footer;       /* a short text repeated at the foot of every page */
  GPtrArray *blocks;       /* RelaisPlanBlock, in reading order */
} RelaisPlan;

typedef enum
{
  RELAIS_PLAN_PAPER_A4,
  RELAIS_PLAN_PAPER_LETTER,
} RelaisPlanPaper;

#define RELAIS_PLAN_ERROR (relais_plan_error_quark ())

typedef enum
{
  RELAIS_PLAN_ERROR_FAILED,
  RELAIS_PLAN_ERROR_FORMAT,     /* an output name that is neither .pdf nor .odt */
} RelaisPlanError;

GQuark           relais_plan_error_quark   (void);

RelaisPlan      *relais_plan_new           (const char      *language,
                                            const char      *title,
                                            const char      *subtitle);
void             relais_plan_free          (RelaisPlan      *plan);
char            *relais_plan_link_target   (const char      *url);

/* Building, in order; each returns the block added (owned by the plan). */
RelaisPlanBlock *relais_plan_add_heading   (RelaisPlan      *plan,
                                            guint            level,
                                            const char      *text);
RelaisPlanBlock *relais_plan_add_paragraph (RelaisPlan      *plan,
                                            const char      *text,
                                            const char      *url);
RelaisPlanBlock *relais_plan_add_items     (RelaisPlan      *plan);
RelaisPlanBlock *relais_plan_add_facts     (RelaisPlan      *plan);
RelaisPlanBlock *relais_plan_add_bars      (RelaisPlan      *plan,
                                            const char      *title);
void             relais_plan_add_page_break (RelaisPlan     *plan);
void             relais_plan_block_add_item (RelaisPlanBlock *block,
                                             RelaisPlanMark   mark,
                                             const char      *text,
                                             const char      *detail,
                                             const char      *url);
void             relais_plan_block_add_bar  (RelaisPlanBlock *block,
                                             const char      *label,
                                             guint            done,
                                             guint            total,
                                             const char      *value_text);

/* French typography for texts that did not come through a translation
 * (notes typed by users, names): a no-break space before ; : ! ? and inside
 * « », a narrow one before % and €… Returns a new string; English is kept. */
char            *relais_plan_typeset       (const char      *language,
                                            const char      *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisPlan, relais_plan_free)

G_END_DECLS
