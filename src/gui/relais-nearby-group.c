/* relais-nearby-group.c — entries of a Help Nearby list shown together
 * under one line that opens (the hosters of one service, the other
 * networks): an item of the list's model, immutable like its entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-group"

#include "config.h"

#include "relais-nearby-entry.h"
#include "relais-nearby-group.h"

struct _RelaisNearbyGroup
{
  GObject     parent_instance;

  char       *title;
  char       *subtitle;
  GListModel *entries;   /* RelaisNearbyEntry */
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_ENTRIES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisNearbyGroup, relais_nearby_group, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
relais_nearby_group_finalize (GObject *object)
{
  RelaisNearbyGroup *self = RELAIS_NEARBY_GROUP (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (relais_nearby_group_parent_class)->finalize (object);
}

static void
relais_nearby_group_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RelaisNearbyGroup *self = RELAIS_NEARBY_GROUP (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_ENTRIES:
      g_value_set_object (value, self->entries);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_nearby_group_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RelaisNearbyGroup *self = RELAIS_NEARBY_GROUP (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_SUBTITLE:
      self->subtitle = g_value_dup_string (value);
      break;
    case PROP_ENTRIES:
      self->entries = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_nearby_group_class_init (RelaisNearbyGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relais_nearby_group_finalize;
  object_class->get_property = relais_nearby_group_get_property;
  object_class->set_property = relais_nearby_group_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTRIES] =
    g_param_spec_object ("entries", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relais_nearby_group_init (RelaisNearbyGroup *self)
{
}

/**
 * relais_nearby_group_new:
 * @subtitle: (nullable): what the group holds, in words
 * @entries: the #RelaisNearbyEntry shown when the group opens; none, and
 *   it does not open
 */
RelaisNearbyGroup *
relais_nearby_group_new (const char *title,
                         const char *subtitle,
                         GListModel *entries)
{
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);
  g_return_val_if_fail (g_list_model_get_item_type (entries) == RELAIS_TYPE_NEARBY_ENTRY, NULL);

  return g_object_new (RELAIS_TYPE_NEARBY_GROUP,
                       "title", title,
                       "subtitle", subtitle,
                       "entries", entries,
                       NULL);
}

const char *
relais_nearby_group_get_title (RelaisNearbyGroup *self)
{
  g_return_val_if_fail (RELAIS_IS_NEARBY_GROUP (self), NULL);

  return self->title;
}

const char *
relais_nearby_group_get_subtitle (RelaisNearbyGroup *self)
{
  g_return_val_if_fail (RELAIS_IS_NEARBY_GROUP (self), NULL);

  return self->subtitle;
}

/**
 * relais_nearby_group_get_entries:
 *
 * Returns: (transfer none): the #RelaisNearbyEntry of the group
 */
GListModel *
relais_nearby_group_get_entries (RelaisNearbyGroup *self)
{
  g_return_val_if_fail (RELAIS_IS_NEARBY_GROUP (self), NULL);

  return self->entries;
}
