/* relais-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-window"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-accessible.h"
#include "relais-message.h"
#include "relais-path-page.h"
#include "relais-profile-editor.h"
#include "relais-profile-store-folders.h"
#include "relais-profile-switcher.h"
#include "relais-progress-page.h"
#include "relais-tools-page.h"
#include "relais-window-private.h"

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisWindow, relais_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

/* The squeezer shows the title rather than the view switcher: the window is
 * too narrow for the switcher beside the profile's name. */
static gboolean
title_shown (RelaisWindow *self)
{
  return adw_squeezer_get_visible_child (self->title_squeezer) == GTK_WIDGET (self->window_title);
}

/* Narrow, the profile's name is the title's subtitle, whole, rather than a
 * name cut to "…" on the button beside it. After the allocation that made
 * the window narrow: the header bar's children cannot change during it. */
static gboolean
update_profile_button_cb (gpointer data)
{
  RelaisWindow *self = data;
  gboolean narrow = self->profile != NULL && title_shown (self);

  self->narrow_source = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->profile_icon), narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->profile_label), !narrow);
  return G_SOURCE_REMOVE;
}

/* libadwaita 1.2's bottom bar cuts a label wider than its quarter of the
 * window ("Aide à proxi…" in French at 360 px): its labels wrap instead, on
 * two lines where they must. */
static void
wrap_labels (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_NONE);
      gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (widget), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_justify (GTK_LABEL (widget), GTK_JUSTIFY_CENTER);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    wrap_labels (child);
}

static void
update_switcher_bar (RelaisWindow *self)
{
  gboolean journey = self->profile != NULL;
  gboolean bar = journey && title_shown (self);

  adw_squeezer_page_set_enabled (adw_squeezer_get_page (self->title_squeezer, GTK_WIDGET (self->view_switcher)),
                                 journey);
  /* The bar has its buttons only while it is shown: wide, they would be
   * laid out for nothing at every start. */
  if (bar && adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    {
      adw_view_switcher_bar_set_stack (self->switcher_bar, self->area_stack);
      wrap_labels (GTK_WIDGET (self->switcher_bar));
    }
  adw_view_switcher_bar_set_reveal (self->switcher_bar, bar);
  if (self->narrow_source == 0)
    self->narrow_source = g_idle_add (update_profile_button_cb, self);
}

static void
update_state (RelaisWindow *self)
{
  gboolean journey = self->profile != NULL;
  gboolean writable = journey && !relais_profile_get_read_only (self->profile);

  /* The welcome page's large icon is an SVG to render: only when shown. */
  if (!journey && adw_status_page_get_icon_name (self->welcome_page) == NULL)
    adw_status_page_set_icon_name (self->welcome_page, APP_ID);
  gtk_stack_set_visible_child_name (self->main_stack, journey ? "journey" : "welcome");
  gtk_widget_set_visible (GTK_WIDGET (self->profile_button),
                          journey || g_list_model_get_n_items (relais_profile_store_get_profiles (self->store)) > 0);

  /* A newer Relais's profile is shown, not changed: nothing here may write
   * it, copy it into the older format, or edit it. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-profile", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-profile", journey);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.duplicate-profile", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-profile", writable);
  /* A plan can be made of any profile shown, read-only ones too. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-plan", journey);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-plan", journey);
  gtk_widget_set_sensitive (GTK_WIDGET (self->path_page), !journey || writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->tools_area), !journey || writable);
  update_switcher_bar (self);
}

static void
profile_name_changed (RelaisWindow *self)
{
  const char *name = self->profile != NULL ? relais_profile_get_name (self->profile) : _("Profiles");

  gtk_label_set_label (self->profile_label, name);
  adw_window_title_set_subtitle (self->window_title, self->profile != NULL ? name : "");
}

/* --- Actions ------------------------------------------------------------- */

static void
profile_created_cb (RelaisWindow        *self,
                    RelaisProfile       *profile,
                    RelaisProfileEditor *editor)
{
  relais_window_set_profile (self, profile);
  adw_view_stack_set_visible_child_name (self->area_stack, "path");
}

static void
new_profile_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);
  RelaisProfileEditor *editor = relais_profile_editor_new_for_creation (self->store);

  g_signal_connect_object (editor, "profile-created", G_CALLBACK (profile_created_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit_profile_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);
  RelaisProfileEditor *editor;

  g_return_if_fail (self->profile != NULL);

  editor = relais_profile_editor_new_for_editing (self->store, self->profile);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (editor));
}

typedef struct
{
  RelaisWindow *window;
  char         *id;
} UndoDelete;

