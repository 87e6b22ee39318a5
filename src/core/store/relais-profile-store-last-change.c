/* relais-profile-store-last-change.c — when, and by whom, a profile was
 * last changed: what the list of profiles says of a shared one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-store"

#include "config.h"

#include <json-glib/json-glib.h>

#include "relais-profile-merge.h"
#include "relais-profile-store-folders.h"
#include "relais-profile-store-private.h"

/**
 * relais_profile_store_get_last_change:
 * @when: (out) (transfer full) (nullable): when @profile was last changed
 * @by: (out) (transfer full) (nullable): by whom, when known
 *
 * The latest of the dated changes the profile's document holds (each with
 * the member who made it, relais-profile-merge.c); else when its file was
 * last written, by this computer or another.
 */
void
relais_profile_store_get_last_change (RelaisProfileStore  *self,
                                      RelaisProfile       *profile,
                                      GDateTime          **when,
                                      char               **by)
{
  g_autoptr(JsonObject) document = NULL;
  g_autoptr(GFileInfo) info = NULL;
  const char *latest_at = NULL, *latest_by = NULL;
  JsonObject *changes;
  GFile *file;

  g_return_if_fail (RELAIS_IS_PROFILE_STORE (self));
  g_return_if_fail (RELAIS_IS_PROFILE (profile));
  g_return_if_fail (when != NULL && by != NULL);

  *when = NULL;
  *by = NULL;

  document = relais_profile_to_document (profile);
  changes = document != NULL && json_object_has_member (document, "changes")
            ? json_object_get_object_member (document, "changes") : NULL;
  if (changes != NULL)
    {
      g_autoptr(GList) members = json_object_get_values (changes);

      /* The dates are UTC, all written alike: their text sorts as they do. */
      for (const GList *l = members; l != NULL; l = l->next)
        {
          JsonObject *stamp = JSON_NODE_HOLDS_OBJECT (l->data) ? json_node_get_object (l->data) : NULL;
          const char *at = stamp != NULL ? json_object_get_string_member_with_default (stamp, "at", NULL) : NULL;

          if (at != NULL && g_strcmp0 (at, latest_at) > 0)
            {
              latest_at = at;
              latest_by = json_object_get_string_member_with_default (stamp, "by", NULL);
            }
        }
    }
  if (latest_at != NULL && (*when = g_date_time_new_from_iso8601 (latest_at, NULL)) != NULL)
    {
      *by = g_strdup (latest_by);
      return;
    }

  file = g_hash_table_lookup (self->files, relais_profile_get_id (profile));
  if (file != NULL &&
      (info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL)) != NULL)
    *when = g_file_info_get_modification_date_time (info);
}
