/* relais-file-aside.h — a file that cannot be read, moved out of the way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GFile *relais_file_set_aside (GFile   *file,
                              GError **error);

G_END_DECLS
