/* relais-places-import.c — a newer list of places, in the national standard
 * for digital-inclusion places (CSV or JSON), checked and converted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-places"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "relais-file-read.h"
#include "relais-places-private.h"

/* --- Checking and converting a row ------------------------------------------- */

static char *
parse_date (const char *text)
{
  guint day, month, year;
  int end = 0;

  /* ISO, as the standard says; a date and time from an export; or the
   * dd/mm/yyyy of French spreadsheets and of the 2023 file. */
  if (strlen (text) >= 10 && (text[10] == '\0' || text[10] == 'T' || text[10] == ' '))
    {
      g_autofree char *date = g_strndup (text, 10);

      if (relais_places_is_iso_date (date))
        return g_steal_pointer (&date);
    }
  if (sscanf (text, "%2u/%2u/%4u%n", &day, &month, &year, &end) == 3 && text[end] == '\0' &&
      year >= 1000 && g_date_valid_dmy (day, month, year))
    return g_strdup_printf ("%04u-%02u-%02u", year, month, day);

  return NULL;
}

static gboolean
parse_coordinate (const char *text,
                  double      limit,
                  double     *out)
{
  g_autofree char *dotted = g_strdelimit (g_strdup (text), ",", '.');
  char *end = NULL;

  /* A French spreadsheet writes 49,18. */
  errno = 0;
  *out = g_ascii_strtod (dotted, &end);
  return errno == 0 && end != dotted && *end == '\0' && *out >= -limit && *out <= limit;
}

/* ^([013-9]\d|2[AB1-9])\d{3}$ in the standard: Corsica is 2A and 2B. */
static gboolean
is_insee_code (const char *text)
{
  if (strlen (text) != 5 || strspn (text + 2, "0123456789") != 3)
    return FALSE;
  if (text[0] == '2')
    return text[1] == 'A' || text[1] == 'B' || (text[1] >= '1' && text[1] <= '9');
  return g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]);
}

/* Adds the slugs of a list of the vocabulary's values to @builder, or sets
 * @problem, the reason to refuse the row. */
static void
parse_terms (const char              *text,
             const char              *column,
             RelaisPlacesVocabulary   vocabulary,
             RelaisPlacesVocabulary   also,
             GStrvBuilder            *builder,
             char                   **problem)
{
  g_auto(GStrv) values = NULL;

  if (text == NULL)
    return;

  values = g_strsplit_set (text, "|;", -1);
  for (guint i = 0; values[i] != NULL && *problem == NULL; i++)
    {
      const char *value = g_strstrip (values[i]);
      const char *slug;

      /* The 2023 file prefixes its services, and gives them all "numerique". */
      if (value[0] == '\0' || g_str_equal (value, "numerique"))
        continue;
      if (g_str_has_prefix (value, "numerique--"))
        value += strlen ("numerique--");

      if ((slug = relais_places_vocabulary_slug (vocabulary, value)) == NULL)
        slug = relais_places_vocabulary_slug (also, value);
      if (slug == NULL)
        *problem = g_strdup_printf (_("“%s” is not a value the standard allows in “%s”"), value, column);
      else
        g_strv_builder_add (builder, slug);
    }
}

/* Places.json keeps one e-mail address and one website: the first given. */
static char *
first_of (const char *list)
{
  g_auto(GStrv) values = list != NULL ? g_strsplit (list, "|", -1) : NULL;

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      if (g_strstrip (values[i])[0] != '\0')
        return g_strdup (values[i]);
    }

  return NULL;
}

