/* relais-gui-test-utils.c — helpers shared by the widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "relais-gui-test-utils.h"

/* Every descendant of @widget of @type, depth first. */
void
relais_test_collect (GtkWidget *widget,
                     GType      type,
                     GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      relais_test_collect (child, type, found);
    }
}

/* The action rows under @widget, in the order they are shown. */
GPtrArray *
relais_test_collect_rows (gpointer widget)
{
  GPtrArray *rows = g_ptr_array_new ();

  relais_test_collect (GTK_WIDGET (widget), ADW_TYPE_ACTION_ROW, rows);
  return rows;
}

GtkWidget *
relais_test_template_child (gpointer    widget,
                            GType       type,
                            const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

/* A context as the application makes one, with settings in memory and,
 * when @catalog_folder is given, that catalogue instead of the shipped one;
 * nothing read yet. */
RelaisContext *
relais_test_new_context (RelaisProfileStore *store,
                         GFile              *catalog_folder)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APP_ID, backend);

  return g_object_new (RELAIS_TYPE_CONTEXT,
                       "store", store,
                       "settings", settings,
                       "catalog-folder", catalog_folder,
                       NULL);
}
