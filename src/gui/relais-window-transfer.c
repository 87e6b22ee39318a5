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
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *title = g_strdup_printf (_("Exported as “%s”"), name);

          relais_message_show (self->toast_overlay, title, NULL);
        }
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

  g_return_if_fail (self->profile != NULL);

  chooser = gtk_file_chooser_native_new (_("Export the Profile"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  name = g_strdup_printf ("%s.relais", relais_profile_get_name (self->profile));
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), new_relais_filter ());
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef struct
{
  RelaisWindow *window;
  GFile        *file;
} ImportRequest;

static void
import_request_free (gpointer  data,
                     GClosure *closure)
{
  ImportRequest *request = data;

  g_clear_weak_pointer (&request->window);
  g_clear_object (&request->file);
  g_free (request);
}

static void import_file (RelaisWindow *self,
                         GFile        *file,
                         gboolean      keep_both);

static void
keep_both_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       ImportRequest    *request)
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
      ImportRequest *request = g_new0 (ImportRequest, 1);
      GtkWidget *dialog;

      g_set_weak_pointer (&request->window, self);
      request->file = g_object_ref (file);
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
                             import_request_free, 0);
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

  chooser = gtk_file_chooser_native_new (_("Import a Profile"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), new_relais_filter ());
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
