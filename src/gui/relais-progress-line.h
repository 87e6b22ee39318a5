/* relais-progress-line.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RELAIS_TYPE_PROGRESS_LINE (relais_progress_line_get_type ())

G_DECLARE_FINAL_TYPE (RelaisProgressLine, relais_progress_line, RELAIS, PROGRESS_LINE, GObject)

RelaisProgressLine *relais_progress_line_new         (const char         *id,
                                                      const char         *title,
                                                      const char         *meaning,
                                                      guint               done,
                                                      guint               total,
                                                      const char         *text);
const char         *relais_progress_line_get_id      (RelaisProgressLine *self);
const char         *relais_progress_line_get_title   (RelaisProgressLine *self);
const char         *relais_progress_line_get_meaning (RelaisProgressLine *self);
guint               relais_progress_line_get_done    (RelaisProgressLine *self);
guint               relais_progress_line_get_total   (RelaisProgressLine *self);
const char         *relais_progress_line_get_text    (RelaisProgressLine *self);
void                relais_progress_line_update      (RelaisProgressLine *self,
                                                      RelaisProgressLine *from);

G_END_DECLS
