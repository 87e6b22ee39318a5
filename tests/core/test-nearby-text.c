/* test-nearby-text.c — what Relais writes in sentences from its data: dates
 * in words, the list of places and its date, what it says when no hoster of
 * its list offers a service, and the data's names in the user's language.
 * Run twice (tests/meson.build): in English, and in French with the
 * translations of the build (RELAIS_TEST_LANGUAGE, LANGUAGE, RELAIS_LOCALEDIR).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "relais-alternative-text.h"
#include "relais-nearby-text.h"

static const char *language;
static RelaisCatalog *catalog;
static RelaisDirectory *directory;
static RelaisCommunes *communes;
static RelaisPlaces *places;
static RelaisPlaceFinder *finder;

static gboolean
french (void)
{
  return g_str_equal (language, "fr");
}

static GBytes *
shipped (const char *folder,
         const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

static void
test_date_in_words (void)
{
  static const struct { const char *iso, *en, *fr; } dates[] = {
    { "2016-08-05", "5 August 2016", "5 août 2016" },
    { "2026-12-01", "1 December 2026", "1er décembre 2026" },
    { "2026-06", "June 2026", "juin 2026" },
    { "2024-02-29", "29 February 2024", "29 février 2024" },
    { "2023", "2023", "2023" },
  };
  /* Not dates: the caller says its sentence without one. */
  static const char * const not_dates[] = {
    "", "undated", "sans date", "2026-13", "2026-00", "2025-02-29", "2026-6", "26-06-01", "2026-06-01T00:00:00Z",
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *words = relais_nearby_format_date (dates[i].iso);

      g_assert_cmpstr (words, ==, french () ? dates[i].fr : dates[i].en);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_dates); i++)
    g_assert_null (relais_nearby_format_date (not_dates[i]));
  g_assert_null (relais_nearby_format_date (NULL));
}

static void
test_phone_in_pairs (void)
{
  static const struct { const char *published, *shown; } phones[] = {
    { "+33214088220", "02 14 08 82 20" },
    { "0033214088220", "02 14 08 82 20" },
    { "02.14.08.82.20", "02 14 08 82 20" },
    { "02 14 08 82 20", "02 14 08 82 20" },
    { "0214088220", "02 14 08 82 20" },
    /* Not a French number of ten digits: as published. */
    { "+32 2 123 45 67", "+32 2 123 45 67" },
    { "3939", "3939" },
    { "02 14 08 82 20 (standard)", "02 14 08 82 20 (standard)" },
    { "0021408822", "0021408822" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (phones); i++)
    {
      g_autofree char *shown = relais_nearby_format_phone (phones[i].published);

      g_assert_cmpstr (shown, ==, phones[i].shown);
    }
}

/* SPDX's "CECILL-B" is shown as its own text writes it. */
static void
test_licence_label (void)
{
  g_autofree char *cecill = relais_alternative_licence_label ("CECILL-B");
  g_autofree char *cecill21 = relais_alternative_licence_label ("CECILL-2.1");
  g_autofree char *mpl = relais_alternative_licence_label ("MPL-2.0");
  RelaisAlternative *spip = NULL;
  GPtrArray *alternatives = relais_catalog_get_alternatives (catalog);

  g_assert_cmpstr (cecill, ==, "CeCILL-B");
  g_assert_cmpstr (cecill21, ==, "CeCILL-2.1");
  g_assert_cmpstr (mpl, ==, "MPL-2.0");

  /* And so in the facts of the alternatives under it. */
  for (guint i = 0; i < alternatives->len; i++)
    {
      RelaisAlternative *alternative = g_ptr_array_index (alternatives, i);

      if (g_strcmp0 (alternative->licence, "CECILL-B") == 0)
        spip = alternative;
    }
  if (spip != NULL)
    {
      g_autoptr(RelaisProfile) profile = relais_profile_new ("Jardins partagés");
      g_autofree char *facts = relais_alternative_describe_facts (spip, NULL, NULL, profile);

      g_assert_nonnull (strstr (facts, "CeCILL-B"));
      g_assert_null (strstr (facts, "CECILL"));
    }
}

static void
test_list_source (void)
{
  g_autofree char *with_licence = relais_nearby_describe_list_source (places, TRUE);
  g_autofree char *without = relais_nearby_describe_list_source (places, FALSE);
  g_autofree char *saved_as_of = g_steal_pointer (&places->source_as_of);
  g_autofree char *undated = relais_nearby_describe_list_source (places, FALSE);

  /* The shipped list is of April 2023. */
  g_assert_cmpstr (with_licence, ==, french ()
                   ? "«\u00a0Lieux de médiation numérique en Normandie\u00a0» (Licence Ouverte 2.0, avril 2023)"
                   : "“Lieux de médiation numérique en Normandie” (Licence Ouverte 2.0, April 2023)");
  g_assert_cmpstr (without, ==, french ()
                   ? "«\u00a0Lieux de médiation numérique en Normandie\u00a0» (avril 2023)"
                   : "“Lieux de médiation numérique en Normandie” (April 2023)");
  /* No date: no empty brackets. */
  g_assert_null (strchr (undated, '('));
  places->source_as_of = g_steal_pointer (&saved_as_of);
}

/* Where Relais knows no hoster for an online service, every text says so
 * and how to know more; where it knows one, it names it. */
static void
test_hosters_honestly (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Jardins partagés");
  GPtrArray *alternatives = relais_catalog_get_alternatives (catalog);
  guint known = 0, unknown = 0;

  relais_profile_set_kind (profile, RELAIS_PROFILE_KIND_ASSOCIATION);
  relais_profile_set_departement (profile, "14");
  relais_profile_set_commune (profile, "14118");

  for (guint i = 0; i < alternatives->len; i++)
    {
      RelaisAlternative *alternative = g_ptr_array_index (alternatives, i);
      g_autoptr(GPtrArray) offering = NULL;
      g_autofree char *facts = NULL;

      if (alternative->service == NULL || alternative->flathub != NULL || alternative->debian != NULL ||
          alternative->web != NULL)
        continue;
      offering = relais_directory_hosters_offering (directory, alternative->service);
      facts = relais_alternative_describe_facts (alternative, directory, finder, profile);
      if (offering->len == 0)
        {
          g_assert_nonnull (strstr (facts, relais_nearby_no_hoster_known ()));
          unknown++;
        }
      else
        {
          const RelaisHoster *hoster = g_ptr_array_index (offering, 0);

          g_assert_nonnull (strstr (facts, hoster->name));
          g_assert_null (strstr (facts, relais_nearby_no_hoster_known ()));
          known++;
        }
    }
  /* The shipped data has both cases; if it ever lacks one, this test must
   * be given a case of its own. */
  g_assert_cmpuint (known, >, 0);
  g_assert_cmpuint (unknown, >, 0);
}

/* Each name in the data, read from the file itself, is shown as po/ says:
 * in French, a name that describes has its French. */
static void
check_names (JsonArray  *entries,
             const char *context,
             const char *(*shown) (const char *id),
             guint      *translated)
{
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);
      const char *english = json_object_get_string_member (entry, "name");
      const char *expected = g_dpgettext2 (GETTEXT_PACKAGE, context, english);
      const char *name = shown (json_object_get_string_member (entry, "id"));

      g_assert_cmpstr (name, ==, expected);
      if (!g_str_equal (expected, english))
        (*translated)++;
    }
}

