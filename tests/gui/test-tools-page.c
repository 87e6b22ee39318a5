/* test-tools-page.c — the Tools area: the search (Enter adds, clears and
 * keeps the focus; its rows kept as the results change), the one-line tool
 * row and its details, the alternative row, where the focus goes when a
 * tool is removed, and many tools' rows made a few each frame
 *
 * Runs with G_DEBUG=fatal-warnings under a real display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "relais-addable-row.h"
#include "relais-alternative-row.h"
#include "relais-field-row.h"
#include "relais-tool-details.h"
#include "relais-tool-row.h"
#include "relais-tools-page.h"
#include "relais-gui-test-utils.h"
#include "relais-test-utils.h"

typedef struct
{
  char               *base;
  GFile              *directory;
  RelaisProfileStore *store;
  RelaisContext      *context;
  RelaisProfile      *profile;   /* owned by the store */
  GtkWidget          *window;
  GtkWidget          *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) catalog_folder = relais_test_catalog_folder ();
  g_autoptr(GError) error = NULL;

  fixture->base = g_dir_make_tmp ("relais-tools-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->directory = g_file_new_build_filename (fixture->base, "profiles", NULL);
  fixture->store = relais_profile_store_new (fixture->directory);
  fixture->context = relais_test_new_context (fixture->store, catalog_folder);
  g_assert_nonnull (relais_context_load_catalog (fixture->context, NULL));
  fixture->profile = relais_test_add_profile (fixture->store, "Outils");
}

/* Shows the page once the profile holds what the test needs. */
static void
show_page (Fixture *fixture)
{
  fixture->window = gtk_window_new ();
  fixture->page = g_object_new (RELAIS_TYPE_TOOLS_PAGE, "context", fixture->context,
                                "profile", fixture->profile, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->page);
  gtk_window_present (GTK_WINDOW (fixture->window));
  relais_test_wait_until (gtk_widget_get_mapped (fixture->page));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) base = g_file_new_for_path (fixture->base);

  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->directory);
  relais_test_remove_tree (base);
  g_clear_pointer (&fixture->base, g_free);
}

static GtkWidget *
child (Fixture    *fixture,
       const char *name)
{
  return relais_test_template_child (fixture->page, RELAIS_TYPE_TOOLS_PAGE, name);
}

static GtkButton *
find_button (GtkWidget  *widget,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  relais_test_collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (buttons, i))
        && g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

static GPtrArray *
tool_rows (Fixture *fixture)
{
  GPtrArray *rows = g_ptr_array_new ();

  relais_test_collect (child (fixture, "tools_list"), RELAIS_TYPE_TOOL_ROW, rows);
  return rows;
}

static RelaisToolRow *
only_row (Fixture *fixture)
{
  g_autoptr(GPtrArray) rows = tool_rows (fixture);

  g_assert_cmpuint (rows->len, ==, 1);
  return g_ptr_array_index (rows, 0);
}

static guint
count (GtkWidget *widget,
       GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  relais_test_collect (widget, type, found);
  return found->len;
}

/* The focus is in @widget or in one of its parts (an entry's text). */
static gboolean
focus_within (Fixture   *fixture,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
type_in_search (Fixture    *fixture,
                const char *text)
{
  GtkWidget *search = child (fixture, "search_entry");

  gtk_editable_set_text (GTK_EDITABLE (search), text);
  g_signal_emit_by_name (search, "search-changed");
}

/* --- The search ------------------------------------------------------------ */

/* Enter adds the best match, clears the field, hides the results and keeps
 * the focus: eight names and eight Enters take stock of eight tools. */
static void
test_search_enter (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *search, *results;
  GtkListBoxRow *first;

  show_page (fixture);
  search = child (fixture, "search_entry");
  results = child (fixture, "results_list");
  gtk_widget_grab_focus (search);

  /* A typo still finds the tool. */
  type_in_search (fixture, "wrod");
  g_assert_true (gtk_widget_is_visible (results));
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (results), 0);
  g_assert_nonnull (first);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, "Word Processor Pro");

  g_signal_emit_by_name (search, "activate");
  g_assert_nonnull (relais_profile_find_tool (fixture->profile, "word", NULL));
  g_assert_true (relais_profile_store_has_unsaved (fixture->store));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_false (gtk_widget_is_visible (results));
  g_assert_false (gtk_widget_is_visible (child (fixture, "no_results_label")));
  g_assert_true (focus_within (fixture, search));
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_get_tools (fixture->profile)), ==, 1);

  /* The next name right away, in the same field. */
  type_in_search (fixture, "excel");
  g_signal_emit_by_name (search, "activate");
  g_assert_nonnull (relais_profile_find_tool (fixture->profile, "excel", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_true (focus_within (fixture, search));

  /* Found again, a tool already there says so; Enter does not add it twice. */
  type_in_search (fixture, "word");
  g_assert_nonnull (find_button (results, "Added"));
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_get_tools (fixture->profile)), ==, 2);

  /* Nothing found: said, and Enter adds nothing and keeps the text to fix. */
  type_in_search (fixture, "zzzzqqq");
  g_assert_true (gtk_widget_is_visible (child (fixture, "no_results_label")));
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "zzzzqqq");
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_get_tools (fixture->profile)), ==, 2);
}

