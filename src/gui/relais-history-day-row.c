/* relais-history-day-row.c — the changes of one day, under its date, in the
 * window of all changes: the day's part of the list of changes, bound
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-history-day-row"

#include "config.h"

#include "relais-history-change.h"
#include "relais-history-day-row.h"

struct _RelaisHistoryDayRow
{
  GtkListBoxRow        parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *group;
  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (RelaisHistoryDayRow, relais_history_day_row, GTK_TYPE_LIST_BOX_ROW)

static GtkWidget *
create_change_row (gpointer item,
                   gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();

  /* Tool names and who noted a change are plain text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property (item, "title", row, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (item, "subtitle", row, "subtitle", G_BINDING_SYNC_CREATE);
  return row;
}

static void
relais_history_day_row_dispose (GObject *object)
{
  /* The row's child is also a template child: let the row drop it first, or
   * both would unparent it. */
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), RELAIS_TYPE_HISTORY_DAY_ROW);

  G_OBJECT_CLASS (relais_history_day_row_parent_class)->dispose (object);
}

static void
relais_history_day_row_class_init (RelaisHistoryDayRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_history_day_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-history-day-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisHistoryDayRow, group);
  gtk_widget_class_bind_template_child (widget_class, RelaisHistoryDayRow, list);
}

static void
relais_history_day_row_init (RelaisHistoryDayRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relais_history_day_row_new:
 * @day: the day's title, as its changes say it
 * @changes: every change (#RelaisHistoryChange); the row shows this day's
 */
GtkWidget *
relais_history_day_row_new (const char *day,
                            GListModel *changes)
{
  RelaisHistoryDayRow *self;
  GtkStringFilter *filter;
  GtkFilterListModel *of_the_day;

  g_return_val_if_fail (day != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (changes), NULL);

  self = g_object_new (RELAIS_TYPE_HISTORY_DAY_ROW, NULL);
  adw_preferences_group_set_title (self->group, day);

  filter = gtk_string_filter_new (gtk_property_expression_new (RELAIS_TYPE_HISTORY_CHANGE, NULL, "day"));
  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_EXACT);
  gtk_string_filter_set_ignore_case (filter, FALSE);
  gtk_string_filter_set_search (filter, day);
  of_the_day = gtk_filter_list_model_new (g_object_ref (changes), GTK_FILTER (filter));
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (of_the_day), create_change_row, NULL, NULL);
  g_object_unref (of_the_day);

  return GTK_WIDGET (self);
}
