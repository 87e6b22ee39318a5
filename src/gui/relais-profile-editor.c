/* relais-profile-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-accessible.h"
#include "relais-communes.h"
#include "relais-departements.h"
#include "relais-field-row.h"
#include "relais-profile-editor.h"
#include "relais-message.h"
#include "relais-weight-row.h"

#define N_KINDS (RELAIS_PROFILE_KIND_RESSOURCERIE + 1)

/* One form serves both ways: creating fills a draft that is written only on
 * "Create"; editing applies each valid change to the profile at once, and the
 * store saves it within a second. */
struct _RelaisProfileEditor
{
  AdwWindow           parent_instance;

  /* Template widgets */
  GtkButton          *cancel_button;
  AdwComboRow        *commune_row;
  GtkButton          *create_button;
  GtkDropDown        *departement_dropdown;
  AdwHeaderBar       *header_bar;
  AdwPreferencesGroup *kind_group;
  GtkLabel           *name_error;
  RelaisFieldRow     *name_row;
  GtkLabel           *postcode_error;
  RelaisFieldRow     *postcode_row;
  AdwPreferencesGroup *reasons_group;
  GtkLabel           *title_label;
  AdwToastOverlay    *toast_overlay;

  /* Built in code, from the model's own labels */
  GtkCheckButton     *kind_checks[N_KINDS];
  RelaisWeightRow    *reason_rows[RELAIS_N_REASONS];

  /* Owned */
  RelaisProfileStore *store;
  RelaisProfile      *profile;
  GPtrArray          *communes;     /* those of the postcode, as the row lists them */
  GCancellable       *cancellable;
  gboolean            creating;
  gboolean            postcode_typed;

  /* Borrowed: the table lives as long as the program */
  RelaisCommunes     *table;        /* NULL until read, in a thread */
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_PROFILE,
  PROP_CREATING,
  N_PROPS
};

enum {
  PROFILE_CREATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (RelaisProfileEditor, relais_profile_editor, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
name_is_valid (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  return trimmed[0] != '\0' && g_utf8_strlen (trimmed, -1) <= RELAIS_PROFILE_NAME_MAX;
}

/* The sentence under the field says what to do; the field itself is
 * marked invalid and described by it (relais_field_row_set_error). */
static void
set_row_error (RelaisFieldRow *row,
               GtkLabel       *message,
               gboolean        error)
{
  gtk_widget_set_visible (GTK_WIDGET (message), error);
  relais_field_row_set_error (row, error ? gtk_label_get_text (message) : NULL);
}

static void
update_create_action (RelaisProfileEditor *self)
{
  const char *postcode = gtk_editable_get_text (GTK_EDITABLE (self->postcode_row));
  gboolean valid = name_is_valid (gtk_editable_get_text (GTK_EDITABLE (self->name_row))) &&
                   (postcode[0] == '\0' || relais_postcode_is_valid (postcode));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.create", self->creating && valid);

  /* A button that does nothing must say why. */
  if (self->creating && !valid)
    {
      const char *why = _("Give a name, and a postcode of five digits or none, to create the profile");

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->create_button), why);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->create_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      why, -1);
    }
  else
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->create_button), NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->create_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
name_changed_cb (RelaisProfileEditor *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  gboolean valid = name_is_valid (name);

  /* An empty name in a draft is simply not finished; in a saved profile it
   * would make an invalid file, so it is not applied. */
  if (!valid)
    {
      g_autofree char *message = g_strdup_printf (ngettext ("A name is needed, of at most %d character.",
                                                            "A name is needed, of at most %d characters.",
                                                            RELAIS_PROFILE_NAME_MAX),
                                                  RELAIS_PROFILE_NAME_MAX);

      gtk_label_set_label (self->name_error, message);
    }
  set_row_error (self->name_row, self->name_error, !valid && !self->creating);
  if (valid || self->creating)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (name));

      relais_profile_set_name (self->profile, trimmed);
    }

  update_create_action (self);
}

static void
set_departement (RelaisProfileEditor *self,
                 const char          *departement)
{
  gint position = relais_departements_get_position (departement);

  if (position >= 0)
    gtk_drop_down_set_selected (self->departement_dropdown, (guint) position);
}

/* With several communes, the first line asks; with one, it is the one. */
static guint
first_commune_position (RelaisProfileEditor *self)
{
  return self->communes->len > 1 ? 1 : 0;
}

