/* relais-tool-row.c — one tool used today: how many use it, what for, and
 * its free alternatives ranked for this profile, each with its why
 *
 * Its fields are bound to the tool's properties; its alternatives are a list
 * model, ranked again only when what the ranking depends on changes, and
 * only the alternatives whose rank or words changed get a new row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-tool-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-alternative-row.h"
#include "relais-list-diff.h"
#include "relais-migration-step-row.h"
#include "relais-path.h"
#include "relais-price-text.h"
#include "relais-ranked-alternative.h"
#include "relais-tool-row.h"

struct _RelaisToolRow
{
  AdwExpanderRow     parent_instance;

  /* Template widgets */
  AdwActionRow      *closed_row;
  AdwActionRow      *meanwhile_row;
  GtkListBox        *alternatives_list;
  AdwActionRow      *migration_heading;
  GtkListBox        *migration_list;
  AdwEntryRow       *note_row;
  AdwEntryRow       *noted_row;
  AdwEntryRow       *price_row;
  AdwEntryRow       *reason_row;
  GtkButton         *remove_button;
  AdwComboRow       *status_row;
  GtkSpinButton     *users_spin;

  /* Owned */
  RelaisCatalog     *catalog;
  RelaisProfile     *profile;
  RelaisProfileTool *tool;
  GListStore        *alternatives;     /* RelaisRankedAlternative, the best first, then "Not now" */
  gboolean           opened;           /* ranked once it was first opened */

  /* Borrowed */
  RelaisDirectory   *directory;        /* nullable: the hosters of online services */
  RelaisPlaceFinder *finder;           /* nullable: where the profile is */
};

G_DEFINE_FINAL_TYPE (RelaisToolRow, relais_tool_row, ADW_TYPE_EXPANDER_ROW)

