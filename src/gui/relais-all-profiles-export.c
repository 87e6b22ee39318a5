/* relais-all-profiles-export.c — what the All Profiles window does with the
 * profiles selected: their plans into a folder, one bundle file, the
 * coordinator's anonymous totals; and a bundle imported. The work itself is
 * the workshop's (relais-plan-batch.c, relais-profile-bundle.c,
 * relais-summary.c); this file chooses the files and shows how far it got.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-all-profiles"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-all-profiles-private.h"
#include "relais-file-filter.h"
#include "relais-message.h"
#include "relais-plan-batch.h"
#include "relais-plan-export.h"
#include "relais-profile-bundle.h"
#include "relais-summary-export.h"

#define BUNDLE_SUFFIX ".relais-bundle"

/* --- Plans, one per idle --------------------------------------------------------- */

/* The plans are written one per turn of the main loop, not in a thread: the
 * plan code has only ever run in the main thread (HACKING.md), and a plan
 * takes a few tens of milliseconds, so the window stays responsive and
 * Cancel is seen before the next one. */
typedef struct
{
  GPtrArray         *profiles;
  GFile             *folder;
  char              *extension;
  RelaisPlanPaper    paper;
  RelaisPlanSources  sources;
  GDateTime         *now;
  guint              done;
  guint              written;
  GString           *failures;   /* one line per plan not written */
} PlanWork;

static void
plan_work_free (PlanWork *work)
{
  g_ptr_array_unref (work->profiles);
  g_object_unref (work->folder);
  g_free (work->extension);
  g_date_time_unref (work->now);
  g_string_free (work->failures, TRUE);
  g_free (work);
}

static RelaisPlanPaper
paper_from_settings (RelaisAllProfilesWindow *self)
{
  g_autofree char *paper = g_settings_get_string (relais_context_get_settings (self->context), "plan-paper");

  return g_strcmp0 (paper, "letter") == 0 ? RELAIS_PLAN_PAPER_LETTER : RELAIS_PLAN_PAPER_A4;
}

static void
show_work (RelaisAllProfilesWindow *self,
           guint                    done,
           guint                    total)
{
  /* TRANSLATORS: how far the plans' export has got, e.g. “4 of 10” */
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u", "%u of %u", total), done, total);

  gtk_progress_bar_set_fraction (self->work_bar, total > 0 ? (double) done / total : 0.0);
  gtk_progress_bar_set_text (self->work_bar, text);
}

static void
plan_done_cb (guint          done,
              guint          total,
              RelaisProfile *profile,
              GFile         *written,
              const GError  *error,
              gpointer       user_data)
{
  PlanWork *work = user_data;

  if (written != NULL)
    work->written++;
  else if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    /* TRANSLATORS: a profile's name and why its plan was not written */
    g_string_append_printf (work->failures, _("%s: %s\n"), relais_profile_get_name (profile), error->message);
}

static void
finish_plans (RelaisAllProfilesWindow *self,
              gboolean                 cancelled)
{
  PlanWork *work = self->work;
  g_autofree char *title = NULL;
  g_autofree char *path = g_file_get_path (work->folder);
  g_autofree char *folder = g_filename_display_basename (path != NULL ? path : "/");
  guint total = work->profiles->len;

  if (cancelled)
    /* TRANSLATORS: after Cancel: plans written, plans asked for, folder */
    title = g_strdup_printf (_("Stopped: %u of %u plans written in the folder “%s”"), work->written, total, folder);
  else if (work->written == total)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u plan written in the folder “%s”",
                                          "%u plans written in the folder “%s”", total), total, folder);
  else
    title = g_strdup_printf (_("Only %u of %u plans written in the folder “%s”"), work->written, total, folder);
  relais_message_show (self->toast_overlay, title, work->failures->len > 0 ? work->failures->str : NULL);

  relais_all_profiles_stop_work (self);
}

static gboolean
plan_step_cb (gpointer user_data)
{
  RelaisAllProfilesWindow *self = user_data;
  PlanWork *work = self->work;
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      self->work_source = 0;
      finish_plans (self, TRUE);
      return G_SOURCE_REMOVE;
    }

  g_ptr_array_add (one, g_ptr_array_index (work->profiles, work->done));
  relais_plan_batch_export (one, &work->sources, work->folder, work->extension, work->paper,
                            self->cancellable, plan_done_cb, work, NULL, NULL);
  work->done++;
  show_work (self, work->done, work->profiles->len);
  if (work->done < work->profiles->len)
    return G_SOURCE_CONTINUE;

  self->work_source = 0;
  finish_plans (self, FALSE);
  return G_SOURCE_REMOVE;
}

