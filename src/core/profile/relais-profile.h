/* relais-profile.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include "relais-types.h"

G_BEGIN_DECLS

/* The document's name and the version this build writes. A document with a
 * higher version comes from a newer Relais and is refused, never rewritten. */
#define RELAIS_PROFILE_FORMAT         "fr.artifaille.Relais.Profile"
#define RELAIS_PROFILE_FORMAT_VERSION 3

/* A profile file is a few kilobytes; anything near this is not ours. */
#define RELAIS_PROFILE_MAX_SIZE       (8 * 1024 * 1024)
#define RELAIS_PROFILE_NAME_MAX       200

typedef enum
{
  RELAIS_PROFILE_ERROR_NOT_JSON,
  RELAIS_PROFILE_ERROR_NOT_A_PROFILE,
  RELAIS_PROFILE_ERROR_NEWER_VERSION,
  RELAIS_PROFILE_ERROR_BAD_VERSION,
  RELAIS_PROFILE_ERROR_MISSING_FIELD,
  RELAIS_PROFILE_ERROR_WRONG_TYPE,
  RELAIS_PROFILE_ERROR_INVALID_VALUE,
  RELAIS_PROFILE_ERROR_TOO_LARGE,
  RELAIS_PROFILE_ERROR_ALREADY_THERE,
} RelaisProfileError;

#define RELAIS_PROFILE_ERROR (relais_profile_error_quark ())
#define RELAIS_TYPE_PROFILE (relais_profile_get_type ())

G_DECLARE_FINAL_TYPE (RelaisProfile, relais_profile, RELAIS, PROFILE, GObject)

GQuark             relais_profile_error_quark         (void);
const char        *relais_profile_kind_to_string      (RelaisProfileKind  kind);
const char        *relais_profile_kind_get_label      (RelaisProfileKind  kind);
gboolean           relais_profile_kind_is_collective  (RelaisProfileKind  kind);
const char        *relais_reason_to_string            (RelaisReason       reason);
const char        *relais_reason_get_label            (RelaisReason       reason);
const char        *relais_reason_get_explanation      (RelaisReason       reason);
const char        *relais_weight_get_label            (RelaisWeight       weight);

RelaisProfile     *relais_profile_new                 (const char        *name);
RelaisProfile     *relais_profile_new_from_data       (const char        *data,
                                                       gssize             length,
                                                       GError           **error);
RelaisProfile     *relais_profile_new_read_only_from_data (const char  *data,
                                                           gssize       length,
                                                           GError     **error);
gboolean           relais_profile_get_read_only       (RelaisProfile     *self);
char              *relais_profile_to_data             (RelaisProfile     *self,
                                                       gsize             *length);
gboolean           relais_profile_validate            (RelaisProfile     *self,
                                                       GError           **error);
const char        *relais_profile_get_id              (RelaisProfile     *self);
const char        *relais_profile_get_name            (RelaisProfile     *self);
void               relais_profile_set_name            (RelaisProfile     *self,
                                                       const char        *name);
RelaisProfileKind  relais_profile_get_kind            (RelaisProfile     *self);
void               relais_profile_set_kind            (RelaisProfile     *self,
                                                       RelaisProfileKind  kind);
const char        *relais_profile_get_departement     (RelaisProfile     *self);
void               relais_profile_set_departement     (RelaisProfile     *self,
                                                       const char        *departement);
const char        *relais_profile_get_postcode        (RelaisProfile     *self);
void               relais_profile_set_postcode        (RelaisProfile     *self,
                                                       const char        *postcode);
const char        *relais_profile_get_commune         (RelaisProfile     *self);
void               relais_profile_set_commune         (RelaisProfile     *self,
                                                       const char        *commune);
RelaisWeight       relais_profile_get_weight          (RelaisProfile     *self,
                                                       RelaisReason       reason);
void               relais_profile_set_weight          (RelaisProfile     *self,
                                                       RelaisReason       reason,
                                                       RelaisWeight       weight);
GDateTime         *relais_profile_get_created         (RelaisProfile     *self);
GDateTime         *relais_profile_get_modified        (RelaisProfile     *self);

typedef struct _RelaisProfileTool RelaisProfileTool;

/* One change of the journey, kept in the document: what, when, from → to. */
typedef struct
{
  GDateTime *at;
  char      *tool;   /* the catalogue id of the tool concerned */
  char      *what;   /* "added", "removed", "status", "choice" */
  char      *from;   /* nullable */
  char      *to;     /* nullable */
  char      *by;     /* nullable: for a change of status, who gave the news */
} RelaisHistoryEntry;

/* Enough for years of a small association's changes; the oldest go first. */
#define RELAIS_PROFILE_HISTORY_MAX 1000

GPtrArray         *relais_profile_get_history         (RelaisProfile     *self);

RelaisItemState    relais_profile_get_item_state      (RelaisProfile     *self,
                                                       const char        *item);
void               relais_profile_set_item_state      (RelaisProfile     *self,
                                                       const char        *item,
                                                       RelaisItemState    state);
gboolean           relais_profile_get_item_set_by_user (RelaisProfile *self,
                                                        const char    *item);
const char        *relais_profile_get_item_note       (RelaisProfile     *self,
                                                       const char        *item);
void               relais_profile_set_item_note       (RelaisProfile     *self,
                                                       const char        *item,
                                                       const char        *note);

/* A step the user added to a stage of the path. */
typedef struct
{
  char *id;      /* "own." + a UUID */
  char *stage;   /* the stage's id */
  char *text;    /* the user's words, never translated */
} RelaisOwnStep;

#define RELAIS_OWN_STEP_TEXT_MAX 500

GPtrArray         *relais_profile_get_own_steps       (RelaisProfile     *self);
const char        *relais_profile_add_own_step        (RelaisProfile     *self,
                                                       const char        *stage,
                                                       const char        *text);
void               relais_profile_remove_own_step     (RelaisProfile     *self,
                                                       const char        *id);

GListModel        *relais_profile_get_tools           (RelaisProfile     *self);
RelaisProfileTool *relais_profile_find_tool           (RelaisProfile     *self,
                                                       const char        *tool_id,
                                                       guint             *position);
RelaisProfileTool *relais_profile_add_tool            (RelaisProfile     *self,
                                                       const char        *tool_id);
void               relais_profile_insert_tool         (RelaisProfile     *self,
                                                       RelaisProfileTool *tool,
                                                       guint              position);
gint               relais_profile_remove_tool         (RelaisProfile     *self,
                                                       RelaisProfileTool *tool);

const char * const *relais_profile_get_free_tools     (RelaisProfile     *self);
gboolean           relais_profile_uses_free_tool      (RelaisProfile     *self,
                                                       const char        *alternative_id);
void               relais_profile_set_free_tool_used  (RelaisProfile     *self,
                                                       const char        *alternative_id,
                                                       gboolean           used);

G_END_DECLS
