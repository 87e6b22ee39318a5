/* test-all-profiles.c — the All Profiles window: every profile listed (500
 * of them, timed), sorted by a column, searched, selected; one opened; the
 * plans of those selected written one per idle, with Cancel; a bundle out
 * and back in (Keep Both); the coordinator's totals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "relais-all-profiles-private.h"
#include "relais-communes.h"
#include "relais-profile-line.h"
#include "relais-profile-tool.h"
#include "relais-gui-test-utils.h"
#include "relais-test-utils.h"

typedef struct
{
  char                    *base;
  RelaisProfileStore      *store;
  RelaisContext           *context;
  RelaisAllProfilesWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) directory = NULL;
  g_autoptr(GFile) catalog = relais_test_catalog_folder ();

  fixture->base = g_dir_make_tmp ("relais-all-profiles-XXXXXX", &error);
  g_assert_no_error (error);
  directory = g_file_new_build_filename (fixture->base, "profiles", NULL);
  fixture->store = relais_profile_store_new (directory);
  fixture->context = relais_test_new_context (fixture->store, catalog);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) base = g_file_new_for_path (fixture->base);

  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->store);
  relais_test_remove_tree (base);
  g_clear_pointer (&fixture->base, g_free);
}

static void
open_window (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->window = relais_all_profiles_window_new (fixture->context, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static const char *
visible_page (Fixture *fixture)
{
  GtkWidget *stack = relais_test_template_child (fixture->window, RELAIS_TYPE_ALL_PROFILES_WINDOW, "stack");

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static char *
shown_name (Fixture *fixture,
            guint    position)
{
  g_autoptr(RelaisProfileLine) line = g_list_model_get_item (relais_all_profiles_window_get_shown (fixture->window), position);

  return g_strdup (relais_profile_line_get_name (line));
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (relais_all_profiles_window_get_shown (fixture->window));
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* No profile: the page says what profiles are and how to get some; one
 * made meanwhile shows at once. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  open_window (fixture);
  g_assert_cmpstr (visible_page (fixture), ==, "empty");
  relais_test_add_profile (fixture->store, "Arrivée");
  relais_test_wait_until (g_strcmp0 (visible_page (fixture), "table") == 0);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
}

static void
painted_cb (gboolean *painted)
{
  *painted = TRUE;
}

/* 500 profiles listed, by name; the time to show them is measured. */
static void
test_many (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *view;
  gboolean painted = FALSE;
  gint64 start;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *last = NULL;

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *name = g_strdup_printf ("Association %03u", (i * 7919) % 500);
      g_autoptr(RelaisProfile) profile = relais_profile_new (name);
      g_autoptr(GError) error = NULL;

      /* Set before the profile is saved: no saving left to do while timed. */
      relais_profile_set_departement (profile, i % 2 ? "35" : "29");
      relais_profile_set_commune (profile, i % 2 ? "35238" : "29019");
      relais_profile_add_tool (profile, i % 3 ? "word" : "excel");
      relais_profile_store_add (fixture->store, profile, &error);
      g_assert_no_error (error);
    }

  /* The communes' table is read once per run, by whichever part of Relais
   * needs it first: timed apart. */
  start = g_get_monotonic_time ();
  g_assert_nonnull (relais_communes_get_default (NULL));
  g_test_message ("communes read in %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);

  start = g_get_monotonic_time ();
  fixture->window = relais_all_profiles_window_new (fixture->context, NULL);
  g_test_message ("500 profiles' lines made and sorted in %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000);
  gtk_window_present (GTK_WINDOW (fixture->window));
  view = relais_test_template_child (fixture->window, RELAIS_TYPE_ALL_PROFILES_WINDOW, "column_view");
  relais_test_wait_until (gtk_widget_get_mapped (view));
  g_signal_connect_swapped (gtk_widget_get_frame_clock (view), "after-paint", G_CALLBACK (painted_cb), &painted);
  relais_test_wait_until (painted);
  g_test_message ("500 profiles shown (first frame drawn) in %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000);

  g_assert_cmpstr (visible_page (fixture), ==, "table");
  g_assert_cmpuint (n_shown (fixture), ==, 500);
  first = shown_name (fixture, 0);
  second = shown_name (fixture, 1);
  last = shown_name (fixture, 499);
  g_assert_cmpstr (first, ==, "Association 000");
  g_assert_cmpstr (second, ==, "Association 001");
  g_assert_cmpstr (last, ==, "Association 499");
}

/* A column's header sorts by it, both ways; equal figures keep the names
 * in order. */
static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  RelaisProfile *few = relais_test_add_profile (fixture->store, "Bibliothèque");
  RelaisProfile *many = relais_test_add_profile (fixture->store, "Club");
  GtkColumnView *view;
  GListModel *columns;
  g_autoptr(GtkColumnViewColumn) name = NULL;
  g_autoptr(GtkColumnViewColumn) tools = NULL;
  g_autoptr(GtkColumnViewColumn) chosen = NULL;
  g_autofree char *top = NULL;
  g_autofree char *after = NULL;
  g_autofree char *by_tools = NULL;
  g_autofree char *by_status = NULL;

  relais_test_add_profile (fixture->store, "Atelier");
  relais_profile_tool_set_status (relais_profile_add_tool (few, "word"), RELAIS_TOOL_STATUS_TRYING);
  relais_profile_add_tool (many, "word");
  relais_profile_add_tool (many, "excel");
  open_window (fixture);
  view = GTK_COLUMN_VIEW (relais_test_template_child (fixture->window, RELAIS_TYPE_ALL_PROFILES_WINDOW, "column_view"));
  columns = gtk_column_view_get_columns (view);
  name = g_list_model_get_item (columns, 0);
  tools = g_list_model_get_item (columns, 3);
  chosen = g_list_model_get_item (columns, 5);

  top = shown_name (fixture, 0);
  g_assert_cmpstr (top, ==, "Atelier");
  gtk_column_view_sort_by_column (view, name, GTK_SORT_DESCENDING);
  after = shown_name (fixture, 0);
  g_assert_cmpstr (after, ==, "Club");

  gtk_column_view_sort_by_column (view, tools, GTK_SORT_DESCENDING);
  by_tools = shown_name (fixture, 0);
  g_assert_cmpstr (by_tools, ==, "Club");
  g_assert_cmpstr (gtk_column_view_column_get_title (chosen), ==, "Trying");
  gtk_column_view_sort_by_column (view, chosen, GTK_SORT_DESCENDING);
  by_status = shown_name (fixture, 0);
  g_assert_cmpstr (by_status, ==, "Bibliothèque");
}

/* The search keeps the profiles whose name or commune holds the letters
 * typed, in any case; nothing found says so. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *entry;

  /* A profile keeps its commune by its INSEE code: the table names it. */
  relais_profile_set_commune (relais_test_add_profile (fixture->store, "Chorale"), "29232");
  relais_test_add_profile (fixture->store, "Club de foot");
  relais_test_add_profile (fixture->store, "Amicale");
  open_window (fixture);
  entry = relais_test_template_child (fixture->window, RELAIS_TYPE_ALL_PROFILES_WINDOW, "search_entry");

  gtk_editable_set_text (GTK_EDITABLE (entry), "LE");
  relais_test_wait_until (n_shown (fixture) == 2);
  gtk_editable_set_text (GTK_EDITABLE (entry), "quimp");
  relais_test_wait_until (n_shown (fixture) == 1);
  gtk_editable_set_text (GTK_EDITABLE (entry), "zzz");
  relais_test_wait_until (n_shown (fixture) == 0);
  g_assert_cmpstr (visible_page (fixture), ==, "none-found");
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  relais_test_wait_until (n_shown (fixture) == 3);
  g_assert_cmpstr (visible_page (fixture), ==, "table");
}

