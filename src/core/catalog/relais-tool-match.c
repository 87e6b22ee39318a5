/* relais-tool-match.c — a proprietary tool of the catalogue as an item of a
 * list model (search results, a category's tools)
 *
 * It keeps the catalogue alive, so the tool it points to stays valid for as
 * long as a row shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-tool-match"

#include "config.h"

#include "relais-tool-match.h"

struct _RelaisToolMatch
{
  GObject                parent_instance;

  RelaisCatalog         *catalog;
  RelaisProprietaryTool *tool;   /* borrowed from catalog */
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisToolMatch, relais_tool_match, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
relais_tool_match_dispose (GObject *object)
{
  RelaisToolMatch *self = RELAIS_TOOL_MATCH (object);

  self->tool = NULL;
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (relais_tool_match_parent_class)->dispose (object);
}

static void
relais_tool_match_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RelaisToolMatch *self = RELAIS_TOOL_MATCH (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->tool != NULL ? self->tool->id : NULL);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->tool != NULL ? self->tool->name : NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_tool_match_class_init (RelaisToolMatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relais_tool_match_dispose;
  object_class->get_property = relais_tool_match_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relais_tool_match_init (RelaisToolMatch *self)
{
}

RelaisToolMatch *
relais_tool_match_new (RelaisCatalog         *catalog,
                       RelaisProprietaryTool *tool)
{
  RelaisToolMatch *self;

  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (tool != NULL, NULL);

  self = g_object_new (RELAIS_TYPE_TOOL_MATCH, NULL);
  self->catalog = g_object_ref (catalog);
  self->tool = tool;
  return self;
}

/**
 * relais_tool_match_get_tool:
 *
 * Returns: (transfer none): the catalogue's tool
 */
RelaisProprietaryTool *
relais_tool_match_get_tool (RelaisToolMatch *self)
{
  g_return_val_if_fail (RELAIS_IS_TOOL_MATCH (self), NULL);
  return self->tool;
}

const char *
relais_tool_match_get_id (RelaisToolMatch *self)
{
  g_return_val_if_fail (RELAIS_IS_TOOL_MATCH (self), NULL);
  return self->tool->id;
}