static GtkGesture *
clear_icon_gesture (GtkWidget *search)
{
  for (GtkWidget *part = gtk_widget_get_first_child (search); part != NULL; part = gtk_widget_get_next_sibling (part))
    {
      g_autoptr(GListModel) controllers = NULL;

      if (!GTK_IS_IMAGE (part))
        continue;
      controllers = gtk_widget_observe_controllers (part);
      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (GTK_IS_GESTURE_CLICK (controller))
            return GTK_GESTURE (controller);
        }
    }
  return NULL;
}

/* A tool found says whether it is in the profile, as tools come and go. */
static void
test_search_result_follows (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *results;

  relais_profile_add_tool (fixture->profile, "excel");
  show_page (fixture);
  results = child (fixture, "results_list");
  type_in_search (fixture, "word");
  g_assert_nonnull (find_button (results, "Add"));

  relais_profile_add_tool (fixture->profile, "whatsapp");
  g_assert_nonnull (find_button (results, "Add"));
  relais_profile_add_tool (fixture->profile, "word");
  g_assert_nonnull (find_button (results, "Added"));
  /* Another tool going leaves it added; its own going does not. */
  relais_profile_remove_tool (fixture->profile, relais_profile_find_tool (fixture->profile, "excel", NULL));
  g_assert_nonnull (find_button (results, "Added"));
  relais_profile_remove_tool (fixture->profile, relais_profile_find_tool (fixture->profile, "word", NULL));
  g_assert_nonnull (find_button (results, "Add"));
}

/* One more letter at the end of the search, as typed: the field never
 * goes through empty, as gtk_editable_set_text() makes it. */
static void
type_one_more (Fixture    *fixture,
               const char *letter)
{
  GtkWidget *search = child (fixture, "search_entry");
  int position = -1;

  gtk_editable_insert_text (GTK_EDITABLE (search), letter, -1, &position);
  g_signal_emit_by_name (search, "search-changed");
}

static const char *
result_title (GtkListBox *results,
              int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (results, index);

  return row != NULL ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : NULL;
}

/* One more letter typed keeps the results' rows: each shows the tool now
 * at its place, with that tool's state, and adds that tool. */
