/* relais-json-read.c — reading Relais's JSON data files (the catalogue, the
 * directory), saying where any bad value is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-json-read"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relais-json-read.h"
#include "relais-source.h"

/**
 * relais_json_check_depth:
 * @length: the length of @data, or -1 when it ends with a NUL
 *
 * Counts how deep arrays and objects nest, outside strings, without parsing:
 * a file nested deeper than @max_depth is refused before json-glib, which
 * parses recursively, sees it. Malformed JSON is left for the parser to
 * report.
 *
 * Returns: %FALSE with a %JSON_PARSER_ERROR when the nesting is too deep
 */
gboolean
relais_json_check_depth (const char  *data,
                         gssize       length,
                         guint        max_depth,
                         GError     **error)
{
  gsize size;
  guint depth = 0;
  gboolean in_string = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  size = length < 0 ? strlen (data) : (gsize) length;
  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          if (++depth > max_depth)
            {
              g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                           "arrays and objects nested more than %u levels deep", max_depth);
              return FALSE;
            }
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }

  return TRUE;
}

/**
 * relais_json_parser_load:
 *
 * json_parser_load_from_data() after relais_json_check_depth(): every JSON
 * Relais reads goes through here.
 */
gboolean
relais_json_parser_load (JsonParser  *parser,
                         const char  *data,
                         gssize       length,
                         GError     **error)
{
  g_return_val_if_fail (JSON_IS_PARSER (parser), FALSE);

  if (data == NULL)
    data = "";

  return relais_json_check_depth (data, length, RELAIS_JSON_MAX_DEPTH, error) &&
         json_parser_load_from_data (parser, data, length, error);
}

gboolean
relais_json_fail (RelaisJsonReader  *reader,
                  GError           **error,
                  const char        *member,
                  const char        *problem)
{
  g_set_error (error, reader->domain, reader->code,
               "%s: %s%s%s: %s", reader->file, reader->path->str,
               member != NULL ? "." : "", member != NULL ? member : "", problem);
  return FALSE;
}

/* Returns NULL both when the member is absent (and optional) and on error:
 * callers of an optional member tell them apart by the error. */
JsonNode *
relais_json_member (JsonObject        *object,
                    const char        *member,
                    JsonNodeType       type,
                    GType              value_type,
                    gboolean           required,
                    RelaisJsonReader  *reader,
                    GError           **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        relais_json_fail (reader, error, member, "missing");
      return NULL;
    }

  if (JSON_NODE_TYPE (node) != type ||
      (type == JSON_NODE_VALUE && value_type != G_TYPE_INVALID &&
       json_node_get_value_type (node) != value_type &&
       !(value_type == G_TYPE_DOUBLE && json_node_get_value_type (node) == G_TYPE_INT64)))
    {
      relais_json_fail (reader, error, member, "wrong type");
      return NULL;
    }

  return node;
}