/* The exports take the profiles selected, in the table's order, or every
 * one shown when none is; Open needs one alone. */
static void
test_selection (Fixture       *fixture,
                gconstpointer  data)
{
  GtkSelectionModel *selection;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  const char *names[] = { "Delta", "Alpha", "Charlie", "Bravo" };
  GtkWidget *open_button;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    relais_test_add_profile (fixture->store, names[i]);
  open_window (fixture);
  selection = relais_all_profiles_window_get_selection (fixture->window);
  g_assert_true (GTK_IS_MULTI_SELECTION (selection));

  all = relais_all_profiles_window_get_chosen (fixture->window);
  g_assert_cmpuint (all->len, ==, 4);
  open_button = relais_test_template_child (fixture->window, RELAIS_TYPE_ALL_PROFILES_WINDOW, "open_button");
  g_assert_false (gtk_widget_get_sensitive (open_button));
  gtk_selection_model_select_item (selection, 0, TRUE);
  g_assert_true (gtk_widget_get_sensitive (open_button));

  gtk_selection_model_select_item (selection, 3, TRUE);
  gtk_selection_model_select_item (selection, 1, FALSE);
  chosen = relais_all_profiles_window_get_chosen (fixture->window);
  g_assert_cmpuint (chosen->len, ==, 2);
  g_assert_cmpstr (relais_profile_get_name (chosen->pdata[0]), ==, "Bravo");
  g_assert_cmpstr (relais_profile_get_name (chosen->pdata[1]), ==, "Delta");
}

