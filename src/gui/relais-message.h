/* relais-message.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *relais_message_show      (AdwToastOverlay *overlay,
                                    const char      *title,
                                    const char      *details);
void      relais_message_add_toast (AdwToastOverlay *overlay,
                                    AdwToast        *toast,
                                    const char      *text);
AdwToast *relais_message_toast     (AdwToastOverlay *overlay,
                                    const char      *text);
AdwToast *relais_message_show_undo (AdwToastOverlay *overlay,
                                    const char      *title,
                                    GCallback        undo,
                                    gpointer         data,
                                    GClosureNotify   destroy);
gboolean  relais_message_undo      (GtkWidget       *widget);

G_END_DECLS
