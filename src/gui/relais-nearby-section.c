/* relais-nearby-section.c — what the sections of Help Nearby share (GNOME
 * Calendar's event editor sections are the model): a group of the page
 * with the context and the profile as properties, followed through signal
 * groups, and one boxed list bound to the section's model of entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-section"

#include "config.h"

#include "relais-nearby-entry-row.h"
#include "relais-nearby-group-row.h"
#include "relais-nearby-section.h"

typedef struct
{
  RelaisContext *context;
  RelaisProfile *profile;
  GSignalGroup  *context_signals;
  GSignalGroup  *profile_signals;
  GListStore    *items;     /* RelaisNearbyEntry or RelaisNearbyGroup */
  GtkListBox    *list;
} RelaisNearbySectionPrivate;

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (RelaisNearbySection, relais_nearby_section, ADW_TYPE_PREFERENCES_GROUP)

static GParamSpec *properties[N_PROPS];

/* What every section ranks or filters on: the kind of profile, and where it is. */
static const char * const watched[] = { "notify::kind", "notify::departement", "notify::commune" };

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  if (RELAIS_IS_NEARBY_GROUP (item))
    return relais_nearby_group_row_new (item);
  return relais_nearby_entry_row_new (item);
}

static void
tools_changed_cb (RelaisNearbySection *self)
{
  RelaisNearbySectionClass *klass = RELAIS_NEARBY_SECTION_GET_CLASS (self);

  if (klass->tools_changed != NULL && relais_nearby_section_get_directory (self) != NULL &&
      relais_nearby_section_get_finder (self) != NULL)
    klass->tools_changed (self);
}

static void
items_changed_cb (RelaisNearbySection *self)
{
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);

  /* No empty frame when there is nothing to list. */
  gtk_widget_set_visible (GTK_WIDGET (priv->list), g_list_model_get_n_items (G_LIST_MODEL (priv->items)) > 0);
}

static void
relais_nearby_section_dispose (GObject *object)
{
  RelaisNearbySection *self = RELAIS_NEARBY_SECTION (object);
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);

  g_signal_group_set_target (priv->context_signals, NULL);
  g_signal_group_set_target (priv->profile_signals, NULL);
  g_clear_object (&priv->context_signals);
  g_clear_object (&priv->profile_signals);
  g_clear_object (&priv->context);
  g_clear_object (&priv->profile);
  g_clear_object (&priv->items);

  G_OBJECT_CLASS (relais_nearby_section_parent_class)->dispose (object);
}