static void
undo_delete_free (gpointer  data,
                  GClosure *closure)
{
  UndoDelete *undo = data;

  g_clear_weak_pointer (&undo->window);
  g_free (undo->id);
  g_free (undo);
}

static void
undo_delete_cb (AdwToast   *toast,
                UndoDelete *undo)
{
  g_autoptr(GError) error = NULL;
  RelaisProfile *profile;

  if (undo->window == NULL)
    return;

  profile = relais_profile_store_undelete (undo->window->store, undo->id, &error);
  if (profile != NULL)
    relais_window_set_profile (undo->window, profile);
  else
    relais_message_show (undo->window->toast_overlay, _("The profile could not be brought back"), error->message);
}

static void
delete_profile_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);
  g_autoptr(RelaisProfile) profile = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  UndoDelete *undo;

  g_return_if_fail (self->profile != NULL);

  profile = g_object_ref (self->profile);
  if (!relais_profile_store_delete (self->store, profile, &error))
    {
      relais_message_show (self->toast_overlay, _("The profile could not be deleted"), error->message);
      return;
    }

  relais_window_open_newest (self);

  /* TRANSLATORS: a profile was deleted, e.g. “Artifaille deleted” */
  title = g_strdup_printf (_("%s deleted"), relais_profile_get_name (profile));
  undo = g_new0 (UndoDelete, 1);
  g_set_weak_pointer (&undo->window, self);
  undo->id = g_strdup (relais_profile_get_id (profile));
  relais_message_show_undo (self->toast_overlay, title, G_CALLBACK (undo_delete_cb), undo, undo_delete_free);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  relais_message_undo (widget);
}

static void
duplicate_profile_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  RelaisProfile *copy;

  g_return_if_fail (self->profile != NULL);

  copy = relais_profile_store_duplicate (self->store, self->profile, &error);
  if (copy == NULL)
    {
      relais_message_show (self->toast_overlay, _("The profile could not be duplicated"), error->message);
      return;
    }

  relais_window_set_profile (self, copy);
}

static void
switch_profile_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  RelaisProfile *profile;

  profile = relais_profile_store_open (self->store, id, &error);
  if (profile == NULL)
    {
      relais_message_show (self->toast_overlay, _("This profile could not be opened"), error->message);
      return;
    }

  relais_window_set_profile (self, profile);
}

/* Built when asked for, not with every window as GtkApplication's automatic
 * help overlay would: it is a whole window, and start-up matters more. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/relais-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

/* A page is made when its area is first shown, with the context and a
 * binding to the window's profile, and stays. */
static GtkWidget *
build_page (RelaisWindow *self,
            AdwBin       *area,
            GType         type)
{
  GtkWidget *page = g_object_new (type, "context", self->context, NULL);

  g_object_bind_property (self, "profile", page, "profile", G_BINDING_SYNC_CREATE);
  adw_bin_set_child (area, page);
  return page;
}

/* The pages of the areas and what they show (the catalogue, the directory)
 * are made or read when the area is first shown, not at start-up. */
static void
visible_area_changed_cb (RelaisWindow *self)
{
  const char *area = adw_view_stack_get_visible_child_name (self->area_stack);

  if (g_strcmp0 (area, "tools") == 0 && self->tools_page == NULL)
    self->tools_page = RELAIS_TOOLS_PAGE (build_page (self, self->tools_area, RELAIS_TYPE_TOOLS_PAGE));
  else if (g_strcmp0 (area, "progress") == 0 && self->progress_page == NULL)
    self->progress_page = RELAIS_PROGRESS_PAGE (build_page (self, self->progress_area, RELAIS_TYPE_PROGRESS_PAGE));
  else if (g_strcmp0 (area, "help") == 0 && self->nearby_page == NULL)
    self->nearby_page = RELAIS_NEARBY_PAGE (build_page (self, self->help_area, RELAIS_TYPE_NEARBY_PAGE));

  if (g_strcmp0 (area, "tools") != 0 && g_strcmp0 (area, "progress") != 0 && g_strcmp0 (area, "help") != 0)
    return;

  /* Help Nearby needs the directory and the places; Tools names the
   * hosters of online services from them. Read in a worker thread: the
   * pages fill in when the context says they are there. */
  if (g_strcmp0 (area, "progress") != 0)
    relais_window_load_nearby (self);
  relais_window_load_catalog (self);
}

static void
show_area_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);

  if (self->profile != NULL)
    adw_view_stack_set_visible_child_name (self->area_stack, g_variant_get_string (parameter, NULL));
}

/* --- Closing ------------------------------------------------------------- */

