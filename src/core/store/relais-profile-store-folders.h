/* relais-profile-store-folders.h — profiles kept in folders a team syncs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "relais-profile-store.h"

G_BEGIN_DECLS

/* How often a folder whose changes are not reported (a document portal's
 * FUSE mount) is read again. */
#define RELAIS_PROFILE_STORE_POLL_MS 3000

gboolean    relais_profile_store_add_folder          (RelaisProfileStore  *self,
                                                      GFile               *folder,
                                                      GError             **error);
gboolean    relais_profile_store_remove_folder       (RelaisProfileStore  *self,
                                                      GFile               *folder,
                                                      GError             **error);
GListModel *relais_profile_store_get_folders         (RelaisProfileStore  *self);
GFile      *relais_profile_store_get_shared_folder   (RelaisProfileStore  *self,
                                                      RelaisProfile       *profile);
void        relais_profile_store_get_last_change     (RelaisProfileStore  *self,
                                                      RelaisProfile       *profile,
                                                      GDateTime          **when,
                                                      char               **by);
gboolean    relais_profile_store_share               (RelaisProfileStore  *self,
                                                      RelaisProfile       *profile,
                                                      GFile               *folder,
                                                      GError             **error);
void        relais_profile_store_check_folders       (RelaisProfileStore  *self);
void        relais_profile_store_set_folder_poll     (RelaisProfileStore  *self,
                                                      guint                interval_ms,
                                                      gboolean             always);
void        relais_profile_store_remember_folders    (RelaisProfileStore  *self,
                                                      GSettings           *settings);
GFile      *relais_profile_store_get_backups_folder  (RelaisProfileStore  *self);
GPtrArray  *relais_profile_store_dup_unreadable      (RelaisProfileStore  *self);

G_END_DECLS
