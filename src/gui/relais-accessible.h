/* relais-accessible.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void relais_accessible_skip_focus        (GtkWidget      *widget);
GtkWidget *relais_accessible_expander_header (AdwExpanderRow *row);
void relais_accessible_follow_expander   (AdwExpanderRow *row);
void relais_accessible_describe_expander (AdwExpanderRow *row,
                                          const char     *description);
void relais_accessible_set_label       (GtkWidget      *widget,
                                        const char     *label);
void relais_accessible_name_choices    (GtkWidget      *widget);
void relais_accessible_name_mnemonics  (GtkWidget      *widget);
void relais_accessible_announce        (GtkWidget      *widget,
                                        const char     *message);
void relais_accessible_wrap_group_titles (GtkWidget    *widget);
void relais_accessible_focus_first     (GtkWindow      *window,
                                        GtkWidget      *widget);
GtkWidget *relais_accessible_toggle_new (const char        *label,
                                         GtkAccessibleRole  role);

G_END_DECLS
