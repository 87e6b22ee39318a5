/* relais-all-profiles-private.h — what the All Profiles window's exports
 * (relais-all-profiles-export.c) share with its table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-all-profiles-window.h"
#include "relais-catalog.h"
#include "relais-plan.h"

G_BEGIN_DECLS

struct _RelaisAllProfilesWindow
{
  AdwWindow           parent_instance;

  /* Template widgets */
  GtkColumnView      *column_view;
  GtkButton          *open_button;
  GtkMenuButton      *menu_button;
  GtkSearchEntry     *search_entry;
  GtkLabel           *selection_label;
  GtkStack           *stack;
  AdwToastOverlay    *toast_overlay;
  GtkProgressBar     *work_bar;
  GtkBox             *work_box;

  /* Owned */
  RelaisContext      *context;
  RelaisCatalog      *catalog;
  GListStore         *lines;       /* RelaisProfileLine, in the store's order */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkMultiSelection  *selection;
  char               *folded;      /* the search, case-folded; NULL: none */
  gulong              store_changed_id;

  /* A long piece of work (the plans): one step per idle */
  GCancellable       *cancellable;
  guint               work_source;
  gpointer            work;
};

void relais_all_profiles_install_exports (GtkWidgetClass          *widget_class);
void relais_all_profiles_update_actions  (RelaisAllProfilesWindow *self);
void relais_all_profiles_stop_work       (RelaisAllProfilesWindow *self);

G_END_DECLS

G_BEGIN_DECLS

/* The work behind each export, once its file or folder is chosen: what
 * the tests call, without a file chooser. */
void     relais_all_profiles_export_plans  (RelaisAllProfilesWindow *self,
                                            GFile                   *folder,
                                            const char              *extension,
                                            RelaisPlanPaper          paper);
gboolean relais_all_profiles_is_working    (RelaisAllProfilesWindow *self);
void     relais_all_profiles_export_bundle (RelaisAllProfilesWindow *self,
                                            GFile                   *file);
void     relais_all_profiles_import_bundle (RelaisAllProfilesWindow *self,
                                            GFile                   *file);
void     relais_all_profiles_summarize     (RelaisAllProfilesWindow *self,
                                            const char              *path,
                                            RelaisPlanPaper          paper);

G_END_DECLS
