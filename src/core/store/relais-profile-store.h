/* relais-profile-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_PROFILE_STORE (relais_profile_store_get_type ())

G_DECLARE_FINAL_TYPE (RelaisProfileStore, relais_profile_store, RELAIS, PROFILE_STORE, GObject)

/* A profile file that could not be read, set aside under another name, and
 * the readable backup of it when there is one. */
typedef struct
{
  char  *file_name;
  GFile *set_aside;
  GFile *backup;               /* nullable */
  char  *backup_profile_name;  /* nullable */
} RelaisDamagedProfile;

void                relais_damaged_profile_free           (RelaisDamagedProfile *damaged);

RelaisProfileStore *relais_profile_store_new              (GFile                *directory);
RelaisProfileStore *relais_profile_store_new_default      (void);
GFile              *relais_profile_store_get_directory    (RelaisProfileStore   *self);
GListModel         *relais_profile_store_get_profiles     (RelaisProfileStore   *self);
RelaisProfile      *relais_profile_store_lookup           (RelaisProfileStore   *self,
                                                           const char           *id);
GFile              *relais_profile_store_get_file         (RelaisProfileStore   *self,
                                                           RelaisProfile        *profile);
RelaisProfile      *relais_profile_store_open             (RelaisProfileStore   *self,
                                                           const char           *id,
                                                           GError              **error);
void                relais_profile_store_list_async       (RelaisProfileStore   *self,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
gboolean            relais_profile_store_list_finish      (RelaisProfileStore   *self,
                                                           GAsyncResult         *result,
                                                           GPtrArray           **failures,
                                                           GError              **error);
GPtrArray          *relais_profile_store_get_damaged      (RelaisProfileStore   *self);
RelaisProfile      *relais_profile_store_restore_backup   (RelaisProfileStore   *self,
                                                           RelaisDamagedProfile *damaged,
                                                           GError              **error);
gboolean            relais_profile_store_delete           (RelaisProfileStore   *self,
                                                           RelaisProfile        *profile,
                                                           GError              **error);
RelaisProfile      *relais_profile_store_undelete         (RelaisProfileStore   *self,
                                                           const char           *id,
                                                           GError              **error);
gboolean            relais_profile_store_export           (RelaisProfileStore   *self,
                                                           RelaisProfile        *profile,
                                                           GFile                *destination,
                                                           GError              **error);
RelaisProfile      *relais_profile_store_import           (RelaisProfileStore   *self,
                                                           GFile                *source,
                                                           gboolean              keep_both,
                                                           GError              **error);
RelaisProfile      *relais_profile_store_duplicate        (RelaisProfileStore   *self,
                                                           RelaisProfile        *profile,
                                                           GError              **error);
gboolean            relais_profile_store_add              (RelaisProfileStore   *self,
                                                           RelaisProfile        *profile,
                                                           GError              **error);
gboolean            relais_profile_store_save             (RelaisProfileStore   *self,
                                                           RelaisProfile        *profile,
                                                           GError              **error);
gboolean            relais_profile_store_flush            (RelaisProfileStore   *self,
                                                           GError              **error);
gboolean            relais_profile_store_has_unsaved      (RelaisProfileStore   *self);
void                relais_profile_store_set_save_delay   (RelaisProfileStore   *self,
                                                           guint                 milliseconds);

/* Profiles kept in a folder that other programs change (a sync client,
 * another computer). Whatever is taken from elsewhere (here, or by a save
 * that found the file changed) is announced by the "changed-elsewhere"
 * signal: its error (G_IO_ERROR_EXISTS) holds the plain summary, the same
 * words as @merged_summary below — a window that shows the signal's message
 * need not show @merged_summary again. */

/* Reads the profile's file again if it changed on disk since Relais last read or
 * wrote it; merges it three-way (base = the version last read/written, ours = the
 * profile in memory, theirs = the file) into the profile in memory, in place
 * (notifying only what changed), and schedules a save if the result differs from the
 * file. Returns FALSE with @error if the file is damaged (it is then set aside as
 * today). Sets *@merged_summary (nullable, plain words, translatable) when something
 * from the other side was taken. */
gboolean            relais_profile_store_sync_profile     (RelaisProfileStore   *self,
                                                           RelaisProfile        *profile,
                                                           char                **merged_summary,
                                                           GError              **error);
/* Looks in the profile's folder for sync clients' conflict copies of its file
 * (Nextcloud "NAME (conflicted copy DATE TIME).json" and variants, Syncthing
 * "NAME.sync-conflict-DATE-TIME-DEVICE.json"), merges each into the profile and moves
 * it aside (never deletes it); returns how many were merged. */
guint               relais_profile_store_merge_conflict_copies (RelaisProfileStore *self,
                                                                RelaisProfile      *profile,
                                                                char              **merged_summary,
                                                                GError            **error);
/* The member's name, stamped on the changes this store saves (may be NULL). */
void                relais_profile_store_set_author       (RelaisProfileStore   *self,
                                                           const char           *author);
const char         *relais_profile_store_get_author       (RelaisProfileStore   *self);

G_END_DECLS
