/* test-widgets.c — every widget with a template, created under a real display
 *
 * Runs with G_DEBUG=fatal-warnings: a .ui that names a widget or a property
 * Debian 12's GTK 4.8 / libadwaita 1.2 do not have fails here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "relais-fact-row.h"
#include "relais-field-row.h"
#include "relais-nearby-page.h"
#include "relais-path.h"
#include "relais-path-page.h"
#include "relais-profile-editor.h"
#include "relais-profile-switcher.h"
#include "relais-migration-step-row.h"
#include "relais-progress-bar.h"
#include "relais-progress-page.h"
#include "relais-progress-row.h"
#include "relais-tool-row.h"
#include "relais-tools-page.h"
#include "relais-weight-row.h"
#include "relais-window.h"
#include "relais-gui-test-utils.h"
#include "relais-test-utils.h"

typedef struct
{
  char               *base;
  GFile              *directory;
  RelaisProfileStore *store;
  GSettings          *settings;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GError) error = NULL;

  fixture->base = g_dir_make_tmp ("relais-widgets-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->directory = g_file_new_build_filename (fixture->base, "profiles", NULL);
  fixture->store = relais_profile_store_new (fixture->directory);
  fixture->settings = g_settings_new_with_backend (APP_ID, backend);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) base = g_file_new_for_path (fixture->base);

  g_clear_object (&fixture->store);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->directory);
  relais_test_remove_tree (base);
  g_clear_pointer (&fixture->base, g_free);
}

static gboolean
wait_until (gboolean (*condition) (gpointer), gpointer data)
{
  /* Long enough for the shipped data read in a worker on a busy machine. */
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
    }

  return TRUE;
}

static RelaisWindow *
new_window (Fixture *fixture)
{
  g_autoptr(RelaisContext) context = relais_context_new (fixture->store, fixture->settings);

  return g_object_new (RELAIS_TYPE_WINDOW, "context", context, NULL);
}

/* --- Each template ------------------------------------------------------- */