static RelaisPlace *
convert_row (RelaisPlacesRow  *row,
             GHashTable       *ids,
             char            **problem)
{
  static const char * const required[] = { "id", "nom", "commune", "code_postal", "adresse", "date_maj", NULL };
  g_autoptr(GStrvBuilder) services = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) publics = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) fees = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) support = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  RelaisPlace *place;
  const char *value, *latitude, *longitude, *closed;

  if (row->problem != NULL)
    {
      *problem = g_strdup (row->problem);
      return NULL;
    }
  for (guint i = 0; required[i] != NULL; i++)
    {
      if (relais_places_row_get (row, required[i], NULL) == NULL)
        {
          *problem = g_strdup_printf (_("the required field “%s” is empty"), required[i]);
          return NULL;
        }
    }

  place = relais_place_new ();
  place->id = g_strdup (relais_places_row_get (row, "id", NULL));
  place->name = g_strdup (relais_places_row_get (row, "nom", NULL));
  place->commune = g_strdup (relais_places_row_get (row, "commune", NULL));
  place->postcode = g_strdup (relais_places_row_get (row, "code_postal", NULL));
  place->address = g_strdup (relais_places_row_get (row, "adresse", NULL));
  place->address_extra = g_strdup (relais_places_row_get (row, "complement_adresse", NULL));
  place->insee = g_strdup (relais_places_row_get (row, "code_insee", NULL));
  place->phone = g_strdup (relais_places_row_get (row, "telephone", NULL));
  place->email = first_of (relais_places_row_get (row, "courriels", "courriel"));
  place->website = first_of (relais_places_row_get (row, "site_web", NULL));
  place->hours = g_strdup (relais_places_row_get (row, "horaires", "horaires_ouverture"));
  latitude = relais_places_row_get (row, "latitude", NULL);
  longitude = relais_places_row_get (row, "longitude", NULL);

  if (g_hash_table_contains (ids, place->id))
    *problem = g_strdup_printf (_("the id “%s” is already used by an earlier row"), place->id);
  else if (strlen (place->postcode) != 5 || strspn (place->postcode, "0123456789") != 5)
    *problem = g_strdup_printf (_("the postcode “%s” is not five digits"), place->postcode);
  else if (place->insee != NULL && !is_insee_code (place->insee))
    *problem = g_strdup_printf (_("the INSEE code “%s” is not a commune’s code"), place->insee);
  else if (!(place->updated = parse_date (relais_places_row_get (row, "date_maj", NULL))))
    *problem = g_strdup_printf (_("the date “%s” is not a date like 2024-04-02"), relais_places_row_get (row, "date_maj", NULL));
  else if (latitude != NULL && !parse_coordinate (latitude, 90, &place->latitude))
    *problem = g_strdup_printf (_("the latitude “%s” is not a number from -90 to 90"), latitude);
  else if (longitude != NULL && !parse_coordinate (longitude, 180, &place->longitude))
    *problem = g_strdup_printf (_("the longitude “%s” is not a number from -180 to 180"), longitude);

  /* A place without its position is still worth finding by its commune. */
  place->has_location = latitude != NULL && longitude != NULL;

  if (*problem == NULL)
    parse_terms (relais_places_row_get (row, "services", NULL), "services", RELAIS_PLACES_VOCABULARY_SERVICES,
                 RELAIS_PLACES_VOCABULARY_SERVICES, services, problem);
  if (*problem == NULL)
    parse_terms (relais_places_row_get (row, "publics_specifiquement_adresses", "publics_accueillis"),
                 "publics_specifiquement_adresses", RELAIS_PLACES_VOCABULARY_PUBLICS,
                 RELAIS_PLACES_VOCABULARY_SPECIFIC_SUPPORT, publics, problem);
  if (*problem == NULL)
    parse_terms (relais_places_row_get (row, "prise_en_charge_specifique", NULL), "prise_en_charge_specifique",
                 RELAIS_PLACES_VOCABULARY_SPECIFIC_SUPPORT, RELAIS_PLACES_VOCABULARY_SPECIFIC_SUPPORT,
                 publics, problem);
  if (*problem == NULL)
    parse_terms (relais_places_row_get (row, "frais_a_charge", "conditions_acces"), "frais_a_charge",
                 RELAIS_PLACES_VOCABULARY_FEES, RELAIS_PLACES_VOCABULARY_FEES, fees, problem);
  if (*problem == NULL)
    parse_terms (relais_places_row_get (row, "modalites_accompagnement", NULL), "modalites_accompagnement",
                 RELAIS_PLACES_VOCABULARY_SUPPORT, RELAIS_PLACES_VOCABULARY_SUPPORT, support, problem);
  /* Every national label, as published: the 2023 file calls them
   * "labels_nationaux". */
  if (*problem == NULL)
    parse_terms (relais_places_row_get (row, "dispositif_programmes_nationaux", "labels_nationaux"),
                 "dispositif_programmes_nationaux", RELAIS_PLACES_VOCABULARY_PROGRAMMES,
                 RELAIS_PLACES_VOCABULARY_PROGRAMMES, labels, problem);

  /* In both formats "source" names whoever collected the entry (a network,
   * a local authority): kept as said, apart from the labels. A closed
   * place of the 2023 file says since when (milliseconds since 1970). */
  if ((value = relais_places_row_get (row, "source", NULL)) != NULL)
    place->collected_by = g_strdup (value);
  closed = relais_places_row_get (row, "ferme_depuis", NULL);
  if (*problem == NULL && closed != NULL)
    {
      guint64 ms = 0;
      g_autoptr(GDateTime) when = NULL;

      if (g_ascii_string_to_unsigned (closed, 10, 0, G_MAXINT64 / 1000, &ms, NULL) &&
          (when = g_date_time_new_from_unix_utc ((gint64) (ms / 1000))) != NULL)
        place->closed_since = g_date_time_format (when, "%Y-%m-%d");
      else
        *problem = g_strdup_printf (_("the closing date “%s” is not a date"), closed);
    }

  if (*problem != NULL)
    {
      relais_place_free (place);
      return NULL;
    }

  place->services = g_strv_builder_end (services);
  place->publics = g_strv_builder_end (publics);
  place->fees = g_strv_builder_end (fees);
  place->support = g_strv_builder_end (support);
  place->labels = g_strv_builder_end (labels);
  g_hash_table_add (ids, place->id);
  return place;
}

