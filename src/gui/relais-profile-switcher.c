/* relais-profile-switcher.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-switcher"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "relais-accessible.h"
#include "relais-nearby-text.h"
#include "relais-profile-store-folders.h"
#include "relais-profile-switcher.h"
#include "relais-search.h"

struct _RelaisProfileSwitcher
{
  GtkPopover      parent_instance;

  /* Template widgets */
  GtkListBox     *list_box;
  GtkSearchEntry *search_entry;

  /* Owned */
  RelaisProfileStore *store;  /* nullable: says which profiles are shared */
  GListModel     *profiles;
  RelaisProfile  *current;
  gboolean        shown;
  char           *search;   /* folded search text, or NULL */
  GtkFilter      *filter;
  GtkFilterListModel *filtered;
};

G_DEFINE_FINAL_TYPE (RelaisProfileSwitcher, relais_profile_switcher, GTK_TYPE_POPOVER)

static gboolean
kind_to_label (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_value_set_string (to, relais_profile_kind_get_label (g_value_get_enum (from)));
  return TRUE;
}

/* A shared profile says where it lives, and when and by whom it was last
 * changed: the team's news at a glance. */
static char *
describe_sharing (RelaisProfileStore *store,
                  RelaisProfile      *profile)
{
  GFile *folder = relais_profile_store_get_shared_folder (store, profile);
  g_autofree char *path = g_file_get_path (folder);
  g_autofree char *name = path != NULL ? g_filename_display_basename (path) : g_file_get_parse_name (folder);
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *by = NULL;
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;

  relais_profile_store_get_last_change (store, profile, &when, &by);
  if (when == NULL)
    /* Translators: the shared folder's name */
    return g_strdup_printf (_("Shared in “%s”"), name);

  local = g_date_time_to_local (when);
  day = g_date_time_format (local, "%Y-%m-%d");
  date = relais_nearby_format_date (day);
  if (by != NULL)
    /* Translators: the shared folder's name, a date in words, a member's name */
    return g_strdup_printf (_("Shared in “%s”, changed on %s by %s"), name, date, by);
  /* Translators: the shared folder's name, a date in words */
  return g_strdup_printf (_("Shared in “%s”, changed on %s"), name, date);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RelaisProfileSwitcher *self = user_data;
  RelaisProfile *profile = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  g_object_bind_property (profile, "name", row, "title", G_BINDING_SYNC_CREATE);
  if (self->store != NULL && relais_profile_store_get_shared_folder (self->store, profile) != NULL)
    {
      g_autofree char *sharing = describe_sharing (self->store, profile);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sharing);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("folder-remote-symbolic"));
    }
  else
    g_object_bind_property_full (profile, "kind", row, "subtitle", G_BINDING_SYNC_CREATE,
                                 kind_to_label, NULL, NULL, NULL);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.switch-profile");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", relais_profile_get_id (profile));

  gtk_widget_set_visible (check, profile == self->current);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Current profile"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);

  return row;
}

/* Rows are made only once the list has been opened: a trainer's machine may
 * hold hundreds of profiles, and none of their rows is needed to start. */
/* A trainer's machine may hold a profile per association met: find one by
 * any part of its name, accents and case aside. */
static gboolean
matches_search (gpointer item,
                gpointer user_data)
{
  RelaisProfileSwitcher *self = user_data;
  g_autofree char *name = NULL;

  if (self->search == NULL)
    return TRUE;

  name = relais_search_normalize (relais_profile_get_name (item));
  return strstr (name, self->search) != NULL;
}

static void
search_changed_cb (RelaisProfileSwitcher *self)
{
  g_autofree char *folded = relais_search_normalize (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  g_clear_pointer (&self->search, g_free);
  if (folded[0] != '\0')
    self->search = g_steal_pointer (&folded);
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
rebind (RelaisProfileSwitcher *self)
{
  if (self->shown)
    gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->filtered), create_row, self, NULL);
}

