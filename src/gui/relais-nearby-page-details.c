/* relais-nearby-page-details.c — the details of each kind of entry of Help
 * Nearby: every fact known, how to reach it, its source and its date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-departements.h"
#include "relais-nearby-details.h"
#include "relais-nearby-page-private.h"
#include "relais-nearby-text.h"
#include "relais-places-text.h"

static GtkWindow *
parent_window (RelaisNearbyPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static char *
join_labels (GStrv         slugs,
             const char *(*label) (const char *slug))
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; slugs != NULL && slugs[i] != NULL; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, label (slugs[i]));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_sources (GPtrArray *sources)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *date = relais_nearby_format_date (relais_sources_get_latest_check (sources));

  for (guint i = 0; i < sources->len; i++)
    {
      const RelaisSource *source = g_ptr_array_index (sources, i);

      if (text->len > 0)
        g_string_append (text, "\n");
      /* The shared data Relais is built from, cited by file. */
      if (g_str_has_prefix (source->url, "shared/data/"))
        /* Translators: a file of the public data Relais was built from */
        g_string_append_printf (text, _("Public data gathered for Relais (%s)"), source->url + strlen ("shared/data/"));
      else
        g_string_append (text, source->url);
      if (source->kind == RELAIS_SOURCE_SECONDARY)
        /* Translators: after the address of a page that reports a fact
         * (press, a blog) rather than the page of whoever it is about */
        g_string_append (text, _(" (secondary source: it reports the fact)"));
    }
  if (date != NULL)
    {
      g_string_append (text, "\n");
      /* Translators: the date the facts were last checked, in words */
      g_string_append_printf (text, _("Checked on %s."), date);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
relais_nearby_page_show_place (RelaisNearbyPage *self,
                               guint             index)
{
  const RelaisPlace *place = relais_place_finder_get_place (self->finder, index);
  RelaisOpeningHours *hours = relais_place_finder_get_hours (self->finder, index);
  RelaisPlaces *places = relais_place_finder_get_places (self->finder);
  RelaisNearbyDetails *details;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *address = NULL;
  g_autofree char *services = NULL;
  g_autofree char *publics = NULL;
  g_autofree char *fees = NULL;
  g_autofree char *support = NULL;
  g_autofree char *age = relais_place_describe_age (place, now);
  g_autofree char *labels = relais_place_describe_purposes (place);
  g_autofree char *source = NULL;
  g_autofree char *list = relais_nearby_describe_list_source (places, TRUE);

  address = g_strdup_printf ("%s%s%s\n%s %s", place->address,
                             place->address_extra != NULL ? "\n" : "",
                             place->address_extra != NULL ? place->address_extra : "",
                             place->postcode, place->commune);
  details = relais_nearby_details_new (parent_window (self), place->name, place->commune);
  /* First, and always: hours and phone numbers change, and many entries
   * are years old. */
  relais_nearby_details_add_group (details, NULL);
  relais_nearby_details_add_fact (details, _("Last updated"), age);
  relais_nearby_details_add_group (details, _("Opening Hours"));
  if (hours != NULL)
    {
      g_autofree char *status = relais_opening_hours_describe_status (hours, now);
      g_auto(GStrv) week = relais_opening_hours_describe_week (hours);
      g_autofree char *lines = g_strjoinv ("\n", week);

      relais_nearby_details_add_fact (details, status, lines);
    }
  else if (place->hours != NULL)
    relais_nearby_details_add_fact (details, _("As published (Relais could not read them)"), place->hours);
  else
    relais_nearby_details_add_fact (details, _("Not published"), _("Call or write before going."));

  relais_nearby_details_add_group (details, _("What They Offer"));
  services = join_labels (place->services, relais_place_service_label);
  publics = join_labels (place->publics, relais_place_public_label);
  fees = join_labels (place->fees, relais_place_fee_label);
  support = join_labels (place->support, relais_place_support_label);
  relais_nearby_details_add_fact (details, _("Help with"), services);
  relais_nearby_details_add_fact (details, _("Welcomes"), publics);
  relais_nearby_details_add_fact (details, _("Cost"), fees);
  relais_nearby_details_add_fact (details, _("How"), support);
  if (labels != NULL)
    relais_nearby_details_add_fact (details, _("National labels"), labels);
  relais_nearby_details_add_fact (details, _("Address"), address);
  relais_nearby_details_set_reach (details, place->phone, place->email, place->website, address);

  /* Translators: the list a place comes from, with its licence and date */
  source = g_strdup_printf (_("From %s."), list);
  relais_nearby_details_set_source (details, source);
  gtk_window_present (GTK_WINDOW (details));
}

static char *
describe_place_of (const RelaisDirectoryPlace *place)
{
  const RelaisDepartement *departement = place->departement != NULL ? relais_departements_lookup (place->departement) : NULL;

  if (place->address != NULL)
    return g_strdup (place->address);
  if (departement != NULL)
    return g_strdup (departement->name);
  return NULL;
}

void
relais_nearby_page_show_contact (RelaisNearbyPage    *self,
                                 const RelaisContact *contact)
{
  RelaisNearbyDetails *details = relais_nearby_details_new (parent_window (self), contact->name, NULL);
  g_autofree char *where = describe_place_of (&contact->place);
  g_autofree char *sources = describe_sources (contact->sources);

  relais_nearby_details_add_group (details, NULL);
  relais_nearby_details_add_fact (details, _("What they do"), relais_directory_translate (contact->what));
  relais_nearby_details_add_fact (details, _("For whom"), relais_directory_translate (contact->for_whom));
  relais_nearby_details_add_fact (details, _("Where"), where);
  relais_nearby_details_set_reach (details, contact->phone, contact->email, contact->website, contact->place.address);
  relais_nearby_details_set_source (details, sources);
  gtk_window_present (GTK_WINDOW (details));
}

void
relais_nearby_page_show_hoster (RelaisNearbyPage   *self,
                                const RelaisHoster *hoster)
{
  RelaisNearbyDetails *details = relais_nearby_details_new (parent_window (self), hoster->name,
                                                            g_str_equal (hoster->chatons, "member")
                                                            ? _("Member of CHATONS") : _("CHATONS collective"));
  g_autofree char *where = hoster->national ? g_strdup (_("Online, for everyone")) : describe_place_of (&hoster->place);
  g_autofree char *sources = describe_sources (hoster->sources);

  relais_nearby_details_add_group (details, NULL);
  if (hoster->description != NULL)
    relais_nearby_details_add_fact (details, _("Who they are"), relais_directory_translate (hoster->description));
  relais_nearby_details_add_fact (details, _("Where"), where);

  relais_nearby_details_add_group (details, _("Services"));
  for (guint i = 0; i < hoster->services->len; i++)
    {
      const RelaisHosterService *service = g_ptr_array_index (hoster->services, i);
      g_autofree char *line = NULL;

      if (g_strcmp0 (service->status, "off") == 0 || g_strcmp0 (service->status, "draft") == 0)
        continue;
      line = g_strdup_printf ("%s%s%s", relais_hoster_registration_label (service->registration),
                              service->website != NULL ? "\n" : "", service->website != NULL ? service->website : "");
      relais_nearby_details_add_fact (details, service->name, line);
    }
  if (hoster->services->len == 0)
    relais_nearby_details_add_fact (details, _("Not listed yet"), _("Its web site says what it offers."));

  relais_nearby_details_set_reach (details, NULL, hoster->contact_email,
                                   hoster->website != NULL ? hoster->website : hoster->contact_url,
                                   hoster->place.address);
  relais_nearby_details_set_source (details, sources);
  gtk_window_present (GTK_WINDOW (details));
}

void
relais_nearby_page_show_funding (RelaisNearbyPage    *self,
                                 const RelaisFunding *funding)
{
  RelaisNearbyDetails *details = relais_nearby_details_new (parent_window (self), funding->name, _("Funding for equipment"));
  g_autofree char *sources = describe_sources (funding->sources);

  relais_nearby_details_add_group (details, NULL);
  relais_nearby_details_add_fact (details, _("Who qualifies"), relais_directory_translate (funding->who));
  relais_nearby_details_add_fact (details, _("What it gives"), relais_directory_translate (funding->gives));
  relais_nearby_details_set_reach (details, NULL, NULL, funding->website, NULL);
  relais_nearby_details_set_source (details, sources);
  gtk_window_present (GTK_WINDOW (details));
}

void
relais_nearby_page_show_inclusion_tool (RelaisNearbyPage          *self,
                                        const RelaisInclusionTool *tool)
{
  RelaisNearbyDetails *details = relais_nearby_details_new (parent_window (self), tool->name, _("National service"));
  g_autofree char *sources = describe_sources (tool->sources);

  relais_nearby_details_add_group (details, NULL);
  relais_nearby_details_add_fact (details, _("What it does"), relais_directory_translate (tool->what));
  relais_nearby_details_set_reach (details, NULL, NULL, tool->website, NULL);
  relais_nearby_details_set_source (details, sources);
  gtk_window_present (GTK_WINDOW (details));
}
