/* relais-progress-row.c — one line of the Progress charts: its name, what it
 * counts, a bar and "x of y"; bound to its RelaisProgressLine
 *
 * The row takes the focus, so that a screen reader reaches the count: the
 * row's description carries it with its meaning, and the bar, named like
 * the row, has its value and is described by the "x of y" beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-progress-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-progress-bar.h"
#include "relais-progress-row.h"

struct _RelaisProgressRow
{
  AdwActionRow        parent_instance;

  /* Template widgets */
  RelaisProgressBar  *bar;
  GtkLabel           *count_label;

  /* Owned */
  RelaisProgressLine *line;
};

G_DEFINE_FINAL_TYPE (RelaisProgressRow, relais_progress_row, ADW_TYPE_ACTION_ROW)

static void
update (RelaisProgressRow *self)
{
  const char *title = relais_progress_line_get_title (self->line);
  const char *meaning = relais_progress_line_get_meaning (self->line);
  const char *text = relais_progress_line_get_text (self->line);
  g_autofree char *description = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), meaning != NULL ? meaning : "");
  gtk_label_set_label (self->count_label, text);
  relais_progress_bar_set_value (self->bar, relais_progress_line_get_done (self->line),
                                 relais_progress_line_get_total (self->line), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  /* TRANSLATORS: a count of the Progress area, then what it counts, e.g. “2 of 8. A free alternative is chosen…” */
  description = meaning != NULL ? g_strdup_printf (_("%s. %s"), text, meaning) : g_strdup (text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
relais_progress_row_dispose (GObject *object)
{
  RelaisProgressRow *self = RELAIS_PROGRESS_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_PROGRESS_ROW);
  g_clear_object (&self->line);

  G_OBJECT_CLASS (relais_progress_row_parent_class)->dispose (object);
}

static void
relais_progress_row_class_init (RelaisProgressRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_progress_row_dispose;

  g_type_ensure (RELAIS_TYPE_PROGRESS_BAR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-progress-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressRow, bar);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressRow, count_label);
}

static void
relais_progress_row_init (RelaisProgressRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->count_label, NULL, -1);
}

/**
 * relais_progress_row_new:
 * @counts: (nullable): the rows whose counts take one width, so that
 *   their bars, of one width too, start and end at the same place
 */
GtkWidget *
relais_progress_row_new (RelaisProgressLine *line,
                         GtkSizeGroup       *counts)
{
  RelaisProgressRow *self;

  g_return_val_if_fail (RELAIS_IS_PROGRESS_LINE (line), NULL);
  g_return_val_if_fail (!counts || GTK_IS_SIZE_GROUP (counts), NULL);

  self = g_object_new (RELAIS_TYPE_PROGRESS_ROW, NULL);
  if (counts != NULL)
    gtk_size_group_add_widget (counts, GTK_WIDGET (self->count_label));
  self->line = g_object_ref (line);
  update (self);
  /* The line is updated in place when the figures change: the row follows. */
  g_signal_connect_object (line, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
