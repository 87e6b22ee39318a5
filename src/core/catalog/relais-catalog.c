/* relais-catalog.c — the categories, proprietary tools and free alternatives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-catalog"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "relais-catalog.h"
#include "relais-catalog-private.h"
#include "relais-data.h"
#include "relais-file-read.h"
#include "relais-search.h"


G_DEFINE_FINAL_TYPE (RelaisCatalog, relais_catalog, G_TYPE_OBJECT)
G_DEFINE_QUARK (relais-catalog-error-quark, relais_catalog_error)


/* --- Freeing --------------------------------------------------------------- */

static void
category_free (RelaisCategory *category)
{
  g_free (category->id);
  g_free (category->name);
  g_free (category->description);
  g_ptr_array_unref (category->tools);
  g_free (category);
}

static void
price_free (RelaisPrice *price)
{
  g_free (price->currency);
  g_free (price->per);
  g_free (price->billing);
  g_free (price->as_of);
  g_free (price->source);
  g_free (price->checked);
  g_free (price->rise);
  g_free (price->rise_source);
  g_free (price);
}

static void
nonprofit_offer_free (RelaisNonprofitOffer *offer)
{
  g_free (offer->name);
  g_free (offer->note);
  g_free (offer->source);
  g_free (offer->checked);
  g_free (offer);
}

static void
plan_free (RelaisPricePlan *plan)
{
  g_free (plan->id);
  g_free (plan->name);
  g_free (plan->vendor);
  g_clear_pointer (&plan->price, price_free);
  g_clear_pointer (&plan->nonprofit, nonprofit_offer_free);
  g_ptr_array_unref (plan->includes);
  g_ptr_array_unref (plan->tools);
  g_free (plan);
}

static void
closure_free (RelaisClosure *closure)
{
  g_free (closure->date);
  g_free (closure->instead);
  g_free (closure->source);
  g_free (closure->checked);
  g_free (closure);
}

static void
tool_free (RelaisProprietaryTool *tool)
{
  g_free (tool->id);
  g_free (tool->name);
  g_strfreev (tool->aliases);
  g_free (tool->vendor);
  g_clear_pointer (&tool->closed, closure_free);
  g_free (tool->meanwhile);
  g_clear_pointer (&tool->sources, g_ptr_array_unref);
  g_ptr_array_unref (tool->alternatives);
  g_free (tool);
}

void
relais_catalog_replacement_free (RelaisReplacement *replacement)
{
  g_free (replacement->difference);
  g_free (replacement);
}

static void
alternative_free (RelaisAlternative *alternative)
{
  g_free (alternative->id);
  g_free (alternative->name);
  g_strfreev (alternative->aliases);
  g_free (alternative->homepage);
  g_free (alternative->licence);
  g_free (alternative->flathub);
  g_free (alternative->debian);
  g_free (alternative->service);
  g_free (alternative->web);
  g_free (alternative->maintenance);
  g_free (alternative->limits);
  g_free (alternative->summary);
  g_ptr_array_unref (alternative->replacements);
  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    g_free (alternative->reason_why[i]);
  g_clear_pointer (&alternative->sources, g_ptr_array_unref);
  g_free (alternative);
}

static void
need_free (RelaisNeed *need)
{
  g_free (need->id);
  g_free (need->name);
  g_free (need->description);
  g_strfreev (need->words);
  g_ptr_array_unref (need->tools);
  g_ptr_array_unref (need->free);
  g_free (need);
}

/* --- GObject --------------------------------------------------------------- */

static void
relais_catalog_finalize (GObject *object)
{
  RelaisCatalog *self = (RelaisCatalog *)object;

  g_clear_pointer (&self->categories_by_id, g_hash_table_unref);
  g_clear_pointer (&self->plans_by_id, g_hash_table_unref);
  g_clear_pointer (&self->tools_by_id, g_hash_table_unref);
  g_clear_pointer (&self->alternatives_by_id, g_hash_table_unref);
  g_clear_pointer (&self->needs_by_id, g_hash_table_unref);
  /* Needs point at tools and alternatives, alternatives at tools: they go first. */
  g_clear_pointer (&self->needs, g_ptr_array_unref);
  /* Alternatives first: their replacements point at tools. */
  g_clear_pointer (&self->alternatives, g_ptr_array_unref);
  g_clear_pointer (&self->tools, g_ptr_array_unref);
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);

  G_OBJECT_CLASS (relais_catalog_parent_class)->finalize (object);
}

