/* relais-all-profiles-window.c — every profile in one table, for the trainer
 * of a workshop: sorted by any column, searched by name or commune, several
 * selected for the exports (relais-all-profiles-export.c), one opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-all-profiles"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-accessible.h"
#include "relais-all-profiles-private.h"
#include "relais-profile-line.h"

G_DEFINE_FINAL_TYPE (RelaisAllProfilesWindow, relais_all_profiles_window, ADW_TYPE_WINDOW)

/* --- Columns -------------------------------------------------------------------- */

typedef enum
{
  COLUMN_NAME,
  COLUMN_KIND,
  COLUMN_COMMUNE,
  COLUMN_TOOLS,
  COLUMN_CHOSEN,
  COLUMN_TRYING,
  COLUMN_ADOPTED,
  COLUMN_MIGRATED,
  COLUMN_SAVINGS,
  COLUMN_CHANGED,
  N_COLUMNS
} Column;

static const struct
{
  const char *title;
  gboolean    number;      /* right-aligned, sorted as a number */
  gboolean    expand;
  int         width;       /* for text that is cut short: the number columns take their own */
} columns[N_COLUMNS] = {
  [COLUMN_NAME]     = { N_("Name"), FALSE, TRUE, 200 },
  [COLUMN_KIND]     = { N_("Kind"), FALSE, FALSE, 130 },
  [COLUMN_COMMUNE]  = { N_("Commune"), FALSE, FALSE, 110 },
  /* TRANSLATORS: columns of the All Profiles table: how many tools a profile
   * lists, and how many have come that far or further */
  [COLUMN_TOOLS]    = { N_("Tools"), TRUE, FALSE },
  [COLUMN_CHOSEN]   = { N_("Chosen"), TRUE, FALSE },
  [COLUMN_TRYING]   = { N_("Trying"), TRUE, FALSE },
  [COLUMN_ADOPTED]  = { N_("Adopted"), TRUE, FALSE },
  [COLUMN_MIGRATED] = { N_("Migrated"), TRUE, FALSE },
  [COLUMN_SAVINGS]  = { N_("Yearly Savings"), TRUE, FALSE },
  [COLUMN_CHANGED]  = { N_("Last Change"), TRUE, FALSE },
};

static gint64
column_number (RelaisProfileLine *line,
               Column             column)
{
  switch (column)
    {
    case COLUMN_TOOLS:
      return relais_profile_line_get_tools (line);
    case COLUMN_CHOSEN:
      return relais_profile_line_get_reached (line, RELAIS_TOOL_REACH_CHOSEN);
    case COLUMN_TRYING:
      return relais_profile_line_get_reached (line, RELAIS_TOOL_REACH_TRYING);
    case COLUMN_ADOPTED:
      return relais_profile_line_get_reached (line, RELAIS_TOOL_REACH_ADOPTED);
    case COLUMN_MIGRATED:
      return relais_profile_line_get_reached (line, RELAIS_TOOL_REACH_MIGRATED);
    case COLUMN_SAVINGS:
      return relais_profile_line_get_saved (line);
    case COLUMN_CHANGED:
      return relais_profile_line_get_modified (line);
    case COLUMN_NAME:
    case COLUMN_KIND:
    case COLUMN_COMMUNE:
    case N_COLUMNS:
    default:
      return 0;
    }
}

