/* relais-catalog-read.c — reading the catalogue's JSON, saying where any
 * bad value is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-catalog"

#include "config.h"

#include <json-glib/json-glib.h>

#include "relais-catalog-private.h"
#include "relais-json-read.h"

static const char * const kind_ids[] = { "software", "online", "both", NULL };
static const char * const platform_ids[] = { "linux", "windows", "macos", "android", "ios", "web", NULL };
static const char * const reason_ids[] = { "values", "technical", "financial" };
/* In the order of RelaisMaturity, after RELAIS_MATURITY_UNKNOWN. */
static const char * const maturity_ids[] = { "stable", "beta", "alpha", NULL };

/* --- Reading, with the place of every bad value ----------------------------- */

static gboolean
read_level (JsonObject        *object,
            const char        *member,
            guint              min,
            guint              max,
            guint             *out,
            RelaisJsonReader  *reader,
            GError           **error)
{
  JsonNode *node = relais_json_member (object, member, JSON_NODE_VALUE, G_TYPE_INT64, TRUE, reader, error);
  gint64 value;

  if (node == NULL)
    return FALSE;

  value = json_node_get_int (node);
  if (value < min || value > max)
    return relais_json_fail (reader, error, member, "out of range");

  *out = (guint) value;
  return TRUE;
}

gboolean
relais_catalog_read_enum (JsonObject          *object,
                          const char          *member,
                          const char * const  *allowed,
                          guint               *out,
                          RelaisJsonReader    *reader,
                          GError             **error)
{
  g_autofree char *value = NULL;

  if (!relais_json_read_string (object, member, TRUE, &value, reader, error))
    return FALSE;
  if (value == NULL)
    return relais_json_fail (reader, error, member, "missing");

  for (guint i = 0; allowed[i] != NULL; i++)
    {
      if (g_str_equal (allowed[i], value))
        {
          *out = i;
          return TRUE;
        }
    }

  return relais_json_fail (reader, error, member, "not an allowed value");
}

static JsonArray *
open_part (GBytes            *bytes,
           const char        *part,
           const char        *list,
           JsonParser        *parser,
           RelaisJsonReader  *reader,
           GError           **error)
{
  return relais_json_open (bytes, RELAIS_CATALOG_FORMAT, RELAIS_CATALOG_VERSION, part, list,
                           "catalogue", parser, reader, error);
}

/* Runs @read_entry on each object of the list, keeping the JSON path of the
 * entry in @reader so that every message says where the bad value is. */
typedef gboolean (*ReadEntry) (RelaisCatalog     *self,
                               JsonObject        *object,
                               RelaisJsonReader  *reader,
                               GError           **error);

