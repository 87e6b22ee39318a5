/* relais-progress-bar.c — one bar of the Progress charts, drawn with GTK's
 * own snapshot in the colour of the text around it, so that it reads in the
 * light, dark and high-contrast styles alike; screen readers get its value
 * and a sentence ("2 of 5 done")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-progress-bar"

#include "config.h"

#include "relais-progress-bar.h"

#define BAR_HEIGHT 10
#define BAR_WIDTH  96

struct _RelaisProgressBar
{
  GtkWidget parent_instance;

  guint     done;
  guint     total;
};

G_DEFINE_FINAL_TYPE (RelaisProgressBar, relais_progress_bar, GTK_TYPE_WIDGET)

static void
relais_progress_bar_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* One width whatever the text beside it: the bars of a chart are
       * compared with each other, so they must be the same length. */
      *minimum = *natural = BAR_WIDTH;
    }
  else
    *minimum = *natural = BAR_HEIGHT;
}

static void
relais_progress_bar_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  RelaisProgressBar *self = RELAIS_PROGRESS_BAR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double fraction = self->total > 0 ? (double) self->done / self->total : 0;
  GdkRGBA color, track;
  GskRoundedRect outline;

  /* The text colour follows every style, high contrast included. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  track = color;
  track.alpha = 0.15f;

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, width, height), height / 2.0f);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &track, &GRAPHENE_RECT_INIT (0, 0, width, height));
  color.alpha = 0.75f;
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (0, 0, width * fraction, height));
  gtk_snapshot_pop (snapshot);
}

static void
relais_progress_bar_class_init (RelaisProgressBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = relais_progress_bar_measure;
  widget_class->snapshot = relais_progress_bar_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
  gtk_widget_class_set_css_name (widget_class, "relais-progress-bar");
}

static void
relais_progress_bar_init (RelaisProgressBar *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
relais_progress_bar_new (void)
{
  return g_object_new (RELAIS_TYPE_PROGRESS_BAR, NULL);
}

/**
 * relais_progress_bar_set_value:
 * @text: the value in words, for screen readers
 */
void
relais_progress_bar_set_value (RelaisProgressBar *self,
                               guint              done,
                               guint              total,
                               const char        *text)
{
  g_return_if_fail (RELAIS_IS_PROGRESS_BAR (self));

  self->done = MIN (done, total);
  self->total = total;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) total,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) self->done,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
