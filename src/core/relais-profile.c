/* relais-profile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "relais-departements.h"
#include "relais-profile.h"
#include "relais-profile-tool.h"

struct _RelaisProfile
{
  GObject            parent_instance;

  char              *id;
  char              *name;
  char              *departement;
  char              *postcode;
  GDateTime         *created;
  GDateTime         *modified;
  RelaisProfileKind  kind;
  RelaisWeight       weights[RELAIS_N_REASONS];
  GListStore        *tools;         /* RelaisProfileTool */

  /* Members written by a later minor revision of the format: carried through
   * untouched so that saving never drops what another Relais wrote. */
  JsonObject        *extra;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_DEPARTEMENT,
  PROP_POSTCODE,
  PROP_VALUES_WEIGHT,
  PROP_TECHNICAL_WEIGHT,
  PROP_FINANCIAL_WEIGHT,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_TOOLS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisProfile, relais_profile, G_TYPE_OBJECT)
G_DEFINE_QUARK (relais-profile-error-quark, relais_profile_error)
G_DEFINE_ENUM_TYPE (RelaisProfileKind, relais_profile_kind,
  G_DEFINE_ENUM_VALUE (RELAIS_PROFILE_KIND_PERSON, "person"),
  G_DEFINE_ENUM_VALUE (RELAIS_PROFILE_KIND_ASSOCIATION, "association"),
  G_DEFINE_ENUM_VALUE (RELAIS_PROFILE_KIND_ASSOCIATION_EMPLOYER, "association-employer"),
  G_DEFINE_ENUM_VALUE (RELAIS_PROFILE_KIND_COLLECTIVE, "collective"),
  G_DEFINE_ENUM_VALUE (RELAIS_PROFILE_KIND_RESSOURCERIE, "ressourcerie"))

static GParamSpec *properties[N_PROPS];

static const char * const reason_ids[RELAIS_N_REASONS] = { "values", "technical", "financial" };
static const char * const known_members[] = {
  "format", "version", "id", "name", "kind", "departement", "postcode",
  "reasons", "created", "modified", "tools",
};

