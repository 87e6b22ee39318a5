/* relais-json-read.h — reading Relais's JSON data files, saying where any bad
 * value is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The deepest nesting of arrays and objects any Relais file may hold. Our own
 * files need fewer than ten levels; json-glib 1.6 parses recursively, and
 * about 70,000 levels overflow the stack. */
#define RELAIS_JSON_MAX_DEPTH 64

/* Where the reader is: the file's name and the JSON path of the entry being
 * read ("alternatives[12]"), so that a message says exactly what to fix, and
 * the error each reader reports. */
typedef struct
{
  const char *file;
  GString    *path;
  GQuark      domain;
  int         code;
} RelaisJsonReader;

gboolean   relais_json_fail        (RelaisJsonReader  *reader,
                                    GError           **error,
                                    const char        *member,
                                    const char        *problem);
JsonNode  *relais_json_member      (JsonObject        *object,
                                    const char        *member,
                                    JsonNodeType       type,
                                    GType              value_type,
                                    gboolean           required,
                                    RelaisJsonReader  *reader,
                                    GError           **error);
gboolean   relais_json_read_string (JsonObject        *object,
                                    const char        *member,
                                    gboolean           required,
                                    char             **out,
                                    RelaisJsonReader  *reader,
                                    GError           **error);
gboolean   relais_json_read_name   (JsonObject        *object,
                                    const char        *member,
                                    gboolean           required,
                                    const char        *context,
                                    char             **out,
                                    RelaisJsonReader  *reader,
                                    GError           **error);
gboolean   relais_json_read_strv   (JsonObject        *object,
                                    const char        *member,
                                    char            ***out,
                                    RelaisJsonReader  *reader,
                                    GError           **error);
gboolean   relais_json_read_location (JsonObject        *object,
                                      gboolean          *has_location,
                                      double            *latitude,
                                      double            *longitude,
                                      RelaisJsonReader  *reader,
                                      GError           **error);
GPtrArray *relais_json_read_sources (JsonObject        *object,
                                     RelaisJsonReader  *reader,
                                     GError           **error);
JsonArray *relais_json_open        (GBytes            *bytes,
                                    const char        *format,
                                    gint64             version,
                                    const char        *part,
                                    const char        *list,
                                    const char        *what,
                                    JsonParser        *parser,
                                    RelaisJsonReader  *reader,
                                    GError           **error);

gboolean   relais_json_check_depth (const char        *data,
                                    gssize             length,
                                    guint              max_depth,
                                    GError           **error);
gboolean   relais_json_parser_load (JsonParser        *parser,
                                    const char        *data,
                                    gssize             length,
                                    GError           **error);

G_END_DECLS