static void
test_search_rows_kept (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GtkWidget) first = NULL;
  g_autoptr(GtkWidget) second = NULL;
  GtkListBox *results;
  GtkWidget *add;

  relais_profile_add_tool (fixture->profile, "word");
  show_page (fixture);
  results = GTK_LIST_BOX (child (fixture, "results_list"));

  /* "d": Designer, Word Processor Pro…; "de": the same two, swapped. */
  type_one_more (fixture, "d");
  g_assert_cmpstr (result_title (results, 0), ==, "Designer");
  g_assert_cmpstr (result_title (results, 1), ==, "Word Processor Pro");
  first = g_object_ref (GTK_WIDGET (gtk_list_box_get_row_at_index (results, 0)));
  second = g_object_ref (GTK_WIDGET (gtk_list_box_get_row_at_index (results, 1)));
  add = relais_test_template_child (first, RELAIS_TYPE_ADDABLE_ROW, "add_button");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (add)), ==, "Add");

  type_one_more (fixture, "e");
  g_assert_true (GTK_WIDGET (gtk_list_box_get_row_at_index (results, 0)) == first);
  g_assert_true (GTK_WIDGET (gtk_list_box_get_row_at_index (results, 1)) == second);
  g_assert_null (gtk_list_box_get_row_at_index (results, 2));
  g_assert_cmpstr (result_title (results, 0), ==, "Word Processor Pro");
  g_assert_cmpstr (result_title (results, 1), ==, "Designer");
  g_assert_true (relais_tool_match_get_tool (relais_addable_row_get_match (RELAIS_ADDABLE_ROW (first)))
                 == relais_catalog_lookup_tool (relais_context_get_catalog (fixture->context), "word"));
  /* The row now shows a tool already in the profile: a button that can do
   * nothing more cannot be pressed. */
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (add)), ==, "Added");
  g_assert_false (gtk_widget_is_sensitive (add));

  /* Its neighbour's button adds the tool it shows now. */
  add = relais_test_template_child (second, RELAIS_TYPE_ADDABLE_ROW, "add_button");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (add)), ==, "Add");
  g_assert_true (gtk_widget_is_sensitive (add));
  g_signal_emit_by_name (add, "clicked");
  g_assert_nonnull (relais_profile_find_tool (fixture->profile, "designer", NULL));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (add)), ==, "Added");
  g_assert_false (gtk_widget_is_sensitive (add));

  /* Nothing found: no row left over. */
  type_one_more (fixture, "zzzz");
  g_assert_null (gtk_list_box_get_row_at_index (results, 0));
}

/* The clear icon is not focusable: pressing it leaves nothing focused. Once
 * it has emptied the field, the focus is back in it for the next word. */
static void
test_search_clear_icon (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *search;
  GtkGesture *gesture;

  show_page (fixture);
  search = child (fixture, "search_entry");
  gtk_widget_grab_focus (search);
  type_in_search (fixture, "exc");
  g_assert_true (gtk_widget_is_visible (child (fixture, "results_list")));

  gesture = clear_icon_gesture (search);
  g_assert_nonnull (gesture);
  gtk_root_set_focus (GTK_ROOT (fixture->window), NULL);
  g_signal_emit_by_name (gesture, "released", 1, 4.0, 4.0);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_true (focus_within (fixture, search));
  relais_test_wait_until (!gtk_widget_is_visible (child (fixture, "results_list")));

  /* Emptied while the focus is elsewhere, the field leaves it there. */
  relais_profile_add_tool (fixture->profile, "word");
  type_in_search (fixture, "exc");
  relais_tool_row_grab_focus (only_row (fixture));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_assert_false (focus_within (fixture, search));
}

/* Shows nine tools, more than the window holds; returns the search. */
static GtkWidget *
show_page_with_many_tools (Fixture *fixture)
{
  static const char *ids[] = { "word", "excel", "whatsapp", "photoshop", "slides", "mail", "vector", "layout", "meet" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    relais_profile_add_tool (fixture->profile, ids[i]);
  show_page (fixture);
  return child (fixture, "search_entry");
}

/* However many tools, the search is not in the scrolled list: it stays at
 * the top of the page. */
static void
test_search_stays_visible (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *search = show_page_with_many_tools (fixture);

  g_assert_null (gtk_widget_get_ancestor (search, GTK_TYPE_SCROLLED_WINDOW));
  g_assert_nonnull (gtk_widget_get_ancestor (child (fixture, "tools_list"), GTK_TYPE_SCROLLED_WINDOW));
  g_assert_true (gtk_widget_get_mapped (search));
}

static double
scrolled_by (Fixture *fixture)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (child (fixture, "tools_list"), GTK_TYPE_SCROLLED_WINDOW);

  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)));
}

/* The tool just added is scrolled into view, the focus staying in the search. */
static void
test_search_reveals_added (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *search = show_page_with_many_tools (fixture);
  gtk_widget_grab_focus (search);
  g_assert_cmpfloat (scrolled_by (fixture), ==, 0);

  type_in_search (fixture, "designer");
  g_signal_emit_by_name (search, "activate");
  g_assert_nonnull (relais_profile_find_tool (fixture->profile, "designer", NULL));
  relais_test_wait_until (scrolled_by (fixture) > 0);
  g_assert_true (focus_within (fixture, search));
}

/* --- The tool row ------------------------------------------------------------ */

/* A new tool is one line: its name, the best alternative, Choose. One click
 * chooses; the line then says what was chosen and where it stands. */
