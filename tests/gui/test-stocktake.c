/* test-stocktake.c — "What do you use today?" in the Tools area: one click
 * a tool, free tools recorded, the list first for an empty profile, and the
 * search finding a need's tools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <adwaita.h>

#include "relais-need-row.h"
#include "relais-profile-tool.h"
#include "relais-stocktake.h"
#include "relais-tools-page.h"
#include "relais-gui-test-utils.h"
#include "relais-test-utils.h"

typedef struct
{
  char               *base;      /* a folder of its own, removed at the end */
  RelaisProfileStore *store;
  RelaisContext      *context;
  GtkWidget          *window;
  GtkWidget          *page;
  RelaisProfile      *profile;
} Area;

/* The Tools area of a new profile, with the tests' catalogue, shown. */
static void
area_open (Area *area)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) catalog_folder = relais_test_catalog_folder ();

  area->base = g_dir_make_tmp ("relais-stocktake-XXXXXX", NULL);
  g_assert_nonnull (area->base);
  folder = g_file_new_build_filename (area->base, "profiles", NULL);
  area->store = relais_profile_store_new (folder);
  area->context = relais_test_new_context (area->store, catalog_folder);
  area->profile = relais_test_add_profile (area->store, "Comité des fêtes");
  g_assert_nonnull (relais_context_load_catalog (area->context, NULL));
  area->window = gtk_window_new ();
  area->page = g_object_new (RELAIS_TYPE_TOOLS_PAGE, "context", area->context, "profile", area->profile, NULL);
  gtk_window_set_child (GTK_WINDOW (area->window), area->page);
  gtk_window_present (GTK_WINDOW (area->window));
  relais_test_wait_until (gtk_widget_get_mapped (area->page));
}

/* The store may save on its way out: it goes before its folder. */
static void
area_close (Area *area)
{
  g_autoptr(GFile) folder = g_file_new_for_path (area->base);

  gtk_window_destroy (GTK_WINDOW (area->window));
  g_clear_object (&area->context);
  g_clear_object (&area->store);
  relais_test_remove_tree (folder);
  g_clear_pointer (&area->base, g_free);
}

static GtkWidget *
toggle_for (GtkWidget  *stocktake,
            const char *id)
{
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();

  relais_test_collect (stocktake, GTK_TYPE_TOGGLE_BUTTON, toggles);
  for (guint i = 0; i < toggles->len; i++)
    if (g_str_equal (gtk_widget_get_name (g_ptr_array_index (toggles, i)), id))
      return g_ptr_array_index (toggles, i);
  return NULL;
}

static gboolean
pressed (GtkWidget *toggle)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle));
}

/* Which comes first on the page, the list of needs or "Your Tools". */
static gboolean
stocktake_above_tools (GtkWidget *page)
{
  GtkWidget *stocktake = relais_test_template_child (page, RELAIS_TYPE_TOOLS_PAGE, "stocktake");
  GtkWidget *tools = relais_test_template_child (page, RELAIS_TYPE_TOOLS_PAGE, "tools_group");
  GtkWidget *parent = gtk_widget_get_parent (stocktake);

  g_assert_true (gtk_widget_get_parent (tools) == parent);
  for (GtkWidget *child = gtk_widget_get_first_child (parent); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (child == stocktake)
        return TRUE;
      if (child == tools)
        return FALSE;
    }
  g_assert_not_reached ();
}

