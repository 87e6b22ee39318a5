/* test-faults.c — a save that fails at any step leaves the previous file whole
 *
 * Each case runs fault-writer with fault-shim preloaded, making one system
 * call fail: the open of a temporary file (permission denied, read-only
 * disk), a write (disk full, half written), an fsync or a rename (failing
 * disk) — at the step that writes the backup and at the step that writes the
 * profile. Every time the save must report a plain error, and the profile
 * file must be exactly the previous version, with no temporary file left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "relais-profile-store.h"

static const char *shim;
static const char *writer;

typedef struct
{
  const char *name;
  const char *call;
  int         n;
  int         err;
} Fault;

static const Fault faults[] = {
  { "backup-open-permission-denied", "open", 1, EACCES },
  { "profile-open-read-only-disk", "open", 2, EROFS },
  { "backup-write-disk-full", "write", 1, ENOSPC },
  { "profile-write-disk-full", "write", 2, ENOSPC },
  { "backup-fsync-fails", "fsync", 1, EIO },
  { "profile-fsync-fails", "fsync", 2, EIO },
  { "backup-rename-fails", "rename", 1, EIO },
  { "profile-rename-fails", "rename", 2, EIO },
};

static int
run_writer (const char  *folder,
            const char  *id,
            const char  *name,
            const char  *fail,
            char       **err)
{
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { writer, folder, id, name, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  env = g_environ_setenv (env, "LD_PRELOAD", shim, TRUE);
  env = g_environ_setenv (env, "RELAIS_FAIL_DIR", folder, TRUE);
  if (fail != NULL)
    env = g_environ_setenv (env, "RELAIS_FAIL", fail, TRUE);
  else
    env = g_environ_unsetenv (env, "RELAIS_FAIL");

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, err, &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : 1;
}

static void
test_fault (gconstpointer data)
{
  const Fault *fault = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("relais-fault-XXXXXX", &error);
  g_autoptr(GFile) directory = g_file_new_for_path (folder);
  g_autofree char *id = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *message = NULL;
  g_autofree char *fail = g_strdup_printf ("%s:%d:%d", fault->call, fault->n, fault->err);
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  g_assert_no_error (error);
  {
    g_autoptr(RelaisProfileStore) store = relais_profile_store_new (directory);
    g_autoptr(RelaisProfile) profile = relais_profile_new ("Avant la panne");

    g_assert_true (relais_profile_store_add (store, profile, NULL));
    /* A second save, so that a backup exists too. */
    relais_profile_set_postcode (profile, "14000");
    g_assert_true (relais_profile_store_save (store, profile, NULL));
    id = g_strdup (relais_profile_get_id (profile));
  }
  path = g_strdup_printf ("%s/%s.json", folder, id);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  /* The fault: the save fails and says so in plain words. */
  g_assert_cmpint (run_writer (folder, id, "Après la panne", fail, &message), ==, 1);
  g_assert_nonnull (strstr (message, "could not be saved"));

  /* The profile is the previous version, whole; nothing half-written lies around. */
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  dir = g_dir_open (folder, 0, NULL);
  while ((entry = g_dir_read_name (dir)) != NULL)
    g_assert_true (g_str_has_prefix (entry, id));

  /* Once the disk behaves, the same save goes through. */
  g_clear_pointer (&message, g_free);
  g_assert_cmpint (run_writer (folder, id, "Après la panne", NULL, &message), ==, 0);
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "Après la panne"));

  g_dir_rewind (dir);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (folder, entry, NULL);
      g_remove (file);
    }
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  if (argc < 3)
    {
      g_printerr ("usage: test-faults SHIM WRITER\n");
      return 2;
    }
  shim = argv[1];
  writer = argv[2];

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *name = g_strdup_printf ("/save/fault/%s", faults[i].name);
      g_test_add_data_func (name, &faults[i], test_fault);
    }

  return g_test_run ();
}
