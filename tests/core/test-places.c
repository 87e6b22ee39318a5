/* test-places.c — the digital-inclusion places: the shipped file, the strict
 * reader, the import of the national standard, the fallback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "relais-places.h"
#include "relais-places-private.h"
#include "relais-places-text.h"
#include "relais-test-utils.h"

static GBytes *
read_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static GBytes *
read_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "directory", "places.json", NULL);

  return read_file (path);
}

static GFile *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "places", name, NULL);

  return g_file_new_for_path (path);
}

static RelaisPlace *
find_place (RelaisPlaces *places,
            const char   *id)
{
  for (guint i = 0; i < places->places->len; i++)
    {
      RelaisPlace *place = g_ptr_array_index (places->places, i);

      if (g_str_equal (place->id, id))
        return place;
    }

  return NULL;
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("relais-places-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tmp_dir (const char *dir)
{
  g_autoptr(GFile) file = g_file_new_for_path (dir);

  relais_test_remove_tree (file);
}

/* --- The shipped file ------------------------------------------------------- */

static void
test_places_shipped (void)
{
  g_autoptr(GBytes) bytes = read_shipped ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisPlaces) places = relais_places_load_from_bytes (bytes, "places.json", &error);
  g_auto(GStrv) slugs = NULL;
  RelaisPlace *place;
  guint closed = 0, france_services = 0;

  g_assert_no_error (error);
  g_assert_nonnull (places);
  /* 757 in the 2023 file; 20 were second copies of another (14 groups). */
  g_assert_cmpuint (places->places->len, ==, 737);
  g_assert_cmpstr (places->source_licence, ==, "Licence Ouverte 2.0");
  g_assert_cmpstr (places->source_as_of, ==, "2023-04");
  g_assert_cmpstr (places->source_publisher, ==, "Hub NUMI Normandie / ANCT");

  place = find_place (places, "100-odspep");
  g_assert_nonnull (place);
  g_assert_cmpstr (place->name, ==, "Centre de soins d'accompagnement et de prévention en addictologie en ambulatoire (CSAPA)");
  g_assert_cmpstr (place->address, ==, "47 RUE DE LA FORET");
  g_assert_cmpstr (place->address_extra, ==, "CTRE SOINS ACCOMPAGNEMENT PREVENTION A");
  g_assert_cmpstr (place->postcode, ==, "27000");
  g_assert_cmpstr (place->commune, ==, "EVREUX");
  g_assert_cmpstr (place->insee, ==, "27229");
  g_assert_true (place->has_location);
  g_assert_cmpfloat_with_epsilon (place->latitude, 49.010461, 1e-9);
  g_assert_cmpfloat_with_epsilon (place->longitude, 1.157999, 1e-9);
  g_assert_cmpstr (place->phone, ==, "0232620062");
  g_assert_cmpstr (place->email, ==, "csapa@chs-navarre.fr");
  g_assert_null (place->website);
  g_assert_null (place->hours);
  g_assert_cmpuint (g_strv_length (place->services), ==, 12);
  g_assert_true (g_strv_contains ((const char * const *) place->services, "prendre-en-main-un-ordinateur"));
  g_assert_cmpuint (g_strv_length (place->publics), ==, 10);
  g_assert_true (g_strv_contains ((const char * const *) place->fees, "gratuit"));
  g_assert_cmpuint (g_strv_length (place->support), ==, 2);
  g_assert_cmpuint (g_strv_length (place->labels), ==, 0);
  g_assert_cmpstr (place->collected_by, ==, "odspep");
  g_assert_cmpstr (place->updated, ==, "2016-08-05");
  g_assert_false (relais_place_is_closed (place));

  /* Closed since 2021-12-20: kept, flagged. */
  place = find_place (places, "62b177efdd51e705b1806ff7-mediation-numerique-conseiller-numerique");
  g_assert_nonnull (place);
  g_assert_cmpstr (place->name, ==, "ASSOCIATION YSOS Eure et Orne (GROUPE SOS)");
  g_assert_cmpstr (place->closed_since, ==, "2021-12-20");
  g_assert_true (relais_place_is_closed (place));
  g_assert_true (relais_place_has_label (place, "conseiller-numerique"));
  g_assert_false (relais_place_has_label (place, "france-services"));
  g_assert_cmpstr (place->collected_by, ==, "conseiller-numerique");

  /* Collected by the conseillers numériques, labelled France Services too. */
  place = find_place (places, "627a77daad1bdb06edc48fdb-mediation-numerique-conseiller-numerique");
  g_assert_true (relais_place_has_label (place, "conseiller-numerique"));
  g_assert_true (relais_place_has_label (place, "france-services"));

  /* Its coordinates were 0,0: dropped, the place stays, found by its commune. */
  place = find_place (places, "63da253ce6d6a806f25692e4-mediation-numerique-conseiller-numerique");
  g_assert_cmpstr (place->commune, ==, "LOUVIERS");
  g_assert_false (place->has_location);

  /* Two entries of one place, merged into the first, with the date and the
   * hours of the newer one. */
  place = find_place (places, "633c50a5383f8e06f02dfbe3-mediation-numerique-conseiller-numerique");
  g_assert_cmpstr (place->name, ==, "RECONNECT");
  g_assert_cmpstr (place->updated, ==, "2022-12-16");
  g_assert_cmpstr (place->hours, ==, "Th,Fr 09:00-12:30,13:30-17:00; We 13:30-17:00");
  g_assert_null (find_place (places, "639c33c29e194605c2c47593-mediation-numerique-conseiller-numerique"));

  for (guint i = 0; i < places->places->len; i++)
    {
      RelaisPlace *p = g_ptr_array_index (places->places, i);

      closed += relais_place_is_closed (p);
      /* Every slug of the shipped data has words of its own. */
      for (guint j = 0; p->services[j] != NULL; j++)
        g_assert_cmpstr (relais_place_service_label (p->services[j]), !=, p->services[j]);
      for (guint j = 0; p->publics[j] != NULL; j++)
        g_assert_cmpstr (relais_place_public_label (p->publics[j]), !=, p->publics[j]);
      for (guint j = 0; p->fees[j] != NULL; j++)
        g_assert_cmpstr (relais_place_fee_label (p->fees[j]), !=, p->fees[j]);
      for (guint j = 0; p->support[j] != NULL; j++)
        g_assert_cmpstr (relais_place_support_label (p->support[j]), !=, p->support[j]);
      for (guint j = 0; p->labels[j] != NULL; j++)
        g_assert_cmpstr (relais_place_programme_label (p->labels[j]), !=, p->labels[j]);
      france_services += relais_place_has_label (p, "france-services");
    }
  g_assert_cmpuint (closed, ==, 2);
  /* 382 entries of the 2023 file have the label; two pairs of them were
   * merged. Before labels were kept whole, 175 showed it. */
  g_assert_cmpuint (france_services, ==, 380);

  slugs = relais_places_get_slugs (places, RELAIS_PLACE_SLUGS_SERVICES);
  g_assert_cmpuint (g_strv_length (slugs), ==, 15);
  g_assert_true (g_strv_contains ((const char * const *) slugs, "prendre-en-main-un-ordinateur"));
  g_assert_false (g_strv_contains ((const char * const *) slugs, "numerique"));
  for (guint i = 0; slugs[i] != NULL; i++)
    g_assert_false (g_str_has_prefix (slugs[i], "numerique"));
}

