/* relais-history-day-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RELAIS_TYPE_HISTORY_DAY_ROW (relais_history_day_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisHistoryDayRow, relais_history_day_row, RELAIS, HISTORY_DAY_ROW, GtkListBoxRow)

GtkWidget *relais_history_day_row_new (const char *day,
                                       GListModel *changes);

G_END_DECLS
