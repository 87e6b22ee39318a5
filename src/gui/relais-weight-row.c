/* relais-weight-row.c — a reason of the profile and how much it matters,
 * chosen in one click among four linked toggles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-weight-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-accessible.h"
#include "relais-weight-row.h"

struct _RelaisWeightRow
{
  GtkListBoxRow    parent_instance;

  /* Template widgets */
  GtkFlowBox      *buttons_box;
  GtkLabel        *subtitle_label;
  GtkLabel        *title_label;

  /* Built in code, from the model's own labels */
  GtkToggleButton *buttons[RELAIS_N_WEIGHTS];

  RelaisWeight     weight;
};

enum {
  PROP_0,
  PROP_WEIGHT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisWeightRow, relais_weight_row, GTK_TYPE_LIST_BOX_ROW)

static GParamSpec *properties[N_PROPS];

static void
toggled_cb (GtkToggleButton *button,
            RelaisWeightRow *self)
{
  /* The grouped toggles untoggle the previous one first: only the one
   * that becomes active says which weight it is. */
  if (!gtk_toggle_button_get_active (button))
    return;

  for (guint i = 0; i < RELAIS_N_WEIGHTS; i++)
    if (self->buttons[i] == button)
      relais_weight_row_set_weight (self, i);
}

static void
relais_weight_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RelaisWeightRow *self = RELAIS_WEIGHT_ROW (object);

  switch (prop_id)
    {
    case PROP_WEIGHT:
      g_value_set_uint (value, self->weight);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_weight_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RelaisWeightRow *self = RELAIS_WEIGHT_ROW (object);

  switch (prop_id)
    {
    case PROP_WEIGHT:
      relais_weight_row_set_weight (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_weight_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RELAIS_TYPE_WEIGHT_ROW);

  G_OBJECT_CLASS (relais_weight_row_parent_class)->dispose (object);
}

static void
relais_weight_row_class_init (RelaisWeightRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_weight_row_dispose;
  object_class->get_property = relais_weight_row_get_property;
  object_class->set_property = relais_weight_row_set_property;

  properties[PROP_WEIGHT] =
    g_param_spec_uint ("weight", NULL, NULL, 0, RELAIS_N_WEIGHTS - 1, RELAIS_WEIGHT_IMPORTANT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-weight-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisWeightRow, buttons_box);
  gtk_widget_class_bind_template_child (widget_class, RelaisWeightRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisWeightRow, title_label);
}

static void
relais_weight_row_init (RelaisWeightRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->weight = RELAIS_WEIGHT_IMPORTANT;
  for (guint i = 0; i < RELAIS_N_WEIGHTS; i++)
    {
      GtkWidget *child = gtk_flow_box_child_new ();
      /* One weight of four: said as a radio button, checked or not. */
      GtkWidget *button = relais_accessible_toggle_new (relais_weight_get_label (i), GTK_ACCESSIBLE_ROLE_RADIO);

      /* The button takes the focus, not its cell: one Tab stop per weight. */
      gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), button);
      gtk_widget_set_focusable (child, FALSE);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->buttons[0]);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), i == self->weight);
      g_signal_connect_object (button, "toggled", G_CALLBACK (toggled_cb), self, 0);
      gtk_flow_box_append (self->buttons_box, child);
      self->buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
}

/**
 * relais_weight_row_new:
 * @title: the reason
 * @subtitle: what it means
 *
 * Returns: (transfer floating): a row whose "weight" says how much @title matters
 */
GtkWidget *
relais_weight_row_new (const char *title,
                       const char *subtitle)
{
  RelaisWeightRow *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (RELAIS_TYPE_WEIGHT_ROW, NULL);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL && subtitle[0] != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  /* A screen reader that lands on a toggle says which reason it weighs,
   * not only "Essential". */
  for (guint i = 0; i < RELAIS_N_WEIGHTS; i++)
    {
      /* TRANSLATORS: a reason and a weight, read by screen readers, e.g. “Values: Essential” */
      g_autofree char *label = g_strdup_printf (_("%s: %s"), title, relais_weight_get_label (i));

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[i]), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }

  return GTK_WIDGET (self);
}

RelaisWeight
relais_weight_row_get_weight (RelaisWeightRow *self)
{
  g_return_val_if_fail (RELAIS_IS_WEIGHT_ROW (self), RELAIS_WEIGHT_IMPORTANT);

  return self->weight;
}

void
relais_weight_row_set_weight (RelaisWeightRow *self,
                              RelaisWeight     weight)
{
  g_return_if_fail (RELAIS_IS_WEIGHT_ROW (self));
  g_return_if_fail (weight < RELAIS_N_WEIGHTS);

  if (!gtk_toggle_button_get_active (self->buttons[weight]))
    gtk_toggle_button_set_active (self->buttons[weight], TRUE);
  if (self->weight == weight)
    return;

  self->weight = weight;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT]);
}

/**
 * relais_weight_row_get_button:
 *
 * Returns: (transfer none): the toggle of @weight (for tests)
 */
GtkWidget *
relais_weight_row_get_button (RelaisWeightRow *self,
                              RelaisWeight     weight)
{
  g_return_val_if_fail (RELAIS_IS_WEIGHT_ROW (self), NULL);
  g_return_val_if_fail (weight < RELAIS_N_WEIGHTS, NULL);

  return GTK_WIDGET (self->buttons[weight]);
}
