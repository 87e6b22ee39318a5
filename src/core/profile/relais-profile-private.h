/* relais-profile-private.h — what the profile's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "relais-profile.h"
#include "relais-profile-tool.h"

G_BEGIN_DECLS

struct _RelaisProfile
{
  GObject            parent_instance;

  char              *id;
  char              *name;
  char              *departement;
  char              *postcode;
  char              *commune;       /* INSEE code, or empty */
  GDateTime         *created;
  GDateTime         *modified;
  RelaisProfileKind  kind;
  RelaisWeight       weights[RELAIS_N_REASONS];
  GListStore        *tools;         /* RelaisProfileTool */
  GPtrArray         *history;       /* RelaisHistoryEntry, oldest first */
  GHashTable        *checklist;     /* item id → ChecklistEntry */
  GPtrArray         *own_steps;     /* RelaisOwnStep */
  GPtrArray         *free_tools;    /* char *: ids of free alternatives already used */
  gboolean           read_only;     /* from a newer format: never written */

  /* Members written by a later minor revision of the format: carried through
   * untouched so that saving never drops what another Relais wrote. */
  JsonObject        *extra;

  /* Format 3: when, and by whom, each field last changed (the keys of
   * relais-profile-merge.c), and the values a later change made elsewhere
   * replaced. Both nullable. */
  JsonObject        *changes;
  JsonArray         *overwritten;
  /* The SHA-256 of the versions this one was made from, latest first: the
   * base of a merge is the first one the other side has seen. */
  char             **ancestors;
};

JsonObject *relais_profile_migrate       (JsonObject  *document,
                                          gint64       version,
                                          GError     **error);

void     relais_profile_record        (RelaisProfile     *self,
                                       const char        *tool,
                                       const char        *what,
                                       const char        *from,
                                       const char        *to);
gboolean relais_profile_read_history  (RelaisProfile     *self,
                                       JsonObject        *root,
                                       GError           **error);
void     relais_profile_write_history (RelaisProfile     *self,
                                       JsonBuilder       *builder);
void     relais_history_entry_free    (RelaisHistoryEntry *entry);
void     relais_profile_note_who      (RelaisProfile     *self,
                                       const char        *tool,
                                       const char        *by);
gboolean relais_profile_read_checklist  (RelaisProfile     *self,
                                         JsonObject        *root,
                                         GError           **error);
void     relais_profile_write_checklist (RelaisProfile     *self,
                                         JsonBuilder       *builder);
void     relais_profile_free_checklist_entry (gpointer      entry);
void     relais_own_step_free                (RelaisOwnStep *step);
gboolean relais_profile_is_catalog_id   (const char        *text);
gboolean relais_profile_read_free_tools  (RelaisProfile     *self,
                                          JsonObject        *root,
                                          GError           **error);
void     relais_profile_write_free_tools (RelaisProfile     *self,
                                          JsonBuilder       *builder);
void relais_profile_free_tools_changed (RelaisProfile   *self);
void relais_profile_touch         (RelaisProfile     *self);
/* The values a later change replaced, the newest kept. */
#define RELAIS_PROFILE_OVERWRITTEN_MAX 1000

JsonObject *relais_profile_member_object (JsonObject *object,
                                          const char *member);
gint64      relais_profile_time_usec     (const char *text);
JsonArray  *relais_profile_union_entries (JsonArray          *base,
                                          JsonArray          *ours,
                                          JsonArray          *theirs,
                                          JsonArray          *more,
                                          guint               max,
                                          const char * const *ignored);
gboolean relais_profile_read_changes  (RelaisProfile     *self,
                                       JsonObject        *root,
                                       GError           **error);
void     relais_profile_write_changes (RelaisProfile     *self,
                                       JsonBuilder       *builder);
void relais_profile_tool_assign   (RelaisProfileTool *self,
                                   RelaisProfileTool *other);
void relais_profile_tools_changed (RelaisProfile     *self);
void relais_profile_watch_tool    (RelaisProfile     *self,
                                   RelaisProfileTool *tool);

G_END_DECLS
