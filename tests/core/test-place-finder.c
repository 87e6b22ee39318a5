/* test-place-finder.c — the shipped places near a commune, filtered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "relais-departements.h"
#include "relais-place-finder.h"
#include "relais-places-text.h"

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

/* The communes whose places had 0,0 in the 2023 file (Louviers, Boissey,
 * Saint-Aubin-d'Arquenay) were placed in the Perche or in the Gulf of Guinea,
 * and those around them (Colombelles, in the same EPCI as Saint-Aubin)
 * towards Alençon: their nearest places were 170 to 5,000 km away. */
static void
test_finder_nearest_are_near (void)
{
  static const struct
  {
    const char *insee;
    const char *name;
  } wanted[] = {
    { "27375", "Louviers" },
    { "27077", "Boissey-le-Châtel" },
    { "14558", "Saint-Aubin-d'Arquenay" },
    { "14167", "Colombelles" },
    { "27229", "Évreux" },
    { "27467", "Pont-Audemer" },
  };

  for (guint w = 0; w < G_N_ELEMENTS (wanted); w++)
    {
      RelaisOrigin origin;
      g_autoptr(GArray) found = NULL;
      guint located = 0;

      relais_origin_init (&origin, relais_communes_lookup (communes, wanted[w].insee), NULL);
      g_assert_nonnull (origin.commune);
      relais_place_finder_locate (finder, &origin);
      g_assert_cmpint (origin.basis, !=, RELAIS_ORIGIN_UNLOCATED);

      found = relais_place_finder_find (finder, &origin, NULL, 10);
      g_assert_cmpuint (found->len, ==, 10);
      for (guint i = 0; i < found->len; i++)
        {
          const RelaisNearby *nearby = &g_array_index (found, RelaisNearby, i);

          /* None of the ten nearest is more than 25 km away (a place with
           * no position comes first only when it is in the commune). */
          if (nearby->distance_km >= 0)
            {
              g_assert_cmpfloat (nearby->distance_km, <, 25);
              located++;
            }
          else
            g_assert_cmpint (nearby->nearness, ==, RELAIS_NEARNESS_SAME_COMMUNE);
        }
      g_assert_cmpuint (located, >=, 8);
      g_test_message ("%s: nearest at %.1f km, tenth at %.1f km", wanted[w].name,
                      g_array_index (found, RelaisNearby, 0).distance_km,
                      g_array_index (found, RelaisNearby, found->len - 1).distance_km);
    }
}

/* A file imported later may hold 0,0 or a position far from the place's
 * département: such a position is not used, neither for the place nor to
 * find the middle of its commune. */
