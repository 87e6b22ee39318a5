/* relais-all-profiles-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-context.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_ALL_PROFILES_WINDOW (relais_all_profiles_window_get_type ())

G_DECLARE_FINAL_TYPE (RelaisAllProfilesWindow, relais_all_profiles_window, RELAIS, ALL_PROFILES_WINDOW, AdwWindow)

RelaisAllProfilesWindow *relais_all_profiles_window_new           (RelaisContext           *context,
                                                                   GError                 **error);
GListModel              *relais_all_profiles_window_get_shown     (RelaisAllProfilesWindow *self);
GtkSelectionModel       *relais_all_profiles_window_get_selection (RelaisAllProfilesWindow *self);
GPtrArray               *relais_all_profiles_window_get_chosen    (RelaisAllProfilesWindow *self);
void                     relais_all_profiles_window_present_for   (RelaisAllProfilesWindow *self,
                                                                   GtkWindow               *parent);

G_END_DECLS