static void
commune_selected_cb (RelaisProfileEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->commune_row);
  guint first = first_commune_position (self);
  const RelaisCommune *commune;

  if (selected == GTK_INVALID_LIST_POSITION || selected < first || selected - first >= self->communes->len)
    {
      relais_profile_set_commune (self->profile, "");
      return;
    }

  commune = g_ptr_array_index (self->communes, selected - first);
  relais_profile_set_commune (self->profile, commune->insee);
  set_departement (self, commune->departement);
}

/* The postcode the user typed sets the commune of Help Nearby: at once
 * when only one commune has it, otherwise the row below asks which. A
 * commune that does not have the new postcode is forgotten. */
static void
show_communes (RelaisProfileEditor *self,
               const char          *postcode,
               gboolean             typed)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *current = relais_profile_get_commune (self->profile);
  RelaisCommunes *communes = NULL;
  guint selected = 0;
  gboolean found_current = FALSE;

  g_clear_pointer (&self->communes, g_ptr_array_unref);
  if (postcode[0] != '\0' && relais_postcode_is_valid (postcode))
    communes = self->table;
  self->communes = communes != NULL ? relais_communes_for_postcode (communes, postcode) : g_ptr_array_new ();

  if (self->communes->len > 1)
    /* Short: the row's subtitle says why, and a phone is 360 px wide. */
    gtk_string_list_append (labels, _("Which one?"));
  for (guint i = 0; i < self->communes->len; i++)
    {
      const RelaisCommune *commune = g_ptr_array_index (self->communes, i);

      gtk_string_list_append (labels, commune->name);
      if (g_str_equal (commune->insee, current))
        {
          selected = i + first_commune_position (self);
          found_current = TRUE;
        }
    }

  g_signal_handlers_block_by_func (self->commune_row, commune_selected_cb, self);
  adw_combo_row_set_model (self->commune_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->commune_row, selected);
  g_signal_handlers_unblock_by_func (self->commune_row, commune_selected_cb, self);

  if (self->communes->len > 1)
    {
      /* Translators: %s is a postcode shared by several communes */
      g_autofree char *subtitle = g_strdup_printf (_("Several communes have the postcode %s: choose yours to see the nearest help first."),
                                                   postcode);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->commune_row), subtitle);
    }
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->commune_row), "");
  /* One commune is set without asking: a list of one has nothing to choose. */
  gtk_widget_set_visible (GTK_WIDGET (self->commune_row), self->communes->len > 1);

  if (!typed)
    return;
  if (self->communes->len == 1)
    commune_selected_cb (self);
  else if (self->communes->len > 1 && !found_current)
    relais_profile_set_commune (self->profile, "");
}

static void
read_communes_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  GError *error = NULL;
  RelaisCommunes *communes = relais_communes_get_default (&error);

  if (communes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, communes, NULL);
}

static void
communes_read_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  RelaisProfileEditor *self = RELAIS_PROFILE_EDITOR (object);
  g_autoptr(GError) error = NULL;
  RelaisCommunes *communes = g_task_propagate_pointer (G_TASK (result), &error);

  /* Without the communes, the form still works: the commune is chosen in
   * Help Nearby, which says what failed. */
  if (communes == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("The communes could not be read: %s", error->message);
      return;
    }

  self->table = communes;
  show_communes (self, gtk_editable_get_text (GTK_EDITABLE (self->postcode_row)), self->postcode_typed);
}

/* The table of 35,000 communes takes a few hundred milliseconds to read
 * the first time: never while the user types. */
static void
read_communes (RelaisProfileEditor *self)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, communes_read_cb, NULL);

  g_task_set_source_tag (task, read_communes);
  g_task_run_in_thread (task, read_communes_thread);
}

static void
postcode_changed_cb (RelaisProfileEditor *self)
{
  const char *postcode = gtk_editable_get_text (GTK_EDITABLE (self->postcode_row));
  gboolean valid = postcode[0] == '\0' || relais_postcode_is_valid (postcode);
  const char *departement;

  set_row_error (self->postcode_row, self->postcode_error, !valid && strlen (postcode) >= 5);
  if (valid)
    relais_profile_set_postcode (self->profile, postcode);

  /* The postcode suggests the département; the user may still pick another. */
  departement = valid && postcode[0] != '\0' ? relais_departements_for_postcode (postcode) : NULL;
  if (departement != NULL)
    set_departement (self, departement);
  self->postcode_typed = TRUE;
  show_communes (self, postcode, TRUE);

  update_create_action (self);
}

/* GTK 4.8 names the drop-down's button after its class: it is named after
 * the row and what it shows. */
