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
#include "relais-profile-private.h"
#include "relais-profile-tool.h"

struct _RelaisProfileTool
{
  GObject    parent_instance;

  char      *tool_id;
  char      *note;
  char      *choice;
  char      *noted_by;
  char      *set_aside_reason;
  GDateTime *added;
  GDateTime *status_changed;
  guint      users;
  double     yearly_price;
  RelaisToolStatus status;
};

enum {
  PROP_0,
  PROP_TOOL_ID,
  PROP_USERS,
  PROP_NOTE,
  PROP_CHOICE,
  PROP_STATUS,
  PROP_NOTED_BY,
  PROP_SET_ASIDE_REASON,
  PROP_YEARLY_PRICE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (RelaisProfileTool, relais_profile_tool, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

const char *
relais_tool_status_to_string (RelaisToolStatus status)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (RELAIS_TYPE_TOOL_STATUS);
  GEnumValue *value = g_enum_get_value (klass, status);

  g_return_val_if_fail (value != NULL, NULL);
  return value->value_nick;
}

const char *
relais_tool_status_get_label (RelaisToolStatus status)
{
  switch (status)
    {
    case RELAIS_TOOL_STATUS_TO_CONSIDER:
      return C_("tool status", "To consider");
    case RELAIS_TOOL_STATUS_TRYING:
      return C_("tool status", "Trying");
    case RELAIS_TOOL_STATUS_ADOPTED:
      return C_("tool status", "Adopted");
    case RELAIS_TOOL_STATUS_MIGRATED:
      return C_("tool status", "Migrated");
    case RELAIS_TOOL_STATUS_SET_ASIDE:
      return C_("tool status", "Set aside");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* For the profile's history: what changed, from what, to what. */
static void
emit_changed (RelaisProfileTool *self,
              const char        *what,
              const char        *from,
              const char        *to)
{
  g_signal_emit (self, signals[CHANGED], 0, what, from, to);
}

/* A catalogue id: lower-case letters, digits, "-" and ".". */
gboolean
relais_profile_is_catalog_id (const char *text)
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
  g_clear_pointer (&self->status_changed, g_date_time_unref);
  g_clear_pointer (&self->noted_by, g_free);
  g_clear_pointer (&self->set_aside_reason, g_free);

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
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_NOTED_BY:
      g_value_set_string (value, self->noted_by);
      break;
    case PROP_SET_ASIDE_REASON:
      g_value_set_string (value, self->set_aside_reason);
      break;
    case PROP_YEARLY_PRICE:
      g_value_set_double (value, self->yearly_price);
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
    case PROP_STATUS:
      relais_profile_tool_set_status (self, g_value_get_enum (value));
      break;
    case PROP_NOTED_BY:
      relais_profile_tool_set_noted_by (self, g_value_get_string (value));
      break;
    case PROP_SET_ASIDE_REASON:
      relais_profile_tool_set_set_aside_reason (self, g_value_get_string (value));
      break;
    case PROP_YEARLY_PRICE:
      relais_profile_tool_set_yearly_price (self, g_value_get_double (value));
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
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, RELAIS_TYPE_TOOL_STATUS, RELAIS_TOOL_STATUS_TO_CONSIDER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTED_BY] =
    g_param_spec_string ("noted-by", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SET_ASIDE_REASON] =
    g_param_spec_string ("set-aside-reason", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEARLY_PRICE] =
    g_param_spec_double ("yearly-price", NULL, NULL, RELAIS_PROFILE_TOOL_NO_PRICE,
                         RELAIS_PROFILE_TOOL_MAX_PRICE, RELAIS_PROFILE_TOOL_NO_PRICE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RelaisProfileTool::changed:
   * @what: "status" or "choice"
   * @from: (nullable): the id before
   * @to: (nullable): the id after
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);
}

static void
relais_profile_tool_init (RelaisProfileTool *self)
{
  self->users = 1;
  self->note = g_strdup ("");
  self->noted_by = g_strdup ("");
  self->set_aside_reason = g_strdup ("");
  self->added = g_date_time_new_now_utc ();
  self->status_changed = g_date_time_ref (self->added);
  self->yearly_price = RELAIS_PROFILE_TOOL_NO_PRICE;
}

RelaisProfileTool *
relais_profile_tool_new (const char *tool_id)
{
  g_return_val_if_fail (relais_profile_is_catalog_id (tool_id), NULL);

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
  const char *tool_id = NULL, *note = "", *choice = NULL, *noted_by = "", *set_aside_reason = "";
  gint64 users = 1;
  GDateTime *added = NULL, *status_changed = NULL;
  RelaisToolStatus status = RELAIS_TOOL_STATUS_TO_CONSIDER;
  double yearly_price = RELAIS_PROFILE_TOOL_NO_PRICE;
  const struct { const char *member; const char **out; } texts[] = {
    { "noted_by", &noted_by },
    { "set_aside_reason", &set_aside_reason },
  };

  node = json_object_get_member (object, "tool");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    tool_id = json_node_get_string (node);
  if (!relais_profile_is_catalog_id (tool_id))
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
          !relais_profile_is_catalog_id (json_node_get_string (node)))
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

