/* relais-step-row.c — one step of a stage of the path: done, skipped, a
 * note; a step of the user's own can be removed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-step-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-accessible.h"
#include "relais-path.h"
#include "relais-step-row.h"

struct _RelaisStepRow
{
  AdwActionRow    parent_instance;

  /* Template widgets */
  GtkCheckButton *check;
  GtkMenuButton  *note_button;
  GtkEntry       *note_entry;
  GtkButton      *remove_button;
  GtkToggleButton *skip;

  /* Owned */
  RelaisProfile  *profile;
  char           *id;
};

G_DEFINE_FINAL_TYPE (RelaisStepRow, relais_step_row, ADW_TYPE_ACTION_ROW)

static void show_state (RelaisStepRow *self);

static void
done_toggled_cb (RelaisStepRow *self)
{
  if (gtk_check_button_get_active (self->check))
    {
      gtk_toggle_button_set_active (self->skip, FALSE);
      relais_profile_set_item_state (self->profile, self->id, RELAIS_ITEM_DONE);
    }
  else if (!gtk_toggle_button_get_active (self->skip))
    relais_profile_set_item_state (self->profile, self->id, RELAIS_ITEM_TODO);
  show_state (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "stage.count", NULL);
}

static void
skip_toggled_cb (RelaisStepRow *self)
{
  if (gtk_toggle_button_get_active (self->skip))
    {
      gtk_check_button_set_active (self->check, FALSE);
      relais_profile_set_item_state (self->profile, self->id, RELAIS_ITEM_SKIPPED);
    }
  else if (!gtk_check_button_get_active (self->check))
    relais_profile_set_item_state (self->profile, self->id, RELAIS_ITEM_TODO);
  show_state (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "stage.count", NULL);
}

/* A step Relais can see follows the profile: choosing the last tool ticks
 * "Choose a free alternative for each tool" (unless the user said
 * otherwise), and its subtitle counts. Showing it writes nothing. */
static void
show_state (RelaisStepRow *self)
{
  RelaisItemState state = relais_path_item_get_state (self->profile, self->id);
  g_autofree char *progress = relais_path_item_describe_progress (self->profile, self->id);

  g_signal_handlers_block_by_func (self->check, done_toggled_cb, self);
  g_signal_handlers_block_by_func (self->skip, skip_toggled_cb, self);
  gtk_check_button_set_active (self->check, state == RELAIS_ITEM_DONE);
  gtk_toggle_button_set_active (self->skip, state == RELAIS_ITEM_SKIPPED);
  g_signal_handlers_unblock_by_func (self->skip, skip_toggled_cb, self);
  g_signal_handlers_unblock_by_func (self->check, done_toggled_cb, self);
  /* A skipped step is shown by its colour: it says so in words too, and the
   * Skip button says whether it is on. */
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self),
                               progress != NULL ? progress : state == RELAIS_ITEM_SKIPPED ? _("Skipped") : "");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->skip), GTK_ACCESSIBLE_STATE_CHECKED,
                               state == RELAIS_ITEM_SKIPPED, -1);
}

static void
note_changed_cb (RelaisStepRow *self)
{
  relais_profile_set_item_note (self->profile, self->id, gtk_editable_get_text (GTK_EDITABLE (self->note_entry)));
}

static void
relais_step_row_dispose (GObject *object)
{
  RelaisStepRow *self = RELAIS_STEP_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_STEP_ROW);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->id, g_free);

  G_OBJECT_CLASS (relais_step_row_parent_class)->dispose (object);
}

static void
relais_step_row_class_init (RelaisStepRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_step_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-step-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisStepRow, check);
  gtk_widget_class_bind_template_child (widget_class, RelaisStepRow, note_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisStepRow, note_entry);
  gtk_widget_class_bind_template_child (widget_class, RelaisStepRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisStepRow, skip);
}

static void
relais_step_row_init (RelaisStepRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relais_step_row_new:
 * @id: the step's id in the profile's checklist
 * @text: shown as it is: translate the path's own steps before
 * @own: a step the user added, which can be removed
 */
GtkWidget *
relais_step_row_new (RelaisProfile *profile,
                     const char    *id,
                     const char    *text,
                     gboolean       own)
{
  RelaisStepRow *self;
  guint done, total;
  g_autofree char *skip_label = NULL;
  g_autofree char *note_label = NULL;

  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (id != NULL && text != NULL, NULL);

  self = g_object_new (RELAIS_TYPE_STEP_ROW, NULL);
  self->profile = g_object_ref (profile);
  self->id = g_strdup (id);

  skip_label = g_strdup_printf (_("Skip: %s"), text);
  note_label = g_strdup_printf (_("Note on: %s"), text);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->skip), GTK_ACCESSIBLE_PROPERTY_LABEL, skip_label, -1);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), relais_profile_get_item_note (profile, id));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->note_button), note_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_button), GTK_ACCESSIBLE_PROPERTY_LABEL, note_label, -1);
  relais_accessible_set_label (GTK_WIDGET (self->note_entry), note_label);
  show_state (self);

  if (own)
    {
      g_autofree char *remove_label = g_strdup_printf (_("Remove the step: %s"), text);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->remove_button), remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      /* Only here: the action wants a target, which only own steps have. */
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), "stage.remove-step");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "s", id);
      gtk_widget_set_visible (GTK_WIDGET (self->remove_button), TRUE);
    }

  g_signal_connect_object (self->check, "toggled", G_CALLBACK (done_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->skip, "toggled", G_CALLBACK (skip_toggled_cb), self, G_CONNECT_SWAPPED);
  show_state (self);
  if (relais_path_item_get_progress (profile, id, &done, &total))
    g_signal_connect_object (profile, "notify::modified", G_CALLBACK (show_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->note_entry, "changed", G_CALLBACK (note_changed_cb), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
