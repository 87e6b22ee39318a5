/* relais-json-read.h — reading Relais's JSON data files, saying where any bad
 * value is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

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

G_END_DECLS