static void
relais_profile_switcher_show (GtkWidget *widget)
{
  RelaisProfileSwitcher *self = RELAIS_PROFILE_SWITCHER (widget);

  if (!self->shown)
    {
      self->shown = TRUE;
      rebind (self);
    }

  GTK_WIDGET_CLASS (relais_profile_switcher_parent_class)->show (widget);
}

static void
row_activated_cb (RelaisProfileSwitcher *self,
                  GtkListBoxRow         *row)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

/* The search entry takes Escape for itself: without this, Escape would never
 * close the list for someone using the keyboard. */
static void
stop_search_cb (RelaisProfileSwitcher *self)
{
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    gtk_popover_popdown (GTK_POPOVER (self));
}

static void
relais_profile_switcher_dispose (GObject *object)
{
  RelaisProfileSwitcher *self = (RelaisProfileSwitcher *)object;

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_PROFILE_SWITCHER);
  g_clear_object (&self->profiles);
  g_clear_object (&self->store);
  g_clear_object (&self->current);
  g_clear_pointer (&self->search, g_free);
  g_clear_object (&self->filtered);

  G_OBJECT_CLASS (relais_profile_switcher_parent_class)->dispose (object);
}

static void
relais_profile_switcher_class_init (RelaisProfileSwitcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_profile_switcher_dispose;
  widget_class->show = relais_profile_switcher_show;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-profile-switcher.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileSwitcher, list_box);
  gtk_widget_class_bind_template_child (widget_class, RelaisProfileSwitcher, search_entry);
}

static void
relais_profile_switcher_init (RelaisProfileSwitcher *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  relais_accessible_name_mnemonics (GTK_WIDGET (self));

  g_signal_connect_object (self->list_box, "row-activated", G_CALLBACK (row_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb),
                           self, G_CONNECT_SWAPPED);
  self->filter = GTK_FILTER (gtk_custom_filter_new (matches_search, self, NULL));
  /* The filter model owns the filter. */
  self->filtered = gtk_filter_list_model_new (NULL, self->filter);
}

void
relais_profile_switcher_set_profiles (RelaisProfileSwitcher *self,
                                      GListModel            *profiles)
{
  g_return_if_fail (RELAIS_IS_PROFILE_SWITCHER (self));
  g_return_if_fail (!profiles || G_IS_LIST_MODEL (profiles));

  if (g_set_object (&self->profiles, profiles))
    {
      gtk_filter_list_model_set_model (self->filtered, profiles);
      rebind (self);
    }
}

void
relais_profile_switcher_set_current (RelaisProfileSwitcher *self,
                                     RelaisProfile         *profile)
{
  g_return_if_fail (RELAIS_IS_PROFILE_SWITCHER (self));
  g_return_if_fail (!profile || RELAIS_IS_PROFILE (profile));

  /* Rows are cheap and few: rebuild them so the check mark moves. */
  if (g_set_object (&self->current, profile))
    rebind (self);
}

/**
 * relais_profile_switcher_set_store:
 *
 * The store the profiles come from, which says which of them are shared.
 */
void
relais_profile_switcher_set_store (RelaisProfileSwitcher *self,
                                   RelaisProfileStore    *store)
{
  g_return_if_fail (RELAIS_IS_PROFILE_SWITCHER (self));
  g_return_if_fail (!store || RELAIS_IS_PROFILE_STORE (store));

  if (g_set_object (&self->store, store))
    {
      /* A merge from another member changes who changed it last. */
      if (store != NULL)
        g_signal_connect_object (store, "changed-elsewhere", G_CALLBACK (relais_profile_switcher_update),
                                 self, G_CONNECT_SWAPPED);
      rebind (self);
    }
}

/**
 * relais_profile_switcher_update:
 *
 * Makes the rows again, after a profile moved to a shared folder.
 */
void
relais_profile_switcher_update (RelaisProfileSwitcher *self)
{
  g_return_if_fail (RELAIS_IS_PROFILE_SWITCHER (self));

  rebind (self);
}
