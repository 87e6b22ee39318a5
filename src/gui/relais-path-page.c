/* relais-path-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-path-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-departements.h"
#include "relais-path.h"
#include "relais-path-page.h"

struct _RelaisPathPage
{
  AdwBin          parent_instance;

  /* Template widgets */
  AdwActionRow   *financial_row;
  GtkLabel       *financial_label;
  AdwActionRow   *kind_row;
  AdwActionRow   *name_row;
  AdwActionRow   *place_row;
  AdwPreferencesGroup *stages_group;
  AdwActionRow   *technical_row;
  GtkLabel       *technical_label;
  AdwActionRow   *values_row;
  GtkLabel       *values_label;

  /* Owned */
  RelaisProfile  *profile;
  GSignalGroup   *profile_signals;
  GPtrArray      *stage_rows;   /* AdwExpanderRow in stages_group */
  char           *expanded;     /* the stage to keep open when rebuilt */
};

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisPathPage, relais_path_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static char *
format_place (RelaisProfile *profile)
{
  const RelaisDepartement *departement = relais_departements_lookup (relais_profile_get_departement (profile));
  const char *postcode = relais_profile_get_postcode (profile);
  g_autofree char *name = NULL;

  name = departement != NULL
    ? g_strdup_printf ("%s (%s)", departement->name, departement->code)
    : g_strdup (relais_profile_get_departement (profile));

  if (postcode[0] == '\0')
    return g_steal_pointer (&name);

  /* TRANSLATORS: a département and a postcode, e.g. “Calvados (14), 14000” */
  return g_strdup_printf (_("%s, %s"), name, postcode);
}

static void
update_rows (RelaisPathPage *self)
{
  struct { AdwActionRow *row; GtkLabel *label; RelaisReason reason; } reasons[] = {
    { self->values_row, self->values_label, RELAIS_REASON_VALUES },
    { self->technical_row, self->technical_label, RELAIS_REASON_TECHNICAL },
    { self->financial_row, self->financial_label, RELAIS_REASON_FINANCIAL },
  };
  g_autofree char *place = NULL;

  if (self->profile == NULL)
    return;

  place = format_place (self->profile);
  adw_action_row_set_subtitle (self->name_row, relais_profile_get_name (self->profile));
  adw_action_row_set_subtitle (self->kind_row,
                               relais_profile_kind_get_label (relais_profile_get_kind (self->profile)));
  adw_action_row_set_subtitle (self->place_row, place);

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    {
      RelaisWeight weight = relais_profile_get_weight (self->profile, reasons[i].reason);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (reasons[i].row),
                                     relais_reason_get_label (reasons[i].reason));
      adw_action_row_set_subtitle (reasons[i].row, relais_reason_get_explanation (reasons[i].reason));
      gtk_label_set_label (reasons[i].label, relais_weight_get_label (weight));
    }
}

/* --- The stages and their steps ------------------------------------------ */

static void
update_stage_count (AdwExpanderRow *row)
{
  RelaisPathPage *self = g_object_get_data (G_OBJECT (row), "relais-page");
  const RelaisStage *stage = g_object_get_data (G_OBJECT (row), "relais-stage");
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "relais-count");
  g_autofree char *text = NULL;
  guint total, done, skipped;

  relais_path_count (stage, self->profile, &total, &done, &skipped);
  /* TRANSLATORS: steps of a stage done (skipped ones count as done), e.g. “2/4” */
  text = g_strdup_printf (C_("steps", "%u/%u"), done + skipped, total);
  gtk_label_set_label (label, text);
}

static void
done_toggled_cb (GtkCheckButton *check,
                 AdwExpanderRow *stage_row)
{
  RelaisPathPage *self = g_object_get_data (G_OBJECT (stage_row), "relais-page");
  const char *item = g_object_get_data (G_OBJECT (check), "relais-item");
  GtkToggleButton *skip = g_object_get_data (G_OBJECT (check), "relais-skip");

  if (gtk_check_button_get_active (check))
    {
      gtk_toggle_button_set_active (skip, FALSE);
      relais_profile_set_item_state (self->profile, item, RELAIS_ITEM_DONE);
    }
  else if (!gtk_toggle_button_get_active (skip))
    relais_profile_set_item_state (self->profile, item, RELAIS_ITEM_TODO);
  update_stage_count (stage_row);
}