static void
test_row_compact (Fixture       *fixture,
                  gconstpointer  data)
{
  RelaisProfileTool *tool = relais_profile_add_tool (fixture->profile, "word");
  RelaisToolRow *row;
  GtkWidget *choose, *status;

  show_page (fixture);
  row = only_row (fixture);
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  /* Nothing of the details is made while closed. */
  g_assert_cmpuint (count (GTK_WIDGET (row), RELAIS_TYPE_TOOL_DETAILS), ==, 0);
  g_assert_cmpuint (count (GTK_WIDGET (row), RELAIS_TYPE_FIELD_ROW), ==, 0);
  /* Win Writer does not run here: Desk Writer is the best. */
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Best for you: Desk Writer");

  choose = relais_test_template_child (row, RELAIS_TYPE_TOOL_ROW, "choose_button");
  status = relais_test_template_child (row, RELAIS_TYPE_TOOL_ROW, "status_label");
  g_assert_true (gtk_widget_get_visible (choose));
  g_assert_false (gtk_widget_get_visible (status));

  gtk_widget_grab_focus (choose);
  g_signal_emit_by_name (choose, "clicked");
  g_assert_cmpstr (relais_profile_tool_get_choice (tool), ==, "desk-writer");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Chosen: Desk Writer");
  g_assert_false (gtk_widget_get_visible (choose));
  g_assert_true (gtk_widget_get_visible (status));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (status)), ==, "To consider");
  /* The button went away; the focus stays on the tool's line. */
  g_assert_true (focus_within (fixture, GTK_WIDGET (row)));
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));

  /* The line follows the tool, wherever it is changed. */
  relais_profile_tool_set_status (tool, RELAIS_TOOL_STATUS_TRYING);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (status)), ==, "Trying");
  relais_profile_tool_set_choice (tool, NULL);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Best for you: Desk Writer");
  g_assert_true (gtk_widget_get_visible (choose));
}

static GtkWidget *
entry_row (GtkWidget  *within,
           const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  relais_test_collect (within, RELAIS_TYPE_FIELD_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title))
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* Opened, the row makes its details once: the five fields, where it stands,
 * every alternative, the checklist of the move, Remove. */