static const char *
funding_name (const char *id)
{
  GPtrArray *funding = relais_directory_get_funding (directory);

  for (guint i = 0; i < funding->len; i++)
    if (g_str_equal (((RelaisFunding *) g_ptr_array_index (funding, i))->id, id))
      return ((RelaisFunding *) g_ptr_array_index (funding, i))->name;
  return NULL;
}

static const char *
hoster_name (const char *id)
{
  GPtrArray *hosters = relais_directory_get_hosters (directory);

  for (guint i = 0; i < hosters->len; i++)
    if (g_str_equal (((RelaisHoster *) g_ptr_array_index (hosters, i))->id, id))
      return ((RelaisHoster *) g_ptr_array_index (hosters, i))->name;
  return NULL;
}

static const char *
alternative_name (const char *id)
{
  RelaisAlternative *alternative = relais_catalog_lookup_alternative (catalog, id);

  return alternative != NULL ? alternative->name : NULL;
}

static JsonArray *
parse_array (JsonParser *parser,
             const char *folder,
             const char *file,
             const char *array)
{
  g_autoptr(GBytes) bytes = shipped (folder, file);
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), array);
}

static void
test_names_translated (void)
{
  g_autoptr(JsonParser) funding = json_parser_new ();
  g_autoptr(JsonParser) hosters = json_parser_new ();
  g_autoptr(JsonParser) alternatives = json_parser_new ();
  guint translated = 0;

  check_names (parse_array (funding, "directory", "funding.json", "funding"), "directory", funding_name, &translated);
  check_names (parse_array (hosters, "directory", "hosters.json", "hosters"), "directory", hoster_name, &translated);
  check_names (parse_array (alternatives, "catalog", "alternatives.json", "alternatives"), "catalog",
               alternative_name, &translated);
  /* Some names describe, and French has its own words for them. */
  if (french ())
    g_assert_cmpuint (translated, >, 0);
  else
    g_assert_cmpuint (translated, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("RELAIS_LOCALEDIR");
  g_autoptr(GBytes) contacts = NULL, hosters = NULL, tools = NULL, funding = NULL, table = NULL, json = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *catalog_path = NULL;
  g_autoptr(GFile) catalog_dir = NULL;
  int status;

  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  language = g_getenv ("RELAIS_TEST_LANGUAGE") != NULL ? g_getenv ("RELAIS_TEST_LANGUAGE") : "en";
  g_test_init (&argc, &argv, NULL);

  catalog_path = g_test_build_filename (G_TEST_DIST, "..", "data", "catalog", NULL);
  catalog_dir = g_file_new_for_path (catalog_path);
  catalog = relais_catalog_new_from_directory (catalog_dir, &error);
  g_assert_no_error (error);
  contacts = shipped ("directory", "contacts.json");
  hosters = shipped ("directory", "hosters.json");
  tools = shipped ("directory", "inclusion-tools.json");
  funding = shipped ("directory", "funding.json");
  directory = relais_directory_new_from_data (contacts, hosters, tools, funding, &error);
  g_assert_no_error (error);
  table = shipped ("directory", "communes.tsv");
  communes = relais_communes_new_from_bytes (table, &error);
  g_assert_no_error (error);
  json = shipped ("directory", "places.json");
  places = relais_places_load_from_bytes (json, "places.json", &error);
  g_assert_no_error (error);
  finder = relais_place_finder_new (places, communes);

  g_test_add_func ("/nearby-text/date-in-words", test_date_in_words);
  g_test_add_func ("/nearby-text/phone-in-pairs", test_phone_in_pairs);
  g_test_add_func ("/nearby-text/licence-label", test_licence_label);
  g_test_add_func ("/nearby-text/list-source", test_list_source);
  g_test_add_func ("/nearby-text/hosters-honestly", test_hosters_honestly);
  g_test_add_func ("/nearby-text/names-translated", test_names_translated);

  status = g_test_run ();
  relais_place_finder_unref (finder);
  relais_places_unref (places);
  relais_communes_free (communes);
  relais_directory_unref (directory);
  g_object_unref (catalog);
  return status;
}