const char *
relais_profile_kind_to_string (RelaisProfileKind kind)
{
  GEnumClass *klass = g_type_class_ref (RELAIS_TYPE_PROFILE_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  g_type_class_unref (klass);
  g_return_val_if_fail (value != NULL, NULL);

  return value->value_nick;
}

const char *
relais_profile_kind_get_label (RelaisProfileKind kind)
{
  switch (kind)
    {
    case RELAIS_PROFILE_KIND_PERSON:
      return _("A person");
    case RELAIS_PROFILE_KIND_ASSOCIATION:
      return _("An association with no employees");
    case RELAIS_PROFILE_KIND_ASSOCIATION_EMPLOYER:
      return _("An association that employs people");
    case RELAIS_PROFILE_KIND_COLLECTIVE:
      return _("An informal collective");
    case RELAIS_PROFILE_KIND_RESSOURCERIE:
      return _("A ressourcerie or reuse structure");
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
relais_profile_kind_is_collective (RelaisProfileKind kind)
{
  return kind != RELAIS_PROFILE_KIND_PERSON;
}

const char *
relais_reason_to_string (RelaisReason reason)
{
  g_return_val_if_fail (reason < RELAIS_N_REASONS, NULL);

  return reason_ids[reason];
}

const char *
relais_reason_get_label (RelaisReason reason)
{
  switch (reason)
    {
    case RELAIS_REASON_VALUES:
      return _("Values");
    case RELAIS_REASON_TECHNICAL:
      return _("Technical reasons");
    case RELAIS_REASON_FINANCIAL:
      return _("Financial reasons");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
relais_reason_get_explanation (RelaisReason reason)
{
  switch (reason)
    {
    case RELAIS_REASON_VALUES:
      return _("Use tools that match what you stand for: privacy, sharing knowledge, the commons.");
    case RELAIS_REASON_TECHNICAL:
      return _("Be free to adapt, fix and keep your tools, with open formats, even on older computers.");
    case RELAIS_REASON_FINANCIAL:
      return _("Pay no licence fees, and give back in other ways than paying for a licence.");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
relais_weight_get_label (RelaisWeight weight)
{
  switch (weight)
    {
    case RELAIS_WEIGHT_NOT_IMPORTANT:
      return _("Not important");
    case RELAIS_WEIGHT_A_LITTLE:
      return _("A little");
    case RELAIS_WEIGHT_IMPORTANT:
      return _("Important");
    case RELAIS_WEIGHT_ESSENTIAL:
      return _("Essential");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
relais_profile_touch (RelaisProfile *self)
{
  g_clear_pointer (&self->modified, g_date_time_unref);
  self->modified = g_date_time_new_now_utc ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
tools_changed (RelaisProfile *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOLS]);
  relais_profile_touch (self);
}

static void
watch_tool (RelaisProfile     *self,
            RelaisProfileTool *tool)
{
  g_signal_connect_object (tool, "notify", G_CALLBACK (tools_changed), self, G_CONNECT_SWAPPED);
}

static gboolean
set_string (RelaisProfile *self,
            char         **field,
            const char    *value,
            guint          prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  relais_profile_touch (self);

  return TRUE;
}

/* --- Reading a document -------------------------------------------------- */

static JsonNode *
get_member (JsonObject   *object,
            const char   *name,
            JsonNodeType  type,
            GType         value_type,
            gboolean      required,
            GError      **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_MISSING_FIELD,
                     _("The field “%s” is missing."), name);
      return NULL;
    }

  if (JSON_NODE_TYPE (node) != type ||
      (type == JSON_NODE_VALUE && json_node_get_value_type (node) != value_type))
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_WRONG_TYPE,
                   _("The field “%s” does not hold the right kind of value."), name);
      return NULL;
    }

  return node;
}

static const char *
get_string (JsonObject  *object,
            const char  *name,
            gboolean     required,
            GError     **error)
{
  JsonNode *node = get_member (object, name, JSON_NODE_VALUE, G_TYPE_STRING, required, error);

  return node != NULL ? json_node_get_string (node) : NULL;
}

static gboolean
get_int (JsonObject  *object,
         const char  *name,
         gint64      *value,
         GError     **error)
{
  JsonNode *node = get_member (object, name, JSON_NODE_VALUE, G_TYPE_INT64, TRUE, error);

  if (node == NULL)
    return FALSE;

  *value = json_node_get_int (node);
  return TRUE;
}

static GDateTime *
get_date_time (JsonObject  *object,
               const char  *name,
               GError     **error)
{
  const char *text = get_string (object, name, TRUE, error);
  GDateTime *date_time;

  if (text == NULL)
    return NULL;

  date_time = g_date_time_new_from_iso8601 (text, NULL);
  if (date_time == NULL)
    g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                 _("The field “%s” is not a valid date."), name);

  return date_time;
}

static gboolean
read_header (JsonObject  *root,
             GError     **error)
{
  const char *format;
  gint64 version;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  format = get_string (root, "format", FALSE, NULL);
  if (g_strcmp0 (format, RELAIS_PROFILE_FORMAT) != 0)
    {
      g_set_error_literal (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_A_PROFILE,
                           _("This file is not a Relais profile."));
      return FALSE;
    }

  if (!get_int (root, "version", &version, error))
    return FALSE;

  /* xgettext cannot read G_GINT64_FORMAT inside a message: print it apart. */
  g_ascii_formatd (number, sizeof number, "%.0f", (double) version);

  if (version > RELAIS_PROFILE_FORMAT_VERSION)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NEWER_VERSION,
                   _("This profile was saved by a newer version of Relais (format %s). Update Relais to open it."),
                   number);
      return FALSE;
    }

  if (version < 1)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_BAD_VERSION,
                   _("This profile has an unknown format version (%s)."),
                   number);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_reasons (RelaisProfile  *self,
              JsonObject     *root,
              GError        **error)
{
  JsonNode *node = get_member (root, "reasons", JSON_NODE_OBJECT, G_TYPE_INVALID, TRUE, error);
  JsonObject *reasons;

  if (node == NULL)
    return FALSE;

  reasons = json_node_get_object (node);
  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    {
      gint64 weight;

      if (!get_int (reasons, reason_ids[i], &weight, error))
        {
          g_prefix_error (error, _("In the reasons: "));
          return FALSE;
        }

      if (weight < 0 || weight >= RELAIS_N_WEIGHTS)
        {
          g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                       _("The weight of the reason “%s” must be between 0 and %d."),
                       reason_ids[i], RELAIS_N_WEIGHTS - 1);
          return FALSE;
        }

      self->weights[i] = (RelaisWeight) weight;
    }

  return TRUE;
}