static void
test_places_labels (void)
{
  g_assert_cmpstr (relais_place_service_label ("prendre-en-main-un-ordinateur"), ==, "Getting started with a computer");
  g_assert_cmpstr (relais_place_service_label ("aide-aux-demarches-administratives"), ==,
                   "Help with administrative procedures");
  g_assert_cmpstr (relais_place_public_label ("surdite"), ==, "Deaf or hard of hearing");
  g_assert_cmpstr (relais_place_fee_label ("gratuit-sous-conditions"), ==, "Free under conditions");
  g_assert_cmpstr (relais_place_programme_label ("conseiller-numerique"), ==, "Conseiller numérique");
  g_assert_cmpstr (relais_place_programme_label ("france-services"), ==, "France Services");
  /* A slug of a newer vocabulary is shown as it is, never dropped. */
  g_assert_cmpstr (relais_place_service_label ("reparer-son-velo"), ==, "reparer-son-velo");
  g_assert_cmpstr (relais_place_programme_label ("nouveau-programme"), ==, "nouveau-programme");

  /* The standard's wording, with or without accents, and the slugs. */
  g_assert_cmpstr (relais_places_vocabulary_slug (RELAIS_PLACES_VOCABULARY_SERVICES, "Compréhension du monde numérique"),
                   ==, "comprehension-du-monde-numerique");
  g_assert_cmpstr (relais_places_vocabulary_slug (RELAIS_PLACES_VOCABULARY_SERVICES, "comprehension  du monde NUMERIQUE"),
                   ==, "comprehension-du-monde-numerique");
  g_assert_cmpstr (relais_places_vocabulary_slug (RELAIS_PLACES_VOCABULARY_PROGRAMMES, "Conseillers numériques"),
                   ==, "conseiller-numerique");
  g_assert_null (relais_places_vocabulary_slug (RELAIS_PLACES_VOCABULARY_FEES, "Parfois"));
}

