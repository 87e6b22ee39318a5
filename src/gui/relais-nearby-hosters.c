/* relais-nearby-hosters.c — "Hosters for Your Online Services": for each
 * online service chosen in Tools, the CHATONS hosters that offer it,
 * nearest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-hosters"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-nearby-entry.h"
#include "relais-nearby-group.h"
#include "relais-nearby-hosters.h"
#include "relais-nearby-text.h"
#include "relais-profile-tool.h"

struct _RelaisNearbyHosters
{
  RelaisNearbySection  parent_instance;

  GPtrArray           *shown_services;  /* RelaisAlternative whose hosters are shown */
};

G_DEFINE_FINAL_TYPE (RelaisNearbyHosters, relais_nearby_hosters, RELAIS_TYPE_NEARBY_SECTION)

static RelaisNearbyGroup *
new_service_group (RelaisNearbySection     *section,
                   const RelaisOrigin      *origin,
                   const RelaisAlternative *alternative)
{
  RelaisDirectory *directory = relais_nearby_section_get_directory (section);
  g_autoptr(GArray) ranking = relais_directory_hosters_near (directory,
                                                             relais_place_finder_get_communes (relais_nearby_section_get_finder (section)),
                                                             origin, alternative->service);
  GPtrArray *hosters = relais_directory_get_hosters (directory);
  g_autoptr(GListStore) entries = g_list_store_new (RELAIS_TYPE_NEARBY_ENTRY);
  g_autofree char *subtitle = NULL;

  subtitle = ranking->len == 0
             ? g_strdup (relais_nearby_no_hoster_known ())
             : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hoster offers it", "%u hosters offer it", ranking->len),
                                ranking->len);

  for (guint i = 0; i < ranking->len; i++)
    {
      const RelaisNearby *nearby = &g_array_index (ranking, RelaisNearby, i);
      const RelaisHoster *hoster = g_ptr_array_index (hosters, nearby->index);
      const RelaisHosterService *service = relais_hoster_find_service (hoster, alternative->service);
      g_autoptr(RelaisNearbyEntry) entry = NULL;
      g_autofree char *where = NULL;
      g_autofree char *line = NULL;

      if (hoster->national)
        where = g_strdup (_("Online, for everyone"));
      else
        where = relais_nearby_describe_distance (nearby, NULL);
      /* Translators: how to sign up, then how far the hoster is */
      line = g_strdup_printf (_("%s · %s"), relais_hoster_registration_label (service->registration), where);
      entry = relais_nearby_entry_new (hoster->name, line, "nearby.hoster", g_variant_new_string (hoster->id));
      g_list_store_append (entries, entry);
    }

  return relais_nearby_group_new (alternative->name, subtitle, G_LIST_MODEL (entries));
}

/* The alternatives chosen that are online services, each service once. */
static GPtrArray *
chosen_services (RelaisNearbySection *section)
{
  RelaisCatalog *catalog = relais_nearby_section_get_catalog (section);
  GListModel *tools = relais_profile_get_tools (relais_nearby_section_get_profile (section));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *chosen = g_ptr_array_new ();

  for (guint i = 0; catalog != NULL && i < g_list_model_get_n_items (tools); i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (tools, i);
      const char *choice = relais_profile_tool_get_choice (tool);
      RelaisAlternative *alternative;

      if (choice == NULL || g_str_equal (choice, RELAIS_CHOICE_NOT_NOW))
        continue;
      alternative = relais_catalog_lookup_alternative (catalog, choice);
      if (alternative != NULL && alternative->service != NULL && g_hash_table_add (seen, alternative->service))
        g_ptr_array_add (chosen, alternative);
    }

  return chosen;
}

static gboolean
same_services (GPtrArray *a,
               GPtrArray *b)
{
  if (a == NULL || a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_ptr_array_index (a, i) != g_ptr_array_index (b, i))
      return FALSE;
  return TRUE;
}

static void
relais_nearby_hosters_refresh (RelaisNearbySection *section)
{
  RelaisNearbyHosters *self = RELAIS_NEARBY_HOSTERS (section);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  RelaisOrigin origin;

  relais_nearby_section_locate (section, &origin);
  g_clear_pointer (&self->shown_services, g_ptr_array_unref);
  self->shown_services = chosen_services (section);

  for (guint i = 0; i < self->shown_services->len; i++)
    g_ptr_array_add (items, new_service_group (section, &origin, g_ptr_array_index (self->shown_services, i)));

  if (self->shown_services->len == 0)
    g_ptr_array_add (items,
                     relais_nearby_entry_new_note (_("When you choose an alternative that is an online service in Tools (shared files, pads, video calls…), "
                                                     "the CHATONS hosters that offer it appear here, nearest first.")));

  relais_nearby_section_show (section, items);
}

/* Any change of a tool says "tools", down to a letter typed in its note:
 * only a change of the online services chosen changes this section. */
static void
relais_nearby_hosters_tools_changed (RelaisNearbySection *section)
{
  RelaisNearbyHosters *self = RELAIS_NEARBY_HOSTERS (section);
  g_autoptr(GPtrArray) chosen = chosen_services (section);

  if (!same_services (self->shown_services, chosen))
    relais_nearby_hosters_refresh (section);
}

static void
relais_nearby_hosters_finalize (GObject *object)
{
  RelaisNearbyHosters *self = RELAIS_NEARBY_HOSTERS (object);

  g_clear_pointer (&self->shown_services, g_ptr_array_unref);

  G_OBJECT_CLASS (relais_nearby_hosters_parent_class)->finalize (object);
}

static void
relais_nearby_hosters_class_init (RelaisNearbyHostersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RelaisNearbySectionClass *section_class = RELAIS_NEARBY_SECTION_CLASS (klass);

  object_class->finalize = relais_nearby_hosters_finalize;
  section_class->refresh = relais_nearby_hosters_refresh;
  section_class->tools_changed = relais_nearby_hosters_tools_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-nearby-hosters.ui");
}

static void
relais_nearby_hosters_init (RelaisNearbyHosters *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
