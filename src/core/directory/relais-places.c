/* relais-places.c — the digital-inclusion places: reading places.json, the
 * user's imported file or the shipped one, and writing it back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-places"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "relais-data.h"
#include "relais-file-aside.h"
#include "relais-file-read.h"
#include "relais-json-read.h"
#include "relais-places-private.h"

G_DEFINE_QUARK (relais-places-error-quark, relais_places_error)
G_DEFINE_BOXED_TYPE (RelaisPlaces, relais_places, relais_places_ref, relais_places_unref)

/* --- Life ------------------------------------------------------------------- */

RelaisPlace *
relais_place_new (void)
{
  return g_new0 (RelaisPlace, 1);
}

void
relais_place_free (RelaisPlace *place)
{
  if (place == NULL)
    return;

  g_free (place->id);
  g_free (place->name);
  g_free (place->address);
  g_free (place->address_extra);
  g_free (place->postcode);
  g_free (place->commune);
  g_free (place->insee);
  g_free (place->phone);
  g_free (place->email);
  g_free (place->website);
  g_free (place->hours);
  g_strfreev (place->services);
  g_strfreev (place->publics);
  g_strfreev (place->fees);
  g_strfreev (place->support);
  g_strfreev (place->labels);
  g_free (place->collected_by);
  g_free (place->updated);
  g_free (place->closed_since);
  g_free (place);
}

