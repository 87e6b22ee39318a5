/* relais-plan-command.c — `relais --export-plan PROFILE OUTPUT`: a trainer
 * prepares the plans of a workshop from a terminal, without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-catalog.h"
#include "relais-communes.h"
#include "relais-directory.h"
#include "relais-file-read.h"
#include "relais-place-finder.h"
#include "relais-plan-build.h"
#include "relais-plan-command.h"
#include "relais-plan-export.h"
#include "relais-profile-store.h"

typedef struct
{
  GMainLoop *loop;
  gboolean   listed;
} Listing;

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Listing *listing = user_data;

  listing->listed = relais_profile_store_list_finish (RELAIS_PROFILE_STORE (source), result, NULL, NULL);
  g_main_loop_quit (listing->loop);
}

/* A file (an exported .relais, a profile's .json), or the id or the name of
 * one of the user's profiles. */
static RelaisProfile *
find_profile (const char  *wanted,
              GError     **error)
{
  g_autoptr(RelaisProfileStore) store = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autofree char *folded = NULL;
  Listing listing = { NULL, FALSE };
  GListModel *profiles;

  if (g_file_test (wanted, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GBytes) bytes = relais_file_read_path (wanted, RELAIS_PROFILE_MAX_SIZE, NULL, NULL, error);
      gsize length;
      const char *data;

      if (bytes == NULL)
        return NULL;
      data = g_bytes_get_data (bytes, &length);
      /* Read-only is enough to write a plan, even from a newer Relais. */
      return relais_profile_new_read_only_from_data (data != NULL ? data : "", (gssize) length, error);
    }

  store = relais_profile_store_new_default ();
  loop = g_main_loop_new (NULL, FALSE);
  listing.loop = loop;
  relais_profile_store_list_async (store, NULL, listed_cb, &listing);
  g_main_loop_run (loop);

  folded = g_utf8_casefold (wanted, -1);
  profiles = relais_profile_store_get_profiles (store);
  for (guint i = 0; listing.listed && i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(RelaisProfile) profile = g_list_model_get_item (profiles, i);
      g_autofree char *name = g_utf8_casefold (relais_profile_get_name (profile), -1);

      /* Listed is read whole: the store lends it, the plan keeps it. */
      if (g_str_equal (relais_profile_get_id (profile), wanted) || g_str_equal (name, folded))
        return g_steal_pointer (&profile);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("“%s” is neither a profile file nor the name of one of your profiles."), wanted);
  return NULL;
}

static int
fail (const GError *error)
{
  g_printerr (_("No plan was written: %s\n"), error != NULL ? error->message : _("the plan could not be made."));
  return 1;
}

/**
 * relais_plan_command_run:
 * @profile: a profile file, or the id or name of one of the user's profiles
 * @output: a file name ending in .pdf or .odt
 * @paper: (nullable): "a4" (the default) or "letter"
 *
 * Returns: the exit status: 0 when the plan was written, 1 otherwise, after
 *   saying why on the standard error
 */
int
relais_plan_command_run (const char *profile,
                         const char *output,
                         const char *paper)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisProfile) found = NULL;
  g_autoptr(RelaisCatalog) catalog = NULL;
  g_autoptr(RelaisDirectory) directory = NULL;
  g_autoptr(RelaisPlaces) places = NULL;
  g_autoptr(RelaisPlaceFinder) finder = NULL;
  g_autoptr(RelaisPlan) plan = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *refreshed = relais_directory_get_refreshed_hosters_path ();
  RelaisPlanSources sources = { 0 };
  RelaisCommunes *communes;

  g_return_val_if_fail (profile != NULL, 1);
  g_return_val_if_fail (output != NULL, 1);

  if (paper != NULL && !g_str_equal (paper, "a4") && !g_str_equal (paper, "letter"))
    {
      g_printerr (_("Unknown paper “%s”: use a4 or letter.\n"), paper);
      return 1;
    }
  if (!relais_plan_path_has_format (output))
    {
      g_printerr (_("“%s” must end in .pdf or .odt.\n"), output);
      return 1;
    }

  if (!(found = find_profile (profile, &error)) ||
      !(catalog = relais_catalog_new_from_resource (RESOURCE_PATH "/catalog", &error)))
    return fail (error);

  /* Help nearby enriches the plan; without it the plan is still whole. */
  if ((communes = relais_communes_get_default (NULL)) != NULL &&
      (places = relais_places_load_default (NULL, NULL)) != NULL)
    finder = relais_place_finder_new (places, communes);
  directory = relais_directory_load_default (refreshed, NULL, NULL);

  sources.profile = found;
  sources.catalog = catalog;
  sources.directory = directory;
  sources.finder = finder;
  sources.now = now;
  sources.language = relais_plan_current_language ();
  plan = relais_plan_build (&sources);

  if (plan == NULL ||
      !relais_plan_export (plan, g_strcmp0 (paper, "letter") == 0 ? RELAIS_PLAN_PAPER_LETTER : RELAIS_PLAN_PAPER_A4,
                           output, &error))
    return fail (error);

  g_print (_("Plan of “%s” written to %s\n"), relais_profile_get_name (found), output);
  return 0;
}

/**
 * relais_plan_command_usage:
 *
 * Says on the standard error how `relais --export-plan` is written.
 */
void
relais_plan_command_usage (void)
{
  g_printerr ("%s\n", _("Usage: relais --export-plan PROFILE OUTPUT.pdf|OUTPUT.odt [--paper a4|letter]"));
}

/**
 * relais_plan_command_line:
 * @argv: the program's arguments, %NULL-terminated
 * @exit_status: (out): the exit status, when the command was handled
 *
 * `relais --export-plan PROFILE OUTPUT [--paper a4|letter]`, run without a
 * window, before the application registers or opens anything.
 *
 * Returns: %TRUE when @argv is that command (it ran, or its usage was
 *   shown), %FALSE when it is something else
 */
gboolean
relais_plan_command_line (char **argv,
                          int   *exit_status)
{
  guint argc;

  g_return_val_if_fail (argv != NULL, FALSE);
  g_return_val_if_fail (exit_status != NULL, FALSE);

  argc = g_strv_length (argv);
  if (argc < 2 || !g_str_equal (argv[1], "--export-plan"))
    return FALSE;

  if (argc == 4)
    *exit_status = relais_plan_command_run (argv[2], argv[3], NULL);
  else if (argc == 6 && g_str_equal (argv[4], "--paper"))
    *exit_status = relais_plan_command_run (argv[2], argv[3], argv[5]);
  else
    {
      relais_plan_command_usage ();
      *exit_status = 2;
    }
  return TRUE;
}
