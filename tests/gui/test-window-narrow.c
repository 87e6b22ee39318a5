/* test-window-narrow.c — the window at 360 px, the narrowest phone width
 * GNOME designs for: no area asks for more, and the title fits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <libintl.h>
#include <string.h>
#include <adwaita.h>

#include "relais-profile-editor.h"
#include "relais-profile-tool.h"
#include "relais-window.h"
#include "relais-gui-test-utils.h"
#include "relais-test-utils.h"

#define NARROW 360

typedef struct
{
  char               *base;
  RelaisProfileStore *store;
  RelaisContext      *context;
  RelaisWindow       *window;
} Fixture;

/* The translations of the build (RELAIS_LOCALEDIR), as src/main.c binds them. */
static void
set_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* glibc reads LANGUAGE again once the message catalogues are reset. */
  textdomain (GETTEXT_PACKAGE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) directory = NULL;
  RelaisProfile *profile;

  /* The window's texts are translated when it is made. */
  if (g_strcmp0 (data, "fr") == 0)
    set_language ("fr");
  fixture->base = g_dir_make_tmp ("relais-window-narrow-XXXXXX", &error);
  g_assert_no_error (error);
  directory = g_file_new_build_filename (fixture->base, "profiles", NULL);
  fixture->store = relais_profile_store_new (directory);
  fixture->context = relais_test_new_context (fixture->store, NULL);
  fixture->window = g_object_new (RELAIS_TYPE_WINDOW, "context", fixture->context, NULL);
  profile = relais_test_add_profile (fixture->store, "Les Amis du Pays d’Auge et de la Touques");
  relais_profile_set_departement (profile, "14");
  relais_profile_set_postcode (profile, "14100");
  relais_profile_tool_set_choice (relais_profile_add_tool (profile, "microsoft-word"), "libreoffice-writer");
  relais_profile_tool_set_choice (relais_profile_add_tool (profile, "doodle"), "framadate");
  relais_window_set_profile (fixture->window, profile);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), NARROW, 640);
  gtk_window_present (GTK_WINDOW (fixture->window));
  relais_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) base = g_file_new_for_path (fixture->base);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->store);
  relais_test_remove_tree (base);
  g_clear_pointer (&fixture->base, g_free);
  set_language ("en");
}

static int
minimum_width (GtkWidget *widget)
{
  int minimum;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* Names the deepest widgets that ask for more than @limit: the culprits. */
static guint
report_wide (GtkWidget *widget,
             int        limit,
             int        depth)
{
  guint found = 0;

  if (!gtk_widget_get_visible (widget))
    return 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (minimum_width (child) > limit - 2 * depth)
      found += report_wide (child, limit, depth + 1);
  if (found == 0 && minimum_width (widget) > limit)
    {
      g_test_message ("%*s%s (%s) asks for %d px", depth, "", G_OBJECT_TYPE_NAME (widget),
                      GTK_IS_LABEL (widget) ? gtk_label_get_label (GTK_LABEL (widget)) : "",
                      minimum_width (widget));
      found = 1;
    }
  return found;
}

static gboolean
context_has_read_everything (gpointer data)
{
  RelaisContext *context = data;

  return relais_context_get_catalog (context) != NULL && relais_context_get_directory (context) != NULL &&
         relais_context_get_finder (context) != NULL;
}

/* Each area, shown, fits in 360 px. */
static void
test_areas_fit (Fixture       *fixture,
                gconstpointer  data)
{
  static const char *areas[] = { "path", "tools", "help", "progress" };
  GtkWidget *window = GTK_WIDGET (fixture->window);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

      g_assert_true (gtk_widget_activate_action (window, "win.show-area", "s", areas[i]));
      while (!context_has_read_everything (fixture->context) && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_test_message ("%s: the window asks for %d px", areas[i], minimum_width (window));
      if (minimum_width (window) > NARROW)
        {
          report_wide (window, NARROW, 0);
          g_error ("the %s area asks for %d px, more than %d", areas[i], minimum_width (window), NARROW);
        }
    }
}

/* The label showing @text, the one shown if there are several:
 * libadwaita's switcher buttons hold two, one for each layout. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *found = NULL;

  relais_test_collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0 &&
        (found == NULL || gtk_widget_get_mapped (g_ptr_array_index (labels, i))))
      found = g_ptr_array_index (labels, i);
  return found;
}

static gboolean
title_shown (GtkWidget *window)
{
  GtkWidget *squeezer = relais_test_template_child (window, RELAIS_TYPE_WINDOW, "title_squeezer");

  return adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer)) ==
         relais_test_template_child (window, RELAIS_TYPE_WINDOW, "window_title");
}

static gboolean
label_cut (GtkWidget *label)
{
  return pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label)));
}

/* At 360 px the title is whole, not "Rel…", and the profile's name is its
 * subtitle, while the profile button keeps an icon. */
static void
test_title_fits (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *title_widget = relais_test_template_child (window, RELAIS_TYPE_WINDOW, "window_title");
  GtkWidget *title;
  int natural;

  relais_test_wait_until (gtk_widget_get_width (window) > 0 && gtk_widget_get_width (window) <= NARROW &&
                          title_shown (window));
  title = find_label (title_widget, "Relais");
  g_assert_nonnull (title);
  relais_test_wait_until (gtk_widget_get_mapped (title));
  gtk_widget_measure (title, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_test_message ("the title has %d px of the %d it needs", gtk_widget_get_width (title), natural);
  g_assert_cmpint (gtk_widget_get_width (title), >=, natural);

  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title_widget)), ==,
                   "Les Amis du Pays d’Auge et de la Touques");
  /* The button changes once the width is settled. */
  relais_test_wait_until (!gtk_widget_get_visible (relais_test_template_child (window, RELAIS_TYPE_WINDOW, "profile_label")));
  g_assert_true (gtk_widget_get_visible (relais_test_template_child (window, RELAIS_TYPE_WINDOW, "profile_icon")));

  /* Wide, the name is back on the button. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 640);
  relais_test_wait_until (!title_shown (window) &&
                          gtk_widget_get_visible (relais_test_template_child (window, RELAIS_TYPE_WINDOW, "profile_label")));
  g_assert_false (gtk_widget_get_visible (relais_test_template_child (window, RELAIS_TYPE_WINDOW, "profile_icon")));
}

/* In French, whose labels are the longest: wide, the view switcher asks
 * for no more than it shows, and the profile's name beside it shows whole at
 * 900 px ("Les Amis …" before, with the wide switcher that never fitted);
 * at 360 px the switcher is the bottom bar, whose labels show whole too
 * ("Aide à proxi…" before), and the long name is the title's subtitle, cut. */
