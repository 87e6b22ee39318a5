/* test-plan-print.c — printing the plan goes through GtkPrintOperation with
 * the same drawing as its PDF: exported to a file by the print operation
 * itself, it has the same pages and the same text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "relais-plan-build.h"
#include "relais-plan-pdf.h"
#include "relais-plan-print.h"

static char *
run (const char *command_line)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (command_line, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return g_steal_pointer (&out);
}

static guint
count_pages (const char *path)
{
  g_autofree char *command = g_strdup_printf ("pdfinfo '%s'", path);
  g_autofree char *info = run (command);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static RelaisPlan *
typical_plan (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "plan", "typical.json", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisProfile) profile = NULL;
  g_autoptr(RelaisCatalog) catalog = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 28, 12, 0, 0);
  RelaisPlanSources sources = { 0 };

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  profile = relais_profile_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  catalog = relais_catalog_new_from_resource ("/fr/artifaille/Relais/catalog", &error);
  g_assert_no_error (error);

  sources.profile = profile;
  sources.catalog = catalog;
  sources.now = now;
  sources.language = "en";
  return relais_plan_build (&sources);
}

static void
test_print_to_file (void)
{
  g_autofree char *folder = g_dir_make_tmp ("relais-print-XXXXXX", NULL);
  g_autofree char *printed = g_build_filename (folder, "printed.pdf", NULL);
  g_autofree char *written = g_build_filename (folder, "written.pdf", NULL);
  g_autofree char *command = g_strdup_printf ("pdftotext '%s' -", printed);
  g_autofree char *text = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisPlan) plan = typical_plan ();
  GtkPrintOperationResult result;

  g_assert_true (relais_plan_write_pdf (plan, RELAIS_PLAN_PAPER_A4, written, &error));
  g_assert_no_error (error);

  /* The operation owns the plan it prints. */
  operation = relais_plan_print_operation_new (typical_plan (), RELAIS_PLAN_PAPER_A4);
  gtk_print_operation_set_export_filename (operation, printed);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  g_assert_cmpuint (count_pages (printed), >, 1);
  g_assert_cmpuint (count_pages (printed), ==, count_pages (written));
  text = run (command);
  g_assert_nonnull (strstr (text, "Vélos solidaires de Caen"));
  g_assert_nonnull (strstr (text, "Page 1 of"));

  g_remove (printed);
  g_remove (written);
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  if (pdfinfo == NULL || pdftotext == NULL)
    {
      g_print ("1..0 # SKIP poppler-utils is missing\n");
      return 0;
    }
  adw_init ();

  g_test_add_func ("/plan/print-to-file", test_print_to_file);

  return g_test_run ();
}
