/* relais-plan-odt.c — the plan as OpenDocument text: its blocks made
 * content.xml, and the package (mimetype first and stored, as ODF requires)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan-odt"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relais-plan-odt.h"
#include "relais-plan-odt-private.h"
#include "relais-zip.h"

/* The chart's columns, in parts of the text's width: label, bar, figures. */
#define BAR_LABEL_PART 0.30
#define BAR_PART       0.45
#define BAR_VALUE_PART 0.25
#define BAR_HEIGHT_CM  0.35
/* What a cell's padding takes from the bar's column. */
#define BAR_INSET_CM   0.4

typedef struct
{
  GString         *out;
  RelaisPlanPaper  paper;
  guint            tables;  /* table names must be unique in the document */
  guint            shapes;
} Writer;

static const char *
cm (char   buffer[G_ASCII_DTOSTR_BUF_SIZE],
    double value)
{
  return g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, "%.3f", value);
}

static void
append_linked (GString    *out,
               const char *text,
               const char *url)
{
  g_autofree char *target = url != NULL ? relais_plan_link_target (url) : NULL;

  /* An address that must not be a link still shows, as words. */
  if (target == NULL)
    {
      relais_plan_odt_append_text (out, text != NULL && text[0] != '\0' ? text : (url != NULL ? url : ""));
      return;
    }

  g_string_append (out, "<text:a xlink:type=\"simple\" xlink:href=\"");
  relais_plan_odt_append_attr (out, target);
  g_string_append (out, "\" text:style-name=\"Internet_20_link\" "
                        "text:visited-style-name=\"Visited_20_Internet_20_Link\">");
  /* A link without words would not be seen: it shows its address then. */
  relais_plan_odt_append_text (out, text != NULL && text[0] != '\0' ? text : url);
  g_string_append (out, "</text:a>");
}

static void
append_paragraph (GString    *out,
                  const char *style,
                  const char *text,
                  const char *url)
{
  g_string_append_printf (out, "<text:p text:style-name=\"%s\">", style);
  append_linked (out, text, url);
  g_string_append (out, "</text:p>");
}

static const char *
list_style (RelaisPlanMark mark)
{
  switch (mark)
    {
    case RELAIS_PLAN_MARK_TICKED:
      return "Plan_20_Ticked";
    case RELAIS_PLAN_MARK_UNTICKED:
      return "Plan_20_Unticked";
    case RELAIS_PLAN_MARK_SKIPPED:
      return "Plan_20_Skipped";
    case RELAIS_PLAN_MARK_BULLET:
    default:
      return "Plan_20_Bullet";
    }
}

/* Items of one mark make one list, so that the mark is the list's own label
 * (a list style), as it would be typed in LibreOffice; a change of mark
 * starts the next list, which reads on without a gap. */
static void
write_items (Writer          *w,
             RelaisPlanBlock *block)
{
  const char *open_style = NULL;

  for (guint i = 0; block->items != NULL && i < block->items->len; i++)
    {
      RelaisPlanItem *item = g_ptr_array_index (block->items, i);
      const char *style = list_style (item->mark);

      if (open_style != style)
        {
          if (open_style != NULL)
            g_string_append (w->out, "</text:list>\n");
          g_string_append_printf (w->out, "<text:list text:style-name=\"%s\">", style);
          open_style = style;
        }

      g_string_append (w->out, "<text:list-item>");
      append_paragraph (w->out, "Plan_20_Item", item->text, item->url);
      if (item->detail != NULL && item->detail[0] != '\0')
        append_paragraph (w->out, "Plan_20_Item_20_Detail", item->detail, NULL);
      g_string_append (w->out, "</text:list-item>");
    }

  if (open_style != NULL)
    g_string_append (w->out, "</text:list>\n");
}

static void
open_table (Writer     *w,
            const char *style,
            guint       columns)
{
  g_string_append_printf (w->out, "<table:table table:name=\"Table%u\" table:style-name=\"%s\">",
                          ++w->tables, style);
  for (guint i = 0; i < columns; i++)
    g_string_append_printf (w->out, "<table:table-column table:style-name=\"%s.%c\"/>", style, 'A' + i);
}

static void
open_cell (Writer *w)
{
  g_string_append (w->out, "<table:table-cell table:style-name=\"PlanCell\" office:value-type=\"string\">");
}

static void
write_facts (Writer          *w,
             RelaisPlanBlock *block)
{
  if (block->items == NULL || block->items->len == 0)
    return;

  open_table (w, "PlanFacts", 2);
  for (guint i = 0; i < block->items->len; i++)
    {
      RelaisPlanItem *item = g_ptr_array_index (block->items, i);

      g_string_append (w->out, "<table:table-row table:style-name=\"PlanRow\">");
      open_cell (w);
      append_paragraph (w->out, "Plan_20_Fact_20_Label", item->text, NULL);
      g_string_append (w->out, "</table:table-cell>");
      open_cell (w);
      append_paragraph (w->out, "Plan_20_Fact_20_Value", item->detail, item->url);
      g_string_append (w->out, "</table:table-cell></table:table-row>");
    }
  g_string_append (w->out, "</table:table>\n");
}

