/* relais-nearby-places.c — the digital help places, those that help with
 * computers first, nearest first, as the filters above them keep them, ten
 * at a time; what each kind of place is for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-places"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-nearby-entry.h"
#include "relais-nearby-places.h"
#include "relais-nearby-text.h"
#include "relais-places-text.h"

#define PLACES_STEP 10

struct _RelaisNearbyPlaces
{
  RelaisNearbySection  parent_instance;

  char                *service;    /* the filters' slugs; NULL keeps everything */
  char                *audience;
  char                *fee;
  gboolean             open_now;
  guint                n_shown;
};

G_DEFINE_FINAL_TYPE (RelaisNearbyPlaces, relais_nearby_places, RELAIS_TYPE_NEARBY_SECTION)

static char *
describe_place_hours (RelaisPlaceFinder *finder,
                      guint              index,
                      GDateTime         *now)
{
  RelaisOpeningHours *hours = relais_place_finder_get_hours (finder, index);
  const RelaisPlace *place = relais_place_finder_get_place (finder, index);

  if (hours != NULL)
    return relais_opening_hours_describe_status (hours, now);
  if (place->hours != NULL)
    /* Translators: opening hours as the source wrote them, which Relais could not read */
    return g_strdup_printf (_("Hours: %s"), place->hours);
  return g_strdup (_("Opening hours not published"));
}

static const char *
basis_sentence (const RelaisOrigin *origin)
{
  switch (origin->basis)
    {
    case RELAIS_ORIGIN_COMMUNE_PLACES:
      return _("Those that help with computers first, then the others; nearest first, as the crow flies from the middle of the places listed in your commune.");
    case RELAIS_ORIGIN_EPCI_PLACES:
      return _("Those that help with computers first, then the others; nearest first, as the crow flies from the middle of the places listed around your commune.");
    case RELAIS_ORIGIN_UNLOCATED:
    default:
      return origin->commune != NULL
             ? _("No place is listed in or around your commune: places of your département come first.")
             : _("Type your commune above to see the nearest places first.");
    }
}

/* One sentence for each kind of place shown, in the order they come. */
static void
append_purposes (GString           *text,
                 const RelaisPlace *place,
                 GHashTable        *said)
{
  for (guint i = 0; place->labels[i] != NULL; i++)
    {
      const char *purpose = relais_place_programme_purpose (place->labels[i]);

      if (purpose != NULL && g_hash_table_add (said, (gpointer) purpose))
        g_string_append_printf (text, "\n%s", purpose);
    }
}