static char *
column_text (RelaisProfileLine *line,
             Column             column)
{
  switch (column)
    {
    case COLUMN_NAME:
      return g_strdup (relais_profile_line_get_name (line));
    case COLUMN_KIND:
      return g_strdup (relais_profile_line_get_kind (line));
    case COLUMN_COMMUNE:
      return g_strdup (relais_profile_line_get_commune (line));
    case COLUMN_SAVINGS:
      return g_strdup (relais_profile_line_get_savings (line));
    case COLUMN_CHANGED:
      return g_strdup (relais_profile_line_get_changed (line));
    case COLUMN_TOOLS:
    case COLUMN_CHOSEN:
    case COLUMN_TRYING:
    case COLUMN_ADOPTED:
    case COLUMN_MIGRATED:
      return g_strdup_printf ("%" G_GINT64_FORMAT, column_number (line, column));
    case N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static int
compare_lines (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  RelaisProfileLine *one = (RelaisProfileLine *) a;
  RelaisProfileLine *other = (RelaisProfileLine *) b;
  Column column = GPOINTER_TO_UINT (user_data);
  int order;

  if (columns[column].number)
    {
      gint64 x = column_number (one, column), y = column_number (other, column);

      order = x < y ? -1 : x > y;
    }
  else
    {
      g_autofree char *x = column_text (one, column);
      g_autofree char *y = column_text (other, column);

      order = g_utf8_collate (x, y);
    }
  /* Equal figures keep the names in order, whichever way the column goes. */
  if (order == 0 && column != COLUMN_NAME)
    order = g_utf8_collate (relais_profile_line_get_name (one), relais_profile_line_get_name (other));
  return order;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  Column column = GPOINTER_TO_UINT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), columns[column].number ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (columns[column].number)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  RelaisProfileLine *line = gtk_list_item_get_item (item);
  g_autofree char *text = column_text (line, GPOINTER_TO_UINT (user_data));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  /* GTK 4.8 gives a column view's rows no name of their own: a screen
   * reader would say "GtkListItemWidget". The row is the cell's parent. */
  if (GPOINTER_TO_UINT (user_data) == COLUMN_NAME)
    {
      GtkWidget *cell = gtk_widget_get_parent (gtk_list_item_get_child (item));
      GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;

      if (row != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
    }
}

static void
add_columns (RelaisAllProfilesWindow *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      GtkSorter *sorter;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_lines, GUINT_TO_POINTER (i), NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (columns[i].width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[i].width);
      gtk_column_view_append_column (self->column_view, column);
      if (i == COLUMN_NAME)
        gtk_column_view_sort_by_column (self->column_view, column, GTK_SORT_ASCENDING);
    }
}

/* --- The lines, shown and chosen ------------------------------------------------ */

static gboolean
line_shown (gpointer item,
            gpointer user_data)
{
  RelaisAllProfilesWindow *self = user_data;

  return self->folded == NULL || relais_profile_line_matches (item, self->folded);
}

/* The store's changes (a profile made, imported, deleted) mirrored line for
 * line, so the table keeps its scroll and selection. */
static void
store_items_changed_cb (GListModel              *profiles,
                        guint                    position,
                        guint                    removed,
                        guint                    added,
                        RelaisAllProfilesWindow *self)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  /* Read once for the whole application; without it, the code is shown. */
  RelaisCommunes *communes = relais_communes_get_default (NULL);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(RelaisProfile) profile = g_list_model_get_item (profiles, position + i);

      g_ptr_array_add (lines, relais_profile_line_new (profile, self->catalog, communes));
    }
  g_list_store_splice (self->lines, position, removed, lines->pdata, lines->len);
}

static void
update_view (RelaisAllProfilesWindow *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint n_selected = (guint) gtk_bitset_get_size (selected);
  g_autofree char *text = NULL;

  gtk_stack_set_visible_child_name (self->stack, total == 0 ? "empty" : shown == 0 ? "none-found" : "table");
  if (total == 0)
    text = g_strdup ("");
  else if (n_selected > 0)
    /* TRANSLATORS: below the All Profiles table */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u profile selected",
                                         "%u of %u profiles selected", shown), n_selected, shown);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "None selected: the exports take the profile shown.",
                                         "None selected: the exports take all %u profiles shown.", shown), shown);
  gtk_label_set_text (self->selection_label, text);
  relais_all_profiles_update_actions (self);
}

static void
model_changed_cb (RelaisAllProfilesWindow *self)
{
  /* Not while the window is taken apart. */
  if (self->selection != NULL)
    update_view (self);
}

