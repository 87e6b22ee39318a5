/* relais-data.h — the data shipped with Relais, compiled into the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes *relais_data_lookup (const char  *path,
                            GError     **error);

G_END_DECLS