static void
test_row_details (Fixture       *fixture,
                  gconstpointer  data)
{
  RelaisProfileTool *tool = relais_profile_add_tool (fixture->profile, "word");
  g_autoptr(GPtrArray) alternatives = g_ptr_array_new ();
  g_autoptr(GPtrArray) combos = g_ptr_array_new ();
  RelaisToolRow *row;
  GtkWidget *details, *reason, *price, *price_error, *step = NULL;

  show_page (fixture);
  row = only_row (fixture);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_assert_cmpuint (count (GTK_WIDGET (row), RELAIS_TYPE_TOOL_DETAILS), ==, 1);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_assert_cmpuint (count (GTK_WIDGET (row), RELAIS_TYPE_TOOL_DETAILS), ==, 1);
  details = gtk_widget_get_first_child (gtk_widget_get_parent (entry_row (GTK_WIDGET (row), "What for (optional)")));
  g_assert_nonnull (details);

  /* Every alternative, the best first (Win Writer after Desk Writer), then "Not now". */
  relais_test_collect (GTK_WIDGET (row), RELAIS_TYPE_ALTERNATIVE_ROW, alternatives);
  g_assert_cmpuint (alternatives->len, >=, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (alternatives, 0)), ==, "Desk Writer");
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (alternatives, alternatives->len - 1)), ==, "Not now");

  /* The fields are bound to the tool. */
  gtk_editable_set_text (GTK_EDITABLE (entry_row (GTK_WIDGET (row), "What for (optional)")), "Les comptes rendus");
  g_assert_cmpstr (relais_profile_tool_get_note (tool), ==, "Les comptes rendus");
  gtk_editable_set_text (GTK_EDITABLE (entry_row (GTK_WIDGET (row), "Noted by (optional)")), "Awa");
  g_assert_cmpstr (relais_profile_tool_get_noted_by (tool), ==, "Awa");

  /* Where it stands: set aside asks why. */
  reason = entry_row (GTK_WIDGET (row), "Why set aside");
  g_assert_false (gtk_widget_get_visible (reason));
  relais_test_collect (GTK_WIDGET (row), ADW_TYPE_COMBO_ROW, combos);
  g_assert_cmpuint (combos->len, ==, 1);
  adw_combo_row_set_selected (g_ptr_array_index (combos, 0), RELAIS_TOOL_STATUS_SET_ASIDE);
  g_assert_cmpint (relais_profile_tool_get_status (tool), ==, RELAIS_TOOL_STATUS_SET_ASIDE);
  g_assert_true (gtk_widget_get_visible (reason));
  gtk_editable_set_text (GTK_EDITABLE (reason), "Trop tôt");
  g_assert_cmpstr (relais_profile_tool_get_set_aside_reason (tool), ==, "Trop tôt");
  relais_profile_tool_set_status (tool, RELAIS_TOOL_STATUS_TRYING);
  g_assert_cmpuint (adw_combo_row_get_selected (g_ptr_array_index (combos, 0)), ==, RELAIS_TOOL_STATUS_TRYING);

  /* A price that is not one is said in words, and not saved. */
  price = entry_row (GTK_WIDGET (row), "What you pay a year, in € (optional)");
  price_error = relais_test_template_child (gtk_widget_get_ancestor (price, RELAIS_TYPE_TOOL_DETAILS),
                                            RELAIS_TYPE_TOOL_DETAILS, "price_error_row");
  gtk_editable_set_text (GTK_EDITABLE (price), "douze");
  g_assert_true (gtk_widget_get_visible (price_error));
  g_assert_true (gtk_widget_has_css_class (price, "error"));
  g_assert_cmpfloat (relais_profile_tool_get_yearly_price (tool), <, 0);
  gtk_editable_set_text (GTK_EDITABLE (price), "79,90");
  g_assert_false (gtk_widget_get_visible (price_error));
  g_assert_cmpfloat_with_epsilon (relais_profile_tool_get_yearly_price (tool), 79.90, 0.001);

  /* Chosen in the details: the steps of the move show, ticked for this tool. */
  g_signal_emit_by_name (find_button (g_ptr_array_index (alternatives, 0), "Choose"), "clicked");
  g_assert_cmpstr (relais_profile_tool_get_choice (tool), ==, "desk-writer");
  g_assert_nonnull (find_button (g_ptr_array_index (alternatives, 0), "Chosen"));
  {
    g_autoptr(GPtrArray) all_rows = relais_test_collect_rows (row);

    for (guint i = 0; i < all_rows->len && step == NULL; i++)
      if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (all_rows, i)), "Gather the documents in one place"))
        step = g_ptr_array_index (all_rows, i);
  }
  g_assert_nonnull (step);
  g_assert_true (gtk_widget_is_visible (step));
  gtk_widget_activate (step);
  g_assert_cmpint (relais_profile_get_item_state (fixture->profile, "migrate:word:documents.0"), ==, RELAIS_ITEM_DONE);
}

/* A chosen tool's line needs no ranking: it ranks when opened. A tool with
 * nothing chosen ranks at once, to show its best alternative. */
static void
test_row_ranks_when_shown (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  RelaisToolRow *chosen, *open;
  g_autoptr(GPtrArray) alternatives = g_ptr_array_new ();

  relais_profile_tool_set_choice (relais_profile_add_tool (fixture->profile, "word"), "desk-writer");
  relais_profile_add_tool (fixture->profile, "excel");
  show_page (fixture);
  rows = tool_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 2);
  chosen = g_ptr_array_index (rows, 0);
  open = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (chosen)), ==, "Chosen: Desk Writer");
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (open)), "Best for you: "));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (chosen), TRUE);
  relais_test_collect (GTK_WIDGET (chosen), RELAIS_TYPE_ALTERNATIVE_ROW, alternatives);
  /* The fixture's alternatives to Word, and "Not now". */
  g_assert_cmpuint (alternatives->len, >=, 2);
}