static void
relais_catalog_class_init (RelaisCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = relais_catalog_finalize;
}

static void
relais_catalog_init (RelaisCatalog *self)
{
  self->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) category_free);
  self->plans = g_ptr_array_new_with_free_func ((GDestroyNotify) plan_free);
  self->tools = g_ptr_array_new_with_free_func ((GDestroyNotify) tool_free);
  self->alternatives = g_ptr_array_new_with_free_func ((GDestroyNotify) alternative_free);
  self->categories_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->plans_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->tools_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->alternatives_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->needs = g_ptr_array_new_with_free_func ((GDestroyNotify) need_free);
  self->needs_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* --- Public API ------------------------------------------------------------ */


RelaisCatalog *
relais_catalog_new_from_directory (GFile   *directory,
                                   GError **error)
{
  static const char *names[] = { "categories.json", "proprietary.json", "alternatives.json" };
  GBytes *parts[3] = { NULL };
  RelaisCatalog *catalog = NULL;
  guint i;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GFile) file = g_file_get_child (directory, names[i]);

      if (!(parts[i] = relais_file_read (file, RELAIS_FILE_DATA_MAX_SIZE, NULL, NULL, error)))
        break;
    }

  if (i == G_N_ELEMENTS (names))
    catalog = relais_catalog_new_from_data (parts[0], parts[1], parts[2], error);

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    g_clear_pointer (&parts[i], g_bytes_unref);

  return catalog;
}

/**
 * relais_catalog_new_from_resource:
 * @path: the resource folder holding the three parts
 *
 * The catalogue shipped with Relais.
 */
RelaisCatalog *
relais_catalog_new_from_resource (const char  *path,
                                  GError     **error)
{
  static const char *names[] = { "categories.json", "proprietary.json", "alternatives.json" };
  GBytes *parts[3] = { NULL };
  RelaisCatalog *catalog = NULL;
  guint i;

  g_return_val_if_fail (path != NULL, NULL);

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = g_build_path ("/", path, names[i], NULL);

      if (!(parts[i] = relais_data_lookup (name, error)))
        break;
    }

  if (i == G_N_ELEMENTS (names))
    catalog = relais_catalog_new_from_data (parts[0], parts[1], parts[2], error);

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    g_clear_pointer (&parts[i], g_bytes_unref);

  return catalog;
}

/**
 * relais_catalog_get_categories:
 *
 * Returns: (transfer none) (element-type RelaisCategory): in the data's order
 */
GPtrArray *
relais_catalog_get_categories (RelaisCatalog *self)
{
  g_return_val_if_fail (RELAIS_IS_CATALOG (self), NULL);
  return self->categories;
}

/**
 * relais_catalog_get_tools:
 *
 * Returns: (transfer none) (element-type RelaisProprietaryTool)
 */
GPtrArray *
relais_catalog_get_tools (RelaisCatalog *self)
{
  g_return_val_if_fail (RELAIS_IS_CATALOG (self), NULL);
  return self->tools;
}

/**
 * relais_catalog_get_alternatives:
 *
 * Returns: (transfer none) (element-type RelaisAlternative)
 */
GPtrArray *
relais_catalog_get_alternatives (RelaisCatalog *self)
{
  g_return_val_if_fail (RELAIS_IS_CATALOG (self), NULL);
  return self->alternatives;
}

/**
 * relais_catalog_get_plans:
 *
 * Returns: (transfer none) (element-type RelaisPricePlan): in the data's order
 */
GPtrArray *
relais_catalog_get_plans (RelaisCatalog *self)
{
  g_return_val_if_fail (RELAIS_IS_CATALOG (self), NULL);
  return self->plans;
}

/**
 * relais_catalog_get_needs:
 *
 * Returns: (transfer none) (element-type RelaisNeed): in the data's order
 */
GPtrArray *
relais_catalog_get_needs (RelaisCatalog *self)
{
  g_return_val_if_fail (RELAIS_IS_CATALOG (self), NULL);
  return self->needs;
}

RelaisNeed *
relais_catalog_lookup_need (RelaisCatalog *self,
                            const char    *id)
{
  g_return_val_if_fail (RELAIS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->needs_by_id, id);
}

RelaisPricePlan *
relais_catalog_lookup_plan (RelaisCatalog *self,
                            const char    *id)
{
  g_return_val_if_fail (RELAIS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->plans_by_id, id);
}

RelaisCategory *
relais_catalog_lookup_category (RelaisCatalog *self,
                                const char    *id)
{
  g_return_val_if_fail (RELAIS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->categories_by_id, id);
}

