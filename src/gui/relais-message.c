/* relais-message.c — messages that matter, short in a toast, whole on demand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-message"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-accessible.h"
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

/* libadwaita 1.2 names a toast's close button after its image, and its
 * button after the label with its mnemonic ("_Undo Undo"): both are named
 * as people read them. Only the toasts shown have widgets. */
static void
name_toast_buttons (GtkWidget *widget,
                    gboolean   in_toast)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gboolean toast = in_toast || g_strcmp0 (gtk_widget_get_css_name (child), "toast") == 0;

      if (toast && GTK_IS_BUTTON (child))
        {
          const char *label = gtk_button_get_label (GTK_BUTTON (child));

          if (label != NULL)
            {
              g_autoptr(GString) plain = g_string_new (label);

              g_string_replace (plain, "_", "", 0);
              relais_accessible_set_label (child, plain->str);
            }
          else
            relais_accessible_set_label (child, _("Close the message"));
        }
      else
        name_toast_buttons (child, toast);
    }
}

static gboolean
name_toast_buttons_idle (gpointer data)
{
  GWeakRef *weak = data;
  g_autoptr(GtkWidget) overlay = g_weak_ref_get (weak);

  if (overlay != NULL)
    name_toast_buttons (overlay, FALSE);
  g_weak_ref_clear (weak);
  g_free (weak);

  return G_SOURCE_REMOVE;
}

/* The next toast of the queue shows when this one goes. Not a reference:
 * an overlay kept past its window's end is finalized out of order, and
 * libadwaita 1.2 then frees the toasts still queued twice. */
static void
toast_dismissed_cb (AdwToast  *toast,
                    GtkWidget *overlay)
{
  GWeakRef *weak = g_new0 (GWeakRef, 1);

  g_weak_ref_init (weak, overlay);
  g_idle_add (name_toast_buttons_idle, weak);
}

/**
 * relais_message_add_toast:
 * @text: what the toast says, as plain text
 *
 * Shows @toast, its buttons named, and says @text to a screen reader where
 * GTK can (relais_accessible_announce()).
 */
void
relais_message_add_toast (AdwToastOverlay *overlay,
                          AdwToast        *toast,
                          const char      *text)
{
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));
  g_return_if_fail (text != NULL);

  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), overlay, 0);
  adw_toast_overlay_add_toast (overlay, toast);
  name_toast_buttons (GTK_WIDGET (overlay), FALSE);
  relais_accessible_announce (GTK_WIDGET (overlay), text);
}

/**
 * relais_message_toast:
 * @text: plain text, escaped here
 *
 * A short toast that says what was done ("Address copied").
 */
AdwToast *
relais_message_toast (AdwToastOverlay *overlay,
                      const char      *text)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (overlay), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  relais_message_add_toast (overlay, toast, text);

  return toast;
}

/* --- Undo ------------------------------------------------------------------ */

#define UNDO_KEY "relais-undo-toast"
#define UNDO_ACTION "win.undo"

static gboolean
has_action (GtkWidget  *widget,
            const char *name)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (widget);
  const GVariantType *parameter_type;
  const char *property_name;
  const char *action_name;
  GType owner;

  /* GTK 4.8 writes every out argument: none may be NULL. */
  for (guint i = 0;
       gtk_widget_class_query_action (klass, i, &owner, &action_name, &parameter_type, &property_name);
       i++)
    if (g_str_equal (action_name, name))
      return TRUE;

  return FALSE;
}

static void
undo_dismissed_cb (AdwToast  *toast,
                   GtkWidget *root)
{
  if (g_object_get_data (G_OBJECT (root), UNDO_KEY) != toast)
    return;
  g_object_set_data (G_OBJECT (root), UNDO_KEY, NULL);
  if (has_action (root, UNDO_ACTION))
    gtk_widget_action_set_enabled (root, UNDO_ACTION, FALSE);
}

/**
 * relais_message_show_undo:
 * @title: what was done, as plain text: “Microsoft Word removed”
 * @undo: called with @data when the user undoes it
 *
 * A toast that undoes what was just done. It stays until dismissed, to be
 * reached at the pace of a keyboard or a screen reader, and the window's
 * Undo (Ctrl+Z) presses its button while it is there.
 *
 * Returns: (transfer none): the toast
 */
AdwToast *
relais_message_show_undo (AdwToastOverlay *overlay,
                          const char      *title,
                          GCallback        undo,
                          gpointer         data,
                          GClosureNotify   destroy)
{
  g_autofree char *escaped = NULL;
  GtkRoot *root;
  AdwToast *toast;

  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (overlay), NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (undo != NULL, NULL);

  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  g_signal_connect_data (toast, "button-clicked", undo, data, destroy, 0);

  root = gtk_widget_get_root (GTK_WIDGET (overlay));
  if (root != NULL)
    {
      g_object_set_data_full (G_OBJECT (root), UNDO_KEY, g_object_ref (toast), g_object_unref);
      g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_dismissed_cb), root, 0);
      if (has_action (GTK_WIDGET (root), UNDO_ACTION))
        gtk_widget_action_set_enabled (GTK_WIDGET (root), UNDO_ACTION, TRUE);
    }

  relais_message_add_toast (overlay, toast, title);

  return toast;
}

/**
 * relais_message_undo:
 * @widget: a widget of the window
 *
 * Undoes what the window's undo toast offers to, and dismisses it.
 *
 * Returns: whether there was something to undo
 */
gboolean
relais_message_undo (GtkWidget *widget)
{
  g_autoptr(AdwToast) toast = NULL;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  root = gtk_widget_get_root (widget);
  if (root == NULL || g_object_get_data (G_OBJECT (root), UNDO_KEY) == NULL)
    return FALSE;

  toast = g_object_ref (g_object_get_data (G_OBJECT (root), UNDO_KEY));
  g_signal_emit_by_name (toast, "button-clicked");
  adw_toast_dismiss (toast);

  return TRUE;
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

  relais_message_add_toast (overlay, toast, title);

  return toast;
}
