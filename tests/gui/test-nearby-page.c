/* test-nearby-page.c — the Help Nearby area: contacts by kind of profile,
 * hosters of the chosen online services, places nearest first and
 * filtered, more on demand, details, and the commune chosen
 *
 * Runs with G_DEBUG=fatal-warnings, like test-widgets.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "relais-gui-test-utils.h"
#include "relais-test-utils.h"
#include "relais-nearby-contacts.h"
#include "relais-nearby-details.h"
#include "relais-chatonsinfos.h"
#include "relais-nearby-page-private.h"
#include "relais-profile-tool.h"

typedef struct
{
  RelaisNearbyPage  *page;
  GtkWindow         *window;
  RelaisProfile     *profile;
  RelaisContext     *context;
  RelaisDirectory   *directory;   /* the context's */
  RelaisPlaceFinder *finder;      /* likewise */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (folder);

  /* The directory and the places read, the catalogue not yet. */
  fixture->context = relais_test_new_context (store, NULL);
  fixture->directory = relais_context_load_directory (fixture->context, NULL, &error);
  g_assert_no_error (error);
  fixture->finder = relais_context_load_places (fixture->context, NULL, &error);
  g_assert_no_error (error);

  fixture->profile = relais_profile_new ("Jardins partagés");
  relais_profile_set_kind (fixture->profile, RELAIS_PROFILE_KIND_ASSOCIATION);
  relais_profile_set_departement (fixture->profile, "14");
  relais_profile_set_commune (fixture->profile, "14118");

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->page = g_object_new (RELAIS_TYPE_NEARBY_PAGE, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  g_object_set (fixture->page, "context", fixture->context, "profile", fixture->profile, NULL);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* The page borrows the directory and the finder: it is gone before they are. */
  g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
  gtk_window_destroy (fixture->window);
  relais_test_wait_until (fixture->page == NULL);
  g_clear_object (&fixture->profile);
  g_clear_object (&fixture->context);
}

static GPtrArray *
rows_of_group (Fixture    *fixture,
               const char *group)
{
  return relais_test_collect_rows (relais_test_template_child (fixture->page, RELAIS_TYPE_NEARBY_PAGE, group));
}

/* The rows that open a place, with the index of the place they open. */
static GArray *
place_indexes (Fixture *fixture)
{
  g_autoptr(GPtrArray) rows = rows_of_group (fixture, "places_group");
  GArray *indexes = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < rows->len; i++)
    {
      GtkActionable *row = g_ptr_array_index (rows, i);
      GVariant *target = gtk_actionable_get_action_target_value (row);

      if (g_strcmp0 (gtk_actionable_get_action_name (row), "nearby.place") == 0)
        {
          guint index = g_variant_get_uint32 (target);

          g_array_append_val (indexes, index);
        }
    }
  return indexes;
}

static gboolean
has_row_titled (GPtrArray  *rows,
                const char *title)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return TRUE;
  return FALSE;
}

static void
test_places_nearest_and_more (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GArray) first = place_indexes (fixture);
  g_autoptr(GArray) more = NULL;
  g_autoptr(GPtrArray) rows = rows_of_group (fixture, "places_group");
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (relais_test_template_child (fixture->page, RELAIS_TYPE_NEARBY_PAGE,
                                                                                  "places_group"));

  /* The list's month in words, never as an ISO date. */
  g_assert_nonnull (strstr (adw_preferences_group_get_description (group), "(April 2023)"));

  /* Ten places, then a row for more. */
  g_assert_cmpuint (first->len, ==, 10);
  g_assert_true (has_row_titled (rows, "Show More Places"));
  for (guint i = 0; i < 5; i++)
    g_assert_cmpstr (relais_place_finder_get_where (fixture->finder, g_array_index (first, guint, i))->commune->insee,
                     ==, "14118");

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "nearby.show-more-places", NULL);
  more = place_indexes (fixture);
  g_assert_cmpuint (more->len, ==, 20);
  for (guint i = 0; i < first->len; i++)
    g_assert_cmpuint (g_array_index (more, guint, i), ==, g_array_index (first, guint, i));
}

