/* relais-tool-row.c — one tool used today, in one line: its name, the free
 * alternative that suits this profile best (or the one chosen), where it
 * stands, and Choose; opened, its details (RelaisToolDetails)
 *
 * Its line is bound to the tool's properties; its alternatives are a list
 * model, ranked again only when what the ranking depends on changes, and
 * only when they are shown: the best one in the line while nothing is
 * chosen, all of them once the row is opened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-tool-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-accessible.h"
#include "relais-list-diff.h"
#include "relais-ranked-alternative.h"
#include "relais-tool-details.h"
#include "relais-tool-row.h"

struct _RelaisToolRow
{
  AdwExpanderRow     parent_instance;

  /* Template widgets */
  GtkButton         *choose_button;
  GtkLabel          *status_label;

  /* Owned */
  RelaisCatalog     *catalog;
  RelaisProfile     *profile;
  RelaisProfileTool *tool;
  GListStore        *alternatives;     /* RelaisRankedAlternative, the best first, then "Not now" */
  gboolean           stale;            /* the ranking waits until it is shown */

  /* Borrowed */
  GtkWidget         *header;           /* the expander's own line, which takes the focus */
  GtkWidget         *details;          /* nullable: made when first opened */
  RelaisDirectory   *directory;        /* nullable: the hosters of online services */
  RelaisPlaceFinder *finder;           /* nullable: where the profile is */
};

G_DEFINE_FINAL_TYPE (RelaisToolRow, relais_tool_row, ADW_TYPE_EXPANDER_ROW)

static RelaisRankedAlternative *
best_alternative (RelaisToolRow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->alternatives));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelaisRankedAlternative) ranked = g_list_model_get_item (G_LIST_MODEL (self->alternatives), i);

      if (relais_ranked_alternative_get_alternative (ranked) != NULL)
        return ranked;
    }
  return NULL;
}

/* What the line says: what was chosen and where it stands, or the best
 * alternative and Choose, one click away. */
static void
update_summary (RelaisToolRow *self)
{
  const char *choice = relais_profile_tool_get_choice (self->tool);
  RelaisToolStatus status = relais_profile_tool_get_status (self->tool);
  RelaisAlternative *chosen = choice != NULL ? relais_catalog_lookup_alternative (self->catalog, choice) : NULL;
  RelaisRankedAlternative *best = choice == NULL ? best_alternative (self) : NULL;
  g_autofree char *subtitle = NULL;
  gboolean focus_in_button = gtk_widget_has_focus (GTK_WIDGET (self->choose_button));

  if (chosen != NULL)
    /* TRANSLATORS: the free alternative the user chose, e.g. “Chosen: LibreOffice Writer” */
    subtitle = g_strdup_printf (_("Chosen: %s"), chosen->name);
  else if (g_strcmp0 (choice, RELAIS_CHOICE_NOT_NOW) == 0)
    subtitle = g_strdup (_("Not now"));
  else if (best != NULL)
    /* TRANSLATORS: the free alternative ranked first for this profile, e.g. “Best for you: LibreOffice Writer” */
    subtitle = g_strdup_printf (_("Best for you: %s"), relais_ranked_alternative_get_name (best));
  else
    subtitle = g_strdup (_("No free alternative yet"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  if (best != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("Choose %s"), relais_ranked_alternative_get_name (best));

      /* The target before the action: never an action without its parameter. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->choose_button), "s",
                                        relais_ranked_alternative_get_id (best));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->choose_button), "tool.choose");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->choose_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  /* The button goes once used: the focus stays on the tool's line. */
  if (best == NULL && focus_in_button)
    gtk_widget_grab_focus (self->header);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_button), best != NULL);

  gtk_label_set_label (self->status_label, relais_tool_status_get_label (status));
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), choice != NULL || status != RELAIS_TOOL_STATUS_TO_CONSIDER);
}

static gboolean
needs_ranking (RelaisToolRow *self)
{
  return self->details != NULL || relais_profile_tool_get_choice (self->tool) == NULL;
}

/* Other reasons, another kind, another commune, other hosters or another
 * number of users: another ranking, and other words for some. */
static void
rank (RelaisToolRow *self)
{
  RelaisProprietaryTool *entry;
  g_autoptr(GPtrArray) items = NULL;

  /* A chosen tool's closed row shows no alternative: it ranks when opened. */
  if (!needs_ranking (self))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;

  entry = relais_catalog_lookup_tool (self->catalog, relais_profile_tool_get_tool_id (self->tool));
  items = relais_ranked_alternatives_for (self->catalog, self->profile, entry,
                                          relais_profile_tool_get_users (self->tool),
                                          self->directory, self->finder);
  g_ptr_array_add (items, relais_ranked_alternative_new (self->catalog, NULL, RELAIS_CHOICE_NOT_NOW, _("Not now"),
                                                         _("Keep this tool for the moment; you can choose later.")));
  relais_list_store_update (self->alternatives, items, relais_ranked_alternative_equal);
  update_summary (self);
}