/**
 * relais_all_profiles_export_plans:
 * @folder: an existing folder
 * @extension: "pdf" or "odt"
 *
 * Starts writing the plans of the profiles chosen (relais_all_profiles_window_get_chosen());
 * the bar below the table shows how far, with Cancel.
 */
void
relais_all_profiles_export_plans (RelaisAllProfilesWindow *self,
                                  GFile                   *folder,
                                  const char              *extension,
                                  RelaisPlanPaper          paper)
{
  PlanWork *work;

  g_return_if_fail (RELAIS_IS_ALL_PROFILES_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));
  g_return_if_fail (g_strcmp0 (extension, "pdf") == 0 || g_strcmp0 (extension, "odt") == 0);
  g_return_if_fail (self->work == NULL);

  work = g_new0 (PlanWork, 1);
  work->profiles = relais_all_profiles_window_get_chosen (self);
  work->folder = g_object_ref (folder);
  work->extension = g_strdup (extension);
  work->paper = paper;
  work->now = g_date_time_new_now_local ();
  work->failures = g_string_new (NULL);
  work->sources.catalog = self->catalog;
  /* Without the directory or the places, each plan still has the rest. */
  work->sources.directory = relais_context_get_directory (self->context);
  work->sources.finder = relais_context_get_finder (self->context);
  work->sources.now = work->now;
  work->sources.language = relais_plan_current_language ();
  if (work->profiles->len == 0)
    {
      plan_work_free (work);
      return;
    }

  self->work = work;
  self->cancellable = g_cancellable_new ();
  show_work (self, 0, work->profiles->len);
  gtk_widget_set_visible (GTK_WIDGET (self->work_box), TRUE);
  self->work_source = g_idle_add (plan_step_cb, self);
  relais_all_profiles_update_actions (self);
}

gboolean
relais_all_profiles_is_working (RelaisAllProfilesWindow *self)
{
  g_return_val_if_fail (RELAIS_IS_ALL_PROFILES_WINDOW (self), FALSE);
  return self->work != NULL;
}

void
relais_all_profiles_stop_work (RelaisAllProfilesWindow *self)
{
  g_clear_handle_id (&self->work_source, g_source_remove);
  g_clear_pointer ((PlanWork **) &self->work, plan_work_free);
  g_clear_object (&self->cancellable);
  if (self->work_box != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->work_box), FALSE);
  if (self->selection != NULL)
    relais_all_profiles_update_actions (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RelaisAllProfilesWindow *self = RELAIS_ALL_PROFILES_WINDOW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* --- The other exports and the import: quick, done at once ---------------------- */

void
relais_all_profiles_export_bundle (RelaisAllProfilesWindow *self,
                                   GFile                   *file)
{
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (RELAIS_IS_ALL_PROFILES_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  profiles = relais_all_profiles_window_get_chosen (self);
  if (!relais_profile_bundle_write (profiles, file, NULL, &error))
    {
      relais_message_show (self->toast_overlay, _("The profiles were not exported"), error->message);
      return;
    }
  name = g_file_get_basename (file);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u profile exported in “%s”",
                                        "%u profiles exported in “%s”", profiles->len), profiles->len, name);
  relais_message_show (self->toast_overlay, title, NULL);
}

void
relais_all_profiles_import_bundle (RelaisAllProfilesWindow *self,
                                   GFile                   *file)
{
  RelaisProfileStore *store;
  g_autoptr(GPtrArray) imported = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *title = NULL;

  g_return_if_fail (RELAIS_IS_ALL_PROFILES_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  store = relais_context_get_store (self->context);
  /* Keep Both, as for one .relais file: a profile already here is never
   * overwritten, the bundle's comes in beside it under a new identifier. */
  imported = relais_profile_store_import_bundle (store, file, TRUE, NULL, NULL, NULL, &skipped, &error);
  if (imported == NULL)
    {
      relais_message_show (self->toast_overlay, _("No profile was imported"), error->message);
      return;
    }
  for (guint i = 0; i < imported->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", relais_profile_get_name (imported->pdata[i]));
  if (imported->len == 0)
    title = g_strdup (_("No profile was imported: the file holds none"));
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u profile imported", "%u profiles imported",
                                          imported->len), imported->len);
  if (skipped != NULL && skipped->len > 0)
    {
      /* TRANSLATORS: after the names of the profiles imported, before
       * those of the profiles already here */
      g_string_append (names, _("\nLeft out, already here:"));
      for (guint i = 0; i < skipped->len; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? ", " : " ", (const char *) skipped->pdata[i]);
    }
  relais_message_show (self->toast_overlay, title, names->len > 0 ? names->str : NULL);
}

