/* relais-tools-page.c — the Tools area: take stock of the tools used today,
 * then choose a free alternative for each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-tools-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-message.h"
#include "relais-accessible.h"
#include "relais-addable-row.h"
#include "relais-context.h"
#include "relais-profile-tool.h"
#include "relais-ranked-alternative.h"
#include "relais-search.h"
#include "relais-search-model.h"
#include "relais-stocktake.h"
#include "relais-tool-row.h"
#include "relais-tools-page.h"

#define MAX_RESULTS 8
/* The tools' rows made with the page: more than the tallest screen shows.
 * The others come a few each frame after, so that 500 tools show at once
 * and the window answers while they come (issue 14): as many as half a
 * frame's time allows, at least one, however slow the computer. */
#define ROWS_AT_ONCE 30
#define ROWS_FRAME_BUDGET_US 8000

struct _RelaisToolsPage
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkButton           *choose_suggested_button;
  GtkLabel            *empty_label;
  GtkLabel            *no_results_label;
  GtkListBox          *results_list;
  GtkWidget           *results_scroller;
  AdwPreferencesPage  *scrolled_page;
  GtkSearchEntry      *search_entry;
  RelaisStocktake     *stocktake;
  AdwPreferencesGroup *tools_group;
  GtkListBox          *tools_list;
  AdwToastOverlay     *toast_overlay;

  /* Owned */
  RelaisContext       *context;
  RelaisCatalog       *catalog;
  RelaisSearchModel   *search;         /* the tools found, shown in results_list */
  RelaisProfile       *profile;
  GtkFilterListModel  *tools;          /* the profile's tools the catalogue knows, shown in tools_list */
  guint                n_made;         /* tools_list holds the rows of the first n_made tools */
  guint                make_rows_id;   /* the tick callback making the others */
  char                *reveal_next;    /* the tool just added: its row is scrolled to */
  GSignalGroup        *context_signals;
  gboolean             stocktake_first; /* above "Your Tools", for an empty profile */
  GPtrArray           *suggested_tools;   /* what the last "Choose the Suggested" chose, for Undo */
  GPtrArray           *suggested_choices;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisToolsPage, relais_tools_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

/* --- Search ------------------------------------------------------------------ */

/* The results' rows follow the search by hand, not through
 * gtk_list_box_bind_model(), which makes a new row for each tool that
 * changed: a row is kept and shows the tool now at its place, so that a
 * letter typed changes a few labels and makes no widget. */
static void
results_changed_cb (GListModel      *results,
                    guint            position,
                    guint            removed,
                    guint            added,
                    RelaisToolsPage *self)
{
  guint n = g_list_model_get_n_items (results);
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->results_list, n)) != NULL)
    gtk_list_box_remove (self->results_list, GTK_WIDGET (row));
  /* Past the change, the tools may have moved up or down: each row shows
   * the one at its place (setting the same tool again does nothing). */
  for (guint i = position; i < n; i++)
    {
      g_autoptr(RelaisToolMatch) match = g_list_model_get_item (results, i);

      if ((row = gtk_list_box_get_row_at_index (self->results_list, i)) != NULL)
        relais_addable_row_set_match (RELAIS_ADDABLE_ROW (row), match);
      else
        gtk_list_box_append (self->results_list, relais_addable_row_new (match, self->profile));
    }
}

/* The rows know the profile they add to: another profile, or another
 * search, starts from no row. */
static void
bind_results (RelaisToolsPage *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->results_list, 0)) != NULL)
    gtk_list_box_remove (self->results_list, GTK_WIDGET (row));
  if (self->search != NULL)
    results_changed_cb (G_LIST_MODEL (self->search), 0, 0,
                        g_list_model_get_n_items (G_LIST_MODEL (self->search)), self);
}

static void
search_changed_cb (RelaisToolsPage *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = relais_search_normalize (query);
  guint n_found;

  if (self->search == NULL || folded[0] == '\0')
    {
      if (self->search != NULL)
        relais_search_model_set_query (self->search, "");
      gtk_widget_set_visible (self->results_scroller, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->no_results_label), FALSE);
      return;
    }

  relais_search_model_set_query (self->search, query);
  n_found = g_list_model_get_n_items (G_LIST_MODEL (self->search));
  gtk_widget_set_visible (self->results_scroller, n_found > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_results_label), n_found == 0);
  if (n_found == 0)
    {
      g_autofree char *message = g_strdup_printf (_("No tool found for “%s”. Try another name, or find it under “What Do You Use Today?”."), query);

      gtk_label_set_label (self->no_results_label, message);
    }
}

