/* relais-message.c — messages that matter, short in a toast, whole on demand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-message"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-message.h"

typedef struct
{
  char      *title;
  char      *details;
  GtkWidget *overlay;
} Message;

static void
message_free (gpointer  data,
              GClosure *closure)
{
  Message *message = data;

  g_free (message->title);
  g_free (message->details);
  g_clear_weak_pointer (&message->overlay);
  g_free (message);
}

static void
details_clicked_cb (AdwToast *toast,
                    Message  *message)
{
  GtkRoot *root;
  GtkWidget *dialog;

  if (message->overlay == NULL)
    return;

  root = gtk_widget_get_root (message->overlay);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   message->title, message->details);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * relais_message_show:
 * @title: what happened, in a few words
 * @details: (nullable): why and what to do, in full sentences
 *
 * Toasts cut long text, and an error message a volunteer cannot read is no
 * message: the toast says what happened, a Details button shows the rest. It
 * stays until dismissed.
 *
 * Returns: (transfer none): the toast
 */
AdwToast *
relais_message_show (AdwToastOverlay *overlay,
                     const char      *title,
                     const char      *details)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (overlay), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 0);

  if (details != NULL)
    {
      Message *message = g_new0 (Message, 1);

      message->title = g_strdup (title);
      message->details = g_strdup (details);
      g_set_weak_pointer (&message->overlay, GTK_WIDGET (overlay));
      adw_toast_set_button_label (toast, _("_Details"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (details_clicked_cb),
                             message, message_free, 0);
    }

  adw_toast_overlay_add_toast (overlay, toast);

  return toast;
}
