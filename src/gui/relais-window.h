/* relais-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-application.h"
#include "relais-profile-store.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_WINDOW (relais_window_get_type ())

G_DECLARE_FINAL_TYPE (RelaisWindow, relais_window, RELAIS, WINDOW, AdwApplicationWindow)

RelaisWindow  *relais_window_new                 (RelaisApplication *application);
RelaisProfile *relais_window_get_profile         (RelaisWindow      *self);
void           relais_window_set_profile         (RelaisWindow      *self,
                                                  RelaisProfile     *profile);
void           relais_window_import_file         (RelaisWindow      *self,
                                                  GFile             *file);
void           relais_window_show_message        (RelaisWindow      *self,
                                                  const char        *title,
                                                  const char        *details);

G_END_DECLS
