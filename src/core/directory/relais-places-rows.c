/* relais-places-rows.c — the rows of a list of places in the national
 * standard, from CSV or JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-places"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "relais-csv.h"
#include "relais-json-read.h"
#include "relais-places-private.h"

/* The standard's columns without which a file is not a list of places. */
static const char * const needed_columns[] = { "nom", "commune", "code_postal", "adresse", NULL };

void
relais_places_row_free (RelaisPlacesRow *row)
{
  g_hash_table_unref (row->fields);
  g_free (row->problem);
  g_free (row);
}

static RelaisPlacesRow *
row_new (guint number)
{
  RelaisPlacesRow *row = g_new0 (RelaisPlacesRow, 1);

  row->number = number;
  row->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return row;
}

/* @column is lower case already. */
static void
row_set_lowered (RelaisPlacesRow *row,
                 const char      *column,
                 const char      *value)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (value));

  if (trimmed[0] != '\0')
    g_hash_table_replace (row->fields, g_strdup (column), g_steal_pointer (&trimmed));
}

static void
row_set (RelaisPlacesRow *row,
         const char      *column,
         const char      *value)
{
  g_autofree char *lowered = g_ascii_strdown (column, -1);

  row_set_lowered (row, lowered, value);
}

/* The value of @column, or else of @older_column: the standard's name, then
 * the name the Normandy file of 2023 used. */
const char *
relais_places_row_get (RelaisPlacesRow *row,
                       const char      *column,
                       const char      *older_column)
{
  const char *value = g_hash_table_lookup (row->fields, column);

  if (value == NULL && older_column != NULL)
    value = g_hash_table_lookup (row->fields, older_column);
  return value;
}

static gboolean
has_needed_columns (GHashTable *columns)
{
  for (guint i = 0; needed_columns[i] != NULL; i++)
    {
      if (!g_hash_table_contains (columns, needed_columns[i]))
        return FALSE;
    }

  return TRUE;
}

/* --- Rows from CSV or JSON ---------------------------------------------------- */

static GPtrArray *
rows_from_csv (const char *text,
               gsize       length)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) relais_places_row_free);
  g_autoptr(GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) records = NULL;
  guint unclosed = 0, stopped_at = 0, n_columns;
  GStrv header;

  records = relais_csv_parse_bounded (text, length, relais_csv_guess_separator (text, length),
                                      RELAIS_PLACES_MAX_COLUMNS, RELAIS_PLACES_MAX_ROWS + 1,
                                      &unclosed, &stopped_at);
  if (records->len == 0)
    return NULL;

  /* The header once, in place: its length, and its names as the rows are
   * keyed (trimmed, lower case). */
  header = g_ptr_array_index (records, 0);
  n_columns = g_strv_length (header);
  for (guint i = 0; i < n_columns; i++)
    {
      g_strstrip (header[i]);
      for (char *c = header[i]; *c != '\0'; c++)
        *c = g_ascii_tolower (*c);
      g_hash_table_add (columns, g_strdup (header[i]));
    }
  if (!has_needed_columns (columns))
    return NULL;

  for (guint r = 1; r < records->len; r++)
    {
      GStrv record = g_ptr_array_index (records, r);
      RelaisPlacesRow *row = row_new (r + 1);
      guint n = g_strv_length (record);

      g_ptr_array_add (rows, row);
      if (r + 1 == unclosed)
        row->problem = g_strdup (_("a quoted value is never closed, so the row runs to the end of the file"));
      else if (n != n_columns)
        row->problem = g_strdup_printf (_("the row has %u values where the header has %u columns"),
                                        n, n_columns);
      else
        {
          for (guint i = 0; i < n; i++)
            row_set_lowered (row, header[i], record[i]);
        }
    }

  /* What was not read is said, on the row where the reading stopped. */
  if (stopped_at > 0)
    {
      RelaisPlacesRow *row = row_new (stopped_at);

      row->problem = g_strdup_printf (_("the file has more than %u columns or %u rows, far more than a list of places: the rest was not read"),
                                      RELAIS_PLACES_MAX_COLUMNS, RELAIS_PLACES_MAX_ROWS);
      g_ptr_array_add (rows, row);
    }

  return g_steal_pointer (&rows);
}