static void
test_path_page_template (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Atelier vélo");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (RELAIS_TYPE_PATH_PAGE, NULL);
  GtkWidget *place_row;

  relais_profile_set_departement (profile, "61");
  relais_profile_set_postcode (profile, "61000");
  relais_path_page_set_profile (RELAIS_PATH_PAGE (page), profile);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  relais_test_wait_until (gtk_widget_get_mapped (page));

  place_row = relais_test_template_child (page, RELAIS_TYPE_PATH_PAGE, "place_row");
  g_assert_cmpstr (relais_fact_row_get_subtitle (RELAIS_FACT_ROW (place_row)), ==, "Orne (61), 61000");

  /* The page follows the profile as it changes. */
  relais_profile_set_postcode (profile, "");
  g_assert_cmpstr (relais_fact_row_get_subtitle (RELAIS_FACT_ROW (place_row)), ==, "Orne (61)");

  /* A reason's weight, shown beside its row, is read with the row. */
  relais_profile_set_weight (profile, RELAIS_REASON_FINANCIAL, RELAIS_WEIGHT_ESSENTIAL);
  gtk_test_accessible_assert_property (relais_test_template_child (page, RELAIS_TYPE_PATH_PAGE, "financial_row"),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Essential. Pay no licence fees, and give back in other ways than paying "
                                       "for a licence.");

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_stages (GtkWidget *list)
{
  g_autoptr(GPtrArray) stages = g_ptr_array_new ();

  relais_test_collect (list, ADW_TYPE_EXPANDER_ROW, stages);
  return stages->len;
}

/* In a window still to show its first frame, the Path makes the stages
 * that frame can show and the others once it is drawn (start-up, issue 12);
 * in a window tall enough for all of them, all at once. */
static void
test_path_page_first_frame (void)
{
  static const int heights[] = { 650, 1400 };
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Premier écran");
  guint n_stages = 0;

  relais_profile_set_kind (profile, RELAIS_PROFILE_KIND_COLLECTIVE);
  for (guint i = 0; i < relais_path_get_n_stages (); i++)
    n_stages += relais_path_stage_applies (relais_path_get_stage (i), RELAIS_PROFILE_KIND_COLLECTIVE);

  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkWidget *page = g_object_new (RELAIS_TYPE_PATH_PAGE, NULL);
      GtkWidget *list = relais_test_template_child (page, RELAIS_TYPE_PATH_PAGE, "stages_list");

      gtk_window_set_default_size (GTK_WINDOW (window), 900, heights[i]);
      gtk_window_set_child (GTK_WINDOW (window), page);
      relais_path_page_set_profile (RELAIS_PATH_PAGE (page), profile);
      g_test_message ("%d px: %u of %u stages before the first frame", heights[i], count_stages (list), n_stages);
      if (heights[i] < 1000)
        {
          g_assert_cmpuint (count_stages (list), >=, 1);
          g_assert_cmpuint (count_stages (list), <, n_stages);
        }
      else
        g_assert_cmpuint (count_stages (list), ==, n_stages);

      gtk_window_present (GTK_WINDOW (window));
      relais_test_wait_until (count_stages (list) == n_stages);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static void
test_path_page_stages (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Étapes");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (RELAIS_TYPE_PATH_PAGE, NULL);
  g_autoptr(GPtrArray) stages = g_ptr_array_new ();
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  gboolean has_decide = FALSE;
  AdwExpanderRow *first_stage;

  relais_profile_set_kind (profile, RELAIS_PROFILE_KIND_PERSON);
  relais_path_page_set_profile (RELAIS_PATH_PAGE (page), profile);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));

  /* A person on their own: seven stages, no "Decide Together". */
  relais_test_collect (page, ADW_TYPE_EXPANDER_ROW, stages);
  g_assert_cmpuint (stages->len, ==, 7);

  /* A collective gets it back when the profile changes. */
  relais_profile_set_kind (profile, RELAIS_PROFILE_KIND_COLLECTIVE);
  g_ptr_array_set_size (stages, 0);
  relais_test_collect (page, ADW_TYPE_EXPANDER_ROW, stages);
  g_assert_cmpuint (stages->len, ==, 8);
  for (guint i = 0; i < stages->len; i++)
    has_decide |= g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (stages, i)), "Decide Together");
  g_assert_true (has_decide);

  /* Folded, a stage has made none of its rows yet, but says how many steps
   * it has and how many are done. */
  first_stage = g_ptr_array_index (stages, 0);
  relais_test_collect (GTK_WIDGET (first_stage), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 0);
  relais_profile_set_item_state (profile, "understand.talk", RELAIS_ITEM_SKIPPED);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (first_stage), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "1 of 3 steps done, 1 of them skipped. "
                                       "Why free software: for your values, to keep control of your tools, and to stop paying licences.");

  /* Ticking the first step of the first stage, once opened, is kept in the profile. */
  adw_expander_row_set_expanded (first_stage, TRUE);
  relais_test_collect (GTK_WIDGET (first_stage), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 3);
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), TRUE);
  g_assert_cmpint (relais_profile_get_item_state (profile, "understand.weigh"), ==, RELAIS_ITEM_DONE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (first_stage), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "2 of 3 steps done, 1 of them skipped. "
                                       "Why free software: for your values, to keep control of your tools, and to stop paying licences.");

  /* A step of one's own, added to the first stage, which stays open. */
  {
    g_autoptr(GPtrArray) entries = g_ptr_array_new ();
    RelaisFieldRow *add;

    relais_test_collect (g_ptr_array_index (stages, 0), RELAIS_TYPE_FIELD_ROW, entries);
    add = g_ptr_array_index (entries, 0);
    gtk_editable_set_text (GTK_EDITABLE (add), "  Voir le film « Nothing to hide »  ");
    g_signal_emit_by_name (add, "apply");
    g_assert_cmpuint (relais_profile_get_own_steps (profile)->len, ==, 1);
    g_assert_cmpstr (((RelaisOwnStep *) g_ptr_array_index (relais_profile_get_own_steps (profile), 0))->text,
                     ==, "Voir le film « Nothing to hide »");
    g_ptr_array_set_size (stages, 0);
    relais_test_collect (page, ADW_TYPE_EXPANDER_ROW, stages);
    g_assert_true (adw_expander_row_get_expanded (g_ptr_array_index (stages, 0)));
    g_assert_true (g_ptr_array_index (stages, 0) == first_stage);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add)), ==, "");
  }

  /* Removed with its button: the stage keeps its row, open, one step fewer. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    g_autoptr(GPtrArray) before = relais_test_collect_rows (first_stage);
    g_autoptr(GPtrArray) after = NULL;
    GtkWidget *remove = NULL;

    relais_test_collect (GTK_WIDGET (first_stage), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "stage.remove-step") == 0)
        remove = g_ptr_array_index (buttons, i);
    g_assert_nonnull (remove);
    g_signal_emit_by_name (remove, "clicked");
    g_assert_cmpuint (relais_profile_get_own_steps (profile)->len, ==, 0);
    after = relais_test_collect_rows (first_stage);
    g_assert_cmpuint (after->len, ==, before->len - 1);
    g_ptr_array_set_size (stages, 0);
    relais_test_collect (page, ADW_TYPE_EXPANDER_ROW, stages);
    g_assert_true (g_ptr_array_index (stages, 0) == first_stage);
    g_assert_true (adw_expander_row_get_expanded (first_stage));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_profile_switcher_template (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *switcher = g_object_new (RELAIS_TYPE_PROFILE_SWITCHER, NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *button = gtk_menu_button_new ();
  RelaisProfile *first;
  GtkListBox *list_box;

  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), switcher);
  gtk_window_set_child (GTK_WINDOW (window), button);
  gtk_window_present (GTK_WINDOW (window));

  first = relais_test_add_profile (fixture->store, "Premier");
  relais_test_add_profile (fixture->store, "Second");
  relais_profile_switcher_set_profiles (RELAIS_PROFILE_SWITCHER (switcher),
                                        relais_profile_store_get_profiles (fixture->store));
  relais_profile_switcher_set_current (RELAIS_PROFILE_SWITCHER (switcher), first);
  list_box = GTK_LIST_BOX (relais_test_template_child (switcher, RELAIS_TYPE_PROFILE_SWITCHER, "list_box"));

  /* No row is made before the list is opened: start-up does not pay for them. */
  g_assert_null (gtk_list_box_get_row_at_index (list_box, 0));

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  relais_test_wait_until (gtk_list_box_get_row_at_index (list_box, 1) != NULL);
  g_assert_null (gtk_list_box_get_row_at_index (list_box, 2));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list_box, 0))),
                   ==, "Premier");

  /* A profile added while it is open gets its row. */
  relais_test_add_profile (fixture->store, "Troisième");
  g_assert_nonnull (gtk_list_box_get_row_at_index (list_box, 2));

  /* Searching keeps the rows whose name holds the text, accents aside. */
  {
    GtkWidget *search = relais_test_template_child (switcher, RELAIS_TYPE_PROFILE_SWITCHER, "search_entry");

    gtk_editable_set_text (GTK_EDITABLE (search), "TROIS");
    g_signal_emit_by_name (search, "search-changed");
    g_assert_null (gtk_list_box_get_row_at_index (list_box, 1));
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list_box, 0))),
                     ==, "Troisième");
    gtk_editable_set_text (GTK_EDITABLE (search), "");
    g_signal_emit_by_name (search, "search-changed");
    g_assert_nonnull (gtk_list_box_get_row_at_index (list_box, 2));
  }

  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_editor_templates (Fixture       *fixture,
                       gconstpointer  data)
{
  RelaisProfile *profile = relais_test_add_profile (fixture->store, "À modifier");
  RelaisProfileEditor *creator = relais_profile_editor_new_for_creation (fixture->store);
  RelaisProfileEditor *editor = relais_profile_editor_new_for_editing (fixture->store, profile);

  gtk_window_present (GTK_WINDOW (creator));
  gtk_window_present (GTK_WINDOW (editor));
  relais_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (creator)) && gtk_widget_get_mapped (GTK_WIDGET (editor)));
  g_assert_true (relais_profile_editor_get_creating (creator));
  g_assert_false (relais_profile_editor_get_creating (editor));
  gtk_window_destroy (GTK_WINDOW (creator));
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
test_window_template (Fixture       *fixture,
                      gconstpointer  data)
{
  RelaisWindow *window = new_window (fixture);

  gtk_window_present (GTK_WINDOW (window));
  relais_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_null (relais_window_get_profile (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (relais_test_template_child (window, RELAIS_TYPE_WINDOW, "main_stack"))),
                   ==, "welcome");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/relais-shortcuts-window.ui");
  GObject *overlay = gtk_builder_get_object (builder, "shortcuts_window");

  g_assert_true (GTK_IS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_window_duplicates_and_deletes (Fixture       *fixture,
                                    gconstpointer  data)
{
  RelaisProfile *first = relais_test_add_profile (fixture->store, "Atelier");
  RelaisWindow *window = new_window (fixture);
  GListModel *profiles = relais_profile_store_get_profiles (fixture->store);
  g_autofree char *copy_id = NULL;

  relais_window_set_profile (window, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-profile", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (profiles), ==, 2);
  g_assert_cmpstr (relais_profile_get_name (relais_window_get_profile (window)), ==, "Atelier (copy)");
  copy_id = g_strdup (relais_profile_get_id (relais_window_get_profile (window)));

  /* Deleting the copy shows the other profile; the copy is kept aside. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-profile", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (profiles), ==, 1);
  g_assert_true (relais_window_get_profile (window) == first);
  g_assert_null (relais_profile_store_lookup (fixture->store, copy_id));
  g_assert_nonnull (relais_profile_store_undelete (fixture->store, copy_id, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_imports (Fixture       *fixture,
                     gconstpointer  data)
{
  RelaisProfile *first = relais_test_add_profile (fixture->store, "Déjà là");
  RelaisWindow *window = new_window (fixture);
  g_autoptr(RelaisProfile) given = relais_profile_new ("Donné sur une clé");
  g_autofree char *path = g_build_filename (fixture->base, "given.relais", NULL);
  g_autofree char *same_path = g_build_filename (fixture->base, "same.relais", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) same = g_file_new_for_path (same_path);
  g_autofree char *text = relais_profile_to_data (given, NULL);
  GListModel *profiles = relais_profile_store_get_profiles (fixture->store);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  relais_window_import_file (window, file);
  g_assert_cmpuint (g_list_model_get_n_items (profiles), ==, 2);
  g_assert_cmpstr (relais_profile_get_name (relais_window_get_profile (window)), ==, "Donné sur une clé");

  /* The same profile again: nothing is added or written over before the
   * user answers the question. */
  g_assert_true (relais_profile_store_export (fixture->store, first, same, NULL));
  relais_window_import_file (window, same);
  g_assert_cmpuint (g_list_model_get_n_items (profiles), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_read_only (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(RelaisProfile) newer = NULL;
  RelaisWindow *window = new_window (fixture);
  const char *document =
    "{ \"format\": \"fr.artifaille.Relais.Profile\", \"version\": 4,"
    "  \"id\": \"6e1f0d7e-2c4a-4e8f-9d3b-7a6c5e4f3a99\", \"name\": \"Du futur\","
    "  \"kind\": \"person\", \"place\": { \"departement\": \"50\", \"postcode\": \"\" },"
    "  \"reasons\": { \"values\": 1, \"technical\": 2, \"financial\": 3 },"
    "  \"created\": \"2027-01-01T10:00:00Z\", \"modified\": \"2027-01-01T10:00:00Z\" }";

  newer = relais_profile_new_read_only_from_data (document, -1, NULL);
  g_assert_nonnull (newer);
  relais_window_set_profile (window, newer);

  /* Shown, but nothing offers to change it. */
  g_assert_false (gtk_widget_get_sensitive (relais_test_template_child (window, RELAIS_TYPE_WINDOW, "path_page")));
  g_assert_false (gtk_widget_get_sensitive (relais_test_template_child (window, RELAIS_TYPE_WINDOW, "tools_area")));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-profile", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (fixture->store)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* --- The Tools area: tests/gui/test-tools-page.c ------------------------- */

static void
test_progress_page (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GFile) catalog_folder = relais_test_catalog_folder ();
  g_autoptr(RelaisContext) context = relais_test_new_context (fixture->store, catalog_folder);
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Avancement");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (RELAIS_TYPE_PROGRESS_PAGE, NULL);
  GtkWidget *stack, *saved;
  RelaisProfileTool *word;

  g_assert_nonnull (relais_context_load_catalog (context, NULL));
  g_object_set (page, "context", context, "profile", profile, NULL);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  relais_test_wait_until (gtk_widget_get_mapped (page));

  /* Nothing to follow without tools. */
  stack = relais_test_template_child (page, RELAIS_TYPE_PROGRESS_PAGE, "stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");

  /* A change to the profile shows at once while the area is shown. */
  word = relais_profile_add_tool (profile, "word");
  relais_profile_tool_set_users (word, 2);
  relais_profile_tool_set_choice (word, "desk-writer");
  relais_profile_tool_set_status (word, RELAIS_TOOL_STATUS_MIGRATED);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "progress");
  saved = relais_test_template_child (page, RELAIS_TYPE_PROGRESS_PAGE, "saved_label");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (saved)), ==, "240 € a year");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The row of @list titled @title, which must be there. */
static GtkWidget *
row_titled (GtkWidget  *list,
            const char *title)
{
  g_autoptr(GPtrArray) rows = relais_test_collect_rows (list);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

static const char *
count_of (GtkWidget *row)
{
  return gtk_label_get_label (GTK_LABEL (relais_test_template_child (row, RELAIS_TYPE_PROGRESS_ROW, "count_label")));
}

/* Tools chosen show as chosen, not as "0 of 3 done", each count saying what it
 * means; the counts are read by screen readers with their rows, and a change
 * updates the rows in place. */
static void
test_progress_page_reaches (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char *ids[] = { "word", "whatsapp", "photoshop" };
  static const char *choices[] = { "desk-writer", "free-chat", "pixel-editor" };
  g_autoptr(GFile) catalog_folder = relais_test_catalog_folder ();
  g_autoptr(RelaisContext) context = relais_test_new_context (fixture->store, catalog_folder);
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Choisis");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (RELAIS_TYPE_PROGRESS_PAGE, NULL);
  GtkWidget *reaches, *chosen, *adopted, *bar, *saved_row;
  RelaisProfileTool *word = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      RelaisProfileTool *tool = relais_profile_add_tool (profile, ids[i]);

      relais_profile_tool_set_users (tool, 2);
      relais_profile_tool_set_choice (tool, choices[i]);
      word = word != NULL ? word : tool;
    }
  g_assert_nonnull (relais_context_load_catalog (context, NULL));
  g_object_set (page, "context", context, "profile", profile, NULL);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  relais_test_wait_until (gtk_widget_get_mapped (page));

  reaches = relais_test_template_child (page, RELAIS_TYPE_PROGRESS_PAGE, "reach_list");
  chosen = row_titled (reaches, "Chosen");
  adopted = row_titled (reaches, "Adopted");
  g_assert_cmpstr (count_of (chosen), ==, "3 of 3");
  g_assert_cmpstr (count_of (row_titled (reaches, "Trying")), ==, "0 of 3");
  g_assert_cmpstr (count_of (adopted), ==, "0 of 3");
  g_assert_cmpstr (count_of (row_titled (reaches, "Migrated")), ==, "0 of 3");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (chosen)), ==,
                   "A free alternative is chosen for the tool, whatever happened next.");
  gtk_test_accessible_assert_property (chosen, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "3 of 3. A free alternative is chosen for the tool, whatever happened next.");

  /* Each bar has its value, its name, and sits in a row that takes the focus. */
  bar = relais_test_template_child (chosen, RELAIS_TYPE_PROGRESS_ROW, "bar");
  gtk_test_accessible_assert_role (bar, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
  gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_LABEL, "Chosen");
  gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0);
  gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 3.0);
  gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 3.0);
  gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, "3 of 3");
  g_assert_true (gtk_widget_get_focusable (chosen));

  /* Adopting one tool: the same rows, their counts moved. */
  relais_profile_tool_set_status (word, RELAIS_TOOL_STATUS_ADOPTED);
  g_assert_true (row_titled (reaches, "Adopted") == adopted);
  g_assert_cmpstr (count_of (adopted), ==, "1 of 3");
  g_assert_cmpstr (count_of (row_titled (reaches, "Trying")), ==, "1 of 3");
  gtk_test_accessible_assert_property (relais_test_template_child (adopted, RELAIS_TYPE_PROGRESS_ROW, "bar"),
                                       GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 1.0);

  /* Setting one aside takes it out of what is counted, and says so. */
  relais_profile_tool_set_status (relais_profile_find_tool (profile, "whatsapp", NULL), RELAIS_TOOL_STATUS_SET_ASIDE);
  g_assert_cmpstr (count_of (adopted), ==, "1 of 2");
  g_assert_true (g_str_has_suffix (adw_preferences_group_get_description (
                                     ADW_PREFERENCES_GROUP (relais_test_template_child (page, RELAIS_TYPE_PROGRESS_PAGE,
                                                                                        "overall_group"))),
                                   "1 tool set aside is not counted."));

  /* The amount no longer paid is read with its row. */
  saved_row = relais_test_template_child (page, RELAIS_TYPE_PROGRESS_PAGE, "saved_row");
  gtk_test_accessible_assert_property (saved_row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       gtk_label_get_label (GTK_LABEL (relais_test_template_child (
                                         page, RELAIS_TYPE_PROGRESS_PAGE, "saved_label"))));

  gtk_test_accessible_assert_property (relais_test_template_child (page, RELAIS_TYPE_PROGRESS_PAGE, "to_save_row"),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       gtk_label_get_label (GTK_LABEL (relais_test_template_child (
                                         page, RELAIS_TYPE_PROGRESS_PAGE, "to_save_label"))));

  /* The stages' counts are in their rows too. */
  gtk_test_accessible_assert_property (row_titled (relais_test_template_child (page, RELAIS_TYPE_PROGRESS_PAGE,
                                                                               "stages_list"), "Understand"),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "0 of 3 done");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The bars of every chart on the page are one length and start at one
 * place, whatever the length of their titles and of their counts ("1 of 3",
 * "12 of 100"): they are compared with each other. */
