/* bench-nearby.c — the nearest 10 of 20,000 places, and communes typed
 *
 * 20,000 places (26 times the Normandy data) spread over real communes of
 * the shipped table, three in four with coordinates in metropolitan France;
 * the user's commune drawn at random among them. Prints the median, the 99th
 * percentile and the worst time to rank the nearest 10 (target: under 2 ms),
 * with and without a filter that keeps one place in three, then the same
 * for searching communes by name and by postcode, and the time to read the
 * table of communes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "relais-communes.h"
#include "relais-nearby.h"

/* The sizes of a measurement; --small: once, small, in the test suite
 * (suite bench), so that the benchmark cannot rot unseen. */
static guint n_places = 20000;
static guint n_queries = 2000;
static guint n_searches = 500;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
print_times (const char *what,
             GArray     *times)
{
  g_array_sort (times, compare_doubles);
  g_print ("| %s | %.3f | %.3f | %.3f |\n", what,
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, (guint) (times->len * 0.99)),
           g_array_index (times, double, times->len - 1));
}

static gboolean
one_in_three (guint    index,
              gpointer user_data)
{
  return index % 3 == 0;
}

static void
bench_ranking (RelaisCommunes *communes,
               GRand          *rand)
{
  g_autofree RelaisWhere *places = g_new0 (RelaisWhere, n_places);
  g_autoptr(GArray) plain = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) filtered = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) locating = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = relais_communes_get_count (communes);

  for (guint i = 0; i < n_places; i++)
    {
      char insee[6];

      /* Real communes, by drawing codes until one exists. */
      do
        g_snprintf (insee, sizeof insee, "%02d%03d", g_rand_int_range (rand, 1, 96),
                    g_rand_int_range (rand, 1, 700));
      while (!(places[i].commune = relais_communes_lookup (communes, insee)));
      places[i].has_location = g_rand_int_range (rand, 0, 4) > 0;
      places[i].latitude = g_rand_double_range (rand, 42.3, 51.1);
      places[i].longitude = g_rand_double_range (rand, -4.8, 8.2);
    }

  for (guint q = 0; q < n_queries; q++)
    {
      const RelaisCommune *commune = places[g_rand_int_range (rand, 0, n_places)].commune;
      RelaisOrigin origin;
      gint64 start;
      double ms;

      start = g_get_monotonic_time ();
      relais_origin_init (&origin, commune, NULL);
      relais_origin_locate (&origin, places, n_places);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (locating, ms);

      {
        g_autoptr(GArray) ranking = NULL;

        start = g_get_monotonic_time ();
        ranking = relais_nearby_rank (&origin, places, n_places, 10, NULL, NULL);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (plain, ms);
        g_assert (ranking->len == 10);
      }
      {
        g_autoptr(GArray) ranking = NULL;

        start = g_get_monotonic_time ();
        ranking = relais_nearby_rank (&origin, places, n_places, 10, one_in_three, NULL);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (filtered, ms);
      }
    }

  g_print ("nearby: %u places, %u communes, %u queries\n\n", n_places, n, n_queries);
  g_print ("| per query | median (ms) | p99 (ms) | worst (ms) |\n");
  g_print ("| --- | ---: | ---: | ---: |\n");
  print_times ("nearest 10", plain);
  print_times ("nearest 10, filtered", filtered);
  print_times ("locating the user's commune (once per change of commune)", locating);
}

static void
bench_communes_search (RelaisCommunes *communes,
                       GRand          *rand)
{
  static const char *names[] = { "caen", "saint lo", "rouen", "cherbourg", "ev", "le havre",
                                 "bayeu", "st pierre", "vire", "lisieux", "alencon", "dieppe" };
  g_autoptr(GArray) by_name = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) by_postcode = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint q = 0; q < n_searches; q++)
    {
      char postcode[6];
      gint64 start;
      double ms;
      g_autoptr(GPtrArray) results = NULL;
      g_autoptr(GPtrArray) codes = NULL;

      start = g_get_monotonic_time ();
      results = relais_communes_search (communes, names[q % G_N_ELEMENTS (names)], 8);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (by_name, ms);

      g_snprintf (postcode, sizeof postcode, "%02d%d", g_rand_int_range (rand, 1, 96), g_rand_int_range (rand, 0, 10));
      start = g_get_monotonic_time ();
      codes = relais_communes_search (communes, postcode, 8);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (by_postcode, ms);
    }

  print_times ("commune by name (typed so far)", by_name);
  print_times ("commune by postcode (3 digits)", by_postcode);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "data", "directory", "communes.tsv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RelaisCommunes) communes = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  gint64 start;

  setlocale (LC_ALL, "");
  if (argc > 1 && g_str_equal (argv[1], "--small"))
    {
      n_places = 500;
      n_queries = 20;
      n_searches = 20;
    }

  if (!(file = g_mapped_file_new (path, FALSE, &error)))
    g_error ("%s", error->message);
  bytes = g_mapped_file_get_bytes (file);
  start = g_get_monotonic_time ();
  if (!(communes = relais_communes_new_from_bytes (bytes, &error)))
    g_error ("%s", error->message);
  g_print ("communes: table read in %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  bench_ranking (communes, rand);
  bench_communes_search (communes, rand);
  return 0;
}
