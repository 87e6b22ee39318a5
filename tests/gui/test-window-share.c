/* test-window-share.c — a journey shared by a team: a shared folder's
 * profile shown, changed by another member and seen within the poll
 * interval, deleted there; sharing moves the file and keeps a copy; the
 * folders are remembered; giving one up is undone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "relais-message.h"
#include "relais-profile-store-folders.h"
#include "relais-window-private.h"
#include "relais-gui-test-utils.h"
#include "relais-test-utils.h"

typedef struct
{
  char               *base;
  GFile              *shared;
  RelaisProfileStore *store;
  GSettings          *settings;
  RelaisWindow       *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) directory = NULL;

  fixture->base = g_dir_make_tmp ("relais-window-share-XXXXXX", &error);
  g_assert_no_error (error);
  directory = g_file_new_build_filename (fixture->base, "relais", "profiles", NULL);
  fixture->shared = g_file_new_build_filename (fixture->base, "Nextcloud", "Association", NULL);
  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (fixture->shared), 0700), ==, 0);
  fixture->store = relais_profile_store_new (directory);
  fixture->settings = g_settings_new_with_backend (APP_ID, backend);
}

static void
open_window (Fixture *fixture)
{
  g_autoptr(RelaisContext) context = g_object_new (RELAIS_TYPE_CONTEXT,
                                                   "store", fixture->store,
                                                   "settings", fixture->settings,
                                                   NULL);

  fixture->window = g_object_new (RELAIS_TYPE_WINDOW, "context", context, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) base = g_file_new_for_path (fixture->base);

  /* The toasts shown before the window goes (libadwaita 1.2 frees a
   * queued one twice when its overlay goes first). */
  relais_test_wait_until (!g_main_context_iteration (NULL, FALSE));
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  relais_test_wait_until (!g_main_context_iteration (NULL, FALSE));
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->shared);
  relais_test_remove_tree (base);
  g_clear_pointer (&fixture->base, g_free);
}

/* Another member's Relais writes the profile into the folder. */
static char *
write_elsewhere (GFile         *folder,
                 RelaisProfile *profile)
{
  g_autofree char *basename = g_strconcat (relais_profile_get_id (profile), ".json", NULL);
  char *path = g_build_filename (g_file_peek_path (folder), basename, NULL);
  g_autofree char *data = NULL;
  g_autofree char *temporary = g_strconcat (path, ".part", NULL);
  gsize length;

  /* As a sync client does: written aside, then renamed over. */
  data = relais_profile_to_data (profile, &length);
  g_assert_true (g_file_set_contents (temporary, data, length, NULL));
  g_assert_cmpint (g_rename (temporary, path), ==, 0);
  return path;
}

static gboolean
settings_hold (GSettings *settings,
               GFile     *folder)
{
  g_auto(GStrv) uris = g_settings_get_strv (settings, "shared-folders");
  g_autofree char *uri = g_file_get_uri (folder);

  return g_strv_contains ((const char * const *) uris, uri);
}

static RelaisProfile *
shown (Fixture *fixture)
{
  RelaisProfile *profile = NULL;

  g_object_get (fixture->window, "profile", &profile, NULL);
  if (profile != NULL)
    g_object_unref (profile);  /* the window holds it */
  return profile;
}

static gboolean
switcher_says (Fixture    *fixture,
               const char *words)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  relais_test_collect (GTK_WIDGET (fixture->window->profile_switcher), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *subtitle = adw_action_row_get_subtitle (g_ptr_array_index (rows, i));

      if (subtitle != NULL && strstr (subtitle, words) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Started with a shared folder remembered: its profile opens, another
 * member's change shows within the poll interval (a folder that reports
 * nothing, as the document portal's), and a deletion there takes it off. */
static void
test_outside_change (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RelaisProfile) theirs = relais_profile_new ("Jardins partagés");
  g_autofree char *uri = g_file_get_uri (fixture->shared);
  const char *uris[] = { uri, NULL };
  g_autofree char *path = NULL;
  RelaisProfile *profile;

  path = write_elsewhere (fixture->shared, theirs);
  g_settings_set_strv (fixture->settings, "shared-folders", uris);
  g_settings_set_string (fixture->settings, "last-profile", relais_profile_get_id (theirs));
  relais_profile_store_set_folder_poll (fixture->store, RELAIS_PROFILE_STORE_POLL_MS, TRUE);
  open_window (fixture);

  profile = shown (fixture);
  g_assert_nonnull (profile);
  g_assert_cmpstr (relais_profile_get_id (profile), ==, relais_profile_get_id (theirs));
  g_assert_cmpstr (gtk_label_get_label (fixture->window->profile_label), ==, "Jardins partagés");

  gtk_popover_popup (GTK_POPOVER (fixture->window->profile_switcher));
  relais_test_wait_until (switcher_says (fixture, "Shared in “Association”"));
  gtk_popover_popdown (GTK_POPOVER (fixture->window->profile_switcher));

  /* Another member's Relais renames it, as its saves carry what a merge
   * needs (the dates of the changes, the version they come from). */
  {
    g_autoptr(GFile) directory = g_file_new_build_filename (fixture->base, "other", "profiles", NULL);
    g_autoptr(RelaisProfileStore) other = relais_profile_store_new (directory);
    g_autoptr(GError) error = NULL;

    g_assert_true (relais_profile_store_add_folder (other, fixture->shared, &error));
    relais_profile_set_name (relais_profile_store_lookup (other, relais_profile_get_id (theirs)), "Jardins du Bourg");
    g_assert_true (relais_profile_store_flush (other, &error));
    g_assert_no_error (error);
  }
  relais_test_wait_until_within (RELAIS_PROFILE_STORE_POLL_MS + 2000,
                                 g_str_equal (gtk_label_get_label (fixture->window->profile_label),
                                              "Jardins du Bourg"));
  g_assert_true (shown (fixture) == profile);

  g_assert_cmpint (g_unlink (path), ==, 0);
  relais_test_wait_until_within (RELAIS_PROFILE_STORE_POLL_MS + 2000,
                                 relais_profile_store_lookup (fixture->store, relais_profile_get_id (theirs)) == NULL);
  g_assert_null (shown (fixture));
}

/* A button on the action follows whether it is enabled. */
static gboolean
action_enabled (Fixture    *fixture,
                const char *name)
{
  GtkWidget *probe = gtk_button_new ();
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), name);
  adw_header_bar_pack_end (fixture->window->header_bar, probe);
  enabled = gtk_widget_get_sensitive (probe);
  adw_header_bar_remove (fixture->window->header_bar, probe);
  return enabled;
}

