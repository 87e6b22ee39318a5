/* relais-message.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *relais_message_show (AdwToastOverlay *overlay,
                               const char      *title,
                               const char      *details);

G_END_DECLS