static void
label_departement (RelaisProfileEditor *self)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (self->departement_dropdown));
  GtkStringObject *item = gtk_drop_down_get_selected_item (self->departement_dropdown);
  g_autofree char *label = NULL;

  if (item == NULL || button == NULL)
    return;
  /* TRANSLATORS: the département drop-down as a screen reader says it, e.g. “Département: Calvados (14)” */
  label = g_strdup_printf (_("Département: %s"), gtk_string_object_get_string (item));
  relais_accessible_set_label (button, label);
  relais_accessible_set_label (GTK_WIDGET (self->departement_dropdown), label);
}

static void
departement_selected_cb (RelaisProfileEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->departement_dropdown);

  label_departement (self);

  if (selected < relais_departements_get_count ())
    relais_profile_set_departement (self->profile, relais_departements_get_nth (selected)->code);
}

static void
kind_toggled_cb (GtkCheckButton      *check,
                 RelaisProfileEditor *self)
{
  if (!gtk_check_button_get_active (check))
    return;

  for (guint i = 0; i < N_KINDS; i++)
    {
      if (self->kind_checks[i] == check)
        relais_profile_set_kind (self->profile, i);
    }
}

static void
reason_weighed_cb (RelaisWeightRow     *row,
                   GParamSpec          *pspec,
                   RelaisProfileEditor *self)
{
  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    {
      if (self->reason_rows[i] == row)
        relais_profile_set_weight (self->profile, i, relais_weight_row_get_weight (row));
    }
}

static void
build_kind_rows (RelaisProfileEditor *self)
{
  for (guint i = 0; i < N_KINDS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      /* One choice of several: GTK 4.8 says "check box" for a check button
       * in a group, which tells a listener the choices add up. */
      GtkWidget *check = g_object_new (GTK_TYPE_CHECK_BUTTON, "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO, NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), relais_profile_kind_get_label (i));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      if (i > 0)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->kind_checks[0]);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->kind_group, row);
      self->kind_checks[i] = GTK_CHECK_BUTTON (check);
    }
}

/* One click per weight: a row of four toggles per reason (a combo row
 * would take two). */
static void
build_reason_rows (RelaisProfileEditor *self)
{
  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    {
      GtkWidget *row = relais_weight_row_new (relais_reason_get_label (i), relais_reason_get_explanation (i));

      adw_preferences_group_add (self->reasons_group, row);
      self->reason_rows[i] = RELAIS_WEIGHT_ROW (row);
    }
}

/* The search field of the list of départements is named after its class
 * by GTK 4.8. */
static void
name_search_entry (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SEARCH_ENTRY (child))
        relais_accessible_set_label (child, _("Search for a département"));
      else
        name_search_entry (child);
    }
}

static void
build_departement_list (RelaisProfileEditor *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < relais_departements_get_count (); i++)
    {
      const RelaisDepartement *departement = relais_departements_get_nth (i);
      g_autofree char *label = g_strdup_printf ("%s (%s)", departement->name, departement->code);

      gtk_string_list_append (model, label);
    }

  gtk_drop_down_set_model (self->departement_dropdown, G_LIST_MODEL (model));
  relais_accessible_name_choices (GTK_WIDGET (self->departement_dropdown));
  relais_accessible_name_choices (GTK_WIDGET (self->commune_row));
  name_search_entry (GTK_WIDGET (self->departement_dropdown));
}

/* Fill the form from the profile, then listen: the other way round, the
 * filling itself would write back into the profile. */
