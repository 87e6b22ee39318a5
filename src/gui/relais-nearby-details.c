/* relais-nearby-details.c — everything known about one entry of Help
 * Nearby, how to reach it, and where its facts come from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-details"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relais-message.h"
#include "relais-nearby-details.h"
#include "relais-nearby-text.h"

struct _RelaisNearbyDetails
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwActionRow        *address_row;
  AdwActionRow        *email_row;
  AdwPreferencesPage  *page;
  AdwActionRow        *phone_row;
  AdwPreferencesGroup *reach_group;
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  AdwActionRow        *website_row;

  /* Owned */
  AdwPreferencesGroup *current_group;  /* where facts go */
  char                *phone_uri;
  char                *email_uri;
  char                *website;
  char                *address;
};

G_DEFINE_FINAL_TYPE (RelaisNearbyDetails, relais_nearby_details, ADW_TYPE_WINDOW)

static void
open_uri (RelaisNearbyDetails *self,
          const char          *uri)
{
  /* Through the OpenURI portal in the Flatpak: the telephone and mail
   * applications are the user's own. */
  if (uri != NULL)
    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
call_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  open_uri (RELAIS_NEARBY_DETAILS (widget), RELAIS_NEARBY_DETAILS (widget)->phone_uri);
}

static void
mail_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  open_uri (RELAIS_NEARBY_DETAILS (widget), RELAIS_NEARBY_DETAILS (widget)->email_uri);
}

static void
web_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_uri (RELAIS_NEARBY_DETAILS (widget), RELAIS_NEARBY_DETAILS (widget)->website);
}

static void
copy_address_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RelaisNearbyDetails *self = RELAIS_NEARBY_DETAILS (widget);

  if (self->address == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->address);
  relais_message_toast (self->toast_overlay, _("Address copied"));
}

static void
relais_nearby_details_dispose (GObject *object)
{
  /* The content is also a template child: the window drops it first. */
  adw_window_set_content (ADW_WINDOW (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), RELAIS_TYPE_NEARBY_DETAILS);

  G_OBJECT_CLASS (relais_nearby_details_parent_class)->dispose (object);
}

static void
relais_nearby_details_finalize (GObject *object)
{
  RelaisNearbyDetails *self = RELAIS_NEARBY_DETAILS (object);

  g_free (self->phone_uri);
  g_free (self->email_uri);
  g_free (self->website);
  g_free (self->address);

  G_OBJECT_CLASS (relais_nearby_details_parent_class)->finalize (object);
}

static void
relais_nearby_details_class_init (RelaisNearbyDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_nearby_details_dispose;
  object_class->finalize = relais_nearby_details_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/fr/artifaille/Relais/relais-nearby-details.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyDetails, address_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyDetails, email_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyDetails, page);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyDetails, phone_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyDetails, reach_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyDetails, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyDetails, window_title);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyDetails, website_row);

  gtk_widget_class_install_action (widget_class, "details.call", NULL, call_action);
  gtk_widget_class_install_action (widget_class, "details.mail", NULL, mail_action);
  gtk_widget_class_install_action (widget_class, "details.web", NULL, web_action);
  gtk_widget_class_install_action (widget_class, "details.copy-address", NULL, copy_address_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
relais_nearby_details_init (RelaisNearbyDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relais_nearby_details_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): a new details window, to fill and present
 */
RelaisNearbyDetails *
relais_nearby_details_new (GtkWindow  *parent,
                           const char *title,
                           const char *subtitle)
{
  RelaisNearbyDetails *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (RELAIS_TYPE_NEARBY_DETAILS, "transient-for", parent, "title", title, NULL);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
  return self;
}

/**
 * relais_nearby_details_add_group:
 * @title: (nullable): the group's title
 *
 * Starts a new group of facts.
 */
void
relais_nearby_details_add_group (RelaisNearbyDetails *self,
                                 const char          *title)
{
  g_return_if_fail (RELAIS_IS_NEARBY_DETAILS (self));

  self->current_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  if (title != NULL)
    adw_preferences_group_set_title (self->current_group, title);
  adw_preferences_page_add (self->page, self->current_group);
}

/**
 * relais_nearby_details_add_fact:
 * @value: (nullable): nothing is shown when it is %NULL or empty: a fact
 *   the source does not give is left out, never guessed
 */
void
relais_nearby_details_add_fact (RelaisNearbyDetails *self,
                                const char          *label,
                                const char          *value)
{
  GtkWidget *row;

  g_return_if_fail (RELAIS_IS_NEARBY_DETAILS (self));
  g_return_if_fail (label != NULL);

  if (value == NULL || value[0] == '\0')
    return;
  if (self->current_group == NULL)
    relais_nearby_details_add_group (self, NULL);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (self->current_group, row);
}

static void
show_reach_row (RelaisNearbyDetails *self,
                AdwActionRow        *row,
                const char          *value)
{
  gtk_widget_set_visible (GTK_WIDGET (row), value != NULL);
  if (value == NULL)
    return;
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (row, value);
  gtk_widget_set_visible (GTK_WIDGET (self->reach_group), TRUE);
}

static char *
phone_uri (const char *phone)
{
  GString *uri = g_string_new ("tel:");

  for (const char *p = phone; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || *p == '+')
      g_string_append_c (uri, *p);
  return g_string_free (uri, FALSE);
}

/**
 * relais_nearby_details_set_reach:
 * @phone: (nullable): as published
 * @email: (nullable)
 * @website: (nullable): opened only when it is a web address
 * @address: (nullable): the postal address, to copy
 */
void
relais_nearby_details_set_reach (RelaisNearbyDetails *self,
                                 const char          *phone,
                                 const char          *email,
                                 const char          *website,
                                 const char          *address)
{
  g_return_if_fail (RELAIS_IS_NEARBY_DETAILS (self));

  g_clear_pointer (&self->phone_uri, g_free);
  g_clear_pointer (&self->email_uri, g_free);
  g_clear_pointer (&self->website, g_free);
  g_clear_pointer (&self->address, g_free);

  if (phone != NULL && phone[0] != '\0')
    self->phone_uri = phone_uri (phone);
  if (email != NULL && strchr (email, '@') != NULL)
    self->email_uri = g_strconcat ("mailto:", email, NULL);
  /* Some sources put something else than a web address there: it is shown
   * as a fact, never opened. */
  if (website != NULL && (g_str_has_prefix (website, "https://") || g_str_has_prefix (website, "http://")))
    self->website = g_strdup (website);
  else if (website != NULL && website[0] != '\0')
    relais_nearby_details_add_fact (self, _("Web site, as published"), website);
  if (address != NULL && address[0] != '\0')
    self->address = g_strdup (address);

  if (self->phone_uri != NULL)
    {
      g_autofree char *readable = relais_nearby_format_phone (phone);

      show_reach_row (self, self->phone_row, readable);
    }
  else
    show_reach_row (self, self->phone_row, NULL);
  show_reach_row (self, self->email_row, self->email_uri != NULL ? email : NULL);
  show_reach_row (self, self->website_row, self->website);
  show_reach_row (self, self->address_row, self->address);
}

/**
 * relais_nearby_details_set_source:
 *
 * Where the facts come from and when they were checked, in one sentence,
 * last.
 */
void
relais_nearby_details_set_source (RelaisNearbyDetails *self,
                                  const char          *source)
{
  AdwPreferencesGroup *group;

  g_return_if_fail (RELAIS_IS_NEARBY_DETAILS (self));
  g_return_if_fail (source != NULL);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Where These Facts Come From"));
  adw_preferences_group_set_description (group, source);
  adw_preferences_page_add (self->page, group);
}
