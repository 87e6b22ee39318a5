/* relais-path-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_PATH_PAGE (relais_path_page_get_type ())

G_DECLARE_FINAL_TYPE (RelaisPathPage, relais_path_page, RELAIS, PATH_PAGE, AdwBin)

RelaisProfile *relais_path_page_get_profile (RelaisPathPage *self);
void           relais_path_page_set_profile (RelaisPathPage *self,
                                             RelaisProfile  *profile);

G_END_DECLS
