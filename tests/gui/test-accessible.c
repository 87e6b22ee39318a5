/* test-accessible.c — what a screen reader or a keyboard user is told and
 * where they are left: undo toasts and Ctrl+Z, a skipped step in words, the
 * profile editor's errors in words, a failed save in the window, the focus
 * after a step is removed, fields named by their rows, toggles checked
 *
 * What the widgets tell GTK (roles, states, relations) is read back here;
 * what reaches the accessibility bus is checked end to end
 * (tests/e2e/test-a11y-tree.py, test-a11y-focus.py).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <adwaita.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "relais-accessible.h"
#include "relais-field-row.h"
#include "relais-message.h"
#include "relais-path.h"
#include "relais-profile-editor.h"
#include "relais-stage-row.h"
#include "relais-step-row.h"
#include "relais-weight-row.h"
#include "relais-window.h"
#include "relais-gui-test-utils.h"
#include "relais-test-utils.h"

static void
count_cb (gpointer  toast,
          guint    *count)
{
  (*count)++;
}

/* An undo toast stays until dismissed; the window's Undo presses it once,
 * and is enabled only while it is there (Ctrl+Z stays the text fields'
 * otherwise). */
static void
test_undo_toast (void)
{
  g_autoptr(RelaisProfileStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autofree char *base = g_dir_make_tmp ("relais-accessible-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_build_filename (base, "profiles", NULL);
  g_autoptr(GFile) top = g_file_new_for_path (base);
  g_autoptr(RelaisContext) context = NULL;
  RelaisWindow *window;
  AdwToastOverlay *overlay;
  GtkWidget *probe;
  AdwToast *toast;
  guint undone = 0;

  store = relais_profile_store_new (folder);
  settings = g_settings_new_with_backend (APP_ID, backend);
  context = relais_context_new (store, settings);
  window = g_object_new (RELAIS_TYPE_WINDOW, "context", context, NULL);
  overlay = ADW_TOAST_OVERLAY (relais_test_template_child (window, RELAIS_TYPE_WINDOW, "toast_overlay"));

  /* A button on the action follows whether it is enabled. */
  probe = gtk_button_new ();
  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), "win.undo");
  adw_toast_overlay_set_child (overlay, probe);
  g_assert_false (gtk_widget_get_sensitive (probe));

  toast = relais_message_show_undo (overlay, "Microsoft Word removed", G_CALLBACK (count_cb), &undone, NULL);
  g_assert_cmpuint (adw_toast_get_timeout (toast), ==, 0);
  g_assert_true (gtk_widget_get_sensitive (probe));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (undone, ==, 1);

  /* Dismissed with it: a second Ctrl+Z has nothing left to undo. */
  g_assert_false (gtk_widget_get_sensitive (probe));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (undone, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  relais_test_remove_tree (top);
}

/* A skipped step says so in words, not only by its colour. */
static void
test_skipped_step (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Atelier vélo");
  GtkWidget *row = g_object_ref_sink (relais_step_row_new (profile, "understand.weigh", "Weigh the reasons", FALSE));
  GtkToggleButton *skip = GTK_TOGGLE_BUTTON (relais_test_template_child (row, RELAIS_TYPE_STEP_ROW, "skip"));
  GtkCheckButton *check = GTK_CHECK_BUTTON (relais_test_template_child (row, RELAIS_TYPE_STEP_ROW, "check"));

  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "");
  gtk_toggle_button_set_active (skip, TRUE);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Skipped");
  g_assert_cmpint (relais_profile_get_item_state (profile, "understand.weigh"), ==, RELAIS_ITEM_SKIPPED);
  gtk_check_button_set_active (check, TRUE);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "");

  g_object_unref (row);
}

/* Removing a step of one's own leaves the focus in its stage: on the step
 * that took its place, or the one before it. */
static void
test_focus_after_removing_step (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Atelier vélo");
  const RelaisStage *stage = relais_path_get_stage (0);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row;
  GtkWidget *steps_list;
  GtkWidget *focus;
  const char *first;

  relais_profile_add_own_step (profile, stage->id, "Watch a film together");
  relais_profile_add_own_step (profile, stage->id, "Invite the neighbours");
  first = ((RelaisOwnStep *) g_ptr_array_index (relais_profile_get_own_steps (profile), 0))->id;
  row = relais_stage_row_new (profile, stage);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_present (GTK_WINDOW (window));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  relais_test_wait_until (gtk_widget_get_mapped (row));
  steps_list = relais_test_template_child (row, RELAIS_TYPE_STAGE_ROW, "steps_list");

  g_assert_true (gtk_widget_activate_action (row, "stage.remove-step", "s", first));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, steps_list));

  /* The last step of the list: the one before it. */
  first = ((RelaisOwnStep *) g_ptr_array_index (relais_profile_get_own_steps (profile), 0))->id;
  g_assert_true (gtk_widget_activate_action (row, "stage.remove-step", "s", first));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, steps_list));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An invalid name is said in words under the field, not only in red; the
 * text goes when it is right again. */
