/* relais-window-share.c — a journey shared by a team through a folder that
 * Nextcloud, Framaspace or Syncthing keeps in sync
 *
 * Share with Your Team… moves the profile into such a folder; Open a Shared
 * Folder… lists the profiles another member put there; Stop Using This
 * Shared Folder takes them off the list (with Undo). The folder comes
 * through the file chooser portal: the Flatpak needs no access to files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-window"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-message.h"
#include "relais-profile-store-folders.h"
#include "relais-window-private.h"

#define HELP_PAGE "help:relais/share"

/* --- The member's name ---------------------------------------------------- */

static gboolean
has_member_name (RelaisWindow *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "member-name");

  return name[0] != '\0';
}

/* The entry for the member's name, in the dialog that asks for it. */
static GtkWidget *
new_name_entry (void)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Your first name, for example"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Your name"), -1);
  return entry;
}

static void
keep_member_name (RelaisWindow *self,
                  GtkWidget    *entry)
{
  g_autofree char *name = NULL;

  if (entry == NULL)
    return;
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  if (name[0] != '\0')
    g_settings_set_string (self->settings, "member-name", name);
}

static void
name_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  RelaisWindow     *self)
{
  if (g_strcmp0 (response, "keep") == 0)
    keep_member_name (self, adw_message_dialog_get_extra_child (dialog));
}

/* Asked once, the first time this member works on a shared profile: it is
 * what the others see beside each change ("noted by"). */
static void
ask_member_name (RelaisWindow *self)
{
  AdwMessageDialog *dialog;

  if (has_member_name (self))
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("What Is Your Name?"),
                                                       _("The other members see it beside the changes you make to a shared profile.")));
  adw_message_dialog_set_extra_child (dialog, new_name_entry ());
  adw_message_dialog_add_responses (dialog, "later", _("_Not Now"), "keep", _("_Keep"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "keep", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "later");
  g_signal_connect_object (dialog, "response", G_CALLBACK (name_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- Choosing a folder ----------------------------------------------------- */

typedef void (*FolderChosen) (RelaisWindow *self,
                              GFile        *folder);

static void
folder_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    RelaisWindow    *self)
{
  FolderChosen done = (FolderChosen) g_object_get_data (G_OBJECT (chooser), "relais-done");
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    done (self, folder);
  g_object_unref (chooser);
}

static void
choose_folder (RelaisWindow *self,
               const char   *title,
               const char   *accept,
               FolderChosen  done)
{
  g_autoptr(GFile) start = relais_window_get_default_folder ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), start, NULL);
  g_object_set_data (G_OBJECT (chooser), "relais-done", (gpointer) done);
  g_signal_connect_object (chooser, "response", G_CALLBACK (folder_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static char *
folder_display_name (GFile *folder)
{
  g_autofree char *path = g_file_get_path (folder);

  return path != NULL ? g_filename_display_basename (path) : g_file_get_parse_name (folder);
}

static void update_share_actions (RelaisWindow *self);

/* --- Share with Your Team… ------------------------------------------------ */

/**
 * relais_window_share_to:
 * @folder: a folder kept in sync on every member's computer
 *
 * Moves the profile shown into @folder and says so (the chooser's answer;
 * the tests call it as the portal would).
 */
void
relais_window_share_to (RelaisWindow *self,
                        GFile        *folder)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (RELAIS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));

  if (self->profile == NULL)
    return;

  if (!relais_profile_store_share (self->store, self->profile, folder, &error))
    {
      relais_message_show (self->toast_overlay, _("The profile could not be shared"), error->message);
      return;
    }

  name = folder_display_name (folder);
  /* Translators: the shared folder's name; short, for a narrow window */
  title = g_strdup_printf (_("Profile shared in “%s”"), name);
  relais_message_toast (self->toast_overlay, title);
  relais_profile_switcher_update (self->profile_switcher);
  update_share_actions (self);
}

static void
share_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   RelaisWindow     *self)
{
  if (g_strcmp0 (response, "choose") != 0)
    return;
  keep_member_name (self, adw_message_dialog_get_extra_child (dialog));
  choose_folder (self, _("Choose the Shared Folder"), _("_Share Here"), relais_window_share_to);
}

static void
share_profile_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  if (self->profile == NULL)
    return;

  /* In plain words, what a shared folder is, and where the help says more. */
  body = g_strdup_printf ("%s\n\n%s\n\n<a href=\"%s\">%s</a>",
                          _("Put the profile in a folder that Nextcloud, Framaspace or Syncthing keeps the same on the computer of every member. Each member opens that folder in Relais: you all follow one journey, and Relais merges what each of you changes."),
                          _("The profile moves to that folder; a copy stays on this computer."),
                          HELP_PAGE, _("How to set up a shared folder"));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Share with Your Team"), NULL));
  adw_message_dialog_set_body_use_markup (dialog, TRUE);
  adw_message_dialog_set_body (dialog, body);
  if (!has_member_name (self))
    adw_message_dialog_set_extra_child (dialog, new_name_entry ());
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "choose", _("_Choose the Folder…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "choose", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "choose");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (share_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- Open a Shared Folder… -------------------------------------------------- */

static RelaisProfile *
first_in_folder (RelaisWindow *self,
                 GFile        *folder)
{
  GListModel *profiles = relais_profile_store_get_profiles (self->store);
  guint n_items = g_list_model_get_n_items (profiles);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelaisProfile) profile = g_list_model_get_item (profiles, i);
      GFile *shared = relais_profile_store_get_shared_folder (self->store, profile);

      if (shared != NULL && g_file_equal (shared, folder))
        return profile;
    }
  return NULL;
}

