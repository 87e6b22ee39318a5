/* relais-cli-profiles.c — the profiles a command of the command line names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relais-cli-profiles.h"
#include "relais-communes.h"
#include "relais-plan-export.h"
#include "relais-profile-bundle.h"

typedef struct
{
  GMainLoop *loop;
  gboolean   listed;
  GError    *error;
} Listing;

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Listing *listing = user_data;

  listing->listed = relais_profile_store_list_finish (RELAIS_PROFILE_STORE (source), result, NULL, &listing->error);
  g_main_loop_quit (listing->loop);
}

/**
 * relais_cli_list_store:
 *
 * The user's profiles, listed (a damaged file is set aside as the window
 * would), for a command that runs without the main loop running.
 *
 * Returns: (transfer full) (nullable): the store, listed
 */
RelaisProfileStore *
relais_cli_list_store (GError **error)
{
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new_default ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Listing listing = { loop, FALSE, NULL };

  relais_profile_store_list_async (store, NULL, listed_cb, &listing);
  g_main_loop_run (loop);
  if (!listing.listed)
    {
      g_propagate_error (error, listing.error);
      return NULL;
    }
  return g_steal_pointer (&store);
}

/**
 * relais_cli_find_profiles:
 * @wanted: files (a profile, a `.relais`, a bundle: read-only, as given),
 *   or the ids or names (in any case) of the user's profiles
 * @all: every profile of the user's, before @wanted
 *
 * Returns: (transfer full) (element-type RelaisProfile) (nullable): the
 *   profiles, in the order asked; every profile of that name when several
 *   have it. %NULL with @error for the first that is found nowhere.
 */
GPtrArray *
relais_cli_find_profiles (const char * const  *wanted,
                          gboolean             all,
                          GError             **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RelaisProfileStore) store = NULL;
  GListModel *profiles = NULL;

  g_return_val_if_fail (wanted != NULL, NULL);

  for (guint i = 0; all || wanted[i] != NULL; i++)
    if (all || !g_file_test (wanted[i], G_FILE_TEST_EXISTS))
      {
        /* The user's profiles are listed only when a command needs them. */
        if ((store = relais_cli_list_store (error)) == NULL)
          return NULL;
        profiles = relais_profile_store_get_profiles (store);
        break;
      }

  for (guint i = 0; all && i < g_list_model_get_n_items (profiles); i++)
    g_ptr_array_add (found, g_list_model_get_item (profiles, i));

  for (guint i = 0; wanted[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (wanted[i], -1);
      guint before = found->len;

      if (g_file_test (wanted[i], G_FILE_TEST_EXISTS))
        {
          const char *one[] = { wanted[i], NULL };
          g_autoptr(GPtrArray) read = relais_profile_bundle_read_inputs (one, NULL, NULL, NULL, error);

          if (read == NULL)
            return NULL;
          g_ptr_array_extend_and_steal (found, g_steal_pointer (&read));
          continue;
        }

      for (guint j = 0; j < g_list_model_get_n_items (profiles); j++)
        {
          g_autoptr(RelaisProfile) profile = g_list_model_get_item (profiles, j);
          g_autofree char *name = g_utf8_casefold (relais_profile_get_name (profile), -1);

          if (g_str_equal (relais_profile_get_id (profile), wanted[i]) || g_str_equal (name, folded))
            g_ptr_array_add (found, g_steal_pointer (&profile));
        }
      if (found->len == before)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("“%s” is neither a profile file nor the name of one of your profiles."), wanted[i]);
          return NULL;
        }
    }

  return g_steal_pointer (&found);
}

/**
 * relais_cli_plan_data_load:
 * @data: (out caller-allocates): cleared with relais_cli_plan_data_clear()
 *
 * Reads the catalogue (which a plan needs), and the directory and the
 * places (which enrich it: without them the plan is still whole).
 *
 * Returns: %TRUE when the catalogue was read
 */
gboolean
relais_cli_plan_data_load (RelaisCliPlanData  *data,
                           GError            **error)
{
  g_autofree char *refreshed = relais_directory_get_refreshed_hosters_path ();
  RelaisCommunes *communes;

  g_return_val_if_fail (data != NULL, FALSE);

  memset (data, 0, sizeof *data);
  if (!(data->catalog = relais_catalog_new_from_resource (RESOURCE_PATH "/catalog", error)))
    return FALSE;
  if ((communes = relais_communes_get_default (NULL)) != NULL &&
      (data->places = relais_places_load_default (NULL, NULL)) != NULL)
    data->finder = relais_place_finder_new (data->places, communes);
  data->directory = relais_directory_load_default (refreshed, NULL, NULL);
  data->now = g_date_time_new_now_local ();

  data->sources.catalog = data->catalog;
  data->sources.directory = data->directory;
  data->sources.finder = data->finder;
  data->sources.now = data->now;
  data->sources.language = relais_plan_current_language ();
  return TRUE;
}

/**
 * relais_cli_plan_data_clear:
 */
void
relais_cli_plan_data_clear (RelaisCliPlanData *data)
{
  g_return_if_fail (data != NULL);

  g_clear_object (&data->catalog);
  g_clear_pointer (&data->directory, relais_directory_unref);
  g_clear_pointer (&data->finder, relais_place_finder_unref);
  g_clear_pointer (&data->places, relais_places_unref);
  g_clear_pointer (&data->now, g_date_time_unref);
}