/* --- Dates and labels in words ------------------------------------------------ */

static void
test_places_dates_in_words (void)
{
  static const struct { const char *iso; const char *words; } dates[] = {
    { "2016-08-05", "5 August 2016" },
    { "2025-06-01", "1 June 2025" },
    { "2023-12-31", "31 December 2023" },
    { "2023-04", "April 2023" },
    /* Not dates: shown as they are rather than lost. */
    { "2023-13", "2023-13" },
    { "2023-02-30", "2023-02-30" },
    { "2023-04-05T10:00", "2023-04-05T10:00" },
    { "sans date", "sans date" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *words = relais_format_date_in_words (dates[i].iso);

      g_assert_cmpstr (words, ==, dates[i].words);
    }
}

static void
test_places_age (void)
{
  g_autoptr(GTimeZone) paris = g_time_zone_new_identifier ("Europe/Paris");
  g_autoptr(GDateTime) now = g_date_time_new (paris, 2026, 12, 6, 9, 0, 0);
  RelaisPlace place = { .updated = (char *) "2016-08-05" };
  g_autofree char *old = NULL;
  g_autofree char *recent = NULL;

  g_assert_true (relais_place_is_old (&place, now));
  old = relais_place_describe_age (&place, now);
  g_assert_cmpstr (old, ==, "Information from 5 August 2016: call before going.");

  place.updated = (char *) "2025-06-01";
  g_assert_false (relais_place_is_old (&place, now));
  recent = relais_place_describe_age (&place, now);
  g_assert_cmpstr (recent, ==, "Information from 1 June 2025.");

  /* Two years to the day is not yet old; a day more is. */
  place.updated = (char *) "2024-12-06";
  g_assert_false (relais_place_is_old (&place, now));
  place.updated = (char *) "2024-12-05";
  g_assert_true (relais_place_is_old (&place, now));
}

static void
test_places_labels_in_words (void)
{
  char *both[] = { (char *) "conseiller-numerique", (char *) "france-services", NULL };
  char *none[] = { NULL };
  RelaisPlace place = { .labels = both };
  g_autofree char *text = relais_place_describe_labels (&place, ", ");

  g_assert_cmpstr (text, ==, "Conseiller numérique, France Services");
  place.labels = none;
  g_assert_null (relais_place_describe_labels (&place, ", "));
}

/* --- The strict reader ------------------------------------------------------ */

#define PLACE_OK "{\"id\":\"a\",\"name\":\"A\",\"address\":\"1 rue\",\"postcode\":\"14000\",\"commune\":\"Caen\"," \
                 "\"services\":[],\"updated\":\"2024-01-01\"}"

typedef struct
{
  const char *test_name;
  const char *from;
  const char *to;
  const char *message;
} Spoil;

static const Spoil spoils[] = {
  { "postcode", "\"postcode\":\"14000\",\"commune\":\"Bayeux\"", "\"postcode\":\"1400\",\"commune\":\"Bayeux\"",
    "test.json: places[1].postcode: not five digits" },
  { "missing-name", "\"name\":\"B\",", "", "test.json: places[1].name: missing" },
  { "duplicate-id", "\"id\":\"b\"", "\"id\":\"a\"", "test.json: places[1].id: used twice" },
  { "date", "\"updated\":\"2024-02-02\"", "\"updated\":\"2024-02-30\"",
    "test.json: places[1].updated: not a date (YYYY-MM-DD)" },
  { "latitude-alone", "\"commune\":\"Bayeux\"", "\"commune\":\"Bayeux\",\"latitude\":49.2",
    "test.json: places[1].longitude: missing: both or neither" },
  { "latitude-range", "\"commune\":\"Bayeux\"", "\"commune\":\"Bayeux\",\"latitude\":91,\"longitude\":0",
    "test.json: places[1].latitude: out of range" },
  { "services-type", "\"services\":[\"x\"]", "\"services\":[1]",
    "test.json: places[1].services: holds something that is not a string" },
  { "part", "\"part\": \"places\"", "\"part\": \"hosters\"", "test.json: : not a places file of this version and part" },
  { "source", "\"name\": \"Test\"", "\"name\": 3", "test.json: source.name: wrong type" },
};

static char *
small_document (void)
{
  return g_strdup ("{ \"format\": \"fr.artifaille.Relais.Directory\", \"version\": 1, \"part\": \"places\",\n"
                   "  \"source\": { \"name\": \"Test\" },\n"
                   "  \"places\": [ " PLACE_OK ",\n"
                   "    {\"id\":\"b\",\"name\":\"B\",\"address\":\"2 rue\",\"postcode\":\"14000\",\"commune\":\"Bayeux\","
                   "\"services\":[\"x\"],\"updated\":\"2024-02-02\"} ] }");
}

static void
test_places_reader_error (gconstpointer data)
{
  const Spoil *spoil = data;
  g_autofree char *text = small_document ();
  g_autoptr(GString) spoilt = g_string_new (text);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisPlaces) places = NULL;

  g_assert_cmpuint (g_string_replace (spoilt, spoil->from, spoil->to, 1), ==, 1);
  bytes = g_bytes_new (spoilt->str, spoilt->len);
  places = relais_places_load_from_bytes (bytes, "test.json", &error);
  g_assert_null (places);
  g_assert_error (error, RELAIS_PLACES_ERROR, RELAIS_PLACES_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, spoil->message);
}

