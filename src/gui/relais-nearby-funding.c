/* relais-nearby-funding.c — "Funding for Equipment": the funding this kind
 * of profile can ask for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-funding"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-nearby-entry.h"
#include "relais-nearby-funding.h"

struct _RelaisNearbyFunding
{
  RelaisNearbySection parent_instance;
};

G_DEFINE_FINAL_TYPE (RelaisNearbyFunding, relais_nearby_funding, RELAIS_TYPE_NEARBY_SECTION)

static void
relais_nearby_funding_refresh (RelaisNearbySection *section)
{
  g_autoptr(GPtrArray) funding = relais_directory_funding_for_kind (relais_nearby_section_get_directory (section),
                                                                    relais_profile_get_kind (relais_nearby_section_get_profile (section)));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < funding->len; i++)
    {
      const RelaisFunding *entry = g_ptr_array_index (funding, i);

      g_ptr_array_add (items, relais_nearby_entry_new (entry->name, relais_directory_translate (entry->gives),
                                                       "nearby.funding", g_variant_new_string (entry->id)));
    }
  if (funding->len == 0)
    g_ptr_array_add (items, relais_nearby_entry_new_note (_("Relais knows no equipment funding for this kind of profile.")));

  relais_nearby_section_show (section, items);
}

static void
relais_nearby_funding_class_init (RelaisNearbyFundingClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RelaisNearbySectionClass *section_class = RELAIS_NEARBY_SECTION_CLASS (klass);

  section_class->refresh = relais_nearby_funding_refresh;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-nearby-funding.ui");
}

static void
relais_nearby_funding_init (RelaisNearbyFunding *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