static void
skip_toggled_cb (GtkToggleButton *skip,
                 AdwExpanderRow  *stage_row)
{
  RelaisPathPage *self = g_object_get_data (G_OBJECT (stage_row), "relais-page");
  const char *item = g_object_get_data (G_OBJECT (skip), "relais-item");
  GtkCheckButton *check = g_object_get_data (G_OBJECT (skip), "relais-check");

  if (gtk_toggle_button_get_active (skip))
    {
      gtk_check_button_set_active (check, FALSE);
      relais_profile_set_item_state (self->profile, item, RELAIS_ITEM_SKIPPED);
    }
  else if (!gtk_check_button_get_active (check))
    relais_profile_set_item_state (self->profile, item, RELAIS_ITEM_TODO);
  update_stage_count (stage_row);
}

static void
note_changed_cb (GtkEditable    *editable,
                 RelaisPathPage *self)
{
  relais_profile_set_item_note (self->profile, g_object_get_data (G_OBJECT (editable), "relais-item"),
                                gtk_editable_get_text (editable));
}

static void rebuild_stages (RelaisPathPage *self);

static void
remove_own_clicked_cb (GtkButton      *button,
                       RelaisPathPage *self)
{
  g_autofree char *stage = g_strdup (g_object_get_data (G_OBJECT (button), "relais-stage-id"));

  relais_profile_remove_own_step (self->profile, g_object_get_data (G_OBJECT (button), "relais-item"));
  g_free (self->expanded);
  self->expanded = g_strdup (stage);
  rebuild_stages (self);
}

static void
add_own_applied_cb (AdwEntryRow    *entry,
                    RelaisPathPage *self)
{
  const char *stage = g_object_get_data (G_OBJECT (entry), "relais-stage-id");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (text[0] == '\0')
    return;

  relais_profile_add_own_step (self->profile, stage, text);
  g_free (self->expanded);
  self->expanded = g_strdup (stage);
  rebuild_stages (self);
}

/* @item_text is shown as it is: translate catalogue steps before. */
static GtkWidget *
new_step_row (RelaisPathPage       *self,
              AdwExpanderRow       *stage_row,
              const RelaisPathItem *item)
{
  RelaisItemState state = relais_profile_get_item_state (self->profile, item->id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *skip = gtk_toggle_button_new_with_label (_("Skip"));
  GtkWidget *note_button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *skip_label = g_strdup_printf (_("Skip: %s"), item->text);
  g_autofree char *note_label = g_strdup_printf (_("Note on: %s"), item->text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->text);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), state == RELAIS_ITEM_DONE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  gtk_widget_set_valign (skip, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (skip, "flat");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (skip), state == RELAIS_ITEM_SKIPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (skip), GTK_ACCESSIBLE_PROPERTY_LABEL, skip_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), skip);

  gtk_editable_set_text (GTK_EDITABLE (entry), relais_profile_get_item_note (self->profile, item->id));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("A note on this step"));
  gtk_widget_set_size_request (entry, 260, -1);
  gtk_popover_set_child (GTK_POPOVER (popover), entry);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (note_button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (note_button), "document-edit-symbolic");
  gtk_widget_set_valign (note_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (note_button, "flat");
  gtk_widget_set_tooltip_text (note_button, note_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (note_button), GTK_ACCESSIBLE_PROPERTY_LABEL, note_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), note_button);

  g_object_set_data (G_OBJECT (check), "relais-item", (gpointer) item->id);
  g_object_set_data (G_OBJECT (check), "relais-skip", skip);
  g_object_set_data (G_OBJECT (skip), "relais-item", (gpointer) item->id);
  g_object_set_data (G_OBJECT (skip), "relais-check", check);
  g_object_set_data (G_OBJECT (entry), "relais-item", (gpointer) item->id);
  g_signal_connect_object (check, "toggled", G_CALLBACK (done_toggled_cb), stage_row, 0);
  g_signal_connect_object (skip, "toggled", G_CALLBACK (skip_toggled_cb), stage_row, 0);
  g_signal_connect_object (entry, "changed", G_CALLBACK (note_changed_cb), self, 0);

  return row;
}