static gboolean
read_fields (RelaisProfile  *self,
             JsonObject     *root,
             GError        **error)
{
  const char *id, *name, *kind, *departement, *postcode;
  g_autoptr(GEnumClass) kinds = g_type_class_ref (RELAIS_TYPE_PROFILE_KIND);
  GEnumValue *kind_value;
  GError *postcode_error = NULL;

  if (!(id = get_string (root, "id", TRUE, error)) ||
      !(name = get_string (root, "name", TRUE, error)) ||
      !(kind = get_string (root, "kind", TRUE, error)) ||
      !(departement = get_string (root, "departement", TRUE, error)))
    return FALSE;

  postcode = get_string (root, "postcode", FALSE, &postcode_error);
  if (postcode_error != NULL)
    {
      g_propagate_error (error, postcode_error);
      return FALSE;
    }

  if (!g_uuid_string_is_valid (id))
    {
      g_set_error_literal (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                           _("The profile’s identifier is not valid."));
      return FALSE;
    }

  kind_value = g_enum_get_value_by_nick (kinds, kind);
  if (kind_value == NULL)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                   _("“%s” is not a known kind of profile."), kind);
      return FALSE;
    }

  g_free (self->id);
  self->id = g_strdup (id);
  g_free (self->name);
  self->name = g_strdup (name);
  self->kind = kind_value->value;
  g_free (self->departement);
  self->departement = g_strdup (departement);
  g_free (self->postcode);
  self->postcode = g_strdup (postcode != NULL ? postcode : "");

  if (!read_reasons (self, root, error))
    return FALSE;

  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  if (!(self->created = get_date_time (root, "created", error)) ||
      !(self->modified = get_date_time (root, "modified", error)))
    return FALSE;

  return TRUE;
}

static gboolean
read_tools (RelaisProfile  *self,
            JsonObject     *root,
            GError        **error)
{
  GError *local_error = NULL;
  JsonNode *node = get_member (root, "tools", JSON_NODE_ARRAY, G_TYPE_INVALID, FALSE, &local_error);
  JsonArray *array;

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (node == NULL)
    return TRUE;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(RelaisProfileTool) tool = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_set_error_literal (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_WRONG_TYPE,
                               _("The field “tools” does not hold the right kind of value."));
          return FALSE;
        }
      if (!(tool = relais_profile_tool_new_from_json (json_node_get_object (element), error)))
        return FALSE;
      watch_tool (self, tool);
      g_list_store_append (self->tools, tool);
    }

  return TRUE;
}

static void
keep_unknown_members (RelaisProfile *self,
                      JsonObject    *root)
{
  /* In the order of the document (json_object_get_members() keeps it; the
   * iterator does not), so that writing the same profile twice gives the
   * same bytes. */
  g_autoptr(GList) members = json_object_get_members (root);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *member = l->data;

      if (g_strv_contains ((const char * const *) known_members, member))
        continue;

      if (self->extra == NULL)
        self->extra = json_object_new ();
      json_object_set_member (self->extra, member,
                              json_node_copy (json_object_get_member (root, member)));
    }
}

/**
 * relais_profile_new_from_data:
 * @data: the document, UTF-8 JSON
 * @length: its length, or -1 if nul-terminated
 * @error: where to report why it was refused
 *
 * Reads and validates a profile document. Every refusal says, in words a
 * volunteer can act on, what is wrong.
 *
 * Returns: (transfer full) (nullable): the profile, or %NULL with @error set
 */