static void
search_changed_cb (GtkSearchEntry          *entry,
                   RelaisAllProfilesWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *folded = *stripped != '\0' ? g_utf8_casefold (stripped, -1) : NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (g_strcmp0 (folded, self->folded) == 0)
    return;
  /* Typing one more letter only hides lines: the filter need not look again
   * at those already hidden. */
  if (self->folded == NULL || (folded != NULL && strstr (folded, self->folded) != NULL))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (folded == NULL || strstr (self->folded, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  g_free (self->folded);
  self->folded = g_steal_pointer (&folded);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

/* --- Opening a profile ----------------------------------------------------------- */

static void
open_line (RelaisAllProfilesWindow *self,
           RelaisProfileLine       *line)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  RelaisProfile *profile = relais_profile_line_get_profile (line);

  /* The main window switches profiles: it saves the one it leaves. */
  if (parent == NULL ||
      !gtk_widget_activate_action (GTK_WIDGET (parent), "win.switch-profile", "s", relais_profile_get_id (profile)))
    {
      g_warning ("No window to open the profile %s in", relais_profile_get_id (profile));
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
activate_cb (GtkColumnView           *view,
             guint                    position,
             RelaisAllProfilesWindow *self)
{
  g_autoptr(RelaisProfileLine) line = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (line != NULL)
    open_line (self, line);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RelaisAllProfilesWindow *self = RELAIS_ALL_PROFILES_WINDOW (widget);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(RelaisProfileLine) line = NULL;

  if (gtk_bitset_get_size (selected) != 1)
    return;
  line = g_list_model_get_item (G_LIST_MODEL (self->sorted), gtk_bitset_get_nth (selected, 0));
  open_line (self, line);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RelaisAllProfilesWindow *self = RELAIS_ALL_PROFILES_WINDOW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RelaisAllProfilesWindow *self = RELAIS_ALL_PROFILES_WINDOW (widget);

  gtk_menu_button_popup (self->menu_button);
}

/* --- GObject ---------------------------------------------------------------------- */

static void
relais_all_profiles_window_dispose (GObject *object)
{
  RelaisAllProfilesWindow *self = (RelaisAllProfilesWindow *)object;

  relais_all_profiles_stop_work (self);
  if (self->context != NULL)
    g_clear_signal_handler (&self->store_changed_id,
                            relais_profile_store_get_profiles (relais_context_get_store (self->context)));
  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_ALL_PROFILES_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->context);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->folded, g_free);

  G_OBJECT_CLASS (relais_all_profiles_window_parent_class)->dispose (object);
}

static void
relais_all_profiles_window_class_init (RelaisAllProfilesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_all_profiles_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-all-profiles-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisAllProfilesWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, RelaisAllProfilesWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisAllProfilesWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisAllProfilesWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RelaisAllProfilesWindow, selection_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisAllProfilesWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, RelaisAllProfilesWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RelaisAllProfilesWindow, work_bar);
  gtk_widget_class_bind_template_child (widget_class, RelaisAllProfilesWindow, work_box);

  gtk_widget_class_install_action (widget_class, "profiles.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "profiles.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "profiles.menu", NULL, menu_action);
  relais_all_profiles_install_exports (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "profiles.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, 0, "profiles.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
relais_all_profiles_window_init (RelaisAllProfilesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_columns (self);
  self->lines = g_list_store_new (RELAIS_TYPE_PROFILE_LINE);
  self->filter = gtk_custom_filter_new (line_shown, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->lines), GTK_FILTER (self->filter));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (self->sorted));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  relais_accessible_name_mnemonics (GTK_WIDGET (self));
  /* The column view's first child is its row of titles, which GTK 4.8
   * leaves unnamed. */
  relais_accessible_set_label (gtk_widget_get_first_child (GTK_WIDGET (self->column_view)),
                               _("Column titles: choose one to sort by it"));
  g_signal_connect (self->column_view, "activate", G_CALLBACK (activate_cb), self);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (model_changed_cb), self);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (model_changed_cb), self);
}

