/* relais-stage-row.c — one stage of the path: its steps (the path's, then the
 * user's own), how many are done, and a way to add a step
 *
 * The steps are a list of ids bound to the list: adding or removing a step
 * of one's own, or another kind of profile, changes only the rows concerned,
 * and the stage stays as open as it was.
 *
 * The rows are made when the stage is first opened: libadwaita 1.2's
 * expander keeps its rows in a revealer that measures them even folded, and
 * the forty-odd rows of the eight stages cost the Path area's first frame
 * more than twice a bare window's (docs/benchmarks.md). Folded, the stage
 * still tells how many steps it has and how many are done, in its
 * description, for screen readers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-stage-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-accessible.h"
#include "relais-field-row.h"
#include "relais-list-diff.h"
#include "relais-stage-row.h"
#include "relais-step-row.h"

struct _RelaisStageRow
{
  AdwExpanderRow     parent_instance;

  /* Template widgets */
  RelaisFieldRow    *add_row;
  GtkLabel          *count_label;
  GtkListBox        *steps_list;

  /* Owned */
  RelaisProfile     *profile;
  GtkStringList     *steps;    /* the ids of the steps, bound to steps_list once opened */

  /* Static */
  const RelaisStage *stage;
  gboolean           filled;   /* the steps' rows made */
};

G_DEFINE_FINAL_TYPE (RelaisStageRow, relais_stage_row, ADW_TYPE_EXPANDER_ROW)

static void
count_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RelaisStageRow *self = RELAIS_STAGE_ROW (widget);
  g_autofree char *text = NULL;
  g_autofree char *count = NULL;
  g_autofree char *description = NULL;
  guint total, done, skipped;

  relais_path_count (self->stage, self->profile, &total, &done, &skipped);
  /* TRANSLATORS: steps of a stage done (skipped ones count as done), e.g. “2/4” */
  text = g_strdup_printf (C_("steps", "%u/%u"), done + skipped, total);
  gtk_label_set_label (self->count_label, text);

  /* What the short "2/4" means, read with the stage even while folded. */
  if (skipped > 0)
    /* TRANSLATORS: the steps of a stage, e.g. “2 of 4 steps done, 1 of them skipped” */
    count = g_strdup_printf (ngettext ("%u of %u step done, %u of them skipped",
                                       "%u of %u steps done, %u of them skipped", total),
                             done + skipped, total, skipped);
  else
    /* TRANSLATORS: the steps of a stage, e.g. “2 of 4 steps done” */
    count = g_strdup_printf (ngettext ("%u of %u step done", "%u of %u steps done", total), done, total);
  /* TRANSLATORS: how many steps of a stage are done, then what the stage is about */
  description = g_strdup_printf (_("%s. %s"), count, _(self->stage->explanation));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  relais_accessible_describe_expander (ADW_EXPANDER_ROW (self), description);
}

static void
recount_cb (RelaisStageRow *self)
{
  count_action (GTK_WIDGET (self), NULL, NULL);
}

/* The path's steps for this kind of profile, then the user's own. */
static void
update_steps (RelaisStageRow *self)
{
  RelaisProfileKind kind = relais_profile_get_kind (self->profile);
  GPtrArray *own = relais_profile_get_own_steps (self->profile);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  guint position, removed, added;

  for (guint i = 0; i < self->stage->n_items; i++)
    if (relais_path_item_applies (&self->stage->items[i], kind))
      g_ptr_array_add (ids, (gpointer) self->stage->items[i].id);
  for (guint i = 0; i < own->len; i++)
    {
      RelaisOwnStep *step = g_ptr_array_index (own, i);

      if (g_str_equal (step->stage, self->stage->id))
        g_ptr_array_add (ids, step->id);
    }
  for (guint i = 0; i < n_shown; i++)
    g_ptr_array_add (shown, g_strdup (gtk_string_list_get_string (self->steps, i)));

  if (relais_list_diff (shown->pdata, shown->len, ids->pdata, ids->len, g_str_equal, &position, &removed, &added))
    {
      g_autofree const char **additions = g_new0 (const char *, added + 1);

      for (guint i = 0; i < added; i++)
        additions[i] = g_ptr_array_index (ids, position + i);
      gtk_string_list_splice (self->steps, position, removed, additions);
    }
  count_action (GTK_WIDGET (self), NULL, NULL);
}