static void
test_progress_page_bars_aligned (Fixture       *fixture,
                                 gconstpointer  data)
{
  static const char *ids[] = { "word", "whatsapp", "photoshop" };
  g_autoptr(GFile) catalog_folder = relais_test_catalog_folder ();
  g_autoptr(RelaisContext) context = relais_test_new_context (fixture->store, catalog_folder);
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Barres");
  g_autoptr(GPtrArray) bars = g_ptr_array_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (RELAIS_TYPE_PROGRESS_PAGE, NULL);
  graphene_rect_t first;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    relais_profile_tool_set_users (relais_profile_add_tool (profile, ids[i]), 2);
  relais_profile_tool_set_choice (relais_profile_find_tool (profile, "word", NULL), "desk-writer");
  g_assert_nonnull (relais_context_load_catalog (context, NULL));
  g_object_set (page, "context", context, "profile", profile, NULL);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 2000);
  gtk_window_present (GTK_WINDOW (window));
  relais_test_wait_until (gtk_widget_get_mapped (page));

  relais_test_collect (page, RELAIS_TYPE_PROGRESS_BAR, bars);
  /* The four reaches, the three tools' categories, then the stages. */
  g_assert_cmpuint (bars->len, >, 4 + 3);
  relais_test_wait_until (gtk_widget_get_width (g_ptr_array_index (bars, bars->len - 1)) > 0);
  g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (bars, 0), window, &first));
  for (guint i = 1; i < bars->len; i++)
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (bars, i), window, &bounds));
      g_assert_cmpfloat (bounds.size.width, ==, first.size.width);
      g_assert_cmpfloat (bounds.origin.x, ==, first.origin.x);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A tool's migration checklist: each check box acts through the row's
 * action, on the profile, and shows what the profile holds. */