/**
 * relais_all_profiles_window_new:
 * @context: the store whose profiles are listed, and the catalogue
 *
 * Returns: (transfer full) (nullable): the window, or %NULL when the
 *   catalogue cannot be read (the figures come from it)
 */
RelaisAllProfilesWindow *
relais_all_profiles_window_new (RelaisContext  *context,
                                GError        **error)
{
  g_autoptr(RelaisAllProfilesWindow) self = NULL;
  RelaisCatalog *catalog;
  GListModel *profiles;

  g_return_val_if_fail (RELAIS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  catalog = relais_context_get_catalog (context);
  if (catalog == NULL && !(catalog = relais_context_load_catalog (context, error)))
    return NULL;

  self = g_object_ref_sink (g_object_new (RELAIS_TYPE_ALL_PROFILES_WINDOW, NULL));
  self->context = g_object_ref (context);
  self->catalog = g_object_ref (catalog);
  profiles = relais_profile_store_get_profiles (relais_context_get_store (context));
  store_items_changed_cb (profiles, 0, 0, g_list_model_get_n_items (profiles), self);
  self->store_changed_id = g_signal_connect (profiles, "items-changed", G_CALLBACK (store_items_changed_cb), self);
  update_view (self);

  return g_steal_pointer (&self);
}

/**
 * relais_all_profiles_window_get_shown:
 *
 * Returns: (transfer none): the lines shown (RelaisProfileLine), in the
 *   table's order
 */
GListModel *
relais_all_profiles_window_get_shown (RelaisAllProfilesWindow *self)
{
  g_return_val_if_fail (RELAIS_IS_ALL_PROFILES_WINDOW (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

GtkSelectionModel *
relais_all_profiles_window_get_selection (RelaisAllProfilesWindow *self)
{
  g_return_val_if_fail (RELAIS_IS_ALL_PROFILES_WINDOW (self), NULL);
  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * relais_all_profiles_window_get_chosen:
 *
 * Returns: (transfer container) (element-type RelaisProfile): the profiles
 *   the exports take, in the table's order: those selected, or else every
 *   one shown
 */
GPtrArray *
relais_all_profiles_window_get_chosen (RelaisAllProfilesWindow *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  GPtrArray *chosen;
  guint n_items;

  g_return_val_if_fail (RELAIS_IS_ALL_PROFILES_WINDOW (self), NULL);

  chosen = g_ptr_array_new_with_free_func (g_object_unref);
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelaisProfileLine) line = NULL;

      if (!gtk_bitset_is_empty (selected) && !gtk_bitset_contains (selected, i))
        continue;
      line = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);
      g_ptr_array_add (chosen, g_object_ref (relais_profile_line_get_profile (line)));
    }
  return chosen;
}

/**
 * relais_all_profiles_window_present_for:
 * @parent: the window it opens over
 *
 * The table takes the width its ten columns need in French (its default
 * width), or the screen's where that is narrower (a netbook, a phone), its
 * columns then scrolling sideways. Not the parent's width: at the main
 * window's default 900 px the last columns were out of sight on a laptop's
 * wider screen.
 */
void
relais_all_profiles_window_present_for (RelaisAllProfilesWindow *self,
                                        GtkWindow               *parent)
{
  GdkSurface *surface;
  GdkMonitor *monitor = NULL;
  GdkRectangle area = { 0 };
  int width, height;

  g_return_if_fail (RELAIS_IS_ALL_PROFILES_WINDOW (self));
  g_return_if_fail (GTK_IS_WINDOW (parent));

  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  if ((surface = gtk_native_get_surface (GTK_NATIVE (parent))) != NULL)
    monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (parent)), surface);
  if (monitor != NULL)
    gdk_monitor_get_geometry (monitor, &area);

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (area.width > 0)
    width = MAX (360, MIN (width, area.width));
  if (area.height > 0)
    height = MAX (294, MIN (height, area.height));
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  gtk_window_present (GTK_WINDOW (self));
}