static void
test_editor_error_in_words (void)
{
  g_autofree char *base = g_dir_make_tmp ("relais-accessible-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_build_filename (base, "profiles", NULL);
  g_autoptr(GFile) top = g_file_new_for_path (base);
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (folder);
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Atelier vélo");
  RelaisProfileEditor *editor = relais_profile_editor_new_for_editing (store, profile);
  GtkWidget *name_row = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "name_row");
  GtkWidget *name_error = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "name_error");
  GtkWidget *postcode_row = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "postcode_row");
  GtkWidget *postcode_error = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "postcode_error");

  g_assert_false (gtk_widget_get_visible (name_error));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "  ");
  g_assert_true (gtk_widget_get_visible (name_error));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (name_error)), "A name is needed"));
  g_assert_cmpstr (relais_profile_get_name (profile), ==, "Atelier vélo");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Atelier");
  g_assert_false (gtk_widget_get_visible (name_error));

  gtk_editable_set_text (GTK_EDITABLE (postcode_row), "1400A");
  g_assert_true (gtk_widget_get_visible (postcode_error));
  gtk_editable_set_text (GTK_EDITABLE (postcode_row), "14000");
  g_assert_false (gtk_widget_get_visible (postcode_error));

  gtk_window_destroy (GTK_WINDOW (editor));
  relais_test_remove_tree (top);
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_str_equal (gtk_label_get_text (GTK_LABEL (child)), text))
        return child;
      if ((found = find_label (child, text)) != NULL)
        return found;
    }
  return NULL;
}

/* libadwaita 1.2's entry rows kept their text field off the bus: the
 * editor's fields are entries, text boxes named by their row's title,
 * which take the focus when the editor opens, and an error marks the
 * field itself invalid and describes it in words. */
static void
test_field_row_speaks (void)
{
  g_autofree char *base = g_dir_make_tmp ("relais-accessible-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_build_filename (base, "profiles", NULL);
  g_autoptr(GFile) top = g_file_new_for_path (base);
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (folder);
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Atelier vélo");
  RelaisProfileEditor *editor = relais_profile_editor_new_for_editing (store, profile);
  GtkWidget *name_row = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "name_row");
  GtkWidget *name_error = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "name_error");
  GtkWidget *entry = relais_field_row_get_entry (RELAIS_FIELD_ROW (name_row));
  GtkWidget *title = find_label (name_row, "Name");
  GtkWidget *focus;

  g_assert_true (GTK_IS_ENTRY (entry));
  g_assert_nonnull (title);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_ROLE_TEXT_BOX));
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL);
  /* One stop of the Tab chain, the field's, not the row's too. */
  g_assert_false (gtk_widget_get_focusable (name_row));

  focus = gtk_root_get_focus (GTK_ROOT (editor));
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  gtk_editable_set_text (GTK_EDITABLE (name_row), "  ");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       gtk_label_get_text (GTK_LABEL (name_error)));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Atelier");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE);
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpstr (relais_profile_get_name (profile), ==, "Atelier");

  gtk_window_destroy (GTK_WINDOW (editor));
  relais_test_remove_tree (top);
}

static void
applied_cb (GtkEditable *row,
            GPtrArray   *texts)
{
  g_ptr_array_add (texts, g_strdup (gtk_editable_get_text (row)));
}

/* Enter in a field with an apply button applies; its button shows only
 * with something to apply. */
static void
test_field_row_apply (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *row = g_object_ref_sink (g_object_new (RELAIS_TYPE_FIELD_ROW, "title", "Add a step",
                                                    "show-apply-button", TRUE, NULL));
  GtkWidget *entry = relais_field_row_get_entry (RELAIS_FIELD_ROW (row));
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  relais_test_collect (row, GTK_TYPE_BUTTON, buttons);
  g_assert_cmpuint (buttons->len, ==, 1);
  g_signal_connect (row, "apply", G_CALLBACK (applied_cb), texts);
  g_assert_false (gtk_widget_get_visible (g_ptr_array_index (buttons, 0)));
  gtk_editable_set_text (GTK_EDITABLE (row), "Voir le film");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Voir le film");
  g_assert_true (gtk_widget_get_visible (g_ptr_array_index (buttons, 0)));
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (texts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (texts, 0), ==, "Voir le film");
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_assert_false (gtk_widget_get_visible (g_ptr_array_index (buttons, 0)));

  g_object_set (row, "show-apply-button", FALSE, NULL);
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (texts->len, ==, 1);
  g_object_unref (row);
}