/* --- Importing --------------------------------------------------------------- */

static GBytes *
load_limited (GFile       *file,
              const char  *name,
              goffset      max_size,
              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *limit = g_format_size ((guint64) max_size);

  /* A regular file only, read up to the limit even if it grows meanwhile. */
  bytes = relais_file_read (file, (gsize) max_size, NULL, NULL, &local_error);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      g_set_error (error, RELAIS_PLACES_ERROR, RELAIS_PLACES_ERROR_TOO_LARGE,
                   _("“%s” is larger than %s, far more than a list of places: it was not read, and nothing was imported."),
                   name, limit);
      return NULL;
    }
  if (bytes == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("“%s” could not be read. Nothing was imported. "), name);
      return NULL;
    }

  return g_steal_pointer (&bytes);
}

static gboolean
write_places (RelaisPlaces  *places,
              const char    *output_path,
              GError       **error)
{
  g_autofree char *json = relais_places_to_json (places);
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(RelaisPlaces) again = NULL;
  g_autofree char *directory = g_path_get_dirname (output_path);
  g_autofree char *backup = g_strconcat (output_path, "~", NULL);
  g_autoptr(GFile) output = g_file_new_for_path (output_path);
  g_autoptr(GFile) backup_file = g_file_new_for_path (backup);
  g_autoptr(GError) check_error = NULL;

  /* What is written is read back first: a file Relais would refuse at the
   * next start is never written. */
  again = relais_places_load_from_bytes (bytes, "places.json", &check_error);
  if (again == NULL)
    g_error ("An import produced a places file that does not read back: %s", check_error->message);

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The folder “%s” could not be created (%s). Nothing was imported."),
                   directory, g_strerror (saved_errno));
      return FALSE;
    }

  /* The list it replaces stays as NAME~, as every file Relais writes. */
  if (g_file_query_exists (output, NULL))
    g_file_copy (output, backup_file, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, NULL);

  if (!g_file_set_contents_full (output_path, json, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0644, error))
    {
      g_prefix_error (error, _("The places could not be saved. Nothing was imported. "));
      return FALSE;
    }

  return TRUE;
}

static void
hand_report (RelaisPlacesImportReport **report,
             guint                      accepted,
             GPtrArray                **rejected,
             guint                      n_rejected)
{
  if (report == NULL)
    return;

  *report = g_new0 (RelaisPlacesImportReport, 1);
  (*report)->accepted = accepted;
  (*report)->rejected = g_steal_pointer (rejected);
  (*report)->n_rejected = n_rejected;
}

/**
 * relais_places_convert:
 * @name: the file's name, for messages and as the source of the places
 * @report: (out) (optional): set whenever rows were read
 *
 * The places of a file in the national standard (or the 2023 format): the
 * rows that are right, converted; nothing is written.
 *
 * Returns: (transfer full) (nullable): the places, NULL when none
 */