static void
test_migration_steps (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GFile) catalog_folder = relais_test_catalog_folder ();
  g_autoptr(RelaisContext) context = relais_test_new_context (fixture->store, catalog_folder);
  RelaisProfile *profile = relais_test_add_profile (fixture->store, "Cocher pour migrer");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (RELAIS_TYPE_TOOLS_PAGE, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) steps = g_ptr_array_new ();
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  RelaisMigrationStepRow *first, *second;
  GtkCheckButton *check;

  relais_profile_tool_set_choice (relais_profile_add_tool (profile, "word"), "desk-writer");
  g_assert_nonnull (relais_context_load_catalog (context, NULL));
  g_object_set (page, "context", context, "profile", profile, NULL);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  relais_test_wait_until (gtk_widget_get_mapped (page));

  relais_test_collect (relais_test_template_child (page, RELAIS_TYPE_TOOLS_PAGE, "tools_group"), RELAIS_TYPE_TOOL_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 1);
  /* The checklist is among the details, made when the tool is opened. */
  adw_expander_row_set_expanded (g_ptr_array_index (rows, 0), TRUE);
  relais_test_collect (g_ptr_array_index (rows, 0), RELAIS_TYPE_MIGRATION_STEP_ROW, steps);
  g_assert_cmpuint (steps->len, >=, 2);
  first = g_ptr_array_index (steps, 0);
  second = g_ptr_array_index (steps, 1);
  relais_test_collect (GTK_WIDGET (first), GTK_TYPE_CHECK_BUTTON, checks);
  check = g_ptr_array_index (checks, 0);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (check)), ==, "step.done");
  g_assert_false (gtk_check_button_get_active (check));

  /* Ticked as a click does: the profile holds it, the box shows it, the
   * other step is left as it was. */
  gtk_widget_activate (GTK_WIDGET (check));
  g_assert_true (relais_migration_step_row_get_done (first));
  g_assert_false (relais_migration_step_row_get_done (second));
  g_assert_true (gtk_check_button_get_active (check));
  {
    g_autofree char *id = relais_path_migration_step_id (relais_path_get_migration ("office"), "word", 0);

    g_assert_cmpint (relais_profile_get_item_state (profile, id), ==, RELAIS_ITEM_DONE);
  }

  /* And unticked. */
  gtk_widget_activate (GTK_WIDGET (check));
  g_assert_false (relais_migration_step_row_get_done (first));
  g_assert_false (gtk_check_button_get_active (check));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Euros and dollars are shown side by side, never added. */
