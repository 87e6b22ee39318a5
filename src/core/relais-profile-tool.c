/* relais-profile-tool.c — a tool the user has today, and what they chose
 *
 * Only the catalogue's stable ids are stored ("microsoft-word",
 * "libreoffice-writer"), never names, so that a profile reads the same in
 * every language and a tool the catalogue no longer knows is kept as it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-tool"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relais-profile.h"
#include "relais-profile-tool.h"

struct _RelaisProfileTool
{
  GObject    parent_instance;

  char      *tool_id;
  char      *note;
  char      *choice;
  GDateTime *added;
  guint      users;
};

enum {
  PROP_0,
  PROP_TOOL_ID,
  PROP_USERS,
  PROP_NOTE,
  PROP_CHOICE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisProfileTool, relais_profile_tool, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static gboolean
is_id (const char *text)
{
  if (text == NULL || text[0] == '\0' || strlen (text) > 100)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '.')
        return FALSE;
    }

  return TRUE;
}

static void
relais_profile_tool_finalize (GObject *object)
{
  RelaisProfileTool *self = (RelaisProfileTool *)object;

  g_clear_pointer (&self->tool_id, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->choice, g_free);
  g_clear_pointer (&self->added, g_date_time_unref);

  G_OBJECT_CLASS (relais_profile_tool_parent_class)->finalize (object);
}

static void
relais_profile_tool_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RelaisProfileTool *self = RELAIS_PROFILE_TOOL (object);

  switch (prop_id)
    {
    case PROP_TOOL_ID:
      g_value_set_string (value, self->tool_id);
      break;
    case PROP_USERS:
      g_value_set_uint (value, self->users);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_CHOICE:
      g_value_set_string (value, self->choice);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_profile_tool_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RelaisProfileTool *self = RELAIS_PROFILE_TOOL (object);

  switch (prop_id)
    {
    case PROP_TOOL_ID:
      self->tool_id = g_value_dup_string (value);
      break;
    case PROP_USERS:
      relais_profile_tool_set_users (self, g_value_get_uint (value));
      break;
    case PROP_NOTE:
      relais_profile_tool_set_note (self, g_value_get_string (value));
      break;
    case PROP_CHOICE:
      relais_profile_tool_set_choice (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_profile_tool_class_init (RelaisProfileToolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relais_profile_tool_finalize;
  object_class->get_property = relais_profile_tool_get_property;
  object_class->set_property = relais_profile_tool_set_property;

  properties[PROP_TOOL_ID] =
    g_param_spec_string ("tool-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_USERS] =
    g_param_spec_uint ("users", NULL, NULL, 0, RELAIS_PROFILE_TOOL_MAX_USERS, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHOICE] =
    g_param_spec_string ("choice", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relais_profile_tool_init (RelaisProfileTool *self)
{
  self->users = 1;
  self->note = g_strdup ("");
  self->added = g_date_time_new_now_utc ();
}

RelaisProfileTool *
relais_profile_tool_new (const char *tool_id)
{
  g_return_val_if_fail (is_id (tool_id), NULL);

  return g_object_new (RELAIS_TYPE_PROFILE_TOOL, "tool-id", tool_id, NULL);
}

/**
 * relais_profile_tool_new_from_json:
 *
 * Reads one entry of a profile's "tools"; refusals use the profile's error
 * domain and name the member.
 */
RelaisProfileTool *
relais_profile_tool_new_from_json (JsonObject  *object,
                                   GError     **error)
{
  g_autoptr(RelaisProfileTool) self = NULL;
  JsonNode *node;
  const char *tool_id = NULL, *note = "", *choice = NULL;
  gint64 users = 1;
  GDateTime *added = NULL;

  node = json_object_get_member (object, "tool");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    tool_id = json_node_get_string (node);
  if (!is_id (tool_id))
    {
      g_set_error_literal (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                           _("A tool of the profile has no valid identifier."));
      return NULL;
    }

  node = json_object_get_member (object, "users");
  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
          (users = json_node_get_int (node)) < 0 || users > RELAIS_PROFILE_TOOL_MAX_USERS)
        {
          g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                       _("The number of people using “%s” is not valid."), tool_id);
          return NULL;
        }
    }

  node = json_object_get_member (object, "note");
  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_WRONG_TYPE,
                       _("The note about “%s” is not text."), tool_id);
          return NULL;
        }
      note = json_node_get_string (node);
    }

  node = json_object_get_member (object, "choice");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          !is_id (json_node_get_string (node)))
        {
          g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                       _("The choice made for “%s” is not valid."), tool_id);
          return NULL;
        }
      choice = json_node_get_string (node);
    }

  node = json_object_get_member (object, "added");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    added = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
  if (added == NULL)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                   _("The date “%s” was added is not valid."), tool_id);
      return NULL;
    }

  self = g_object_new (RELAIS_TYPE_PROFILE_TOOL, "tool-id", tool_id, NULL);
  self->users = (guint) users;
  g_free (self->note);
  self->note = g_strdup (note);
  self->choice = g_strdup (choice);
  g_date_time_unref (self->added);
  self->added = added;

  return g_steal_pointer (&self);
}

JsonNode *
relais_profile_tool_to_json (RelaisProfileTool *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *added = NULL;

  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (self), NULL);

  added = g_date_time_format_iso8601 (self->added);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "tool");
  json_builder_add_string_value (builder, self->tool_id);
  json_builder_set_member_name (builder, "users");
  json_builder_add_int_value (builder, self->users);
  json_builder_set_member_name (builder, "note");
  json_builder_add_string_value (builder, self->note);
  json_builder_set_member_name (builder, "choice");
  if (self->choice != NULL)
    json_builder_add_string_value (builder, self->choice);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "added");
  json_builder_add_string_value (builder, added);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

const char *
relais_profile_tool_get_tool_id (RelaisProfileTool *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (self), NULL);
  return self->tool_id;
}

guint
relais_profile_tool_get_users (RelaisProfileTool *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (self), 0);
  return self->users;
}

void
relais_profile_tool_set_users (RelaisProfileTool *self,
                               guint              users)
{
  g_return_if_fail (RELAIS_IS_PROFILE_TOOL (self));

  users = MIN (users, RELAIS_PROFILE_TOOL_MAX_USERS);
  if (self->users == users)
    return;

  self->users = users;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USERS]);
}

const char *
relais_profile_tool_get_note (RelaisProfileTool *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (self), NULL);
  return self->note;
}

void
relais_profile_tool_set_note (RelaisProfileTool *self,
                              const char        *note)
{
  g_return_if_fail (RELAIS_IS_PROFILE_TOOL (self));

  if (note == NULL)
    note = "";
  if (g_strcmp0 (self->note, note) == 0)
    return;

  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

/**
 * relais_profile_tool_get_choice:
 *
 * Returns: (nullable): the chosen alternative's id, %RELAIS_CHOICE_NOT_NOW,
 *   or %NULL while nothing is chosen
 */
const char *
relais_profile_tool_get_choice (RelaisProfileTool *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (self), NULL);
  return self->choice;
}

void
relais_profile_tool_set_choice (RelaisProfileTool *self,
                                const char        *choice)
{
  g_return_if_fail (RELAIS_IS_PROFILE_TOOL (self));
  g_return_if_fail (choice == NULL || is_id (choice));

  if (g_strcmp0 (self->choice, choice) == 0)
    return;

  g_free (self->choice);
  self->choice = g_strdup (choice);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOICE]);
}

GDateTime *
relais_profile_tool_get_added (RelaisProfileTool *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (self), NULL);
  return self->added;
}