RelaisProfile *
relais_profile_new_from_data (const char  *data,
                              gssize       length,
                              GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(RelaisProfile) self = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);

  if (length > RELAIS_PROFILE_MAX_SIZE)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE,
                   _("This file is too large to be a Relais profile (more than %d MB)."),
                   RELAIS_PROFILE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error_literal (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_JSON,
                           _("This file is not a text document: it may be damaged."));
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      /* The parser's words ("unexpected character") help a developer, not a
       * volunteer: they go to the log. */
      g_debug ("Not JSON: %s", parse_error->message);
      g_set_error_literal (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_JSON,
                           _("This file is damaged: its text is cut or altered, so Relais cannot read it."));
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_JSON,
                           _("This file is empty."));
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_A_PROFILE,
                           _("This file is not a Relais profile."));
      return NULL;
    }

  if (!read_header (json_node_get_object (root), error))
    return NULL;

  self = g_object_new (RELAIS_TYPE_PROFILE, NULL);
  if (!read_fields (self, json_node_get_object (root), error) ||
      !read_tools (self, json_node_get_object (root), error) ||
      !relais_profile_validate (self, error))
    return NULL;

  keep_unknown_members (self, json_node_get_object (root));

  return g_steal_pointer (&self);
}

/* --- Writing a document -------------------------------------------------- */

static char *
format_date_time (GDateTime *date_time)
{
  return g_date_time_format_iso8601 (date_time);
}

char *
relais_profile_to_data (RelaisProfile *self,
                        gsize         *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *created = NULL;
  g_autofree char *modified = NULL;

  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  created = format_date_time (self->created);
  modified = format_date_time (self->modified);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, RELAIS_PROFILE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, RELAIS_PROFILE_FORMAT_VERSION);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, self->id);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, self->name);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, relais_profile_kind_to_string (self->kind));
  json_builder_set_member_name (builder, "departement");
  json_builder_add_string_value (builder, self->departement);
  json_builder_set_member_name (builder, "postcode");
  json_builder_add_string_value (builder, self->postcode);
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_object (builder);
  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    {
      json_builder_set_member_name (builder, reason_ids[i]);
      json_builder_add_int_value (builder, self->weights[i]);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "tools");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tools)); i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (G_LIST_MODEL (self->tools), i);

      json_builder_add_value (builder, relais_profile_tool_to_json (tool));
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "created");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "modified");
  json_builder_add_string_value (builder, modified);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);

  if (self->extra != NULL)
    {
      JsonObject *object = json_node_get_object (root);
      g_autoptr(GList) members = json_object_get_members (self->extra);

      for (const GList *l = members; l != NULL; l = l->next)
        json_object_set_member (object, l->data,
                                json_node_copy (json_object_get_member (self->extra, l->data)));
    }

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, length);
}

/**
 * relais_profile_validate:
 *
 * Checks what a document or a form may get wrong: an empty or overlong name,
 * an unknown département, a postcode that is not five digits.
 */
gboolean
relais_profile_validate (RelaisProfile  *self,
                         GError        **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (RELAIS_IS_PROFILE (self), FALSE);

  trimmed = g_strstrip (g_strdup (self->name != NULL ? self->name : ""));
  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                           _("The profile needs a name."));
      return FALSE;
    }

  if (!g_utf8_validate (self->name, -1, NULL) ||
      g_utf8_strlen (self->name, -1) > RELAIS_PROFILE_NAME_MAX)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                   _("The name is too long: %d characters at most."), RELAIS_PROFILE_NAME_MAX);
      return FALSE;
    }

  if (relais_departements_lookup (self->departement) == NULL)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                   _("“%s” is not a French département."), self->departement);
      return FALSE;
    }

  if (self->postcode[0] != '\0' && !relais_postcode_is_valid (self->postcode))
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                   _("“%s” is not a postcode: a postcode has five digits."), self->postcode);
      return FALSE;
    }

  return TRUE;
}

/* --- GObject ------------------------------------------------------------- */

static void
relais_profile_constructed (GObject *object)
{
  RelaisProfile *self = (RelaisProfile *)object;

  G_OBJECT_CLASS (relais_profile_parent_class)->constructed (object);

  if (self->id == NULL)
    self->id = g_uuid_string_random ();
}