static void
test_progress_page_currencies (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GFile) catalog_folder = relais_test_catalog_folder ();
  g_autoptr(RelaisContext) context = relais_test_new_context (fixture->store, catalog_folder);
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Deux monnaies");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (RELAIS_TYPE_PROGRESS_PAGE, NULL);
  const char *ids[] = { "word", "excel", "meet" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      RelaisProfileTool *tool = relais_profile_add_tool (profile, ids[i]);

      relais_profile_tool_set_users (tool, 1);
      relais_profile_tool_set_status (tool, RELAIS_TOOL_STATUS_ADOPTED);
    }
  g_assert_nonnull (relais_context_load_catalog (context, NULL));
  g_object_set (page, "context", context, "profile", profile, NULL);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  relais_test_wait_until (gtk_widget_get_mapped (page));

  /* Word and Sheet Pro are one suite: 120 €, not 240 €. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (relais_test_template_child (page, RELAIS_TYPE_PROGRESS_PAGE, "saved_label"))),
                   ==, "120 € and $180 a year");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* --- Behaviour ----------------------------------------------------------- */

static void
created_cb (RelaisProfileEditor *editor,
            RelaisProfile       *profile,
            RelaisProfile      **out)
{
  *out = profile;
}

static void
test_editor_creates_profile (Fixture       *fixture,
                             gconstpointer  data)
{
  RelaisProfileEditor *editor = relais_profile_editor_new_for_creation (fixture->store);
  RelaisProfile *draft = relais_profile_editor_get_profile (editor);
  RelaisProfile *created = NULL;
  GtkWidget *name_row, *postcode_row;
  g_autofree char *path = NULL;

  g_object_ref (editor);
  g_signal_connect (editor, "profile-created", G_CALLBACK (created_cb), &created);
  gtk_window_present (GTK_WINDOW (editor));
  name_row = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "name_row");
  postcode_row = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "postcode_row");

  /* Nothing to create without a name: the action is disabled. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.create", NULL);
  g_assert_null (created);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (fixture->store)), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (name_row), "  Repair Café d’Alençon ");
  gtk_editable_set_text (GTK_EDITABLE (postcode_row), "61000");
  g_assert_cmpstr (relais_profile_get_name (draft), ==, "Repair Café d’Alençon");
  g_assert_cmpstr (relais_profile_get_departement (draft), ==, "61");

  /* A postcode that is not five digits blocks creation. */
  gtk_editable_set_text (GTK_EDITABLE (postcode_row), "610");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.create", NULL);
  g_assert_null (created);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (fixture->store)), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (postcode_row), "61000");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.create", NULL));
  g_assert_true (created == draft);
  g_assert_true (relais_profile_store_lookup (fixture->store, relais_profile_get_id (draft)) == draft);

  path = g_file_get_path (relais_profile_store_get_file (fixture->store, draft));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_object_unref (editor);
}