static void
test_places_reader_ok (void)
{
  g_autofree char *text = small_document ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisPlaces) places = relais_places_load_from_bytes (bytes, "test.json", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (places->places->len, ==, 2);
  g_assert_false (((RelaisPlace *) places->places->pdata[0])->has_location);
  g_assert_cmpuint (g_strv_length (((RelaisPlace *) places->places->pdata[0])->publics), ==, 0);
}

/* A file written before labels were kept whole has one "programme". */
static void
test_places_reader_programme (void)
{
  g_autofree char *document = small_document ();
  g_autoptr(GString) text = g_string_new (document);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisPlaces) places = NULL;
  RelaisPlace *a, *b;

  g_assert_cmpuint (g_string_replace (text, "\"updated\":\"2024-01-01\"", "\"programme\":\"odspep\",\"updated\":\"2024-01-01\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (text, "\"updated\":\"2024-02-02\"", "\"programme\":\"france-services\",\"updated\":\"2024-02-02\"", 1), ==, 1);
  bytes = g_bytes_new (text->str, text->len);
  places = relais_places_load_from_bytes (bytes, "test.json", &error);
  g_assert_no_error (error);
  a = g_ptr_array_index (places->places, 0);
  b = g_ptr_array_index (places->places, 1);
  g_assert_cmpuint (g_strv_length (a->labels), ==, 0);
  g_assert_cmpstr (a->collected_by, ==, "odspep");
  g_assert_true (relais_place_has_label (b, "france-services"));
  g_assert_null (b->collected_by);
}

/* --- Import ----------------------------------------------------------------- */

static RelaisPlaces *
import_and_load (const char                *name,
                 const char                *dir,
                 RelaisPlacesImportReport **report)
{
  g_autoptr(GFile) input = fixture (name);
  g_autofree char *output = g_build_filename (dir, "deep", "places.json", NULL);
  g_autoptr(GFile) output_file = g_file_new_for_path (output);
  g_autoptr(GError) error = NULL;
  RelaisPlaces *places;

  g_assert_true (relais_places_import_file (input, output, report, &error));
  g_assert_no_error (error);
  places = relais_places_load_file (output_file, &error);
  g_assert_no_error (error);
  return places;
}

