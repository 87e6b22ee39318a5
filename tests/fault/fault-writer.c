/* fault-writer.c — one save of a profile, under the fault shim
 *
 * usage: fault-writer FOLDER ID NEW-NAME; exits 0 if the save succeeded,
 * 1 and the message on standard error if it failed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "relais-profile-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) directory = NULL;
  g_autoptr(RelaisProfileStore) store = NULL;
  g_autoptr(GError) error = NULL;
  RelaisProfile *profile;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc != 4)
    return 2;

  directory = g_file_new_for_path (argv[1]);
  store = relais_profile_store_new (directory);
  profile = relais_profile_store_open (store, argv[2], &error);
  if (profile == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  relais_profile_set_name (profile, argv[3]);
  if (!relais_profile_store_save (store, profile, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
