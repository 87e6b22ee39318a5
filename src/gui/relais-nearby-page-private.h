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
  AdwPreferencesGroup *contacts_group;
  AdwComboRow         *fee_row;
  AdwPreferencesGroup *filters_group;
  AdwPreferencesGroup *funding_group;
  AdwPreferencesGroup *hosters_group;
  GtkLabel            *no_commune_label;
  GtkSwitch           *open_now_switch;
  GtkLabel            *place_label;
  AdwPreferencesGroup *places_group;
  AdwComboRow         *service_row;
  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *tools_group;

  /* Owned */
  RelaisContext       *context;
  RelaisProfile       *profile;
  GSignalGroup        *context_signals;
  GSignalGroup        *profile_signals;
  RelaisCatalog       *catalog;      /* the context's data, once read */
  RelaisDirectory     *directory;
  RelaisPlaceFinder   *finder;
  GStrv                services;     /* slugs of service_row, after "all" */
  GStrv                audiences;    /* likewise for audience_row */
  GStrv                fees;         /* likewise for fee_row */
  GPtrArray           *added_rows;   /* (group, row) pairs added to the groups */
  GPtrArray           *shown_services; /* RelaisAlternative whose hosters are shown */
  RelaisOrigin         origin;
  guint                n_places_shown;
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
void       relais_nearby_page_show_inclusion_tool (RelaisNearbyPage       *self,
                                                const RelaisInclusionTool *tool);
void       relais_nearby_page_install_actions  (GtkWidgetClass            *widget_class);

G_END_DECLS
