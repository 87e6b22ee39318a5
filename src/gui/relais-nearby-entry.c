/* relais-nearby-entry.c — one line of a Help Nearby list as an item of its
 * model: what it says, and the action (with its target) that opens it.
 * Immutable: a list that changes gets new entries.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-entry"

#include "config.h"

#include "relais-nearby-entry.h"

struct _RelaisNearbyEntry
{
  GObject   parent_instance;

  char     *title;
  char     *subtitle;
  char     *action_name;     /* nullable: a note, not a link */
  GVariant *action_target;   /* nullable */
  gboolean  opens;           /* opens a window of details */
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_ACTION_NAME,
  PROP_ACTION_TARGET,
  PROP_OPENS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisNearbyEntry, relais_nearby_entry, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
relais_nearby_entry_finalize (GObject *object)
{
  RelaisNearbyEntry *self = RELAIS_NEARBY_ENTRY (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->action_name, g_free);
  g_clear_pointer (&self->action_target, g_variant_unref);

  G_OBJECT_CLASS (relais_nearby_entry_parent_class)->finalize (object);
}

static void
relais_nearby_entry_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RelaisNearbyEntry *self = RELAIS_NEARBY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_ACTION_NAME:
      g_value_set_string (value, self->action_name);
      break;
    case PROP_ACTION_TARGET:
      g_value_set_variant (value, self->action_target);
      break;
    case PROP_OPENS:
      g_value_set_boolean (value, self->opens);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_nearby_entry_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RelaisNearbyEntry *self = RELAIS_NEARBY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_SUBTITLE:
      self->subtitle = g_value_dup_string (value);
      break;
    case PROP_ACTION_NAME:
      self->action_name = g_value_dup_string (value);
      break;
    case PROP_ACTION_TARGET:
      self->action_target = g_value_dup_variant (value);
      break;
    case PROP_OPENS:
      self->opens = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_nearby_entry_class_init (RelaisNearbyEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relais_nearby_entry_finalize;
  object_class->get_property = relais_nearby_entry_get_property;
  object_class->set_property = relais_nearby_entry_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTION_NAME] =
    g_param_spec_string ("action-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTION_TARGET] =
    g_param_spec_variant ("action-target", NULL, NULL, G_VARIANT_TYPE_ANY, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPENS] =
    g_param_spec_boolean ("opens", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relais_nearby_entry_init (RelaisNearbyEntry *self)
{
}

/**
 * relais_nearby_entry_new:
 * @subtitle: (nullable): a few lines under the title
 * @action_target: (transfer floating): which one the action opens
 *
 * An entry that opens its details through @action_name.
 */
RelaisNearbyEntry *
relais_nearby_entry_new (const char *title,
                         const char *subtitle,
                         const char *action_name,
                         GVariant   *action_target)
{
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (action_name != NULL, NULL);
  g_return_val_if_fail (action_target != NULL, NULL);

  return g_object_new (RELAIS_TYPE_NEARBY_ENTRY,
                       "title", title,
                       "subtitle", subtitle,
                       "action-name", action_name,
                       "action-target", action_target,
                       "opens", TRUE,
                       NULL);
}

/* A sentence in place of a list that is empty, or to say why. */
RelaisNearbyEntry *
relais_nearby_entry_new_note (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return g_object_new (RELAIS_TYPE_NEARBY_ENTRY, "title", text, NULL);
}

/* A line that shows more of the same list. */
RelaisNearbyEntry *
relais_nearby_entry_new_more (const char *title,
                              const char *action_name)
{
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (action_name != NULL, NULL);

  return g_object_new (RELAIS_TYPE_NEARBY_ENTRY, "title", title, "action-name", action_name, NULL);
}

const char *
relais_nearby_entry_get_title (RelaisNearbyEntry *self)
{
  g_return_val_if_fail (RELAIS_IS_NEARBY_ENTRY (self), NULL);

  return self->title;
}

const char *
relais_nearby_entry_get_subtitle (RelaisNearbyEntry *self)
{
  g_return_val_if_fail (RELAIS_IS_NEARBY_ENTRY (self), NULL);

  return self->subtitle;
}

const char *
relais_nearby_entry_get_action_name (RelaisNearbyEntry *self)
{
  g_return_val_if_fail (RELAIS_IS_NEARBY_ENTRY (self), NULL);

  return self->action_name;
}

/**
 * relais_nearby_entry_get_action_target:
 *
 * Returns: (transfer none) (nullable): the target of the action
 */
GVariant *
relais_nearby_entry_get_action_target (RelaisNearbyEntry *self)
{
  g_return_val_if_fail (RELAIS_IS_NEARBY_ENTRY (self), NULL);

  return self->action_target;
}

gboolean
relais_nearby_entry_get_opens (RelaisNearbyEntry *self)
{
  g_return_val_if_fail (RELAIS_IS_NEARBY_ENTRY (self), FALSE);

  return self->opens;
}