/* An alternative: one sentence of why, badges, the rest behind "Why?". */
static void
test_alternative_row (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) alternatives = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *desk, *why_button, *why_label, *badges, *popover;
  GString *badge_text = g_string_new (NULL);
  g_autofree char *badge_str = NULL;

  relais_profile_add_tool (fixture->profile, "word");
  show_page (fixture);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (only_row (fixture)), TRUE);
  relais_test_collect (GTK_WIDGET (only_row (fixture)), RELAIS_TYPE_ALTERNATIVE_ROW, alternatives);
  desk = g_ptr_array_index (alternatives, 0);

  why_label = relais_test_template_child (desk, RELAIS_TYPE_ALTERNATIVE_ROW, "why_label");
  g_assert_null (strchr (gtk_label_get_label (GTK_LABEL (why_label)), '\n'));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (why_label)), !=, "");

  badges = relais_test_template_child (desk, RELAIS_TYPE_ALTERNATIVE_ROW, "badges");
  g_assert_true (gtk_widget_get_visible (badges));
  relais_test_collect (badges, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (badge_text, "%s|", gtk_label_get_label (g_ptr_array_index (labels, i)));
  badge_str = g_string_free (badge_text, FALSE);
  g_assert_cmpstr (badge_str, ==, "GPL-3.0-or-later|Easy to use|To install|");

  /* The explanation is made when asked for, without the sentence shown. */
  why_button = relais_test_template_child (desk, RELAIS_TYPE_ALTERNATIVE_ROW, "why_button");
  g_assert_true (gtk_widget_get_visible (why_button));
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (why_button)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (why_button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (why_button)));
  g_assert_nonnull (popover);
  {
    GtkWidget *text = gtk_popover_get_child (GTK_POPOVER (popover));
    const char *said = gtk_label_get_label (GTK_LABEL (text));

    g_assert_null (strstr (said, gtk_label_get_label (GTK_LABEL (why_label))));
    g_assert_nonnull (strstr (said, "GPL-3.0-or-later"));
  }
  gtk_menu_button_popdown (GTK_MENU_BUTTON (why_button));

  /* "Not now" has neither badges nor "Why?". */
  desk = g_ptr_array_index (alternatives, alternatives->len - 1);
  g_assert_false (gtk_widget_get_visible (relais_test_template_child (desk, RELAIS_TYPE_ALTERNATIVE_ROW, "badges")));
  g_assert_false (gtk_widget_get_visible (relais_test_template_child (desk, RELAIS_TYPE_ALTERNATIVE_ROW, "why_button")));
}

/* Shows a profile with @tool_id and Word, opens each row, and checks that
 * exactly one row of all says @said, inside the row titled @tool_name. */
static void
assert_tool_row_says (Fixture    *fixture,
                      const char *tool_id,
                      const char *tool_name,
                      const char *said)
{
  g_autoptr(GPtrArray) rows = NULL;
  guint found = 0;

  relais_profile_add_tool (fixture->profile, tool_id);
  relais_profile_add_tool (fixture->profile, "word");
  show_page (fixture);

  rows = tool_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GPtrArray) action_rows = NULL;

      adw_expander_row_set_expanded (g_ptr_array_index (rows, i), TRUE);
      action_rows = relais_test_collect_rows (g_ptr_array_index (rows, i));
      for (guint j = 0; j < action_rows->len; j++)
        if (g_str_has_prefix (adw_preferences_row_get_title (g_ptr_array_index (action_rows, j)), said))
          {
            /* Only in that tool's own row. */
            g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), ==, tool_name);
            found++;
          }
    }
  g_assert_cmpuint (found, ==, 1);
}

/* A closed tool says so first, with what to do instead. */
static void
test_row_closed (Fixture       *fixture,
                 gconstpointer  data)
{
  assert_tool_row_says (fixture, "callapp", "CallApp", "CallApp closed on 5 May 2025. Use another video call service.");
}

/* A tool no free alternative fits says so in its own row, with what to do
 * meanwhile, instead of an unexplained empty list. */
static void
test_row_meanwhile (Fixture       *fixture,
                    gconstpointer  data)
{
  RelaisToolRow *vector;
  g_autoptr(GPtrArray) rows = NULL;

  assert_tool_row_says (fixture, "vector", "Vector Pro",
                        "Relais knows no free alternative to Vector Pro yet. Draw by hand and scan the result.");
  rows = tool_rows (fixture);
  vector = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (vector)), ==, "No free alternative yet");
  g_assert_false (gtk_widget_get_visible (relais_test_template_child (vector, RELAIS_TYPE_TOOL_ROW, "choose_button")));
}

/* Removing a tool leaves the focus on the next one, the previous one after
 * the last, the search when none is left; Undo brings it back in place. */
