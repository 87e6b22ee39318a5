/* bench-flow.c — the work of the main loop for what a user does most while
 * taking stock: add a tool, choose an alternative, tick a step, change a
 * status, type a letter in the search, with many tools in the profile
 *
 * The real window, the real catalogue, a profile of N tools (50 unless told).
 * Each operation is made through the model or the page's action, as a click
 * would, then the main loop runs until the next frame is painted. What is
 * measured is the main thread's CPU time over that span (the work, not the
 * wait for the frame), and the wall time for information. Goal: under one
 * frame (16 ms) each. Prints the median and the worst of the rounds.
 *
 *   bench-flow [N_TOOLS [ROUNDS]]
 *
 * The catalogue has about 75 tools: for more (issue 14 asks that 500 show in
 * under a second), the bench writes a catalogue in which each tool comes
 * again as "NAME 2", "NAME 3"…, with the same alternatives, and reads it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include <json-glib/json-glib.h>

#include "relais-catalog.h"
#include "relais-context.h"
#include "relais-data.h"
#include "relais-profile-tool.h"
#include "relais-tools-page.h"
#include "relais-window.h"
#include "relais-test-utils.h"

typedef enum
{
  OP_ADD,
  OP_CHOOSE,
  OP_TICK,
  OP_STATUS,
  OP_SEARCH,
  N_OPS
} Op;

static const char *op_names[N_OPS] = {
  "add a tool", "choose an alternative", "tick a step", "change a status", "type in the search",
};

typedef struct
{
  RelaisWindow  *window;
  GtkWidget     *tools_page;
  GtkWidget     *search_entry;
  RelaisProfile *profile;        /* borrowed from the store */
  RelaisCatalog *catalog;
  char          *extra_tool;     /* the tool added and removed in each round */
  char          *alternative;    /* one of its alternatives */
  guint          painted;
} Bench;

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  bench->painted++;
}

/* Runs the loop until the next frame is painted. */
static void
run_until_frame (Bench *bench)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->window));
  guint before = bench->painted;
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  while (bench->painted == before && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  if (bench->painted == before)
    g_error ("No frame was painted in ten seconds");
}

