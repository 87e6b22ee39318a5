/* test-areas.c — the areas know what the others know: the postcode of the
 * profile sets the commune of Help Nearby, and the steps of the path that
 * Relais can see are done show as done
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <adwaita.h>

#include "relais-nearby-page.h"
#include "relais-path-page.h"
#include "relais-path.h"
#include "relais-profile-editor.h"
#include "relais-profile-tool.h"
#include "relais-gui-test-utils.h"
#include "relais-test-utils.h"

typedef struct
{
  char               *base;
  RelaisProfileStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) directory = NULL;

  fixture->base = g_dir_make_tmp ("relais-areas-XXXXXX", &error);
  g_assert_no_error (error);
  directory = g_file_new_build_filename (fixture->base, "profiles", NULL);
  fixture->store = relais_profile_store_new (directory);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) base = g_file_new_for_path (fixture->base);

  g_clear_object (&fixture->store);
  relais_test_remove_tree (base);
  g_clear_pointer (&fixture->base, g_free);
}

static const char *
row_item (AdwComboRow *row,
          guint        position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (adw_combo_row_get_model (row), position);

  return gtk_string_object_get_string (item);
}

/* 14100 is Lisieux and the villages around it: the editor asks which; 14000
 * is Caen alone: it is set. */
static void
test_editor_postcode_sets_commune (Fixture       *fixture,
                                   gconstpointer  data)
{
  RelaisProfileEditor *editor = relais_profile_editor_new_for_creation (fixture->store);
  RelaisProfile *draft = relais_profile_editor_get_profile (editor);
  GtkWidget *postcode_row, *commune;
  AdwComboRow *commune_row;

  gtk_window_present (GTK_WINDOW (editor));
  postcode_row = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "postcode_row");
  commune = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "commune_row");
  commune_row = ADW_COMBO_ROW (commune);

  /* No postcode, no question. */
  g_assert_false (gtk_widget_get_visible (commune));

  /* Several communes: the row asks, named for screen readers by its title,
   * and nothing is guessed. */
  gtk_editable_set_text (GTK_EDITABLE (postcode_row), "14100");
  /* The communes are read in a thread, the first time. */
  relais_test_wait_until (gtk_widget_get_visible (commune));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (commune)), ==, "Commune");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (commune)), !=, "");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (commune_row)), ==, 24);
  g_assert_cmpuint (adw_combo_row_get_selected (commune_row), ==, 0);
  g_assert_cmpstr (row_item (commune_row, 1), ==, "Lisieux");
  g_assert_cmpstr (relais_profile_get_commune (draft), ==, "");
  g_assert_cmpstr (relais_profile_get_departement (draft), ==, "14");

  adw_combo_row_set_selected (commune_row, 1);
  g_assert_cmpstr (relais_profile_get_commune (draft), ==, "14366");

  /* Another postcode of the same commune keeps it; one it does not have
   * forgets it; a postcode of one commune sets it. */
  gtk_editable_set_text (GTK_EDITABLE (postcode_row), "14000");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (commune_row)), ==, 1);
  g_assert_cmpstr (relais_profile_get_commune (draft), ==, "14118");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (commune)), ==, "");
  /* Nothing to choose: the question goes. */
  g_assert_false (gtk_widget_get_visible (commune));

  gtk_editable_set_text (GTK_EDITABLE (postcode_row), "61000");
  g_assert_cmpstr (relais_profile_get_commune (draft), ==, "");
  g_assert_cmpstr (relais_profile_get_departement (draft), ==, "61");
  adw_combo_row_set_selected (commune_row, 1);
  g_assert_cmpstr (relais_profile_get_commune (draft), ==, "61001");
  /* The first line asks again: no commune. */
  adw_combo_row_set_selected (commune_row, 0);
  g_assert_cmpstr (relais_profile_get_commune (draft), ==, "");

  /* A postcode half typed hides the question. */
  gtk_editable_set_text (GTK_EDITABLE (postcode_row), "610");
  g_assert_false (gtk_widget_get_visible (commune));

  gtk_window_destroy (GTK_WINDOW (editor));
}

/* Editing a profile shows its commune, chosen earlier. */
static void
test_editor_shows_commune (Fixture       *fixture,
                           gconstpointer  data)
{
  RelaisProfile *profile = relais_test_add_profile (fixture->store, "Les Amis de Glos");
  RelaisProfileEditor *editor;
  AdwComboRow *commune_row;
  guint selected;

  relais_profile_set_departement (profile, "14");
  relais_profile_set_postcode (profile, "14100");
  relais_profile_set_commune (profile, "14303");
  editor = relais_profile_editor_new_for_editing (fixture->store, profile);
  commune_row = ADW_COMBO_ROW (relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "commune_row"));
  gtk_window_present (GTK_WINDOW (editor));

  relais_test_wait_until (gtk_widget_get_visible (GTK_WIDGET (commune_row)));
  selected = adw_combo_row_get_selected (commune_row);
  g_assert_cmpuint (selected, >, 0);
  g_assert_cmpstr (row_item (commune_row, selected), ==, "Glos");
  g_assert_cmpstr (relais_profile_get_commune (profile), ==, "14303");

  gtk_window_destroy (GTK_WINDOW (editor));
}