static void
relais_nearby_section_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RelaisNearbySection *self = RELAIS_NEARBY_SECTION (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, relais_nearby_section_get_context (self));
      break;
    case PROP_PROFILE:
      g_value_set_object (value, relais_nearby_section_get_profile (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_nearby_section_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RelaisNearbySection *self = RELAIS_NEARBY_SECTION (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      relais_nearby_section_set_context (self, g_value_get_object (value));
      break;
    case PROP_PROFILE:
      relais_nearby_section_set_profile (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_nearby_section_class_init (RelaisNearbySectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relais_nearby_section_dispose;
  object_class->get_property = relais_nearby_section_get_property;
  object_class->set_property = relais_nearby_section_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RELAIS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, RELAIS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relais_nearby_section_init (RelaisNearbySection *self)
{
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);

  priv->items = g_list_store_new (G_TYPE_OBJECT);
  priv->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (priv->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (priv->list), "boxed-list");
  gtk_widget_set_visible (GTK_WIDGET (priv->list), FALSE);
  gtk_list_box_bind_model (priv->list, G_LIST_MODEL (priv->items), create_row, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (priv->list));
  g_signal_connect_object (priv->items, "items-changed", G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);

  priv->context_signals = g_signal_group_new (RELAIS_TYPE_CONTEXT);
  g_signal_group_connect_object (priv->context_signals, "notify::catalog",
                                 G_CALLBACK (relais_nearby_section_refresh), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (priv->context_signals, "notify::directory",
                                 G_CALLBACK (relais_nearby_section_refresh), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (priv->context_signals, "notify::finder",
                                 G_CALLBACK (relais_nearby_section_refresh), self, G_CONNECT_SWAPPED);
  priv->profile_signals = g_signal_group_new (RELAIS_TYPE_PROFILE);
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_signal_group_connect_object (priv->profile_signals, watched[i],
                                   G_CALLBACK (relais_nearby_section_refresh), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (priv->profile_signals, "notify::tools",
                                 G_CALLBACK (tools_changed_cb), self, G_CONNECT_SWAPPED);
  /* "tools" says only that tools came or went: a choice is said by the tool. */
  g_signal_group_connect_object (priv->profile_signals, "tool-notify::choice",
                                 G_CALLBACK (tools_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * relais_nearby_section_get_context:
 *
 * Returns: (transfer none) (nullable): where the shipped data comes from
 */
RelaisContext *
relais_nearby_section_get_context (RelaisNearbySection *self)
{
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);

  g_return_val_if_fail (RELAIS_IS_NEARBY_SECTION (self), NULL);

  return priv->context;
}

void
relais_nearby_section_set_context (RelaisNearbySection *self,
                                   RelaisContext       *context)
{
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);

  g_return_if_fail (RELAIS_IS_NEARBY_SECTION (self));
  g_return_if_fail (!context || RELAIS_IS_CONTEXT (context));

  if (!g_set_object (&priv->context, context))
    return;

  g_signal_group_set_target (priv->context_signals, context);
  relais_nearby_section_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * relais_nearby_section_get_profile:
 *
 * Returns: (transfer none) (nullable): the profile shown
 */
RelaisProfile *
relais_nearby_section_get_profile (RelaisNearbySection *self)
{
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);

  g_return_val_if_fail (RELAIS_IS_NEARBY_SECTION (self), NULL);

  return priv->profile;
}

void
relais_nearby_section_set_profile (RelaisNearbySection *self,
                                   RelaisProfile       *profile)
{
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);

  g_return_if_fail (RELAIS_IS_NEARBY_SECTION (self));
  g_return_if_fail (!profile || RELAIS_IS_PROFILE (profile));

  if (!g_set_object (&priv->profile, profile))
    return;

  g_signal_group_set_target (priv->profile_signals, profile);
  relais_nearby_section_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

/**
 * relais_nearby_section_get_directory:
 *
 * Returns: (transfer none) (nullable): the context's directory, once read
 */
RelaisDirectory *
relais_nearby_section_get_directory (RelaisNearbySection *self)
{
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);

  g_return_val_if_fail (RELAIS_IS_NEARBY_SECTION (self), NULL);

  return priv->context != NULL ? relais_context_get_directory (priv->context) : NULL;
}

/**
 * relais_nearby_section_get_finder:
 *
 * Returns: (transfer none) (nullable): the context's places, once read
 */
RelaisPlaceFinder *
relais_nearby_section_get_finder (RelaisNearbySection *self)
{
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);

  g_return_val_if_fail (RELAIS_IS_NEARBY_SECTION (self), NULL);

  return priv->context != NULL ? relais_context_get_finder (priv->context) : NULL;
}

/**
 * relais_nearby_section_get_catalog:
 *
 * Returns: (transfer none) (nullable): the context's catalogue, once read
 */
RelaisCatalog *
relais_nearby_section_get_catalog (RelaisNearbySection *self)
{
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);

  g_return_val_if_fail (RELAIS_IS_NEARBY_SECTION (self), NULL);

  return priv->context != NULL ? relais_context_get_catalog (priv->context) : NULL;
}

/* Where the profile is, to rank from: its commune, or its département. */
void
relais_nearby_section_locate (RelaisNearbySection *self,
                              RelaisOrigin        *origin)
{
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);
  RelaisPlaceFinder *finder = relais_nearby_section_get_finder (self);

  g_return_if_fail (RELAIS_IS_NEARBY_SECTION (self));
  g_return_if_fail (origin != NULL);

  if (finder == NULL || priv->profile == NULL)
    relais_origin_init (origin, NULL, NULL);
  else
    relais_place_finder_origin_for_profile (finder, priv->profile, origin);
}

/**
 * relais_nearby_section_show:
 * @items: (element-type GObject): the #RelaisNearbyEntry and
 *   #RelaisNearbyGroup the section now lists
 *
 * Replaces what the section's list shows, in one change of its model.
 */
void
relais_nearby_section_show (RelaisNearbySection *self,
                            GPtrArray           *items)
{
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);

  g_return_if_fail (RELAIS_IS_NEARBY_SECTION (self));
  g_return_if_fail (items != NULL);

  g_list_store_splice (priv->items, 0, g_list_model_get_n_items (G_LIST_MODEL (priv->items)),
                       items->pdata, items->len);
}

/**
 * relais_nearby_section_focus_row:
 * @position: the row of the section's list to give the focus to
 *
 * After a change the user asked for ("Show More Places"), the focus goes
 * where it continues, not back to the top of the window.
 */
void
relais_nearby_section_focus_row (RelaisNearbySection *self,
                                 guint                position)
{
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);
  GtkListBoxRow *row;

  g_return_if_fail (RELAIS_IS_NEARBY_SECTION (self));

  row = gtk_list_box_get_row_at_index (priv->list, position);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Lists again what the section shows, once there is a profile and the
 * directory and the places are read. */
void
relais_nearby_section_refresh (RelaisNearbySection *self)
{
  RelaisNearbySectionPrivate *priv = relais_nearby_section_get_instance_private (self);

  g_return_if_fail (RELAIS_IS_NEARBY_SECTION (self));

  if (priv->profile == NULL || relais_nearby_section_get_directory (self) == NULL ||
      relais_nearby_section_get_finder (self) == NULL)
    return;

  RELAIS_NEARBY_SECTION_GET_CLASS (self)->refresh (self);
}