static void
test_places_import_json (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(RelaisPlacesImportReport) report = NULL;
  g_autoptr(RelaisPlaces) places = import_and_load ("standard.json", dir, &report);
  RelaisPlace *place;

  g_assert_cmpuint (report->accepted, ==, 3);
  g_assert_cmpuint (report->rejected->len, ==, 0);
  g_assert_cmpstr (places->source_name, ==, "standard.json");
  g_assert_cmpstr (places->source_as_of, ==, "2024-04-02");
  g_assert_nonnull (places->imported);

  place = find_place (places, "lieu-1");
  g_assert_cmpstr (place->name, ==, "Médiathèque Alexis de Tocqueville");
  g_assert_cmpstr (place->address_extra, ==, "Rez-de-chaussée");
  g_assert_cmpstr (place->insee, ==, "14118");
  g_assert_true (place->has_location);
  g_assert_cmpfloat (place->latitude, ==, 49.1783);
  g_assert_cmpfloat (place->longitude, ==, -0.3526);
  g_assert_cmpstr (place->phone, ==, "+33231304700");
  g_assert_cmpstr (place->email, ==, "contact@example.org");
  g_assert_cmpstr (place->website, ==, "https://bibliotheques.caen.fr");
  g_assert_cmpstr (place->hours, ==, "Tu-Sa 10:00-19:00; Su 14:00-18:00");
  g_assert_cmpstr (place->updated, ==, "2024-04-02");
  {
    g_autofree char *services = g_strjoinv (" ", place->services);
    g_autofree char *publics = g_strjoinv (" ", place->publics);
    g_autofree char *fees = g_strjoinv (" ", place->fees);
    g_autofree char *support = g_strjoinv (" ", place->support);

    g_assert_cmpstr (services, ==, "aide-aux-demarches-administratives maitrise-des-outils-numeriques-du-quotidien");
    g_assert_cmpstr (publics, ==, "seniors jeunes surdite personnes-en-situation-illettrisme");
    g_assert_cmpstr (fees, ==, "gratuit");
    g_assert_cmpstr (support, ==, "atelier accompagnement");
  }
  /* Every programme named; "source" says who collected the entry. */
  {
    g_autofree char *labels = g_strjoinv (" ", place->labels);

    g_assert_cmpstr (labels, ==, "conseiller-numerique france-services");
  }
  g_assert_cmpstr (place->collected_by, ==, "Hub NUMI");

  place = find_place (places, "lieu-2");
  g_assert_false (place->has_location);
  g_assert_cmpstr (place->insee, ==, "2A004");
  g_assert_cmpuint (g_strv_length (place->services), ==, 2);
  g_assert_cmpstr (place->services[0], ==, "comprehension-du-monde-numerique");
  g_assert_cmpstr (place->fees[1], ==, "payant");
  g_assert_cmpuint (g_strv_length (place->labels), ==, 0);
  g_assert_null (place->collected_by);

  place = find_place (places, "3");
  g_assert_cmpstr (place->updated, ==, "2022-01-15");
  g_assert_cmpfloat (place->latitude, ==, 49);

  remove_tmp_dir (dir);
}

static void
test_places_import_csv (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(RelaisPlacesImportReport) report = NULL;
  g_autoptr(RelaisPlaces) places = import_and_load ("standard.csv", dir, &report);
  RelaisPlace *place;

  g_assert_cmpuint (report->accepted, ==, 3);
  g_assert_cmpuint (report->rejected->len, ==, 0);

  /* The byte order mark is not part of the first column's name. */
  place = find_place (places, "csv-1");
  g_assert_nonnull (place);
  g_assert_cmpstr (place->name, ==, "Centre social, culturel et numérique");
  g_assert_cmpstr (place->address, ==, "12, rue des Arts");
  g_assert_cmpstr (place->address_extra, ==, "Bâtiment B, 2e étage");
  g_assert_cmpstr (place->hours, ==, "Mo-Fr 09:00-12:00,14:00-17:00");
  g_assert_cmpstr (place->support[0], ==, "autonomie");
  g_assert_cmpstr (place->services[1], ==, "utilisation-securisee-du-numerique");

  place = find_place (places, "csv-2");
  g_assert_cmpstr (place->name, ==, "Le \"Cyber\" café");
  g_assert_null (place->address_extra);
  g_assert_false (place->has_location);
  g_assert_cmpstr (place->support[0], ==, "a-distance");

  place = find_place (places, "csv-3");
  g_assert_nonnull (strstr (place->address, "aux Sieurs"));
  g_assert_cmpuint (g_strv_length (place->services), ==, 0);

  remove_tmp_dir (dir);
}

