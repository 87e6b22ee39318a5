/* relais-nearby-page-private.h — shared by the Help Nearby area's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"
#include "relais-context.h"
#include "relais-directory.h"
#include "relais-nearby-page.h"
#include "relais-nearby-text.h"
#include "relais-place-finder.h"

G_BEGIN_DECLS

struct _RelaisNearbyPage
{
  AdwBin               parent_instance;

  /* Template widgets */
  AdwComboRow         *audience_row;
  GtkListBox          *commune_results;
  GtkSearchEntry      *commune_entry;
  AdwPreferencesGroup *contacts_group;   /* RelaisNearbyContacts */
  AdwComboRow         *fee_row;
  AdwPreferencesGroup *filters_group;
  AdwPreferencesGroup *funding_group;    /* RelaisNearbyFunding */
  AdwPreferencesGroup *hosters_group;    /* RelaisNearbyHosters */
  GtkLabel            *no_commune_label;
  GtkSwitch           *open_now_switch;
  GtkLabel            *place_label;
  AdwPreferencesGroup *places_group;     /* RelaisNearbyPlaces */
  AdwComboRow         *service_row;
  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *tools_group;      /* RelaisNearbyNational */

  /* Owned */
  RelaisContext       *context;
  RelaisProfile       *profile;
  GSignalGroup        *context_signals;
  GSignalGroup        *profile_signals;
  GListStore          *communes_found;  /* RelaisNearbyEntry */
  RelaisDirectory     *directory;       /* the context's, once read */
  RelaisPlaceFinder   *finder;          /* likewise */
  GStrv                services;     /* slugs of service_row, after "all" */
  GStrv                audiences;    /* likewise for audience_row */
  GStrv                fees;         /* likewise for fee_row */
  GCancellable        *refresh_cancellable;  /* the CHATONS refresh under way */
  GtkWidget           *refresh_row;
};

void       relais_nearby_page_show_place       (RelaisNearbyPage          *self,
                                                guint                      index);
void       relais_nearby_page_show_contact     (RelaisNearbyPage          *self,
                                                const RelaisContact       *contact);
void       relais_nearby_page_show_hoster      (RelaisNearbyPage          *self,
                                                const RelaisHoster        *hoster);
void       relais_nearby_page_show_funding     (RelaisNearbyPage          *self,
                                                const RelaisFunding       *funding);
void       relais_nearby_page_show_inclusion_tool (RelaisNearbyPage          *self,
                                                   const RelaisInclusionTool *tool);
void       relais_nearby_page_install_actions  (GtkWidgetClass            *widget_class);
void       relais_nearby_page_import_hosters_folder (RelaisNearbyPage *self,
                                                     const char       *path);

G_END_DECLS