RelaisProprietaryTool *
relais_catalog_lookup_tool (RelaisCatalog *self,
                            const char    *id)
{
  g_return_val_if_fail (RELAIS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->tools_by_id, id);
}

RelaisAlternative *
relais_catalog_lookup_alternative (RelaisCatalog *self,
                                   const char    *id)
{
  g_return_val_if_fail (RELAIS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->alternatives_by_id, id);
}

RelaisReplacement *
relais_alternative_get_replacement (RelaisAlternative     *alternative,
                                    RelaisProprietaryTool *tool)
{
  g_return_val_if_fail (alternative != NULL, NULL);
  g_return_val_if_fail (tool != NULL, NULL);

  for (guint i = 0; i < alternative->replacements->len; i++)
    {
      RelaisReplacement *replacement = g_ptr_array_index (alternative->replacements, i);

      if (replacement->tool == tool)
        return replacement;
    }

  return NULL;
}

/**
 * relais_alternative_is_mature:
 *
 * Returns: %FALSE if its own project calls it alpha or beta; an unknown
 *   maturity is not held against it
 */
gboolean
relais_alternative_is_mature (RelaisAlternative *alternative)
{
  g_return_val_if_fail (alternative != NULL, FALSE);

  return alternative->maturity != RELAIS_MATURITY_ALPHA && alternative->maturity != RELAIS_MATURITY_BETA;
}

/**
 * relais_catalog_translate:
 * @text: an English text of the catalogue data
 *
 * The data's texts are extracted into po/ under the "catalog" context
 * (tools/extract-catalog-strings.py) and translated like the interface.
 */
const char *
relais_catalog_translate (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "catalog", text);
}

static void
index_names (RelaisSearchIndex *index,
             gpointer           entry,
             guint              group,
             const char        *name,
             char             **aliases)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  g_strv_builder_add (builder, name);
  g_strv_builder_addv (builder, (const char **) aliases);
  names = g_strv_builder_end (builder);
  relais_search_index_add (index, entry, group, name, (const char * const *) names);
}

/**
 * relais_catalog_new_search_index:
 *
 * Every name and alias of the proprietary tools (group
 * %RELAIS_SEARCH_GROUP_TOOLS) and of the free alternatives
 * (%RELAIS_SEARCH_GROUP_ALTERNATIVES), and the names of the needs with the
 * words people type for them (%RELAIS_SEARCH_GROUP_NEEDS), ready to query.
 *
 * Returns: (transfer full): the index
 */
RelaisSearchIndex *
relais_catalog_new_search_index (RelaisCatalog *self)
{
  RelaisSearchIndex *index;

  g_return_val_if_fail (RELAIS_IS_CATALOG (self), NULL);

  index = relais_search_index_new ();
  for (guint i = 0; i < self->tools->len; i++)
    {
      RelaisProprietaryTool *tool = g_ptr_array_index (self->tools, i);

      index_names (index, tool, RELAIS_SEARCH_GROUP_TOOLS, tool->name, tool->aliases);
    }
  for (guint i = 0; i < self->alternatives->len; i++)
    {
      RelaisAlternative *alternative = g_ptr_array_index (self->alternatives, i);

      index_names (index, alternative, RELAIS_SEARCH_GROUP_ALTERNATIVES, alternative->name, alternative->aliases);
    }
  for (guint i = 0; i < self->needs->len; i++)
    {
      RelaisNeed *need = g_ptr_array_index (self->needs, i);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) words = NULL;

      /* Typed in the user's language or in the data's. */
      g_strv_builder_add (builder, relais_catalog_translate (need->name));
      g_strv_builder_addv (builder, (const char **) need->words);
      words = g_strv_builder_end (builder);
      index_names (index, need, RELAIS_SEARCH_GROUP_NEEDS, need->name, words);
    }
  relais_search_index_build (index);

  return index;
}

/**
 * relais_cents_to_whole_units:
 *
 * Rounds @cents to the nearest whole euro (or dollar), half up, in integers;
 * the result is a double only to go into a “%.0f” of a translated string.
 */
double
relais_cents_to_whole_units (gint64 cents)
{
  gint64 whole = (cents + 50) / 100;

  return (double) whole;
}

/**
 * relais_euros_to_cents:
 *
 * Returns: @euros as typed or stored (a JSON number), in whole cents
 */
gint64
relais_euros_to_cents (double euros)
{
  return llround (euros * 100);
}
