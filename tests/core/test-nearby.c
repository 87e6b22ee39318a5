/* test-nearby.c — communes typed by name or postcode, and help ranked
 * nearest first with its fall-backs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "relais-communes.h"
#include "relais-nearby.h"

static RelaisCommunes *communes;

static RelaisCommunes *
load_shipped_communes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "directory", "communes.tsv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, &error);
  g_autoptr(GBytes) bytes = NULL;
  RelaisCommunes *loaded;

  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (file);
  loaded = relais_communes_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  return loaded;
}

static const RelaisCommune *
first_result (const char *query)
{
  g_autoptr(GPtrArray) results = relais_communes_search (communes, query, 10);

  g_assert_cmpuint (results->len, >, 0);
  return g_ptr_array_index (results, 0);
}

static void
test_communes_table (void)
{
  const RelaisCommune *caen = relais_communes_lookup (communes, "14118");

  /* The whole of France, from INSEE's geographic code of March 2026. */
  g_assert_cmpuint (relais_communes_get_count (communes), ==, 34969);
  g_assert_nonnull (caen);
  g_assert_cmpstr (caen->name, ==, "Caen");
  g_assert_cmpstr (caen->departement, ==, "14");
  g_assert_cmpstr (caen->epci, ==, "200065597");
  g_assert_true (relais_commune_has_postcode (caen, "14000"));
  g_assert_false (relais_commune_has_postcode (caen, "1400"));
  g_assert_null (relais_communes_lookup (communes, "99999"));
}

static void
test_communes_search (void)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *label = NULL;
  const RelaisCommune *commune;

  /* Lower case, no accents: the big Caen first, before the communes whose
   * name only starts with "caen" or has a word that does. */
  commune = first_result ("caen");
  g_assert_cmpstr (commune->insee, ==, "14118");
  label = relais_commune_dup_label (commune);
  g_assert_cmpstr (label, ==, "Caen (14000)");

  results = relais_communes_search (communes, "caen", 10);
  g_assert_cmpuint (results->len, >, 1);
  for (guint i = 1; i < results->len; i++)
    g_assert_cmpstr (((const RelaisCommune *) g_ptr_array_index (results, i))->insee, !=, "14118");
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Accents, hyphens and "St" as people type them. */
  g_assert_cmpstr (first_result ("saint lo")->name, ==, "Saint-Lô");
  g_assert_cmpstr (first_result ("St-Lo")->name, ==, "Saint-Lô");
  g_assert_cmpstr (first_result ("ÉVREUX")->name, ==, "Évreux");
  /* One typing mistake. */
  g_assert_cmpstr (first_result ("cherboug")->name, ==, "Cherbourg-en-Cotentin");

  /* A postcode, whole or begun, with or without its space. */
  g_assert_cmpstr (first_result ("14000")->insee, ==, "14118");
  g_assert_cmpstr (first_result ("14 000")->insee, ==, "14118");
  results = relais_communes_search (communes, "141", 50);
  g_assert_cmpuint (results->len, >, 1);
  for (guint i = 0; i < results->len; i++)
    g_assert_true (g_str_has_prefix (((const RelaisCommune *) g_ptr_array_index (results, i))->postcodes, "141") || strstr (((const RelaisCommune *) g_ptr_array_index (results, i))->postcodes, ",141") != NULL);
  g_clear_pointer (&results, g_ptr_array_unref);

  results = relais_communes_search (communes, "zzzzqqq", 10);
  g_assert_cmpuint (results->len, ==, 0);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = relais_communes_search (communes, "  ", 10);
  g_assert_cmpuint (results->len, ==, 0);
}

static void
test_communes_resolve (void)
{
  /* The places' sources write names in capitals and often leave the INSEE
   * code out. */
  g_assert_cmpstr (relais_communes_resolve (communes, NULL, "EVREUX", "27000")->insee, ==, "27229");
  g_assert_cmpstr (relais_communes_resolve (communes, "14118", "anything", NULL)->name, ==, "Caen");
  g_assert_cmpstr (relais_communes_resolve (communes, NULL, "LE HAVRE", "76600")->insee, ==, "76351");
  /* Vire merged into Vire Normandie, which shares 14500 with Campagnolles. */
  g_assert_cmpstr (relais_communes_resolve (communes, NULL, "VIRE", "14500")->name, ==, "Vire Normandie");
  /* A postcode shared by several communes and a name that matches none of
   * them: no guess. */
  g_assert_null (relais_communes_resolve (communes, NULL, "Nowhere", "14190"));
  g_assert_null (relais_communes_resolve (communes, NULL, "Caen", "00000"));
  g_assert_null (relais_communes_resolve (communes, NULL, "Caen", NULL));
}

