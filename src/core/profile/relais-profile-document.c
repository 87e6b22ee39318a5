/* relais-profile-document.c — the profile as a JSON document: read, checked, written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relais-departements.h"
#include "relais-json-read.h"
#include "relais-profile-private.h"

static const char * const known_members[] = {
  "format", "version", "id", "name", "kind", "place",
  "reasons", "created", "modified", "tools", "history", "checklist", "own_steps", "free_tools",
  "changes", "overwritten", "ancestors",
};

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

/* json-glib 1.6 reads an integer too large for 64 bits as -1: a version
 * written with 19 digits or more is a (much) newer one, not a damaged file. */
static gboolean
version_overflows (const char *data,
                   gssize      length)
{
  g_autoptr(GRegex) regex = g_regex_new ("\"version\"\\s*:\\s*[0-9]{19,}", G_REGEX_RAW, 0, NULL);

  return g_regex_match_full (regex, data, length, 0, 0, NULL, NULL);
}

/* A "\u0000" in a string: json-glib 1.6 cuts the string there ("Les\u0000
 * Jardins" becomes "Les"), and writing it back would lose the rest. */
static gboolean
has_escaped_nul (const char *data,
                 gsize       length)
{
  for (gsize i = 0; i + 5 < length; i++)
    {
      gsize backslashes = 0;

      if (data[i] != '\\' || g_ascii_strncasecmp (data + i + 1, "u0000", 5) != 0)
        continue;
      while (backslashes < i && data[i - 1 - backslashes] == '\\')
        backslashes++;
      if (backslashes % 2 == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
read_header (JsonObject  *root,
             gboolean     allow_newer,
             gboolean     huge_version,
             gint64      *version_out,
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
  if (version == -1 && huge_version)
    version = G_MAXINT64;

  /* xgettext cannot read G_GINT64_FORMAT inside a message: print it apart. */
  g_ascii_formatd (number, sizeof number, "%.0f", (double) version);

  *version_out = version;
  if (version > RELAIS_PROFILE_FORMAT_VERSION && !allow_newer)
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

      if (!get_int (reasons, relais_reason_to_string (i), &weight, error))
        {
          g_prefix_error (error, _("In the reasons: "));
          return FALSE;
        }

      if (weight < 0 || weight >= RELAIS_N_WEIGHTS)
        {
          g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                       _("The weight of the reason “%s” must be between 0 and %d."),
                       relais_reason_to_string (i), RELAIS_N_WEIGHTS - 1);
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
  const char *id, *name, *kind, *departement, *postcode, *commune;
  g_autoptr(GEnumClass) kinds = g_type_class_ref (RELAIS_TYPE_PROFILE_KIND);
  GEnumValue *kind_value;
  GError *optional_error = NULL;
  JsonNode *place_node;
  JsonObject *place;

  if (!(id = get_string (root, "id", TRUE, error)) ||
      !(name = get_string (root, "name", TRUE, error)) ||
      !(kind = get_string (root, "kind", TRUE, error)) ||
      !(place_node = get_member (root, "place", JSON_NODE_OBJECT, G_TYPE_INVALID, TRUE, error)))
    return FALSE;

  place = json_node_get_object (place_node);
  if (!(departement = get_string (place, "departement", TRUE, error)))
    return FALSE;

  postcode = get_string (place, "postcode", FALSE, &optional_error);
  if (optional_error == NULL)
    commune = get_string (place, "commune", FALSE, &optional_error);
  if (optional_error != NULL)
    {
      g_propagate_error (error, optional_error);
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
  g_free (self->commune);
  self->commune = g_strdup (commune != NULL ? commune : "");

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
      relais_profile_watch_tool (self, tool);
      g_list_store_append (self->tools, tool);
    }

  return TRUE;
}

/* Members this version does not know (a later Relais's, a hand edit) are
 * written back as they were, within bounds: a profile must never grow into
 * one the reader refuses. */
#define EXTRA_MAX_MEMBERS 64
#define EXTRA_MAX_SIZE    (1024 * 1024)

static char *
member_to_data (const char *member,
                JsonNode   *value)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *data = NULL;
  gsize length;

  json_object_set_member (object, member, json_node_copy (value));
  json_node_set_object (node, object);
  json_generator_set_root (generator, node);
  data = json_generator_to_data (generator, &length);

  /* The member alone, without the braces around it. */
  return g_strndup (data + 1, length - 2);
}

static void
keep_unknown_members (RelaisProfile *self,
                      JsonObject    *root)
{
  /* In the order of the document (json_object_get_members() keeps it; the
   * iterator does not), so that writing the same profile twice gives the
   * same bytes. */
  g_autoptr(GList) members = json_object_get_members (root);
  gsize total = 0;
  guint count = 0;

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *member = l->data;
      g_autofree char *data = NULL;

      if (g_strv_contains ((const char * const *) known_members, member))
        continue;

      data = member_to_data (member, json_object_get_member (root, member));
      if (count >= EXTRA_MAX_MEMBERS || total + strlen (data) > EXTRA_MAX_SIZE)
        {
          /* The file as it was stays as the backup at the next save. */
          g_message ("Unknown member “%s” of a profile not kept: too many or too large", member);
          continue;
        }
      total += strlen (data);
      count++;

      if (self->extra == NULL)
        self->extra = json_object_new ();
      json_object_set_member (self->extra, member,
                              json_node_copy (json_object_get_member (root, member)));
    }
}

static RelaisProfile *parse (const char  *data,
                             gssize       length,
                             gboolean     allow_newer,
                             GError     **error);

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
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return parse (data, length, FALSE, error);
}

