/* test-large-text.c — text 1.5 times larger (the "large text" setting), in
 * French, at 1000 and 360 px: no name or title in an area is cut short
 *
 * A label on one line that does not fit is ellipsized ("Pourquoi passer au
 * logi…"): a reader who enlarged the text to read it loses its end. Labels
 * that wrap, and the descriptions a row deliberately keeps to a few lines,
 * are not names cut short.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "relais-profile-editor.h"
#include "relais-profile-tool.h"
#include "relais-window.h"
#include "relais-gui-test-utils.h"
#include "relais-test-utils.h"

/* GTK's unit: 1024ths of a dot per inch, 96 being 1×. */
#define LARGE_TEXT_DPI (96 * 1024 * 3 / 2)

typedef struct
{
  char               *base;
  RelaisProfileStore *store;
  RelaisContext      *context;
  RelaisWindow       *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) directory = NULL;
  RelaisProfile *profile;
  static const char *tools[] = { "microsoft-word", "microsoft-excel", "gmail", "google-drive",
                                 "whatsapp", "zoom", "dropbox", "doodle" };

  fixture->base = g_dir_make_tmp ("relais-large-text-XXXXXX", &error);
  g_assert_no_error (error);
  directory = g_file_new_build_filename (fixture->base, "profiles", NULL);
  fixture->store = relais_profile_store_new (directory);
  fixture->context = relais_test_new_context (fixture->store, NULL);
  fixture->window = g_object_new (RELAIS_TYPE_WINDOW, "context", fixture->context, NULL);
  profile = relais_test_add_profile (fixture->store, "Les Amis du Pays d’Auge et de la Touques");
  relais_profile_set_departement (profile, "14");
  relais_profile_set_postcode (profile, "14000");
  relais_profile_set_commune (profile, "14118");
  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    relais_profile_add_tool (profile, tools[i]);
  relais_profile_tool_set_choice (relais_profile_find_tool (profile, "microsoft-word", NULL), "libreoffice-writer");
  relais_window_set_profile (fixture->window, profile);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), GPOINTER_TO_INT (data), 700);
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
}

/* What an area shows once the context has read it: the catalogue for
 * Tools and Progress, the directory and the places for Help Nearby. */
static gboolean
area_is_read (RelaisContext *context,
              const char    *area)
{
  if (g_str_equal (area, "help"))
    return relais_context_get_directory (context) != NULL && relais_context_get_finder (context) != NULL;
  if (g_str_equal (area, "tools") || g_str_equal (area, "progress"))
    return relais_context_get_catalog (context) != NULL;
  return TRUE;
}

/* The labels on one line that show less than their text. A field's
 * placeholder is a hint, which the field's name says whole. */
static void
collect_cut (GtkWidget *widget,
             GPtrArray *cut)
{
  if (!gtk_widget_get_mapped (widget) || GTK_IS_TEXT (widget))
    return;
  if (GTK_IS_LABEL (widget) && !gtk_label_get_wrap (GTK_LABEL (widget)) &&
      gtk_label_get_ellipsize (GTK_LABEL (widget)) != PANGO_ELLIPSIZE_NONE &&
      pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
    g_ptr_array_add (cut, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_cut (child, cut);
}

static int
minimum_width (GtkWidget *widget)
{
  int minimum;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* What makes the window wider than asked: the deepest widgets wider than
 * @limit, each with its text when it is a label. */
static void
collect_wide (GtkWidget *widget,
              int        limit,
              GPtrArray *wide)
{
  guint before = wide->len;

  if (!gtk_widget_get_visible (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (minimum_width (child) > limit)
      collect_wide (child, limit, wide);
  if (wide->len == before)
    g_ptr_array_add (wide, g_strdup_printf ("%s (in %s, %s) “%s” asks for %d px", G_OBJECT_TYPE_NAME (widget),
                                            G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)),
                                            G_OBJECT_TYPE_NAME (gtk_widget_get_parent (gtk_widget_get_parent (widget))),
                                            GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget))
                                            : GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget)) : "",
                                            minimum_width (widget)));
}