/* The postcode typed in a profile: one commune is set, several are asked. */
static void
test_communes_for_postcode (void)
{
  g_autoptr(GPtrArray) lisieux = relais_communes_for_postcode (communes, "14100");
  g_autoptr(GPtrArray) caen = relais_communes_for_postcode (communes, "14000");
  g_autoptr(GPtrArray) none = relais_communes_for_postcode (communes, "00000");
  g_autoptr(GPtrArray) empty = relais_communes_for_postcode (communes, NULL);

  /* 14100 is Lisieux and the villages around it: Lisieux first, then by
   * population, each of them with that postcode. */
  g_assert_cmpuint (lisieux->len, ==, 23);
  g_assert_cmpstr (((const RelaisCommune *) g_ptr_array_index (lisieux, 0))->name, ==, "Lisieux");
  for (guint i = 0; i < lisieux->len; i++)
    {
      const RelaisCommune *commune = g_ptr_array_index (lisieux, i);

      g_assert_true (relais_commune_has_postcode (commune, "14100"));
      if (i > 0)
        g_assert_cmpuint (((const RelaisCommune *) g_ptr_array_index (lisieux, i - 1))->population, >=,
                          commune->population);
    }

  g_assert_cmpuint (caen->len, ==, 1);
  g_assert_cmpstr (((const RelaisCommune *) g_ptr_array_index (caen, 0))->insee, ==, "14118");
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (empty->len, ==, 0);
}

static void
test_communes_broken_table (void)
{
  static const char *tables[] = {
    "",
    "# only a comment\n",
    "14118\tCaen\t14\n",
    "14118\tCaen\t14\t14000\t200065597\tmany\n",
    "1411\tCaen\t14\t14000\t200065597\t1\n",
    "14118\t\xff\t14\t14000\t200065597\t1\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (tables[i], strlen (tables[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(RelaisCommunes) broken = relais_communes_new_from_bytes (bytes, &error);

      g_assert_null (broken);
      g_assert_error (error, RELAIS_COMMUNES_ERROR, RELAIS_COMMUNES_ERROR_INVALID);
    }
}

static void
test_distance (void)
{
  /* Caen to Rouen, town halls: about 105 km as the crow flies. */
  double km = relais_distance_km (49.1829, -0.3707, 49.4431, 1.0993);

  g_assert_cmpfloat_with_epsilon (km, 110.0, 6.0);
  g_assert_cmpfloat (relais_distance_km (49.0, 0.0, 49.0, 0.0), ==, 0.0);
}

/* A small world: two places in Caen, one in Hérouville-Saint-Clair (same
 * EPCI as Caen), one in Bayeux (Calvados, another EPCI), one in Rouen, one
 * in Bayeux without coordinates, one with no known commune in Calvados. */
static RelaisWhere world[7];

static void
set_up_world (void)
{
  const RelaisCommune *caen = relais_communes_lookup (communes, "14118");
  const RelaisCommune *herouville = relais_communes_lookup (communes, "14327");
  const RelaisCommune *bayeux = relais_communes_lookup (communes, "14047");
  const RelaisCommune *rouen = relais_communes_lookup (communes, "76540");

  g_assert_cmpstr (herouville->epci, ==, caen->epci);
  g_assert_cmpstr (bayeux->epci, !=, caen->epci);

  world[0] = (RelaisWhere) { rouen, NULL, TRUE, 49.443, 1.099 };
  world[1] = (RelaisWhere) { bayeux, NULL, TRUE, 49.276, -0.703 };
  world[2] = (RelaisWhere) { caen, NULL, TRUE, 49.180, -0.370 };
  world[3] = (RelaisWhere) { herouville, NULL, TRUE, 49.205, -0.330 };
  world[4] = (RelaisWhere) { caen, NULL, TRUE, 49.190, -0.360 };
  world[5] = (RelaisWhere) { bayeux, NULL, FALSE, 0, 0 };
  world[6] = (RelaisWhere) { NULL, "14", FALSE, 0, 0 };
}

static guint
rank_of (GArray *ranking,
         guint   index)
{
  for (guint i = 0; i < ranking->len; i++)
    if (g_array_index (ranking, RelaisNearby, i).index == index)
      return i;
  return G_MAXUINT;
}