static gboolean
read_list (RelaisCatalog     *self,
           JsonArray         *array,
           const char        *list,
           ReadEntry          read_entry,
           RelaisJsonReader  *reader,
           GError           **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      g_string_printf (reader->path, "%s[%u]", list, i);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        return relais_json_fail (reader, error, NULL, "not an object");
      if (!read_entry (self, json_node_get_object (element), reader, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_new_id (GHashTable        *table,
              const char        *id,
              RelaisJsonReader  *reader,
              GError           **error)
{
  if (g_hash_table_contains (table, id))
    return relais_json_fail (reader, error, "id", "used twice");

  return TRUE;
}

static gboolean
read_category (RelaisCatalog     *self,
               JsonObject        *object,
               RelaisJsonReader  *reader,
               GError           **error)
{
  RelaisCategory *category = g_new0 (RelaisCategory, 1);

  category->tools = g_ptr_array_new ();
  g_ptr_array_add (self->categories, category);

  if (!relais_json_read_string (object, "id", TRUE, &category->id, reader, error) ||
      !check_new_id (self->categories_by_id, category->id, reader, error) ||
      !relais_json_read_string (object, "name", TRUE, &category->name, reader, error) ||
      !relais_json_read_string (object, "description", TRUE, &category->description, reader, error))
    return FALSE;

  g_hash_table_insert (self->categories_by_id, category->id, category);
  return TRUE;
}

static gboolean
read_tool (RelaisCatalog     *self,
           JsonObject        *object,
           RelaisJsonReader  *reader,
           GError           **error)
{
  RelaisProprietaryTool *tool = g_new0 (RelaisProprietaryTool, 1);
  g_autofree char *category_id = NULL;
  guint kind = 0;

  tool->alternatives = g_ptr_array_new ();
  tool->sources = g_ptr_array_new ();
  g_ptr_array_add (self->tools, tool);

  if (!relais_json_read_string (object, "id", TRUE, &tool->id, reader, error) ||
      !check_new_id (self->tools_by_id, tool->id, reader, error) ||
      !relais_json_read_name (object, "name", TRUE, "catalog", &tool->name, reader, error) ||
      !relais_json_read_strv (object, "aliases", &tool->aliases, reader, error) ||
      !relais_json_read_string (object, "vendor", TRUE, &tool->vendor, reader, error) ||
      !relais_json_read_string (object, "category", TRUE, &category_id, reader, error) ||
      !relais_json_read_string (object, "meanwhile", FALSE, &tool->meanwhile, reader, error) ||
      !relais_catalog_read_enum (object, "kind", kind_ids, &kind, reader, error) ||
      !relais_catalog_read_tool_plan (self, tool, object, reader, error))
    return FALSE;

  tool->kind = kind;
  tool->category = g_hash_table_lookup (self->categories_by_id, category_id);
  if (tool->category == NULL)
    return relais_json_fail (reader, error, "category", "no such category");
  g_ptr_array_add (tool->category->tools, tool);

  g_clear_pointer (&tool->sources, g_ptr_array_unref);
  if (!(tool->sources = relais_json_read_sources (object, reader, error)))
    return FALSE;

  g_hash_table_insert (self->tools_by_id, tool->id, tool);
  return TRUE;
}

static gboolean
read_replacements (RelaisCatalog      *self,
                   RelaisAlternative  *alternative,
                   JsonObject         *object,
                   RelaisJsonReader   *reader,
                   GError            **error)
{
  JsonNode *node = relais_json_member (object, "replaces", JSON_NODE_ARRAY, G_TYPE_INVALID, TRUE, reader, error);
  g_autoptr(GString) saved_path = NULL;
  JsonArray *array;

  if (node == NULL)
    return FALSE;

  saved_path = g_string_new (reader->path->str);
  /* May be empty: some tools are listed for their category alone, when no
   * source says which proprietary tool they replace. */
  array = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      RelaisReplacement *replacement;
      g_autofree char *tool_id = NULL;
      guint fit = 0;
      static const char * const fits[] = { "partial", "full", NULL };

      g_string_printf (reader->path, "%s.replaces[%u]", saved_path->str, i);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        return relais_json_fail (reader, error, NULL, "not an object");

      replacement = g_new0 (RelaisReplacement, 1);
      replacement->alternative = alternative;
      g_ptr_array_add (alternative->replacements, replacement);
      if (!relais_json_read_string (json_node_get_object (element), "tool", TRUE, &tool_id, reader, error) ||
          !relais_catalog_read_enum (json_node_get_object (element), "fit", fits, &fit, reader, error) ||
          !relais_json_read_string (json_node_get_object (element), "difference", TRUE, &replacement->difference, reader, error))
        return FALSE;

      replacement->full = fit == 1;
      replacement->tool = g_hash_table_lookup (self->tools_by_id, tool_id);
      if (replacement->tool == NULL)
        return relais_json_fail (reader, error, "tool", "no such proprietary tool");
      g_ptr_array_add (replacement->tool->alternatives, alternative);
    }

  g_string_assign (reader->path, saved_path->str);
  return TRUE;
}

static gboolean
read_reasons (RelaisAlternative  *alternative,
              JsonObject         *object,
              RelaisJsonReader   *reader,
              GError            **error)
{
  JsonNode *node = relais_json_member (object, "reasons", JSON_NODE_OBJECT, G_TYPE_INVALID, TRUE, reader, error);
  g_autoptr(GString) saved_path = NULL;

  if (node == NULL)
    return FALSE;

  saved_path = g_string_new (reader->path->str);
  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    {
      JsonNode *reason = relais_json_member (json_node_get_object (node), reason_ids[i], JSON_NODE_OBJECT,
                                    G_TYPE_INVALID, TRUE, reader, error);

      if (reason == NULL)
        return FALSE;
      g_string_printf (reader->path, "%s.reasons.%s", saved_path->str, reason_ids[i]);
      if (!read_level (json_node_get_object (reason), "level", 0, 3, &alternative->reason_levels[i], reader, error) ||
          !relais_json_read_string (json_node_get_object (reason), "why", TRUE, &alternative->reason_why[i], reader, error))
        return FALSE;
      g_string_assign (reader->path, saved_path->str);
    }

  return TRUE;
}

static gboolean
read_get (RelaisAlternative  *alternative,
          JsonObject         *object,
          RelaisJsonReader   *reader,
          GError            **error)
{
  GError *local_error = NULL;
  JsonNode *node = relais_json_member (object, "get", JSON_NODE_OBJECT, G_TYPE_INVALID, FALSE, reader, &local_error);
  JsonObject *get;

  /* Optional: some are got only from their website. */
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (node == NULL)
    return TRUE;

  get = json_node_get_object (node);
  return relais_json_read_string (get, "flathub", FALSE, &alternative->flathub, reader, error) &&
         relais_json_read_string (get, "debian", FALSE, &alternative->debian, reader, error) &&
         relais_json_read_string (get, "service", FALSE, &alternative->service, reader, error) &&
         relais_json_read_string (get, "web", FALSE, &alternative->web, reader, error);
}

static gboolean
read_platforms (RelaisAlternative  *alternative,
                JsonObject         *object,
                RelaisJsonReader   *reader,
                GError            **error)
{
  g_auto(GStrv) platforms = NULL;

  if (!relais_json_read_strv (object, "platforms", &platforms, reader, error))
    return FALSE;

  for (guint i = 0; platforms[i] != NULL; i++)
    {
      guint bit;

      for (bit = 0; platform_ids[bit] != NULL; bit++)
        {
          if (g_str_equal (platform_ids[bit], platforms[i]))
            break;
        }
      if (platform_ids[bit] == NULL)
        return relais_json_fail (reader, error, "platforms", "unknown platform");
      alternative->platforms |= 1 << bit;
    }

  return TRUE;
}

/* A distribution (Debian, Linux Mint…) gathers thousands of licences: it has
 * none of its own to give, and says so instead. */
static gboolean
read_distribution (RelaisAlternative  *alternative,
                   JsonObject         *object,
                   RelaisJsonReader   *reader,
                   GError            **error)
{
  JsonNode *node = json_object_get_member (object, "distribution");

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return relais_json_fail (reader, error, "distribution", "wrong type");

  alternative->distribution = json_node_get_boolean (node);
  return TRUE;
}

/* Optional: absent until someone has read it on the project's own pages. */
static gboolean
read_maturity (RelaisAlternative  *alternative,
               JsonObject         *object,
               RelaisJsonReader   *reader,
               GError            **error)
{
  guint maturity = 0;

  if (!json_object_has_member (object, "maturity"))
    {
      alternative->maturity = RELAIS_MATURITY_UNKNOWN;
      return TRUE;
    }
  if (!relais_catalog_read_enum (object, "maturity", maturity_ids, &maturity, reader, error))
    return FALSE;

  alternative->maturity = RELAIS_MATURITY_STABLE + maturity;
  return TRUE;
}

/* The first of its categories is where Progress counts it when already used. */
static gboolean
read_alternative_category (RelaisCatalog      *self,
                           RelaisAlternative  *alternative,
                           JsonObject         *object,
                           RelaisJsonReader   *reader,
                           GError            **error)
{
  g_auto(GStrv) categories = NULL;

  if (!relais_json_read_strv (object, "categories", &categories, reader, error))
    return FALSE;
  for (guint i = 0; categories[i] != NULL; i++)
    {
      RelaisCategory *category = g_hash_table_lookup (self->categories_by_id, categories[i]);

      if (category == NULL)
        return relais_json_fail (reader, error, "categories", "no such category");
      if (alternative->category == NULL)
        alternative->category = category;
    }

  return TRUE;
}

static gboolean
read_alternative (RelaisCatalog     *self,
                  JsonObject        *object,
                  RelaisJsonReader  *reader,
                  GError           **error)
{
  RelaisAlternative *alternative = g_new0 (RelaisAlternative, 1);
  JsonNode *difficulty;
  guint kind = 0;

  alternative->replacements = g_ptr_array_new_with_free_func ((GDestroyNotify) relais_catalog_replacement_free);
  alternative->sources = g_ptr_array_new ();
  g_ptr_array_add (self->alternatives, alternative);

  if (!relais_json_read_string (object, "id", TRUE, &alternative->id, reader, error) ||
      !check_new_id (self->alternatives_by_id, alternative->id, reader, error))
    return FALSE;
  if (g_hash_table_contains (self->tools_by_id, alternative->id))
    return relais_json_fail (reader, error, "id", "is also the id of a proprietary tool");

  if (!relais_json_read_name (object, "name", TRUE, "catalog", &alternative->name, reader, error) ||
      !relais_json_read_strv (object, "aliases", &alternative->aliases, reader, error) ||
      !relais_json_read_string (object, "homepage", TRUE, &alternative->homepage, reader, error) ||
      !read_distribution (alternative, object, reader, error) ||
      !relais_json_read_string (object, "licence", !alternative->distribution, &alternative->licence, reader, error) ||
      !relais_catalog_read_enum (object, "kind", kind_ids, &kind, reader, error) ||
      !read_platforms (alternative, object, reader, error) ||
      !read_alternative_category (self, alternative, object, reader, error) ||
      !read_get (alternative, object, reader, error) ||
      !relais_json_read_string (object, "maintenance", FALSE, &alternative->maintenance, reader, error) ||
      !read_maturity (alternative, object, reader, error) ||
      !relais_json_read_string (object, "limits", FALSE, &alternative->limits, reader, error) ||
      !relais_json_read_string (object, "summary", TRUE, &alternative->summary, reader, error) ||
      !(difficulty = relais_json_member (object, "difficulty", JSON_NODE_OBJECT, G_TYPE_INVALID, TRUE, reader, error)) ||
      !read_level (json_node_get_object (difficulty), "use", 1, 3, &alternative->use_difficulty, reader, error) ||
      !read_level (json_node_get_object (difficulty), "install", 1, 3, &alternative->install_difficulty, reader, error) ||
      !read_reasons (alternative, object, reader, error) ||
      !read_replacements (self, alternative, object, reader, error))
    return FALSE;

  alternative->kind = kind;
  g_clear_pointer (&alternative->sources, g_ptr_array_unref);
  if (!(alternative->sources = relais_json_read_sources (object, reader, error)))
    return FALSE;

  g_hash_table_insert (self->alternatives_by_id, alternative->id, alternative);
  return TRUE;
}

/* Each id must name an entry of @table; the entries go into @out. */
static gboolean
read_references (JsonObject        *object,
                 const char        *member,
                 GHashTable        *table,
                 GPtrArray         *out,
                 RelaisJsonReader  *reader,
                 GError           **error)
{
  g_auto(GStrv) ids = NULL;

  if (!relais_json_read_strv (object, member, &ids, reader, error))
    return FALSE;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      gpointer entry = g_hash_table_lookup (table, ids[i]);

      if (entry == NULL)
        return relais_json_fail (reader, error, member, "no such tool");
      g_ptr_array_add (out, entry);
    }

  return TRUE;
}

static gboolean
read_need (RelaisCatalog     *self,
           JsonObject        *object,
           RelaisJsonReader  *reader,
           GError           **error)
{
  RelaisNeed *need = g_new0 (RelaisNeed, 1);

  need->tools = g_ptr_array_new ();
  need->free = g_ptr_array_new ();
  g_ptr_array_add (self->needs, need);

  if (!relais_json_read_string (object, "id", TRUE, &need->id, reader, error) ||
      !check_new_id (self->needs_by_id, need->id, reader, error) ||
      !relais_json_read_string (object, "name", TRUE, &need->name, reader, error) ||
      !relais_json_read_string (object, "description", TRUE, &need->description, reader, error) ||
      !relais_json_read_strv (object, "words", &need->words, reader, error) ||
      !read_references (object, "usual", self->tools_by_id, need->tools, reader, error) ||
      !read_references (object, "free", self->alternatives_by_id, need->free, reader, error))
    return FALSE;

  g_hash_table_insert (self->needs_by_id, need->id, need);
  return TRUE;
}

/* The needs sit beside the categories but name tools and alternatives: they
 * are read last. Optional: a catalogue without them has no stock-taking. */
static gboolean
read_needs (RelaisCatalog     *self,
            JsonParser        *parser,
            RelaisJsonReader  *reader,
            GError           **error)
{
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  GError *local_error = NULL;
  JsonNode *node;

  reader->file = "categories.json";
  g_string_truncate (reader->path, 0);
  node = relais_json_member (root, "needs", JSON_NODE_ARRAY, G_TYPE_INVALID, FALSE, reader, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (node == NULL)
    return TRUE;

  return read_list (self, json_node_get_array (node), "needs", read_need, reader, error);
}

/**
 * relais_catalog_new_from_data:
 *
 * Reads the three parts of the catalogue. A bad value is reported with its
 * file and its path in the file ("alternatives.json: alternatives[12].licence:
 * missing"), and nothing is loaded.
 */
RelaisCatalog *
relais_catalog_new_from_data (GBytes  *categories,
                              GBytes  *proprietary,
                              GBytes  *alternatives,
                              GError **error)
{
  g_autoptr(RelaisCatalog) self = g_object_new (RELAIS_TYPE_CATALOG, NULL);
  g_autoptr(JsonParser) categories_parser = json_parser_new_immutable ();
  g_autoptr(JsonParser) tools_parser = json_parser_new_immutable ();
  g_autoptr(JsonParser) alternatives_parser = json_parser_new_immutable ();
  g_autoptr(GString) path = g_string_new (NULL);
  RelaisJsonReader reader = { NULL, path, RELAIS_CATALOG_ERROR, RELAIS_CATALOG_ERROR_INVALID };
  JsonArray *array;

  g_return_val_if_fail (categories != NULL && proprietary != NULL && alternatives != NULL, NULL);

  reader.file = "categories.json";
  if (!(array = open_part (categories, "categories", "categories", categories_parser, &reader, error)) ||
      !read_list (self, array, "categories", read_category, &reader, error))
    return NULL;

  reader.file = "proprietary.json";
  g_string_truncate (path, 0);
  if (!(array = open_part (proprietary, "proprietary", "tools", tools_parser, &reader, error)) ||
      !relais_catalog_read_plans (self, json_node_get_object (json_parser_get_root (tools_parser)), &reader, error) ||
      !read_list (self, array, "tools", read_tool, &reader, error))
    return NULL;

  reader.file = "alternatives.json";
  g_string_truncate (path, 0);
  if (!(array = open_part (alternatives, "alternatives", "alternatives", alternatives_parser, &reader, error)) ||
      !read_list (self, array, "alternatives", read_alternative, &reader, error) ||
      !read_needs (self, categories_parser, &reader, error))
    return NULL;

  return g_steal_pointer (&self);
}
