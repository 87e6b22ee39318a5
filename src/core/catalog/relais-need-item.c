/* relais-need-item.c — a need of the catalogue (mail, documents, members and
 * accounting…) as an item of a list model: the rows of "What do you use
 * today?"
 *
 * It keeps the catalogue alive, so the need, its tools and its free tools
 * stay valid for as long as a row shows them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-need-item"

#include "config.h"

#include "relais-need-item.h"

struct _RelaisNeedItem
{
  GObject        parent_instance;

  RelaisCatalog *catalog;
  RelaisNeed    *need;       /* borrowed from catalog */
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisNeedItem, relais_need_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
relais_need_item_dispose (GObject *object)
{
  RelaisNeedItem *self = RELAIS_NEED_ITEM (object);

  self->need = NULL;
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (relais_need_item_parent_class)->dispose (object);
}

static void
relais_need_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RelaisNeedItem *self = RELAIS_NEED_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->need != NULL ? self->need->id : NULL);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->need != NULL ? relais_catalog_translate (self->need->name) : NULL);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->need != NULL ? relais_catalog_translate (self->need->description) : NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_need_item_class_init (RelaisNeedItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relais_need_item_dispose;
  object_class->get_property = relais_need_item_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Translated, as people read them. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relais_need_item_init (RelaisNeedItem *self)
{
}

RelaisNeedItem *
relais_need_item_new (RelaisCatalog *catalog,
                      RelaisNeed    *need)
{
  RelaisNeedItem *self;

  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (need != NULL, NULL);

  self = g_object_new (RELAIS_TYPE_NEED_ITEM, NULL);
  self->catalog = g_object_ref (catalog);
  self->need = need;
  return self;
}

/**
 * relais_need_item_get_need:
 *
 * Returns: (transfer none): the catalogue's need
 */
RelaisNeed *
relais_need_item_get_need (RelaisNeedItem *self)
{
  g_return_val_if_fail (RELAIS_IS_NEED_ITEM (self), NULL);
  return self->need;
}

/**
 * relais_need_items_new:
 *
 * Returns: (transfer full): every need of @catalog, in the data's order,
 *   as #RelaisNeedItem
 */
GListModel *
relais_need_items_new (RelaisCatalog *catalog)
{
  GPtrArray *needs;
  GListStore *store;

  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);

  needs = relais_catalog_get_needs (catalog);
  store = g_list_store_new (RELAIS_TYPE_NEED_ITEM);
  for (guint i = 0; i < needs->len; i++)
    {
      g_autoptr(RelaisNeedItem) item = relais_need_item_new (catalog, g_ptr_array_index (needs, i));

      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}