static void
test_remove_keeps_focus (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;

  relais_profile_add_tool (fixture->profile, "word");
  relais_profile_add_tool (fixture->profile, "excel");
  relais_profile_add_tool (fixture->profile, "whatsapp");
  show_page (fixture);

  gtk_widget_activate_action (fixture->page, "tools.remove", "s", "word");
  g_assert_null (relais_profile_find_tool (fixture->profile, "word", NULL));
  rows = tool_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_true (focus_within (fixture, g_ptr_array_index (rows, 0)));
  g_assert_cmpstr (relais_profile_tool_get_tool_id (relais_tool_row_get_tool (g_ptr_array_index (rows, 0))), ==, "excel");

  gtk_widget_activate_action (fixture->page, "tools.remove", "s", "whatsapp");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = tool_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (focus_within (fixture, g_ptr_array_index (rows, 0)));

  gtk_widget_activate_action (fixture->page, "tools.remove", "s", "excel");
  g_assert_true (focus_within (fixture, child (fixture, "search_entry")));
  g_assert_true (gtk_widget_get_visible (child (fixture, "empty_label")));
}

/* "Choose the Suggested" chooses, for each tool with nothing chosen, what
 * its row suggests, and leaves a choice already made; Undo gives each tool
 * back its previous state, except one the user changed since. */
static void
test_choose_suggested (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *button;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *suggested_word = NULL;
  g_autofree char *suggested_excel = NULL;
  RelaisProfileTool *word, *excel, *whatsapp;

  relais_profile_add_tool (fixture->profile, "word");
  relais_profile_add_tool (fixture->profile, "excel");
  relais_profile_add_tool (fixture->profile, "whatsapp");
  word = relais_profile_find_tool (fixture->profile, "word", NULL);
  excel = relais_profile_find_tool (fixture->profile, "excel", NULL);
  whatsapp = relais_profile_find_tool (fixture->profile, "whatsapp", NULL);
  relais_profile_tool_set_choice (whatsapp, RELAIS_CHOICE_NOT_NOW);
  show_page (fixture);
  button = child (fixture, "choose_suggested_button");
  g_assert_true (gtk_widget_get_visible (button));

  /* What each row offers with its Choose button. */
  rows = tool_rows (fixture);
  for (guint i = 0; i < rows->len; i++)
    {
      RelaisToolRow *row = g_ptr_array_index (rows, i);
      GtkWidget *choose = relais_test_template_child (row, RELAIS_TYPE_TOOL_ROW, "choose_button");
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (choose));
      const char *id = relais_profile_tool_get_tool_id (relais_tool_row_get_tool (row));

      if (g_str_equal (id, "word"))
        suggested_word = g_variant_dup_string (target, NULL);
      else if (g_str_equal (id, "excel"))
        suggested_excel = g_variant_dup_string (target, NULL);
    }
  g_assert_cmpstr (suggested_word, ==, "desk-writer");
  g_assert_cmpstr (suggested_excel, ==, "desk-writer");

  g_assert_true (gtk_widget_activate_action (fixture->page, "tools.choose-suggested", NULL));
  g_assert_cmpstr (relais_profile_tool_get_choice (word), ==, suggested_word);
  g_assert_cmpstr (relais_profile_tool_get_choice (excel), ==, suggested_excel);
  g_assert_cmpstr (relais_profile_tool_get_choice (whatsapp), ==, RELAIS_CHOICE_NOT_NOW);
  /* Nothing left to choose: the button goes, the focus stays in the list. */
  g_assert_false (gtk_widget_get_visible (button));
  g_assert_true (focus_within (fixture, child (fixture, "tools_list")));

  /* The user changes one choice, then undoes the rest. */
  relais_profile_tool_set_choice (word, "team-pad");
  g_assert_true (gtk_widget_activate_action (fixture->page, "tools.undo-suggested", NULL));
  g_assert_cmpstr (relais_profile_tool_get_choice (word), ==, "team-pad");
  g_assert_null (relais_profile_tool_get_choice (excel));
  g_assert_cmpstr (relais_profile_tool_get_choice (whatsapp), ==, RELAIS_CHOICE_NOT_NOW);
  g_assert_true (gtk_widget_get_visible (button));
}

