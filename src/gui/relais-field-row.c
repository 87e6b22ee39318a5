/* relais-field-row.c — a row to type in: its title above a text field that
 * a screen reader names and hears get the focus
 *
 * libadwaita 1.2's AdwEntryRow puts a bare GtkText in its row, which GTK
 * 4.8 never reports on the accessibility bus when it gets the focus: a
 * screen reader says nothing there. A GtkEntry is reported, with its role
 * and the name of the label it is the mnemonic widget of. The row is an
 * editable that forwards to the entry, so "text" and "changed" work as they
 * did on the entry rows it replaces, and it says "apply" as they did.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-field-row"

#include "config.h"

#include "relais-accessible.h"
#include "relais-field-row.h"

struct _RelaisFieldRow
{
  AdwPreferencesRow parent_instance;

  /* Template widgets */
  GtkButton        *apply_button;
  GtkEntry         *entry;
  GtkLabel         *title_label;

  gboolean          show_apply_button;
};

enum {
  PROP_0,
  PROP_ACTIVATES_DEFAULT,
  PROP_SHOW_APPLY_BUTTON,
  N_PROPS
};

enum {
  APPLY,
  N_SIGNALS
};

static void relais_field_row_editable_init (GtkEditableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RelaisFieldRow, relais_field_row, ADW_TYPE_PREFERENCES_ROW,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_EDITABLE, relais_field_row_editable_init))

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkEditable *
relais_field_row_get_delegate (GtkEditable *editable)
{
  return GTK_EDITABLE (RELAIS_FIELD_ROW (editable)->entry);
}

static void
relais_field_row_editable_init (GtkEditableInterface *iface)
{
  iface->get_delegate = relais_field_row_get_delegate;
}

/* Nothing typed, nothing to apply: as the entry rows did, the button shows
 * only with text, and goes once the text is taken. */
static void
update_apply_button (RelaisFieldRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  gtk_widget_set_visible (GTK_WIDGET (self->apply_button), self->show_apply_button && text[0] != '\0');
}

static void
entry_activated_cb (RelaisFieldRow *self)
{
  if (self->show_apply_button)
    g_signal_emit (self, signals[APPLY], 0);
}

static void
apply_clicked_cb (RelaisFieldRow *self)
{
  g_signal_emit (self, signals[APPLY], 0);
}

static void
title_changed_cb (RelaisFieldRow *self)
{
  gtk_label_set_label (self->title_label, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)));
  gtk_label_set_use_underline (self->title_label, adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (self)));
}

/* The row is not a stop of the Tab chain: focusing it is focusing its field. */
static gboolean
relais_field_row_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (RELAIS_FIELD_ROW (widget)->entry));
}

static void
relais_field_row_dispose (GObject *object)
{
  RelaisFieldRow *self = (RelaisFieldRow *)object;

  if (self->entry != NULL)
    gtk_editable_finish_delegate (GTK_EDITABLE (self));
  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_FIELD_ROW);

  G_OBJECT_CLASS (relais_field_row_parent_class)->dispose (object);
}

static void
relais_field_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RelaisFieldRow *self = RELAIS_FIELD_ROW (object);

  if (gtk_editable_delegate_get_property (object, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_ACTIVATES_DEFAULT:
      g_value_set_boolean (value, gtk_entry_get_activates_default (self->entry));
      break;
    case PROP_SHOW_APPLY_BUTTON:
      g_value_set_boolean (value, self->show_apply_button);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_field_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RelaisFieldRow *self = RELAIS_FIELD_ROW (object);

  if (gtk_editable_delegate_set_property (object, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_ACTIVATES_DEFAULT:
      if (gtk_entry_get_activates_default (self->entry) != g_value_get_boolean (value))
        {
          gtk_entry_set_activates_default (self->entry, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SHOW_APPLY_BUTTON:
      if (self->show_apply_button != g_value_get_boolean (value))
        {
          self->show_apply_button = g_value_get_boolean (value);
          update_apply_button (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_field_row_class_init (RelaisFieldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_field_row_dispose;
  object_class->get_property = relais_field_row_get_property;
  object_class->set_property = relais_field_row_set_property;
  widget_class->grab_focus = relais_field_row_grab_focus;

  properties[PROP_ACTIVATES_DEFAULT] =
    g_param_spec_boolean ("activates-default", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_APPLY_BUTTON] =
    g_param_spec_boolean ("show-apply-button", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_editable_install_properties (object_class, N_PROPS);

  /**
   * RelaisFieldRow::apply:
   *
   * With #RelaisFieldRow:show-apply-button, Enter in the field or its
   * button: what was typed is to be taken.
   */
  signals[APPLY] =
    g_signal_new ("apply", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-field-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisFieldRow, apply_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisFieldRow, entry);
  gtk_widget_class_bind_template_child (widget_class, RelaisFieldRow, title_label);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
}

static void
relais_field_row_init (RelaisFieldRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_editable_init_delegate (GTK_EDITABLE (self));

  g_signal_connect_object (self->entry, "changed", G_CALLBACK (update_apply_button), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::title", G_CALLBACK (title_changed_cb), NULL);
  g_signal_connect (self, "notify::use-underline", G_CALLBACK (title_changed_cb), NULL);
}

/**
 * relais_field_row_get_entry:
 *
 * Returns: (transfer none): the field, to name it otherwise than by the
 *   row's title
 */
GtkWidget *
relais_field_row_get_entry (RelaisFieldRow *self)
{
  g_return_val_if_fail (RELAIS_IS_FIELD_ROW (self), NULL);

  return GTK_WIDGET (self->entry);
}

/**
 * relais_field_row_set_error:
 * @message: (nullable): what is wrong and what to do, in words; %NULL when
 *   the text is right
 *
 * Red alone says nothing to a screen reader nor to everyone who sees
 * colours poorly: the field is marked invalid and described by @message,
 * which is said once when it appears. The caller shows @message too.
 */
void
relais_field_row_set_error (RelaisFieldRow *self,
                            const char     *message)
{
  GtkAccessible *entry;
  gboolean was_invalid;

  g_return_if_fail (RELAIS_IS_FIELD_ROW (self));

  entry = GTK_ACCESSIBLE (self->entry);
  was_invalid = gtk_widget_has_css_class (GTK_WIDGET (self), "error");
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      gtk_accessible_update_state (entry, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (entry, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      if (!was_invalid)
        relais_accessible_announce (GTK_WIDGET (self->entry), message);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
      gtk_accessible_update_state (entry, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE, -1);
      gtk_accessible_reset_property (entry, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}