static void
test_editor_never_applies_empty_name (Fixture       *fixture,
                                      gconstpointer  data)
{
  RelaisProfile *profile = relais_test_add_profile (fixture->store, "Nom gardé");
  RelaisProfileEditor *editor = relais_profile_editor_new_for_editing (fixture->store, profile);
  GtkWidget *name_row = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "name_row");

  gtk_window_present (GTK_WINDOW (editor));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "   ");
  g_assert_cmpstr (relais_profile_get_name (profile), ==, "Nom gardé");
  g_assert_true (gtk_widget_has_css_class (name_row, "error"));

  gtk_editable_set_text (GTK_EDITABLE (name_row), "Nom changé");
  g_assert_cmpstr (relais_profile_get_name (profile), ==, "Nom changé");
  g_assert_false (gtk_widget_has_css_class (name_row, "error"));
  g_assert_true (relais_profile_store_has_unsaved (fixture->store));

  gtk_window_destroy (GTK_WINDOW (editor));
}

/* Each reason is weighed in one click: a toggle per weight, the others
 * released, the draft's weight following; a profile being edited shows
 * its own weights; each toggle says to screen readers which reason. */
static void
test_editor_weighs_in_one_click (Fixture       *fixture,
                                 gconstpointer  data)
{
  RelaisProfile *profile = relais_test_add_profile (fixture->store, "Poids");
  RelaisProfileEditor *editor = relais_profile_editor_new_for_creation (fixture->store);
  RelaisProfile *draft = relais_profile_editor_get_profile (editor);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  RelaisWeightRow *financial;
  GtkWidget *essential, *a_little;
  g_autofree char *label = NULL;

  gtk_window_present (GTK_WINDOW (editor));
  relais_test_collect (GTK_WIDGET (editor), RELAIS_TYPE_WEIGHT_ROW, rows);
  g_assert_cmpuint (rows->len, ==, RELAIS_N_REASONS);
  financial = g_ptr_array_index (rows, RELAIS_REASON_FINANCIAL);
  essential = relais_weight_row_get_button (financial, RELAIS_WEIGHT_ESSENTIAL);
  a_little = relais_weight_row_get_button (financial, RELAIS_WEIGHT_A_LITTLE);
  g_assert_cmpuint (relais_profile_get_weight (draft, RELAIS_REASON_FINANCIAL), ==, RELAIS_WEIGHT_IMPORTANT);

  /* One click, as the pointer or the space bar gives it. */
  g_signal_emit_by_name (essential, "clicked");
  g_assert_cmpuint (relais_profile_get_weight (draft, RELAIS_REASON_FINANCIAL), ==, RELAIS_WEIGHT_ESSENTIAL);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (essential)));
  g_assert_cmpuint (relais_profile_get_weight (draft, RELAIS_REASON_VALUES), ==, RELAIS_WEIGHT_IMPORTANT);

  g_signal_emit_by_name (a_little, "clicked");
  g_assert_cmpuint (relais_profile_get_weight (draft, RELAIS_REASON_FINANCIAL), ==, RELAIS_WEIGHT_A_LITTLE);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (essential)));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (a_little)));

  /* Clicking the weight already given keeps it: a weight is never unset. */
  g_signal_emit_by_name (a_little, "clicked");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (a_little)));
  g_assert_cmpuint (relais_profile_get_weight (draft, RELAIS_REASON_FINANCIAL), ==, RELAIS_WEIGHT_A_LITTLE);

  label = g_strdup_printf ("%s: %s", relais_reason_get_label (RELAIS_REASON_FINANCIAL),
                           relais_weight_get_label (RELAIS_WEIGHT_A_LITTLE));
  gtk_test_accessible_assert_property (a_little, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  g_assert_true (gtk_widget_get_focusable (a_little));
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Editing: the form shows the profile's weights and changes them at once. */
  relais_profile_set_weight (profile, RELAIS_REASON_VALUES, RELAIS_WEIGHT_NOT_IMPORTANT);
  editor = relais_profile_editor_new_for_editing (fixture->store, profile);
  gtk_window_present (GTK_WINDOW (editor));
  g_ptr_array_set_size (rows, 0);
  relais_test_collect (GTK_WIDGET (editor), RELAIS_TYPE_WEIGHT_ROW, rows);
  g_assert_cmpuint (relais_weight_row_get_weight (g_ptr_array_index (rows, RELAIS_REASON_VALUES)), ==,
                    RELAIS_WEIGHT_NOT_IMPORTANT);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (
    relais_weight_row_get_button (g_ptr_array_index (rows, RELAIS_REASON_VALUES), RELAIS_WEIGHT_NOT_IMPORTANT))));
  g_signal_emit_by_name (relais_weight_row_get_button (g_ptr_array_index (rows, RELAIS_REASON_VALUES),
                                                       RELAIS_WEIGHT_ESSENTIAL), "clicked");
  g_assert_cmpuint (relais_profile_get_weight (profile, RELAIS_REASON_VALUES), ==, RELAIS_WEIGHT_ESSENTIAL);
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
test_window_opens_last_profile (Fixture       *fixture,
                                gconstpointer  data)
{
  RelaisProfile *last;
  RelaisWindow *window;

  relais_test_add_profile (fixture->store, "Autre");
  last = relais_test_add_profile (fixture->store, "Dernier ouvert");
  g_settings_set_string (fixture->settings, "last-profile", relais_profile_get_id (last));

  /* A fresh store, as at a new start: the last profile is read at once. */
  g_clear_object (&fixture->store);
  fixture->store = relais_profile_store_new (fixture->directory);
  window = new_window (fixture);
  g_assert_nonnull (relais_window_get_profile (window));
  g_assert_cmpstr (relais_profile_get_name (relais_window_get_profile (window)), ==, "Dernier ouvert");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (relais_test_template_child (window, RELAIS_TYPE_WINDOW, "main_stack"))),
                   ==, "journey");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