static void
update_summary (RelaisToolRow *self)
{
  const char *choice = relais_profile_tool_get_choice (self->tool);
  RelaisAlternative *chosen = choice != NULL ? relais_catalog_lookup_alternative (self->catalog, choice) : NULL;
  g_autofree char *subtitle = NULL;
  guint users = relais_profile_tool_get_users (self->tool);

  if (chosen != NULL)
    /* TRANSLATORS: the free alternative the user chose, e.g. “Chosen: LibreOffice Writer” */
    subtitle = g_strdup_printf (_("Chosen: %s"), chosen->name);
  else if (g_strcmp0 (choice, RELAIS_CHOICE_NOT_NOW) == 0)
    subtitle = g_strdup (_("Not now"));
  else
    subtitle = g_strdup_printf (ngettext ("Nothing chosen yet · %u person uses it",
                                          "Nothing chosen yet · %u people use it", users), users);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

/* Other reasons, another kind, another commune, other hosters or another
 * number of users: another ranking, and other words for some. */
static void
rank (RelaisToolRow *self)
{
  RelaisProprietaryTool *entry;
  g_autoptr(GPtrArray) items = NULL;

  /* A closed row shows no alternative: ranking them and making their rows is
   * most of a row's cost, so a profile of many tools opens at once and each
   * row ranks when first opened. */
  if (!self->opened)
    return;

  entry = relais_catalog_lookup_tool (self->catalog, relais_profile_tool_get_tool_id (self->tool));
  items = relais_ranked_alternatives_for (self->catalog, self->profile, entry,
                                          relais_profile_tool_get_users (self->tool),
                                          self->directory, self->finder);
  g_ptr_array_add (items, relais_ranked_alternative_new (self->catalog, NULL, RELAIS_CHOICE_NOT_NOW, _("Not now"),
                                                         _("Keep this tool for the moment; you can choose later.")));
  relais_list_store_update (self->alternatives, items, relais_ranked_alternative_equal);
}

static void
expanded_cb (RelaisToolRow *self)
{
  if (self->opened || !adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    return;
  self->opened = TRUE;
  rank (self);
}

static GtkWidget *
create_alternative_row (gpointer item,
                        gpointer user_data)
{
  RelaisToolRow *self = user_data;

  return relais_alternative_row_new (item, self->tool);
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

static gboolean
status_to_selected (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_status (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected >= RELAIS_N_TOOL_STATUSES)
    return FALSE;
  g_value_set_enum (to, (RelaisToolStatus) selected);
  return TRUE;
}

static gboolean
status_is_set_aside (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_enum (from) == RELAIS_TOOL_STATUS_SET_ASIDE);
  return TRUE;
}

/* The steps of the move show once an alternative is chosen. */
static gboolean
choice_is_a_move (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char *choice = g_value_get_string (from);

  g_value_set_boolean (to, choice != NULL && g_strcmp0 (choice, RELAIS_CHOICE_NOT_NOW) != 0);
  return TRUE;
}

/* Empty: the catalogue's public price counts; a number: the user's own. */
static void
price_changed_cb (GtkEditable   *editable,
                  RelaisToolRow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  char *end = NULL;
  double euros;

  g_strdelimit (text, ",", '.');
  if (text[0] == '\0')
    {
      gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
      relais_profile_tool_set_yearly_price (self->tool, RELAIS_PROFILE_TOOL_NO_PRICE);
      return;
    }

  euros = g_ascii_strtod (text, &end);
  if (end == NULL || *end != '\0' || !(euros >= 0 && euros <= RELAIS_PROFILE_TOOL_MAX_PRICE))
    {
      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  relais_profile_tool_set_yearly_price (self->tool, euros);
}

/* The checklist of the kind of move this tool calls for, ticked per tool:
 * made once, it does not depend on anything that changes. */
static void
fill_migration (RelaisToolRow         *self,
                RelaisProprietaryTool *entry)
{
  const RelaisMigration *migration = relais_path_get_migration (entry->category->id);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->migration_heading), _(migration->title));
  for (guint i = 0; migration->steps[i] != NULL; i++)
    {
      g_autofree char *id = relais_path_migration_step_id (migration, entry->id, i);

      gtk_list_box_append (self->migration_list,
                           relais_migration_step_row_new (self->profile, id, _(migration->steps[i])));
    }
}

static void
bind_tool (RelaisToolRow *self)
{
  GObject *tool = G_OBJECT (self->tool);
  const char *labels[RELAIS_N_TOOL_STATUSES + 1] = { NULL };
  g_autoptr(GtkStringList) statuses = NULL;
  double own = relais_profile_tool_get_yearly_price (self->tool);

  for (guint i = 0; i < RELAIS_N_TOOL_STATUSES; i++)
    labels[i] = relais_tool_status_get_label (i);
  statuses = gtk_string_list_new (labels);
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  g_object_bind_property (tool, "users", self->users_spin, "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (tool, "note", self->note_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (tool, "noted-by", self->noted_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (tool, "set-aside-reason", self->reason_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (tool, "status", self->status_row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               status_to_selected, selected_to_status, NULL, NULL);
  g_object_bind_property_full (tool, "status", self->reason_row, "visible", G_BINDING_SYNC_CREATE,
                               status_is_set_aside, NULL, NULL, NULL);
  g_object_bind_property_full (tool, "choice", self->migration_heading, "visible", G_BINDING_SYNC_CREATE,
                               choice_is_a_move, NULL, NULL, NULL);
  g_object_bind_property_full (tool, "choice", self->migration_list, "visible", G_BINDING_SYNC_CREATE,
                               choice_is_a_move, NULL, NULL, NULL);

  /* The price is checked as it is typed: not a plain binding. */
  if (own >= 0)
    {
      g_autofree char *text = g_strdup_printf ("%.2f", own);

      gtk_editable_set_text (GTK_EDITABLE (self->price_row), text);
    }
  g_signal_connect_object (self->price_row, "changed", G_CALLBACK (price_changed_cb), self, 0);

  g_signal_connect_object (tool, "notify::choice", G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tool, "notify::users", G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tool, "notify::users", G_CALLBACK (rank), self, G_CONNECT_SWAPPED);
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
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, alternatives_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, closed_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, meanwhile_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, migration_heading);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, migration_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, note_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, noted_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, price_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, reason_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, status_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolRow, users_spin);

  gtk_widget_class_install_action (widget_class, "tool.choose", "s", choose_action);
}

static void
relais_tool_row_init (RelaisToolRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->alternatives = g_list_store_new (RELAIS_TYPE_RANKED_ALTERNATIVE);
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
  g_autofree char *list_label = NULL;

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
  if (entry->closed != NULL)
    {
      g_autofree char *closure = relais_tool_describe_closure (entry);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->closed_row), closure);
      gtk_widget_set_visible (GTK_WIDGET (self->closed_row), TRUE);
    }
  /* No free alternative fits yet: said, so the empty list is not a mystery. */
  if (entry->meanwhile != NULL)
    {
      g_autofree char *meanwhile = relais_tool_describe_meanwhile (entry);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->meanwhile_row), meanwhile);
      gtk_widget_set_visible (GTK_WIDGET (self->meanwhile_row), TRUE);
    }
  list_label = g_strdup_printf (_("Free alternatives to %s"), entry->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->alternatives_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, list_label, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "s", entry->id);
  fill_migration (self, entry);
  bind_tool (self);
  update_summary (self);

  gtk_list_box_bind_model (self->alternatives_list, G_LIST_MODEL (self->alternatives),
                           create_alternative_row, self, NULL);
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
