/* relais-file-aside.c — a file that cannot be read, moved out of the way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-file-aside"

#include "config.h"

#include "relais-file-aside.h"

/**
 * relais_file_set_aside:
 *
 * Moves a damaged file beside itself, as `NAME.damaged-YYYYMMDD-HHMMSS`, so
 * that nothing ever writes over it and it is not read again, while the person
 * (or whoever helps them) can still open it.
 *
 * Returns: (transfer full) (nullable): where it now is
 */
GFile *
relais_file_set_aside (GFile   *file,
                       GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *aside_name = g_strdup_printf ("%s.damaged-%s", basename, stamp);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) aside = g_file_get_child (parent, aside_name);

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_move (file, aside, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, error))
    return NULL;

  return g_steal_pointer (&aside);
}
