/* relais-nearby-page-actions.c — what the user starts from Help Nearby and
 * may take a while: bringing the CHATONS hosters from the network, importing
 * a newer list of places
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-chatonsinfos.h"
#include "relais-message.h"
#include "relais-nearby-page-private.h"

/* --- Refreshing the CHATONS hosters ---------------------------------------------- */

/* Lives as long as the refresh: the page may be closed meanwhile. */
typedef struct
{
  GWeakRef   page;
  GtkWidget *bar;
} Refresh;

static void
refresh_free (Refresh *refresh)
{
  g_weak_ref_clear (&refresh->page);
  g_clear_object (&refresh->bar);
  g_free (refresh);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Refresh, refresh_free)

static void
refresh_progress_cb (guint    done,
                     guint    total,
                     gpointer user_data)
{
  Refresh *refresh = user_data;
  g_autofree char *text = NULL;

  if (total == 0)
    return;
  /* Translators: files of the CHATONS list read so far, out of all */
  text = g_strdup_printf (_("%u of %u files"), done, total);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (refresh->bar), (double) MIN (done, total) / total);
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (refresh->bar), text);
}

/* The row under the hosters while a refresh or a folder import runs, one at
 * a time: their progress bar and their "Cancel". */
static Refresh *
start_refresh (RelaisNearbyPage *self,
               const char       *title,
               const char       *subtitle)
{
  Refresh *refresh = g_new0 (Refresh, 1);
  GtkWidget *cancel;

  g_weak_ref_init (&refresh->page, self);
  refresh->bar = g_object_ref_sink (gtk_progress_bar_new ());
  self->refresh_cancellable = g_cancellable_new ();

  self->refresh_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->refresh_row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->refresh_row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->refresh_row), subtitle);
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (refresh->bar), TRUE);
  gtk_widget_set_valign (refresh->bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (refresh->bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Files of the CHATONS list read so far"), -1);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_widget_set_valign (cancel, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "nearby.cancel-refresh");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->refresh_row), refresh->bar);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->refresh_row), cancel);
  adw_preferences_group_add (self->hosters_group, self->refresh_row);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nearby.refresh-hosters", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nearby.import-hosters", FALSE);
  return refresh;
}

static void
end_refresh (RelaisNearbyPage *self)
{
  g_clear_object (&self->refresh_cancellable);
  if (self->refresh_row != NULL)
    adw_preferences_group_remove (self->hosters_group, self->refresh_row);
  self->refresh_row = NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nearby.refresh-hosters", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nearby.import-hosters", TRUE);
}

static void
refresh_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(Refresh) refresh = user_data;
  g_autoptr(RelaisNearbyPage) self = g_weak_ref_get (&refresh->page);
  g_autoptr(GError) error = NULL;
  guint n_hosters = 0, n_skipped = 0;
  gboolean done = relais_chatonsinfos_refresh_finish (result, &n_hosters, &n_skipped, &error);
  g_autofree char *title = NULL;

  if (self == NULL)
    return;

  end_refresh (self);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      relais_message_toast (self->toast_overlay, _("Refresh cancelled: the list of hosters is as it was"));
      return;
    }
  if (!done)
    {
      relais_message_show (self->toast_overlay, _("The list of CHATONS hosters could not be refreshed"), error->message);
      return;
    }

  title = n_skipped > 0
          /* Translators: hosters brought from the network, then hosters whose files could not be read */
          ? g_strdup_printf (_("%u hosters brought from CHATONS, %u could not be read"), n_hosters, n_skipped)
          : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hoster brought from CHATONS", "%u hosters brought from CHATONS", n_hosters),
                             n_hosters);
  relais_message_toast (self->toast_overlay, title);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.directory-changed", NULL);
}

static void
refresh_hosters_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RelaisNearbyPage *self = RELAIS_NEARBY_PAGE (widget);
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *url = NULL;
  g_autofree char *output = relais_chatonsinfos_default_output_path ();
  Refresh *refresh;

  if (self->refresh_cancellable != NULL)
    return;

  settings = g_settings_new (APP_ID);
  url = g_settings_get_string (settings, "chatonsinfos-url");
  refresh = start_refresh (self, _("Bringing the list of CHATONS hosters…"), url);
  relais_chatonsinfos_refresh_async (url, output, NULL, self->refresh_cancellable,
                                     refresh_progress_cb, refresh_done_cb, refresh);
}

static void
cancel_refresh_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_cancellable_cancel (RELAIS_NEARBY_PAGE (widget)->refresh_cancellable);
}

/* --- CHATONS files from a folder --------------------------------------------------- */

static void
import_hosters_done_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(Refresh) refresh = user_data;
  g_autoptr(RelaisNearbyPage) self = g_weak_ref_get (&refresh->page);
  g_autoptr(GError) error = NULL;
  guint n_hosters = 0, n_skipped = 0;
  gboolean done = relais_chatonsinfos_import_directory_finish (result, &n_hosters, &n_skipped, &error);
  g_autofree char *title = NULL;

  if (self == NULL)
    return;

  end_refresh (self);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      relais_message_toast (self->toast_overlay, _("Reading cancelled: the list of hosters is as it was"));
      return;
    }
  if (!done)
    {
      relais_message_show (self->toast_overlay, _("The CHATONS files could not be read"), error->message);
      return;
    }

  title = n_skipped > 0
          ? g_strdup_printf (_("%u hosters read from the folder, %u could not be read"), n_hosters, n_skipped)
          : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hoster read from the folder", "%u hosters read from the folder", n_hosters),
                             n_hosters);
  relais_message_toast (self->toast_overlay, title);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.directory-changed", NULL);
}

