/* relais-file-filter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkFileFilter *relais_file_filter_new         (const char     *name,
                                               const char     *mime_type,
                                               const char     *suffix);
const char    *relais_file_filter_get_suffix  (GtkFileFilter  *filter);
void           relais_file_chooser_add_paper  (GtkFileChooser *chooser,
                                               const char     *paper);

G_END_DECLS