/* The rows show the tools in the profile's order, each once. */
static gboolean
rows_follow_tools (Fixture *fixture)
{
  GListModel *tools = relais_profile_get_tools (fixture->profile);
  GtkListBox *list = GTK_LIST_BOX (child (fixture, "tools_list"));
  guint n = g_list_model_get_n_items (tools);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (tools, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) i);

      if (row == NULL || relais_tool_row_get_tool (RELAIS_TOOL_ROW (row)) != tool)
        return FALSE;
    }
  return gtk_list_box_get_row_at_index (list, (int) n) == NULL;
}

static guint
n_rows (Fixture *fixture)
{
  return count (child (fixture, "tools_list"), RELAIS_TYPE_TOOL_ROW);
}

/* Many tools: the page is made with the rows of a screen, the others come
 * once it is shown, a few each frame; tools added and removed meanwhile,
 * among the rows made or the rows to come, end in their place. */
static void
test_many_tools (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(RelaisProfileTool) moved = NULL;
  g_autoptr(RelaisProfileTool) later = NULL;
  g_autoptr(RelaisProfileTool) first = NULL;
  GPtrArray *categories;
  guint n;

  /* The shipped catalogue: more tools than a screen shows. */
  g_clear_object (&fixture->context);
  fixture->context = relais_test_new_context (fixture->store, NULL);
  g_assert_nonnull (relais_context_load_catalog (fixture->context, NULL));
  categories = relais_catalog_get_categories (relais_context_get_catalog (fixture->context));
  for (guint i = 0; i < categories->len; i++)
    {
      RelaisCategory *category = g_ptr_array_index (categories, i);

      for (guint t = 0; t < category->tools->len; t++)
        relais_profile_add_tool (fixture->profile, ((RelaisProprietaryTool *) g_ptr_array_index (category->tools, t))->id);
    }
  n = g_list_model_get_n_items (relais_profile_get_tools (fixture->profile));
  g_assert_cmpuint (n, >, 60);

  fixture->window = gtk_window_new ();
  fixture->page = g_object_new (RELAIS_TYPE_TOOLS_PAGE, "context", fixture->context,
                                "profile", fixture->profile, NULL);
  g_assert_cmpuint (n_rows (fixture), >, 0);
  g_assert_cmpuint (n_rows (fixture), <, n / 2);

  /* Not shown yet: changes among the rows made and among those to come. */
  moved = g_list_model_get_item (relais_profile_get_tools (fixture->profile), 5);
  relais_profile_remove_tool (fixture->profile, moved);
  later = g_list_model_get_item (relais_profile_get_tools (fixture->profile), n - 10);
  relais_profile_remove_tool (fixture->profile, later);
  relais_profile_insert_tool (fixture->profile, moved, 2);
  first = g_list_model_get_item (relais_profile_get_tools (fixture->profile), 0);
  relais_profile_remove_tool (fixture->profile, first);
  n -= 2;
  g_assert_cmpuint (n_rows (fixture), <, n / 2);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->page);
  gtk_window_present (GTK_WINDOW (fixture->window));
  relais_test_wait_until (n_rows (fixture) == n);
  g_assert_true (rows_follow_tools (fixture));

  /* Every row made, a tool added gets its row at once, in its place. */
  relais_profile_add_tool (fixture->profile, relais_profile_tool_get_tool_id (first));
  g_assert_cmpuint (n_rows (fixture), ==, n + 1);
  g_assert_true (rows_follow_tools (fixture));
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
  ADD ("/tools/search/enter", test_search_enter);
  ADD ("/tools/search/clear-icon", test_search_clear_icon);
  ADD ("/tools/search/result-follows", test_search_result_follows);
  ADD ("/tools/search/rows-kept", test_search_rows_kept);
  ADD ("/tools/search/stays-visible", test_search_stays_visible);
  ADD ("/tools/search/reveals-added", test_search_reveals_added);
  ADD ("/tools/row/compact", test_row_compact);
  ADD ("/tools/row/details", test_row_details);
  ADD ("/tools/row/ranks-when-shown", test_row_ranks_when_shown);
  ADD ("/tools/row/closed", test_row_closed);
  ADD ("/tools/row/meanwhile", test_row_meanwhile);
  ADD ("/tools/alternative", test_alternative_row);
  ADD ("/tools/remove-keeps-focus", test_remove_keeps_focus);
  ADD ("/tools/choose-suggested", test_choose_suggested);
  ADD ("/tools/many-tools", test_many_tools);
#undef ADD

  return g_test_run ();
}
