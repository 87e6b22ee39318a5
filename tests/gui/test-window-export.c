/* test-window-export.c — the two exports from the window: menu items that
 * say what each makes, a file chooser that starts in Documents (else home,
 * never the working folder), and a message that names the folder and
 * offers to open the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "relais-window-private.h"
#include "relais-gui-test-utils.h"
#include "relais-test-utils.h"

/* A configuration folder of the test's own, where user-dirs.dirs says
 * where Documents is: set before GLib reads it. */
static char *config_home;
static char *documents;

typedef struct
{
  char               *base;
  RelaisProfileStore *store;
  RelaisWindow       *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) directory = NULL;
  g_autoptr(RelaisContext) context = NULL;

  fixture->base = g_dir_make_tmp ("relais-window-export-XXXXXX", &error);
  g_assert_no_error (error);
  directory = g_file_new_build_filename (fixture->base, "profiles", NULL);
  fixture->store = relais_profile_store_new (directory);
  context = relais_test_new_context (fixture->store, NULL);
  fixture->window = g_object_new (RELAIS_TYPE_WINDOW, "context", context, NULL);
  relais_window_set_profile (fixture->window, relais_test_add_profile (fixture->store, "Amis: du / Pays"));
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) base = g_file_new_for_path (fixture->base);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->store);
  relais_test_remove_tree (base);
  g_clear_pointer (&fixture->base, g_free);
}

/* The menu item of @action, and the label of its section. */
static gboolean
find_item (GMenuModel  *menu,
           const char  *action,
           char       **label,
           char       **section_label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_action = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL && find_item (section, action, label, section_label))
        {
          if (*section_label == NULL)
            g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", section_label);
          return TRUE;
        }
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action) &&
          g_str_equal (item_action, action))
        {
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", label);
          return TRUE;
        }
    }
  return FALSE;
}

static GMenuModel *
primary_menu (RelaisWindow *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  relais_test_collect (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkMenuButton *button = g_ptr_array_index (buttons, i);

      if (!gtk_menu_button_get_primary (button))
        continue;
      /* Made when it first opens (start-up), as F10 or a click does. */
      g_assert_null (gtk_menu_button_get_menu_model (button));
      gtk_menu_button_popup (button);
      gtk_menu_button_popdown (button);
      g_assert_nonnull (gtk_menu_button_get_menu_model (button));
      return gtk_menu_button_get_menu_model (button);
    }
  g_assert_not_reached ();
}

/* The profile and the plan are exported from sections of their own, each
 * saying what it is for, and each item what it makes. */
static void
test_menu_says_what_each_makes (Fixture       *fixture,
                                gconstpointer  data)
{
  GMenuModel *menu = primary_menu (fixture->window);
  g_autofree char *profile = NULL, *profile_section = NULL;
  g_autofree char *plan = NULL, *plan_section = NULL;

  g_assert_true (find_item (menu, "win.export-profile", &profile, &profile_section));
  g_assert_true (find_item (menu, "win.export-plan", &plan, &plan_section));
  g_assert_nonnull (strstr (profile, ".relais"));
  g_assert_nonnull (strstr (plan, "PDF"));
  g_assert_nonnull (strstr (plan, "ODT"));
  g_assert_nonnull (profile_section);
  g_assert_nonnull (strstr (profile_section, "Relais"));
  g_assert_nonnull (plan_section);
  g_assert_nonnull (strstr (plan_section, "Print"));
}

/* Documents when the user has one, else home: never the working folder. */
static void
test_chooser_starts_in_documents (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autoptr(GFile) docs = g_file_new_for_path (documents);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) current = NULL;
  g_autoptr(GtkFileChooserNative) chooser = NULL;
  g_autofree char *name = NULL;

  g_assert_cmpint (g_rmdir (documents), ==, 0);
  folder = relais_window_get_default_folder ();
  g_assert_true (g_file_equal (folder, home));
  g_clear_object (&folder);

  g_assert_cmpint (g_mkdir (documents, 0700), ==, 0);
  g_assert_cmpstr (cwd, !=, documents);
  folder = relais_window_get_default_folder ();
  g_assert_true (g_file_equal (folder, docs));

  chooser = relais_window_new_save_chooser (fixture->window, "Export", "Amis: du / Pays.relais");
  /* The chooser takes its folder in as it reads it. */
  relais_test_wait_until ((current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser))) != NULL);
  g_assert_true (g_file_equal (current, docs));
  /* What a file name cannot hold is replaced. */
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, "Amis- du - Pays.relais");
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
}

/* After an export, the message names the file and its folder, and its
 * button opens the file through win.open-file. */
static void
test_message_offers_to_open (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (documents, "Plan – Amis.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  const char *folder = strrchr (documents, '/') + 1;
  GVariant *target;
  AdwToast *toast;
  const GVariantType *type = NULL;
  gboolean found = FALSE;

  toast = relais_window_announce_written (fixture->window, file, TRUE);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "Plan – Amis.pdf"));
  g_assert_nonnull (strstr (adw_toast_get_title (toast), folder));
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Open");
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.open-file");
  target = adw_toast_get_action_target_value (toast);
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);

  toast = relais_window_announce_written (fixture->window, file, FALSE);
  g_assert_true (g_str_has_prefix (adw_toast_get_title (toast), "Profile exported"));

  /* The window has that action, taking the file's address. */
  for (guint i = 0; !found; i++)
    {
      const char *name = NULL;
      const char *property = NULL;
      GType owner;

      /* GTK 4.8 writes every out argument: none may be NULL. */
      if (!gtk_widget_class_query_action (g_type_class_peek (RELAIS_TYPE_WINDOW), i, &owner, &name, &type, &property))
        break;
      found = g_str_equal (name, "win.open-file");
    }
  g_assert_true (found);
  g_assert_true (g_variant_type_equal (type, G_VARIANT_TYPE_STRING));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dirs = NULL;
  g_autofree char *dirs_path = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  config_home = g_dir_make_tmp ("relais-config-XXXXXX", &error);
  g_assert_no_error (error);
  documents = g_build_filename (config_home, "Mes Documents", NULL);
  g_assert_cmpint (g_mkdir (documents, 0700), ==, 0);
  dirs_path = g_build_filename (config_home, "user-dirs.dirs", NULL);
  dirs = g_strdup_printf ("XDG_DOCUMENTS_DIR=\"%s\"\n", documents);
  g_assert_true (g_file_set_contents (dirs_path, dirs, -1, &error));
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window/export/menu", test_menu_says_what_each_makes);
  ADD ("/window/export/chooser-folder", test_chooser_starts_in_documents);
  ADD ("/window/export/message", test_message_offers_to_open);
#undef ADD

  status = g_test_run ();
  g_unlink (dirs_path);
  g_rmdir (documents);
  g_rmdir (config_home);
  return status;
}