/**
 * relais_profile_new_read_only_from_data:
 *
 * Like relais_profile_new_from_data(), but a document from a newer format
 * version is read as far as this version understands it, and marked
 * read-only: shown, never written.
 */
RelaisProfile *
relais_profile_new_read_only_from_data (const char  *data,
                                        gssize       length,
                                        GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return parse (data, length, TRUE, error);
}

static RelaisProfile *
parse (const char  *data,
       gssize       length,
       gboolean     allow_newer,
       GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(RelaisProfile) self = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(JsonObject) migrated = NULL;
  gint64 version;
  JsonNode *root;
  JsonObject *document;

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
  if (!relais_json_parser_load (parser, data, length, &parse_error))
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

  if (has_escaped_nul (data, (gsize) length))
    {
      g_set_error_literal (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                           _("This file holds a character Relais cannot keep (an invisible “null” character), so it was not read: reading it would lose what follows."));
      return NULL;
    }

  document = json_node_get_object (root);
  if (!read_header (document, allow_newer, version_overflows (data, length), &version, error))
    return NULL;

  if (version < RELAIS_PROFILE_FORMAT_VERSION)
    {
      if (!(migrated = relais_profile_migrate (document, version, error)))
        return NULL;
      document = migrated;
    }

  self = g_object_new (RELAIS_TYPE_PROFILE, NULL);
  self->read_only = version > RELAIS_PROFILE_FORMAT_VERSION;
  if (!read_fields (self, document, error) ||
      !read_tools (self, document, error) ||
      !relais_profile_read_free_tools (self, document, error) ||
      !relais_profile_read_history (self, document, error) ||
      !relais_profile_read_checklist (self, document, error) ||
      !relais_profile_read_changes (self, document, error) ||
      !relais_profile_validate (self, error))
    return NULL;

  keep_unknown_members (self, document);

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
  json_builder_set_member_name (builder, "place");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "departement");
  json_builder_add_string_value (builder, self->departement);
  json_builder_set_member_name (builder, "postcode");
  json_builder_add_string_value (builder, self->postcode);
  json_builder_set_member_name (builder, "commune");
  json_builder_add_string_value (builder, self->commune);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_object (builder);
  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    {
      json_builder_set_member_name (builder, relais_reason_to_string (i));
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
  relais_profile_write_free_tools (self, builder);
  relais_profile_write_history (self, builder);
  relais_profile_write_checklist (self, builder);
  relais_profile_write_changes (self, builder);
  json_builder_set_member_name (builder, "created");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "modified");
  json_builder_add_string_value (builder, modified);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  if (self->extra == NULL)
    return json_generator_to_data (generator, length);

  /* Unknown members go after ours, each on one line: pretty-printed, a
   * deeply nested value grows with the square of its depth. */
  {
    g_autofree char *data = json_generator_to_data (generator, NULL);
    g_autoptr(GList) members = json_object_get_members (self->extra);
    char *end = strrchr (data, '}');
    GString *text;

    g_assert (end != NULL);
    while (end > data && g_ascii_isspace (end[-1]))
      end--;
    text = g_string_new_len (data, end - data);
    for (const GList *l = members; l != NULL; l = l->next)
      {
        g_autofree char *member = member_to_data (l->data, json_object_get_member (self->extra, l->data));

        g_string_append_printf (text, ",\n  %s", member);
      }
    g_string_append (text, "\n}");
    if (length != NULL)
      *length = text->len;
    return g_string_free (text, FALSE);
  }
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

  /* An INSEE commune code begins with its département's: 14118 is in 14,
   * 2A004 in 2A, 97411 in 974. */
  if (self->commune[0] != '\0' &&
      (strlen (self->commune) != 5 || !g_str_has_prefix (self->commune, self->departement)))
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE,
                   _("“%s” is not the code of a commune of the département %s."),
                   self->commune, self->departement);
      return FALSE;
    }

  return TRUE;
}

