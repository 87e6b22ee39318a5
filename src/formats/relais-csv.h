/* relais-csv.h — comma-separated values (RFC 4180), as spreadsheets write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       relais_csv_guess_separator (const char *text,
                                       gsize       length);
GPtrArray *relais_csv_parse           (const char *text,
                                       gsize       length,
                                       char        separator,
                                       guint      *unclosed_record);
GPtrArray *relais_csv_parse_bounded   (const char *text,
                                       gsize       length,
                                       char        separator,
                                       guint       max_fields,
                                       guint       max_records,
                                       guint      *unclosed_record,
                                       guint      *stopped_at);

G_END_DECLS
