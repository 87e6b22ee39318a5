/* bench-profile.c — reading and saving a large profile
 *
 * The profile format has no tools yet (they come with the catalogue); until
 * then a profile of 500 tools is built as such a profile will look (status,
 * notes, a short history per tool) and carried through the reader and the
 * writer as members the reader keeps. That measures the real JSON parse,
 * copy and generation of a document of that size, and the real atomic,
 * durable save of the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "relais-profile-store.h"

#define N_TOOLS 500
#define ROUNDS  41

static char *
make_document (void)
{
  g_autoptr(GString) doc = g_string_new (NULL);

  g_string_append (doc,
    "{\"format\":\"fr.artifaille.Relais.Profile\",\"version\":1,"
    "\"id\":\"0d6f3c5e-3f0b-4b8e-9a1e-2c7c1f7d9a10\",\"name\":\"Grande association\","
    "\"kind\":\"association-employer\",\"departement\":\"14\",\"postcode\":\"14000\","
    "\"reasons\":{\"values\":3,\"technical\":2,\"financial\":1},"
    "\"created\":\"2026-11-01T10:00:00Z\",\"modified\":\"2026-11-02T11:30:00Z\",\"tools\":[");
  for (guint i = 0; i < N_TOOLS; i++)
    g_string_append_printf (doc,
      "%s{\"tool\":\"proprietary-tool-%u\",\"alternative\":\"free-alternative-%u\","
      "\"status\":\"trying\",\"users\":%u,\"noted_by\":\"Camille\","
      "\"notes\":\"Essai avec l’équipe des bénévoles du mardi ; penser à exporter les contacts avant la fin du mois.\","
      "\"history\":[{\"at\":\"2026-10-0%uT09:00:00Z\",\"from\":\"to-consider\",\"to\":\"trying\"}]}",
      i > 0 ? "," : "", i, i, 1 + i % 40, 1 + i % 9);
  g_string_append (doc, "]}");

  return g_string_free (g_steal_pointer (&doc), FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
record_since (GArray *samples,
              gint64  start)
{
  double ms = (double) (g_get_monotonic_time () - start) / 1000.0;

  g_array_append_val (samples, ms);
}

static double
median_ms (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *document = make_document ();
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) write = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(RelaisProfile) profile = NULL;
  g_autoptr(RelaisProfileStore) store = NULL;
  g_autoptr(GFile) directory = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  base = g_dir_make_tmp ("relais-bench-XXXXXX", &error);
  g_assert_no_error (error);
  directory = g_file_new_build_filename (base, "profiles", NULL);
  store = relais_profile_store_new (directory);

  for (guint i = 0; i < ROUNDS; i++)
    {
      g_autoptr(RelaisProfile) loaded = NULL;
      g_autofree char *data = NULL;
      gint64 t0 = g_get_monotonic_time ();

      loaded = relais_profile_new_from_data (document, -1, &error);
      g_assert_no_error (error);
      record_since (load, t0);

      t0 = g_get_monotonic_time ();
      data = relais_profile_to_data (loaded, NULL);
      record_since (write, t0);

      if (profile == NULL)
        {
          profile = g_steal_pointer (&loaded);
          relais_profile_store_add (store, profile, &error);
          g_assert_no_error (error);
        }
    }

  for (guint i = 0; i < ROUNDS; i++)
    {
      gint64 t0;

      relais_profile_set_postcode (profile, i % 2 ? "14000" : "14400");
      t0 = g_get_monotonic_time ();
      relais_profile_store_save (store, profile, &error);
      g_assert_no_error (error);
      record_since (save, t0);
    }

  g_print ("profile of %d tools, %zu bytes, medians of %d rounds\n", N_TOOLS, strlen (document), ROUNDS);
  g_print ("| operation | median (ms) |\n| --- | ---: |\n");
  g_print ("| read and validate (JSON → profile) | %.2f |\n", median_ms (load));
  g_print ("| write (profile → JSON) | %.2f |\n", median_ms (write));
  g_print ("| save: backup, temporary file, fsync, rename | %.2f |\n", median_ms (save));

  {
    g_autofree char *path = g_file_get_path (relais_profile_store_get_file (store, profile));
    g_autofree char *backup = g_strconcat (path, "~", NULL);
    g_autofree char *folder = g_file_get_path (directory);

    g_remove (path);
    g_remove (backup);
    g_rmdir (folder);
    g_rmdir (base);
  }

  return 0;
}