static void
test_nearby_by_distance (void)
{
  RelaisOrigin origin;
  g_autoptr(GArray) ranking = NULL;
  g_autoptr(GArray) top = NULL;

  set_up_world ();
  relais_origin_init (&origin, relais_communes_lookup (communes, "14118"), NULL);
  relais_origin_locate (&origin, world, G_N_ELEMENTS (world));

  /* Caen's two places give its middle. */
  g_assert_cmpint (origin.basis, ==, RELAIS_ORIGIN_COMMUNE_PLACES);
  g_assert_cmpfloat_with_epsilon (origin.latitude, 49.185, 1e-9);
  g_assert_cmpfloat_with_epsilon (origin.longitude, -0.365, 1e-9);

  ranking = relais_nearby_rank (&origin, world, G_N_ELEMENTS (world), 0, NULL, NULL);
  g_assert_cmpuint (ranking->len, ==, 7);
  /* Both Caen places first (as near as each other), then Hérouville,
   * Bayeux, Rouen; then the places without coordinates. */
  g_assert_cmpuint (rank_of (ranking, 2), <, 2);
  g_assert_cmpuint (rank_of (ranking, 4), <, 2);
  g_assert_cmpuint (g_array_index (ranking, RelaisNearby, 2).index, ==, 3);
  g_assert_cmpuint (g_array_index (ranking, RelaisNearby, 3).index, ==, 1);
  g_assert_cmpuint (g_array_index (ranking, RelaisNearby, 4).index, ==, 0);
  g_assert_cmpint (g_array_index (ranking, RelaisNearby, 2).nearness, ==, RELAIS_NEARNESS_SAME_EPCI);
  g_assert_cmpint (g_array_index (ranking, RelaisNearby, 3).nearness, ==, RELAIS_NEARNESS_SAME_DEPARTEMENT);
  g_assert_cmpint (g_array_index (ranking, RelaisNearby, 4).nearness, ==, RELAIS_NEARNESS_ELSEWHERE);
  g_assert_cmpfloat (g_array_index (ranking, RelaisNearby, 4).distance_km, >, 90);
  /* Without coordinates: no distance, and after every located place. */
  g_assert_cmpfloat (g_array_index (ranking, RelaisNearby, rank_of (ranking, 5)).distance_km, <, 0);
  g_assert_cmpuint (rank_of (ranking, 5), >, rank_of (ranking, 0));

  /* The few best of many: the same as the head of the whole ranking. */
  top = relais_nearby_rank (&origin, world, G_N_ELEMENTS (world), 3, NULL, NULL);
  g_assert_cmpuint (top->len, ==, 3);
  for (guint i = 0; i < top->len; i++)
    g_assert_cmpuint (g_array_index (top, RelaisNearby, i).index, ==, g_array_index (ranking, RelaisNearby, i).index);
}

/* 0,0 ("unknown" in some sources) or a position in the wrong département
 * would move the middle of Caen thousands of kilometres away. */
static void
test_nearby_implausible_positions (void)
{
  const RelaisCommune *caen = relais_communes_lookup (communes, "14118");
  RelaisWhere with_wrong[G_N_ELEMENTS (world) + 2];
  RelaisOrigin origin;

  set_up_world ();
  memcpy (with_wrong, world, sizeof world);
  with_wrong[G_N_ELEMENTS (world)] = (RelaisWhere) { caen, NULL, TRUE, 0, 0 };
  with_wrong[G_N_ELEMENTS (world) + 1] = (RelaisWhere) { caen, NULL, TRUE, 49.443, 1.099 };  /* Rouen's */
  relais_origin_init (&origin, caen, NULL);
  relais_origin_locate (&origin, with_wrong, G_N_ELEMENTS (with_wrong));
  g_assert_cmpint (origin.basis, ==, RELAIS_ORIGIN_COMMUNE_PLACES);
  g_assert_cmpfloat_with_epsilon (origin.latitude, 49.185, 1e-9);
  g_assert_cmpfloat_with_epsilon (origin.longitude, -0.365, 1e-9);

  /* A commune whose only position is wrong is located from its EPCI. */
  with_wrong[2].latitude = with_wrong[4].latitude = 0;
  with_wrong[2].longitude = with_wrong[4].longitude = 0;
  relais_origin_locate (&origin, with_wrong, G_N_ELEMENTS (with_wrong));
  g_assert_cmpint (origin.basis, ==, RELAIS_ORIGIN_EPCI_PLACES);
  g_assert_cmpfloat_with_epsilon (origin.latitude, 49.205, 1e-9);
}