static void
test_places_import_semicolon (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(RelaisPlacesImportReport) report = NULL;
  g_autoptr(RelaisPlaces) places = import_and_load ("semicolon.csv", dir, &report);
  RelaisPlace *place = find_place (places, "sc-1");

  g_assert_cmpuint (report->accepted, ==, 1);
  g_assert_cmpfloat (place->latitude, ==, 48.8385);
  g_assert_cmpfloat (place->longitude, ==, -0.8892);
  g_assert_cmpstr (place->updated, ==, "2024-02-09");

  remove_tmp_dir (dir);
}

static void
test_places_import_2023 (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(RelaisPlacesImportReport) report = NULL;
  g_autoptr(RelaisPlaces) places = import_and_load ("normandy-2023.json", dir, &report);
  g_autoptr(GBytes) shipped_bytes = read_shipped ();
  g_autoptr(RelaisPlaces) shipped = relais_places_load_from_bytes (shipped_bytes, "places.json", NULL);

  g_assert_cmpuint (report->accepted, ==, 3);
  /* The same places as tools/gen-places.py makes of them. */
  for (guint i = 0; i < places->places->len; i++)
    {
      RelaisPlace *imported = g_ptr_array_index (places->places, i);
      RelaisPlace *converted = find_place (shipped, imported->id);

      g_assert_nonnull (converted);
      g_assert_cmpstr (imported->name, ==, converted->name);
      g_assert_cmpstr (imported->phone, ==, converted->phone);
      g_assert_cmpstr (imported->updated, ==, converted->updated);
      g_assert_cmpstr (imported->closed_since, ==, converted->closed_since);
      g_assert_cmpstr (imported->collected_by, ==, converted->collected_by);
      g_assert_true (g_strv_equal ((const char * const *) imported->labels, (const char * const *) converted->labels));
      g_assert_true (g_strv_equal ((const char * const *) imported->services, (const char * const *) converted->services));
      g_assert_true (g_strv_equal ((const char * const *) imported->publics, (const char * const *) converted->publics));
      g_assert_true (g_strv_equal ((const char * const *) imported->fees, (const char * const *) converted->fees));
      g_assert_true (g_strv_equal ((const char * const *) imported->support, (const char * const *) converted->support));
      g_assert_cmpfloat (imported->latitude, ==, converted->latitude);
    }

  remove_tmp_dir (dir);
}

