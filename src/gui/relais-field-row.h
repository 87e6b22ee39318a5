/* relais-field-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RELAIS_TYPE_FIELD_ROW (relais_field_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisFieldRow, relais_field_row, RELAIS, FIELD_ROW, AdwPreferencesRow)

GtkWidget *relais_field_row_get_entry (RelaisFieldRow *self);
void       relais_field_row_set_error (RelaisFieldRow *self,
                                       const char     *message);

G_END_DECLS
