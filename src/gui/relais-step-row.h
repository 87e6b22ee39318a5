/* relais-step-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_STEP_ROW (relais_step_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisStepRow, relais_step_row, RELAIS, STEP_ROW, AdwActionRow)

GtkWidget *relais_step_row_new (RelaisProfile *profile,
                                const char    *id,
                                const char    *text,
                                gboolean       own);

G_END_DECLS
