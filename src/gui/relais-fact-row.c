/* relais-fact-row.c — a row that states a fact: a title, what it is below,
 * and a short value beside them (a reason's weight)
 *
 * The Path shows the profile and the reasons in rows like these as soon as
 * a window opens. An AdwActionRow puts its title and subtitle in a box
 * beside its suffixes, and GTK 4.8 sizes a horizontal box's wrapping
 * children by trying heights one after another, each try laying the text
 * out again at many widths: for six rows and their groups' descriptions,
 * a seventh of the first frame (docs/benchmarks.md). Laid out in a grid,
 * each label is measured for the width it gets, once. It looks the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-fact-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-fact-row.h"

struct _RelaisFactRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkLabel      *subtitle_label;
  GtkLabel      *title_label;
  GtkLabel      *value_label;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_VALUE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisFactRow, relais_fact_row, GTK_TYPE_LIST_BOX_ROW)

static GParamSpec *properties[N_PROPS];

/* Read as one: its title, then the value shown beside it and what it is,
 * as "Essential. Pay no licence fees…". */
static void
update_accessible (RelaisFactRow *self)
{
  const char *subtitle = gtk_label_get_label (self->subtitle_label);
  const char *value = gtk_label_get_label (self->value_label);
  g_autofree char *description = NULL;

  if (value[0] != '\0' && subtitle[0] != '\0')
    /* TRANSLATORS: how much a reason matters, then what the reason means, e.g. “Essential. Free software…” */
    description = g_strdup_printf (_("%s. %s"), value, subtitle);
  else
    description = g_strdup (value[0] != '\0' ? value : subtitle);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_label (self->title_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static gboolean
set_label (RelaisFactRow *self,
           GtkLabel      *label,
           const char    *text,
           gboolean       hide_when_empty)
{
  if (text == NULL)
    text = "";
  if (g_strcmp0 (gtk_label_get_label (label), text) == 0)
    return FALSE;

  gtk_label_set_label (label, text);
  if (hide_when_empty)
    gtk_widget_set_visible (GTK_WIDGET (label), text[0] != '\0');
  update_accessible (self);
  return TRUE;
}

static void
relais_fact_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RELAIS_TYPE_FACT_ROW);

  G_OBJECT_CLASS (relais_fact_row_parent_class)->dispose (object);
}

static void
relais_fact_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RelaisFactRow *self = RELAIS_FACT_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, relais_fact_row_get_title (self));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, relais_fact_row_get_subtitle (self));
      break;
    case PROP_VALUE:
      g_value_set_string (value, relais_fact_row_get_value (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_fact_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RelaisFactRow *self = RELAIS_FACT_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      relais_fact_row_set_title (self, g_value_get_string (value));
      break;
    case PROP_SUBTITLE:
      relais_fact_row_set_subtitle (self, g_value_get_string (value));
      break;
    case PROP_VALUE:
      relais_fact_row_set_value (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_fact_row_class_init (RelaisFactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_fact_row_dispose;
  object_class->get_property = relais_fact_row_get_property;
  object_class->set_property = relais_fact_row_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-fact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisFactRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisFactRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisFactRow, value_label);
}

static void
relais_fact_row_init (RelaisFactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
relais_fact_row_new (void)
{
  return g_object_new (RELAIS_TYPE_FACT_ROW, NULL);
}

const char *
relais_fact_row_get_title (RelaisFactRow *self)
{
  g_return_val_if_fail (RELAIS_IS_FACT_ROW (self), NULL);

  return gtk_label_get_label (self->title_label);
}

void
relais_fact_row_set_title (RelaisFactRow *self,
                           const char    *title)
{
  g_return_if_fail (RELAIS_IS_FACT_ROW (self));

  if (set_label (self, self->title_label, title, FALSE))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
relais_fact_row_get_subtitle (RelaisFactRow *self)
{
  g_return_val_if_fail (RELAIS_IS_FACT_ROW (self), NULL);

  return gtk_label_get_label (self->subtitle_label);
}

void
relais_fact_row_set_subtitle (RelaisFactRow *self,
                              const char    *subtitle)
{
  g_return_if_fail (RELAIS_IS_FACT_ROW (self));

  if (set_label (self, self->subtitle_label, subtitle, TRUE))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

const char *
relais_fact_row_get_value (RelaisFactRow *self)
{
  g_return_val_if_fail (RELAIS_IS_FACT_ROW (self), NULL);

  return gtk_label_get_label (self->value_label);
}

void
relais_fact_row_set_value (RelaisFactRow *self,
                           const char    *value)
{
  g_return_if_fail (RELAIS_IS_FACT_ROW (self));

  if (set_label (self, self->value_label, value, TRUE))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