static GtkCheckButton *
step_check (GtkWidget  *page,
            const char *title)
{
  g_autoptr(GPtrArray) stages = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = NULL;

  /* A stage makes its steps' rows when first opened. */
  relais_test_collect (page, ADW_TYPE_EXPANDER_ROW, stages);
  for (guint i = 0; i < stages->len; i++)
    adw_expander_row_set_expanded (g_ptr_array_index (stages, i), TRUE);
  rows = relais_test_collect_rows (page);
  for (guint i = 0; i < rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (rows, i);
      g_autoptr(GPtrArray) checks = g_ptr_array_new ();

      if (g_strcmp0 (adw_preferences_row_get_title (row), title) != 0)
        continue;
      relais_test_collect (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON, checks);
      g_assert_cmpuint (checks->len, ==, 1);
      return g_ptr_array_index (checks, 0);
    }

  g_assert_not_reached ();
}

static const char *
step_subtitle (GtkCheckButton *check)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW);

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* Choosing in the Tools area ticks "Choose a free alternative for each
 * tool" on the Path; the user's untick stays. */
static void
test_path_steps_follow_profile (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Les Amis du Pays d’Auge");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (RELAIS_TYPE_PATH_PAGE, NULL);
  const char *pick = "Choose a free alternative for each tool, or say “not now”";
  const char *weigh = "Say how much each reason matters to you, in your profile";
  RelaisProfileTool *word, *gmail;
  GtkCheckButton *check;

  relais_profile_set_kind (profile, RELAIS_PROFILE_KIND_ASSOCIATION);
  relais_path_page_set_profile (RELAIS_PATH_PAGE (page), profile);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_false (gtk_check_button_get_active (step_check (page, weigh)));
  relais_profile_set_weight (profile, RELAIS_REASON_FINANCIAL, RELAIS_WEIGHT_ESSENTIAL);
  g_assert_true (gtk_check_button_get_active (step_check (page, weigh)));

  word = relais_profile_add_tool (profile, "microsoft-word");
  gmail = relais_profile_add_tool (profile, "gmail");
  check = step_check (page, pick);
  g_assert_false (gtk_check_button_get_active (check));
  g_assert_cmpstr (step_subtitle (check), ==, "Tools chosen: 0 of 2");

  relais_profile_tool_set_choice (word, "libreoffice-writer");
  g_assert_cmpstr (step_subtitle (check), ==, "Tools chosen: 1 of 2");
  relais_profile_tool_set_choice (gmail, "thunderbird");
  g_assert_true (gtk_check_button_get_active (check));
  g_assert_cmpstr (step_subtitle (check), ==, "Tools chosen: 2 of 2");
  /* Showing what Relais sees writes nothing in the checklist. */
  g_assert_false (relais_profile_get_item_set_by_user (profile, "choose.pick"));

  /* Unticked by the user: it stays unticked as the profile changes. */
  gtk_check_button_set_active (check, FALSE);
  g_assert_true (relais_profile_get_item_set_by_user (profile, "choose.pick"));
  g_assert_cmpint (relais_path_item_get_state (profile, "choose.pick"), ==, RELAIS_ITEM_TODO);
  relais_profile_tool_set_note (word, "Le bulletin");
  g_assert_false (gtk_check_button_get_active (check));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The folder, update and import buttons beside "Hosters" and "Places" say
 * what they do to the mouse (a tooltip) and to screen readers (a name):
 * visible labels do not fit beside the titles at 360 px, nor in French at
 * 1000 px. */
static void
test_nearby_buttons_labelled (void)
{
  static const char *actions[] = { "nearby.import-hosters", "nearby.refresh-hosters", "nearby.import-places" };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (RELAIS_TYPE_NEARBY_PAGE, NULL);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GHashTable) tooltips = g_hash_table_new (g_str_hash, g_str_equal);
  guint found = 0;

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  relais_test_collect (page, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (button));
      const char *tooltip = gtk_widget_get_tooltip_text (button);

      if (action == NULL || !g_strv_contains (actions, action))
        continue;
      found++;
      g_assert_true (gtk_widget_get_mapped (button));
      g_assert_nonnull (tooltip);
      /* Each says something of its own. */
      g_assert_true (g_hash_table_add (tooltips, (gpointer) tooltip));
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (button)), ==, GTK_ACCESSIBLE_ROLE_BUTTON);
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (actions));

  gtk_window_destroy (GTK_WINDOW (window));
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

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/editor/postcode-sets-commune", test_editor_postcode_sets_commune);
  ADD ("/editor/shows-commune", test_editor_shows_commune);
  g_test_add_func ("/path/steps-follow-profile", test_path_steps_follow_profile);
  g_test_add_func ("/nearby/buttons-labelled", test_nearby_buttons_labelled);
#undef ADD

  return g_test_run ();
}