static void
append_bar_shape (Writer     *w,
                  const char *style,
                  double      width_cm)
{
  char width[G_ASCII_DTOSTR_BUF_SIZE], height[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (w->out,
                          "<draw:rect draw:name=\"Bar%u\" text:anchor-type=\"as-char\" draw:z-index=\"%u\" "
                          "draw:style-name=\"%s\" svg:width=\"%scm\" svg:height=\"%scm\"/>",
                          w->shapes + 1, w->shapes, style, cm (width, width_cm), cm (height, BAR_HEIGHT_CM));
  w->shapes++;
}

/* A table, so that every figure stays text that can be read, copied and
 * edited; the bar itself is two rectangles set in the line like letters. */
static void
write_bars (Writer          *w,
            RelaisPlanBlock *block)
{
  double length = relais_plan_odt_text_width (w->paper) * BAR_PART - BAR_INSET_CM;

  if (block->text != NULL && block->text[0] != '\0')
    append_paragraph (w->out, "Plan_20_Chart_20_Title", block->text, NULL);
  if (block->bars == NULL || block->bars->len == 0)
    return;

  open_table (w, "PlanBars", 3);
  for (guint i = 0; i < block->bars->len; i++)
    {
      RelaisPlanBar *bar = g_ptr_array_index (block->bars, i);
      double done = bar->total > 0 ? length * MIN (bar->done, bar->total) / bar->total : 0;

      g_string_append (w->out, "<table:table-row table:style-name=\"PlanRow\">");
      open_cell (w);
      append_paragraph (w->out, "Plan_20_Fact_20_Label", bar->label, NULL);
      g_string_append (w->out, "</table:table-cell>");
      open_cell (w);
      g_string_append (w->out, "<text:p text:style-name=\"Standard\">");
      if (done > 0.001)
        append_bar_shape (w, "PlanBarDone", done);
      if (length - done > 0.001)
        append_bar_shape (w, "PlanBarRest", length - done);
      g_string_append (w->out, "</text:p></table:table-cell>");
      open_cell (w);
      append_paragraph (w->out, "Plan_20_Fact_20_Value", bar->value_text, NULL);
      g_string_append (w->out, "</table:table-cell></table:table-row>");
    }
  g_string_append (w->out, "</table:table>\n");
}

static void
write_block (Writer          *w,
             RelaisPlanBlock *block)
{
  switch (block->kind)
    {
    case RELAIS_PLAN_BLOCK_HEADING:
      {
        guint level = CLAMP (block->level, 1, 3);

        g_string_append_printf (w->out, "<text:h text:style-name=\"Heading_20_%u\" text:outline-level=\"%u\">",
                                level, level);
        relais_plan_odt_append_text (w->out, block->text);
        g_string_append (w->out, "</text:h>\n");
      }
      break;
    case RELAIS_PLAN_BLOCK_PARAGRAPH:
      append_paragraph (w->out, "Text_20_body", block->text, block->url);
      g_string_append_c (w->out, '\n');
      break;
    case RELAIS_PLAN_BLOCK_ITEMS:
      write_items (w, block);
      break;
    case RELAIS_PLAN_BLOCK_FACTS:
      write_facts (w, block);
      break;
    case RELAIS_PLAN_BLOCK_BARS:
      write_bars (w, block);
      break;
    case RELAIS_PLAN_BLOCK_PAGE_BREAK:
      g_string_append (w->out, "<text:p text:style-name=\"Plan_20_Page_20_Break\"/>\n");
      break;
    default:
      g_warn_if_reached ();
      break;
    }
}

static void
append_table_styles (GString         *out,
                     const char      *name,
                     RelaisPlanPaper  paper,
                     const double    *parts,
                     guint            n_parts)
{
  double width = relais_plan_odt_text_width (paper);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (out, "<style:style style:name=\"%s\" style:family=\"table\">"
                               "<style:table-properties style:width=\"%scm\" table:align=\"margins\" "
                               "fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0.3cm\"/></style:style>\n",
                          name, cm (buffer, width));
  for (guint i = 0; i < n_parts; i++)
    g_string_append_printf (out, "<style:style style:name=\"%s.%c\" style:family=\"table-column\">"
                                 "<style:table-column-properties style:column-width=\"%scm\" "
                                 "style:rel-column-width=\"%u*\"/></style:style>\n",
                            name, 'A' + i, cm (buffer, width * parts[i]), (guint) (parts[i] * 1000));
}

static char *
content_xml (RelaisPlan      *plan,
             RelaisPlanPaper  paper)
{
  static const double fact_parts[] = { 0.35, 0.65 };
  static const double bar_parts[] = { BAR_LABEL_PART, BAR_PART, BAR_VALUE_PART };
  Writer w = { g_string_new (NULL), paper, 0, 0 };

  g_string_append (w.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<office:document-content " RELAIS_ODF_NAMESPACES
                          " office:version=\"" RELAIS_ODF_VERSION "\">\n"
                          "<office:automatic-styles>\n");
  append_table_styles (w.out, "PlanFacts", paper, fact_parts, G_N_ELEMENTS (fact_parts));
  append_table_styles (w.out, "PlanBars", paper, bar_parts, G_N_ELEMENTS (bar_parts));
  g_string_append (w.out,
    /* A row is not split across two pages. */
    "<style:style style:name=\"PlanRow\" style:family=\"table-row\">"
    "<style:table-row-properties fo:keep-together=\"always\"/></style:style>\n"
    "<style:style style:name=\"PlanCell\" style:family=\"table-cell\">"
    "<style:table-cell-properties style:vertical-align=\"middle\" fo:padding=\"0.1cm\" fo:border=\"none\" "
    "fo:border-bottom=\"0.5pt solid #c0bfbc\"/></style:style>\n"
    "<style:style style:name=\"PlanBarDone\" style:family=\"graphic\">"
    "<style:graphic-properties draw:stroke=\"none\" draw:fill=\"solid\" draw:fill-color=\"#3584e4\" "
    "style:vertical-pos=\"middle\" style:vertical-rel=\"text\"/></style:style>\n"
    "<style:style style:name=\"PlanBarRest\" style:family=\"graphic\">"
    "<style:graphic-properties draw:stroke=\"none\" draw:fill=\"solid\" draw:fill-color=\"#deddda\" "
    "style:vertical-pos=\"middle\" style:vertical-rel=\"text\"/></style:style>\n"
    "</office:automatic-styles>\n"
    "<office:body><office:text>\n");

  if (plan->title != NULL && plan->title[0] != '\0')
    {
      append_paragraph (w.out, "Title", plan->title, NULL);
      g_string_append_c (w.out, '\n');
    }
  if (plan->subtitle != NULL && plan->subtitle[0] != '\0')
    {
      append_paragraph (w.out, "Subtitle", plan->subtitle, NULL);
      g_string_append_c (w.out, '\n');
    }

  for (guint i = 0; plan->blocks != NULL && i < plan->blocks->len; i++)
    write_block (&w, g_ptr_array_index (plan->blocks, i));

  g_string_append (w.out, "</office:text></office:body>\n</office:document-content>\n");

  return g_string_free (w.out, FALSE);
}

static gboolean
add_text (RelaisZip   *zip,
          const char  *name,
          char        *text,
          gboolean     compress,
          GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));

  return relais_zip_add (zip, name, bytes, compress, error);
}