static void
switch_profile_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  char **opened = user_data;

  g_free (*opened);
  *opened = g_variant_dup_string (parameter, NULL);
}

/* Enter on a line (the view's "activate") opens that profile in the
 * window below, which switches to it, and the table closes. */
static void
test_open (Fixture       *fixture,
           gconstpointer  data)
{
  RelaisProfile *wanted;
  GtkWidget *parent = gtk_window_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("switch-profile", G_VARIANT_TYPE_STRING);
  g_autofree char *opened = NULL;
  GtkWidget *view;

  relais_test_add_profile (fixture->store, "Alpha");
  wanted = relais_test_add_profile (fixture->store, "Bravo");
  g_signal_connect (action, "activate", G_CALLBACK (switch_profile_cb), &opened);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (parent, "win", G_ACTION_GROUP (group));
  open_window (fixture);
  gtk_window_set_transient_for (GTK_WINDOW (fixture->window), GTK_WINDOW (parent));
  view = relais_test_template_child (fixture->window, RELAIS_TYPE_ALL_PROFILES_WINDOW, "column_view");
  g_signal_emit_by_name (view, "activate", 1);
  g_assert_cmpstr (opened, ==, relais_profile_get_id (wanted));
  relais_test_wait_until (!gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  /* The table before the window it stood over, as the application does. */
  g_clear_object (&fixture->window);
  gtk_window_destroy (GTK_WINDOW (parent));
}

static void
add_workshop (Fixture *fixture,
              guint    n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Asso %02u", i + 1);
      RelaisProfile *profile = relais_test_add_profile (fixture->store, name);

      relais_profile_add_tool (profile, "word");
    }
}

/* The plans are written one per idle, the bar says "n of m"; the last one
 * closes the bar. */
static void
test_export_plans (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *folder_path = g_build_filename (fixture->base, "plans", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  GtkWidget *bar;

  g_assert_cmpint (g_mkdir (folder_path, 0700), ==, 0);
  add_workshop (fixture, 10);
  open_window (fixture);
  bar = relais_test_template_child (fixture->window, RELAIS_TYPE_ALL_PROFILES_WINDOW, "work_bar");

  relais_all_profiles_export_plans (fixture->window, folder, "pdf", RELAIS_PLAN_PAPER_A4);
  g_assert_true (relais_all_profiles_is_working (fixture->window));
  g_assert_cmpstr (gtk_progress_bar_get_text (GTK_PROGRESS_BAR (bar)), ==, "0 of 10");
  relais_test_wait_until (!relais_all_profiles_is_working (fixture->window));
  g_assert_cmpuint (count_files (folder_path), ==, 10);
}

/* Cancel stops between two plans and leaves those written. */
static void
test_export_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *folder_path = g_build_filename (fixture->base, "plans", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  guint written;

  g_assert_cmpint (g_mkdir (folder_path, 0700), ==, 0);
  add_workshop (fixture, 10);
  open_window (fixture);

  relais_all_profiles_export_plans (fixture->window, folder, "odt", RELAIS_PLAN_PAPER_LETTER);
  relais_test_wait_until (count_files (folder_path) >= 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "profiles.cancel", NULL));
  relais_test_wait_until (!relais_all_profiles_is_working (fixture->window));
  written = count_files (folder_path);
  g_assert_cmpuint (written, >=, 2);
  g_assert_cmpuint (written, <, 10);
  g_assert_false (gtk_widget_get_visible (relais_test_template_child (fixture->window, RELAIS_TYPE_ALL_PROFILES_WINDOW,
                                                                     "work_box")));
}