static void
load_profile (RelaisProfileEditor *self)
{
  gint departement = relais_departements_get_position (relais_profile_get_departement (self->profile));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), relais_profile_get_name (self->profile));
  gtk_editable_set_text (GTK_EDITABLE (self->postcode_row), relais_profile_get_postcode (self->profile));
  gtk_drop_down_set_selected (self->departement_dropdown, departement >= 0 ? (guint) departement : 0);
  show_communes (self, relais_profile_get_postcode (self->profile), FALSE);
  gtk_check_button_set_active (self->kind_checks[relais_profile_get_kind (self->profile)], TRUE);
  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    relais_weight_row_set_weight (self->reason_rows[i], relais_profile_get_weight (self->profile, i));
  label_departement (self);

  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (name_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->postcode_row, "changed", G_CALLBACK (postcode_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->departement_dropdown, "notify::selected",
                           G_CALLBACK (departement_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->commune_row, "notify::selected", G_CALLBACK (commune_selected_cb), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < N_KINDS; i++)
    g_signal_connect_object (self->kind_checks[i], "toggled", G_CALLBACK (kind_toggled_cb), self, 0);
  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    g_signal_connect_object (self->reason_rows[i], "notify::weight", G_CALLBACK (reason_weighed_cb), self, 0);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RelaisProfileEditor *self = RELAIS_PROFILE_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (self->creating);

  if (!relais_profile_store_add (self->store, self->profile, &error))
    {
      relais_message_show (self->toast_overlay, _("The profile could not be created"), error->message);
      return;
    }

  self->creating = FALSE;
  g_signal_emit (self, signals[PROFILE_CREATED], 0, self->profile);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
relais_profile_editor_constructed (GObject *object)
{
  RelaisProfileEditor *self = (RelaisProfileEditor *)object;

  G_OBJECT_CLASS (relais_profile_editor_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL);

  if (self->profile == NULL)
    {
      self->creating = TRUE;
      self->profile = relais_profile_new ("");
    }

  gtk_window_set_title (GTK_WINDOW (self), self->creating ? _("New Profile") : _("Edit Profile"));
  gtk_label_set_label (self->title_label, gtk_window_get_title (GTK_WINDOW (self)));
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), self->creating);
  gtk_widget_set_visible (GTK_WIDGET (self->create_button), self->creating);
  adw_header_bar_set_show_end_title_buttons (self->header_bar, !self->creating);
  adw_header_bar_set_show_start_title_buttons (self->header_bar, !self->creating);
  if (self->creating)
    gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->create_button));

  load_profile (self);
  update_create_action (self);
  read_communes (self);

  /* Ready to type: the name is what everyone fills in first. */
  relais_accessible_focus_first (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
}

static void
relais_profile_editor_dispose (GObject *object)
{
  RelaisProfileEditor *self = (RelaisProfileEditor *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_PROFILE_EDITOR);
  g_clear_object (&self->profile);
  g_clear_object (&self->store);
  g_clear_pointer (&self->communes, g_ptr_array_unref);

  G_OBJECT_CLASS (relais_profile_editor_parent_class)->dispose (object);
}

static void
relais_profile_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RelaisProfileEditor *self = RELAIS_PROFILE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    case PROP_CREATING:
      g_value_set_boolean (value, self->creating);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_profile_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RelaisProfileEditor *self = RELAIS_PROFILE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_profile_editor_class_init (RelaisProfileEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = relais_profile_editor_constructed;
  object_class->dispose = relais_profile_editor_dispose;
  object_class->get_property = relais_profile_editor_get_property;
  object_class->set_property = relais_profile_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RELAIS_TYPE_PROFILE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, RELAIS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATING] =
    g_param_spec_boolean ("creating", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RelaisProfileEditor::profile-created:
   * @profile: the new profile, already on disk
   */
  signals[PROFILE_CREATED] =
    g_signal_new ("profile-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RELAIS_TYPE_PROFILE);

  g_type_ensure (RELAIS_TYPE_FIELD_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-profile-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileEditor, commune_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileEditor, create_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileEditor, departement_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileEditor, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileEditor, kind_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileEditor, postcode_error);
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileEditor, postcode_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileEditor, reasons_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileEditor, toast_overlay);

  gtk_widget_class_install_action (widget_class, "editor.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
relais_profile_editor_init (RelaisProfileEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  relais_accessible_name_mnemonics (GTK_WIDGET (self));
  relais_accessible_wrap_group_titles (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  build_kind_rows (self);
  build_reason_rows (self);
  build_departement_list (self);
}

RelaisProfileEditor *
relais_profile_editor_new_for_creation (RelaisProfileStore *store)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (store), NULL);

  return g_object_new (RELAIS_TYPE_PROFILE_EDITOR, "store", store, NULL);
}

RelaisProfileEditor *
relais_profile_editor_new_for_editing (RelaisProfileStore *store,
                                       RelaisProfile      *profile)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (store), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);

  return g_object_new (RELAIS_TYPE_PROFILE_EDITOR, "store", store, "profile", profile, NULL);
}

/**
 * relais_profile_editor_get_profile:
 *
 * Returns: (transfer none): the profile being created or edited
 */
RelaisProfile *
relais_profile_editor_get_profile (RelaisProfileEditor *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_EDITOR (self), NULL);

  return self->profile;
}

gboolean
relais_profile_editor_get_creating (RelaisProfileEditor *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_EDITOR (self), FALSE);

  return self->creating;
}
