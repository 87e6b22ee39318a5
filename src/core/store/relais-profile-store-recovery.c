/* relais-profile-store-recovery.c — damaged files set aside, and their backups restored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-store"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-file-aside.h"
#include "relais-profile-store-private.h"

void
relais_damaged_profile_free (RelaisDamagedProfile *damaged)
{
  if (damaged == NULL)
    return;

  g_free (damaged->file_name);
  g_clear_object (&damaged->set_aside);
  g_clear_object (&damaged->backup);
  g_free (damaged->backup_profile_name);
  g_free (damaged);
}

/* A damaged or foreign file is moved out of the way, under a name that says
 * what and when, so that nothing ever writes over it and it is not read
 * again; a file from a newer Relais is left alone, as it is not damaged. */
RelaisDamagedProfile *
relais_profile_store_set_aside (GFile   *file,
                                GError **error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *aside_name = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) aside = NULL;
  g_autofree char *backup_name = g_strconcat (basename, "~", NULL);
  g_autoptr(GFile) backup = g_file_get_child (parent, backup_name);
  g_autoptr(RelaisProfile) backup_profile = NULL;
  RelaisDamagedProfile *damaged;
  GError *explained;

  if ((*error)->domain != RELAIS_PROFILE_ERROR ||
      (*error)->code == RELAIS_PROFILE_ERROR_NEWER_VERSION ||
      !(aside = relais_file_set_aside (file, NULL)))
    return NULL;

  aside_name = g_file_get_basename (aside);

  damaged = g_new0 (RelaisDamagedProfile, 1);
  damaged->file_name = g_strdup (basename);
  damaged->set_aside = g_object_ref (aside);

  backup_profile = relais_profile_store_load_file (backup, NULL, NULL);
  if (backup_profile != NULL)
    {
      damaged->backup = g_object_ref (backup);
      damaged->backup_profile_name = g_strdup (relais_profile_get_name (backup_profile));
    }

  /* What was wrong, then what was done about it: a new error, as a GError's
   * message is not to be written over. */
  explained = g_error_new ((*error)->domain, (*error)->code,
                           backup_profile != NULL
                           ? _("%s It was set aside as “%s”. Its previous version, “%s”, can be restored.")
                           : _("%s It was set aside as “%s”."),
                           (*error)->message, aside_name,
                           backup_profile != NULL ? damaged->backup_profile_name : "");
  g_clear_error (error);
  g_propagate_error (error, explained);

  return damaged;
}

/**
 * relais_profile_store_get_damaged:
 *
 * Returns: (transfer none) (element-type RelaisDamagedProfile): the files
 *   listings found damaged and set aside
 */
GPtrArray *
relais_profile_store_get_damaged (RelaisProfileStore *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);

  return self->damaged;
}

/**
 * relais_profile_store_restore_backup:
 * @damaged: one of relais_profile_store_get_damaged(), with a backup
 *
 * Makes the backup of a damaged profile its current version again, and lists
 * it. The damaged file stays where it was set aside; the backup stays too.
 *
 * Returns: (transfer none) (nullable): the restored profile
 */
RelaisProfile *
relais_profile_store_restore_backup (RelaisProfileStore    *self,
                                     RelaisDamagedProfile  *damaged,
                                     GError               **error)
{
  g_autoptr(RelaisProfile) profile = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), NULL);
  g_return_val_if_fail (damaged != NULL && damaged->backup != NULL, NULL);

  if (!(profile = relais_profile_store_load_file (damaged->backup, NULL, error)))
    return NULL;

  if (relais_profile_store_lookup (self, relais_profile_get_id (profile)) != NULL)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                   _("“%s” is already open: it needs no restoring."), relais_profile_get_name (profile));
      return NULL;
    }

  file = relais_profile_store_file_for_id (self, relais_profile_get_id (profile));
  if (!relais_profile_store_write (self, profile, file, error))
    {
      relais_profile_store_explain_save_error (error, profile, file);
      return NULL;
    }

  relais_profile_store_track (self, profile, file);
  g_ptr_array_remove (self->damaged, damaged);

  return profile;
}
