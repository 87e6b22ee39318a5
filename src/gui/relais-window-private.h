/* relais-window-private.h — what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-nearby-page.h"
#include "relais-path-page.h"
#include "relais-profile-switcher.h"
#include "relais-progress-page.h"
#include "relais-tools-page.h"
#include "relais-window.h"

G_BEGIN_DECLS

struct _RelaisWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwViewStack         *area_stack;
  AdwHeaderBar         *header_bar;
  AdwBin               *help_area;
  GtkStack             *main_stack;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  RelaisPathPage       *path_page;
  GtkMenuButton        *profile_button;
  GtkImage             *profile_icon;
  GtkLabel             *profile_label;
  RelaisProfileSwitcher *profile_switcher;
  GtkRevealer          *save_banner;
  GtkButton            *save_banner_button;
  GtkLabel             *save_banner_label;
  AdwViewSwitcherBar   *switcher_bar;
  AdwSqueezer          *title_squeezer;
  AdwToastOverlay      *toast_overlay;
  AdwBin               *progress_area;
  AdwBin               *tools_area;
  AdwViewSwitcher      *view_switcher;
  AdwStatusPage        *welcome_page;
  AdwWindowTitle       *window_title;

  /* Built when their area is first shown (start-up pays for the Path only);
   * owned by their area */
  RelaisNearbyPage     *nearby_page;
  RelaisProgressPage   *progress_page;
  RelaisToolsPage      *tools_page;

  /* Owned */
  RelaisContext        *context;       /* the application's: pages have it too */
  RelaisProfileStore   *store;         /* the context's, kept at hand */
  GSettings            *settings;      /* likewise */
  RelaisProfile        *profile;
  GCancellable         *cancellable;
  gboolean              closing_unsaved;
  guint                 narrow_source; /* the profile button, set after a change of width */
};

/* relais-window-transfer.c: export and import, through the file chooser portal */
typedef struct
{
  RelaisWindow *window;  /* weak: it may be gone when the answer comes */
  GFile        *file;
} RelaisWindowFileRequest;

RelaisWindowFileRequest *relais_window_file_request_new (RelaisWindow *self,
                                                         GFile        *file);
void  relais_window_file_request_free        (gpointer      data,
                                              GClosure     *closure);
GFile *relais_window_get_default_folder      (void);
GtkFileChooserNative *relais_window_new_save_chooser (RelaisWindow *self,
                                                      const char   *title,
                                                      const char   *name);
AdwToast *relais_window_announce_written     (RelaisWindow *self,
                                              GFile        *file,
                                              gboolean      is_plan);
void relais_window_open_file_action          (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter);
void relais_window_export_profile_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter);
void relais_window_import_profile_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter);

/* relais-window-nearby.c: the shipped data, read in the context when an area first needs it */
void     relais_window_load_catalog              (RelaisWindow *self);
void     relais_window_load_nearby               (RelaisWindow *self);
RelaisCatalog *relais_window_ensure_catalog      (RelaisWindow *self);
void     relais_window_directory_changed_action  (GtkWidget    *widget,
                                                  const char   *action_name,
                                                  GVariant     *parameter);
void     relais_window_places_changed_action     (GtkWidget    *widget,
                                                  const char   *action_name,
                                                  GVariant     *parameter);

/* relais-window-plan.c: the plan, exported or printed */
void     relais_window_export_plan_action        (GtkWidget    *widget,
                                                  const char   *action_name,
                                                  GVariant     *parameter);
void     relais_window_print_plan_action         (GtkWidget    *widget,
                                                  const char   *action_name,
                                                  GVariant     *parameter);

/* relais-window-share.c: a journey shared by a team through a synced folder */
void     relais_window_share_init                (RelaisWindow   *self);
void     relais_window_share_class_init          (GtkWidgetClass *widget_class);
void     relais_window_share_to                  (RelaisWindow   *self,
                                                  GFile          *folder);
void     relais_window_open_shared_folder        (RelaisWindow   *self,
                                                  GFile          *folder);
void     relais_window_open_newest               (RelaisWindow   *self);

/* relais-window-profiles.c: the profiles read as the window opens */
void     relais_window_read_profiles             (RelaisWindow   *self);

G_END_DECLS