static void
save_window_state (RelaisWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
unsaved_response_cb (RelaisWindow     *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
{
  if (g_strcmp0 (response, "close") == 0)
    {
      self->closing_unsaved = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static gboolean
relais_window_close_request (GtkWindow *window)
{
  RelaisWindow *self = RELAIS_WINDOW (window);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  save_window_state (self);

  if (self->closing_unsaved || relais_profile_store_flush (self->store, &error))
    return GTK_WINDOW_CLASS (relais_window_parent_class)->close_request (window);

  /* Never close silently over changes that are only in memory. */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Changes Not Saved"), error->message));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Relais Open"),
                                    "close", _("_Close and Lose Changes"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "close", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
save_failed_cb (RelaisWindow       *self,
                RelaisProfile      *profile,
                const GError       *error,
                RelaisProfileStore *store)
{
  g_autofree char *text = NULL;

  /* The store retries every few seconds: one message until it is dismissed. */
  if (gtk_revealer_get_reveal_child (self->save_banner))
    return;

  /* TRANSLATORS: the banner of a failed save: the error message follows */
  text = g_strdup_printf (_("Changes not saved yet. %s"), error->message);
  gtk_label_set_label (self->save_banner_label, text);
  gtk_revealer_set_reveal_child (self->save_banner, TRUE);
  relais_accessible_announce (GTK_WIDGET (self->save_banner), text);
#if !GTK_CHECK_VERSION (4, 14, 0)
  /* Nothing is announced on this GTK: the message goes where the focus
   * goes, so that a screen reader reads it. */
  gtk_widget_grab_focus (GTK_WIDGET (self->save_banner_button));
#endif
}

static void
dismiss_save_message_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);

  gtk_revealer_set_reveal_child (self->save_banner, FALSE);
  /* The focus was on the button that is going: back to the area shown. */
  gtk_widget_child_focus (GTK_WIDGET (self->main_stack), GTK_DIR_TAB_FORWARD);
}

static void
changed_elsewhere_cb (RelaisWindow       *self,
                      RelaisProfile      *profile,
                      const GError       *error,
                      RelaisProfileStore *store)
{
  /* In a shared folder, what comes from elsewhere is a member's work, merged. */
  if (relais_profile_store_get_shared_folder (self->store, profile) != NULL)
    relais_message_show (self->toast_overlay, _("Changes from your team"), error->message);
  else
    relais_message_show (self->toast_overlay, _("Changed on another computer"), error->message);
}

/* --- GObject ------------------------------------------------------------- */

static void
relais_window_constructed (GObject *object)
{
  RelaisWindow *self = (RelaisWindow *)object;

  G_OBJECT_CLASS (relais_window_parent_class)->constructed (object);

  g_return_if_fail (RELAIS_IS_CONTEXT (self->context));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  relais_profile_switcher_set_profiles (self->profile_switcher, relais_profile_store_get_profiles (self->store));
  g_signal_connect_object (self->store, "save-failed", G_CALLBACK (save_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed-elsewhere", G_CALLBACK (changed_elsewhere_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (relais_profile_store_get_profiles (self->store), "items-changed",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);

  relais_window_share_init (self);

  relais_window_read_profiles (self);

  update_state (self);
}

static void
relais_window_dispose (GObject *object)
{
  RelaisWindow *self = (RelaisWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->narrow_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_WINDOW);
  /* They went with their areas. */
  self->tools_page = NULL;
  self->progress_page = NULL;
  self->nearby_page = NULL;
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (relais_window_parent_class)->dispose (object);
}

static void
relais_window_finalize (GObject *object)
{
  RelaisWindow *self = (RelaisWindow *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (relais_window_parent_class)->finalize (object);
}

static void
relais_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RelaisWindow *self = RELAIS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RelaisWindow *self = RELAIS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      self->store = g_object_ref (relais_context_get_store (self->context));
      self->settings = g_object_ref (relais_context_get_settings (self->context));
      break;
    case PROP_PROFILE:
      relais_window_set_profile (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_window_class_init (RelaisWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = relais_window_constructed;
  object_class->dispose = relais_window_dispose;
  object_class->finalize = relais_window_finalize;
  object_class->get_property = relais_window_get_property;
  object_class->set_property = relais_window_set_property;
  window_class->close_request = relais_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RELAIS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, RELAIS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RELAIS_TYPE_PATH_PAGE);
  g_type_ensure (RELAIS_TYPE_PROFILE_SWITCHER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, area_stack);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, help_area);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, path_page);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, profile_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, progress_area);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, profile_icon);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, profile_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, profile_switcher);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, save_banner);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, save_banner_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, save_banner_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, title_squeezer);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, tools_area);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, RelaisWindow, window_title);

  gtk_widget_class_install_action (widget_class, "win.new-profile", NULL, new_profile_action);
  gtk_widget_class_install_action (widget_class, "win.edit-profile", NULL, edit_profile_action);
  gtk_widget_class_install_action (widget_class, "win.switch-profile", "s", switch_profile_action);
  gtk_widget_class_install_action (widget_class, "win.delete-profile", NULL, delete_profile_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-profile", NULL, duplicate_profile_action);
  gtk_widget_class_install_action (widget_class, "win.export-profile", NULL, relais_window_export_profile_action);
  gtk_widget_class_install_action (widget_class, "win.import-profile", NULL, relais_window_import_profile_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", relais_window_open_file_action);
  gtk_widget_class_install_action (widget_class, "win.directory-changed", NULL, relais_window_directory_changed_action);
  gtk_widget_class_install_action (widget_class, "win.places-changed", NULL, relais_window_places_changed_action);
  gtk_widget_class_install_action (widget_class, "win.export-plan", NULL, relais_window_export_plan_action);
  gtk_widget_class_install_action (widget_class, "win.print-plan", NULL, relais_window_print_plan_action);
  gtk_widget_class_install_action (widget_class, "win.show-area", "s", show_area_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-save-message", NULL, dismiss_save_message_action);
  relais_window_share_class_init (widget_class);
}

static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  RelaisWindow *self = user_data;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
  /* The menu made from the menu model is named after its class otherwise. */
  relais_accessible_set_label (GTK_WIDGET (gtk_menu_button_get_popover (button)), _("Main Menu"));
}

static void
relais_window_init (RelaisWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  relais_accessible_name_mnemonics (GTK_WIDGET (self));
  /* Its thirty widgets are made when it first opens, not before the
   * window's first frame (docs/benchmarks.md). */
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu, self, NULL);
  /* Enabled while a toast offers to undo something (relais-message.c). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);

  self->cancellable = g_cancellable_new ();
  g_signal_connect_object (self->title_squeezer, "notify::visible-child",
                           G_CALLBACK (update_switcher_bar), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->area_stack, "notify::visible-child-name",
                           G_CALLBACK (visible_area_changed_cb), self, G_CONNECT_SWAPPED);

  if (g_strcmp0 (PROFILE, "devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* The Path area is shown first: its page is in the template. The others
   * are made with the context when first shown (build_page()). */
  g_object_bind_property (self, "profile", self->path_page, "profile", G_BINDING_SYNC_CREATE);
}

