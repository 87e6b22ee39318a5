/* relais-plan-print.c — the plan printed through GtkPrintOperation (the
 * print portal in the Flatpak), drawn by the same code as its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan"

#include "config.h"

#include "relais-plan-pdf.h"
#include "relais-plan-print.h"

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                RelaisPlan        *plan)
{
  RelaisPlanLayout *layout = relais_plan_layout_new (plan, gtk_print_context_get_cairo_context (context),
                                                     gtk_print_context_get_width (context),
                                                     gtk_print_context_get_height (context));

  g_object_set_data_full (G_OBJECT (operation), "relais-layout", layout, (GDestroyNotify) relais_plan_layout_free);
  gtk_print_operation_set_n_pages (operation, (int) relais_plan_layout_get_n_pages (layout));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              gpointer           user_data)
{
  RelaisPlanLayout *layout = g_object_get_data (G_OBJECT (operation), "relais-layout");

  if (layout != NULL && page >= 0)
    relais_plan_layout_draw_page (layout, gtk_print_context_get_cairo_context (context), (guint) page);
}

/**
 * relais_plan_print_operation_new:
 * @plan: (transfer full): the plan to print
 *
 * The page is the whole sheet: the plan draws its own margins, header and
 * page numbers, in points, as in its PDF.
 *
 * Returns: (transfer full): the operation, to run
 */
GtkPrintOperation *
relais_plan_print_operation_new (RelaisPlan      *plan,
                                 RelaisPlanPaper  paper)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = NULL;
  GtkPrintOperation *operation;

  g_return_val_if_fail (plan != NULL, NULL);

  size = gtk_paper_size_new (paper == RELAIS_PLAN_PAPER_LETTER ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, size);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "relais-plan", plan, (GDestroyNotify) relais_plan_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), plan);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), NULL);
  return operation;
}
