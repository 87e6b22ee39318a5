/* relais-need-row.c — one need of "What do you use today?": its name, and
 * its tools as toggles, the usual proprietary ones then the free ones an
 * association may already use; one click adds or removes a tool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-need-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-accessible.h"
#include "relais-need-row.h"

struct _RelaisNeedRow
{
  GtkListBoxRow    parent_instance;

  /* Template widgets */
  GtkLabel        *description_label;
  GtkFlowBox      *free_box;
  GtkLabel        *free_label;
  GtkLabel        *title_label;
  GtkFlowBox      *usual_box;

  /* Owned */
  RelaisNeedItem  *item;
  RelaisProfile   *profile;   /* nullable: nothing can be added without one */
  GPtrArray       *usual;     /* GtkToggleButton, one per tool of the need, in its order */
  GPtrArray       *free;      /* GtkToggleButton, one per free tool */
};

G_DEFINE_FINAL_TYPE (RelaisNeedRow, relais_need_row, GTK_TYPE_LIST_BOX_ROW)

/* The toggle says the state; the action (stocktake.toggle, on the list)
 * changes the profile, and the profile's notification brings the state back
 * here: one truth, whoever changed it (the search, Undo, another window). */
static GtkWidget *
add_toggle (GtkFlowBox *box,
            GPtrArray  *toggles,
            const char *id,
            const char *name)
{
  GtkWidget *child = gtk_flow_box_child_new ();
  GtkWidget *toggle = relais_accessible_toggle_new (name, GTK_ACCESSIBLE_ROLE_CHECKBOX);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (toggle), "stocktake.toggle");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (toggle), "s", id);
  gtk_widget_set_name (toggle, id);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), toggle);
  /* Its cell is named after it too, not after its class. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  /* The button takes the focus, not its cell: one Tab stop per tool. */
  gtk_widget_set_focusable (child, FALSE);
  gtk_flow_box_append (box, child);
  g_ptr_array_add (toggles, toggle);
  return toggle;
}

static void
show_state (GtkWidget *toggle,
            gboolean   used)
{
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)) != used)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), used);
  if (used)
    gtk_widget_add_css_class (toggle, "suggested-action");
  else
    gtk_widget_remove_css_class (toggle, "suggested-action");
}

static void
update_usual (RelaisNeedRow *self)
{
  for (guint i = 0; i < self->usual->len; i++)
    {
      GtkWidget *toggle = g_ptr_array_index (self->usual, i);

      show_state (toggle, self->profile != NULL &&
                          relais_profile_find_tool (self->profile, gtk_widget_get_name (toggle), NULL) != NULL);
    }
}

static void
update_free (RelaisNeedRow *self)
{
  for (guint i = 0; i < self->free->len; i++)
    {
      GtkWidget *toggle = g_ptr_array_index (self->free, i);

      show_state (toggle, self->profile != NULL && relais_profile_uses_free_tool (self->profile, gtk_widget_get_name (toggle)));
    }
}

/* Whatever a click did to the button itself, before or after the action
 * answered, the profile's state is put back: a click the action ignored
 * leaves nothing pressed. */
static void
toggled_cb (RelaisNeedRow *self)
{
  update_usual (self);
  update_free (self);
}

static void
relais_need_row_dispose (GObject *object)
{
  RelaisNeedRow *self = RELAIS_NEED_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_NEED_ROW);
  g_clear_object (&self->item);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->usual, g_ptr_array_unref);
  g_clear_pointer (&self->free, g_ptr_array_unref);

  G_OBJECT_CLASS (relais_need_row_parent_class)->dispose (object);
}

static void
relais_need_row_class_init (RelaisNeedRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_need_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-need-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisNeedRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisNeedRow, free_box);
  gtk_widget_class_bind_template_child (widget_class, RelaisNeedRow, free_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisNeedRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisNeedRow, usual_box);
}

static void
relais_need_row_init (RelaisNeedRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->usual = g_ptr_array_new ();
  self->free = g_ptr_array_new ();
}

/**
 * relais_need_row_new:
 * @profile: (nullable): whose tools the toggles show
 */
GtkWidget *
relais_need_row_new (RelaisNeedItem *item,
                     RelaisProfile  *profile)
{
  RelaisNeedRow *self;
  RelaisNeed *need;
  g_autofree char *name = NULL;
  g_autofree char *usual_label = NULL;
  g_autofree char *free_label = NULL;

  g_return_val_if_fail (RELAIS_IS_NEED_ITEM (item), NULL);
  g_return_val_if_fail (!profile || RELAIS_IS_PROFILE (profile), NULL);

  self = g_object_new (RELAIS_TYPE_NEED_ROW, NULL);
  self->item = g_object_ref (item);
  self->profile = profile != NULL ? g_object_ref (profile) : NULL;
  need = relais_need_item_get_need (item);

  g_object_get (item, "name", &name, NULL);
  g_object_bind_property (item, "name", self->title_label, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property (item, "description", self->description_label, "label", G_BINDING_SYNC_CREATE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  /* TRANSLATORS: the group of toggles of a need, e.g. “Tools for Mail” */
  usual_label = g_strdup_printf (_("Tools for %s"), name);
  /* TRANSLATORS: the group of toggles of the free tools of a need, e.g. “Free tools for Mail” */
  free_label = g_strdup_printf (_("Free tools for %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->usual_box), GTK_ACCESSIBLE_PROPERTY_LABEL, usual_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->free_box), GTK_ACCESSIBLE_PROPERTY_LABEL, free_label, -1);

  for (guint i = 0; i < need->tools->len; i++)
    {
      RelaisProprietaryTool *tool = g_ptr_array_index (need->tools, i);

      g_signal_connect_object (add_toggle (self->usual_box, self->usual, tool->id, tool->name),
                               "toggled", G_CALLBACK (toggled_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }
  for (guint i = 0; i < need->free->len; i++)
    {
      RelaisAlternative *alternative = g_ptr_array_index (need->free, i);

      g_signal_connect_object (add_toggle (self->free_box, self->free, alternative->id, alternative->name),
                               "toggled", G_CALLBACK (toggled_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->free_label), need->free->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->free_box), need->free->len > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self), profile != NULL);

  update_usual (self);
  update_free (self);
  if (profile != NULL)
    {
      /* Each row hears every tool added: most have nothing to change. */
      g_signal_connect_object (relais_profile_get_tools (profile), "items-changed",
                               G_CALLBACK (update_usual), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (profile, "notify::free-tools", G_CALLBACK (update_free), self, G_CONNECT_SWAPPED);
    }

  return GTK_WIDGET (self);
}