static void
test_nearby_fall_backs (void)
{
  RelaisOrigin origin;
  g_autoptr(GArray) ranking = NULL;
  const RelaisCommune *mondeville = relais_communes_lookup (communes, "14437");

  set_up_world ();

  /* Mondeville has no place in this world but shares Caen's EPCI: its
   * middle is taken from the EPCI's places. */
  g_assert_cmpstr (mondeville->epci, ==, relais_communes_lookup (communes, "14118")->epci);
  relais_origin_init (&origin, mondeville, NULL);
  relais_origin_locate (&origin, world, G_N_ELEMENTS (world));
  g_assert_cmpint (origin.basis, ==, RELAIS_ORIGIN_EPCI_PLACES);
  ranking = relais_nearby_rank (&origin, world, G_N_ELEMENTS (world), 0, NULL, NULL);
  g_assert_cmpuint (rank_of (ranking, 0), ==, 4);  /* Rouen last of the located */
  g_clear_pointer (&ranking, g_array_unref);

  /* A commune with no place in it or in its EPCI: no distance at all, so
   * same commune, same EPCI, same département, then the rest. */
  relais_origin_init (&origin, relais_communes_lookup (communes, "14047"), NULL);
  relais_origin_locate (&origin, world + 2, 3);  /* only Caen's EPCI */
  g_assert_cmpint (origin.basis, ==, RELAIS_ORIGIN_UNLOCATED);
  ranking = relais_nearby_rank (&origin, world, G_N_ELEMENTS (world), 0, NULL, NULL);
  g_assert_cmpuint (rank_of (ranking, 1), ==, 0);   /* Bayeux */
  g_assert_cmpuint (rank_of (ranking, 5), ==, 1);   /* Bayeux, no coordinates */
  g_assert_cmpuint (rank_of (ranking, 0), ==, 6);   /* Rouen, elsewhere */
  for (guint i = 0; i < ranking->len; i++)
    g_assert_cmpfloat (g_array_index (ranking, RelaisNearby, i).distance_km, <, 0);
  g_clear_pointer (&ranking, g_array_unref);

  /* Only a département. */
  relais_origin_init (&origin, NULL, "76");
  relais_origin_locate (&origin, world, G_N_ELEMENTS (world));
  ranking = relais_nearby_rank (&origin, world, G_N_ELEMENTS (world), 1, NULL, NULL);
  g_assert_cmpuint (g_array_index (ranking, RelaisNearby, 0).index, ==, 0);
  g_assert_cmpint (g_array_index (ranking, RelaisNearby, 0).nearness, ==, RELAIS_NEARNESS_SAME_DEPARTEMENT);
}

static gboolean
keep_even (guint    index,
           gpointer user_data)
{
  guint *calls = user_data;

  (*calls)++;
  return index % 2 == 0;
}

static void
test_nearby_filter (void)
{
  RelaisOrigin origin;
  g_autoptr(GArray) ranking = NULL;
  guint calls = 0;

  set_up_world ();
  relais_origin_init (&origin, relais_communes_lookup (communes, "14118"), NULL);
  relais_origin_locate (&origin, world, G_N_ELEMENTS (world));
  ranking = relais_nearby_rank (&origin, world, G_N_ELEMENTS (world), 2, keep_even, &calls);
  g_assert_cmpuint (calls, ==, G_N_ELEMENTS (world));
  g_assert_cmpuint (ranking->len, ==, 2);
  g_assert_cmpuint (rank_of (ranking, 2), <, 2);
  g_assert_cmpuint (rank_of (ranking, 4), <, 2);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  communes = load_shipped_communes ();

  g_test_add_func ("/communes/table", test_communes_table);
  g_test_add_func ("/communes/search", test_communes_search);
  g_test_add_func ("/communes/resolve", test_communes_resolve);
  g_test_add_func ("/communes/for-postcode", test_communes_for_postcode);
  g_test_add_func ("/communes/broken-table", test_communes_broken_table);
  g_test_add_func ("/nearby/distance", test_distance);
  g_test_add_func ("/nearby/by-distance", test_nearby_by_distance);
  g_test_add_func ("/nearby/implausible-positions", test_nearby_implausible_positions);
  g_test_add_func ("/nearby/fall-backs", test_nearby_fall_backs);
  g_test_add_func ("/nearby/filter", test_nearby_filter);

  status = g_test_run ();
  relais_communes_free (communes);
  return status;
}