static void
test_places_import_bad_rows (void)
{
  static const struct { guint row; const char *reason; } expected[] = {
    { 3, "the required field “nom” is empty" },
    { 4, "the postcode “1400” is not five digits" },
    { 5, "the date “2024-13-01” is not a date like 2024-04-02" },
    { 6, "“Réparer des vélos” is not a value the standard allows in “services”" },
    { 7, "the id “ok-1” is already used by an earlier row" },
    { 8, "the latitude “149.2” is not a number from -90 to 90" },
    { 9, "the row has 3 values where the header has 10 columns" },
    { 10, "the INSEE code “20118” is not a commune’s code" },
  };
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(RelaisPlacesImportReport) report = NULL;
  g_autoptr(RelaisPlaces) places = import_and_load ("bad-rows.csv", dir, &report);

  g_assert_cmpuint (report->accepted, ==, 2);
  g_assert_cmpuint (places->places->len, ==, 2);
  g_assert_nonnull (find_place (places, "ok-1"));
  g_assert_nonnull (find_place (places, "ok-2"));
  g_assert_cmpuint (report->rejected->len, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (report->n_rejected, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      RelaisPlacesRejection *rejection = g_ptr_array_index (report->rejected, i);

      g_assert_cmpuint (rejection->row, ==, expected[i].row);
      g_assert_cmpstr (rejection->reason, ==, expected[i].reason);
    }

  remove_tmp_dir (dir);
}

/* A file of many bad rows keeps the first reasons only, and counts them
 * all: a 200,000-row bad file must not keep 200,000 messages. */
static void
test_places_import_many_bad_rows (void)
{
  const guint n_bad = RELAIS_PLACES_MAX_REJECTIONS * 2 + 37;
  g_autoptr(GString) csv = g_string_new ("id,nom,commune,code_postal,adresse,latitude,longitude,date_maj,services,code_insee\n"
                                         "ok-1,Bon lieu,Caen,14000,1 rue Basse,49.18,-0.37,2024-01-01,,14118\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RelaisPlacesImportReport) report = NULL;
  g_autoptr(RelaisPlaces) places = NULL;
  g_autoptr(GError) error = NULL;
  RelaisPlacesRejection *last;

  for (guint i = 0; i < n_bad; i++)
    g_string_append_printf (csv, "bad-%u,Lieu %u,Caen,1400,1 rue Basse,49.18,-0.37,2024-01-01,,14118\n", i, i);
  /* The last row, where a file too long stops being read, is kept too. */
  g_string_append (csv, "last,Lieu,Caen\n");
  bytes = g_bytes_new (csv->str, csv->len);
  places = relais_places_convert (bytes, "many-bad-rows.csv", &report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (places);

  g_assert_cmpuint (report->accepted, ==, 1);
  g_assert_cmpuint (report->n_rejected, ==, n_bad + 1);
  g_assert_cmpuint (report->rejected->len, ==, RELAIS_PLACES_MAX_REJECTIONS + 1);
  last = g_ptr_array_index (report->rejected, RELAIS_PLACES_MAX_REJECTIONS);
  g_assert_cmpuint (last->row, ==, n_bad + 3);
  g_assert_nonnull (strstr (last->reason, "3 values"));
  /* The first ones, in the order of the file: the header is row 1, the
   * good place row 2. */
  for (guint i = 0; i < RELAIS_PLACES_MAX_REJECTIONS; i++)
    {
      RelaisPlacesRejection *rejection = g_ptr_array_index (report->rejected, i);

      g_assert_cmpuint (rejection->row, ==, i + 3);
      g_assert_nonnull (strstr (rejection->reason, "1400"));
    }
}

typedef struct
{
  const char *test_name;
  const char *file;
  int         code;
  const char *message_part;
} Refusal;

static const Refusal refusals[] = {
  { "empty", "empty.csv", RELAIS_PLACES_ERROR_NOT_RECOGNISED, "“empty.csv” is not a list of places" },
  { "other-csv", "unrecognised.csv", RELAIS_PLACES_ERROR_NOT_RECOGNISED, "columns “nom”, “commune”" },
  { "other-json", "unrecognised.json", RELAIS_PLACES_ERROR_NOT_RECOGNISED, "Nothing was imported." },
  { "all-bad", "all-bad.csv", RELAIS_PLACES_ERROR_NO_VALID_ROW,
    "No place in “all-bad.csv” could be used (row 2: the postcode “ABCDE” is not five digits)" },
  { "too-large", "standard.json", RELAIS_PLACES_ERROR_TOO_LARGE, "“standard.json” is larger than 100 bytes" },
};

/* A refused file leaves the places in use as they were, byte for byte. */
static void
test_places_import_refused (gconstpointer data)
{
  const Refusal *refusal = data;
  static const char previous[] = "the previous places, whatever they are";
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *output = g_build_filename (dir, "places.json", NULL);
  g_autofree char *backup = g_strconcat (output, "~", NULL);
  g_autofree char *after = NULL;
  g_autoptr(GFile) input = fixture (refusal->file);
  g_autoptr(RelaisPlacesImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (output, previous, -1, NULL));
  g_assert_false (relais_places_import_file_limited (input, output,
                                                     g_str_equal (refusal->test_name, "too-large")
                                                     ? 100 : RELAIS_PLACES_IMPORT_MAX_SIZE,
                                                     &report, &error));
  g_assert_error (error, RELAIS_PLACES_ERROR, refusal->code);
  if (strstr (error->message, refusal->message_part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, refusal->message_part);

  g_assert_true (g_file_get_contents (output, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, previous);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  if (refusal->code == RELAIS_PLACES_ERROR_NO_VALID_ROW)
    g_assert_cmpuint (report->rejected->len, ==, 2);

  remove_tmp_dir (dir);
}

/* What is written reads back, and writes again the same bytes; the list it
 * replaced stays as places.json~. */
static void
test_places_round_trip (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *output = g_build_filename (dir, "places.json", NULL);
  g_autofree char *backup = g_strconcat (output, "~", NULL);
  g_autofree char *written = NULL, *kept = NULL, *again = NULL;
  g_autoptr(GFile) first = fixture ("standard.json");
  g_autoptr(GFile) second = fixture ("standard.csv");
  g_autoptr(GFile) output_file = g_file_new_for_path (output);
  g_autoptr(RelaisPlaces) places = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (relais_places_import_file (first, output, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (output, &written, NULL, NULL));

  places = relais_places_load_file (output_file, &error);
  g_assert_no_error (error);
  again = relais_places_to_json (places);
  g_assert_cmpstr (again, ==, written);

  g_assert_true (relais_places_import_file (second, output, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, written);

  remove_tmp_dir (dir);
}

/* --- The user's file, or the shipped one ------------------------------------ */

static void
test_places_fallback (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *user_path = g_build_filename (dir, "places.json", NULL);
  g_autoptr(GBytes) shipped = read_shipped ();
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autoptr(RelaisPlaces) places = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GFile) input = fixture ("standard.json");
  const char *name;
  guint set_aside = 0;

  /* No imported file: the shipped places, nothing to say. */
  places = relais_places_load_with_fallback (user_path, shipped, &warning, &error);
  g_assert_no_error (error);
  g_assert_null (warning);
  g_assert_cmpuint (places->places->len, ==, 737);
  g_clear_pointer (&places, relais_places_unref);

  /* An imported file: it. */
  g_assert_true (relais_places_import_file (input, user_path, NULL, &error));
  places = relais_places_load_with_fallback (user_path, shipped, &warning, &error);
  g_assert_no_error (error);
  g_assert_null (warning);
  g_assert_cmpuint (places->places->len, ==, 3);
  g_clear_pointer (&places, relais_places_unref);

  /* A damaged one: set aside, with what it held, and the shipped places. */
  g_assert_true (g_file_set_contents (user_path, "{ \"format\": broken", -1, NULL));
  places = relais_places_load_with_fallback (user_path, shipped, &warning, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (places->places->len, ==, 737);
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, "places.json.damaged-"));
  g_assert_false (g_file_test (user_path, G_FILE_TEST_EXISTS));

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      if (g_str_has_prefix (name, "places.json.damaged-"))
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autofree char *contents = NULL;

          g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
          g_assert_cmpstr (contents, ==, "{ \"format\": broken");
          set_aside++;
        }
    }
  g_assert_cmpuint (set_aside, ==, 1);

  remove_tmp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/places/shipped", test_places_shipped);
  g_test_add_func ("/places/labels", test_places_labels);
  g_test_add_func ("/places/dates-in-words", test_places_dates_in_words);
  g_test_add_func ("/places/age", test_places_age);
  g_test_add_func ("/places/labels-in-words", test_places_labels_in_words);
  g_test_add_func ("/places/reader/ok", test_places_reader_ok);
  g_test_add_func ("/places/reader/programme", test_places_reader_programme);
  for (guint i = 0; i < G_N_ELEMENTS (spoils); i++)
    {
      g_autofree char *path = g_strdup_printf ("/places/reader/%s", spoils[i].test_name);
      g_test_add_data_func (path, &spoils[i], test_places_reader_error);
    }
  g_test_add_func ("/places/import/json", test_places_import_json);
  g_test_add_func ("/places/import/csv", test_places_import_csv);
  g_test_add_func ("/places/import/semicolon", test_places_import_semicolon);
  g_test_add_func ("/places/import/normandy-2023", test_places_import_2023);
  g_test_add_func ("/places/import/bad-rows", test_places_import_bad_rows);
  g_test_add_func ("/places/import/many-bad-rows", test_places_import_many_bad_rows);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/places/import/refused/%s", refusals[i].test_name);
      g_test_add_data_func (path, &refusals[i], test_places_import_refused);
    }
  g_test_add_func ("/places/import/round-trip", test_places_round_trip);
  g_test_add_func ("/places/fallback", test_places_fallback);

  return g_test_run ();
}