/* The first n_shown places the filters keep, and a line for more. */
static void
fill (RelaisNearbyPlaces *self)
{
  RelaisNearbySection *section = RELAIS_NEARBY_SECTION (self);
  RelaisPlaceFinder *finder = relais_nearby_section_get_finder (section);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  RelaisPlaceFilter filter = { self->service, self->audience, self->fee, self->open_now ? now : NULL };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) found = NULL;
  g_autoptr(GString) description = NULL;
  g_autoptr(GHashTable) said = g_hash_table_new (NULL, NULL);
  g_autofree char *list = NULL;
  RelaisPlaces *places;
  RelaisOrigin origin;
  guint shown = 0;

  if (finder == NULL || relais_nearby_section_get_profile (section) == NULL)
    return;

  relais_nearby_section_locate (section, &origin);
  places = relais_place_finder_get_places (finder);
  found = relais_place_finder_find_for_needs (finder, &origin, &filter, 0);

  list = relais_nearby_describe_list_source (places, FALSE);
  description = g_string_new (NULL);
  /* Translators: how places are ranked; then the list they come from, with its date */
  g_string_printf (description, _("%s Source: %s; each place shows when it was last updated."),
                   basis_sentence (&origin), list);

  for (guint i = 0; i < found->len && shown < self->n_shown; i++)
    {
      const RelaisNearby *nearby = &g_array_index (found, RelaisNearby, i);
      const RelaisPlace *place = relais_place_finder_get_place (finder, nearby->index);
      const RelaisWhere *where = relais_place_finder_get_where (finder, nearby->index);
      g_autofree char *distance = NULL;
      g_autofree char *hours = NULL;
      g_autofree char *kinds = NULL;
      g_autofree char *subtitle = NULL;

      /* Far away and no way to say how far: not help nearby. */
      if (origin.basis == RELAIS_ORIGIN_UNLOCATED && nearby->nearness == RELAIS_NEARNESS_ELSEWHERE)
        break;

      distance = relais_nearby_describe_distance (nearby, where);
      hours = describe_place_hours (finder, nearby->index, now);
      kinds = relais_place_describe_labels (place, ", ");
      /* Translators: distance and commune, then whether the place is open */
      subtitle = g_strdup_printf (_("%s\n%s"), distance, hours);
      if (kinds != NULL)
        {
          g_autofree char *with_kinds = g_strdup_printf ("%s\n%s", subtitle, kinds);

          g_free (subtitle);
          subtitle = g_steal_pointer (&with_kinds);
        }
      append_purposes (description, place, said);
      g_ptr_array_add (items, relais_nearby_entry_new (place->name, subtitle, "nearby.place",
                                                       g_variant_new_uint32 (nearby->index)));
      shown++;
    }

  if (shown == 0)
    g_ptr_array_add (items,
                     relais_nearby_entry_new_note (found->len == 0 && (filter.service != NULL || filter.audience != NULL ||
                                                                       filter.fee != NULL || filter.open_at != NULL)
                                                   ? _("No place matches these choices. Loosen a filter, or see the national services below.")
                                                   : _("Relais lists the digital help places of Normandy. Elsewhere, the national map below lists those near you.")));
  else if (shown < found->len &&
           !(origin.basis == RELAIS_ORIGIN_UNLOCATED &&
             g_array_index (found, RelaisNearby, shown).nearness == RELAIS_NEARNESS_ELSEWHERE))
    g_ptr_array_add (items, relais_nearby_entry_new_more (_("Show More Places"), "nearby.show-more-places"));

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description->str);
  relais_nearby_section_show (section, items);
}

/* Another profile, place or list of places: the nearest ten again. */
static void
relais_nearby_places_refresh (RelaisNearbySection *section)
{
  RelaisNearbyPlaces *self = RELAIS_NEARBY_PLACES (section);

  self->n_shown = PLACES_STEP;
  fill (self);
}

static void
relais_nearby_places_finalize (GObject *object)
{
  RelaisNearbyPlaces *self = RELAIS_NEARBY_PLACES (object);

  g_clear_pointer (&self->service, g_free);
  g_clear_pointer (&self->audience, g_free);
  g_clear_pointer (&self->fee, g_free);

  G_OBJECT_CLASS (relais_nearby_places_parent_class)->finalize (object);
}

static void
relais_nearby_places_class_init (RelaisNearbyPlacesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RelaisNearbySectionClass *section_class = RELAIS_NEARBY_SECTION_CLASS (klass);

  object_class->finalize = relais_nearby_places_finalize;
  section_class->refresh = relais_nearby_places_refresh;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-nearby-places.ui");
}

static void
relais_nearby_places_init (RelaisNearbyPlaces *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->n_shown = PLACES_STEP;
}

/**
 * relais_nearby_places_set_filter:
 * @service: (nullable): a service slug the places must offer
 * @audience: (nullable): a public slug they must welcome
 * @fee: (nullable): a fee slug
 * @open_now: only those open now, by their published hours
 */
void
relais_nearby_places_set_filter (RelaisNearbyPlaces *self,
                                 const char         *service,
                                 const char         *audience,
                                 const char         *fee,
                                 gboolean            open_now)
{
  g_return_if_fail (RELAIS_IS_NEARBY_PLACES (self));

  g_free (self->service);
  self->service = g_strdup (service);
  g_free (self->audience);
  self->audience = g_strdup (audience);
  g_free (self->fee);
  self->fee = g_strdup (fee);
  self->open_now = open_now;
  self->n_shown = PLACES_STEP;
  fill (self);
}

void
relais_nearby_places_show_more (RelaisNearbyPlaces *self)
{
  guint first_new;

  g_return_if_fail (RELAIS_IS_NEARBY_PLACES (self));

  first_new = self->n_shown;
  self->n_shown += PLACES_STEP;
  fill (self);
  /* The row pressed made way for the new places: the first of them. */
  relais_nearby_section_focus_row (RELAIS_NEARBY_SECTION (self), first_new);
}
