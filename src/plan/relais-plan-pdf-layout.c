/* relais-plan-pdf-layout.c — the plan's blocks set in texts with Pango,
 * then cut into pages: headings stay with what follows, an item or a
 * short group moves whole to the next page, anything longer is cut
 * between two lines; nothing goes below the bottom margin
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-plan-pdf-private.h"

#define TITLE_FONT    "Sans Bold 24"
#define SUBTITLE_FONT "Sans 12"
#define BODY_FONT     "Serif 10"
#define DETAIL_FONT   "Sans 8"
#define BAR_FONT      "Sans 9"

/* Where an item's text starts, right of its mark. */
#define ITEM_INDENT   16.0
#define DETAIL_GRAY   0.25

typedef enum
{
  UNIT_TEXT,
  UNIT_BAR,
  UNIT_RULE,
  UNIT_BREAK,
} UnitKind;

/* One thing to place, in reading order. A group (an item and its detail,
 * the facts of a block, a chart) moves whole to the next page when it does
 * not fit in what is left of this one but fits on a page. */
typedef struct
{
  UnitKind             kind;
  RelaisPlanText      *text;
  double               x;
  double               width;
  double               space_before;
  double               height;
  const char          *url;
  gboolean             has_mark;
  RelaisPlanMark       mark;
  const RelaisPlanBar *bar;
  RelaisPlanText      *bar_label;
  RelaisPlanText      *bar_value;
  gboolean             keep_with_next;
  guint                group_end;     /* > its index: the first unit after its group */
} Unit;

static void
text_free (gpointer data)
{
  RelaisPlanText *text = data;

  g_object_unref (text->layout);
  g_free (text->line_top);
  g_free (text->line_bottom);
  g_free (text->line_baseline);
  g_free (text);
}

