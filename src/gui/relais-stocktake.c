/* relais-stocktake.c — "What do you use today?": the needs of an
 * association (mail, documents, members and accounting…), each with its
 * usual tools and the free ones it may already use, as toggles, so that
 * eight tools are eight clicks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-stocktake"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-accessible.h"
#include "relais-need-item.h"
#include "relais-need-row.h"
#include "relais-profile-tool.h"
#include "relais-stocktake.h"

struct _RelaisStocktake
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  GtkListBox          *needs_list;

  /* Owned */
  RelaisCatalog       *catalog;
  RelaisProfile       *profile;
  GListModel          *needs;       /* RelaisNeedItem, bound to needs_list */
};

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_PROFILE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisStocktake, relais_stocktake, ADW_TYPE_PREFERENCES_GROUP)

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_need_row (gpointer item,
                 gpointer user_data)
{
  RelaisStocktake *self = user_data;

  return relais_need_row_new (item, self->profile);
}

/* The rows show one profile: a new one makes them again (a dozen rows). */
static void
bind_needs (RelaisStocktake *self)
{
  g_clear_object (&self->needs);
  if (self->catalog != NULL)
    self->needs = relais_need_items_new (self->catalog);
  gtk_list_box_bind_model (self->needs_list, self->needs, create_need_row, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), self->needs != NULL && g_list_model_get_n_items (self->needs) > 0);
}

/* One click adds a tool, or takes it off. A proprietary tool taken off in
 * the Tools area goes through its "tools.remove", which offers Undo: its
 * note and choice come back with it. */
static void
toggle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RelaisStocktake *self = RELAIS_STOCKTAKE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  RelaisProfileTool *tool;

  if (self->profile == NULL || self->catalog == NULL)
    return;

  if (relais_catalog_lookup_tool (self->catalog, id) != NULL)
    {
      if ((tool = relais_profile_find_tool (self->profile, id, NULL)) == NULL)
        relais_profile_add_tool (self->profile, id);
      else if (!gtk_widget_activate_action (widget, "tools.remove", "s", id))
        relais_profile_remove_tool (self->profile, tool);
    }
  else if (relais_catalog_lookup_alternative (self->catalog, id) != NULL)
    relais_profile_set_free_tool_used (self->profile, id, !relais_profile_uses_free_tool (self->profile, id));
}

static void
relais_stocktake_dispose (GObject *object)
{
  RelaisStocktake *self = RELAIS_STOCKTAKE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_STOCKTAKE);
  g_clear_object (&self->needs);
  g_clear_object (&self->catalog);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (relais_stocktake_parent_class)->dispose (object);
}

static void
relais_stocktake_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RelaisStocktake *self = RELAIS_STOCKTAKE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_stocktake_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RelaisStocktake *self = RELAIS_STOCKTAKE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      relais_stocktake_set_catalog (self, g_value_get_object (value));
      break;
    case PROP_PROFILE:
      relais_stocktake_set_profile (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_stocktake_class_init (RelaisStocktakeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_stocktake_dispose;
  object_class->get_property = relais_stocktake_get_property;
  object_class->set_property = relais_stocktake_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, RELAIS_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, RELAIS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-stocktake.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisStocktake, needs_list);

  gtk_widget_class_install_action (widget_class, "stocktake.toggle", "s", toggle_action);
}

static void
relais_stocktake_init (RelaisStocktake *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  relais_accessible_wrap_group_titles (GTK_WIDGET (self));
  bind_needs (self);
}

/**
 * relais_stocktake_set_catalog:
 * @catalog: (nullable): where the needs come from
 */
void
relais_stocktake_set_catalog (RelaisStocktake *self,
                              RelaisCatalog   *catalog)
{
  g_return_if_fail (RELAIS_IS_STOCKTAKE (self));
  g_return_if_fail (!catalog || RELAIS_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  bind_needs (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
}

/**
 * relais_stocktake_set_profile:
 * @profile: (nullable): whose tools are taken stock of
 */
void
relais_stocktake_set_profile (RelaisStocktake *self,
                              RelaisProfile   *profile)
{
  g_return_if_fail (RELAIS_IS_STOCKTAKE (self));
  g_return_if_fail (!profile || RELAIS_IS_PROFILE (profile));

  if (!g_set_object (&self->profile, profile))
    return;

  bind_needs (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}