static void
choice_changed_cb (RelaisToolRow *self)
{
  if (self->stale && needs_ranking (self))
    rank (self);
  update_summary (self);
}

static void
expanded_cb (RelaisToolRow *self)
{
  gboolean expanded = adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self));
  g_autofree char *label = NULL;
  GtkWidget *frame;

  if (!expanded || self->details != NULL)
    return;

  self->details = relais_tool_details_new (self->catalog, self->profile, self->tool, G_LIST_MODEL (self->alternatives));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->details);
  /* The list row around the details is a frame, not a stop of the Tab key;
   * the expander's list of rows is named for what it holds. */
  frame = gtk_widget_get_parent (self->details);
  gtk_widget_set_focusable (frame, FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (frame), FALSE);
  /* TRANSLATORS: what opens under a tool's line, e.g. “Details of Microsoft Word” */
  label = g_strdup_printf (_("Details of %s"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (frame)), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (self->stale)
    rank (self);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RelaisToolRow *self = RELAIS_TOOL_ROW (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  /* Choosing again what is chosen takes the choice back. */
  if (g_strcmp0 (relais_profile_tool_get_choice (self->tool), id) == 0)
    relais_profile_tool_set_choice (self->tool, NULL);
  else
    relais_profile_tool_set_choice (self->tool, id);
}

static void
relais_tool_row_dispose (GObject *object)
{
  RelaisToolRow *self = (RelaisToolRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_TOOL_ROW);
  g_clear_object (&self->alternatives);
  g_clear_object (&self->catalog);
  g_clear_object (&self->profile);
  g_clear_object (&self->tool);

  G_OBJECT_CLASS (relais_tool_row_parent_class)->dispose (object);
}

static void
relais_tool_row_class_init (RelaisToolRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_tool_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-tool-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, choose_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, status_label);

  gtk_widget_class_install_action (widget_class, "tool.choose", "s", choose_action);
}

static void
relais_tool_row_init (RelaisToolRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->alternatives = g_list_store_new (RELAIS_TYPE_RANKED_ALTERNATIVE);
  self->stale = TRUE;
  /* The expander's own line is what is focused and read, with whether it is
   * open; the row around it would be one more unnamed stop of the Tab key. */
  self->header = relais_accessible_expander_header (ADW_EXPANDER_ROW (self));
  relais_accessible_follow_expander (ADW_EXPANDER_ROW (self));
}

/**
 * relais_tool_row_new:
 * @tool: an entry of @profile naming a tool of @catalog
 * @directory: (nullable): as for relais_tool_row_set_nearby()
 * @finder: (nullable): likewise
 */
GtkWidget *
relais_tool_row_new (RelaisCatalog     *catalog,
                     RelaisProfile     *profile,
                     RelaisProfileTool *tool,
                     RelaisDirectory   *directory,
                     RelaisPlaceFinder *finder)
{
  static const char *ranking[] = { "notify::values-weight", "notify::technical-weight",
                                   "notify::financial-weight", "notify::kind", "notify::commune" };
  RelaisProprietaryTool *entry;
  RelaisToolRow *self;

  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (tool), NULL);
  entry = relais_catalog_lookup_tool (catalog, relais_profile_tool_get_tool_id (tool));
  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (RELAIS_TYPE_TOOL_ROW, NULL);
  self->catalog = g_object_ref (catalog);
  self->profile = g_object_ref (profile);
  self->tool = g_object_ref (tool);
  self->directory = directory;
  self->finder = finder;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), entry->name);
  /* The expander's list around its line, named as the tool, not "GtkListBox". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (self->header)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, entry->name, -1);
  rank (self);
  update_summary (self);

  g_signal_connect_object (tool, "notify::choice", G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tool, "notify::status", G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tool, "notify::users", G_CALLBACK (rank), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (ranking); i++)
    g_signal_connect_object (profile, ranking[i], G_CALLBACK (rank), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * relais_tool_row_set_nearby:
 * @directory: (nullable): the hosters
 * @finder: (nullable): the places, to know where the profile is
 *
 * With them, an alternative that is an online service names the CHATONS
 * hosters nearest to the user that offer it.
 */
void
relais_tool_row_set_nearby (RelaisToolRow     *self,
                            RelaisDirectory   *directory,
                            RelaisPlaceFinder *finder)
{
  g_return_if_fail (RELAIS_IS_TOOL_ROW (self));

  if (self->directory == directory && self->finder == finder)
    return;
  self->directory = directory;
  self->finder = finder;
  rank (self);
}

RelaisProfileTool *
relais_tool_row_get_tool (RelaisToolRow *self)
{
  g_return_val_if_fail (RELAIS_IS_TOOL_ROW (self), NULL);
  return self->tool;
}

/**
 * relais_tool_row_grab_focus:
 *
 * Puts the focus on the tool's line, as after a neighbour was removed.
 */
void
relais_tool_row_grab_focus (RelaisToolRow *self)
{
  g_return_if_fail (RELAIS_IS_TOOL_ROW (self));
  gtk_widget_grab_focus (self->header);
}
