/* relais-fact-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RELAIS_TYPE_FACT_ROW (relais_fact_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisFactRow, relais_fact_row, RELAIS, FACT_ROW, GtkListBoxRow)

GtkWidget  *relais_fact_row_new          (void);
const char *relais_fact_row_get_title    (RelaisFactRow *self);
void        relais_fact_row_set_title    (RelaisFactRow *self,
                                          const char    *title);
const char *relais_fact_row_get_subtitle (RelaisFactRow *self);
void        relais_fact_row_set_subtitle (RelaisFactRow *self,
                                          const char    *subtitle);
const char *relais_fact_row_get_value    (RelaisFactRow *self);
void        relais_fact_row_set_value    (RelaisFactRow *self,
                                          const char    *value);

G_END_DECLS
