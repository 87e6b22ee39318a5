/* relais-search-model.c — the proprietary tools found for what is typed, the
 * best first, as a list model that says only what changed
 *
 * A need typed ("compta", "sondage", "visio") stands for its usual tools, in
 * the need's order, where the need ranks among the names found.
 *
 * Typing one more letter often keeps the first results: only the rows that
 * differ are replaced, so a view bound to it does not remake them all. A
 * tool is always the same item, so a row kept shows the same tool.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-search-model"

#include "config.h"

#include "relais-list-diff.h"
#include "relais-search.h"
#include "relais-search-model.h"

struct _RelaisSearchModel
{
  GObject            parent_instance;

  RelaisCatalog     *catalog;
  RelaisSearchIndex *index;
  GHashTable        *matches;   /* RelaisProprietaryTool → RelaisToolMatch, made once */
  GPtrArray         *items;     /* RelaisToolMatch, borrowed from matches */
  char              *query;
  guint              max_results;
};

enum {
  PROP_0,
  PROP_QUERY,
  PROP_N_ITEMS,
  N_PROPS
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RelaisSearchModel, relais_search_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GParamSpec *properties[N_PROPS];

static GType
get_item_type (GListModel *model)
{
  return RELAIS_TYPE_TOOL_MATCH;
}

static guint
get_n_items (GListModel *model)
{
  return RELAIS_SEARCH_MODEL (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  RelaisSearchModel *self = RELAIS_SEARCH_MODEL (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static RelaisToolMatch *
match_for (RelaisSearchModel     *self,
           RelaisProprietaryTool *tool)
{
  RelaisToolMatch *match = g_hash_table_lookup (self->matches, tool);

  if (match == NULL)
    {
      match = relais_tool_match_new (self->catalog, tool);
      g_hash_table_insert (self->matches, tool, match);
    }
  return match;
}

static void
replace_items (RelaisSearchModel *self,
               GPtrArray         *found)
{
  guint old_len = self->items->len, position, removed, added;

  if (!relais_list_diff (self->items->pdata, old_len, found->pdata, found->len, NULL, &position, &removed, &added))
    return;

  g_ptr_array_remove_range (self->items, position, removed);
  for (guint i = position; i < position + added; i++)
    g_ptr_array_insert (self->items, i, g_ptr_array_index (found, i));
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (old_len != found->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
relais_search_model_finalize (GObject *object)
{
  RelaisSearchModel *self = RELAIS_SEARCH_MODEL (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->matches, g_hash_table_unref);
  g_clear_pointer (&self->index, relais_search_index_free);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (relais_search_model_parent_class)->finalize (object);
}

static void
relais_search_model_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RelaisSearchModel *self = RELAIS_SEARCH_MODEL (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_search_model_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RelaisSearchModel *self = RELAIS_SEARCH_MODEL (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      relais_search_model_set_query (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_search_model_class_init (RelaisSearchModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relais_search_model_finalize;
  object_class->get_property = relais_search_model_get_property;
  object_class->set_property = relais_search_model_set_property;

  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relais_search_model_init (RelaisSearchModel *self)
{
  self->items = g_ptr_array_new ();
  self->matches = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->query = g_strdup ("");
}

/**
 * relais_search_model_new:
 * @max_results: how many tools at most
 *
 * Returns: (transfer full): an empty model, to give a query
 */
RelaisSearchModel *
relais_search_model_new (RelaisCatalog *catalog,
                         guint          max_results)
{
  RelaisSearchModel *self;

  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (max_results > 0, NULL);

  self = g_object_new (RELAIS_TYPE_SEARCH_MODEL, NULL);
  self->catalog = g_object_ref (catalog);
  self->index = relais_catalog_new_search_index (catalog);
  self->max_results = max_results;
  return self;
}

const char *
relais_search_model_get_query (RelaisSearchModel *self)
{
  g_return_val_if_fail (RELAIS_IS_SEARCH_MODEL (self), NULL);
  return self->query;
}

/**
 * relais_search_model_set_query:
 * @query: (nullable): what was typed; empty or blank: no result
 */
void
relais_search_model_set_query (RelaisSearchModel *self,
                               const char        *query)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  g_autofree char *folded = NULL;

  g_return_if_fail (RELAIS_IS_SEARCH_MODEL (self));

  if (query == NULL)
    query = "";
  if (g_str_equal (self->query, query))
    return;
  g_free (self->query);
  self->query = g_strdup (query);

  folded = relais_search_normalize (query);
  if (folded[0] != '\0')
    {
      g_autoptr(GArray) results = relais_search_index_query (self->index, query,
                                                             (1u << RELAIS_SEARCH_GROUP_TOOLS) |
                                                             (1u << RELAIS_SEARCH_GROUP_NEEDS),
                                                             self->max_results);
      g_autoptr(GHashTable) added = g_hash_table_new (NULL, NULL);
      static const guint groups[] = { RELAIS_SEARCH_GROUP_TOOLS, RELAIS_SEARCH_GROUP_NEEDS };

      /* Within each kind of match (exact, start of a word, typo), the tools
       * named so come before a need's: "agenda" finds Google Calendar, then
       * the tools for polls and dates. */
      for (RelaisMatch match = RELAIS_MATCH_EXACT; match <= RELAIS_MATCH_FUZZY; match++)
        for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
          for (guint i = 0; i < results->len && found->len < self->max_results; i++)
            {
              const RelaisSearchResult *result = &g_array_index (results, RelaisSearchResult, i);
              RelaisNeed *need = result->group == RELAIS_SEARCH_GROUP_NEEDS ? result->entry : NULL;
              guint n_tools = need != NULL ? need->tools->len : 1;

              if (result->match != match || result->group != groups[g])
                continue;
              for (guint t = 0; t < n_tools && found->len < self->max_results; t++)
                {
                  RelaisProprietaryTool *tool = need != NULL ? g_ptr_array_index (need->tools, t) : result->entry;

                  if (g_hash_table_add (added, tool))
                    g_ptr_array_add (found, match_for (self, tool));
                }
            }
    }

  replace_items (self, found);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}
