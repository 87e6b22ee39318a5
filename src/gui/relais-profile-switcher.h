/* relais-profile-switcher.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "relais-profile-store.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_PROFILE_SWITCHER (relais_profile_switcher_get_type ())

G_DECLARE_FINAL_TYPE (RelaisProfileSwitcher, relais_profile_switcher, RELAIS, PROFILE_SWITCHER, GtkPopover)

void relais_profile_switcher_set_profiles (RelaisProfileSwitcher *self,
                                           GListModel            *profiles);
void relais_profile_switcher_set_current  (RelaisProfileSwitcher *self,
                                           RelaisProfile         *profile);
void relais_profile_switcher_set_store    (RelaisProfileSwitcher *self,
                                           RelaisProfileStore    *store);
void relais_profile_switcher_update       (RelaisProfileSwitcher *self);

G_END_DECLS