void
relais_all_profiles_summarize (RelaisAllProfilesWindow *self,
                               const char              *path,
                               RelaisPlanPaper          paper)
{
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(RelaisSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                           g_date_time_get_month (now), g_date_time_get_year (now));
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (RELAIS_IS_ALL_PROFILES_WINDOW (self));
  g_return_if_fail (path != NULL);

  profiles = relais_all_profiles_window_get_chosen (self);
  summary = relais_summary_new (profiles, self->catalog, today, NULL, NULL, NULL, &error);
  if (summary == NULL || !relais_summary_export (summary, paper, path, &error))
    {
      relais_message_show (self->toast_overlay, _("The totals were not written"), error->message);
      return;
    }
  name = g_filename_display_basename (path);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Totals of %u profile written in “%s”",
                                        "Totals of %u profiles written in “%s”", profiles->len), profiles->len, name);
  relais_message_show (self->toast_overlay, title, NULL);
}

/* --- The file choosers ------------------------------------------------------------ */

static void
add_paper_choice (RelaisAllProfilesWindow *self,
                  GtkFileChooser          *chooser)
{
  relais_file_chooser_add_paper (chooser, paper_from_settings (self) == RELAIS_PLAN_PAPER_LETTER ? "letter" : "a4");
}

/* The paper chosen, remembered for the next time as the single plan does. */
static RelaisPlanPaper
take_paper (RelaisAllProfilesWindow *self,
            GtkFileChooser          *chooser)
{
  const char *paper = gtk_file_chooser_get_choice (chooser, "paper");

  if (paper == NULL)
    return paper_from_settings (self);
  g_settings_set_string (relais_context_get_settings (self->context), "plan-paper", paper);
  return g_str_equal (paper, "letter") ? RELAIS_PLAN_PAPER_LETTER : RELAIS_PLAN_PAPER_A4;
}

/* The file chosen, with the ending of the kind chosen when it has none. */
static char *
take_path (GtkFileChooser *chooser,
           const char     *fallback_suffix)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  const char *suffix = relais_file_filter_get_suffix (gtk_file_chooser_get_filter (chooser));
  char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autofree char *lower = path != NULL ? g_ascii_strdown (path, -1) : NULL;

  if (suffix == NULL)
    suffix = fallback_suffix;
  if (path != NULL && !g_str_has_suffix (lower, suffix) && !relais_summary_path_has_format (path))
    {
      char *with = g_strconcat (path, suffix, NULL);

      g_free (path);
      path = with;
    }
  return path;
}

static GtkFileChooser *
new_chooser (RelaisAllProfilesWindow *self,
             const char              *title,
             GtkFileChooserAction     action,
             const char              *accept,
             GCallback                response)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, NULL);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", response, self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  return GTK_FILE_CHOOSER (chooser);
}

static void
close_chooser (GtkNativeDialog *chooser)
{
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
plans_response_cb (GtkNativeDialog         *chooser,
                   int                      response,
                   RelaisAllProfilesWindow *self)
{
  g_autoptr(GFile) folder = NULL;
  const char *format = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "format");
  RelaisPlanPaper paper = RELAIS_PLAN_PAPER_A4;

  if (response == GTK_RESPONSE_ACCEPT && (folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    paper = take_paper (self, GTK_FILE_CHOOSER (chooser));
  if (folder != NULL && self->work == NULL)
    relais_all_profiles_export_plans (self, folder, g_strcmp0 (format, "odt") == 0 ? "odt" : "pdf", paper);
  close_chooser (chooser);
}

static void
export_plans_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RelaisAllProfilesWindow *self = RELAIS_ALL_PROFILES_WINDOW (widget);
  static const char *format_ids[] = { "pdf", "odt", NULL };
  const char *format_labels[] = { _("PDF"), _("OpenDocument text, editable"), NULL };
  GtkFileChooser *chooser;

  chooser = new_chooser (self, _("Export the Plans Into a Folder"), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                         _("_Export"), G_CALLBACK (plans_response_cb));
  gtk_file_chooser_add_choice (chooser, "format", _("Format"), format_ids, format_labels);
  gtk_file_chooser_set_choice (chooser, "format", "pdf");
  add_paper_choice (self, chooser);
}

static void
bundle_response_cb (GtkNativeDialog         *chooser,
                    int                      response,
                    RelaisAllProfilesWindow *self)
{
  g_autofree char *path = response == GTK_RESPONSE_ACCEPT ? take_path (GTK_FILE_CHOOSER (chooser), BUNDLE_SUFFIX) : NULL;

  close_chooser (chooser);
  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      relais_all_profiles_export_bundle (self, file);
    }
}

