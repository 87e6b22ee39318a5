/* test-place-finder.c — the shipped places near a commune, filtered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "relais-place-finder.h"

static RelaisCommunes *communes;
static RelaisPlaceFinder *finder;

static GBytes *
shipped (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "directory", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

static void
caen_origin (RelaisOrigin *origin)
{
  relais_origin_init (origin, relais_communes_lookup (communes, "14118"), NULL);
  relais_place_finder_locate (finder, origin);
}

static void
test_finder_resolves_communes (void)
{
  RelaisPlaces *places = relais_place_finder_get_places (finder);
  guint resolved = 0, without_insee = 0;

  for (guint i = 0; i < places->places->len; i++)
    {
      const RelaisPlace *place = relais_place_finder_get_place (finder, i);
      const RelaisWhere *where = relais_place_finder_get_where (finder, i);

      without_insee += place->insee == NULL;
      if (where->commune == NULL)
        continue;
      resolved++;
      /* A resolved commune is in the département of the place's postcode
       * (Corsica and overseas aside, which this data does not have). */
      g_assert_true (g_str_has_prefix (place->postcode, where->commune->departement));
    }

  /* Most places come without an INSEE code; nearly all are found from
   * their name and postcode (the rest are in communes that merged under a
   * new name, and keep their coordinates and département). */
  g_assert_cmpuint (without_insee, >, places->places->len / 2);
  g_assert_cmpuint (resolved * 100, >=, places->places->len * 95);
  for (guint i = 0; i < places->places->len; i++)
    g_assert_nonnull (relais_place_finder_get_where (finder, i)->departement);
  g_test_message ("%u of %u places in a known commune", resolved, places->places->len);
}

static void
test_finder_nearest_caen (void)
{
  RelaisOrigin origin;
  g_autoptr(GArray) found = NULL;
  double previous = 0;

  caen_origin (&origin);
  g_assert_cmpint (origin.basis, ==, RELAIS_ORIGIN_COMMUNE_PLACES);

  found = relais_place_finder_find (finder, &origin, NULL, 10);
  g_assert_cmpuint (found->len, ==, 10);
  for (guint i = 0; i < found->len; i++)
    {
      const RelaisNearby *nearby = &g_array_index (found, RelaisNearby, i);

      g_assert_cmpfloat (nearby->distance_km, >=, previous);
      g_assert_cmpfloat (nearby->distance_km, <, 15);
      previous = nearby->distance_km;
      g_assert_false (relais_place_is_closed (relais_place_finder_get_place (finder, nearby->index)));
    }
  /* Caen's own places first. */
  g_assert_cmpint (g_array_index (found, RelaisNearby, 0).nearness, ==, RELAIS_NEARNESS_SAME_COMMUNE);
}

static void
test_finder_filters (void)
{
  RelaisOrigin origin;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) computer = NULL;
  g_autoptr(GArray) open = NULL;
  g_autoptr(GArray) nothing = NULL;
  g_autoptr(GTimeZone) paris = g_time_zone_new_identifier ("Europe/Paris");
  /* A Tuesday morning, not a public holiday. */
  g_autoptr(GDateTime) tuesday = g_date_time_new (paris, 2026, 12, 1, 10, 0, 0);
  g_autoptr(GDateTime) sunday_night = g_date_time_new (paris, 2026, 11, 29, 23, 30, 0);
  RelaisPlaceFilter by_service = { "prendre-en-main-un-ordinateur", NULL, NULL, NULL };
  RelaisPlaceFilter open_tuesday = { NULL, NULL, NULL, tuesday };
  RelaisPlaceFilter open_sunday_night = { NULL, NULL, NULL, sunday_night };

  caen_origin (&origin);
  all = relais_place_finder_find (finder, &origin, NULL, 0);
  g_assert_cmpuint (all->len, ==, relais_place_finder_get_n_open_places (finder));

  computer = relais_place_finder_find (finder, &origin, &by_service, 0);
  g_assert_cmpuint (computer->len, >, 0);
  g_assert_cmpuint (computer->len, <, all->len);
  for (guint i = 0; i < computer->len; i++)
    g_assert_true (g_strv_contains ((const char * const *) relais_place_finder_get_place (finder, g_array_index (computer, RelaisNearby, i).index)->services,
                                    "prendre-en-main-un-ordinateur"));

  open = relais_place_finder_find (finder, &origin, &open_tuesday, 0);
  g_assert_cmpuint (open->len, >, 0);
  g_assert_cmpuint (open->len, <, all->len);
  for (guint i = 0; i < open->len; i++)
    {
      RelaisOpeningHours *hours = relais_place_finder_get_hours (finder, g_array_index (open, RelaisNearby, i).index);

      g_assert_nonnull (hours);
      g_assert_true (relais_opening_hours_is_open (hours, tuesday));
    }

  /* Nobody in the data opens on Sunday at half past eleven at night. */
  nothing = relais_place_finder_find (finder, &origin, &open_sunday_night, 0);
  g_assert_cmpuint (nothing->len, ==, 0);
}

static void
test_finder_slugs (void)
{
  g_auto(GStrv) services = relais_places_get_slugs (relais_place_finder_get_places (finder), RELAIS_PLACE_SLUGS_SERVICES);
  g_auto(GStrv) fees = relais_places_get_slugs (relais_place_finder_get_places (finder), RELAIS_PLACE_SLUGS_FEES);
  g_auto(GStrv) publics = relais_places_get_slugs (relais_place_finder_get_places (finder), RELAIS_PLACE_SLUGS_PUBLICS);

  g_assert_true (g_strv_contains ((const char * const *) services, "prendre-en-main-un-ordinateur"));
  g_assert_true (g_strv_contains ((const char * const *) fees, "gratuit"));
  g_assert_true (g_strv_contains ((const char * const *) publics, "seniors-65"));
  g_assert_false (g_strv_contains ((const char * const *) services, "gratuit"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) table = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(RelaisPlaces) places = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  table = shipped ("communes.tsv");
  communes = relais_communes_new_from_bytes (table, &error);
  g_assert_no_error (error);
  json = shipped ("places.json");
  places = relais_places_load_from_bytes (json, "places.json", &error);
  g_assert_no_error (error);
  finder = relais_place_finder_new (places, communes);

  g_test_add_func ("/place-finder/resolves-communes", test_finder_resolves_communes);
  g_test_add_func ("/place-finder/nearest-caen", test_finder_nearest_caen);
  g_test_add_func ("/place-finder/filters", test_finder_filters);
  g_test_add_func ("/place-finder/slugs", test_finder_slugs);

  status = g_test_run ();
  relais_place_finder_unref (finder);
  relais_communes_free (communes);
  return status;
}