static void
test_french_labels_whole (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *name = relais_test_template_child (window, RELAIS_TYPE_WINDOW, "profile_label");
  GtkWidget *bar = relais_test_template_child (window, RELAIS_TYPE_WINDOW, "switcher_bar");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *subtitle;
  guint n_shown = 0;

  g_assert_nonnull (find_label (relais_test_template_child (window, RELAIS_TYPE_WINDOW, "view_switcher"),
                                "Aide à proximité"));

  /* Narrow: the switcher at the bottom, each label whole. */
  relais_test_wait_until (gtk_widget_get_width (window) > 0 && gtk_widget_get_width (window) <= NARROW &&
                          title_shown (window) && adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  relais_test_wait_until (find_label (bar, "Aide à proximité") != NULL &&
                          gtk_widget_get_mapped (find_label (bar, "Aide à proximité")) && gtk_widget_get_height (bar) > 0);
  relais_test_collect (bar, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (!gtk_widget_get_mapped (label))
        continue;
      n_shown++;
      g_test_message ("bottom bar: “%s”, %d px wide", gtk_label_get_label (GTK_LABEL (label)),
                      gtk_widget_get_width (label));
      g_assert_false (label_cut (label));
    }
  g_assert_cmpuint (n_shown, ==, 4);
  /* The long name is the subtitle, cut rather than widening the window. */
  subtitle = find_label (relais_test_template_child (window, RELAIS_TYPE_WINDOW, "window_title"),
                         "Les Amis du Pays d’Auge et de la Touques");
  relais_test_wait_until (gtk_widget_get_mapped (subtitle));
  g_assert_true (label_cut (subtitle));

  /* The name of the reference journey, whole beside the switcher. At 860 px
   * it is cut by a few letters: libadwaita 1.2's switcher buttons are 100 px
   * at the least, and the header bar gives the name no more than half of
   * what they leave, to keep them centred. */
  relais_profile_set_name (relais_window_get_profile (fixture->window), "Les Amis du Pays d’Auge");
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  relais_test_wait_until (gtk_widget_get_width (window) > NARROW);
  g_test_message ("the window is %d px wide", gtk_widget_get_width (window));
  relais_test_wait_until (!title_shown (window) && gtk_widget_get_mapped (name));
  relais_test_wait_until (!gtk_widget_get_visible (relais_test_template_child (window, RELAIS_TYPE_WINDOW, "profile_icon")));
  relais_test_wait_until (gtk_widget_get_width (name) > 0);
  g_test_message ("the name has %d px", gtk_widget_get_width (name));
  g_assert_false (label_cut (name));
  g_assert_true (gtk_widget_get_mapped (relais_test_template_child (window, RELAIS_TYPE_WINDOW, "view_switcher")));
}

/* The profile editor fits in 360 px too: the four weights of a reason
 * wrap their words rather than widen the window. */
static void
test_editor_fits (Fixture       *fixture,
                  gconstpointer  data)
{
  RelaisProfileEditor *editor = relais_profile_editor_new_for_creation (fixture->store);

  gtk_window_present (GTK_WINDOW (editor));
  relais_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (editor)));
  g_test_message ("the profile editor asks for %d px", minimum_width (GTK_WIDGET (editor)));
  if (minimum_width (GTK_WIDGET (editor)) > NARROW)
    {
      report_wide (GTK_WIDGET (editor), NARROW, 0);
      g_error ("the profile editor asks for %d px, more than %d", minimum_width (GTK_WIDGET (editor)), NARROW);
    }
  gtk_window_destroy (GTK_WINDOW (editor));
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
  /* The widest title bar: three window buttons, as outside GNOME. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "menu:minimize,maximize,close", NULL);

  g_test_add ("/window/narrow/areas", Fixture, NULL, fixture_set_up, test_areas_fit, fixture_tear_down);
  g_test_add ("/window/narrow/title", Fixture, NULL, fixture_set_up, test_title_fits, fixture_tear_down);
  if (g_getenv ("RELAIS_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RELAIS_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_test_add ("/window/narrow/french-labels-whole", Fixture, "fr", fixture_set_up, test_french_labels_whole,
                  fixture_tear_down);
    }
  g_test_add ("/window/narrow/profile-editor", Fixture, NULL, fixture_set_up, test_editor_fits, fixture_tear_down);

  return g_test_run ();
}