/* @bold: how many bytes at the start of @text are set in bold */
static RelaisPlanText *
text_new (RelaisPlanLayout *layout,
          const char       *font,
          const char       *string,
          double            width,
          double            gray,
          gsize             bold)
{
  RelaisPlanText *text = g_new0 (RelaisPlanText, 1);
  PangoFontDescription *description = pango_font_description_from_string (font);
  PangoLayoutIter *iter;
  guint line = 0;

  text->layout = pango_layout_new (layout->context);
  text->gray = gray;
  pango_layout_set_font_description (text->layout, description);
  pango_font_description_free (description);
  pango_layout_set_width (text->layout, (int) (width * PANGO_SCALE));
  /* Long addresses and words without spaces are cut where they must be. */
  pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (text->layout, string, -1);
  if (bold > 0)
    {
      PangoAttrList *attributes = pango_attr_list_new ();
      PangoAttribute *attribute = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      attribute->start_index = 0;
      attribute->end_index = (guint) bold;
      pango_attr_list_insert (attributes, attribute);
      pango_layout_set_attributes (text->layout, attributes);
      pango_attr_list_unref (attributes);
    }

  text->n_lines = (guint) pango_layout_get_line_count (text->layout);
  text->line_top = g_new0 (double, text->n_lines);
  text->line_bottom = g_new0 (double, text->n_lines);
  text->line_baseline = g_new0 (double, text->n_lines);
  iter = pango_layout_get_iter (text->layout);
  do
    {
      PangoRectangle logical;
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      text->line_top[line] = (double) top / PANGO_SCALE;
      text->line_bottom[line] = (double) bottom / PANGO_SCALE;
      text->line_baseline[line] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      line++;
    }
  while (line < text->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  g_ptr_array_add (layout->texts, text);
  return text;
}

RelaisPlanText *
relais_plan_text_new (RelaisPlanLayout *layout,
                      const char       *font,
                      const char       *string,
                      double            width,
                      double            gray)
{
  return text_new (layout, font, string, width, gray, 0);
}

double
relais_plan_text_height (RelaisPlanText *text,
                         guint           first_line,
                         guint           n_lines)
{
  if (n_lines == 0 || first_line >= text->n_lines)
    return 0;
  n_lines = MIN (n_lines, text->n_lines - first_line);
  return text->line_bottom[first_line + n_lines - 1] - text->line_top[first_line];
}

static Unit *
add_unit (GArray   *units,
          UnitKind  kind,
          double    space_before)
{
  Unit unit = { 0 };

  unit.kind = kind;
  unit.space_before = space_before;
  unit.group_end = units->len + 1;
  g_array_append_val (units, unit);
  return &g_array_index (units, Unit, units->len - 1);
}

static Unit *
add_text (RelaisPlanLayout *layout,
          GArray           *units,
          const char       *font,
          const char       *string,
          double            x,
          double            space_before,
          double            gray,
          gsize             bold)
{
  Unit *unit = add_unit (units, UNIT_TEXT, space_before);

  unit->x = x;
  unit->width = layout->right - layout->left - x;
  unit->text = text_new (layout, font, string, unit->width, gray, bold);
  unit->height = relais_plan_text_height (unit->text, 0, unit->text->n_lines);
  return unit;
}

static void
close_group (GArray *units,
             guint   first)
{
  g_array_index (units, Unit, first).group_end = units->len;
}

static void
add_heading (RelaisPlanLayout      *layout,
             GArray                *units,
             const RelaisPlanBlock *block)
{
  static const struct { const char *font; double space; } styles[] = {
    { "Sans Bold 16", 18 }, { "Sans Bold 12.5", 12 }, { "Sans Bold 10", 8 },
  };
  guint level = CLAMP (block->level, 1, 3) - 1;
  Unit *unit = add_text (layout, units, styles[level].font, block->text, 0, styles[level].space, 0, 0);

  unit->keep_with_next = TRUE;
  if (level == 0)
    {
      unit = add_unit (units, UNIT_RULE, 3);
      unit->width = layout->right - layout->left;
      unit->height = 1;
      unit->keep_with_next = TRUE;
    }
}

static void
add_items (RelaisPlanLayout      *layout,
           GArray                *units,
           const RelaisPlanBlock *block)
{
  for (guint i = 0; i < block->items->len; i++)
    {
      const RelaisPlanItem *item = g_ptr_array_index (block->items, i);
      guint first = units->len;
      Unit *unit = add_text (layout, units, BODY_FONT, item->text, ITEM_INDENT, i == 0 ? 5 : 4, 0, 0);

      unit->has_mark = TRUE;
      unit->mark = item->mark;
      unit->url = item->url;
      if (item->detail != NULL && item->detail[0] != '\0')
        {
          unit = add_text (layout, units, DETAIL_FONT, item->detail, ITEM_INDENT, 1.5, DETAIL_GRAY, 0);
          unit->url = item->url;
        }
      close_group (units, first);
    }
}

/* A label and its value in one text, the label in bold, so that a long
 * value wraps under it and can be cut between lines like any text. */
static void
add_facts (RelaisPlanLayout      *layout,
           GArray                *units,
           const RelaisPlanBlock *block)
{
  guint first = units->len;
  /* The label is in bold when the translation puts it first, as most do. */
  gboolean label_first = g_str_has_prefix (_("%s: %s"), "%s");

  for (guint i = 0; i < block->items->len; i++)
    {
      const RelaisPlanItem *item = g_ptr_array_index (block->items, i);
      /* Translators: a label and its value in the plan, e.g. “Where: Caen” */
      g_autofree char *text = g_strdup_printf (_("%s: %s"), item->text, item->detail != NULL ? item->detail : "");
      gsize bold = label_first ? strlen (item->text) : 0;
      Unit *unit = add_text (layout, units, BODY_FONT, text, 0, i == 0 ? 5 : 3, 0, bold);

      unit->url = item->url;
    }
  if (units->len > first)
    close_group (units, first);
}

static void
add_bars (RelaisPlanLayout      *layout,
          GArray                *units,
          const RelaisPlanBlock *block)
{
  double width = layout->right - layout->left;
  guint first = units->len;

  if (block->text != NULL)
    add_text (layout, units, "Sans Bold 10.5", block->text, 0, 10, 0, 0)->keep_with_next = TRUE;

  for (guint i = 0; i < block->bars->len; i++)
    {
      const RelaisPlanBar *bar = g_ptr_array_index (block->bars, i);
      Unit *unit = add_unit (units, UNIT_BAR, i == 0 ? 6 : 3);

      unit->bar = bar;
      unit->width = width;
      unit->bar_label = text_new (layout, BODY_FONT, bar->label, width * RELAIS_PLAN_BAR_LABEL_SHARE - 8, 0, 0);
      unit->bar_value = text_new (layout, BAR_FONT, bar->value_text != NULL ? bar->value_text : "",
                                  width * RELAIS_PLAN_BAR_VALUE_SHARE - 8, 0, 0);
      unit->height = MAX (MAX (relais_plan_text_height (unit->bar_label, 0, G_MAXUINT),
                               relais_plan_text_height (unit->bar_value, 0, G_MAXUINT)), 12);
    }
  close_group (units, first);
}

static GArray *
make_units (RelaisPlanLayout *layout)
{
  RelaisPlan *plan = layout->plan;
  GArray *units = g_array_new (FALSE, TRUE, sizeof (Unit));
  Unit *rule;

  add_text (layout, units, TITLE_FONT, plan->title, 0, 0, 0, 0);
  if (plan->subtitle != NULL)
    add_text (layout, units, SUBTITLE_FONT, plan->subtitle, 0, 6, DETAIL_GRAY, 0);
  rule = add_unit (units, UNIT_RULE, 10);
  rule->width = layout->right - layout->left;
  rule->height = 1;

  for (guint i = 0; i < plan->blocks->len; i++)
    {
      const RelaisPlanBlock *block = g_ptr_array_index (plan->blocks, i);

      switch (block->kind)
        {
        case RELAIS_PLAN_BLOCK_HEADING:
          add_heading (layout, units, block);
          break;
        case RELAIS_PLAN_BLOCK_PARAGRAPH:
          add_text (layout, units, BODY_FONT, block->text, 0, 6, 0, 0)->url = block->url;
          break;
        case RELAIS_PLAN_BLOCK_ITEMS:
          add_items (layout, units, block);
          break;
        case RELAIS_PLAN_BLOCK_FACTS:
          add_facts (layout, units, block);
          break;
        case RELAIS_PLAN_BLOCK_BARS:
          add_bars (layout, units, block);
          break;
        case RELAIS_PLAN_BLOCK_PAGE_BREAK:
          add_unit (units, UNIT_BREAK, 0);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return units;
}

static double
group_height (GArray *units,
              guint   first)
{
  const Unit *unit = &g_array_index (units, Unit, first);
  double height = unit->height;

  for (guint i = first + 1; i < unit->group_end; i++)
    height += g_array_index (units, Unit, i).space_before + g_array_index (units, Unit, i).height;
  return height;
}

/* Whether a group that does not fit in @available moves whole to the next
 * page: when it fits on a page, and what it leaves blank here is no more
 * than a quarter of a page. A longer stretch of blank paper looks like the
 * end of the document; the group is cut between its lines instead. */
static gboolean
moves_whole (RelaisPlanLayout *layout,
             GArray           *units,
             guint             first,
             double            available)
{
  double body = layout->bottom - layout->top;

  return group_height (units, first) <= body && available <= body / 4;
}

/* What must fit below a unit kept with the next: the next group when it
 * will move whole, else the chain of headings, else the first two lines of
 * what follows. @available: what is left on the page above the chain,
 * which is what moving it would leave blank. */
static double
needed_height (RelaisPlanLayout *layout,
               GArray           *units,
               guint             index,
               double            available)
{
  const Unit *unit = &g_array_index (units, Unit, index);
  const Unit *next;
  double next_height;

  if (!unit->keep_with_next || index + 1 >= units->len)
    return unit->height;
  next = &g_array_index (units, Unit, index + 1);
  if (next->kind == UNIT_BREAK)
    return unit->height;

  /* A group that moves whole takes the heading with it. */
  if (next->group_end > index + 2 && moves_whole (layout, units, index + 1, available))
    next_height = group_height (units, index + 1);
  else if (next->keep_with_next)
    next_height = needed_height (layout, units, index + 1, available);
  else if (next->kind == UNIT_TEXT)
    next_height = relais_plan_text_height (next->text, 0, 2);
  else
    next_height = next->height;
  return unit->height + next->space_before + next_height;
}

typedef struct
{
  RelaisPlanLayout *layout;
  GArray           *page;
  double            y;
} Cursor;

static void
new_page (Cursor *cursor)
{
  cursor->page = g_array_new (FALSE, TRUE, sizeof (RelaisPlanPiece));
  g_ptr_array_add (cursor->layout->pages, cursor->page);
  cursor->y = cursor->layout->top;
}

static RelaisPlanPiece *
add_piece (Cursor     *cursor,
           const Unit *unit,
           double      height)
{
  RelaisPlanPiece piece = { 0 };

  piece.x = cursor->layout->left + unit->x;
  piece.y = cursor->y;
  piece.height = height;
  piece.url = unit->url;
  piece.width = unit->width;
  g_array_append_val (cursor->page, piece);
  cursor->y += height;
  return &g_array_index (cursor->page, RelaisPlanPiece, cursor->page->len - 1);
}

/* A text, as many lines as fit on this page, the rest on the next ones. */
static void
place_text (Cursor     *cursor,
            const Unit *unit)
{
  RelaisPlanText *text = unit->text;
  guint line = 0;

  while (line < text->n_lines)
    {
      guint end = line;
      RelaisPlanPiece *piece;

      while (end < text->n_lines &&
             cursor->y + relais_plan_text_height (text, line, end + 1 - line) <= cursor->layout->bottom)
        end++;
      if (end == line)
        {
          /* Only a line taller than a whole page could not fit on a new page. */
          if (cursor->page->len > 0)
            {
              new_page (cursor);
              continue;
            }
          end = line + 1;
        }

      piece = add_piece (cursor, unit, relais_plan_text_height (text, line, end - line));
      piece->kind = RELAIS_PLAN_PIECE_LINES;
      piece->text = text;
      piece->first_line = line;
      piece->n_lines = end - line;
      piece->has_mark = unit->has_mark && line == 0;
      piece->mark = unit->mark;
      piece->mark_x = cursor->layout->left + unit->x - ITEM_INDENT;
      line = end;
      if (line < text->n_lines)
        new_page (cursor);
    }
}

void
relais_plan_layout_paginate (RelaisPlanLayout *layout)
{
  g_autoptr(GArray) units = make_units (layout);
  Cursor cursor = { layout, NULL, 0 };
  double chain_available = 0;

  new_page (&cursor);
  for (guint i = 0; i < units->len; i++)
    {
      const Unit *unit = &g_array_index (units, Unit, i);
      gboolean empty = cursor.page->len == 0;
      gboolean after_heading = !empty && i > 0 && g_array_index (units, Unit, i - 1).keep_with_next;
      double space = empty ? 0 : unit->space_before;
      RelaisPlanPiece *piece;

      if (unit->kind == UNIT_BREAK)
        {
          if (!empty)
            new_page (&cursor);
          continue;
        }

      /* Under a heading kept on this page, the group starts here: the
       * heading already moved if the group had to move whole. */
      if (!empty && unit->group_end > i + 1 && !after_heading &&
          cursor.y + space + group_height (units, i) > layout->bottom &&
          moves_whole (layout, units, i, layout->bottom - cursor.y))
        {
          new_page (&cursor);
          space = 0;
        }
      /* A chain of headings is weighed once, from where it starts: each
       * of its headings decides as the first did. What moving it leaves
       * blank includes the space that would have come before it. */
      if (!after_heading)
        chain_available = layout->bottom - cursor.y;
      if (cursor.page->len > 0 && unit->keep_with_next &&
          cursor.y + space + needed_height (layout, units, i, chain_available) > layout->bottom)
        {
          new_page (&cursor);
          space = 0;
        }

      if (unit->kind == UNIT_TEXT)
        {
          if (cursor.y + space + unit->text->line_bottom[0] - unit->text->line_top[0] > layout->bottom)
            new_page (&cursor);
          else
            cursor.y += space;
          place_text (&cursor, unit);
          continue;
        }

      if (cursor.page->len > 0 && cursor.y + space + unit->height > layout->bottom)
        new_page (&cursor);
      else
        cursor.y += space;
      piece = add_piece (&cursor, unit, unit->height);
      piece->kind = unit->kind == UNIT_BAR ? RELAIS_PLAN_PIECE_BAR : RELAIS_PLAN_PIECE_RULE;
      piece->bar = unit->bar;
      piece->bar_label = unit->bar_label;
      piece->bar_value = unit->bar_value;
    }

  /* A page break at the very end leaves no empty page behind. */
  if (layout->pages->len > 1 && cursor.page->len == 0)
    g_ptr_array_remove_index (layout->pages, layout->pages->len - 1);
}

/**
 * relais_plan_layout_new:
 * @plan: must outlive the layout
 * @cr: what the pages will be drawn on: its fonts measure the texts
 *
 * Sets @plan in pages of @page_width × @page_height, in the units of @cr
 * (points for a PDF, or for a GtkPrintContext set in GTK_UNIT_POINTS).
 *
 * Returns: (transfer full): the pages
 */
RelaisPlanLayout *
relais_plan_layout_new (RelaisPlan *plan,
                        cairo_t    *cr,
                        double      page_width,
                        double      page_height)
{
  RelaisPlanLayout *layout;
  cairo_font_options_t *options;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (page_width > 4 * RELAIS_PLAN_MARGIN && page_height > 4 * RELAIS_PLAN_MARGIN, NULL);

  layout = g_new0 (RelaisPlanLayout, 1);
  layout->plan = plan;
  layout->page_width = page_width;
  layout->page_height = page_height;
  layout->top = RELAIS_PLAN_MARGIN;
  layout->bottom = page_height - RELAIS_PLAN_MARGIN;
  layout->left = RELAIS_PLAN_MARGIN;
  layout->right = page_width - RELAIS_PLAN_MARGIN;
  layout->texts = g_ptr_array_new_with_free_func (text_free);
  layout->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  /* Metrics independent of the screen's hinting: the same lines on paper
   * as in the preview. The language chooses hyphenation. */
  layout->context = pango_cairo_create_context (cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (layout->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (layout->context, pango_language_from_string (plan->language));

  relais_plan_layout_paginate (layout);
  return layout;
}

guint
relais_plan_layout_get_n_pages (RelaisPlanLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->pages->len;
}

void
relais_plan_layout_free (RelaisPlanLayout *layout)
{
  if (layout == NULL)
    return;

  g_ptr_array_unref (layout->pages);
  g_ptr_array_unref (layout->texts);
  g_object_unref (layout->context);
  g_free (layout);
}
