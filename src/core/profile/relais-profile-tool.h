/* relais-profile-tool.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include "relais-types.h"

G_BEGIN_DECLS

/* The choice of a user who decided to wait. */
#define RELAIS_CHOICE_NOT_NOW "not-now"
#define RELAIS_PROFILE_TOOL_MAX_USERS 100000
#define RELAIS_PROFILE_TOOL_NOTE_MAX 2000
/* What the user says they really pay a year, in euros; negative: not said. */
#define RELAIS_PROFILE_TOOL_NO_PRICE -1.0
#define RELAIS_PROFILE_TOOL_MAX_PRICE 10000000.0

#define RELAIS_TYPE_PROFILE_TOOL (relais_profile_tool_get_type ())

const char        *relais_tool_status_to_string         (RelaisToolStatus    status);
const char        *relais_tool_status_get_label         (RelaisToolStatus    status);

G_DECLARE_FINAL_TYPE (RelaisProfileTool, relais_profile_tool, RELAIS, PROFILE_TOOL, GObject)

RelaisProfileTool *relais_profile_tool_new              (const char         *tool_id);
RelaisProfileTool *relais_profile_tool_new_from_json    (JsonObject         *object,
                                                         GError            **error);
JsonNode          *relais_profile_tool_to_json          (RelaisProfileTool  *self);
const char        *relais_profile_tool_get_tool_id      (RelaisProfileTool  *self);
guint              relais_profile_tool_get_users        (RelaisProfileTool  *self);
void               relais_profile_tool_set_users        (RelaisProfileTool  *self,
                                                         guint               users);
const char        *relais_profile_tool_get_note         (RelaisProfileTool  *self);
void               relais_profile_tool_set_note         (RelaisProfileTool  *self,
                                                         const char         *note);
const char        *relais_profile_tool_get_choice       (RelaisProfileTool  *self);
void               relais_profile_tool_set_choice       (RelaisProfileTool  *self,
                                                         const char         *choice);
GDateTime         *relais_profile_tool_get_added        (RelaisProfileTool  *self);
RelaisToolStatus   relais_profile_tool_get_status       (RelaisProfileTool  *self);
void               relais_profile_tool_set_status       (RelaisProfileTool  *self,
                                                         RelaisToolStatus    status);
GDateTime         *relais_profile_tool_get_status_changed (RelaisProfileTool *self);
const char        *relais_profile_tool_get_noted_by     (RelaisProfileTool  *self);
void               relais_profile_tool_set_noted_by     (RelaisProfileTool  *self,
                                                         const char         *noted_by);
double             relais_profile_tool_get_yearly_price (RelaisProfileTool  *self);
void               relais_profile_tool_set_yearly_price (RelaisProfileTool  *self,
                                                         double              euros);
const char        *relais_profile_tool_get_set_aside_reason (RelaisProfileTool *self);
void               relais_profile_tool_set_set_aside_reason (RelaisProfileTool *self,
                                                             const char        *reason);

G_END_DECLS