static GtkFileFilter *
new_bundle_filter (void)
{
  /* TRANSLATORS: the kind of file in the file chooser */
  return relais_file_filter_new (_("Profiles of Relais in one file (.relais-bundle)"), NULL, "relais-bundle");
}

static void
export_bundle_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RelaisAllProfilesWindow *self = RELAIS_ALL_PROFILES_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = new_bundle_filter ();
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;

  chooser = new_chooser (self, _("Export the Profiles as One File"), GTK_FILE_CHOOSER_ACTION_SAVE,
                         _("_Export"), G_CALLBACK (bundle_response_cb));
  gtk_file_chooser_add_filter (chooser, filter);
  /* TRANSLATORS: the file name offered for a bundle, without its ending */
  name = g_strconcat (_("Workshop profiles"), BUNDLE_SUFFIX, NULL);
  gtk_file_chooser_set_current_name (chooser, name);
}

static void
import_response_cb (GtkNativeDialog         *chooser,
                    int                      response,
                    RelaisAllProfilesWindow *self)
{
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;

  close_chooser (chooser);
  if (file != NULL)
    relais_all_profiles_import_bundle (self, file);
}

static void
import_bundle_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RelaisAllProfilesWindow *self = RELAIS_ALL_PROFILES_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = new_bundle_filter ();
  GtkFileChooser *chooser;

  chooser = new_chooser (self, _("Import Profiles"), GTK_FILE_CHOOSER_ACTION_OPEN,
                         _("_Import"), G_CALLBACK (import_response_cb));
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
summarize_response_cb (GtkNativeDialog         *chooser,
                       int                      response,
                       RelaisAllProfilesWindow *self)
{
  g_autofree char *path = response == GTK_RESPONSE_ACCEPT ? take_path (GTK_FILE_CHOOSER (chooser), ".ods") : NULL;
  RelaisPlanPaper paper = path != NULL ? take_paper (self, GTK_FILE_CHOOSER (chooser)) : RELAIS_PLAN_PAPER_A4;

  close_chooser (chooser);
  if (path != NULL)
    relais_all_profiles_summarize (self, path, paper);
}

static void
summarize_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RelaisAllProfilesWindow *self = RELAIS_ALL_PROFILES_WINDOW (widget);
  g_autoptr(GtkFileFilter) ods = NULL;
  g_autoptr(GtkFileFilter) csv = NULL;
  g_autoptr(GtkFileFilter) pdf = NULL;
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;

  chooser = new_chooser (self, _("Totals for the Coordinator"), GTK_FILE_CHOOSER_ACTION_SAVE,
                         _("_Save"), G_CALLBACK (summarize_response_cb));
  /* The chooser takes its own reference to each filter. */
  ods = relais_file_filter_new (_("OpenDocument spreadsheet (.ods)"), "application/vnd.oasis.opendocument.spreadsheet", "ods");
  csv = relais_file_filter_new (_("Table as plain text (.csv)"), "text/csv", "csv");
  pdf = relais_file_filter_new (_("PDF document (.pdf)"), "application/pdf", "pdf");
  gtk_file_chooser_add_filter (chooser, ods);
  gtk_file_chooser_add_filter (chooser, csv);
  gtk_file_chooser_add_filter (chooser, pdf);
  add_paper_choice (self, chooser);
  /* TRANSLATORS: the file name offered for the totals, without its ending */
  name = g_strconcat (_("Workshop totals"), ".ods", NULL);
  gtk_file_chooser_set_current_name (chooser, name);
}

/* --- Which actions apply ----------------------------------------------------------- */

void
relais_all_profiles_update_actions (RelaisAllProfilesWindow *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  gboolean any = g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) > 0;
  gboolean idle = self->work == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profiles.open", gtk_bitset_get_size (selected) == 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profiles.export-plans", any && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profiles.export-bundle", any && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profiles.summarize", any && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profiles.import-bundle", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profiles.cancel", !idle);
}

void
relais_all_profiles_install_exports (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "profiles.export-plans", NULL, export_plans_action);
  gtk_widget_class_install_action (widget_class, "profiles.export-bundle", NULL, export_bundle_action);
  gtk_widget_class_install_action (widget_class, "profiles.import-bundle", NULL, import_bundle_action);
  gtk_widget_class_install_action (widget_class, "profiles.summarize", NULL, summarize_action);
  gtk_widget_class_install_action (widget_class, "profiles.cancel", NULL, cancel_action);
}
