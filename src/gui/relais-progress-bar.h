/* relais-progress-bar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RELAIS_TYPE_PROGRESS_BAR (relais_progress_bar_get_type ())

G_DECLARE_FINAL_TYPE (RelaisProgressBar, relais_progress_bar, RELAIS, PROGRESS_BAR, GtkWidget)

GtkWidget *relais_progress_bar_new       (void);
void       relais_progress_bar_set_value (RelaisProgressBar *self,
                                          guint              done,
                                          guint              total,
                                          const char        *text);

G_END_DECLS
