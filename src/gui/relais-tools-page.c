/* relais-tools-page.c — the Tools area: take stock of the tools used today,
 * then choose a free alternative for each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-tools-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-context.h"
#include "relais-profile-tool.h"
#include "relais-search.h"
#include "relais-tool-row.h"
#include "relais-tools-page.h"

#define MAX_RESULTS 8

struct _RelaisToolsPage
{
  AdwBin               parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *categories_group;
  GtkLabel            *empty_label;
  GtkLabel            *no_results_label;
  GtkListBox          *results_list;
  GtkSearchEntry      *search_entry;
  AdwPreferencesGroup *tools_group;
  AdwToastOverlay     *toast_overlay;

  /* Owned */
  RelaisContext       *context;
  RelaisCatalog       *catalog;
  RelaisSearchIndex   *index;
  RelaisProfile       *profile;
  GSignalGroup        *context_signals;
  GSignalGroup        *profile_signals;
  GSignalGroup        *tools_signals;  /* the profile's list of tools */
  GPtrArray           *tool_rows;      /* RelaisToolRow in tools_group */
  GPtrArray           *category_rows;  /* AdwExpanderRow in categories_group */
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisToolsPage, relais_tools_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static const char * const watched[] = { "notify::values-weight", "notify::technical-weight",
                                        "notify::financial-weight", "notify::kind", "notify::commune" };

/* --- Rows of tools that can be added ---------------------------------------- */

static void
add_clicked_cb (GtkButton       *button,
                RelaisToolsPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "relais-tool");

  gtk_widget_activate_action (GTK_WIDGET (self), "tools.add", "s", id);
}

static GtkWidget *
new_addable_row (RelaisToolsPage       *self,
                 RelaisProprietaryTool *tool)
{
  GtkWidget *row = adw_action_row_new ();
  gboolean added = self->profile != NULL && relais_profile_find_tool (self->profile, tool->id, NULL) != NULL;
  GtkWidget *button = gtk_button_new_with_label (added ? _("Added") : _("Add"));
  g_autofree char *label = g_strdup_printf (_("Add %s"), tool->name);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", relais_catalog_translate (tool->category->name), tool->vendor);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tool->name);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, !added && self->profile != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "relais-tool", g_strdup (tool->id), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (add_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);

  return row;
}

/* --- Search ------------------------------------------------------------------ */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
search_changed_cb (RelaisToolsPage *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GArray) results = NULL;
  g_autofree char *folded = relais_search_normalize (query);

  clear_list (self->results_list);

  if (self->index == NULL || folded[0] == '\0')
    {
      gtk_widget_set_visible (GTK_WIDGET (self->results_list), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->no_results_label), FALSE);
      return;
    }

  results = relais_search_index_query (self->index, query, 1u << RELAIS_SEARCH_GROUP_TOOLS, MAX_RESULTS);
  for (guint i = 0; i < results->len; i++)
    gtk_list_box_append (self->results_list,
                         new_addable_row (self, g_array_index (results, RelaisSearchResult, i).entry));

  gtk_widget_set_visible (GTK_WIDGET (self->results_list), results->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_results_label), results->len == 0);
  if (results->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("No tool found for “%s”. Try another name, or browse the categories below."), query);

      gtk_label_set_label (self->no_results_label, message);
    }
}

/* Enter adds the best match, so that typing a name and Enter is enough. */
static void
search_activate_cb (RelaisToolsPage *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GArray) results = NULL;

  if (self->index == NULL || self->profile == NULL)
    return;

  results = relais_search_index_query (self->index, query, 1u << RELAIS_SEARCH_GROUP_TOOLS, 1);
  if (results->len > 0)
    {
      RelaisProprietaryTool *tool = g_array_index (results, RelaisSearchResult, 0).entry;

      gtk_widget_activate_action (GTK_WIDGET (self), "tools.add", "s", tool->id);
    }
}

/* --- The tools of the profile ------------------------------------------------ */

static void
rebuild_tools (RelaisToolsPage *self)
{
  GListModel *tools;
  guint n_items;

  for (guint i = 0; i < self->tool_rows->len; i++)
    adw_preferences_group_remove (self->tools_group, g_ptr_array_index (self->tool_rows, i));
  g_ptr_array_set_size (self->tool_rows, 0);

  if (self->profile == NULL || self->catalog == NULL)
    return;

  tools = relais_profile_get_tools (self->profile);
  n_items = g_list_model_get_n_items (tools);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (tools, i);
      GtkWidget *row;

      /* A tool a later catalogue dropped stays in the file, untouched. */
      if (relais_catalog_lookup_tool (self->catalog, relais_profile_tool_get_tool_id (tool)) == NULL)
        continue;

      row = relais_tool_row_new (self->catalog, self->profile, tool);
      relais_tool_row_set_nearby (RELAIS_TOOL_ROW (row),
                                  self->context != NULL ? relais_context_get_directory (self->context) : NULL,
                                  self->context != NULL ? relais_context_get_finder (self->context) : NULL);
      adw_preferences_group_add (self->tools_group, row);
      g_ptr_array_add (self->tool_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->tool_rows->len == 0);
}