clock_is_past (GDateTime *moment)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_compare (now, moment) > 0;
}

static void
test_window_falls_back_to_newest (Fixture       *fixture,
                                  gconstpointer  data)
{
  RelaisWindow *window;
  RelaisProfile *older;

  older = relais_test_add_profile (fixture->store, "Ancien");
  /* "Récent" must be saved later than "Ancien", by the clock. */
  relais_test_wait_until (clock_is_past (relais_profile_get_modified (older)));
  relais_test_add_profile (fixture->store, "Récent");
  g_clear_object (&fixture->store);
  fixture->store = relais_profile_store_new (fixture->directory);

  /* No last profile in the settings (they were reset): the list is read in
   * the background and the most recent work opens. */
  window = new_window (fixture);
  g_assert_null (relais_window_get_profile (window));
  relais_test_wait_until (relais_window_get_profile (window) != NULL);
  g_assert_cmpstr (relais_profile_get_name (relais_window_get_profile (window)), ==, "Récent");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_switches_profile (Fixture       *fixture,
                              gconstpointer  data)
{
  RelaisProfile *first = relais_test_add_profile (fixture->store, "Un");
  RelaisProfile *second = relais_test_add_profile (fixture->store, "Deux");
  RelaisWindow *window = new_window (fixture);
  g_autofree char *last = NULL;

  relais_window_set_profile (window, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.switch-profile", "s",
                                             relais_profile_get_id (second)));
  g_assert_true (relais_window_get_profile (window) == second);
  last = g_settings_get_string (fixture->settings, "last-profile");
  g_assert_cmpstr (last, ==, relais_profile_get_id (second));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
context_has_read_nearby (gpointer data)
{
  RelaisContext *context = data;

  return relais_context_get_catalog (context) != NULL &&
         relais_context_get_directory (context) != NULL &&
         relais_context_get_finder (context) != NULL;
}

/* The page of an area, made when the area was first shown. */
static GtkWidget *
area_page (RelaisWindow *window,
           const char   *area)
{
  return adw_bin_get_child (ADW_BIN (relais_test_template_child (window, RELAIS_TYPE_WINDOW, area)));
}

static void
assert_pages_show (RelaisWindow  *window,
                   RelaisProfile *profile)
{
  GtkWidget *pages[] = { relais_test_template_child (window, RELAIS_TYPE_WINDOW, "path_page"),
                         area_page (window, "tools_area"), area_page (window, "progress_area"),
                         area_page (window, "help_area") };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(RelaisProfile) shown = NULL;

      g_object_get (pages[i], "profile", &shown, NULL);
      g_assert_true (shown == profile);
    }
}

