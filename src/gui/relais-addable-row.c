/* relais-addable-row.c — a tool of the catalogue that can be added to the
 * profile (a search result), and says when it is
 *
 * A row is kept while the search changes and shows the tool found at its
 * place: one more letter typed changes a few labels, not the rows. Its
 * name and vendor take one line each: a wrapping label is laid out again
 * for every width it is measured at, several times for each letter typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-addable-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-addable-row.h"
#include "relais-profile-tool.h"

struct _RelaisAddableRow
{
  AdwActionRow     parent_instance;

  /* Template widgets */
  GtkButton       *add_button;

  /* Owned */
  RelaisToolMatch *match;
  RelaisProfile   *profile;   /* nullable: nothing can be added without one */
  int              added;     /* -1 until first shown */
};

G_DEFINE_FINAL_TYPE (RelaisAddableRow, relais_addable_row, ADW_TYPE_ACTION_ROW)

static void
update_added (RelaisAddableRow *self)
{
  const char *id = relais_tool_match_get_id (self->match);
  gboolean added = self->profile != NULL && relais_profile_find_tool (self->profile, id, NULL) != NULL;
  g_autofree char *label = NULL;

  /* Every row of every category hears each tool added: most have nothing to do. */
  if (self->added == (int) added)
    return;
  self->added = added;

  label = g_strdup_printf (_("Add %s"), relais_tool_match_get_tool (self->match)->name);
  /* Setting a button's label resets its accessible name: set it after. */
  gtk_button_set_label (self->add_button, added ? _("Added") : _("Add"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), !added && self->profile != NULL);
}

/* Every row of every category hears each tool added or removed: a row only
 * looks at the tools that came, unless it was added and some went. Looking
 * through the whole profile each time cost rows × tools on every addition. */
static void
tools_changed_cb (GListModel       *tools,
                  guint             position,
                  guint             removed,
                  guint             added,
                  RelaisAddableRow *self)
{
  const char *id = relais_tool_match_get_id (self->match);

  if (removed > 0 && self->added == TRUE)
    {
      update_added (self);
      return;
    }
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (tools, i);

      if (g_str_equal (relais_profile_tool_get_tool_id (tool), id))
        {
          update_added (self);
          return;
        }
    }
}

static void
relais_addable_row_dispose (GObject *object)
{
  RelaisAddableRow *self = RELAIS_ADDABLE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_ADDABLE_ROW);
  g_clear_object (&self->match);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (relais_addable_row_parent_class)->dispose (object);
}

static void
relais_addable_row_class_init (RelaisAddableRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_addable_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-addable-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisAddableRow, add_button);
}

static void
relais_addable_row_init (RelaisAddableRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->added = -1;
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 1);
}

/**
 * relais_addable_row_new:
 * @profile: (nullable): where it would be added
 */
GtkWidget *
relais_addable_row_new (RelaisToolMatch *match,
                        RelaisProfile   *profile)
{
  RelaisAddableRow *self;

  g_return_val_if_fail (RELAIS_IS_TOOL_MATCH (match), NULL);
  g_return_val_if_fail (!profile || RELAIS_IS_PROFILE (profile), NULL);

  self = g_object_new (RELAIS_TYPE_ADDABLE_ROW, NULL);
  self->profile = profile != NULL ? g_object_ref (profile) : NULL;
  relais_addable_row_set_match (self, match);
  if (profile != NULL)
    g_signal_connect_object (relais_profile_get_tools (profile), "items-changed",
                             G_CALLBACK (tools_changed_cb), self, 0);

  return GTK_WIDGET (self);
}

RelaisToolMatch *
relais_addable_row_get_match (RelaisAddableRow *self)
{
  g_return_val_if_fail (RELAIS_IS_ADDABLE_ROW (self), NULL);
  return self->match;
}

/**
 * relais_addable_row_set_match:
 *
 * Shows another tool in the same row, as the search's results change.
 */
void
relais_addable_row_set_match (RelaisAddableRow *self,
                              RelaisToolMatch  *match)
{
  RelaisProprietaryTool *tool;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (RELAIS_IS_ADDABLE_ROW (self));
  g_return_if_fail (RELAIS_IS_TOOL_MATCH (match));

  if (!g_set_object (&self->match, match))
    return;

  tool = relais_tool_match_get_tool (match);
  subtitle = g_strdup_printf ("%s · %s", relais_catalog_translate (tool->category->name), tool->vendor);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), tool->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->add_button), "s", tool->id);
  /* Another tool: its own name in the button's, whether added or not. */
  self->added = -1;
  update_added (self);
}