/* Enter adds the best match and empties the field, the focus staying in it:
 * typing a name and Enter, eight times over, takes stock of eight tools. */
static void
search_activate_cb (RelaisToolsPage *self)
{
  g_autoptr(RelaisToolMatch) best = NULL;

  if (self->search == NULL || self->profile == NULL)
    return;

  /* Enter may come before the entry's delayed "search-changed". */
  search_changed_cb (self);
  best = g_list_model_get_item (G_LIST_MODEL (self->search), 0);
  if (best == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "tools.add", "s", relais_tool_match_get_id (best));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* The entry's clear icon is not focusable: a click on it leaves the window
 * with no focus, and the next word typed would be lost. Emptied with nothing
 * focused, the field takes the focus back. */
static void
search_text_changed_cb (RelaisToolsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0' || root == NULL)
    return;
  if (focus == NULL || focus == GTK_WIDGET (root))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* --- The tools of the profile ------------------------------------------------ */

static GtkScrolledWindow *
find_scroller (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found;

      if (GTK_IS_SCROLLED_WINDOW (child))
        return GTK_SCROLLED_WINDOW (child);
      if ((found = find_scroller (child)) != NULL)
        return found;
    }
  return NULL;
}

/* The row of the tool just added is scrolled into view once laid out, the
 * focus staying in the search: the user sees it came, and types the next. */
static gboolean
reveal_row_cb (GtkWidget     *row,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  RelaisToolsPage *self = user_data;
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double value, page;

  if (gtk_widget_get_height (row) == 0)
    return G_SOURCE_CONTINUE;
  scroller = find_scroller (GTK_WIDGET (self->scrolled_page));
  if (scroller == NULL || !gtk_widget_compute_bounds (row, gtk_scrolled_window_get_child (scroller), &bounds))
    return G_SOURCE_REMOVE;

  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  /* The viewport's child is laid out shifted by the scrolling. */
  if (bounds.origin.y < 0)
    gtk_adjustment_set_value (adjustment, value + bounds.origin.y);
  else if (bounds.origin.y + bounds.size.height > page)
    gtk_adjustment_set_value (adjustment, value + bounds.origin.y + bounds.size.height - page);
  return G_SOURCE_REMOVE;
}

static GtkWidget *
create_tool_row (gpointer item,
                 gpointer user_data)
{
  RelaisToolsPage *self = user_data;
  RelaisProfileTool *tool = item;
  GtkWidget *row = relais_tool_row_new (self->catalog, self->profile, tool,
                                        self->context != NULL ? relais_context_get_directory (self->context) : NULL,
                                        self->context != NULL ? relais_context_get_finder (self->context) : NULL);

  if (g_strcmp0 (self->reveal_next, relais_profile_tool_get_tool_id (tool)) == 0)
    {
      gtk_widget_add_tick_callback (row, reveal_row_cb, self, NULL);
      g_clear_pointer (&self->reveal_next, g_free);
    }

  return row;
}

static RelaisToolRow *
find_row (RelaisToolsPage *self,
          const char      *id,
          guint           *index)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->tools_list, i)) != NULL; i++)
    if (g_str_equal (relais_profile_tool_get_tool_id (relais_tool_row_get_tool (RELAIS_TOOL_ROW (row))), id))
      {
        if (index != NULL)
          *index = i;
        return RELAIS_TOOL_ROW (row);
      }
  return NULL;
}

/* A tool a later catalogue dropped stays in the file, untouched, unshown. */
static gboolean
known_tool (gpointer item,
            gpointer user_data)
{
  RelaisToolsPage *self = user_data;

  return relais_catalog_lookup_tool (self->catalog, relais_profile_tool_get_tool_id (item)) != NULL;
}

static void update_choose_suggested (RelaisToolsPage *self);

static void
update_empty (RelaisToolsPage *self)
{
  gboolean empty = self->tools == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->tools)) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), empty);
  gtk_widget_set_visible (GTK_WIDGET (self->tools_list), !empty);
  update_choose_suggested (self);
}

static gboolean make_rows_cb (GtkWidget     *widget,
                              GdkFrameClock *clock,
                              gpointer       user_data);

