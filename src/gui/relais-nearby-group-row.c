/* relais-nearby-group-row.c — the row of a group of Help Nearby entries:
 * it opens on the rows of its entries (AdwExpanderRow in libadwaita 1.2
 * has no model to bind: the group is immutable, its rows are made once)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-group-row"

#include "config.h"

#include "relais-accessible.h"
#include "relais-nearby-entry-row.h"
#include "relais-nearby-group-row.h"

struct _RelaisNearbyGroupRow
{
  AdwExpanderRow  parent_instance;
};

G_DEFINE_FINAL_TYPE (RelaisNearbyGroupRow, relais_nearby_group_row, ADW_TYPE_EXPANDER_ROW)

static void
relais_nearby_group_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RELAIS_TYPE_NEARBY_GROUP_ROW);

  G_OBJECT_CLASS (relais_nearby_group_row_parent_class)->dispose (object);
}

static void
relais_nearby_group_row_class_init (RelaisNearbyGroupRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_nearby_group_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-nearby-group-row.ui");
}

static void
relais_nearby_group_row_init (RelaisNearbyGroupRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  relais_accessible_follow_expander (ADW_EXPANDER_ROW (self));
}

GtkWidget *
relais_nearby_group_row_new (RelaisNearbyGroup *group)
{
  GListModel *entries;
  GtkWidget *self;
  guint n_entries;

  g_return_val_if_fail (RELAIS_IS_NEARBY_GROUP (group), NULL);

  entries = relais_nearby_group_get_entries (group);
  n_entries = g_list_model_get_n_items (entries);
  self = g_object_new (RELAIS_TYPE_NEARBY_GROUP_ROW,
                       "title", relais_nearby_group_get_title (group),
                       "enable-expansion", n_entries > 0,
                       NULL);
  if (relais_nearby_group_get_subtitle (group) != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), relais_nearby_group_get_subtitle (group));

  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(RelaisNearbyEntry) entry = g_list_model_get_item (entries, i);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), relais_nearby_entry_row_new (entry));
    }

  return self;
}
