/* relais-nearby-national.c — "Elsewhere in France": the national services
 * that list help places, train helpers or help with online procedures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-national"

#include "config.h"

#include "relais-nearby-entry.h"
#include "relais-nearby-national.h"

struct _RelaisNearbyNational
{
  RelaisNearbySection parent_instance;
};

G_DEFINE_FINAL_TYPE (RelaisNearbyNational, relais_nearby_national, RELAIS_TYPE_NEARBY_SECTION)

static void
relais_nearby_national_refresh (RelaisNearbySection *section)
{
  GPtrArray *tools = relais_directory_get_inclusion_tools (relais_nearby_section_get_directory (section));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < tools->len; i++)
    {
      const RelaisInclusionTool *tool = g_ptr_array_index (tools, i);

      g_ptr_array_add (items, relais_nearby_entry_new (tool->name, relais_directory_translate (tool->what),
                                                       "nearby.inclusion-tool", g_variant_new_string (tool->id)));
    }

  relais_nearby_section_show (section, items);
}

static void
relais_nearby_national_class_init (RelaisNearbyNationalClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RelaisNearbySectionClass *section_class = RELAIS_NEARBY_SECTION_CLASS (klass);

  section_class->refresh = relais_nearby_national_refresh;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-nearby-national.ui");
}

static void
relais_nearby_national_init (RelaisNearbyNational *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