static void
relais_profile_finalize (GObject *object)
{
  RelaisProfile *self = (RelaisProfile *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->departement, g_free);
  g_clear_pointer (&self->postcode, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_object (&self->tools);

  G_OBJECT_CLASS (relais_profile_parent_class)->finalize (object);
}

static void
relais_profile_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RelaisProfile *self = RELAIS_PROFILE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_DEPARTEMENT:
      g_value_set_string (value, self->departement);
      break;
    case PROP_POSTCODE:
      g_value_set_string (value, self->postcode);
      break;
    case PROP_VALUES_WEIGHT:
    case PROP_TECHNICAL_WEIGHT:
    case PROP_FINANCIAL_WEIGHT:
      g_value_set_uint (value, self->weights[prop_id - PROP_VALUES_WEIGHT]);
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;
    case PROP_TOOLS:
      g_value_set_object (value, self->tools);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_profile_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RelaisProfile *self = RELAIS_PROFILE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      relais_profile_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      relais_profile_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_DEPARTEMENT:
      relais_profile_set_departement (self, g_value_get_string (value));
      break;
    case PROP_POSTCODE:
      relais_profile_set_postcode (self, g_value_get_string (value));
      break;
    case PROP_VALUES_WEIGHT:
    case PROP_TECHNICAL_WEIGHT:
    case PROP_FINANCIAL_WEIGHT:
      relais_profile_set_weight (self, prop_id - PROP_VALUES_WEIGHT, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_profile_class_init (RelaisProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = relais_profile_constructed;
  object_class->finalize = relais_profile_finalize;
  object_class->get_property = relais_profile_get_property;
  object_class->set_property = relais_profile_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, RELAIS_TYPE_PROFILE_KIND,
                       RELAIS_PROFILE_KIND_ASSOCIATION, rw);
  properties[PROP_DEPARTEMENT] = g_param_spec_string ("departement", NULL, NULL, "14", rw);
  properties[PROP_POSTCODE] = g_param_spec_string ("postcode", NULL, NULL, "", rw);
  properties[PROP_VALUES_WEIGHT] =
    g_param_spec_uint ("values-weight", NULL, NULL, 0, RELAIS_N_WEIGHTS - 1,
                       RELAIS_WEIGHT_IMPORTANT, rw);
  properties[PROP_TECHNICAL_WEIGHT] =
    g_param_spec_uint ("technical-weight", NULL, NULL, 0, RELAIS_N_WEIGHTS - 1,
                       RELAIS_WEIGHT_IMPORTANT, rw);
  properties[PROP_FINANCIAL_WEIGHT] =
    g_param_spec_uint ("financial-weight", NULL, NULL, 0, RELAIS_N_WEIGHTS - 1,
                       RELAIS_WEIGHT_IMPORTANT, rw);
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TOOLS] =
    g_param_spec_object ("tools", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relais_profile_init (RelaisProfile *self)
{
  self->name = g_strdup ("");
  self->departement = g_strdup ("14");
  self->postcode = g_strdup ("");
  self->kind = RELAIS_PROFILE_KIND_ASSOCIATION;
  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    self->weights[i] = RELAIS_WEIGHT_IMPORTANT;
  self->created = g_date_time_new_now_utc ();
  self->modified = g_date_time_ref (self->created);
  self->tools = g_list_store_new (RELAIS_TYPE_PROFILE_TOOL);
}

/* --- Public API ---------------------------------------------------------- */

/**
 * relais_profile_new:
 * @name: the name of the person or organisation
 *
 * A new profile with a fresh identifier, created now. It is not saved: hand it
 * to a #RelaisProfileStore.
 */
RelaisProfile *
relais_profile_new (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  return g_object_new (RELAIS_TYPE_PROFILE, "name", name, NULL);
}

const char *
relais_profile_get_id (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->id;
}

const char *
relais_profile_get_name (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->name;
}

void
relais_profile_set_name (RelaisProfile *self,
                         const char    *name)
{
  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (name != NULL);

  set_string (self, &self->name, name, PROP_NAME);
}

RelaisProfileKind
relais_profile_get_kind (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), RELAIS_PROFILE_KIND_ASSOCIATION);

  return self->kind;
}

void
relais_profile_set_kind (RelaisProfile     *self,
                         RelaisProfileKind  kind)
{
  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (kind <= RELAIS_PROFILE_KIND_RESSOURCERIE);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  relais_profile_touch (self);
}

const char *
relais_profile_get_departement (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->departement;
}

