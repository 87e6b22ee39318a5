/* bench-profile.c — reading and saving a large profile
 *
 * A profile of 500 tools, each with its users, note, choice, price and a
 * change of status (so its history), is made with the model's own functions
 * and written by the model: the document is always in the current format.
 * That measures the real JSON parse, validation and generation of a
 * document of that size, and the real atomic, durable save of the store.
 * --small: a few tools, a few rounds, once in the test suite (suite bench).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "relais-profile-store.h"
#include "relais-profile-tool.h"

static guint n_tools = 500;
static guint rounds = 41;

static char *
make_document (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Grande association");

  relais_profile_set_kind (profile, RELAIS_PROFILE_KIND_ASSOCIATION_EMPLOYER);
  relais_profile_set_departement (profile, "14");
  relais_profile_set_postcode (profile, "14000");
  for (guint i = 0; i < n_tools; i++)
    {
      g_autofree char *tool_id = g_strdup_printf ("proprietary-tool-%u", i);
      g_autofree char *choice = g_strdup_printf ("free-alternative-%u", i);
      RelaisProfileTool *tool = relais_profile_add_tool (profile, tool_id);

      relais_profile_tool_set_users (tool, 1 + i % 40);
      relais_profile_tool_set_note (tool, "Essai avec l’équipe des bénévoles du mardi ; "
                                          "penser à exporter les contacts avant la fin du mois.");
      relais_profile_tool_set_noted_by (tool, "Camille");
      relais_profile_tool_set_yearly_price (tool, 12.0 * (i % 30));
      relais_profile_tool_set_choice (tool, choice);
      relais_profile_tool_set_status (tool, RELAIS_TOOL_STATUS_TRYING);
    }

  return relais_profile_to_data (profile, NULL);
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
  g_autofree char *document = NULL;
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) write = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(RelaisProfile) profile = NULL;
  g_autoptr(RelaisProfileStore) store = NULL;
  g_autoptr(GFile) directory = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc > 1 && g_str_equal (argv[1], "--small"))
    {
      n_tools = 5;
      rounds = 3;
    }
  document = make_document ();
  base = g_dir_make_tmp ("relais-bench-XXXXXX", &error);
  g_assert_no_error (error);
  directory = g_file_new_build_filename (base, "profiles", NULL);
  store = relais_profile_store_new (directory);

  for (guint i = 0; i < rounds; i++)
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

  for (guint i = 0; i < rounds; i++)
    {
      gint64 t0;

      relais_profile_set_postcode (profile, i % 2 ? "14000" : "14400");
      t0 = g_get_monotonic_time ();
      relais_profile_store_save (store, profile, &error);
      g_assert_no_error (error);
      record_since (save, t0);
    }

  g_print ("profile of %u tools, %zu bytes, medians of %u rounds\n", n_tools, strlen (document), rounds);
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
