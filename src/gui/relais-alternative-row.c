/* relais-alternative-row.c — one free alternative of a tool: one sentence of
 * why, its facts as badges (licence, how easy, where to get it), the rest of
 * its explanation behind "Why?", its website, and Choose (or "Not now",
 * which is a choice too)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-alternative-row"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relais-alternative-row.h"
#include "relais-alternative-text.h"

struct _RelaisAlternativeRow
{
  AdwPreferencesRow        parent_instance;

  /* Template widgets */
  GtkFlowBox              *badges;
  GtkButton               *choose_button;
  GtkLabel                *name_label;
  GtkButton               *open_button;
  GtkMenuButton           *why_button;
  GtkLabel                *why_label;

  /* Owned */
  RelaisRankedAlternative *ranked;
  RelaisProfileTool       *tool;
  char                    *website;   /* nullable */
};

G_DEFINE_FINAL_TYPE (RelaisAlternativeRow, relais_alternative_row, ADW_TYPE_PREFERENCES_ROW)

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

/* The explanation after its first sentence: the other reasons, what its
 * free edition leaves out, where exactly to get it, when it was checked.
 * Made when asked for: most alternatives are never asked about. */
static void
create_why_popover (GtkMenuButton *button,
                    gpointer       user_data)
{
  RelaisAlternativeRow *self = user_data;
  const char *description = relais_ranked_alternative_get_description (self->ranked);
  const char *rest = strchr (description, '\n');
  GtkWidget *popover, *label;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  label = gtk_label_new (rest != NULL ? rest + 1 : description);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), label);
  gtk_menu_button_set_popover (button, popover);
}

static void
add_badge (RelaisAlternativeRow *self,
           const char           *text,
           const char           *meaning)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "alternative-badge");
  gtk_widget_set_tooltip_text (label, meaning);
  /* Read as what it means: “Licence: MPL-2.0”, not “MPL-2.0”. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, meaning, -1);
  gtk_flow_box_append (self->badges, label);
}

static const char *
use_badge (guint level)
{
  switch (level)
    {
    case 1:
      return _("Easy to use");
    case 2:
      return _("Some learning");
    default:
      return _("Needs training");
    }
}

static const char *
where_badge (RelaisAlternative *alternative)
{
  if (alternative->flathub != NULL || alternative->debian != NULL)
    return _("To install");
  if (alternative->web != NULL)
    return _("Online");
  if (alternative->service != NULL)
    return _("Online, at a hoster");
  return _("From its website");
}

static void
fill_badges (RelaisAlternativeRow *self,
             RelaisAlternative    *alternative)
{
  g_autofree char *licence = alternative->licence != NULL ? relais_alternative_licence_label (alternative->licence)
                                                          : g_strdup (_("Many licences"));
  /* TRANSLATORS: what a badge under a free alternative means, e.g. “Licence: MPL-2.0” */
  g_autofree char *licence_meaning = g_strdup_printf (_("Licence: %s"), licence);
  /* TRANSLATORS: what a badge under a free alternative means, e.g. “How easy: Some learning” */
  g_autofree char *use_meaning = g_strdup_printf (_("How easy: %s"), use_badge (alternative->use_difficulty));
  /* TRANSLATORS: what a badge under a free alternative means, e.g. “Where to get it: To install” */
  g_autofree char *where_meaning = g_strdup_printf (_("Where to get it: %s"), where_badge (alternative));

  add_badge (self, licence, licence_meaning);
  add_badge (self, use_badge (alternative->use_difficulty), use_meaning);
  add_badge (self, where_badge (alternative), where_meaning);
  gtk_widget_set_visible (GTK_WIDGET (self->badges), TRUE);
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
  gtk_widget_class_bind_template_child (widget_class, RelaisAlternativeRow, badges);
  gtk_widget_class_bind_template_child (widget_class, RelaisAlternativeRow, choose_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisAlternativeRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisAlternativeRow, open_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisAlternativeRow, why_button);
  gtk_widget_class_bind_template_child (widget_class, RelaisAlternativeRow, why_label);

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
  const char *name, *description, *end;
  g_autofree char *sentence = NULL;

  g_return_val_if_fail (RELAIS_IS_RANKED_ALTERNATIVE (ranked), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (tool), NULL);

  self = g_object_new (RELAIS_TYPE_ALTERNATIVE_ROW, NULL);
  self->ranked = g_object_ref (ranked);
  self->tool = g_object_ref (tool);

  name = relais_ranked_alternative_get_name (ranked);
  description = relais_ranked_alternative_get_description (ranked);
  end = strchr (description, '\n');
  sentence = end != NULL ? g_strndup (description, end - description) : g_strdup (description);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->why_label, sentence);
  /* The row is read as the alternative's name, then its why. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sentence, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->choose_button), "s",
                                    relais_ranked_alternative_get_id (ranked));

  alternative = relais_ranked_alternative_get_alternative (ranked);
  if (alternative != NULL)
    {
      g_autofree char *open_label = g_strdup_printf (_("Open the website of %s"), alternative->name);
      /* TRANSLATORS: the button that explains why a free alternative is suggested, e.g. “Why LibreOffice Writer?” */
      g_autofree char *why_label = g_strdup_printf (_("Why %s?"), alternative->name);

      /* Flathub's page says how to install it; otherwise the project's own. */
      self->website = alternative->flathub != NULL
        ? g_strdup_printf ("https://flathub.org/apps/%s", alternative->flathub)
        : g_strdup (alternative->homepage);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->open_button), open_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_button), GTK_ACCESSIBLE_PROPERTY_LABEL, open_label, -1);
      gtk_widget_set_visible (GTK_WIDGET (self->open_button), TRUE);

      if (end != NULL)
        {
          gtk_menu_button_set_create_popup_func (self->why_button, create_why_popover, self, NULL);
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->why_button), GTK_ACCESSIBLE_PROPERTY_LABEL, why_label, -1);
          gtk_widget_set_visible (GTK_WIDGET (self->why_button), TRUE);
        }
      fill_badges (self, alternative);
    }

  update_chosen (self);
  g_signal_connect_object (tool, "notify::choice", G_CALLBACK (update_chosen), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