RelaisWindow *
relais_window_new (RelaisApplication *application)
{
  g_return_val_if_fail (RELAIS_IS_APPLICATION (application), NULL);

  return g_object_new (RELAIS_TYPE_WINDOW,
                       "application", application,
                       "context", relais_application_get_context (application),
                       NULL);
}

/**
 * relais_window_get_profile:
 *
 * Returns: (transfer none) (nullable): the profile shown
 */
RelaisProfile *
relais_window_get_profile (RelaisWindow *self)
{
  g_return_val_if_fail (RELAIS_IS_WINDOW (self), NULL);

  return self->profile;
}

void
relais_window_set_profile (RelaisWindow  *self,
                           RelaisProfile *profile)
{
  g_return_if_fail (RELAIS_IS_WINDOW (self));
  g_return_if_fail (!profile || RELAIS_IS_PROFILE (profile));

  if (self->profile == profile)
    return;

  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_func (self->profile, profile_name_changed, self);
  g_set_object (&self->profile, profile);
  if (profile != NULL)
    {
      g_autofree char *last = g_settings_get_string (self->settings, "last-profile");

      g_signal_connect_object (profile, "notify::name", G_CALLBACK (profile_name_changed),
                               self, G_CONNECT_SWAPPED);
      /* Only when it changes: in a Flatpak, settings are a file, written
       * again and synced to disk at each write, before the first frame
       * when the window opens on the last profile. */
      if (!g_str_equal (last, relais_profile_get_id (profile)))
        g_settings_set_string (self->settings, "last-profile", relais_profile_get_id (profile));
    }

  /* The pages follow through their binding to "profile", notified below. */
  if (profile != NULL && relais_profile_get_read_only (profile))
    relais_message_show (self->toast_overlay, _("Shown read-only"),
                         _("This profile was saved by a newer version of Relais. It is shown as far as this version understands it, and it is never written over. Update Relais to change it."));
  relais_profile_switcher_set_current (self->profile_switcher, profile);
  profile_name_changed (self);
  update_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

void
relais_window_show_message (RelaisWindow *self,
                            const char   *title,
                            const char   *details)
{
  g_return_if_fail (RELAIS_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  relais_message_show (self->toast_overlay, title, details);
}