RelaisPlaces *
relais_places_new (void)
{
  RelaisPlaces *self = g_new0 (RelaisPlaces, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->places = g_ptr_array_new_with_free_func ((GDestroyNotify) relais_place_free);
  return self;
}

RelaisPlaces *
relais_places_ref (RelaisPlaces *places)
{
  g_return_val_if_fail (places != NULL, NULL);

  g_atomic_ref_count_inc (&places->ref_count);
  return places;
}

void
relais_places_unref (RelaisPlaces *places)
{
  g_return_if_fail (places != NULL);

  if (!g_atomic_ref_count_dec (&places->ref_count))
    return;

  g_ptr_array_unref (places->places);
  g_free (places->source_name);
  g_free (places->source_publisher);
  g_free (places->source_url);
  g_free (places->source_licence);
  g_free (places->source_as_of);
  g_free (places->imported);
  g_free (places);
}

void
relais_places_rejection_free (RelaisPlacesRejection *rejection)
{
  if (rejection == NULL)
    return;

  g_free (rejection->reason);
  g_free (rejection);
}

void
relais_places_import_report_free (RelaisPlacesImportReport *report)
{
  if (report == NULL)
    return;

  g_ptr_array_unref (report->rejected);
  g_free (report);
}

gboolean
relais_place_has_label (const RelaisPlace *place,
                        const char        *slug)
{
  g_return_val_if_fail (place != NULL, FALSE);
  g_return_val_if_fail (slug != NULL, FALSE);

  return g_strv_contains ((const char * const *) place->labels, slug);
}

gboolean
relais_place_is_closed (const RelaisPlace *place)
{
  g_return_val_if_fail (place != NULL, FALSE);

  return place->closed_since != NULL;
}

/* --- Reading ---------------------------------------------------------------- */

gboolean
relais_places_is_iso_date (const char *text)
{
  static const char shape[] = "dddd-dd-dd";

  for (guint i = 0; i < sizeof shape - 1; i++)
    {
      if (shape[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != shape[i])
        return FALSE;
    }
  if (text[sizeof shape - 1] != '\0')
    return FALSE;

  return g_date_valid_dmy ((GDateDay) g_ascii_strtoull (text + 8, NULL, 10),
                           (GDateMonth) g_ascii_strtoull (text + 5, NULL, 10),
                           (GDateYear) g_ascii_strtoull (text, NULL, 10));
}

static gboolean
read_date (JsonObject        *object,
           const char        *member,
           gboolean           required,
           char             **out,
           RelaisJsonReader  *reader,
           GError           **error)
{
  if (!relais_json_read_string (object, member, required, out, reader, error))
    return FALSE;
  if (*out != NULL && !relais_places_is_iso_date (*out))
    return relais_json_fail (reader, error, member, "not a date (YYYY-MM-DD)");

  return TRUE;
}

/* Files written before labels were kept whole (an import of 2026) have one
 * "programme": a national programme is a label, anything else (the 2023
 * file's "odspep") only says who collected the entry. */
static gboolean
read_labels (RelaisPlace       *place,
             JsonObject        *object,
             RelaisJsonReader  *reader,
             GError           **error)
{
  g_autofree char *programme = NULL;

  if (!relais_json_read_strv (object, "labels", &place->labels, reader, error) ||
      !relais_json_read_string (object, "collected_by", FALSE, &place->collected_by, reader, error) ||
      !relais_json_read_string (object, "programme", FALSE, &programme, reader, error))
    return FALSE;

  if (programme != NULL && place->labels[0] == NULL && relais_places_is_national_programme (programme))
    {
      g_strfreev (place->labels);
      place->labels = g_strdupv ((char *[]) { programme, NULL });
    }
  else if (programme != NULL && place->collected_by == NULL)
    place->collected_by = g_steal_pointer (&programme);

  return TRUE;
}

static gboolean
read_place (RelaisPlace       *place,
            JsonObject        *object,
            GHashTable        *ids,
            RelaisJsonReader  *reader,
            GError           **error)
{
  if (!relais_json_read_string (object, "id", TRUE, &place->id, reader, error))
    return FALSE;
  if (!g_hash_table_add (ids, place->id))
    return relais_json_fail (reader, error, "id", "used twice");

  if (!relais_json_read_string (object, "name", TRUE, &place->name, reader, error) ||
      !relais_json_read_string (object, "address", TRUE, &place->address, reader, error) ||
      !relais_json_read_string (object, "address_extra", FALSE, &place->address_extra, reader, error) ||
      !relais_json_read_string (object, "postcode", TRUE, &place->postcode, reader, error))
    return FALSE;
  if (strlen (place->postcode) != 5 || strspn (place->postcode, "0123456789") != 5)
    return relais_json_fail (reader, error, "postcode", "not five digits");

  return relais_json_read_string (object, "commune", TRUE, &place->commune, reader, error) &&
         relais_json_read_string (object, "insee", FALSE, &place->insee, reader, error) &&
         relais_json_read_location (object, &place->has_location, &place->latitude, &place->longitude, reader, error) &&
         relais_json_read_string (object, "phone", FALSE, &place->phone, reader, error) &&
         relais_json_read_string (object, "email", FALSE, &place->email, reader, error) &&
         relais_json_read_string (object, "website", FALSE, &place->website, reader, error) &&
         relais_json_read_string (object, "hours", FALSE, &place->hours, reader, error) &&
         relais_json_read_strv (object, "services", &place->services, reader, error) &&
         relais_json_read_strv (object, "publics", &place->publics, reader, error) &&
         relais_json_read_strv (object, "fees", &place->fees, reader, error) &&
         relais_json_read_strv (object, "support", &place->support, reader, error) &&
         read_labels (place, object, reader, error) &&
         read_date (object, "updated", TRUE, &place->updated, reader, error) &&
         read_date (object, "closed_since", FALSE, &place->closed_since, reader, error);
}

static gboolean
read_source (RelaisPlaces      *self,
             JsonParser        *parser,
             RelaisJsonReader  *reader,
             GError           **error)
{
  JsonNode *node = relais_json_member (json_node_get_object (json_parser_get_root (parser)), "source",
                                       JSON_NODE_OBJECT, G_TYPE_INVALID, TRUE, reader, error);
  JsonObject *source;

  if (node == NULL)
    return FALSE;

  g_string_assign (reader->path, "source");
  source = json_node_get_object (node);
  return relais_json_read_string (source, "name", TRUE, &self->source_name, reader, error) &&
         relais_json_read_string (source, "publisher", FALSE, &self->source_publisher, reader, error) &&
         relais_json_read_string (source, "url", FALSE, &self->source_url, reader, error) &&
         relais_json_read_string (source, "licence", FALSE, &self->source_licence, reader, error) &&
         relais_json_read_string (source, "as_of", FALSE, &self->source_as_of, reader, error) &&
         read_date (source, "imported", FALSE, &self->imported, reader, error);
}

/**
 * relais_places_load_from_bytes:
 * @file_name_for_errors: the file's name, said first in any message
 *
 * Reads a places.json. A bad value is reported with the file and its path in
 * the file ("places.json: places[12].postcode: not five digits"), and nothing
 * is loaded.
 *
 * Returns: (transfer full) (nullable): the places
 */
RelaisPlaces *
relais_places_load_from_bytes (GBytes      *json,
                               const char  *file_name_for_errors,
                               GError     **error)
{
  g_autoptr(RelaisPlaces) self = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  RelaisJsonReader reader = { file_name_for_errors, path, RELAIS_PLACES_ERROR, RELAIS_PLACES_ERROR_INVALID };
  JsonArray *array;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (file_name_for_errors != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = relais_places_new ();
  if (!(array = relais_json_open (json, RELAIS_DIRECTORY_FORMAT, RELAIS_DIRECTORY_VERSION, "places", "places",
                                  "places", parser, &reader, error)) ||
      !read_source (self, parser, &reader, error))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      RelaisPlace *place = relais_place_new ();

      g_ptr_array_add (self->places, place);
      g_string_printf (path, "places[%u]", i);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          relais_json_fail (&reader, error, NULL, "not an object");
          return NULL;
        }
      if (!read_place (place, json_node_get_object (element), ids, &reader, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * relais_places_load_file:
 *
 * Reads a places.json from disk; see relais_places_load_from_bytes().
 */
RelaisPlaces *
relais_places_load_file (GFile   *file,
                         GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(bytes = relais_file_read (file, RELAIS_FILE_DATA_MAX_SIZE, NULL, NULL, error)))
    return NULL;

  name = g_file_get_basename (file);
  return relais_places_load_from_bytes (bytes, name, error);
}

char *
relais_places_get_user_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "relais", "directory", "places.json", NULL);
}

/**
 * relais_places_load_with_fallback:
 * @user_path: the user's imported file, which may not exist
 * @shipped: the places shipped with Relais
 * @warning: (out) (optional) (nullable): set when the user's file could not
 *   be used, saying so in plain words
 *
 * Reads the user's file when it exists and is valid, else @shipped. A user's
 * file that is damaged is set aside (renamed with the date), so that it is
 * not read again and is not lost either.
 *
 * Returns: (transfer full) (nullable): the places; NULL only when the shipped
 *   ones cannot be read, which is a bug
 */
RelaisPlaces *
relais_places_load_with_fallback (const char  *user_path,
                                  GBytes      *shipped,
                                  char       **warning,
                                  GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) user_error = NULL;
  RelaisPlaces *places;

  g_return_val_if_fail (user_path != NULL, NULL);
  g_return_val_if_fail (shipped != NULL, NULL);
  g_return_val_if_fail (warning == NULL || *warning == NULL, NULL);

  file = g_file_new_for_path (user_path);
  if ((places = relais_places_load_file (file, &user_error)) != NULL)
    return places;

  if (!g_error_matches (user_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_autoptr(GFile) aside = NULL;
      g_autofree char *message = NULL;

      /* Only a file that was read and found wrong is moved: one that could
       * not be read at all (permissions) stays, and is said to. */
      if (user_error->domain == RELAIS_PLACES_ERROR)
        aside = relais_file_set_aside (file, NULL);

      if (aside != NULL)
        {
          g_autofree char *aside_name = g_file_get_basename (aside);

          message = g_strdup_printf (_("The imported list of places could not be read (%s). It was set aside as “%s”, "
                                       "and the list shipped with Relais is shown instead: import the file again."),
                                     user_error->message, aside_name);
        }
      else
        message = g_strdup_printf (_("The imported list of places could not be read (%s). The list shipped with "
                                     "Relais is shown instead."), user_error->message);

      g_message ("%s", message);
      if (warning != NULL)
        *warning = g_steal_pointer (&message);
    }

  return relais_places_load_from_bytes (shipped, "places.json", error);
}

/**
 * relais_places_load_default:
 *
 * The user's imported places, or those shipped with Relais (compiled into
 * the model, relais-data.c); see relais_places_load_with_fallback().
 */
RelaisPlaces *
relais_places_load_default (char   **warning,
                            GError **error)
{
  g_autoptr(GBytes) shipped = NULL;
  g_autofree char *user_path = relais_places_get_user_path ();

  g_return_val_if_fail (warning == NULL || *warning == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(shipped = relais_data_lookup (RELAIS_PLACES_RESOURCE, error)))
    return NULL;

  return relais_places_load_with_fallback (user_path, shipped, warning, error);
}

static GStrv
slugs_of (const RelaisPlace *place,
          RelaisPlaceSlugs   which)
{
  switch (which)
    {
    case RELAIS_PLACE_SLUGS_PUBLICS:
      return place->publics;
    case RELAIS_PLACE_SLUGS_FEES:
      return place->fees;
    case RELAIS_PLACE_SLUGS_SERVICES:
    default:
      return place->services;
    }
}

static const char *
label_of (const char       *slug,
          RelaisPlaceSlugs  which)
{
  switch (which)
    {
    case RELAIS_PLACE_SLUGS_PUBLICS:
      return relais_place_public_label (slug);
    case RELAIS_PLACE_SLUGS_FEES:
      return relais_place_fee_label (slug);
    case RELAIS_PLACE_SLUGS_SERVICES:
    default:
      return relais_place_service_label (slug);
    }
}

static int
compare_by_label (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  RelaisPlaceSlugs which = GPOINTER_TO_UINT (user_data);

  return g_utf8_collate (label_of (*(const char * const *) a, which), label_of (*(const char * const *) b, which));
}

/**
 * relais_places_get_slugs:
 *
 * The services, publics or fees that open places have, each once, in the
 * order of their labels: what a filter can offer without ever finding
 * nothing.
 *
 * Returns: (transfer full): the slugs
 */
GStrv
relais_places_get_slugs (RelaisPlaces     *places,
                         RelaisPlaceSlugs  which)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) slugs = g_ptr_array_new ();

  g_return_val_if_fail (places != NULL, NULL);

  for (guint i = 0; i < places->places->len; i++)
    {
      RelaisPlace *place = g_ptr_array_index (places->places, i);
      GStrv these = slugs_of (place, which);

      if (relais_place_is_closed (place))
        continue;
      for (guint j = 0; these[j] != NULL; j++)
        if (g_hash_table_add (seen, these[j]))
          g_ptr_array_add (slugs, g_strdup (these[j]));
    }

  g_ptr_array_sort_with_data (slugs, compare_by_label, GUINT_TO_POINTER (which));
  g_ptr_array_add (slugs, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&slugs), FALSE);
}