static guint
count_toasts (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += g_strcmp0 (gtk_widget_get_css_name (child), "toast") == 0 ? 1 : count_toasts (child);
  return n;
}

static gboolean
toast_says (GtkWidget  *widget,
            const char *words)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if ((GTK_IS_LABEL (child) && g_str_equal (gtk_label_get_label (GTK_LABEL (child)), words)) ||
        toast_says (child, words))
      return TRUE;
  return FALSE;
}

/* A teammate's file that cannot be read is said, not listed, left as it is. */
static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *uri = g_file_get_uri (fixture->shared);
  const char *uris[] = { uri, NULL };
  g_autofree char *path = g_build_filename (g_file_peek_path (fixture->shared), "damaged.json", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "{ \"format\": ", -1, NULL));
  g_settings_set_strv (fixture->settings, "shared-folders", uris);
  open_window (fixture);

  relais_test_wait_until (toast_says (GTK_WIDGET (fixture->window->toast_overlay),
                                      "A file of a shared folder cannot be read"));
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (fixture->store)), ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{ \"format\": ");
}

/* Share with Your Team: the file moves into the folder, a copy stays in the
 * backups, the folder is remembered; Stop Using This Shared Folder takes
 * its profile off the list, and Undo brings it back. */
static void
test_share_and_stop (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) backups = relais_profile_store_get_backups_folder (fixture->store);
  g_autoptr(GFile) local = NULL;
  g_autofree char *id = NULL;
  RelaisProfile *mine;

  open_window (fixture);
  mine = relais_test_add_profile (fixture->store, "Ressourcerie");
  relais_window_set_profile (fixture->window, mine);
  id = g_strdup (relais_profile_get_id (mine));
  local = g_object_ref (relais_profile_store_get_file (fixture->store, mine));
  g_assert_true (action_enabled (fixture, "win.share-profile"));
  g_assert_false (action_enabled (fixture, "win.stop-shared-folder"));

  relais_window_share_to (fixture->window, fixture->shared);

  g_assert_false (g_file_query_exists (local, NULL));
  g_assert_cmpuint (relais_test_count_children (fixture->shared), ==, 1);
  g_assert_cmpuint (relais_test_count_children (backups), ==, 1);
  g_assert_true (g_file_equal (relais_profile_store_get_shared_folder (fixture->store, mine), fixture->shared));
  g_assert_true (settings_hold (fixture->settings, fixture->shared));
  g_assert_false (action_enabled (fixture, "win.share-profile"));
  g_assert_true (action_enabled (fixture, "win.stop-shared-folder"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.stop-shared-folder", NULL);
  g_assert_null (relais_profile_store_lookup (fixture->store, id));
  g_assert_false (settings_hold (fixture->settings, fixture->shared));
  g_assert_cmpuint (relais_test_count_children (fixture->shared), ==, 1);

  /* libadwaita 1.2 asserts if a toast is undone while the one it pushed
   * back is still going away: once only the undo toast is left. */
  relais_test_wait_until (count_toasts (GTK_WIDGET (fixture->window->toast_overlay)) == 1);
  g_assert_true (relais_message_undo (GTK_WIDGET (fixture->window)));
  g_assert_nonnull (relais_profile_store_lookup (fixture->store, id));
  g_assert_true (settings_hold (fixture->settings, fixture->shared));
  g_assert_cmpstr (relais_profile_get_id (shown (fixture)), ==, id);
}

/* Open a Shared Folder: its profile is listed and shown, the folder
 * remembered for the next start, and the member's name asked once. */
static void
test_open_folder (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RelaisProfile) theirs = relais_profile_new ("Atelier vélo");
  g_autofree char *member = NULL;
  GListModel *toplevels;
  AdwMessageDialog *asked = NULL;

  g_free (write_elsewhere (fixture->shared, theirs));
  open_window (fixture);
  relais_window_open_shared_folder (fixture->window, fixture->shared);

  g_assert_cmpstr (relais_profile_get_id (shown (fixture)), ==, relais_profile_get_id (theirs));
  g_assert_true (settings_hold (fixture->settings, fixture->shared));

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        asked = ADW_MESSAGE_DIALOG (toplevel);
    }
  g_assert_nonnull (asked);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (asked)), "  Camille ");
  adw_message_dialog_response (asked, "keep");
  member = g_settings_get_string (fixture->settings, "member-name");
  g_assert_cmpstr (member, ==, "Camille");
  g_assert_cmpstr (relais_profile_store_get_author (fixture->store), ==, "Camille");
  gtk_window_destroy (GTK_WINDOW (asked));
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

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window-share/outside-change", test_outside_change);
  ADD ("/window-share/share-and-stop", test_share_and_stop);
  ADD ("/window-share/open-folder", test_open_folder);
  ADD ("/window-share/unreadable", test_unreadable);
#undef ADD

  return g_test_run ();
}