/* Three profiles out as one file, and back in beside themselves (Keep
 * Both): the table shows six. */
static void
test_bundle (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->base, "atelier.relais-bundle", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkSelectionModel *selection;

  add_workshop (fixture, 5);
  open_window (fixture);
  selection = relais_all_profiles_window_get_selection (fixture->window);
  gtk_selection_model_select_range (selection, 0, 3, TRUE);
  relais_all_profiles_export_bundle (fixture->window, file);
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_false (gtk_widget_get_sensitive (relais_test_template_child (fixture->window, RELAIS_TYPE_ALL_PROFILES_WINDOW,
                                                                        "open_button")));

  relais_all_profiles_import_bundle (fixture->window, file);
  relais_test_wait_until (n_shown (fixture) == 8);
}

/* The totals of those shown, in the format the name ends with. */
static void
test_summarize (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->base, "totaux.csv", NULL);
  g_autofree char *contents = NULL;

  add_workshop (fixture, 4);
  open_window (fixture);
  relais_all_profiles_summarize (fixture->window, path, RELAIS_PLAN_PAPER_A4);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "4"));
  g_assert_null (strstr (contents, "Asso 01"));
}

/* Over a main window of its default 900 px, on a wider screen, the table
 * takes the width its columns need; never wider than the screen. */
static void
test_fits (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *parent = gtk_window_new ();
  GtkWidget *view;
  GdkMonitor *monitor;
  GdkRectangle area;
  int natural;

  relais_test_add_profile (fixture->store, "Les Amis du Pays d'Auge");
  gtk_window_set_default_size (GTK_WINDOW (parent), 900, 650);
  gtk_window_present (GTK_WINDOW (parent));
  relais_test_wait_until (gtk_widget_get_mapped (parent));
  monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (parent),
                                                gtk_native_get_surface (GTK_NATIVE (parent)));
  gdk_monitor_get_geometry (monitor, &area);

  fixture->window = relais_all_profiles_window_new (fixture->context, NULL);
  relais_all_profiles_window_present_for (fixture->window, GTK_WINDOW (parent));
  view = relais_test_template_child (fixture->window, RELAIS_TYPE_ALL_PROFILES_WINDOW, "column_view");
  relais_test_wait_until (gtk_widget_get_mapped (view) && gtk_widget_get_width (view) > 0);

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (fixture->window)) == GTK_WINDOW (parent));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, area.width);
  gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_test_message ("columns %d px, table %d px, screen %d px", natural, gtk_widget_get_width (view), area.width);
  if (area.width >= 1200)
    g_assert_cmpint (natural, <=, gtk_widget_get_width (view));

  /* Before its parent, which would take it along (destroy-with-parent). */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  gtk_window_destroy (GTK_WINDOW (parent));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/all-profiles/empty", test_empty);
  ADD ("/all-profiles/many", test_many);
  ADD ("/all-profiles/sort", test_sort);
  ADD ("/all-profiles/search", test_search);
  ADD ("/all-profiles/selection", test_selection);
  ADD ("/all-profiles/open", test_open);
  ADD ("/all-profiles/export-plans", test_export_plans);
  ADD ("/all-profiles/export-cancel", test_export_cancel);
  ADD ("/all-profiles/bundle", test_bundle);
  ADD ("/all-profiles/summarize", test_summarize);
  ADD ("/all-profiles/fits", test_fits);
#undef ADD

  return g_test_run ();
}