  {
    g_autoptr(GEnumClass) statuses = g_type_class_ref (RELAIS_TYPE_TOOL_STATUS);
    GEnumValue *value = NULL;

    node = json_object_get_member (object, "status");
    if (node != NULL)
      {
        if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
          value = g_enum_get_value_by_nick (statuses, json_node_get_string (node));
        if (value == NULL)
          {
            g_date_time_unref (added);
            g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                         _("The status of “%s” is not valid."), tool_id);
            return NULL;
          }
        status = value->value;
      }
  }

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      node = json_object_get_member (object, texts[i].member);
      if (node == NULL)
        continue;
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_date_time_unref (added);
          g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_WRONG_TYPE,
                       _("The note about “%s” is not text."), tool_id);
          return NULL;
        }
      *texts[i].out = json_node_get_string (node);
    }

  node = json_object_get_member (object, "yearly_price");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_VALUE (node) ||
          (json_node_get_value_type (node) != G_TYPE_DOUBLE && json_node_get_value_type (node) != G_TYPE_INT64) ||
          !(json_node_get_double (node) >= 0 && json_node_get_double (node) <= RELAIS_PROFILE_TOOL_MAX_PRICE))
        {
          g_date_time_unref (added);
          g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                       _("The price paid for “%s” is not valid."), tool_id);
          return NULL;
        }
      yearly_price = json_node_get_double (node);
    }

  node = json_object_get_member (object, "status_changed");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    status_changed = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);

  self = g_object_new (RELAIS_TYPE_PROFILE_TOOL, "tool-id", tool_id, NULL);
  self->status = status;
  g_free (self->noted_by);
  self->noted_by = g_strdup (noted_by);
  g_free (self->set_aside_reason);
  self->set_aside_reason = g_strdup (set_aside_reason);
  self->yearly_price = yearly_price;
  g_clear_pointer (&self->status_changed, g_date_time_unref);
  self->status_changed = status_changed != NULL ? status_changed : g_date_time_ref (added);
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
  g_autofree char *status_changed = NULL;

  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (self), NULL);

  added = g_date_time_format_iso8601 (self->added);
  status_changed = g_date_time_format_iso8601 (self->status_changed);
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
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, relais_tool_status_to_string (self->status));
  json_builder_set_member_name (builder, "status_changed");
  json_builder_add_string_value (builder, status_changed);
  json_builder_set_member_name (builder, "noted_by");
  json_builder_add_string_value (builder, self->noted_by);
  json_builder_set_member_name (builder, "set_aside_reason");
  json_builder_add_string_value (builder, self->set_aside_reason);
  json_builder_set_member_name (builder, "yearly_price");
  if (self->yearly_price >= 0)
    json_builder_add_double_value (builder, self->yearly_price);
  else
    json_builder_add_null_value (builder);
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
  g_return_if_fail (choice == NULL || relais_profile_is_catalog_id (choice));

  if (g_strcmp0 (self->choice, choice) == 0)
    return;

  {
    g_autofree char *before = g_steal_pointer (&self->choice);

    self->choice = g_strdup (choice);
    emit_changed (self, "choice", before, choice);
  }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOICE]);
}

GDateTime *
relais_profile_tool_get_added (RelaisProfileTool *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (self), NULL);
  return self->added;
}

RelaisToolStatus
relais_profile_tool_get_status (RelaisProfileTool *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (self), RELAIS_TOOL_STATUS_TO_CONSIDER);
  return self->status;
}

/**
 * relais_profile_tool_set_status:
 *
 * Moves the tool along the path (to consider, trying, adopted, migrated) or
 * sets it aside, and dates the change.
 */
