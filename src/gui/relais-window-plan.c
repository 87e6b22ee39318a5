/* relais-window-plan.c — the transition plan from the window: exported as
 * PDF or OpenDocument text through the file chooser portal, or printed
 * through the print portal, from the same drawing code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-window"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-file-filter.h"
#include "relais-message.h"
#include "relais-plan-build.h"
#include "relais-plan-export.h"
#include "relais-plan-print.h"
#include "relais-window-private.h"

static RelaisPlanPaper
paper_from_settings (RelaisWindow *self)
{
  g_autofree char *paper = g_settings_get_string (self->settings, "plan-paper");

  return g_strcmp0 (paper, "letter") == 0 ? RELAIS_PLAN_PAPER_LETTER : RELAIS_PLAN_PAPER_A4;
}

/* The plan of the profile shown, with everything Relais knows. */
static RelaisPlan *
build_plan (RelaisWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  RelaisPlanSources sources = { 0 };

  /* Without the directory the plan still has everything else. */
  if (self->profile == NULL || !(sources.catalog = relais_window_ensure_catalog (self)))
    return NULL;

  sources.profile = self->profile;
  sources.directory = relais_context_get_directory (self->context);
  sources.finder = relais_context_get_finder (self->context);
  sources.now = now;
  sources.language = relais_plan_current_language ();
  return relais_plan_build (&sources);
}

/* --- Export ------------------------------------------------------------------- */

typedef struct
{
  RelaisPlan      *plan;
  RelaisPlanPaper  paper;
  char            *path;
} Export;

static void
export_free (Export *export)
{
  g_clear_pointer (&export->plan, relais_plan_free);
  g_free (export->path);
  g_free (export);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Export *export = task_data;
  g_autoptr(GError) error = NULL;

  if (relais_plan_export (export->plan, export->paper, export->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  RelaisWindow *self = RELAIS_WINDOW (source);
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      relais_message_show (self->toast_overlay, _("The plan was not written"), error->message);
      return;
    }

  file = g_file_new_for_path (export->path);
  relais_window_announce_written (self, file, TRUE);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    RelaisWindow    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  const char *paper;
  g_autofree char *suffix = g_strdup (".pdf");
  GtkFileFilter *filter;
  Export *export;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  /* A name without an ending gets the one of the kind chosen. */
  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
  if (relais_file_filter_get_suffix (filter) != NULL)
    {
      g_free (suffix);
      suffix = g_strdup (relais_file_filter_get_suffix (filter));
    }
  paper = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "paper");
  if (file != NULL && paper != NULL)
    g_settings_set_string (self->settings, "plan-paper", paper);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file == NULL || !(path = g_file_get_path (file)))
    return;

  if (!relais_plan_path_has_format (path))
    {
      g_autofree char *with = g_strconcat (path, suffix, NULL);

      g_free (path);
      path = g_steal_pointer (&with);
    }

  export = g_new0 (Export, 1);
  if (!(export->plan = build_plan (self)))
    {
      export_free (export);
      return;
    }
  export->paper = paper_from_settings (self);
  export->path = g_steal_pointer (&path);

  task = g_task_new (self, NULL, export_done_cb, NULL);
  g_task_set_task_data (task, export, (GDestroyNotify) export_free);
  g_task_run_in_thread (task, export_thread);
}

void
relais_window_export_plan_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  g_autofree char *paper = NULL;
  g_autoptr(GtkFileFilter) pdf = NULL;
  g_autoptr(GtkFileFilter) odt = NULL;

  if (self->profile == NULL)
    return;

  /* Translators: the file name offered for the plan of a profile */
  name = g_strdup_printf (_("Plan – %s.pdf"), relais_profile_get_name (self->profile));
  chooser = relais_window_new_save_chooser (self, _("Export the Plan"), name);
  /* The chooser takes its own reference to each filter. */
  pdf = relais_file_filter_new (_("PDF document (.pdf)"), "application/pdf", "pdf");
  odt = relais_file_filter_new (_("OpenDocument text, editable (.odt)"), "application/vnd.oasis.opendocument.text", "odt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), odt);
  paper = g_settings_get_string (self->settings, "plan-paper");
  relais_file_chooser_add_paper (GTK_FILE_CHOOSER (chooser), paper);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* --- Print ---------------------------------------------------------------------- */

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               RelaisWindow            *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      relais_message_show (self->toast_overlay, _("The plan could not be printed"),
                           error != NULL ? error->message : NULL);
    }
}

void
relais_window_print_plan_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  RelaisPlan *plan;

  if (!(plan = build_plan (self)))
    return;

  operation = relais_plan_print_operation_new (plan, paper_from_settings (self));
  gtk_print_operation_set_job_name (operation, relais_profile_get_name (self->profile));
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    relais_message_show (self->toast_overlay, _("The plan could not be printed"), error->message);
}