static void
tools_changed_cb (RelaisToolsPage *self)
{
  rebuild_tools (self);
  search_changed_cb (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RelaisToolsPage *self = RELAIS_TOOLS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  RelaisProfileTool *tool;

  if (self->profile == NULL || relais_catalog_lookup_tool (self->catalog, id) == NULL)
    return;

  tool = relais_profile_add_tool (self->profile, id);

  /* Open the new tool: its alternatives are what comes next. */
  for (guint i = 0; i < self->tool_rows->len; i++)
    {
      RelaisToolRow *row = g_ptr_array_index (self->tool_rows, i);

      if (relais_tool_row_get_tool (row) == tool)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
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
  g_autofree char *escaped = NULL;
  Removal *removal;
  AdwToast *toast;
  gint position;

  if (self->profile == NULL || (tool = relais_profile_find_tool (self->profile, id, NULL)) == NULL)
    return;

  removal = g_new0 (Removal, 1);
  removal->profile = g_object_ref (self->profile);
  removal->tool = g_object_ref (tool);
  position = relais_profile_remove_tool (self->profile, tool);
  removal->position = (guint) MAX (position, 0);

  /* TRANSLATORS: a tool was taken off the list, e.g. “Microsoft Word removed” */
  title = g_strdup_printf (_("%s removed"), entry != NULL ? entry->name : id);
  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb), removal, removal_free, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* --- Categories, made when first shown -------------------------------------- */

static void
build_categories (RelaisToolsPage *self)
{
  GPtrArray *categories;

  if (self->catalog == NULL || self->category_rows->len > 0)
    return;

  categories = relais_catalog_get_categories (self->catalog);
  for (guint i = 0; i < categories->len; i++)
    {
      RelaisCategory *category = g_ptr_array_index (categories, i);
      GtkWidget *expander;

      if (category->tools->len == 0)
        continue;

      expander = adw_expander_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), relais_catalog_translate (category->name));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), relais_catalog_translate (category->description));
      for (guint t = 0; t < category->tools->len; t++)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), new_addable_row (self, g_ptr_array_index (category->tools, t)));
      adw_preferences_group_add (self->categories_group, expander);
      g_ptr_array_add (self->category_rows, expander);
    }
}

static void
clear_categories (RelaisToolsPage *self)
{
  for (guint i = 0; i < self->category_rows->len; i++)
    adw_preferences_group_remove (self->categories_group, g_ptr_array_index (self->category_rows, i));
  g_ptr_array_set_size (self->category_rows, 0);
}

static void
relais_tools_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (relais_tools_page_parent_class)->map (widget);
  build_categories (RELAIS_TOOLS_PAGE (widget));
}

/* --- Following the context --------------------------------------------------- */

static void
set_catalog (RelaisToolsPage *self,
             RelaisCatalog   *catalog)
{
  if (!g_set_object (&self->catalog, catalog))
    return;

  g_clear_pointer (&self->index, relais_search_index_free);
  clear_categories (self);
  if (catalog != NULL)
    {
      self->index = relais_catalog_new_search_index (catalog);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        build_categories (self);
    }

  rebuild_tools (self);
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

  for (guint i = 0; i < self->tool_rows->len; i++)
    relais_tool_row_set_nearby (g_ptr_array_index (self->tool_rows, i), directory, finder);
}

/* --- GObject ----------------------------------------------------------------- */

static void
relais_tools_page_dispose (GObject *object)
{
  RelaisToolsPage *self = (RelaisToolsPage *)object;

  g_signal_group_set_target (self->context_signals, NULL);
  g_signal_group_set_target (self->profile_signals, NULL);
  g_signal_group_set_target (self->tools_signals, NULL);
  /* The bin's child is also a template child: let the bin drop it first, or
   * both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_TOOLS_PAGE);
  g_clear_object (&self->context_signals);
  g_clear_object (&self->profile_signals);
  g_clear_object (&self->tools_signals);
  g_clear_object (&self->context);
  g_clear_object (&self->profile);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->index, relais_search_index_free);
  g_clear_pointer (&self->tool_rows, g_ptr_array_unref);
  g_clear_pointer (&self->category_rows, g_ptr_array_unref);

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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-tools-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, categories_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, no_results_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, results_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, tools_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolsPage, toast_overlay);

  gtk_widget_class_install_action (widget_class, "tools.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "tools.remove", "s", remove_action);
}

static void
relais_tools_page_init (RelaisToolsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->tool_rows = g_ptr_array_new ();
  self->category_rows = g_ptr_array_new ();
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb),
                           self, G_CONNECT_SWAPPED);

  /* Followed whatever the profile and the context shown: retargeted in one
   * line when they change. */
  self->context_signals = g_signal_group_new (RELAIS_TYPE_CONTEXT);
  g_signal_group_connect_object (self->context_signals, "notify::catalog",
                                 G_CALLBACK (context_catalog_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->context_signals, "notify::directory",
                                 G_CALLBACK (context_nearby_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->context_signals, "notify::finder",
                                 G_CALLBACK (context_nearby_cb), self, G_CONNECT_SWAPPED);
  self->profile_signals = g_signal_group_new (RELAIS_TYPE_PROFILE);
  /* Other reasons, other ranking; another commune, other hosters. */
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_signal_group_connect_object (self->profile_signals, watched[i], G_CALLBACK (rebuild_tools),
                                   self, G_CONNECT_SWAPPED);
  self->tools_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->tools_signals, "items-changed", G_CALLBACK (tools_changed_cb),
                                 self, G_CONNECT_SWAPPED);
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

  if (!g_set_object (&self->profile, profile))
    return;

  g_signal_group_set_target (self->profile_signals, profile);
  g_signal_group_set_target (self->tools_signals, profile != NULL ? relais_profile_get_tools (profile) : NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  rebuild_tools (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}
