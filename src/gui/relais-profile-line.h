/* relais-profile-line.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"
#include "relais-communes.h"
#include "relais-progress.h"
#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_PROFILE_LINE (relais_profile_line_get_type ())

G_DECLARE_FINAL_TYPE (RelaisProfileLine, relais_profile_line, RELAIS, PROFILE_LINE, GObject)

RelaisProfileLine *relais_profile_line_new           (RelaisProfile     *profile,
                                                      RelaisCatalog     *catalog,
                                                      RelaisCommunes    *communes);
RelaisProfile     *relais_profile_line_get_profile   (RelaisProfileLine *self);
const char        *relais_profile_line_get_name      (RelaisProfileLine *self);
const char        *relais_profile_line_get_kind      (RelaisProfileLine *self);
const char        *relais_profile_line_get_commune   (RelaisProfileLine *self);
guint              relais_profile_line_get_tools     (RelaisProfileLine *self);
guint              relais_profile_line_get_reached   (RelaisProfileLine *self,
                                                      RelaisToolReach    reach);
gint64             relais_profile_line_get_saved     (RelaisProfileLine *self);
const char        *relais_profile_line_get_savings   (RelaisProfileLine *self);
gint64             relais_profile_line_get_modified  (RelaisProfileLine *self);
const char        *relais_profile_line_get_changed   (RelaisProfileLine *self);
gboolean           relais_profile_line_matches       (RelaisProfileLine *self,
                                                      const char        *folded);

G_END_DECLS