void
relais_profile_tool_set_status (RelaisProfileTool *self,
                                RelaisToolStatus   status)
{
  RelaisToolStatus before;

  g_return_if_fail (RELAIS_IS_PROFILE_TOOL (self));
  g_return_if_fail (status < RELAIS_N_TOOL_STATUSES);

  if (self->status == status)
    return;

  before = self->status;
  self->status = status;
  g_clear_pointer (&self->status_changed, g_date_time_unref);
  self->status_changed = g_date_time_new_now_utc ();
  emit_changed (self, "status", relais_tool_status_to_string (before), relais_tool_status_to_string (status));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

GDateTime *
relais_profile_tool_get_status_changed (RelaisProfileTool *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (self), NULL);
  return self->status_changed;
}

const char *
relais_profile_tool_get_noted_by (RelaisProfileTool *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (self), NULL);
  return self->noted_by;
}

void
relais_profile_tool_set_noted_by (RelaisProfileTool *self,
                                  const char        *noted_by)
{
  g_return_if_fail (RELAIS_IS_PROFILE_TOOL (self));

  if (noted_by == NULL)
    noted_by = "";
  if (g_strcmp0 (self->noted_by, noted_by) == 0)
    return;

  g_free (self->noted_by);
  self->noted_by = g_strdup (noted_by);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTED_BY]);
}

const char *
relais_profile_tool_get_set_aside_reason (RelaisProfileTool *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (self), NULL);
  return self->set_aside_reason;
}

void
relais_profile_tool_set_set_aside_reason (RelaisProfileTool *self,
                                          const char        *reason)
{
  g_return_if_fail (RELAIS_IS_PROFILE_TOOL (self));

  if (reason == NULL)
    reason = "";
  if (g_strcmp0 (self->set_aside_reason, reason) == 0)
    return;

  g_free (self->set_aside_reason);
  self->set_aside_reason = g_strdup (reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SET_ASIDE_REASON]);
}

/**
 * relais_profile_tool_get_yearly_price:
 *
 * Returns: what the user says they pay a year, in euros, or
 *   %RELAIS_PROFILE_TOOL_NO_PRICE
 */
double
relais_profile_tool_get_yearly_price (RelaisProfileTool *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (self), RELAIS_PROFILE_TOOL_NO_PRICE);
  return self->yearly_price;
}

/**
 * relais_profile_tool_set_yearly_price:
 * @euros: a yearly amount, or a negative number to fall back on the
 *   catalogue's public price
 *
 * The user's real price wins over the catalogue's: associations often pay
 * less (nonprofit offers, Solidatech).
 */
void
relais_profile_tool_set_yearly_price (RelaisProfileTool *self,
                                      double             euros)
{
  g_return_if_fail (RELAIS_IS_PROFILE_TOOL (self));

  if (euros < 0)
    euros = RELAIS_PROFILE_TOOL_NO_PRICE;
  euros = MIN (euros, RELAIS_PROFILE_TOOL_MAX_PRICE);
  if (self->yearly_price == euros)
    return;

  self->yearly_price = euros;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEARLY_PRICE]);
}

static void
assign_string (RelaisProfileTool *self,
               char             **field,
               const char        *value,
               guint              prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  if (prop_id != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
assign_date_time (GDateTime **field,
                  GDateTime  *value)
{
  if (*field != NULL && g_date_time_equal (*field, value))
    return;
  g_clear_pointer (field, g_date_time_unref);
  *field = g_date_time_ref (value);
}

/* A merge brings the tool to what another copy of the profile says: each
 * property that differs is notified, but nothing is a new change of the
 * journey (no "changed": the merged history already tells it). */
void
relais_profile_tool_assign (RelaisProfileTool *self,
                            RelaisProfileTool *other)
{
  g_return_if_fail (RELAIS_IS_PROFILE_TOOL (self));
  g_return_if_fail (RELAIS_IS_PROFILE_TOOL (other));
  g_return_if_fail (g_str_equal (self->tool_id, other->tool_id));

  g_object_freeze_notify (G_OBJECT (self));
  assign_date_time (&self->added, other->added);
  assign_date_time (&self->status_changed, other->status_changed);
  if (self->users != other->users)
    {
      self->users = other->users;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USERS]);
    }
  assign_string (self, &self->note, other->note, PROP_NOTE);
  assign_string (self, &self->choice, other->choice, PROP_CHOICE);
  assign_string (self, &self->noted_by, other->noted_by, PROP_NOTED_BY);
  assign_string (self, &self->set_aside_reason, other->set_aside_reason, PROP_SET_ASIDE_REASON);
  if (self->status != other->status)
    {
      self->status = other->status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  if (self->yearly_price != other->yearly_price)
    {
      self->yearly_price = other->yearly_price;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEARLY_PRICE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}