/* Makes up to @count more rows, in the tools' order, and the others later. */
static void
make_rows (RelaisToolsPage *self,
           guint            count)
{
  guint n = self->tools != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->tools)) : 0;

  for (guint i = 0; i < count && self->n_made < n; i++, self->n_made++)
    {
      g_autoptr(GObject) tool = g_list_model_get_item (G_LIST_MODEL (self->tools), self->n_made);

      gtk_list_box_append (self->tools_list, create_tool_row (tool, self));
    }
  /* A tick callback runs only while the list is shown: rows of a page
   * never shown are never made. */
  if (self->n_made < n && self->make_rows_id == 0)
    self->make_rows_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->tools_list), make_rows_cb, self, NULL);
}

static gboolean
make_rows_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  RelaisToolsPage *self = user_data;
  gint64 end = g_get_monotonic_time () + ROWS_FRAME_BUDGET_US;
  guint n = self->tools != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->tools)) : 0;

  do
    make_rows (self, 1);
  while (self->n_made < n && g_get_monotonic_time () < end);
  if (self->n_made < n)
    return G_SOURCE_CONTINUE;
  self->make_rows_id = 0;
  return G_SOURCE_REMOVE;
}

static void
stop_making_rows (RelaisToolsPage *self)
{
  if (self->make_rows_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->tools_list), self->make_rows_id);
  self->make_rows_id = 0;
}

static void
remove_rows (RelaisToolsPage *self,
             guint            position,
             guint            count)
{
  for (guint i = 0; i < count; i++)
    gtk_list_box_remove (self->tools_list, GTK_WIDGET (gtk_list_box_get_row_at_index (self->tools_list, position)));
  self->n_made -= count;
}

/* The rows follow the tools by hand rather than through
 * gtk_list_box_bind_model(), which makes every row at once: only the rows
 * already made change; a tool past them gets its row in its turn. */
static void
tools_changed_cb (GListModel      *tools,
                  guint            position,
                  guint            removed,
                  guint            added,
                  RelaisToolsPage *self)
{
  /* A tool added right after the rows made (at the end, most often) gets
   * its row now: the user sees it come. */
  if (position <= self->n_made)
    {
      remove_rows (self, position, MIN (removed, self->n_made - position));
      /* Many at once (tools imported): made in turn, with the rows after. */
      if (added > ROWS_AT_ONCE)
        remove_rows (self, position, self->n_made - position);
      else
        for (guint i = 0; i < added; i++, self->n_made++)
          {
            g_autoptr(GObject) tool = g_list_model_get_item (tools, position + i);

            gtk_list_box_insert (self->tools_list, create_tool_row (tool, self), (int) (position + i));
          }
    }
  make_rows (self, self->n_made < ROWS_AT_ONCE ? ROWS_AT_ONCE - self->n_made : 0);
  update_empty (self);
}

/* Binds the list once per profile and catalogue; after that, each change of
 * the list of tools makes or drops only the rows concerned. */