gboolean
relais_json_read_string (JsonObject        *object,
                         const char        *member,
                         gboolean           required,
                         char             **out,
                         RelaisJsonReader  *reader,
                         GError           **error)
{
  GError *local_error = NULL;
  JsonNode *node = relais_json_member (object, member, JSON_NODE_VALUE, G_TYPE_STRING, required, reader, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (node != NULL && json_node_get_string (node)[0] == '\0')
    return relais_json_fail (reader, error, member, "empty");

  *out = node != NULL ? g_strdup (json_node_get_string (node)) : NULL;
  return TRUE;
}

/* A name in the reader's language: names are shown in many places (rows,
 * details, the plan, the history, the savings) and searched, so they are
 * translated once, here, rather than at each of them. A proper name's French
 * is itself; a name that describes ("Decommissioned State computers") has its
 * own. tools/extract-*-strings.py put every name into po/ under @context. */
gboolean
relais_json_read_name (JsonObject        *object,
                       const char        *member,
                       gboolean           required,
                       const char        *context,
                       char             **out,
                       RelaisJsonReader  *reader,
                       GError           **error)
{
  const char *translated;

  if (!relais_json_read_string (object, member, required, out, reader, error))
    return FALSE;
  if (*out == NULL)
    return TRUE;

  translated = g_dpgettext2 (GETTEXT_PACKAGE, context, *out);
  if (translated != *out && g_strcmp0 (translated, *out) != 0)
    {
      g_free (*out);
      *out = g_strdup (translated);
    }
  return TRUE;
}

/* An absent list reads as an empty one. */
gboolean
relais_json_read_strv (JsonObject         *object,
                       const char         *member,
                       char             ***out,
                       RelaisJsonReader   *reader,
                       GError            **error)
{
  GError *local_error = NULL;
  JsonNode *node = relais_json_member (object, member, JSON_NODE_ARRAY, G_TYPE_INVALID, FALSE, reader, &local_error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (node != NULL)
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
            return relais_json_fail (reader, error, member, "holds something that is not a string");
          g_strv_builder_add (builder, json_node_get_string (element));
        }
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

/**
 * relais_json_read_location:
 *
 * Reads "latitude" and "longitude": both or neither, in range.
 */
gboolean
relais_json_read_location (JsonObject        *object,
                           gboolean          *has_location,
                           double            *latitude,
                           double            *longitude,
                           RelaisJsonReader  *reader,
                           GError           **error)
{
  GError *local_error = NULL;
  JsonNode *latitude_node = relais_json_member (object, "latitude", JSON_NODE_VALUE, G_TYPE_DOUBLE, FALSE, reader, &local_error);
  JsonNode *longitude_node = NULL;

  *has_location = FALSE;
  if (local_error == NULL)
    longitude_node = relais_json_member (object, "longitude", JSON_NODE_VALUE, G_TYPE_DOUBLE, FALSE, reader, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if ((latitude_node == NULL) != (longitude_node == NULL))
    return relais_json_fail (reader, error, latitude_node == NULL ? "latitude" : "longitude", "missing: both or neither");
  if (latitude_node == NULL)
    return TRUE;

  *latitude = json_node_get_double (latitude_node);
  *longitude = json_node_get_double (longitude_node);
  if (*latitude < -90 || *latitude > 90)
    return relais_json_fail (reader, error, "latitude", "out of range");
  if (*longitude < -180 || *longitude > 180)
    return relais_json_fail (reader, error, "longitude", "out of range");

  *has_location = TRUE;
  return TRUE;
}

/**
 * relais_json_read_sources:
 *
 * Reads "sources": at least one, each with its "url", the date it was
 * "checked" (YYYY-MM-DD) and, optionally, its "kind" ("primary", the
 * default, "secondary" or "judgement").
 *
 * Returns: (transfer full) (element-type RelaisSource) (nullable): the
 *   sources, or %NULL with @error set
 */
GPtrArray *
relais_json_read_sources (JsonObject        *object,
                          RelaisJsonReader  *reader,
                          GError           **error)
{
  JsonNode *node = relais_json_member (object, "sources", JSON_NODE_ARRAY, G_TYPE_INVALID, TRUE, reader, error);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) relais_source_free);
  JsonArray *array;

  if (node == NULL)
    return NULL;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      RelaisSource *source;
      g_autoptr(GDate) date = g_date_new ();
      g_autofree char *kind = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          relais_json_fail (reader, error, "sources", "holds something that is not an object");
          return NULL;
        }

      source = g_new0 (RelaisSource, 1);
      g_ptr_array_add (sources, source);
      if (!relais_json_read_string (json_node_get_object (element), "url", TRUE, &source->url, reader, error) ||
          !relais_json_read_string (json_node_get_object (element), "checked", TRUE, &source->checked, reader, error) ||
          !relais_json_read_string (json_node_get_object (element), "kind", FALSE, &kind, reader, error))
        return NULL;
      /* Absent: the page of whoever the fact is about. */
      if (kind != NULL && !relais_source_kind_from_string (kind, &source->kind))
        {
          relais_json_fail (reader, error, "sources", "a kind that is not primary, secondary or judgement");
          return NULL;
        }
      if (source->checked != NULL)
        g_date_set_parse (date, source->checked);
      if (source->checked == NULL || strlen (source->checked) != 10 || !g_date_valid (date))
        {
          relais_json_fail (reader, error, "sources", "a date that is not YYYY-MM-DD");
          return NULL;
        }
    }

  if (sources->len == 0)
    {
      relais_json_fail (reader, error, "sources", "no source: an entry without one stays out");
      return NULL;
    }

  return g_steal_pointer (&sources);
}

/**
 * relais_json_open:
 * @what: the kind of file, for messages ("catalogue")
 *
 * Parses @bytes, checks that they hold a file of @format, @version and
 * @part, and returns its list @list (owned by @parser).
 */
JsonArray *
relais_json_open (GBytes            *bytes,
                  const char        *format,
                  gint64             version,
                  const char        *part,
                  const char        *list,
                  const char        *what,
                  JsonParser        *parser,
                  RelaisJsonReader  *reader,
                  GError           **error)
{
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *problem = NULL;
  const char *found_format = NULL, *found_part = NULL;
  JsonObject *root;
  JsonNode *node;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  /* Empty bytes may have no data at all. */
  if (data == NULL)
    data = "";

  if (!relais_json_parser_load (parser, data, (gssize) size, &parse_error))
    {
      g_set_error (error, reader->domain, reader->code, "%s: %s", reader->file, parse_error->message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      problem = g_strdup_printf ("not a %s file", what);
      relais_json_fail (reader, error, NULL, problem);
      return NULL;
    }

  root = json_node_get_object (node);
  if (json_object_has_member (root, "format") && JSON_NODE_HOLDS_VALUE (json_object_get_member (root, "format")))
    found_format = json_object_get_string_member (root, "format");
  if (json_object_has_member (root, "part") && JSON_NODE_HOLDS_VALUE (json_object_get_member (root, "part")))
    found_part = json_object_get_string_member (root, "part");
  if (g_strcmp0 (found_format, format) != 0 || g_strcmp0 (found_part, part) != 0 ||
      !json_object_has_member (root, "version") ||
      json_object_get_int_member (root, "version") != version)
    {
      problem = g_strdup_printf ("not a %s file of this version and part", what);
      relais_json_fail (reader, error, NULL, problem);
      return NULL;
    }

  node = relais_json_member (root, list, JSON_NODE_ARRAY, G_TYPE_INVALID, TRUE, reader, error);
  return node != NULL ? json_node_get_array (node) : NULL;
}
