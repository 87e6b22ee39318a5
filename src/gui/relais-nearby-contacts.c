/* relais-nearby-contacts.c — "Who to Contact First": those that work near
 * the profile, nearest first, then the networks for its kind of profile
 * (relais_directory_contacts_for_profile(), as the plan), the others one
 * click away
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-contacts"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-directory-contacts.h"
#include "relais-nearby-contacts.h"
#include "relais-nearby-entry.h"
#include "relais-nearby-group.h"

struct _RelaisNearbyContacts
{
  RelaisNearbySection parent_instance;
};

G_DEFINE_FINAL_TYPE (RelaisNearbyContacts, relais_nearby_contacts, RELAIS_TYPE_NEARBY_SECTION)

static RelaisNearbyEntry *
new_contact_entry (const RelaisContactRank *rank)
{
  g_autofree char *subtitle = relais_contact_rank_describe (rank);

  return relais_nearby_entry_new (rank->contact->name, subtitle,
                                  "nearby.contact", g_variant_new_string (rank->contact->id));
}

static void
relais_nearby_contacts_refresh (RelaisNearbySection *section)
{
  RelaisProfile *profile = relais_nearby_section_get_profile (section);
  RelaisProfileKind kind = relais_profile_get_kind (profile);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) others = g_list_store_new (RELAIS_TYPE_NEARBY_ENTRY);
  g_autoptr(GArray) ranks = NULL;

  ranks = relais_directory_contacts_for_profile (relais_nearby_section_get_directory (section),
                                                 relais_nearby_section_get_finder (section), profile, NULL);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (section),
                                         relais_profile_kind_is_collective (kind)
                                         ? _("For a group: those near you first, then free online services run by hosters you can meet, support for associations, and the free software community.")
                                         : _("For you: those near you first, then free online services run by hosters you can meet, help from other users, and the free software community."));

  for (guint i = 0; i < ranks->len; i++)
    {
      const RelaisContactRank *rank = &g_array_index (ranks, RelaisContactRank, i);

      if (rank->first)
        g_ptr_array_add (items, new_contact_entry (rank));
      else
        {
          g_autoptr(RelaisNearbyEntry) entry = new_contact_entry (rank);

          g_list_store_append (others, entry);
        }
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (others)) > 0)
    g_ptr_array_add (items, relais_nearby_group_new (_("Other Networks and Contacts"), NULL, G_LIST_MODEL (others)));

  relais_nearby_section_show (section, items);
}

static void
relais_nearby_contacts_class_init (RelaisNearbyContactsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RelaisNearbySectionClass *section_class = RELAIS_NEARBY_SECTION_CLASS (klass);

  section_class->refresh = relais_nearby_contacts_refresh;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-nearby-contacts.ui");
}

static void
relais_nearby_contacts_init (RelaisNearbyContacts *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