/**
 * relais_window_open_shared_folder:
 * @folder: a folder kept in sync on every member's computer
 *
 * Adds @folder to the shared folders and shows its first profile (the
 * chooser's answer; the tests call it as the portal would).
 */
void
relais_window_open_shared_folder (RelaisWindow *self,
                                  GFile        *folder)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  RelaisProfile *first;

  g_return_if_fail (RELAIS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));

  if (!relais_profile_store_add_folder (self->store, folder, &error))
    {
      relais_message_show (self->toast_overlay, _("The folder could not be opened"), error->message);
      return;
    }

  name = folder_display_name (folder);
  first = first_in_folder (self, folder);
  if (first == NULL)
    relais_message_show (self->toast_overlay, _("No profile in this folder yet"),
                         _("Share a profile there, or wait until the synchronisation has brought the other members’ profiles."));
  else
    {
      /* Translators: the folder's name; short, for a narrow window */
      title = g_strdup_printf (_("Profiles of “%s” added"), name);
      relais_message_toast (self->toast_overlay, title);
      relais_window_set_profile (self, first);
    }
  ask_member_name (self);
}

static void
open_shared_folder_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  choose_folder (RELAIS_WINDOW (widget), _("Open a Shared Folder"), _("_Open"),
                 relais_window_open_shared_folder);
}

/* --- Stop Using This Shared Folder ------------------------------------------ */

static void
undo_stop_cb (AdwToast                *toast,
              RelaisWindowFileRequest *undo)
{
  g_autoptr(GError) error = NULL;
  RelaisProfile *first;

  if (undo->window == NULL)
    return;
  if (!relais_profile_store_add_folder (undo->window->store, undo->file, &error))
    {
      relais_message_show (undo->window->toast_overlay, _("The folder could not be opened again"), error->message);
      return;
    }
  if ((first = first_in_folder (undo->window, undo->file)) != NULL)
    relais_window_set_profile (undo->window, first);
}

static void
stop_shared_folder_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  RelaisWindowFileRequest *undo;
  GFile *shared;

  if (self->profile == NULL ||
      (shared = relais_profile_store_get_shared_folder (self->store, self->profile)) == NULL)
    return;

  folder = g_object_ref (shared);
  if (!relais_profile_store_remove_folder (self->store, folder, &error))
    {
      relais_message_show (self->toast_overlay, _("The folder is still used"), error->message);
      return;
    }
  relais_window_open_newest (self);

  name = folder_display_name (folder);
  /* Translators: the folder's name; its files stay where they are (the help says so) */
  title = g_strdup_printf (_("Profiles of “%s” taken off the list"), name);
  undo = relais_window_file_request_new (self, folder);
  relais_message_show_undo (self->toast_overlay, title, G_CALLBACK (undo_stop_cb), undo,
                            relais_window_file_request_free);
}

/* --- What the folders report ------------------------------------------------ */

static void
removed_elsewhere_cb (RelaisWindow       *self,
                      const char         *name,
                      RelaisProfileStore *store)
{
  g_autofree char *title = NULL;

  /* Translators: the profile's name */
  title = g_strdup_printf (_("“%s” was deleted from its shared folder by another member"), name);
  relais_message_show (self->toast_overlay, title,
                       _("It is no longer listed. Whatever you had typed in it and not saved yet was kept in the backups of Relais."));
  if (self->profile != NULL && relais_profile_store_get_file (self->store, self->profile) == NULL)
    relais_window_open_newest (self);
}

/* A teammate's file that cannot be read: said, and left to the team. */
static void
unreadable_elsewhere_cb (RelaisWindow       *self,
                         GFile              *file,
                         const GError       *error,
                         RelaisProfileStore *store)
{
  relais_message_show (self->toast_overlay, _("A file of a shared folder cannot be read"), error->message);
}

static void
update_share_actions (RelaisWindow *self)
{
  gboolean writable = self->profile != NULL && !relais_profile_get_read_only (self->profile);
  gboolean shared = self->profile != NULL &&
                    relais_profile_store_get_shared_folder (self->store, self->profile) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.share-profile", writable && !shared);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-shared-folder", shared);
}

void
relais_window_share_init (RelaisWindow *self)
{
  relais_profile_switcher_set_store (self->profile_switcher, self->store);
  g_signal_connect_object (self->store, "removed-elsewhere", G_CALLBACK (removed_elsewhere_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "unreadable-elsewhere", G_CALLBACK (unreadable_elsewhere_cb),
                           self, G_CONNECT_SWAPPED);
  /* Those found as the folders were first read, before this window. */
  {
    g_autoptr(GPtrArray) unreadable = relais_profile_store_dup_unreadable (self->store);

    for (guint i = 0; i < unreadable->len; i++)
      unreadable_elsewhere_cb (self, NULL, g_ptr_array_index (unreadable, i), self->store);
  }
  g_signal_connect_object (self, "notify::profile", G_CALLBACK (update_share_actions),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (relais_profile_store_get_profiles (self->store), "items-changed",
                           G_CALLBACK (update_share_actions), self, G_CONNECT_SWAPPED);
  update_share_actions (self);
}

void
relais_window_share_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.share-profile", NULL, share_profile_action);
  gtk_widget_class_install_action (widget_class, "win.open-shared-folder", NULL, open_shared_folder_action);
  gtk_widget_class_install_action (widget_class, "win.stop-shared-folder", NULL, stop_shared_folder_action);
}