void
relais_profile_set_departement (RelaisProfile *self,
                                const char    *departement)
{
  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (departement != NULL);

  set_string (self, &self->departement, departement, PROP_DEPARTEMENT);
}

const char *
relais_profile_get_postcode (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->postcode;
}

void
relais_profile_set_postcode (RelaisProfile *self,
                             const char    *postcode)
{
  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (postcode != NULL);

  set_string (self, &self->postcode, postcode, PROP_POSTCODE);
}

RelaisWeight
relais_profile_get_weight (RelaisProfile *self,
                           RelaisReason   reason)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), RELAIS_WEIGHT_NOT_IMPORTANT);
  g_return_val_if_fail (reason < RELAIS_N_REASONS, RELAIS_WEIGHT_NOT_IMPORTANT);

  return self->weights[reason];
}

void
relais_profile_set_weight (RelaisProfile *self,
                           RelaisReason   reason,
                           RelaisWeight   weight)
{
  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (reason < RELAIS_N_REASONS);
  g_return_if_fail (weight < RELAIS_N_WEIGHTS);

  if (self->weights[reason] == weight)
    return;

  self->weights[reason] = weight;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUES_WEIGHT + reason]);
  relais_profile_touch (self);
}

GDateTime *
relais_profile_get_created (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->created;
}

GDateTime *
relais_profile_get_modified (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->modified;
}

/**
 * relais_profile_get_tools:
 *
 * Returns: (transfer none): the tools used today (#RelaisProfileTool), in
 *   the order they were added
 */
GListModel *
relais_profile_get_tools (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return G_LIST_MODEL (self->tools);
}

/**
 * relais_profile_find_tool:
 *
 * Returns: (transfer none) (nullable): the entry for @tool_id
 */
RelaisProfileTool *
relais_profile_find_tool (RelaisProfile *self,
                          const char    *tool_id,
                          guint         *position)
{
  guint n_items;

  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);
  g_return_val_if_fail (tool_id != NULL, NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->tools));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (G_LIST_MODEL (self->tools), i);

      if (g_str_equal (relais_profile_tool_get_tool_id (tool), tool_id))
        {
          if (position != NULL)
            *position = i;
          return tool;
        }
    }

  return NULL;
}

/**
 * relais_profile_add_tool:
 * @tool_id: a proprietary tool of the catalogue
 *
 * Adds the tool, or finds it if it is there already.
 *
 * Returns: (transfer none): its entry
 */
RelaisProfileTool *
relais_profile_add_tool (RelaisProfile *self,
                         const char    *tool_id)
{
  g_autoptr(RelaisProfileTool) tool = NULL;
  RelaisProfileTool *known;

  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);
  g_return_val_if_fail (tool_id != NULL, NULL);

  if ((known = relais_profile_find_tool (self, tool_id, NULL)) != NULL)
    return known;

  tool = relais_profile_tool_new (tool_id);
  relais_profile_insert_tool (self, tool, G_MAXUINT);
  return tool;
}

/**
 * relais_profile_insert_tool:
 * @position: where, or %G_MAXUINT for the end
 *
 * Puts back an entry (to undo its removal, with its note and choice).
 */
void
relais_profile_insert_tool (RelaisProfile     *self,
                            RelaisProfileTool *tool,
                            guint              position)
{
  guint n_items;

  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (RELAIS_IS_PROFILE_TOOL (tool));
  g_return_if_fail (relais_profile_find_tool (self, relais_profile_tool_get_tool_id (tool), NULL) == NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->tools));
  watch_tool (self, tool);
  g_list_store_insert (self->tools, MIN (position, n_items), tool);
  tools_changed (self);
}

/**
 * relais_profile_remove_tool:
 *
 * Returns: where it was, for relais_profile_insert_tool(), or -1
 */
gint
relais_profile_remove_tool (RelaisProfile     *self,
                            RelaisProfileTool *tool)
{
  guint position;

  g_return_val_if_fail (RELAIS_IS_PROFILE (self), -1);
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (tool), -1);

  if (!g_list_store_find (self->tools, tool, &position))
    return -1;

  g_signal_handlers_disconnect_by_func (tool, tools_changed, self);
  g_list_store_remove (self->tools, position);
  tools_changed (self);

  return (gint) position;
}