/* --- Writing ---------------------------------------------------------------- */

static void
append_string (GString    *out,
               const char *member,
               const char *value)
{
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *quoted = NULL;

  if (value == NULL)
    return;

  node = json_node_init_string (json_node_alloc (), value);
  quoted = json_to_string (node, FALSE);
  g_string_append_printf (out, "%s\"%s\":%s", out->str[out->len - 1] == '{' ? "" : ",", member, quoted);
}

static void
append_strv (GString            *out,
             const char         *member,
             const char * const *values,
             gboolean            even_empty)
{
  if (values[0] == NULL && !even_empty)
    return;

  g_string_append_printf (out, ",\"%s\":[", member);
  for (guint i = 0; values[i] != NULL; i++)
    {
      g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), values[i]);
      g_autofree char *quoted = json_to_string (node, FALSE);

      g_string_append_printf (out, "%s%s", i > 0 ? "," : "", quoted);
    }
  g_string_append_c (out, ']');
}

static void
append_place (GString           *out,
              const RelaisPlace *place)
{
  g_string_append (out, "    {");
  append_string (out, "id", place->id);
  append_string (out, "name", place->name);
  append_string (out, "address", place->address);
  append_string (out, "address_extra", place->address_extra);
  append_string (out, "postcode", place->postcode);
  append_string (out, "commune", place->commune);
  append_string (out, "insee", place->insee);
  if (place->has_location)
    {
      char latitude[G_ASCII_DTOSTR_BUF_SIZE], longitude[G_ASCII_DTOSTR_BUF_SIZE];

      /* Fifteen digits give back the decimals a file was written with. */
      g_string_append_printf (out, ",\"latitude\":%s,\"longitude\":%s",
                              g_ascii_formatd (latitude, sizeof latitude, "%.15g", place->latitude),
                              g_ascii_formatd (longitude, sizeof longitude, "%.15g", place->longitude));
    }
  append_string (out, "phone", place->phone);
  append_string (out, "email", place->email);
  append_string (out, "website", place->website);
  append_string (out, "hours", place->hours);
  append_strv (out, "services", (const char * const *) place->services, TRUE);
  append_strv (out, "publics", (const char * const *) place->publics, FALSE);
  append_strv (out, "fees", (const char * const *) place->fees, FALSE);
  append_strv (out, "support", (const char * const *) place->support, FALSE);
  append_strv (out, "labels", (const char * const *) place->labels, FALSE);
  append_string (out, "collected_by", place->collected_by);
  append_string (out, "updated", place->updated);
  append_string (out, "closed_since", place->closed_since);
  g_string_append_c (out, '}');
}

/* One place per line, as tools/gen-places.py writes the shipped file, so
 * that two versions compare line by line. */
char *
relais_places_to_json (RelaisPlaces *places)
{
  GString *out = g_string_new ("{\n  \"format\": \"" RELAIS_DIRECTORY_FORMAT "\",\n");

  g_string_append_printf (out, "  \"version\": %d,\n  \"part\": \"places\",\n  \"source\": {", RELAIS_DIRECTORY_VERSION);
  append_string (out, "name", places->source_name);
  append_string (out, "publisher", places->source_publisher);
  append_string (out, "url", places->source_url);
  append_string (out, "licence", places->source_licence);
  append_string (out, "as_of", places->source_as_of);
  append_string (out, "imported", places->imported);
  g_string_append (out, "},\n  \"places\": [\n");

  for (guint i = 0; i < places->places->len; i++)
    {
      append_place (out, g_ptr_array_index (places->places, i));
      g_string_append (out, i + 1 < places->places->len ? ",\n" : "\n");
    }

  g_string_append (out, "  ]\n}\n");
  return g_string_free (out, FALSE);
}