static void
test_finder_ignores_implausible_positions (void)
{
  static const char json[] =
    "{\"format\":\"fr.artifaille.Relais.Directory\",\"version\":1,\"part\":\"places\","
    "\"source\":{\"name\":\"test\"},\"places\":["
    "{\"id\":\"a\",\"name\":\"Mairie\",\"address\":\"1 rue\",\"postcode\":\"27400\",\"commune\":\"Louviers\","
    "\"latitude\":49.214045,\"longitude\":1.16927,\"services\":[],\"updated\":\"2023-01-01\"},"
    "{\"id\":\"b\",\"name\":\"Zero\",\"address\":\"2 rue\",\"postcode\":\"27400\",\"commune\":\"Louviers\","
    "\"latitude\":0,\"longitude\":0,\"services\":[],\"updated\":\"2023-01-01\"},"
    "{\"id\":\"c\",\"name\":\"Swapped\",\"address\":\"3 rue\",\"postcode\":\"27400\",\"commune\":\"Louviers\","
    "\"latitude\":1.16927,\"longitude\":49.214045,\"services\":[],\"updated\":\"2023-01-01\"},"
    "{\"id\":\"d\",\"name\":\"Marseille\",\"address\":\"4 rue\",\"postcode\":\"27400\",\"commune\":\"Louviers\","
    "\"latitude\":43.2965,\"longitude\":5.3698,\"services\":[],\"updated\":\"2023-01-01\"},"
    "{\"id\":\"e\",\"name\":\"Médiathèque\",\"address\":\"5 rue\",\"postcode\":\"27400\",\"commune\":\"Louviers\","
    "\"latitude\":49.2168,\"longitude\":1.1655,\"services\":[],\"updated\":\"2023-01-01\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisPlaces) places = relais_places_load_from_bytes (bytes, "places.json", &error);
  RelaisPlaceFinder *small;
  RelaisOrigin origin;
  g_autoptr(GArray) found = NULL;

  g_assert_no_error (error);
  small = relais_place_finder_new (places, communes);
  g_assert_true (relais_place_finder_get_where (small, 0)->has_location);
  g_assert_false (relais_place_finder_get_where (small, 1)->has_location);
  g_assert_false (relais_place_finder_get_where (small, 2)->has_location);
  g_assert_false (relais_place_finder_get_where (small, 3)->has_location);
  g_assert_true (relais_place_finder_get_where (small, 4)->has_location);

  relais_origin_init (&origin, relais_communes_lookup (communes, "27375"), NULL);
  relais_place_finder_locate (small, &origin);
  g_assert_cmpint (origin.basis, ==, RELAIS_ORIGIN_COMMUNE_PLACES);
  /* The middle of the two real ones, in Louviers. */
  g_assert_cmpfloat (relais_distance_km (origin.latitude, origin.longitude, 49.2154, 1.1674), <, 0.5);

  /* All five are in the commune; the three unlocated ones count as 0 km. */
  found = relais_place_finder_find (small, &origin, NULL, 0);
  g_assert_cmpuint (found->len, ==, 5);
  for (guint i = 0; i < found->len; i++)
    {
      const RelaisNearby *nearby = &g_array_index (found, RelaisNearby, i);

      g_assert_cmpint (nearby->nearness, ==, RELAIS_NEARNESS_SAME_COMMUNE);
      g_assert_cmpfloat (nearby->distance_km, <, 1);
    }
  relais_place_finder_unref (small);
}

