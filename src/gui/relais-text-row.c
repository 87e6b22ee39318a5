/* relais-text-row.c — a row of plain text (names from the catalogue, words
 * the user typed): an item's "title" and "subtitle", bound; the rows of the
 * Progress area's lists of tools still to handle, changes and prices
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-text-row"

#include "config.h"

#include "relais-text-row.h"

struct _RelaisTextRow
{
  AdwActionRow parent_instance;
};

G_DEFINE_FINAL_TYPE (RelaisTextRow, relais_text_row, ADW_TYPE_ACTION_ROW)

static void
relais_text_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RELAIS_TYPE_TEXT_ROW);

  G_OBJECT_CLASS (relais_text_row_parent_class)->dispose (object);
}

static void
relais_text_row_class_init (RelaisTextRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_text_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-text-row.ui");
}

static void
relais_text_row_init (RelaisTextRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relais_text_row_new:
 * @item: an object with string properties "title" and "subtitle"
 */
GtkWidget *
relais_text_row_new (GObject *item)
{
  RelaisTextRow *self;

  g_return_val_if_fail (G_IS_OBJECT (item), NULL);

  self = g_object_new (RELAIS_TYPE_TEXT_ROW, NULL);
  g_object_bind_property (item, "title", self, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (item, "subtitle", self, "subtitle", G_BINDING_SYNC_CREATE);

  return GTK_WIDGET (self);
}