/* GLib's message names the temporary file: say what to do instead, where
 * the cause is a common one. */
static const char *
write_failure (const GError *error)
{
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
      || g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR))
    return _("that folder does not exist. Choose another one.");
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ACCES)
      || g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_PERM))
    return _("you may not write in that folder. Choose another one.");
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ROFS))
    return _("that disk is read-only. Choose another place.");
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC))
    return _("the disk is full. Free some space, or choose another place.");

  return error->message;
}

/**
 * relais_plan_odt_to_bytes:
 *
 * ODF asks that `mimetype` come first, stored and without extra field, so
 * that the file's type reads at byte 38 without unzipping.
 */
GBytes *
relais_plan_odt_to_bytes (RelaisPlan       *plan,
                          RelaisPlanPaper   paper,
                          GDateTime        *date,
                          GError          **error)
{
  g_autoptr(RelaisZip) zip = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (date == NULL)
    {
      now = g_date_time_new_now_local ();
      date = now;
    }
  zip = relais_zip_new (date);

  if (!add_text (zip, "mimetype", g_strdup (RELAIS_ODF_MIMETYPE), FALSE, error)
      || !add_text (zip, "content.xml", content_xml (plan, paper), TRUE, error)
      || !add_text (zip, "styles.xml", relais_plan_odt_styles_xml (plan, paper), TRUE, error)
      || !add_text (zip, "meta.xml", relais_plan_odt_meta_xml (plan, date), TRUE, error)
      || !add_text (zip, "META-INF/manifest.xml", relais_plan_odt_manifest_xml (), TRUE, error))
    return NULL;

  return relais_zip_finish (zip);
}

gboolean
relais_plan_write_odt (RelaisPlan       *plan,
                       RelaisPlanPaper   paper,
                       const char       *path,
                       GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(bytes = relais_plan_odt_to_bytes (plan, paper, NULL, error)))
    return FALSE;
  return relais_plan_write_bytes (bytes, path, error);
}

/**
 * relais_plan_write_bytes:
 *
 * Writes a document made in memory (an .odt, the totals' .ods or .csv)
 * atomically, with a message that says what to do when it fails.
 */
gboolean
relais_plan_write_bytes (GBytes      *bytes,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                0666, &local_error))
    return TRUE;

  name = g_filename_display_basename (path);
  g_set_error (error, local_error->domain, local_error->code,
               _("Relais could not write “%s”: %s"), name, write_failure (local_error));
  return FALSE;
}
