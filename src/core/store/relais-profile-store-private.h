/* relais-profile-store-private.h — what the store's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-file-read.h"
#include "relais-profile-store.h"

G_BEGIN_DECLS

struct _RelaisProfileStore
{
  GObject      parent_instance;

  GFile       *directory;
  struct _RelaisSharedFolders *shared;  /* relais-profile-store-folders.c */
  GListStore  *profiles;
  GHashTable  *files;        /* id → GFile it was read from or goes to */
  GHashTable  *unsaved;      /* id → RelaisProfile with changes not on disk */
  GHashTable  *versions;     /* id → RelaisFileVersion last read or written */
  GHashTable  *bases;        /* id → GBytes: that version's contents, the base of a merge */
  GHashTable  *deleted_from; /* id → GFile: where a profile deleted from a shared folder lived */
  char        *author;       /* nullable: the member's name, on the changes saved */
  GHashTable  *seen;         /* SHA-256 → GBytes: versions read or written, the bases of merges */
  GQueue       seen_order;   /* their hashes, oldest first, to keep SEEN_MAX */
  GPtrArray   *damaged;      /* RelaisDamagedProfile found by the last listing */
  guint        save_source;
  guint        save_delay;
};

RelaisProfile        *relais_profile_store_load_file          (GFile               *file,
                                                               GCancellable        *cancellable,
                                                               GError             **error);
gboolean              relais_profile_store_write              (RelaisProfileStore  *self,
                                                               RelaisProfile       *profile,
                                                               GFile               *file,
                                                               GError             **error);
void                  relais_profile_store_explain_save_error (GError             **error,
                                                               RelaisProfile       *profile,
                                                               GFile               *file);
void                  relais_profile_store_track              (RelaisProfileStore  *self,
                                                               RelaisProfile       *profile,
                                                               GFile               *file);
GFile                *relais_profile_store_file_for_id        (RelaisProfileStore  *self,
                                                               const char          *id);
void                  relais_profile_store_notify_cb          (RelaisProfileStore  *self,
                                                               GParamSpec          *pspec,
                                                               RelaisProfile       *profile);
void                  relais_profile_store_set_base           (RelaisProfileStore  *self,
                                                               RelaisProfile       *profile,
                                                               const RelaisFileVersion *version,
                                                               GBytes              *contents);
void                  relais_profile_store_schedule_save      (RelaisProfileStore  *self,
                                                               RelaisProfile       *profile);
void                  relais_profile_store_remember           (RelaisProfileStore  *self,
                                                               const char          *sha256,
                                                               GBytes              *contents);
gboolean              relais_profile_store_merge_in           (RelaisProfileStore  *self,
                                                               RelaisProfile       *profile,
                                                               GBytes              *theirs,
                                                               char               **summary,
                                                               GError             **error);
void                  relais_profile_store_announce           (RelaisProfileStore  *self,
                                                               RelaisProfile       *profile,
                                                               const char          *summary);
RelaisProfile        *relais_profile_store_import_profile     (RelaisProfileStore  *self,
                                                               RelaisProfile       *read,
                                                               gboolean             keep_both,
                                                               GError             **error);
RelaisDamagedProfile *relais_profile_store_set_aside          (GFile               *file,
                                                               GError             **error);

/* relais-profile-store-folders.c */
void                  relais_profile_store_folders_init       (RelaisProfileStore  *self);
void                  relais_profile_store_folders_dispose    (RelaisProfileStore  *self);
void                  relais_profile_store_folders_class_init (GObjectClass        *object_class);
void                  relais_profile_store_untrack            (RelaisProfileStore  *self,
                                                               RelaisProfile       *profile);

/* How many earlier versions stay beside a profile: NAME.json~ (the last),
 * then NAME.json~2 … */
#define RELAIS_PROFILE_STORE_BACKUPS 3

G_END_DECLS
