/* relais-profile-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-profile-store.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_PROFILE_EDITOR (relais_profile_editor_get_type ())

G_DECLARE_FINAL_TYPE (RelaisProfileEditor, relais_profile_editor, RELAIS, PROFILE_EDITOR, AdwWindow)

RelaisProfileEditor *relais_profile_editor_new_for_creation (RelaisProfileStore  *store);
RelaisProfileEditor *relais_profile_editor_new_for_editing  (RelaisProfileStore  *store,
                                                             RelaisProfile       *profile);
RelaisProfile       *relais_profile_editor_get_profile      (RelaisProfileEditor *self);
gboolean             relais_profile_editor_get_creating     (RelaisProfileEditor *self);

G_END_DECLS