/* Standard JSON: an array of objects whose members are the CSV's columns.
 * Lists are strings separated by `|`, but an array of strings is read too. */
static void
row_from_object (RelaisPlacesRow *row,
                 JsonObject      *object)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, &node))
    {
      if (JSON_NODE_HOLDS_NULL (node))
        continue;
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        row_set (row, member, json_node_get_string (node));
      else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
        {
          g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
          row_set (row, member, text);
        }
      else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
        {
          char text[G_ASCII_DTOSTR_BUF_SIZE];
          row_set (row, member, g_ascii_dtostr (text, sizeof text, json_node_get_double (node)));
        }
      else if (JSON_NODE_HOLDS_ARRAY (node))
        {
          g_autoptr(GString) joined = g_string_new (NULL);
          JsonArray *array = json_node_get_array (node);

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              JsonNode *element = json_array_get_element (array, i);

              if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
                {
                  g_clear_pointer (&row->problem, g_free);
                  row->problem = g_strdup_printf (_("the field “%s” holds something that is not text"), member);
                  return;
                }
              g_string_append_printf (joined, "%s%s", i > 0 ? "|" : "", json_array_get_string_element (array, i));
            }
          row_set (row, member, joined->str);
        }
      else
        {
          g_clear_pointer (&row->problem, g_free);
          row->problem = g_strdup_printf (_("the field “%s” holds neither text nor a number"), member);
          return;
        }
    }
}

static GPtrArray *
rows_from_json (const char  *text,
                gsize        length,
                GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) relais_places_row_free);
  g_autoptr(GHashTable) columns = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) parse_error = NULL;
  JsonArray *array;

  if (!relais_json_parser_load (parser, text, (gssize) length, &parse_error))
    {
      g_set_error (error, RELAIS_PLACES_ERROR, RELAIS_PLACES_ERROR_NOT_RECOGNISED,
                   _("It looks like JSON but cannot be read: %s. "), parse_error->message);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
    return NULL;

  array = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      RelaisPlacesRow *row = row_new (i + 1);

      g_ptr_array_add (rows, row);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        row->problem = g_strdup (_("this entry is not a place (a JSON object)"));
      else
        {
          g_autoptr(GList) members = json_object_get_members (json_node_get_object (element));

          row_from_object (row, json_node_get_object (element));
          for (GList *l = members; l != NULL; l = l->next)
            g_hash_table_add (columns, l->data);
        }
    }

  if (!has_needed_columns (columns))
    return NULL;

  return g_steal_pointer (&rows);
}

/**
 * relais_places_read_rows:
 *
 * Reads the rows of a CSV or JSON file in the national standard (or the
 * Normandy file of 2023), each as its columns and their values.
 *
 * Returns: (transfer full) (element-type RelaisPlacesRow) (nullable): the
 *   rows, NULL when the file is not such a list
 */
GPtrArray *
relais_places_read_rows (GBytes      *bytes,
                         const char  *name,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GPtrArray *rows;
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);

  if (text == NULL)
    text = "";

  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      length -= 3;
    }
  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_set_error (error, RELAIS_PLACES_ERROR, RELAIS_PLACES_ERROR_NOT_RECOGNISED,
                   _("“%s” is not UTF-8 text. Save it again as “CSV UTF-8” or as JSON, then import it. "
                     "Nothing was imported."), name);
      return NULL;
    }

  while (length > 0 && g_ascii_isspace (text[0]))
    {
      text++;
      length--;
    }

  rows = length > 0 && (text[0] == '[' || text[0] == '{')
         ? rows_from_json (text, length, &local_error)
         : rows_from_csv (text, length);
  if (rows == NULL)
    {
      g_set_error (error, RELAIS_PLACES_ERROR, RELAIS_PLACES_ERROR_NOT_RECOGNISED,
                   _("“%s” is not a list of places in the national standard for digital-inclusion places "
                     "(CSV or JSON with the columns “nom”, “commune”, “code_postal” and “adresse”). %s"
                     "Nothing was imported."),
                   name, local_error != NULL ? local_error->message : "");
      return NULL;
    }

  return rows;
}
