/* relais-migration-step-row.c — one step of moving a tool ("Export your
 * contacts"), ticked for that tool; a row of a tool's migration checklist
 *
 * The check box acts through the action "step.done", the row's "done"
 * property, rather than a callback holding the step's id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-migration-step-row"

#include "config.h"

#include "relais-accessible.h"
#include "relais-migration-step-row.h"

struct _RelaisMigrationStepRow
{
  AdwActionRow    parent_instance;

  /* Template widgets */
  GtkCheckButton *check;

  /* Owned */
  RelaisProfile  *profile;
  char           *id;
};

enum {
  PROP_0,
  PROP_DONE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisMigrationStepRow, relais_migration_step_row, ADW_TYPE_ACTION_ROW)

static GParamSpec *properties[N_PROPS];

static void
relais_migration_step_row_dispose (GObject *object)
{
  RelaisMigrationStepRow *self = RELAIS_MIGRATION_STEP_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_MIGRATION_STEP_ROW);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->id, g_free);

  G_OBJECT_CLASS (relais_migration_step_row_parent_class)->dispose (object);
}

static void
relais_migration_step_row_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  RelaisMigrationStepRow *self = RELAIS_MIGRATION_STEP_ROW (object);

  switch (prop_id)
    {
    case PROP_DONE:
      g_value_set_boolean (value, relais_migration_step_row_get_done (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_migration_step_row_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  RelaisMigrationStepRow *self = RELAIS_MIGRATION_STEP_ROW (object);

  switch (prop_id)
    {
    case PROP_DONE:
      relais_migration_step_row_set_done (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_migration_step_row_class_init (RelaisMigrationStepRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_migration_step_row_dispose;
  object_class->get_property = relais_migration_step_row_get_property;
  object_class->set_property = relais_migration_step_row_set_property;

  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-migration-step-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisMigrationStepRow, check);

  /* A boolean property makes a stateful action: the check box shows and
   * toggles it. */
  gtk_widget_class_install_property_action (widget_class, "step.done", "done");
}

static void
relais_migration_step_row_init (RelaisMigrationStepRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relais_migration_step_row_new:
 * @id: the step's id in the profile's checklist, for this tool
 * @text: shown as it is: translate it before
 */
GtkWidget *
relais_migration_step_row_new (RelaisProfile *profile,
                               const char    *id,
                               const char    *text)
{
  RelaisMigrationStepRow *self;

  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (id != NULL && text != NULL, NULL);

  self = g_object_new (RELAIS_TYPE_MIGRATION_STEP_ROW, NULL);
  self->profile = g_object_ref (profile);
  self->id = g_strdup (id);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), text);
  /* The check box is what takes the focus: it says the step, not "check box". */
  relais_accessible_set_label (GTK_WIDGET (self->check), text);
  /* The action's state was read before the profile was known. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);

  return GTK_WIDGET (self);
}

gboolean
relais_migration_step_row_get_done (RelaisMigrationStepRow *self)
{
  g_return_val_if_fail (RELAIS_IS_MIGRATION_STEP_ROW (self), FALSE);

  return self->profile != NULL && relais_profile_get_item_state (self->profile, self->id) == RELAIS_ITEM_DONE;
}

void
relais_migration_step_row_set_done (RelaisMigrationStepRow *self,
                                    gboolean                done)
{
  g_return_if_fail (RELAIS_IS_MIGRATION_STEP_ROW (self));

  if (self->profile == NULL || relais_migration_step_row_get_done (self) == !!done)
    return;

  relais_profile_set_item_state (self->profile, self->id, done ? RELAIS_ITEM_DONE : RELAIS_ITEM_TODO);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}
