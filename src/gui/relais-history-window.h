/* relais-history-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-catalog.h"
#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_HISTORY_WINDOW (relais_history_window_get_type ())

G_DECLARE_FINAL_TYPE (RelaisHistoryWindow, relais_history_window, RELAIS, HISTORY_WINDOW, AdwWindow)

RelaisHistoryWindow *relais_history_window_new       (RelaisCatalog            *catalog,
                                                      RelaisProfile            *profile);
char                *relais_history_describe_change  (RelaisCatalog            *catalog,
                                                      const RelaisHistoryEntry *entry);
const char          *relais_history_tool_name        (RelaisCatalog            *catalog,
                                                      const char               *tool_id);

G_END_DECLS