static void
test_nothing_cut (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char *areas[] = { "path", "tools", "help", "progress" };
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *stack = relais_test_template_child (window, RELAIS_TYPE_WINDOW, "area_stack");
  int width = GPOINTER_TO_INT (data);
  guint n_cut = 0;

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_autoptr(GPtrArray) cut = g_ptr_array_new_with_free_func (g_free);
      GtkWidget *area;

      g_assert_true (gtk_widget_activate_action (window, "win.show-area", "s", areas[i]));
      area = adw_view_stack_get_visible_child (ADW_VIEW_STACK (stack));
      relais_test_wait_until (area_is_read (fixture->context, areas[i]));
      relais_test_wait_until (gtk_widget_get_mapped (area) && gtk_widget_get_width (area) > 0);
      g_test_message ("%s: the window is %d px wide", areas[i], gtk_widget_get_width (window));
      while (g_main_context_iteration (NULL, FALSE))
        ;
      collect_cut (area, cut);
      /* A window wider than the screen cuts what is past its edge. */
      if (minimum_width (window) > width)
        collect_wide (area, width - 24, cut);
      for (guint j = 0; j < cut->len; j++)
        g_test_message ("%s at %d px: “%s” is cut", areas[i], width, (char *) g_ptr_array_index (cut, j));
      n_cut += cut->len;
    }
  g_assert_cmpuint (n_cut, ==, 0);
}

/* The profile editor too: its title on one line at its usual width, and
 * as narrow as a phone, nothing cut: its title wraps between Cancel and
 * Create, its group titles ("Pourquoi passer au logiciel libre ?") and the
 * weights of the reasons wrap too. */
static void
test_editor_nothing_cut (Fixture       *fixture,
                         gconstpointer  data)
{
  RelaisProfileEditor *editor = relais_profile_editor_new_for_creation (fixture->store);
  GtkWidget *title = relais_test_template_child (editor, RELAIS_TYPE_PROFILE_EDITOR, "title_label");
  g_autoptr(GPtrArray) cut = g_ptr_array_new_with_free_func (g_free);
  int width = GPOINTER_TO_INT (data);

  gtk_window_present (GTK_WINDOW (editor));
  relais_test_wait_until (gtk_widget_get_mapped (title) && gtk_widget_get_width (title) > 0);
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (title))), ==, 1);

  gtk_window_set_default_size (GTK_WINDOW (editor), width, 700);
  relais_test_wait_until (gtk_widget_get_width (GTK_WIDGET (editor)) <= width);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_test_message ("the editor is %d px wide", gtk_widget_get_width (GTK_WIDGET (editor)));
  collect_cut (GTK_WIDGET (editor), cut);
  if (minimum_width (GTK_WIDGET (editor)) > width)
    collect_wide (GTK_WIDGET (editor), width - 24, cut);
  for (guint j = 0; j < cut->len; j++)
    g_test_message ("the editor at %d px: “%s” is cut", width, (char *) g_ptr_array_index (cut, j));
  g_assert_cmpuint (cut->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (editor));
}

int
main (int   argc,
      char *argv[])
{
  /* French: its words are the longest the window shows. */
  g_setenv ("LANGUAGE", "fr", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, RELAIS_TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", LARGE_TEXT_DPI, NULL);

  g_test_add ("/large-text/1000", Fixture, GINT_TO_POINTER (1000), fixture_set_up, test_nothing_cut, fixture_tear_down);
  g_test_add ("/large-text/360", Fixture, GINT_TO_POINTER (360), fixture_set_up, test_nothing_cut, fixture_tear_down);
  g_test_add ("/large-text/editor-360", Fixture, GINT_TO_POINTER (360), fixture_set_up, test_editor_nothing_cut,
              fixture_tear_down);

  return g_test_run ();
}