static void
test_departements_plausible (void)
{
  /* Caen's town hall, in the Calvados and nowhere else. */
  g_assert_true (relais_departements_location_is_plausible ("14", 49.1814, -0.3636));
  g_assert_false (relais_departements_location_is_plausible ("27", 49.1814, -0.3636));
  g_assert_true (relais_departements_location_is_plausible (NULL, 49.1814, -0.3636));
  /* Saint-Denis de La Réunion, overseas. */
  g_assert_true (relais_departements_location_is_plausible ("974", -20.8789, 55.4481));
  g_assert_true (relais_departements_location_is_plausible (NULL, -20.8789, 55.4481));
  g_assert_false (relais_departements_location_is_plausible ("14", -20.8789, 55.4481));
  /* "Unknown", written as 0,0, and latitude and longitude swapped. */
  g_assert_false (relais_departements_location_is_plausible (NULL, 0, 0));
  g_assert_false (relais_departements_location_is_plausible ("27", 0, 0));
  g_assert_false (relais_departements_location_is_plausible (NULL, -0.3636, 49.1814));
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

static guint
group_of (const RelaisNearby *nearby)
{
  gboolean near = nearby->nearness != RELAIS_NEARNESS_ELSEWHERE ||
                  (nearby->distance_km >= 0 && nearby->distance_km <= RELAIS_PLACE_REACH_KM);

  if (!near)
    return 2;
  return relais_place_helps_with_computers (relais_place_finder_get_place (finder, nearby->index)) ? 0 : 1;
}

/* For an association of Lisieux: help with computers before France
 * Services that only help with procedures, each nearest first; nothing
 * lost on the way. */
static void
test_finder_for_needs (void)
{
  g_autoptr(GArray) nearest = NULL;
  g_autoptr(GArray) needs = NULL;
  g_autoptr(GArray) ten = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  RelaisOrigin origin;
  gboolean procedures_only_nearby = FALSE;
  guint first_procedures = G_MAXUINT;

  relais_origin_init (&origin, relais_communes_lookup (communes, "14366"), NULL);
  relais_place_finder_locate (finder, &origin);
  g_assert_cmpint (origin.basis, ==, RELAIS_ORIGIN_COMMUNE_PLACES);

  nearest = relais_place_finder_find (finder, &origin, NULL, 0);
  needs = relais_place_finder_find_for_needs (finder, &origin, NULL, 0);
  g_assert_cmpuint (needs->len, ==, nearest->len);

  for (guint i = 0; i < needs->len; i++)
    {
      const RelaisNearby *nearby = &g_array_index (needs, RelaisNearby, i);
      const RelaisPlace *place = relais_place_finder_get_place (finder, nearby->index);

      g_assert_true (g_hash_table_add (seen, GUINT_TO_POINTER (nearby->index)));
      if (i > 0)
        {
          const RelaisNearby *before = &g_array_index (needs, RelaisNearby, i - 1);

          /* Groups in order; inside a group, nearest first. */
          g_assert_cmpuint (group_of (before), <=, group_of (nearby));
          if (group_of (before) == group_of (nearby) && before->distance_km >= 0 && nearby->distance_km >= 0)
            g_assert_cmpfloat (before->distance_km, <=, nearby->distance_km + 1e-9);
        }
      if (group_of (nearby) == 1 && first_procedures == G_MAXUINT)
        first_procedures = i;
      /* France services de Lisieux Hauteville only helps with procedures. */
      if (g_str_equal (place->name, "France services de Lisieux Hauteville"))
        {
          procedures_only_nearby = TRUE;
          g_assert_false (relais_place_helps_with_computers (place));
          g_assert_cmpuint (group_of (nearby), ==, 1);
        }
    }
  g_assert_true (procedures_only_nearby);
  /* The nearest ten are all help with computers. */
  g_assert_cmpuint (first_procedures, >=, 10);
  g_assert_true (relais_place_helps_with_computers (relais_place_finder_get_place (finder,
                                                    g_array_index (needs, RelaisNearby, 0).index)));

  ten = relais_place_finder_find_for_needs (finder, &origin, NULL, 10);
  g_assert_cmpuint (ten->len, ==, 10);
  for (guint i = 0; i < ten->len; i++)
    g_assert_cmpuint (g_array_index (ten, RelaisNearby, i).index, ==, g_array_index (needs, RelaisNearby, i).index);
}

/* Each kind of place says what it is for. */
static void
test_finder_purposes (void)
{
  g_autofree char *purposes = NULL;
  const RelaisPlace *place = NULL;

  g_assert_nonnull (relais_place_programme_purpose ("conseiller-numerique"));
  g_assert_nonnull (relais_place_programme_purpose ("france-services"));
  g_assert_cmpstr (relais_place_programme_purpose ("conseiller-numerique"), !=,
                   relais_place_programme_purpose ("france-services"));
  g_assert_null (relais_place_programme_purpose ("no-such-label"));

  for (guint i = 0; i < relais_place_finder_get_places (finder)->places->len && place == NULL; i++)
    {
      const RelaisPlace *candidate = relais_place_finder_get_place (finder, i);

      if (relais_place_has_label (candidate, "conseiller-numerique") && relais_place_has_label (candidate, "france-services"))
        place = candidate;
    }
  g_assert_nonnull (place);
  purposes = relais_place_describe_purposes (place);
  g_assert_nonnull (strstr (purposes, relais_place_programme_purpose ("conseiller-numerique")));
  g_assert_nonnull (strstr (purposes, relais_place_programme_purpose ("france-services")));
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
  g_test_add_func ("/place-finder/nearest-are-near", test_finder_nearest_are_near);
  g_test_add_func ("/place-finder/ignores-implausible-positions", test_finder_ignores_implausible_positions);
  g_test_add_func ("/place-finder/departements-plausible", test_departements_plausible);
  g_test_add_func ("/place-finder/filters", test_finder_filters);
  g_test_add_func ("/place-finder/slugs", test_finder_slugs);
  g_test_add_func ("/place-finder/for-needs", test_finder_for_needs);
  g_test_add_func ("/place-finder/purposes", test_finder_purposes);

  status = g_test_run ();
  relais_place_finder_unref (finder);
  relais_communes_free (communes);
  return status;
}