static void
bind_tools (RelaisToolsPage *self)
{
  if (self->tools != NULL)
    g_signal_handlers_disconnect_by_data (self->tools, self);
  stop_making_rows (self);
  remove_rows (self, 0, self->n_made);
  g_clear_object (&self->tools);

  if (self->profile != NULL && self->catalog != NULL)
    {
      GtkCustomFilter *filter = gtk_custom_filter_new (known_tool, self, NULL);

      self->tools = gtk_filter_list_model_new (g_object_ref (relais_profile_get_tools (self->profile)),
                                               GTK_FILTER (filter));
      g_signal_connect_object (self->tools, "items-changed", G_CALLBACK (tools_changed_cb), self, 0);
    }

  make_rows (self, ROWS_AT_ONCE);
  update_empty (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RelaisToolsPage *self = RELAIS_TOOLS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  if (self->profile == NULL || relais_catalog_lookup_tool (self->catalog, id) == NULL)
    return;

  g_free (self->reveal_next);
  self->reveal_next = g_strdup (id);
  relais_profile_add_tool (self->profile, id);

  /* Already there: no new row; the one it has is shown. */
  if (self->reveal_next != NULL)
    {
      RelaisToolRow *row = find_row (self, id, NULL);

      if (row != NULL)
        gtk_widget_add_tick_callback (GTK_WIDGET (row), reveal_row_cb, self, NULL);
      g_clear_pointer (&self->reveal_next, g_free);
    }
}

typedef struct
{
  RelaisProfile     *profile;
  RelaisProfileTool *tool;
  guint              position;
} Removal;

static void
removal_free (gpointer  data,
              GClosure *closure)
{
  Removal *removal = data;

  g_object_unref (removal->profile);
  g_object_unref (removal->tool);
  g_free (removal);
}

static void
undo_remove_cb (AdwToast *toast,
                Removal  *removal)
{
  if (relais_profile_find_tool (removal->profile, relais_profile_tool_get_tool_id (removal->tool), NULL) == NULL)
    relais_profile_insert_tool (removal->profile, removal->tool, removal->position);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RelaisToolsPage *self = RELAIS_TOOLS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  RelaisProprietaryTool *entry = relais_catalog_lookup_tool (self->catalog, id);
  RelaisProfileTool *tool;
  g_autofree char *title = NULL;
  Removal *removal;
  gint position;
  guint index = 0;
  gboolean had_row;

  if (self->profile == NULL || (tool = relais_profile_find_tool (self->profile, id, NULL)) == NULL)
    return;

  removal = g_new0 (Removal, 1);
  removal->profile = g_object_ref (self->profile);
  removal->tool = g_object_ref (tool);
  had_row = find_row (self, id, &index) != NULL;
  position = relais_profile_remove_tool (self->profile, tool);
  removal->position = (guint) MAX (position, 0);

  /* The focus goes to the next tool (the previous one after the last),
   * or back to the search when none is left; never to the top of the page. */
  if (had_row)
    {
      GtkListBoxRow *next = gtk_list_box_get_row_at_index (self->tools_list, index);

      if (next == NULL && index > 0)
        next = gtk_list_box_get_row_at_index (self->tools_list, index - 1);
      if (next != NULL)
        relais_tool_row_grab_focus (RELAIS_TOOL_ROW (next));
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
    }

  /* TRANSLATORS: a tool was taken off the list, e.g. “Microsoft Word removed” */
  title = g_strdup_printf (_("%s removed"), entry != NULL ? entry->name : id);
  relais_message_show_undo (self->toast_overlay, title, G_CALLBACK (undo_remove_cb), removal, removal_free);
}

/* --- The suggested alternatives, all at once ------------------------------ */

/* The alternative a tool's row suggests ("Best for you"): the first ranked
 * for this profile, with the same hosters and places as the rows. */
static char *
suggestion_for (RelaisToolsPage   *self,
                RelaisProfileTool *tool)
{
  RelaisProprietaryTool *entry = relais_catalog_lookup_tool (self->catalog, relais_profile_tool_get_tool_id (tool));
  g_autoptr(GPtrArray) ranked = NULL;

  if (entry == NULL)
    return NULL;

  ranked = relais_ranked_alternatives_for (self->catalog, self->profile, entry,
                                           relais_profile_tool_get_users (tool),
                                           self->context != NULL ? relais_context_get_directory (self->context) : NULL,
                                           self->context != NULL ? relais_context_get_finder (self->context) : NULL);
  for (guint i = 0; i < ranked->len; i++)
    if (relais_ranked_alternative_get_alternative (g_ptr_array_index (ranked, i)) != NULL)
      return g_strdup (relais_ranked_alternative_get_id (g_ptr_array_index (ranked, i)));
  return NULL;
}

/* Worth offering while one tool shown has nothing chosen yet. */
static void
update_choose_suggested (RelaisToolsPage *self)
{
  guint n = self->tools != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->tools)) : 0;
  gboolean open = FALSE;

  for (guint i = 0; i < n && !open; i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (G_LIST_MODEL (self->tools), i);

      open = relais_profile_tool_get_choice (tool) == NULL;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tools.choose-suggested", open);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_suggested_button), open);
}

/* Each tool gets back what it had, nothing; a tool whose choice the user
 * changed since is left as it is now. */
static void
undo_suggested_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RelaisToolsPage *self = RELAIS_TOOLS_PAGE (widget);
  g_autoptr(GPtrArray) tools = g_steal_pointer (&self->suggested_tools);
  g_autoptr(GPtrArray) choices = g_steal_pointer (&self->suggested_choices);

  if (tools == NULL)
    return;

  for (guint i = 0; i < tools->len; i++)
    {
      RelaisProfileTool *tool = g_ptr_array_index (tools, i);

      if (g_strcmp0 (relais_profile_tool_get_choice (tool), g_ptr_array_index (choices, i)) == 0)
        relais_profile_tool_set_choice (tool, NULL);
    }
  gtk_widget_action_set_enabled (widget, "tools.undo-suggested", FALSE);
}

