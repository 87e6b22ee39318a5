/* relais-plan-pdf.c — the plan's pages drawn with cairo and Pango: the
 * header, the body, the footer with the page number; written as a PDF
 * with clickable links, or drawn on a printer's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <unistd.h>

#include "relais-plan-pdf-private.h"

#define MARK_SIZE 7.0
#define BAR_HEIGHT 9.0

static void
set_gray (cairo_t *cr,
          double   gray)
{
  cairo_set_source_rgb (cr, gray, gray, gray);
}

/* cairo writes the address into the PDF as it is given: only an address
 * relais_plan_link_target() allows, encoded, becomes a link. */
static char *
link_attributes (const char *url)
{
  g_autofree char *target = relais_plan_link_target (url);

  return target != NULL ? g_strdup_printf ("uri='%s'", target) : NULL;
}

/* Drawn rather than typed, so that every font shows them, and readable in
 * black and white: a dot, an empty box, a ticked box, a dash. */
static void
draw_mark (cairo_t        *cr,
           RelaisPlanMark  mark,
           double          x,
           double          baseline)
{
  double top = baseline - MARK_SIZE;

  cairo_save (cr);
  /* The text drawn before left a current point: start afresh. */
  cairo_new_path (cr);
  set_gray (cr, 0);
  cairo_set_line_width (cr, 0.8);
  switch (mark)
    {
    case RELAIS_PLAN_MARK_BULLET:
      cairo_arc (cr, x + MARK_SIZE / 2, baseline - 3.2, 1.6, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case RELAIS_PLAN_MARK_TICKED:
      cairo_rectangle (cr, x, top, MARK_SIZE, MARK_SIZE);
      cairo_stroke (cr);
      cairo_set_line_width (cr, 1.4);
      cairo_move_to (cr, x + 1.3, top + 3.8);
      cairo_line_to (cr, x + 3, top + MARK_SIZE - 1.3);
      cairo_line_to (cr, x + MARK_SIZE + 1.2, top - 1.2);
      cairo_stroke (cr);
      break;
    case RELAIS_PLAN_MARK_UNTICKED:
      cairo_rectangle (cr, x, top, MARK_SIZE, MARK_SIZE);
      cairo_stroke (cr);
      break;
    case RELAIS_PLAN_MARK_SKIPPED:
      cairo_move_to (cr, x, baseline - 3.2);
      cairo_line_to (cr, x + MARK_SIZE, baseline - 3.2);
      cairo_stroke (cr);
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
}

static void
draw_lines (cairo_t         *cr,
            RelaisPlanText  *text,
            guint            first_line,
            guint            n_lines,
            double           x,
            double           y)
{
  double origin = text->line_top[first_line];

  set_gray (cr, text->gray);
  for (guint i = first_line; i < first_line + n_lines; i++)
    {
      cairo_move_to (cr, x, y + text->line_baseline[i] - origin);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (text->layout, (int) i));
    }
}

/* An outlined bar filled as far as done, with its value beside it: the
 * figure is there for who cannot tell the greys apart. */
static void
draw_bar (cairo_t               *cr,
          const RelaisPlanPiece *piece)
{
  double label_width = piece->width * RELAIS_PLAN_BAR_LABEL_SHARE;
  double bar_width = piece->width * (1 - RELAIS_PLAN_BAR_LABEL_SHARE - RELAIS_PLAN_BAR_VALUE_SHARE);
  double bar_y = piece->y + (relais_plan_text_height (piece->bar_label, 0, 1) - BAR_HEIGHT) / 2;
  const RelaisPlanBar *bar = piece->bar;

  draw_lines (cr, piece->bar_label, 0, piece->bar_label->n_lines, piece->x, piece->y);
  draw_lines (cr, piece->bar_value, 0, piece->bar_value->n_lines, piece->x + label_width + bar_width + 8,
              piece->y + MAX (0, relais_plan_text_height (piece->bar_label, 0, 1) -
                                 relais_plan_text_height (piece->bar_value, 0, 1)) / 2);

  cairo_save (cr);
  cairo_rectangle (cr, piece->x + label_width, bar_y, bar_width, BAR_HEIGHT);
  set_gray (cr, 0.93);
  cairo_fill_preserve (cr);
  set_gray (cr, 0);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
  if (bar->total > 0 && bar->done > 0)
    {
      cairo_rectangle (cr, piece->x + label_width, bar_y, bar_width * bar->done / bar->total, BAR_HEIGHT);
      set_gray (cr, 0.3);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

void
relais_plan_layout_draw_body (RelaisPlanLayout *layout,
                              cairo_t          *cr,
                              guint             page)
{
  GArray *pieces;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (page < layout->pages->len);

  pieces = g_ptr_array_index (layout->pages, page);
  for (guint i = 0; i < pieces->len; i++)
    {
      const RelaisPlanPiece *piece = &g_array_index (pieces, RelaisPlanPiece, i);
      g_autofree char *link = piece->url != NULL ? link_attributes (piece->url) : NULL;

      if (link != NULL)
        cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
      switch (piece->kind)
        {
        case RELAIS_PLAN_PIECE_LINES:
          if (piece->has_mark)
            draw_mark (cr, piece->mark, piece->mark_x, piece->y + piece->text->line_baseline[0]);
          draw_lines (cr, piece->text, piece->first_line, piece->n_lines, piece->x, piece->y);
          break;
        case RELAIS_PLAN_PIECE_BAR:
          draw_bar (cr, piece);
          break;
        case RELAIS_PLAN_PIECE_RULE:
          set_gray (cr, 0);
          cairo_set_line_width (cr, 0.6);
          cairo_move_to (cr, piece->x, piece->y + 0.5);
          cairo_line_to (cr, piece->x + piece->width, piece->y + 0.5);
          cairo_stroke (cr);
          break;
        default:
          g_assert_not_reached ();
        }
      if (link != NULL)
        cairo_tag_end (cr, CAIRO_TAG_LINK);
    }
}

/* One line in the margin, cut with an ellipsis if it must be: the title
 * is whole on the first page, the footer is short. */
static void
draw_margin_text (RelaisPlanLayout *layout,
                  cairo_t          *cr,
                  const char       *text,
                  double            x,
                  double            baseline,
                  double            width,
                  PangoAlignment    alignment)
{
  g_autoptr(PangoLayout) pango = pango_layout_new (layout->context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 8");

  pango_layout_set_font_description (pango, font);
  pango_font_description_free (font);
  pango_layout_set_width (pango, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (pango, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (pango, alignment);
  pango_layout_set_text (pango, text, -1);
  set_gray (cr, 0.3);
  cairo_move_to (cr, x, baseline - (double) pango_layout_get_baseline (pango) / PANGO_SCALE);
  pango_cairo_show_layout (cr, pango);
}

/**
 * relais_plan_layout_draw_page:
 * @page: from 0
 *
 * Draws a page on @cr, whose origin is the page's top left corner.
 */
void
relais_plan_layout_draw_page (RelaisPlanLayout *layout,
                              cairo_t          *cr,
                              guint             page)
{
  double width;
  double header = layout->top - 14;
  double footer = layout->bottom + 22;
  g_autofree char *number = NULL;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < layout->pages->len);

  width = layout->right - layout->left;
  cairo_save (cr);
  if (page > 0)
    {
      draw_margin_text (layout, cr, layout->plan->title, layout->left, header, width, PANGO_ALIGN_LEFT);
      set_gray (cr, 0.6);
      cairo_set_line_width (cr, 0.4);
      cairo_move_to (cr, layout->left, header + 5);
      cairo_line_to (cr, layout->right, header + 5);
      cairo_stroke (cr);
    }

  /* Translators: at the foot of each page of the plan */
  number = g_strdup_printf (_("Page %u of %u"), page + 1, layout->pages->len);
  if (layout->plan->footer != NULL)
    draw_margin_text (layout, cr, layout->plan->footer, layout->left, footer, width * 0.7, PANGO_ALIGN_LEFT);
  draw_margin_text (layout, cr, number, layout->left + width * 0.7, footer, width * 0.3, PANGO_ALIGN_RIGHT);

  relais_plan_layout_draw_body (layout, cr, page);
  cairo_restore (cr);
}

void
relais_plan_paper_get_size (RelaisPlanPaper  paper,
                            double          *width,
                            double          *height)
{
  switch (paper)
    {
    case RELAIS_PLAN_PAPER_LETTER:
      *width = RELAIS_PLAN_LETTER_WIDTH;
      *height = RELAIS_PLAN_LETTER_HEIGHT;
      break;
    case RELAIS_PLAN_PAPER_A4:
    default:
      *width = RELAIS_PLAN_A4_WIDTH;
      *height = RELAIS_PLAN_A4_HEIGHT;
      break;
    }
}

typedef struct
{
  int fd;
  int error;   /* errno of the first failed write */
} Output;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Output *output = closure;

  while (length > 0 && output->error == 0)
    {
      ssize_t written = write (output->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          output->error = written < 0 ? errno : ENOSPC;
          break;
        }
      data += written;
      length -= (unsigned int) written;
    }
  return output->error == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static gboolean
render (RelaisPlan      *plan,
        RelaisPlanPaper  paper,
        Output          *output)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(RelaisPlanLayout) layout = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  double width, height;
  cairo_status_t status;

  relais_plan_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, output, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, plan->title);
  if (plan->subtitle != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, plan->subtitle);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Relais " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cr = cairo_create (surface);

  layout = relais_plan_layout_new (plan, cr, width, height);
  for (guint i = 0; i < relais_plan_layout_get_n_pages (layout); i++)
    {
      relais_plan_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS && output->error == 0)
    output->error = EIO;
  return output->error == 0;
}

/**
 * relais_plan_write_pdf:
 * @path: where to write; replaced whole, or left as it was on failure
 *
 * Writes @plan as a PDF on paper of @paper's size. The file is written
 * beside @path under another name, synced, then renamed over @path.
 */
gboolean
relais_plan_write_pdf (RelaisPlan       *plan,
                       RelaisPlanPaper   paper,
                       const char       *path,
                       GError          **error)
{
  g_autofree char *directory = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temporary = NULL;
  g_autofree char *display = NULL;
  Output output = { -1, 0 };

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  directory = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  display = g_filename_display_name (path);
  temporary = g_strdup_printf ("%s/.%s-XXXXXX", directory, base);
  if ((output.fd = g_mkstemp_full (temporary, O_WRONLY, 0644)) < 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   /* Translators: the file asked for, then the system's reason */
                   _("Could not write the plan to “%s”: %s. Choose a folder where you may write."),
                   display, g_strerror (saved));
      return FALSE;
    }

  if (render (plan, paper, &output) && fsync (output.fd) != 0)
    output.error = errno;
  if (close (output.fd) != 0 && output.error == 0)
    output.error = errno;
  if (output.error == 0 && g_rename (temporary, path) != 0)
    output.error = errno;

  if (output.error != 0)
    {
      g_unlink (temporary);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (output.error),
                   /* Translators: the file asked for, then the system's reason */
                   _("Could not write the plan to “%s”: %s. Check that the disk is not full and that you may write there."),
                   display, g_strerror (output.error));
      return FALSE;
    }
  return TRUE;
}
