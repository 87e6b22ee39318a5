/* relais-text-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RELAIS_TYPE_TEXT_ROW (relais_text_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisTextRow, relais_text_row, RELAIS, TEXT_ROW, AdwActionRow)

GtkWidget *relais_text_row_new (GObject *item);

G_END_DECLS