static void
test_places_filtered (Fixture       *fixture,
                      gconstpointer  data)
{
  AdwComboRow *services = ADW_COMBO_ROW (relais_test_template_child (fixture->page, RELAIS_TYPE_NEARBY_PAGE, "service_row"));
  GListModel *labels = adw_combo_row_get_model (services);
  g_autoptr(GArray) filtered = NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), "Getting started with a computer"))
      position = i;
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);

  adw_combo_row_set_selected (services, position);
  filtered = place_indexes (fixture);
  g_assert_cmpuint (filtered->len, >, 0);
  for (guint i = 0; i < filtered->len; i++)
    g_assert_true (g_strv_contains ((const char * const *) relais_place_finder_get_place (fixture->finder, g_array_index (filtered, guint, i))->services,
                                    "prendre-en-main-un-ordinateur"));

  /* Back to everything. */
  adw_combo_row_set_selected (services, 0);
  g_clear_pointer (&filtered, g_array_unref);
  filtered = place_indexes (fixture);
  g_assert_cmpuint (filtered->len, ==, 10);
}

static void
test_contacts_by_kind (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = rows_of_group (fixture, "contacts_group");

  /* An association of the Calvados: CHATONS and Guid’Asso (which absorbs
   * PANA) first, and Artifaille, in Caen, beside them. */
  g_assert_true (has_row_titled (rows, "CHATONS"));
  g_assert_true (has_row_titled (rows, "Guid’Asso"));
  g_assert_true (has_row_titled (rows, "Artifaille"));

  relais_profile_set_kind (fixture->profile, RELAIS_PROFILE_KIND_PERSON);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = rows_of_group (fixture, "contacts_group");
  g_assert_true (has_row_titled (rows, "AFUL"));
  /* Guid’Asso is for groups: one click away, in the expander, for a person. */
  {
    GtkWidget *group = relais_test_template_child (fixture->page, RELAIS_TYPE_NEARBY_PAGE, "contacts_group");
    g_autoptr(GPtrArray) expanders = g_ptr_array_new ();

    g_autoptr(GPtrArray) inside = NULL;

    relais_test_collect (group, ADW_TYPE_EXPANDER_ROW, expanders);
    g_assert_cmpuint (expanders->len, ==, 1);
    inside = relais_test_collect_rows (g_ptr_array_index (expanders, 0));
    g_assert_true (has_row_titled (inside, "Guid’Asso"));
    g_assert_false (has_row_titled (inside, "AFUL"));
  }
}

static void
test_hosters_of_chosen_service (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  RelaisProfileTool *tool;

  /* The catalogue arrives: the page is told by its context. */
  g_assert_nonnull (relais_context_load_catalog (fixture->context, &error));
  g_assert_no_error (error);
  rows = rows_of_group (fixture, "hosters_group");
  g_assert_cmpuint (rows->len, ==, 1);  /* what to do to see hosters */
  g_clear_pointer (&rows, g_ptr_array_unref);

  tool = relais_profile_add_tool (fixture->profile, "google-docs");
  relais_profile_tool_set_choice (tool, "etherpad");
  rows = rows_of_group (fixture, "hosters_group");
  /* The CHATONS mutual aid offers pads to everyone, without an account. */
  g_assert_true (has_row_titled (rows, "CHATONS mutual aid (entraide.chatons.org)"));

  /* A note typed on the tool changes no service: the rows stay as they are
   * (they are rebuilt only when the services chosen change). */
  {
    g_autoptr(GPtrArray) again = NULL;

    relais_profile_tool_set_note (tool, "Pour les comptes rendus");
    again = rows_of_group (fixture, "hosters_group");
    g_assert_cmpuint (again->len, ==, rows->len);
    for (guint i = 0; i < rows->len; i++)
      g_assert_true (g_ptr_array_index (again, i) == g_ptr_array_index (rows, i));
  }
}