/* Runs the loop until a frame is painted and nothing is left to dispatch. */
static void
run_until_painted (Bench *bench)
{
  run_until_frame (bench);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
show_area (Bench      *bench,
           const char *area)
{
  gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.show-area", "s", area);
  run_until_painted (bench);
  run_until_painted (bench);
}

/* Sets the page up for one round of @op, outside of what is measured. */
static void
prepare (Bench *bench,
         Op     op,
         guint  round)
{
  RelaisProfileTool *tool;

  switch (op)
    {
    case OP_ADD:
      if ((tool = relais_profile_find_tool (bench->profile, bench->extra_tool, NULL)) != NULL)
        relais_profile_remove_tool (bench->profile, tool);
      break;
    case OP_CHOOSE:
    case OP_STATUS:
      relais_profile_add_tool (bench->profile, bench->extra_tool);
      break;
    case OP_TICK:
      break;
    case OP_SEARCH:
      gtk_editable_set_text (GTK_EDITABLE (bench->search_entry), round % 2 == 0 ? "wor" : "dro");
      g_signal_emit_by_name (bench->search_entry, "search-changed");
      break;
    case N_OPS:
    default:
      g_assert_not_reached ();
    }
  run_until_painted (bench);
}

static void
perform (Bench *bench,
         Op     op,
         guint  round)
{
  RelaisProfileTool *tool = relais_profile_find_tool (bench->profile, bench->extra_tool, NULL);

  switch (op)
    {
    case OP_ADD:
      gtk_widget_activate_action (bench->tools_page, "tools.add", "s", bench->extra_tool);
      break;
    case OP_CHOOSE:
      relais_profile_tool_set_choice (tool, round % 2 == 0 ? bench->alternative : NULL);
      break;
    case OP_TICK:
      relais_profile_set_item_state (bench->profile, "stock.tools",
                                     round % 2 == 0 ? RELAIS_ITEM_DONE : RELAIS_ITEM_TODO);
      break;
    case OP_STATUS:
      relais_profile_tool_set_status (tool, round % 2 == 0 ? RELAIS_TOOL_STATUS_TRYING
                                                           : RELAIS_TOOL_STATUS_TO_CONSIDER);
      break;
    case OP_SEARCH:
      /* One more letter typed; the entry's own delay is not the page's work. */
      gtk_editable_set_text (GTK_EDITABLE (bench->search_entry), round % 2 == 0 ? "word" : "drop");
      g_signal_emit_by_name (bench->search_entry, "search-changed");
      break;
    case N_OPS:
    default:
      g_assert_not_reached ();
    }
}

/* One measured operation and the frame after it, apart so that
 * `valgrind --tool=callgrind --toggle-collect=measured_operation` counts
 * exactly what the bench times. */
static G_GNUC_NO_INLINE void
measured_operation (Bench *bench,
                    Op     op,
                    guint  round)
{
  perform (bench, op, round);
  run_until_painted (bench);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
fill_profile (Bench *bench,
              guint  n_tools)
{
  GPtrArray *categories = relais_catalog_get_categories (bench->catalog);
  guint added = 0;

  /* Every tool of the catalogue in turn, the last one kept for adding. */
  for (guint i = 0; i < categories->len; i++)
    {
      RelaisCategory *category = g_ptr_array_index (categories, i);

      for (guint t = 0; t < category->tools->len; t++)
        {
          RelaisProprietaryTool *entry = g_ptr_array_index (category->tools, t);

          if (bench->extra_tool == NULL && entry->alternatives->len > 0)
            {
              RelaisAlternative *alternative = g_ptr_array_index (entry->alternatives, 0);

              bench->extra_tool = g_strdup (entry->id);
              bench->alternative = g_strdup (alternative->id);
              continue;
            }
          if (added < n_tools)
            {
              RelaisProfileTool *tool = relais_profile_add_tool (bench->profile, entry->id);

              if (entry->alternatives->len > 0 && added % 2 == 0)
                relais_profile_tool_set_choice (tool, ((RelaisAlternative *) g_ptr_array_index (entry->alternatives, 0))->id);
              added++;
            }
        }
    }
  if (added < n_tools)
    g_printerr ("The catalogue has %u tools: the profile has %u, not %u\n", added, added, n_tools);
}

/* json_node_copy() shares the object: a new one, its members shared. */
static JsonObject *
copy_object (JsonObject *object)
{
  JsonObject *copy = json_object_new ();
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, &value))
    json_object_set_member (copy, member, json_node_ref (value));
  return copy;
}

/* Writes to @folder the shipped catalogue with each tool @copies times: the
 * copies are named "NAME 2"… with ids "ID-2"…, and every alternative
 * replaces them as it replaces the original. */