static void
rebuild_stages (RelaisPathPage *self)
{
  RelaisProfileKind kind;
  GPtrArray *own;

  for (guint i = 0; i < self->stage_rows->len; i++)
    adw_preferences_group_remove (self->stages_group, g_ptr_array_index (self->stage_rows, i));
  g_ptr_array_set_size (self->stage_rows, 0);

  if (self->profile == NULL)
    return;

  kind = relais_profile_get_kind (self->profile);
  own = relais_profile_get_own_steps (self->profile);
  for (guint i = 0; i < relais_path_get_n_stages (); i++)
    {
      const RelaisStage *stage = relais_path_get_stage (i);
      GtkWidget *row, *count;

      if (!relais_path_stage_applies (stage, kind))
        continue;

      row = adw_expander_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(stage->title));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), _(stage->explanation));
      count = gtk_label_new (NULL);
      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (count, "numeric");
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), count);
      g_object_set_data (G_OBJECT (row), "relais-page", self);
      g_object_set_data (G_OBJECT (row), "relais-stage", (gpointer) stage);
      g_object_set_data (G_OBJECT (row), "relais-count", count);

      for (guint j = 0; j < stage->n_items; j++)
        if (relais_path_item_applies (&stage->items[j], kind))
          {
            RelaisPathItem translated = stage->items[j];

            translated.text = _(stage->items[j].text);
            adw_expander_row_add_row (ADW_EXPANDER_ROW (row), new_step_row (self, ADW_EXPANDER_ROW (row), &translated));
          }

      /* The user's own steps, in their words, and a way to add one. */
      for (guint j = 0; j < own->len; j++)
        {
          RelaisOwnStep *step = g_ptr_array_index (own, j);
          RelaisPathItem item = { step->id, step->text, 0 };
          GtkWidget *step_row, *remove;
          g_autofree char *remove_label = NULL;

          if (!g_str_equal (step->stage, stage->id))
            continue;
          step_row = new_step_row (self, ADW_EXPANDER_ROW (row), &item);
          remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
          remove_label = g_strdup_printf (_("Remove the step: %s"), step->text);
          gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (remove, "flat");
          gtk_widget_set_tooltip_text (remove, remove_label);
          gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
          g_object_set_data_full (G_OBJECT (remove), "relais-item", g_strdup (step->id), g_free);
          g_object_set_data (G_OBJECT (remove), "relais-stage-id", (gpointer) stage->id);
          g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_own_clicked_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (step_row), remove);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), step_row);
        }
      {
        GtkWidget *add = adw_entry_row_new ();

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add), _("Add a step of your own"));
        adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add), TRUE);
        g_object_set_data (G_OBJECT (add), "relais-stage-id", (gpointer) stage->id);
        g_signal_connect_object (add, "apply", G_CALLBACK (add_own_applied_cb), self, 0);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), add);
      }
      if (g_strcmp0 (self->expanded, stage->id) == 0)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

      update_stage_count (ADW_EXPANDER_ROW (row));
      adw_preferences_group_add (self->stages_group, row);
      g_ptr_array_add (self->stage_rows, row);
    }
}

static void
relais_path_page_dispose (GObject *object)
{
  RelaisPathPage *self = (RelaisPathPage *)object;

  g_signal_group_set_target (self->profile_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_PATH_PAGE);
  g_clear_object (&self->profile_signals);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->stage_rows, g_ptr_array_unref);
  g_clear_pointer (&self->expanded, g_free);

  G_OBJECT_CLASS (relais_path_page_parent_class)->dispose (object);
}

static void
relais_path_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RelaisPathPage *self = RELAIS_PATH_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_path_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RelaisPathPage *self = RELAIS_PATH_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      relais_path_page_set_profile (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_path_page_class_init (RelaisPathPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_path_page_dispose;
  object_class->get_property = relais_path_page_get_property;
  object_class->set_property = relais_path_page_set_property;

  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, RELAIS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-path-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, financial_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, financial_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, place_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, stages_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, technical_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, technical_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, values_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, values_row);
}

static void
relais_path_page_init (RelaisPathPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->stage_rows = g_ptr_array_new ();
  /* Followed whatever the profile shown: retargeted in one line. */
  self->profile_signals = g_signal_group_new (RELAIS_TYPE_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "notify", G_CALLBACK (update_rows),
                                 self, G_CONNECT_SWAPPED);
  /* A person and a collective do not walk the same steps. */
  g_signal_group_connect_object (self->profile_signals, "notify::kind", G_CALLBACK (rebuild_stages),
                                 self, G_CONNECT_SWAPPED);
}

RelaisProfile *
relais_path_page_get_profile (RelaisPathPage *self)
{
  g_return_val_if_fail (RELAIS_IS_PATH_PAGE (self), NULL);

  return self->profile;
}

void
relais_path_page_set_profile (RelaisPathPage *self,
                              RelaisProfile  *profile)
{
  g_return_if_fail (RELAIS_IS_PATH_PAGE (self));
  g_return_if_fail (!profile || RELAIS_IS_PROFILE (profile));

  if (!g_set_object (&self->profile, profile))
    return;

  g_signal_group_set_target (self->profile_signals, profile);
  update_rows (self);
  rebuild_stages (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}
