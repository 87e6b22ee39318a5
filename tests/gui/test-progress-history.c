/* test-progress-history.c — the Progress area shows the latest changes, and
 * every one of them is reachable from there, by keyboard too
 *
 * Runs with G_DEBUG=fatal-warnings, like test-widgets.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <adwaita.h>

#include "relais-history-window.h"
#include "relais-profile-tool.h"
#include "relais-progress-page.h"
#include "relais-gui-test-utils.h"
#include "relais-test-utils.h"

#define N_CHANGES 12
#define N_RECENT  8

static RelaisHistoryWindow *
find_history_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (RELAIS_IS_HISTORY_WINDOW (window))
        return RELAIS_HISTORY_WINDOW (window);
    }
  return NULL;
}

/* Twelve changes over three days, at midday UTC so that the days are the
 * same in any time zone a test runs in; the word processor's changes of
 * status name who gave the news. */
static RelaisProfile *
new_profile_with_history (guint n_changes)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  RelaisProfile *profile;

  g_string_append (json,
                   "{ \"format\": \"fr.artifaille.Relais.Profile\", \"version\": 1,"
                   "  \"id\": \"5b0c7e2a-4d1f-4a3b-9c8e-7f6a5d4c3b21\", \"name\": \"Historique\","
                   "  \"kind\": \"association\", \"departement\": \"14\", \"postcode\": \"\","
                   "  \"reasons\": { \"values\": 1, \"technical\": 1, \"financial\": 1 },"
                   "  \"tools\": [ { \"tool\": \"word\", \"added\": \"2026-11-01T12:00:00Z\", \"status\": \"adopted\" } ],"
                   "  \"history\": [");
  for (guint i = 0; i < n_changes; i++)
    {
      static const char *statuses[] = { "to-consider", "trying", "adopted" };

      /* Minutes tell the changes apart: 12:00, 12:01… */
      g_string_append_printf (json,
                              "%s{ \"at\": \"2026-11-0%uT12:%02u:00Z\", \"tool\": \"word\", \"what\": \"status\","
                              "    \"from\": \"%s\", \"to\": \"%s\"%s }",
                              i > 0 ? ", " : "", 1 + i / 4, i, statuses[i % 3], statuses[(i + 1) % 3],
                              i % 2 == 0 ? ", \"by\": \"Camille\"" : "");
    }
  g_string_append (json, "], \"created\": \"2026-11-01T10:00:00Z\", \"modified\": \"2026-11-03T12:00:00Z\" }");

  profile = relais_profile_new_from_data (json->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (relais_profile_get_history (profile)->len, ==, n_changes);
  return profile;
}

static void
test_all_changes_reachable (void)
{
  g_autoptr(GFile) folder = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (folder);
  g_autoptr(GFile) catalog_folder = relais_test_catalog_folder ();
  g_autoptr(RelaisContext) context = relais_test_new_context (store, catalog_folder);
  g_autoptr(RelaisProfile) profile = new_profile_with_history (N_CHANGES);
  g_autoptr(GPtrArray) recent_rows = NULL;
  g_autoptr(GPtrArray) all_rows = NULL;
  g_autoptr(GPtrArray) days = g_ptr_array_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (RELAIS_TYPE_PROGRESS_PAGE, NULL);
  GObject *recent_group;
  GtkListBoxRow *show_all;
  RelaisHistoryWindow *history;
  GObject *stack;

  g_assert_nonnull (relais_context_load_catalog (context, NULL));
  g_object_set (page, "context", context, "profile", profile, NULL);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  relais_test_wait_until (gtk_widget_get_mapped (page));

  /* The area shows the latest eight, then a row that opens all of them. */
  recent_group = gtk_widget_get_template_child (page, RELAIS_TYPE_PROGRESS_PAGE, "recent_group");
  recent_rows = relais_test_collect_rows (recent_group);
  g_assert_cmpuint (recent_rows->len, ==, N_RECENT + 1);
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (g_ptr_array_index (recent_rows, 0)),
                                   " · now To consider, was Adopted"));
  show_all = g_ptr_array_index (recent_rows, N_RECENT);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (show_all)), ==, "Show All Changes");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (show_all)), ==, "12 changes, newest first");

  /* Reached with Tab and opened with Enter or space, like any activatable row. */
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (show_all)));
  g_assert_true (gtk_list_box_row_get_activatable (show_all));
  g_assert_null (find_history_window ());
  gtk_widget_activate (GTK_WIDGET (show_all));
  history = find_history_window ();
  g_assert_nonnull (history);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (history)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (history)));
  relais_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (history)));

  /* Every change is there, newest first, under its day. */
  stack = gtk_widget_get_template_child (GTK_WIDGET (history), RELAIS_TYPE_HISTORY_WINDOW, "stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "timeline");
  all_rows = relais_test_collect_rows (history);
  g_assert_cmpuint (all_rows->len, ==, N_CHANGES);
  for (guint i = 0; i < N_CHANGES; i++)
    {
      AdwActionRow *row = g_ptr_array_index (all_rows, i);
      guint change = N_CHANGES - 1 - i;
      g_autoptr(GDateTime) at = g_date_time_new_utc (2026, 11, 1 + change / 4, 12, change, 0);
      g_autoptr(GDateTime) local = g_date_time_to_local (at);
      g_autofree char *time = g_date_time_format (local, "%R");

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Word Processor Pro");
      g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (row), time));
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "now "));
      g_assert_true ((strstr (adw_action_row_get_subtitle (row), " · noted by Camille") != NULL) == (change % 2 == 0));
    }
  relais_test_collect (GTK_WIDGET (history), ADW_TYPE_PREFERENCES_GROUP, days);
  g_assert_cmpuint (days->len, ==, 3);
  g_assert_cmpstr (adw_preferences_group_get_title (g_ptr_array_index (days, 0)), ==, "Tuesday 3 November 2026");
  g_assert_cmpstr (adw_preferences_group_get_title (g_ptr_array_index (days, 2)), ==, "Sunday 1 November 2026");

  /* Escape closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (history), "window.close", NULL));
  relais_test_wait_until (find_history_window () == NULL);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_no_changes_yet (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = new_profile_with_history (0);
  RelaisHistoryWindow *history = relais_history_window_new (catalog, profile);
  GObject *stack = gtk_widget_get_template_child (GTK_WIDGET (history), RELAIS_TYPE_HISTORY_WINDOW, "stack");
  g_autoptr(GPtrArray) rows = relais_test_collect_rows (history);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  g_assert_cmpuint (rows->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (history));
}

/* Who noted a change is the user's text: shown as typed, never as markup. */
static void
test_plain_text (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Texte");
  RelaisProfileTool *word = relais_profile_add_tool (profile, "word");
  RelaisHistoryWindow *history;
  g_autoptr(GPtrArray) rows = NULL;

  relais_profile_tool_set_status (word, RELAIS_TOOL_STATUS_TRYING);
  relais_profile_tool_set_noted_by (word, "Léa <b>& Sam");
  history = relais_history_window_new (catalog, profile);
  rows = relais_test_collect_rows (history);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_false (adw_preferences_row_get_use_markup (g_ptr_array_index (rows, 0)));
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)),
                                   "now Trying, was To consider · noted by Léa <b>& Sam"));
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (g_ptr_array_index (rows, 1)), "added to the list"));
  gtk_window_destroy (GTK_WINDOW (history));
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

  g_test_add_func ("/progress/all-changes-reachable", test_all_changes_reachable);
  g_test_add_func ("/progress/no-changes-yet", test_no_changes_yet);
  g_test_add_func ("/progress/history-plain-text", test_plain_text);

  return g_test_run ();
}