static void
test_one_click_a_tool (void)
{
  g_autoptr(GPtrArray) rows = NULL;
  Area area = { NULL };
  GtkWidget *stocktake, *excel, *meet, *whatsapp, *desk;
  guint clicks = 0;

  area_open (&area);
  stocktake = relais_test_template_child (area.page, RELAIS_TYPE_TOOLS_PAGE, "stocktake");
  g_assert_true (gtk_widget_get_visible (stocktake));
  /* Empty profile: the list of needs comes first. */
  g_assert_true (stocktake_above_tools (area.page));
  rows = g_ptr_array_new ();
  relais_test_collect (relais_test_template_child (stocktake, RELAIS_TYPE_STOCKTAKE, "needs_list"), RELAIS_TYPE_NEED_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);

  /* It fits a phone-sized window (360 px, less the page's margins). */
  {
    int minimum = 0;

    gtk_widget_measure (stocktake, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_test_message ("minimum width: %d", minimum);
    g_assert_cmpint (minimum, <=, 320);
  }

  excel = toggle_for (stocktake, "excel");
  meet = toggle_for (stocktake, "meet");
  whatsapp = toggle_for (stocktake, "whatsapp");
  desk = toggle_for (stocktake, "desk-writer");
  g_assert_nonnull (excel);
  g_assert_nonnull (desk);
  g_assert_false (pressed (excel));

  /* Three tools, three clicks. */
  g_signal_emit_by_name (excel, "clicked"), clicks++;
  g_signal_emit_by_name (meet, "clicked"), clicks++;
  g_signal_emit_by_name (whatsapp, "clicked"), clicks++;
  g_assert_cmpuint (clicks, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_get_tools (area.profile)), ==, 3);
  g_assert_nonnull (relais_profile_find_tool (area.profile, "excel", NULL));
  g_assert_true (pressed (excel) && pressed (meet) && pressed (whatsapp));
  g_assert_true (relais_profile_store_has_unsaved (area.store));
  /* The list stays where it was while it is filled in. */
  g_assert_true (stocktake_above_tools (area.page));

  /* Again: taken off, with Undo in the Tools area. */
  g_signal_emit_by_name (meet, "clicked");
  g_assert_null (relais_profile_find_tool (area.profile, "meet", NULL));
  g_assert_false (pressed (meet));

  /* A free tool already used: recorded, pressed, and not one to replace. */
  g_signal_emit_by_name (desk, "clicked");
  g_assert_true (relais_profile_uses_free_tool (area.profile, "desk-writer"));
  g_assert_true (pressed (desk));
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_get_tools (area.profile)), ==, 2);
  g_signal_emit_by_name (desk, "clicked");
  g_assert_false (relais_profile_uses_free_tool (area.profile, "desk-writer"));
  g_assert_false (pressed (desk));

  /* Changed elsewhere, shown here. */
  relais_profile_set_free_tool_used (area.profile, "free-chat", TRUE);
  g_assert_true (pressed (toggle_for (stocktake, "free-chat")));
  relais_profile_remove_tool (area.profile, relais_profile_find_tool (area.profile, "excel", NULL));
  g_assert_false (pressed (excel));

  /* Shown again with tools: the list goes below them. */
  gtk_widget_set_visible (area.page, FALSE);
  gtk_widget_set_visible (area.page, TRUE);
  relais_test_wait_until (gtk_widget_get_mapped (area.page));
  g_assert_false (stocktake_above_tools (area.page));

  area_close (&area);
}

/* Typing a need's word in the search finds that need's tools, and Enter
 * adds the first; its toggle says so. */
static void
test_search_by_need (void)
{
  static const char * const queries[] = { "compta", "adhérents", "Members" };
  Area area = { NULL };
  GtkWidget *search, *results, *stocktake;

  area_open (&area);
  search = relais_test_template_child (area.page, RELAIS_TYPE_TOOLS_PAGE, "search_entry");
  results = relais_test_template_child (area.page, RELAIS_TYPE_TOOLS_PAGE, "results_list");
  stocktake = relais_test_template_child (area.page, RELAIS_TYPE_TOOLS_PAGE, "stocktake");

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) found = NULL;

      gtk_editable_set_text (GTK_EDITABLE (search), queries[i]);
      g_signal_emit_by_name (search, "search-changed");
      found = relais_test_collect_rows (results);
      g_assert_cmpuint (found->len, ==, 2);
      g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (found, 0)), ==, "Sheet Extra");
      g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (found, 1)), ==, "Sheet Pro");
    }

  gtk_editable_set_text (GTK_EDITABLE (search), "sondage");
  g_signal_emit_by_name (search, "activate");
  g_assert_nonnull (relais_profile_find_tool (area.profile, "meet", NULL));
  g_assert_true (pressed (toggle_for (stocktake, "meet")));

  area_close (&area);
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

  g_test_add_func ("/stocktake/one-click-a-tool", test_one_click_a_tool);
  g_test_add_func ("/stocktake/search-by-need", test_search_by_need);

  return g_test_run ();
}