static RelaisNearbyDetails *
find_details (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (RELAIS_IS_NEARBY_DETAILS (window))
        return RELAIS_NEARBY_DETAILS (window);
    }
  return NULL;
}

static void
test_details_and_commune (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GArray) indexes = place_indexes (fixture);
  guint index = g_array_index (indexes, guint, 0);
  RelaisNearbyDetails *details;
  g_autoptr(GPtrArray) facts = NULL;
  GtkLabel *place_label;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "nearby.place", "u", index);
  details = find_details ();
  g_assert_nonnull (details);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (details)), ==, relais_place_finder_get_place (fixture->finder, index)->name);
  facts = relais_test_collect_rows (details);
  g_assert_true (has_row_titled (facts, "Address"));
  /* The entry's own date, always, in words; every entry of the 2023 file
   * is over two years old. */
  {
    const RelaisPlace *place = relais_place_finder_get_place (fixture->finder, index);
    g_autofree char *year = g_strndup (place->updated, 4);
    const char *age = NULL;

    for (guint i = 0; i < facts->len; i++)
      if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (facts, i)), "Last updated") == 0)
        age = adw_action_row_get_subtitle (g_ptr_array_index (facts, i));
    g_assert_nonnull (age);
    g_assert_true (g_str_has_prefix (age, "Information from "));
    g_assert_nonnull (strstr (age, year));
    g_assert_true (g_str_has_suffix (age, ": call before going."));
    g_assert_null (strstr (age, place->updated));
    g_assert_true (has_row_titled (facts, "National labels") == (place->labels[0] != NULL));
  }
  gtk_window_destroy (GTK_WINDOW (details));

  /* Choosing Rouen: the profile moves, the postcode follows, the list too. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "nearby.choose-commune", "s", "76540");
  g_assert_cmpstr (relais_profile_get_commune (fixture->profile), ==, "76540");
  g_assert_cmpstr (relais_profile_get_departement (fixture->profile), ==, "76");
  g_assert_cmpstr (relais_profile_get_postcode (fixture->profile), ==, "76000");
  place_label = GTK_LABEL (relais_test_template_child (fixture->page, RELAIS_TYPE_NEARBY_PAGE, "place_label"));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (place_label), "Rouen (76000)"));
  g_clear_pointer (&indexes, g_array_unref);
  indexes = place_indexes (fixture);
  g_assert_cmpstr (relais_place_finder_get_where (fixture->finder, g_array_index (indexes, guint, 0))->commune->insee,
                   ==, "76540");
}

/* The entries a section lists first, not those folded in a group. */
static gboolean
lists_first (GtkWidget  *section,
             const char *title)
{
  g_autoptr(GPtrArray) rows = relais_test_collect_rows (section);

  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_get_ancestor (g_ptr_array_index (rows, i), ADW_TYPE_EXPANDER_ROW) == NULL &&
        g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return TRUE;
  return FALSE;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
directory_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (relais_context_load_directory_finish (RELAIS_CONTEXT (object), result, NULL, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
places_read_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (relais_context_load_places_finish (RELAIS_CONTEXT (object), result, NULL, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

/* A section on its own: empty until its context has read the directory and
 * the places, then it fills in; it follows the profile it is given, and no
 * longer the one it had. */
static void
test_section_follows (void)
{
  g_autoptr(GFile) folder = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (folder);
  g_autoptr(RelaisContext) context = relais_test_new_context (store, NULL);
  g_autoptr(RelaisProfile) caen = relais_profile_new ("Caen");
  g_autoptr(RelaisProfile) paris = relais_profile_new ("Paris");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *section;
  gboolean directory_read = FALSE, places_read = FALSE;
  guint n_profile_notified = 0;
  gint64 deadline;

  relais_profile_set_kind (caen, RELAIS_PROFILE_KIND_ASSOCIATION);
  relais_profile_set_departement (caen, "14");
  relais_profile_set_kind (paris, RELAIS_PROFILE_KIND_ASSOCIATION);
  relais_profile_set_departement (paris, "75");

  section = g_object_new (RELAIS_TYPE_NEARBY_CONTACTS, "context", context, "profile", caen, NULL);
  g_signal_connect (section, "notify::profile", G_CALLBACK (count_notify), &n_profile_notified);
  gtk_window_set_child (GTK_WINDOW (window), section);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (lists_first (section, "CHATONS"));

  relais_context_load_directory_async (context, FALSE, NULL, directory_read_cb, &directory_read);
  relais_context_load_places_async (context, FALSE, NULL, places_read_cb, &places_read);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (!(directory_read && places_read) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (directory_read && places_read);
  /* Artifaille is in Caen: first for an association of the Calvados. */
  g_assert_true (lists_first (section, "CHATONS"));
  g_assert_true (lists_first (section, "Artifaille"));

  g_object_set (section, "profile", paris, NULL);
  g_object_set (section, "profile", paris, NULL);
  g_assert_cmpuint (n_profile_notified, ==, 1);
  g_assert_false (lists_first (section, "Artifaille"));
  /* The profile it had no longer moves it. */
  relais_profile_set_departement (caen, "76");
  relais_profile_set_departement (caen, "14");
  g_assert_false (lists_first (section, "Artifaille"));
  relais_profile_set_departement (paris, "14");
  g_assert_true (lists_first (section, "Artifaille"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The CHATONS folder read in a worker: the refresh's row while it runs, one
 * import at a time, the list written when it ends and the row gone. */
static void
test_import_hosters_folder (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "chatonsinfos", NULL);
  g_autofree char *output = relais_chatonsinfos_default_output_path ();
  g_autofree char *backup = g_strconcat (output, "~", NULL);
  g_autofree char *contents = NULL;
  GtkWidget *row;

  g_remove (output);
  relais_nearby_page_import_hosters_folder (fixture->page, folder);
  row = fixture->page->refresh_row;
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Reading the CHATONS files…");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, folder);
  relais_nearby_page_import_hosters_folder (fixture->page, folder);
  g_assert_true (fixture->page->refresh_row == row);

  relais_test_wait_until (fixture->page->refresh_row == NULL);
  g_assert_null (fixture->page->refresh_cancellable);
  g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Alpha Libre"));

  g_remove (output);
  g_remove (backup);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("relais-nearby-page-XXXXXX", NULL);
  int status;

  /* The folder import writes the user's hosters file: into this one. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();

  g_test_add_func ("/nearby-section/follows", test_section_follows);
  g_test_add ("/nearby-page/places-nearest-and-more", Fixture, NULL, fixture_set_up, test_places_nearest_and_more, fixture_tear_down);
  g_test_add ("/nearby-page/places-filtered", Fixture, NULL, fixture_set_up, test_places_filtered, fixture_tear_down);
  g_test_add ("/nearby-page/contacts-by-kind", Fixture, NULL, fixture_set_up, test_contacts_by_kind, fixture_tear_down);
  g_test_add ("/nearby-page/hosters-of-chosen-service", Fixture, NULL, fixture_set_up, test_hosters_of_chosen_service, fixture_tear_down);
  g_test_add ("/nearby-page/details-and-commune", Fixture, NULL, fixture_set_up, test_details_and_commune, fixture_tear_down);
  g_test_add ("/nearby-page/import-hosters-folder", Fixture, NULL, fixture_set_up, test_import_hosters_folder, fixture_tear_down);

  status = g_test_run ();
  {
    g_autofree char *directory = g_build_filename (data_home, "relais", "directory", NULL);
    g_autofree char *relais = g_build_filename (data_home, "relais", NULL);

    g_rmdir (directory);
    g_rmdir (relais);
    g_rmdir (data_home);
  }
  return status;
}
