/* relais-progress-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-context.h"
#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_PROGRESS_PAGE (relais_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (RelaisProgressPage, relais_progress_page, RELAIS, PROGRESS_PAGE, AdwBin)

void relais_progress_page_set_context (RelaisProgressPage *self,
                                       RelaisContext      *context);
void relais_progress_page_set_profile (RelaisProgressPage *self,
                                       RelaisProfile      *profile);
void relais_progress_page_refresh     (RelaisProgressPage *self);

G_END_DECLS
