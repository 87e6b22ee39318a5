/* relais-tool-details.c — what a tool's row shows once opened: where it
 * stands, how many use it, what for, its price, who noted it, every free
 * alternative ranked with its why, the checklist of the move, and Remove
 *
 * Made when the row is first opened, not with the row: a profile of many
 * tools shows at once, and adding one makes one line, not a form.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-tool-details"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-alternative-row.h"
#include "relais-field-row.h"
#include "relais-migration-step-row.h"
#include "relais-path.h"
#include "relais-price-text.h"
#include "relais-tool-details.h"

struct _RelaisToolDetails
{
  GtkBox             parent_instance;

  /* Template widgets */
  GtkListBox        *alternatives_list;
  AdwActionRow      *closed_row;
  GtkListBox        *form_list;
  AdwActionRow      *meanwhile_row;
  GtkLabel          *migration_heading;
  GtkListBox        *migration_list;
  RelaisFieldRow    *note_row;
  RelaisFieldRow    *noted_row;
  AdwActionRow      *price_error_row;
  RelaisFieldRow    *price_row;
  RelaisFieldRow    *reason_row;
  GtkButton         *remove_button;
  GtkListBox        *remove_list;
  AdwComboRow       *status_row;
  GtkSpinButton     *users_spin;

  /* Owned */
  RelaisProfile     *profile;
  RelaisProfileTool *tool;
};

G_DEFINE_FINAL_TYPE (RelaisToolDetails, relais_tool_details, GTK_TYPE_BOX)

/* Each choice of "Where it stands" is a label that names its list item, so
 * that a screen reader says "Trying", not "list item". */
static void
status_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
status_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkWidget *item_widget = gtk_widget_get_parent (label);

  gtk_label_set_label (GTK_LABEL (label), text);
  if (item_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item_widget), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
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

static void
set_price_invalid (RelaisToolDetails *self,
                   gboolean           invalid)
{
  gtk_widget_set_visible (GTK_WIDGET (self->price_error_row), invalid);
  relais_field_row_set_error (self->price_row,
                              invalid ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->price_error_row)) : NULL);
}

/* Empty: the catalogue's public price counts; a number: the user's own. */
static void
price_changed_cb (GtkEditable       *editable,
                  RelaisToolDetails *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  char *end = NULL;
  double euros;

  g_strdelimit (text, ",", '.');
  if (text[0] == '\0')
    {
      set_price_invalid (self, FALSE);
      relais_profile_tool_set_yearly_price (self->tool, RELAIS_PROFILE_TOOL_NO_PRICE);
      return;
    }

  euros = g_ascii_strtod (text, &end);
  if (end == NULL || *end != '\0' || !(euros >= 0 && euros <= RELAIS_PROFILE_TOOL_MAX_PRICE))
    {
      set_price_invalid (self, TRUE);
      return;
    }

  set_price_invalid (self, FALSE);
  relais_profile_tool_set_yearly_price (self->tool, euros);
}

/* The checklist of the kind of move this tool calls for, ticked per tool:
 * made once, it does not depend on anything that changes. */
static void
fill_migration (RelaisToolDetails     *self,
                RelaisProprietaryTool *entry)
{
  const RelaisMigration *migration = relais_path_get_migration (entry->category->id);

  gtk_label_set_label (self->migration_heading, _(migration->title));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->migration_list), GTK_ACCESSIBLE_PROPERTY_LABEL, _(migration->title), -1);
  for (guint i = 0; migration->steps[i] != NULL; i++)
    {
      g_autofree char *id = relais_path_migration_step_id (migration, entry->id, i);

      gtk_list_box_append (self->migration_list,
                           relais_migration_step_row_new (self->profile, id, _(migration->steps[i])));
    }
}

