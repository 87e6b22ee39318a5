/* relais-stage-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-path.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_STAGE_ROW (relais_stage_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisStageRow, relais_stage_row, RELAIS, STAGE_ROW, AdwExpanderRow)

GtkWidget *relais_stage_row_new (RelaisProfile     *profile,
                                 const RelaisStage *stage);

G_END_DECLS