static void
choose_suggested_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RelaisToolsPage *self = RELAIS_TOOLS_PAGE (widget);
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(GPtrArray) choices = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint n;

  if (self->profile == NULL || self->tools == NULL)
    return;

  tools = g_ptr_array_new_with_free_func (g_object_unref);
  choices = g_ptr_array_new_with_free_func (g_free);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->tools));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (G_LIST_MODEL (self->tools), i);
      char *id = relais_profile_tool_get_choice (tool) == NULL ? suggestion_for (self, tool) : NULL;

      if (id == NULL)
        continue;
      g_ptr_array_add (tools, g_object_ref (tool));
      g_ptr_array_add (choices, id);
    }
  if (tools->len == 0)
    return;

  /* Set after the walk: a choice may change the list being walked. */
  for (guint i = 0; i < tools->len; i++)
    relais_profile_tool_set_choice (g_ptr_array_index (tools, i), g_ptr_array_index (choices, i));

  /* The button is gone: the focus goes to the first tool, not to the top. */
  if (gtk_list_box_get_row_at_index (self->tools_list, 0) != NULL)
    relais_tool_row_grab_focus (RELAIS_TOOL_ROW (gtk_list_box_get_row_at_index (self->tools_list, 0)));

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "An alternative chosen for %u tool",
                                        "Alternatives chosen for %u tools", tools->len),
                           tools->len);
  g_clear_pointer (&self->suggested_tools, g_ptr_array_unref);
  g_clear_pointer (&self->suggested_choices, g_ptr_array_unref);
  self->suggested_tools = g_steal_pointer (&tools);
  self->suggested_choices = g_steal_pointer (&choices);
  gtk_widget_action_set_enabled (widget, "tools.undo-suggested", TRUE);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "tools.undo-suggested");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* --- What do you use today? ------------------------------------------------ */

/* An empty profile starts with what it uses today: the list of needs comes
 * above "Your Tools", and stays there while the page is shown, so that the
 * tools added below never move the toggles under the pointer. Once the
 * profile has tools, the list goes below them. */
static void
place_stocktake (RelaisToolsPage *self)
{
  /* The profile's own list: the catalogue may not be read yet. */
  gboolean first = self->profile == NULL || g_list_model_get_n_items (relais_profile_get_tools (self->profile)) == 0;
  GtkWidget *moved;

  if (first == self->stocktake_first)
    return;
  self->stocktake_first = first;

  /* A group added goes last: the one that must come after is moved. */
  moved = g_object_ref (first ? GTK_WIDGET (self->tools_group) : GTK_WIDGET (self->stocktake));
  adw_preferences_page_remove (self->scrolled_page, ADW_PREFERENCES_GROUP (moved));
  adw_preferences_page_add (self->scrolled_page, ADW_PREFERENCES_GROUP (moved));
  g_object_unref (moved);
}

static void
relais_tools_page_map (GtkWidget *widget)
{
  place_stocktake (RELAIS_TOOLS_PAGE (widget));
  GTK_WIDGET_CLASS (relais_tools_page_parent_class)->map (widget);
}

/* --- Following the context --------------------------------------------------- */

static void
set_catalog (RelaisToolsPage *self,
             RelaisCatalog   *catalog)
{
  if (!g_set_object (&self->catalog, catalog))
    return;

  if (self->search != NULL)
    g_signal_handlers_disconnect_by_data (self->search, self);
  g_clear_object (&self->search);
  relais_stocktake_set_catalog (self->stocktake, catalog);
  if (catalog != NULL)
    {
      self->search = relais_search_model_new (catalog, MAX_RESULTS);
      g_signal_connect_object (self->search, "items-changed", G_CALLBACK (results_changed_cb), self, 0);
    }
  bind_results (self);
  search_changed_cb (self);

  bind_tools (self);
}

static void
context_catalog_cb (RelaisToolsPage *self)
{
  set_catalog (self, relais_context_get_catalog (self->context));
}

/* The hosters of online choices come from the directory and the places. */
static void
context_nearby_cb (RelaisToolsPage *self)
{
  RelaisDirectory *directory = self->context != NULL ? relais_context_get_directory (self->context) : NULL;
  RelaisPlaceFinder *finder = self->context != NULL ? relais_context_get_finder (self->context) : NULL;

  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->tools_list, i)) != NULL; i++)
    relais_tool_row_set_nearby (RELAIS_TOOL_ROW (row), directory, finder);
}