/* Start-up makes the Path area only; each other page is made when its area
 * is first shown, with the application's context, and follows the window's
 * profile. Nothing shipped is read before an area needs it, then in a
 * worker thread, and the page fills in when it arrives. */
static void
test_window_pages_follow (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char *areas[] = { "tools", "progress", "help" };
  static const char *bins[] = { "tools_area", "progress_area", "help_area" };
  RelaisProfile *first = relais_test_add_profile (fixture->store, "Un");
  RelaisProfile *second = relais_test_add_profile (fixture->store, "Deux");
  RelaisWindow *window = new_window (fixture);
  g_autoptr(RelaisContext) context = NULL;
  g_autoptr(GPtrArray) contacts = NULL;

  g_object_get (window, "context", &context, NULL);
  relais_window_set_profile (window, first);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (bins); i++)
    g_assert_null (area_page (window, bins[i]));
  g_assert_null (relais_context_get_catalog (context));
  g_assert_null (relais_context_get_directory (context));

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_autoptr(RelaisContext) page_context = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", areas[i]));
      g_assert_nonnull (area_page (window, bins[i]));
      g_object_get (area_page (window, bins[i]), "context", &page_context, NULL);
      g_assert_true (page_context == context);
    }
  /* Asked for, not read on the spot. */
  g_assert_null (relais_context_get_directory (context));

  assert_pages_show (window, first);
  relais_window_set_profile (window, second);
  assert_pages_show (window, second);
  relais_window_set_profile (window, NULL);
  assert_pages_show (window, NULL);
  relais_window_set_profile (window, first);

  g_assert_true (wait_until (context_has_read_nearby, context));
  contacts = relais_test_collect_rows (relais_test_template_child (area_page (window, "help_area"), RELAIS_TYPE_NEARBY_PAGE,
                                                                   "contacts_group"));
  g_assert_cmpuint (contacts->len, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
tools_page_has_rows (gpointer data)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  relais_test_collect (relais_test_template_child (data, RELAIS_TYPE_TOOLS_PAGE, "tools_group"), RELAIS_TYPE_TOOL_ROW, rows);
  return rows->len == 2;
}

/* The Tools area shown first: the catalogue, the directory and the places
 * are read at once in workers, arriving in any order; the tools show with
 * their alternatives. */
static void
test_window_tools_area_first (Fixture       *fixture,
                              gconstpointer  data)
{
  RelaisProfile *profile = relais_test_add_profile (fixture->store, "Outils d’abord");
  RelaisWindow *window = new_window (fixture);
  g_autoptr(RelaisContext) context = NULL;

  relais_profile_tool_set_choice (relais_profile_add_tool (profile, "microsoft-word"), "libreoffice-writer");
  relais_profile_tool_set_choice (relais_profile_add_tool (profile, "whatsapp"), "signal");
  g_object_get (window, "context", &context, NULL);
  relais_window_set_profile (window, profile);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "tools"));
  g_assert_true (wait_until (context_has_read_nearby, context));
  g_assert_true (wait_until (tools_page_has_rows, area_page (window, "tools_area")));
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
  g_test_add_func ("/widgets/path-page", test_path_page_template);
  g_test_add_func ("/path/stages", test_path_page_stages);
  g_test_add_func ("/path/first-frame", test_path_page_first_frame);
  g_test_add_func ("/widgets/shortcuts-window", test_help_overlay);
  ADD ("/widgets/profile-switcher", test_profile_switcher_template);
  ADD ("/widgets/profile-editor", test_editor_templates);
  ADD ("/widgets/window", test_window_template);
  ADD ("/editor/creates-profile", test_editor_creates_profile);
  ADD ("/editor/never-applies-empty-name", test_editor_never_applies_empty_name);
  ADD ("/editor/weighs-in-one-click", test_editor_weighs_in_one_click);
  ADD ("/window/opens-last-profile", test_window_opens_last_profile);
  ADD ("/window/falls-back-to-newest", test_window_falls_back_to_newest);
  ADD ("/window/switches-profile", test_window_switches_profile);
  ADD ("/window/pages-follow", test_window_pages_follow);
  ADD ("/window/tools-area-first", test_window_tools_area_first);
  ADD ("/window/duplicates-and-deletes", test_window_duplicates_and_deletes);
  ADD ("/window/imports", test_window_imports);
  ADD ("/window/read-only", test_window_read_only);
  ADD ("/progress/page", test_progress_page);
  ADD ("/progress/page/currencies", test_progress_page_currencies);
  ADD ("/progress/page/reaches", test_progress_page_reaches);
  ADD ("/progress/page/bars-aligned", test_progress_page_bars_aligned);
  ADD ("/tools/migration-steps", test_migration_steps);
#undef ADD

  return g_test_run ();
}