RelaisPlaces *
relais_places_convert (GBytes                    *bytes,
                       const char                *name,
                       RelaisPlacesImportReport **report,
                       GError                   **error)
{
  g_autoptr(GPtrArray) rejected = NULL;
  g_autoptr(RelaisPlaces) places = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint n_rejected = 0;

  if (!(rows = relais_places_read_rows (bytes, name, error)))
    return NULL;

  places = relais_places_new ();
  rejected = g_ptr_array_new_with_free_func ((GDestroyNotify) relais_places_rejection_free);

  for (guint i = 0; i < rows->len; i++)
    {
      RelaisPlacesRow *row = g_ptr_array_index (rows, i);
      g_autofree char *problem = NULL;
      RelaisPlace *place = convert_row (row, ids, &problem);

      if (place != NULL)
        {
          g_ptr_array_add (places->places, place);
          if (g_strcmp0 (place->updated, places->source_as_of) > 0)
            {
              g_free (places->source_as_of);
              places->source_as_of = g_strdup (place->updated);
            }
        }
      /* The first ones tell what is wrong; the last one too, beyond
       * them: it says where a file too long was no longer read. */
      else if (n_rejected++ < RELAIS_PLACES_MAX_REJECTIONS || i == rows->len - 1)
        {
          RelaisPlacesRejection *rejection = g_new0 (RelaisPlacesRejection, 1);

          rejection->row = row->number;
          rejection->reason = g_steal_pointer (&problem);
          g_ptr_array_add (rejected, rejection);
        }
    }

  if (places->places->len == 0)
    {
      if (rejected->len == 0)
        g_set_error (error, RELAIS_PLACES_ERROR, RELAIS_PLACES_ERROR_NO_VALID_ROW,
                     _("“%s” holds no place. Nothing was imported."), name);
      else
        {
          RelaisPlacesRejection *first = g_ptr_array_index (rejected, 0);

          g_set_error (error, RELAIS_PLACES_ERROR, RELAIS_PLACES_ERROR_NO_VALID_ROW,
                       _("No place in “%s” could be used (row %u: %s). Nothing was imported."),
                       name, first->row, first->reason);
        }
      hand_report (report, 0, &rejected, n_rejected);
      return NULL;
    }

  places->source_name = g_strdup (name);
  places->imported = g_date_time_format (now, "%Y-%m-%d");
  hand_report (report, places->places->len, &rejected, n_rejected);
  return g_steal_pointer (&places);
}

gboolean
relais_places_import_file_limited (GFile                     *file,
                                   const char                *output_path,
                                   goffset                    max_size,
                                   RelaisPlacesImportReport **report,
                                   GError                   **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *user_path = relais_places_get_user_path ();
  g_autoptr(RelaisPlaces) places = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (!(bytes = load_limited (file, name, max_size, error)) ||
      !(places = relais_places_convert (bytes, name, report, error)))
    return FALSE;

  /* A large file is in memory several times over: let go of what is read. */
  g_clear_pointer (&bytes, g_bytes_unref);

  if (!write_places (places, output_path != NULL ? output_path : user_path, error))
    {
      if (report != NULL)
        g_clear_pointer (report, relais_places_import_report_free);
      return FALSE;
    }

  return TRUE;
}

/**
 * relais_places_import_file:
 * @output_path: (nullable): where to write places.json; NULL for the user's
 *   data folder, where relais_places_load_default() finds it
 * @report: (out) (optional): the rows taken and those refused, with why; set
 *   also when no row could be used
 *
 * Reads a list of places in the national standard for digital-inclusion
 * places (v1.0.2), CSV (`,` or `;`) or JSON, or in the format of the Normandy
 * file of 2023; keeps the rows that are right and writes them, atomically,
 * as a places.json. Nothing is written when the file is not recognised, is
 * too large, or has no row that can be used.
 */
gboolean
relais_places_import_file (GFile                     *file,
                           const char                *output_path,
                           RelaisPlacesImportReport **report,
                           GError                   **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (report == NULL || *report == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return relais_places_import_file_limited (file, output_path, RELAIS_PLACES_IMPORT_MAX_SIZE, report, error);
}
