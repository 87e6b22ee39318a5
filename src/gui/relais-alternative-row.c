/* relais-alternative-row.c — one free alternative of a tool: why, its facts,
 * its website, and Choose (or "Not now", which is a choice too)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-alternative-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-alternative-row.h"

struct _RelaisAlternativeRow
{
  AdwActionRow             parent_instance;

  /* Template widgets */
  GtkButton               *choose_button;
  GtkButton               *open_button;

  /* Owned */
  RelaisRankedAlternative *ranked;
  RelaisProfileTool       *tool;
  char                    *website;   /* nullable */
};

G_DEFINE_FINAL_TYPE (RelaisAlternativeRow, relais_alternative_row, ADW_TYPE_ACTION_ROW)

static void
update_chosen (RelaisAlternativeRow *self)
{
  const char *name = relais_ranked_alternative_get_name (self->ranked);
  gboolean chosen = g_strcmp0 (relais_profile_tool_get_choice (self->tool),
                               relais_ranked_alternative_get_id (self->ranked)) == 0;
  g_autofree char *label = g_strdup_printf (chosen ? _("%s is chosen") : _("Choose %s"), name);

  /* Setting a button's label resets its accessible name: set it after. */
  gtk_button_set_label (self->choose_button, chosen ? _("Chosen") : _("Choose"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->choose_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (chosen)
    gtk_widget_add_css_class (GTK_WIDGET (self->choose_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->choose_button), "suggested-action");
}

static void
open_website_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RelaisAlternativeRow *self = RELAIS_ALTERNATIVE_ROW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  /* Through the OpenURI portal in the Flatpak. */
  if (self->website != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->website, GDK_CURRENT_TIME);
}

static void
relais_alternative_row_dispose (GObject *object)
{
  RelaisAlternativeRow *self = RELAIS_ALTERNATIVE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_ALTERNATIVE_ROW);
  g_clear_object (&self->ranked);
  g_clear_object (&self->tool);
  g_clear_pointer (&self->website, g_free);

  G_OBJECT_CLASS (relais_alternative_row_parent_class)->dispose (object);
}

static void
relais_alternative_row_class_init (RelaisAlternativeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_alternative_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-alternative-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisAlternativeRow, choose_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisAlternativeRow, open_button);

  gtk_widget_class_install_action (widget_class, "alternative.open-website", NULL, open_website_action);
}

static void
relais_alternative_row_init (RelaisAlternativeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relais_alternative_row_new:
 * @tool: the profile's tool it would replace, whose choice it shows
 */
GtkWidget *
relais_alternative_row_new (RelaisRankedAlternative *ranked,
                            RelaisProfileTool       *tool)
{
  RelaisAlternativeRow *self;
  RelaisAlternative *alternative;
  g_autofree char *description = NULL;

  g_return_val_if_fail (RELAIS_IS_RANKED_ALTERNATIVE (ranked), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (tool), NULL);

  self = g_object_new (RELAIS_TYPE_ALTERNATIVE_ROW, NULL);
  self->ranked = g_object_ref (ranked);
  self->tool = g_object_ref (tool);

  description = g_markup_escape_text (relais_ranked_alternative_get_description (ranked), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), relais_ranked_alternative_get_name (ranked));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), description);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->choose_button), "s",
                                    relais_ranked_alternative_get_id (ranked));

  alternative = relais_ranked_alternative_get_alternative (ranked);
  if (alternative != NULL)
    {
      g_autofree char *open_label = g_strdup_printf (_("Open the website of %s"), alternative->name);

      /* Flathub's page says how to install it; otherwise the project's own. */
      self->website = alternative->flathub != NULL
        ? g_strdup_printf ("https://flathub.org/apps/%s", alternative->flathub)
        : g_strdup (alternative->homepage);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->open_button), open_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_button), GTK_ACCESSIBLE_PROPERTY_LABEL, open_label, -1);
      gtk_widget_set_visible (GTK_WIDGET (self->open_button), TRUE);
    }

  update_chosen (self);
  g_signal_connect_object (tool, "notify::choice", G_CALLBACK (update_chosen), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