static void
write_catalogue (GFile *folder,
                 guint  copies)
{
  static const char *names[] = { "categories.json", "proprietary.json", "alternatives.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_path ("/", RESOURCE_PATH, "catalog", names[i], NULL);
      g_autoptr(GBytes) bytes = relais_data_lookup (path, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GFile) file = g_file_get_child (folder, names[i]);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      JsonObject *root;
      JsonArray *items;
      guint n;

      g_assert_nonnull (bytes);
      json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
      root = json_node_get_object (json_parser_get_root (parser));
      if (i == 1)
        {
          items = json_object_get_array_member (root, "tools");
          n = json_array_get_length (items);
          for (guint c = 2; c <= copies; c++)
            for (guint t = 0; t < n; t++)
              {
                JsonObject *tool = copy_object (json_array_get_object_element (items, t));
                g_autofree char *id = g_strdup_printf ("%s-%u", json_object_get_string_member (tool, "id"), c);
                g_autofree char *name = g_strdup_printf ("%s %u", json_object_get_string_member (tool, "name"), c);

                json_object_set_string_member (tool, "id", id);
                json_object_set_string_member (tool, "name", name);
                json_object_set_array_member (tool, "aliases", json_array_new ());
                json_array_add_object_element (items, tool);
              }
        }
      else if (i == 2)
        {
          items = json_object_get_array_member (root, "alternatives");
          for (guint a = 0; a < json_array_get_length (items); a++)
            {
              JsonObject *alternative = json_array_get_object_element (items, a);
              JsonArray *replaces = json_object_has_member (alternative, "replaces")
                ? json_object_get_array_member (alternative, "replaces") : NULL;

              n = replaces != NULL ? json_array_get_length (replaces) : 0;
              for (guint c = 2; c <= copies; c++)
                for (guint r = 0; r < n; r++)
                  {
                    JsonObject *replacement = copy_object (json_array_get_object_element (replaces, r));
                    g_autofree char *id = g_strdup_printf ("%s-%u", json_object_get_string_member (replacement, "tool"), c);

                    json_object_set_string_member (replacement, "tool", id);
                    json_array_add_object_element (replaces, replacement);
                  }
            }
        }
      text = json_to_string (json_parser_get_root (parser), FALSE);
      g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
      g_assert_no_error (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(RelaisProfileStore) store = NULL;
  g_autoptr(RelaisContext) context = NULL;
  g_autoptr(GFile) base = NULL;
  g_autoptr(GFile) directory = NULL;
  g_autoptr(GFile) catalog_folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base_path = NULL;
  guint n_tools = argc > 1 ? (guint) atoi (argv[1]) : 50;
  guint rounds = argc > 2 ? (guint) atoi (argv[2]) : 20;
  Bench bench = { NULL };

  setlocale (LC_ALL, "");
  gtk_init ();
  adw_init ();

  base_path = g_dir_make_tmp ("relais-bench-flow-XXXXXX", &error);
  g_assert_no_error (error);
  base = g_file_new_for_path (base_path);
  directory = g_file_get_child (base, "profiles");
  store = relais_profile_store_new (directory);
  backend = g_memory_settings_backend_new ();
  settings = g_settings_new_with_backend (APP_ID, backend);

  bench.catalog = relais_catalog_new_from_resource (RESOURCE_PATH "/catalog", &error);
  g_assert_no_error (error);
  {
    guint shipped = 0;

    for (guint i = 0; i < relais_catalog_get_categories (bench.catalog)->len; i++)
      shipped += ((RelaisCategory *) g_ptr_array_index (relais_catalog_get_categories (bench.catalog), i))->tools->len;
    if (n_tools + 1 > shipped)
      {
        catalog_folder = g_file_get_child (base, "catalog");
        g_assert_true (g_file_make_directory (catalog_folder, NULL, &error));
        write_catalogue (catalog_folder, (n_tools + 1 + shipped - 1) / shipped);
        g_clear_object (&bench.catalog);
        bench.catalog = relais_catalog_new_from_directory (catalog_folder, &error);
        g_assert_no_error (error);
      }
  }
  bench.profile = relais_test_add_profile (store, "Banc d’essai");
  relais_profile_set_kind (bench.profile, RELAIS_PROFILE_KIND_ASSOCIATION);
  fill_profile (&bench, n_tools);

  context = g_object_new (RELAIS_TYPE_CONTEXT, "store", store, "settings", settings,
                          "catalog-folder", catalog_folder, NULL);
  /* The catalogue read before the window, as it is by the time a user adds
   * a tool: the read itself is not what is measured here. */
  g_assert_nonnull (relais_context_load_catalog (context, NULL));
  bench.window = g_object_new (RELAIS_TYPE_WINDOW, "context", context, NULL);
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1000, 700);
  relais_window_set_profile (bench.window, bench.profile);
  gtk_window_present (GTK_WINDOW (bench.window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (bench.window)), "after-paint",
                    G_CALLBACK (after_paint_cb), &bench);
  run_until_painted (&bench);
  {
    /* The first showing of the Tools area: its page made, every tool's row
     * bound (issue 14 asks under a second of main-thread time for 500). */
    double cpu_start = thread_cpu_ms ();
    gint64 wall_start = g_get_monotonic_time ();

    GtkListBox *rows;
    guint n_tools_shown = g_list_model_get_n_items (relais_profile_get_tools (bench.profile));

    /* Until the area is painted with its first rows: the others come a
     * few each frame, while the frame clock ticks, so the loop is never
     * left with nothing to dispatch until they are all there. */
    gtk_widget_activate_action (GTK_WIDGET (bench.window), "win.show-area", "s", "tools");
    run_until_frame (&bench);
    run_until_frame (&bench);
    g_print ("first showing of the Tools area: %.2f ms of main-thread CPU (%.2f ms wall)\n",
             thread_cpu_ms () - cpu_start, (g_get_monotonic_time () - wall_start) / 1000.0);

    /* The Tools area is made when first shown, inside its bin. */
    bench.tools_page = adw_bin_get_child (ADW_BIN (gtk_widget_get_template_child (GTK_WIDGET (bench.window), RELAIS_TYPE_WINDOW, "tools_area")));
    /* Past the first screen, the rows come a few each frame: until the
     * last one is there. */
    rows = GTK_LIST_BOX (gtk_widget_get_template_child (bench.tools_page, RELAIS_TYPE_TOOLS_PAGE, "tools_list"));
    while (n_tools_shown > 0 && gtk_list_box_get_row_at_index (rows, n_tools_shown - 1) == NULL)
      run_until_painted (&bench);
    g_print ("every tool's row made: %.2f ms of main-thread CPU (%.2f ms wall)\n",
             thread_cpu_ms () - cpu_start, (g_get_monotonic_time () - wall_start) / 1000.0);
  }
  bench.search_entry = GTK_WIDGET (gtk_widget_get_template_child (bench.tools_page, RELAIS_TYPE_TOOLS_PAGE, "search_entry"));

  g_print ("%u tools in the profile, %u rounds; main-thread CPU time (wall time) in ms\n",
           g_list_model_get_n_items (relais_profile_get_tools (bench.profile)), rounds);
  g_print ("%-24s %10s %10s %12s\n", "operation", "median", "worst", "median wall");
  for (Op op = 0; op < N_OPS; op++)
    {
      g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));

      /* RELAIS_BENCH_ONLY="type in the search": one operation, for a profiler. */
      if (g_getenv ("RELAIS_BENCH_ONLY") != NULL && !g_str_equal (g_getenv ("RELAIS_BENCH_ONLY"), op_names[op]))
        continue;
      show_area (&bench, op == OP_TICK ? "path" : "tools");
      for (guint round = 0; round < rounds; round++)
        {
          double cpu_start, cpu_ms, wall_ms;
          gint64 wall_start;

          prepare (&bench, op, round);
          wall_start = g_get_monotonic_time ();
          cpu_start = thread_cpu_ms ();
          measured_operation (&bench, op, round);
          cpu_ms = thread_cpu_ms () - cpu_start;
          wall_ms = (g_get_monotonic_time () - wall_start) / 1000.0;
          g_array_append_val (cpu, cpu_ms);
          g_array_append_val (wall, wall_ms);
        }
      g_array_sort (cpu, compare_doubles);
      g_array_sort (wall, compare_doubles);
      g_print ("%-24s %10.2f %10.2f %12.2f\n", op_names[op],
               g_array_index (cpu, double, cpu->len / 2), g_array_index (cpu, double, cpu->len - 1),
               g_array_index (wall, double, wall->len / 2));
    }

  gtk_window_destroy (GTK_WINDOW (bench.window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_clear_object (&bench.catalog);
  g_clear_pointer (&bench.extra_tool, g_free);
  g_clear_pointer (&bench.alternative, g_free);
  relais_test_remove_tree (base);

  return EXIT_SUCCESS;
}