/* For a workshop without the internet: the federation file and the members'
 * files, copied beforehand into one folder. Read in a worker, as the refresh
 * is: up to two thousand files, maybe on a slow USB stick. */
static void
import_hosters_response_cb (GtkNativeDialog  *chooser,
                            int               response,
                            RelaisNearbyPage *self)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (folder != NULL && (path = g_file_get_path (folder)) != NULL)
    relais_nearby_page_import_hosters_folder (self, path);
}

/* Does nothing while a refresh or another import runs. */
void
relais_nearby_page_import_hosters_folder (RelaisNearbyPage *self,
                                          const char       *path)
{
  g_autofree char *output = relais_chatonsinfos_default_output_path ();
  Refresh *refresh;

  g_return_if_fail (RELAIS_IS_NEARBY_PAGE (self));
  g_return_if_fail (path != NULL);

  if (self->refresh_cancellable != NULL)
    return;
  refresh = start_refresh (self, _("Reading the CHATONS files…"), path);
  relais_chatonsinfos_import_directory_async (path, "chatons.properties", NULL, output, self->refresh_cancellable,
                                              refresh_progress_cb, import_hosters_done_cb, refresh);
}

static void
import_hosters_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Choose the Folder of the CHATONS Files"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Read"), _("_Cancel"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_hosters_response_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* --- Importing a newer list of places ------------------------------------------- */

typedef struct
{
  RelaisPlacesImportReport *report;
  char                     *path;
} Import;

static void
import_free (Import *import)
{
  g_clear_pointer (&import->report, relais_places_import_report_free);
  g_free (import->path);
  g_free (import);
}

/* In a worker thread: a national file can hold tens of thousands of rows. */
static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  Import *import = g_new0 (Import, 1);

  import->path = relais_places_get_user_path ();
  if (!relais_places_import_file (file, import->path, &import->report, &error))
    {
      import_free (import);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, import, (GDestroyNotify) import_free);
}

/* Says how many rows are not listed: only the first ones are kept, and the
 * file's last row, where a file too long stopped being read. */
static void
append_more_rows (GString *text,
                  guint    more)
{
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "And %u more row.", "And %u more rows.", more), more);
  g_string_append_c (text, '\n');
}

static char *
describe_rejections (RelaisPlacesImportReport *report)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint more = report->n_rejected - report->rejected->len;

  for (guint i = 0; i < report->rejected->len; i++)
    {
      RelaisPlacesRejection *rejection = g_ptr_array_index (report->rejected, i);

      if (i == RELAIS_PLACES_MAX_REJECTIONS && more > 0)
        {
          append_more_rows (text, more);
          more = 0;
        }
      /* Translators: a row of the imported file, and why it was left out */
      g_string_append_printf (text, _("Row %u: %s"), rejection->row, rejection->reason);
      g_string_append_c (text, '\n');
    }
  if (more > 0)
    append_more_rows (text, more);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RelaisNearbyPage) self = g_weak_ref_get (user_data);
  g_autoptr(GError) error = NULL;
  Import *import = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *title = NULL;
  g_autofree char *details = NULL;

  g_weak_ref_clear (user_data);
  g_free (user_data);
  if (self == NULL)
    {
      g_clear_pointer (&import, import_free);
      return;
    }

  if (import == NULL)
    {
      relais_message_show (self->toast_overlay, _("The list of places was not imported"), error->message);
      return;
    }

  /* Translators: places accepted from an imported file */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place imported", "%u places imported", import->report->accepted),
                           import->report->accepted);
  if (import->report->n_rejected > 0)
    {
      g_autofree char *rows = describe_rejections (import->report);

      details = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u row was left out, for the reason given:\n\n%s",
                                              "%u rows were left out, each for the reason given:\n\n%s",
                                              import->report->n_rejected),
                                 import->report->n_rejected, rows);
    }
  relais_message_show (self->toast_overlay, title, details);
  import_free (import);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.places-changed", NULL);
}

static void
import_response_cb (GtkNativeDialog  *chooser,
                    int               response,
                    RelaisNearbyPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;
  GWeakRef *page;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file == NULL)
    return;

  page = g_new0 (GWeakRef, 1);
  g_weak_ref_init (page, self);
  task = g_task_new (NULL, NULL, import_done_cb, page);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, import_thread);
}

static void
import_places_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  /* The chooser takes its own reference. */
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import a List of Places"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Places in the national standard (CSV or JSON)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
relais_nearby_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "nearby.refresh-hosters", NULL, refresh_hosters_action);
  gtk_widget_class_install_action (widget_class, "nearby.cancel-refresh", NULL, cancel_refresh_action);
  gtk_widget_class_install_action (widget_class, "nearby.import-places", NULL, import_places_action);
  gtk_widget_class_install_action (widget_class, "nearby.import-hosters", NULL, import_hosters_action);
}
