/* relais-profile-store-sync-pending.c — TEMPORARY: stands for the merge of
 * the branch "merge" (relais-profile-merge.c) until it is merged in; this
 * file goes then. It merges nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-store"

#include "config.h"

#include "relais-profile-store-folders.h"
#include "relais-profile-store-private.h"

gboolean
relais_profile_store_sync_profile (RelaisProfileStore  *self,
                                   RelaisProfile       *profile,
                                   char               **merged_summary,
                                   GError             **error)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), FALSE);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), FALSE);

  if (merged_summary != NULL)
    *merged_summary = NULL;
  return TRUE;
}

guint
relais_profile_store_merge_conflict_copies (RelaisProfileStore  *self,
                                            RelaisProfile       *profile,
                                            char               **merged_summary,
                                            GError             **error)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (self), 0);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), 0);

  if (merged_summary != NULL)
    *merged_summary = NULL;
  return 0;
}

void
relais_profile_store_set_author (RelaisProfileStore *self,
                                 const char         *author)
{
  g_return_if_fail (RELAIS_IS_PROFILE_STORE (self));
}