/* GTK 4.8 says a toggle button is a "pressed" push button: the weights of
 * a reason are radio buttons, checked or not, as they change. */
static void
test_toggles_are_checked (void)
{
  GtkWidget *row = g_object_ref_sink (relais_weight_row_new ("Values", NULL));
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
  GtkWidget *toggle;

  relais_test_collect (row, GTK_TYPE_TOGGLE_BUTTON, toggles);
  g_assert_cmpuint (toggles->len, ==, RELAIS_N_WEIGHTS);
  relais_weight_row_set_weight (RELAIS_WEIGHT_ROW (row), RELAIS_WEIGHT_ESSENTIAL);
  for (guint i = 0; i < toggles->len; i++)
    {
      g_assert_true (gtk_test_accessible_has_role (g_ptr_array_index (toggles, i), GTK_ACCESSIBLE_ROLE_RADIO));
      gtk_test_accessible_assert_state (g_ptr_array_index (toggles, i), GTK_ACCESSIBLE_STATE_CHECKED,
                                        i == RELAIS_WEIGHT_ESSENTIAL ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                                                     : GTK_ACCESSIBLE_TRISTATE_FALSE);
    }
  g_object_unref (row);

  toggle = g_object_ref_sink (relais_accessible_toggle_new ("Microsoft Word", GTK_ACCESSIBLE_ROLE_CHECKBOX));
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_ROLE_CHECKBOX));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_STATE_CHECKED, GTK_ACCESSIBLE_TRISTATE_FALSE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_STATE_CHECKED, GTK_ACCESSIBLE_TRISTATE_TRUE);
  g_object_unref (toggle);
}

/* Create, disabled, says why. */
static void
test_create_says_why (void)
{
  g_autofree char *base = g_dir_make_tmp ("relais-accessible-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_build_filename (base, "profiles", NULL);
  g_autoptr(GFile) top = g_file_new_for_path (base);
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (folder);
  RelaisProfileEditor *editor = relais_profile_editor_new_for_creation (store);
  GtkWidget *create = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "create_button");
  GtkWidget *name_row = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "name_row");

  g_assert_nonnull (gtk_widget_get_tooltip_text (create));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Atelier");
  g_assert_null (gtk_widget_get_tooltip_text (create));

  gtk_window_destroy (GTK_WINDOW (editor));
  relais_test_remove_tree (top);
}

/* A failed save is said in the window, in a banner that stays until
 * dismissed, not in a toast alone. */
static void
test_save_failure_banner (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autofree char *base = g_dir_make_tmp ("relais-accessible-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_build_filename (base, "profiles", NULL);
  g_autoptr(GFile) top = g_file_new_for_path (base);
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (folder);
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APP_ID, backend);
  g_autoptr(RelaisContext) context = relais_context_new (store, settings);
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Atelier vélo");
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NO_SPACE, "The disk is full.");
  RelaisWindow *window = g_object_new (RELAIS_TYPE_WINDOW, "context", context, NULL);
  GtkWidget *banner = relais_test_template_child (window, RELAIS_TYPE_WINDOW, "save_banner");
  GtkWidget *label = relais_test_template_child (window, RELAIS_TYPE_WINDOW, "save_banner_label");

  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  g_signal_emit_by_name (store, "save-failed", profile, error);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "The disk is full."));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-save-message", NULL));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));

  gtk_window_destroy (GTK_WINDOW (window));
  relais_test_remove_tree (top);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();

  g_test_add_func ("/accessible/undo-toast", test_undo_toast);
  g_test_add_func ("/accessible/skipped-step", test_skipped_step);
  g_test_add_func ("/accessible/focus-after-removing-step", test_focus_after_removing_step);
  g_test_add_func ("/accessible/editor-error-in-words", test_editor_error_in_words);
  g_test_add_func ("/accessible/create-says-why", test_create_says_why);
  g_test_add_func ("/accessible/field-row-speaks", test_field_row_speaks);
  g_test_add_func ("/accessible/field-row-apply", test_field_row_apply);
  g_test_add_func ("/accessible/toggles-are-checked", test_toggles_are_checked);
  g_test_add_func ("/accessible/save-failure-banner", test_save_failure_banner);

  return g_test_run ();
}
