/* relais-history-change.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RELAIS_TYPE_HISTORY_CHANGE (relais_history_change_get_type ())

G_DECLARE_FINAL_TYPE (RelaisHistoryChange, relais_history_change, RELAIS, HISTORY_CHANGE, GObject)

RelaisHistoryChange *relais_history_change_new (const char *day,
                                                const char *title,
                                                const char *subtitle);

G_END_DECLS