static void
bind_tool (RelaisToolDetails *self)
{
  GObject *tool = G_OBJECT (self->tool);
  const char *labels[RELAIS_N_TOOL_STATUSES + 1] = { NULL };
  g_autoptr(GtkStringList) statuses = NULL;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  double own = relais_profile_tool_get_yearly_price (self->tool);

  for (guint i = 0; i < RELAIS_N_TOOL_STATUSES; i++)
    labels[i] = relais_tool_status_get_label (i);
  statuses = gtk_string_list_new (labels);
  g_signal_connect (factory, "setup", G_CALLBACK (status_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (status_bind_cb), NULL);
  adw_combo_row_set_factory (self->status_row, factory);
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
}

static GtkWidget *
create_alternative_row (gpointer item,
                        gpointer user_data)
{
  RelaisToolDetails *self = user_data;

  return relais_alternative_row_new (item, self->tool);
}

static void
relais_tool_details_dispose (GObject *object)
{
  RelaisToolDetails *self = (RelaisToolDetails *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_TOOL_DETAILS);
  g_clear_object (&self->profile);
  g_clear_object (&self->tool);

  G_OBJECT_CLASS (relais_tool_details_parent_class)->dispose (object);
}

static void
relais_tool_details_class_init (RelaisToolDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_tool_details_dispose;

  g_type_ensure (RELAIS_TYPE_FIELD_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-tool-details.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, alternatives_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, closed_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, form_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, meanwhile_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, migration_heading);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, migration_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, note_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, noted_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, price_error_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, price_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, reason_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, remove_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, remove_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, status_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisToolDetails, users_spin);
}

static void
relais_tool_details_init (RelaisToolDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relais_tool_details_new:
 * @tool: an entry of @profile naming a tool of @catalog
 * @alternatives: (element-type RelaisRankedAlternative): its alternatives,
 *   ranked by its row, the best first
 */
GtkWidget *
relais_tool_details_new (RelaisCatalog     *catalog,
                         RelaisProfile     *profile,
                         RelaisProfileTool *tool,
                         GListModel        *alternatives)
{
  RelaisProprietaryTool *entry;
  RelaisToolDetails *self;
  g_autofree char *list_label = NULL;
  g_autofree char *remove_label = NULL;
  g_autofree char *details_label = NULL;

  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (tool), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (alternatives), NULL);
  entry = relais_catalog_lookup_tool (catalog, relais_profile_tool_get_tool_id (tool));
  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (RELAIS_TYPE_TOOL_DETAILS, NULL);
  self->profile = g_object_ref (profile);
  self->tool = g_object_ref (tool);

  if (entry->closed != NULL)
    {
      g_autofree char *closure = relais_tool_describe_closure (entry);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->closed_row), closure);
      gtk_widget_set_visible (GTK_WIDGET (self->closed_row), TRUE);
    }
  if (entry->meanwhile != NULL)
    {
      g_autofree char *meanwhile = relais_tool_describe_meanwhile (entry);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->meanwhile_row), meanwhile);
      gtk_widget_set_visible (GTK_WIDGET (self->meanwhile_row), TRUE);
    }

  /* Named for what they are about: several tools may be open at once. */
  list_label = g_strdup_printf (_("Free alternatives to %s"), entry->name);
  /* TRANSLATORS: the button that takes a tool off the list, e.g. “Remove Microsoft Word from the list” */
  remove_label = g_strdup_printf (_("Remove %s from the list"), entry->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->alternatives_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, list_label, -1);
  /* The lists are named for what they hold, not "GtkListBox". */
  /* TRANSLATORS: the list of what is said about a tool: where it stands, who uses it, its price… */
  details_label = g_strdup_printf (_("About %s"), entry->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->form_list), GTK_ACCESSIBLE_PROPERTY_LABEL, details_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_list), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "s", entry->id);

  fill_migration (self, entry);
  bind_tool (self);
  gtk_list_box_bind_model (self->alternatives_list, alternatives, create_alternative_row, self, NULL);

  return GTK_WIDGET (self);
}