/* --- GObject ----------------------------------------------------------------- */

static void
relais_tools_page_dispose (GObject *object)
{
  RelaisToolsPage *self = (RelaisToolsPage *)object;

  g_signal_group_set_target (self->context_signals, NULL);
  if (self->tools != NULL)
    g_signal_handlers_disconnect_by_data (self->tools, self);
  stop_making_rows (self);
  /* The bin's child is also a template child: let the bin drop it first, or
   * both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_TOOLS_PAGE);
  g_clear_object (&self->tools);
  g_clear_object (&self->context_signals);
  g_clear_object (&self->context);
  g_clear_object (&self->profile);
  g_clear_object (&self->search);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->reveal_next, g_free);
  g_clear_pointer (&self->suggested_tools, g_ptr_array_unref);
  g_clear_pointer (&self->suggested_choices, g_ptr_array_unref);

  G_OBJECT_CLASS (relais_tools_page_parent_class)->dispose (object);
}

static void
relais_tools_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RelaisToolsPage *self = RELAIS_TOOLS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_tools_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RelaisToolsPage *self = RELAIS_TOOLS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      relais_tools_page_set_context (self, g_value_get_object (value));
      break;
    case PROP_PROFILE:
      relais_tools_page_set_profile (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_tools_page_class_init (RelaisToolsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_tools_page_dispose;
  object_class->get_property = relais_tools_page_get_property;
  object_class->set_property = relais_tools_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RELAIS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, RELAIS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->map = relais_tools_page_map;

  g_type_ensure (RELAIS_TYPE_STOCKTAKE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-tools-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, choose_suggested_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, no_results_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, results_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, results_scroller);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, scrolled_page);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, stocktake);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, tools_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, tools_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, toast_overlay);

  gtk_widget_class_install_action (widget_class, "tools.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "tools.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "tools.choose-suggested", NULL, choose_suggested_action);
  gtk_widget_class_install_action (widget_class, "tools.undo-suggested", NULL, undo_suggested_action);
}

static void
relais_tools_page_init (RelaisToolsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* "C_hoose the Suggested" is read once, without its underline. */
  relais_accessible_name_mnemonics (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tools.undo-suggested", FALSE);

  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "changed", G_CALLBACK (search_text_changed_cb),
                           self, G_CONNECT_SWAPPED);

  /* Followed whatever the context: retargeted in one line when it changes.
   * Each tool's row follows the profile's reasons and commune itself. */
  self->context_signals = g_signal_group_new (RELAIS_TYPE_CONTEXT);
  g_signal_group_connect_object (self->context_signals, "notify::catalog",
                                 G_CALLBACK (context_catalog_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->context_signals, "notify::directory",
                                 G_CALLBACK (context_nearby_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->context_signals, "notify::finder",
                                 G_CALLBACK (context_nearby_cb), self, G_CONNECT_SWAPPED);
}

/**
 * relais_tools_page_set_context:
 * @context: (nullable): where the catalogue and the hosters come from
 */
void
relais_tools_page_set_context (RelaisToolsPage *self,
                               RelaisContext   *context)
{
  g_return_if_fail (RELAIS_IS_TOOLS_PAGE (self));
  g_return_if_fail (!context || RELAIS_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  g_signal_group_set_target (self->context_signals, context);
  set_catalog (self, context != NULL ? relais_context_get_catalog (context) : NULL);
  context_nearby_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

void
relais_tools_page_set_profile (RelaisToolsPage *self,
                               RelaisProfile   *profile)
{
  g_return_if_fail (RELAIS_IS_TOOLS_PAGE (self));
  g_return_if_fail (!profile || RELAIS_IS_PROFILE (profile));

  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_func (self->profile, update_choose_suggested, self);
  if (!g_set_object (&self->profile, profile))
    return;
  /* Undo acts on the tools of the profile that was shown. */
  g_clear_pointer (&self->suggested_tools, g_ptr_array_unref);
  g_clear_pointer (&self->suggested_choices, g_ptr_array_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tools.undo-suggested", FALSE);
  if (profile != NULL)
    g_signal_connect_object (profile, "tool-notify::choice", G_CALLBACK (update_choose_suggested),
                             self, G_CONNECT_SWAPPED);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
  bind_results (self);
  relais_stocktake_set_profile (self->stocktake, profile);
  bind_tools (self);
  place_stocktake (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}
