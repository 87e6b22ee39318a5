/* relais-window-transfer.c — a profile exported as one file, or imported
 *
 * Through the file chooser portal; an import never writes over a profile that
 * is already here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-window"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-message.h"
#include "relais-window-private.h"

/* --- Where files go, and what is said once they are there ---------------- */

/**
 * relais_window_get_default_folder:
 *
 * Where the file chooser starts: the user's Documents, else their home.
 * Never the program's working folder, which for a program started from
 * a menu is wherever the session started it, often the home's root or /.
 *
 * Returns: (transfer full): the folder
 */
GFile *
relais_window_get_default_folder (void)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

/**
 * relais_window_new_save_chooser:
 * @title: the chooser's title
 * @name: the file name offered
 *
 * Returns: (transfer full): a chooser to save @name, starting in
 *   relais_window_get_default_folder()
 */
GtkFileChooserNative *
relais_window_new_save_chooser (RelaisWindow *self,
                                const char   *title,
                                const char   *name)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GFile) folder = relais_window_get_default_folder ();
  g_autofree char *safe_name = g_strdup (name);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  /* A profile's name may hold what a file name cannot. */
  g_strdelimit (safe_name, "/\\:", '-');
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), safe_name);
  return chooser;
}

/**
 * relais_window_announce_written:
 * @file: the file just written
 * @is_plan: whether it is the plan, else a profile
 *
 * Says where the file went, by its folder's name, and offers to open it:
 * a volunteer who cannot find a PDF they just made has not made it.
 *
 * Returns: (transfer none): the toast
 */
AdwToast *
relais_window_announce_written (RelaisWindow *self,
                                GFile        *file,
                                gboolean      is_plan)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *parent_path = parent != NULL ? g_file_get_path (parent) : NULL;
  g_autofree char *name = g_filename_display_basename (path != NULL ? path : "");
  g_autofree char *folder = parent_path != NULL ? g_filename_display_basename (parent_path) : g_strdup ("/");
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  AdwToast *toast;

  g_return_val_if_fail (RELAIS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (is_plan)
    /* Translators: the file's name, then its folder's */
    title = g_strdup_printf (_("Plan written to “%s” in the folder “%s”"), name, folder);
  else
    /* Translators: the file's name, then its folder's */
    title = g_strdup_printf (_("Profile exported as “%s” in the folder “%s”"), name, folder);
  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  /* Long enough to read the folder's name and reach the button. */
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return toast;
}

static void
show_uri_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(RelaisWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    relais_message_show (self->toast_overlay, _("The file could not be opened"), error->message);
}

/* Through GIO, which goes through the OpenURI portal in a Flatpak. */
void
relais_window_open_file_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);

  gtk_show_uri_full (GTK_WINDOW (self), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME,
                     NULL, show_uri_done_cb, g_object_ref (self));
}

/* --- A profile, as one file --------------------------------------------- */

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    RelaisWindow    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->profile != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      if (relais_profile_store_export (self->store, self->profile, file, &error))
        relais_window_announce_written (self, file, FALSE);
      else
        relais_message_show (self->toast_overlay, _("The profile could not be exported"), error->message);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static GtkFileFilter *
new_relais_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Relais profiles"));
  gtk_file_filter_add_mime_type (filter, "application/x-relais-profile");
  gtk_file_filter_add_suffix (filter, "relais");
  return filter;
}

void
relais_window_export_profile_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  /* The chooser takes its own reference. */
  g_autoptr(GtkFileFilter) filter = new_relais_filter ();

  g_return_if_fail (self->profile != NULL);

  name = g_strdup_printf ("%s.relais", relais_profile_get_name (self->profile));
  chooser = relais_window_new_save_chooser (self, _("Export the Profile"), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * relais_window_file_request_new:
 *
 * What an answer given later (a dialog, an Undo) needs: the window, which
 * may be gone by then, and a file or folder.
 *
 * Returns: (transfer full): the request, freed by
 *   relais_window_file_request_free()
 */
RelaisWindowFileRequest *
relais_window_file_request_new (RelaisWindow *self,
                                GFile        *file)
{
  RelaisWindowFileRequest *request = g_new0 (RelaisWindowFileRequest, 1);

  g_set_weak_pointer (&request->window, self);
  request->file = g_object_ref (file);
  return request;
}

void
relais_window_file_request_free (gpointer  data,
                                 GClosure *closure)
{
  RelaisWindowFileRequest *request = data;

  g_clear_weak_pointer (&request->window);
  g_clear_object (&request->file);
  g_free (request);
}

static void import_file (RelaisWindow *self,
                         GFile        *file,
                         gboolean      keep_both);

static void
keep_both_response_cb (AdwMessageDialog        *dialog,
                       const char              *response,
                       RelaisWindowFileRequest *request)
{
  if (request->window != NULL && g_strcmp0 (response, "keep-both") == 0)
    import_file (request->window, request->file, TRUE);
}

static void
import_file (RelaisWindow *self,
             GFile        *file,
             gboolean      keep_both)
{
  g_autoptr(GError) error = NULL;
  RelaisProfile *profile;

  profile = relais_profile_store_import (self->store, file, keep_both, &error);
  if (profile != NULL)
    {
      relais_window_set_profile (self, profile);
      return;
    }

  if (g_error_matches (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_ALREADY_THERE))
    {
      RelaisWindowFileRequest *request = relais_window_file_request_new (self, file);
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("This Profile Is Already Here"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s %s", error->message,
                                      _("The one already here will not be changed. Import a copy beside it?"));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "keep-both", _("_Keep Both"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "keep-both", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep-both");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      /* Freed with the dialog, answered or not. */
      g_signal_connect_data (dialog, "response", G_CALLBACK (keep_both_response_cb), request,
                             relais_window_file_request_free, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  relais_message_show (self->toast_overlay, _("The profile could not be imported"), error->message);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    RelaisWindow    *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    import_file (self, file, FALSE);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
relais_window_import_profile_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  /* The chooser takes its own reference. */
  g_autoptr(GtkFileFilter) filter = new_relais_filter ();

  chooser = gtk_file_chooser_native_new (_("Import a Profile"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * relais_window_import_file:
 * @file: a profile the user opened (from a file manager, a USB key)
 *
 * Imports it and shows it; asks before keeping a copy beside a profile that
 * is already here, and never writes over one.
 */
void
relais_window_import_file (RelaisWindow *self,
                           GFile        *file)
{
  g_return_if_fail (RELAIS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  import_file (self, file, FALSE);
}
