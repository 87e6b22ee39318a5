/* relais-nearby-entry-row.c — the row of one Help Nearby entry: a link that
 * opens its details, a line that shows more, or a note
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-entry-row"

#include "config.h"

#include "relais-nearby-entry-row.h"

struct _RelaisNearbyEntryRow
{
  AdwActionRow  parent_instance;

  /* Template widgets */
  GtkImage     *arrow;
};

G_DEFINE_FINAL_TYPE (RelaisNearbyEntryRow, relais_nearby_entry_row, ADW_TYPE_ACTION_ROW)

static void
relais_nearby_entry_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RELAIS_TYPE_NEARBY_ENTRY_ROW);

  G_OBJECT_CLASS (relais_nearby_entry_row_parent_class)->dispose (object);
}

static void
relais_nearby_entry_row_class_init (RelaisNearbyEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_nearby_entry_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-nearby-entry-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyEntryRow, arrow);
}

static void
relais_nearby_entry_row_init (RelaisNearbyEntryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The target travels with the row (GtkActionable): the page's action gets
 * it as its parameter. */
GtkWidget *
relais_nearby_entry_row_new (RelaisNearbyEntry *entry)
{
  RelaisNearbyEntryRow *self;
  const char *action_name;

  g_return_val_if_fail (RELAIS_IS_NEARBY_ENTRY (entry), NULL);

  self = g_object_new (RELAIS_TYPE_NEARBY_ENTRY_ROW,
                       "title", relais_nearby_entry_get_title (entry),
                       NULL);
  action_name = relais_nearby_entry_get_action_name (entry);
  if (relais_nearby_entry_get_subtitle (entry) != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), relais_nearby_entry_get_subtitle (entry));
  gtk_widget_set_visible (GTK_WIDGET (self->arrow), relais_nearby_entry_get_opens (entry));

  if (action_name != NULL)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self), action_name);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self), relais_nearby_entry_get_action_target (entry));
    }
  else
    {
      /* A note: all of it shown, quieter than the entries. */
      adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 0);
      gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
    }

  return GTK_WIDGET (self);
}

/* For gtk_list_box_bind_model() over a model of #RelaisNearbyEntry. */
GtkWidget *
relais_nearby_entry_row_create (gpointer item,
                                gpointer user_data)
{
  return relais_nearby_entry_row_new (item);
}