static GtkWidget *
create_step_row (gpointer item,
                 gpointer user_data)
{
  RelaisStageRow *self = user_data;
  const char *id = gtk_string_object_get_string (item);
  GPtrArray *own = relais_profile_get_own_steps (self->profile);

  for (guint i = 0; i < self->stage->n_items; i++)
    if (g_str_equal (self->stage->items[i].id, id))
      return relais_step_row_new (self->profile, id, _(self->stage->items[i].text), FALSE);

  for (guint i = 0; i < own->len; i++)
    {
      RelaisOwnStep *step = g_ptr_array_index (own, i);

      if (g_str_equal (step->id, id))
        return relais_step_row_new (self->profile, id, step->text, TRUE);
    }

  g_return_val_if_reached (gtk_label_new (id));
}

static void
remove_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RelaisStageRow *self = RELAIS_STAGE_ROW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  guint n_steps = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  guint position = 0;
  GtkListBoxRow *next;

  while (position < n_steps && g_strcmp0 (gtk_string_list_get_string (self->steps, position), id) != 0)
    position++;

  relais_profile_remove_own_step (self->profile, id);
  update_steps (self);

  /* The button pressed went with its row: the focus stays in this stage,
   * on the step that took its place, else the one before, else the field
   * to add another, instead of falling back to the top of the window. */
  next = gtk_list_box_get_row_at_index (self->steps_list, position);
  if (next == NULL && position > 0)
    next = gtk_list_box_get_row_at_index (self->steps_list, position - 1);
  if (next != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (next));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->add_row));
}

static void
add_applied_cb (RelaisStageRow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_row))));

  if (text[0] == '\0')
    return;

  relais_profile_add_own_step (self->profile, self->stage->id, text);
  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
  update_steps (self);
  /* The new step shows where it was typed, and the focus stays there, ready
   * for another one: the apply button it may have been on is hidden now. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->add_row));
}

/* The rows, made the first time the stage opens. */
static void
expanded_cb (RelaisStageRow *self)
{
  if (self->filled || !adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    return;

  self->filled = TRUE;
  gtk_list_box_bind_model (self->steps_list, G_LIST_MODEL (self->steps), create_step_row, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->add_row), TRUE);
}

static void
relais_stage_row_dispose (GObject *object)
{
  RelaisStageRow *self = RELAIS_STAGE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_STAGE_ROW);
  g_clear_object (&self->steps);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (relais_stage_row_parent_class)->dispose (object);
}

static void
relais_stage_row_class_init (RelaisStageRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_stage_row_dispose;

  g_type_ensure (RELAIS_TYPE_FIELD_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-stage-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisStageRow, add_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisStageRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisStageRow, steps_list);

  gtk_widget_class_install_action (widget_class, "stage.count", NULL, count_action);
  gtk_widget_class_install_action (widget_class, "stage.remove-step", "s", remove_step_action);
}

static void
relais_stage_row_init (RelaisStageRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->steps = gtk_string_list_new (NULL);
  relais_accessible_follow_expander (ADW_EXPANDER_ROW (self));
  /* The list of steps sits in a list row of its own, which would be a stop
   * of the Tab chain with nothing to say: its steps take the focus. */
  relais_accessible_skip_focus (gtk_widget_get_parent (GTK_WIDGET (self->steps_list)));
  g_signal_connect_object (self->add_row, "apply", G_CALLBACK (add_applied_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::expanded", G_CALLBACK (expanded_cb), self, G_CONNECT_SWAPPED);
}

/**
 * relais_stage_row_new:
 * @stage: a stage of the path, which applies to @profile's kind
 */
GtkWidget *
relais_stage_row_new (RelaisProfile     *profile,
                      const RelaisStage *stage)
{
  RelaisStageRow *self;
  g_autofree char *add_label = NULL;

  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (stage != NULL, NULL);

  self = g_object_new (RELAIS_TYPE_STAGE_ROW, NULL);
  self->profile = g_object_ref (profile);
  self->stage = stage;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _(stage->title));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _(stage->explanation));
  add_label = g_strdup_printf (_("Add a step of your own to “%s”"), _(stage->title));
  relais_accessible_set_label (relais_field_row_get_entry (self->add_row), add_label);
  update_steps (self);
  /* A person and a collective do not walk the same steps. */
  g_signal_connect_object (profile, "notify::kind", G_CALLBACK (update_steps), self, G_CONNECT_SWAPPED);
  /* A step ticked elsewhere (a stage folded has no rows to tell it), and the
   * steps Relais can see are done, which change with the tools and the
   * reasons: the count is a few lookups, cheap at every change. */
  g_signal_connect_object (profile, "notify::modified", G_CALLBACK (recount_cb), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
