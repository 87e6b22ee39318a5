/* relais-progress-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-progress-line.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_PROGRESS_ROW (relais_progress_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisProgressRow, relais_progress_row, RELAIS, PROGRESS_ROW, AdwActionRow)

GtkWidget *relais_progress_row_new (RelaisProgressLine *line,
                                    GtkSizeGroup       *counts);

G_END_DECLS
