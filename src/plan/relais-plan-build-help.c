/* relais-plan-build-help.c — who can help: the contacts for this kind of
 * profile, the nearest hosters of the online services chosen, and the
 * nearest digital help places with their hours; each with how to reach
 * them and the date of the facts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-directory-contacts.h"
#include "relais-nearby-text.h"
#include "relais-places-text.h"
#include "relais-plan-build-private.h"
#include "relais-profile-tool.h"

static void append_part (GString    *text,
                         gboolean    new_line,
                         const char *format,
                         ...) G_GNUC_PRINTF (3, 4);

/* A part more in @text: on a line of its own, or after a dot. */
static void
append_part (GString    *text,
             gboolean    new_line,
             const char *format,
             ...)
{
  va_list args;

  if (text->len > 0)
    g_string_append (text, new_line ? "\n" : " · ");
  va_start (args, format);
  g_string_append_vprintf (text, format, args);
  va_end (args);
}

static gboolean
known (const char *value)
{
  return value != NULL && value[0] != '\0';
}

/* The address on a line, then the phone, e-mail and web site that are
 * known on the next, then the date the facts were checked, if given. */
static void
append_reach (GString    *text,
              const char *phone,
              const char *email,
              const char *website,
              const char *address,
              const char *checked)
{
  gboolean new_line = TRUE;

  if (known (address))
    /* Translators: how to reach a place or a contact, in the plan */
    append_part (text, TRUE, _("Address: %s"), address);
  if (known (phone))
    {
      g_autofree char *readable = relais_nearby_format_phone (phone);

      append_part (text, new_line, _("Phone: %s"), readable);
      new_line = FALSE;
    }
  if (known (email))
    {
      append_part (text, new_line, _("E-mail: %s"), email);
      new_line = FALSE;
    }
  if (known (website))
    {
      /* Translators: how to reach a place or a contact, in the plan */
      append_part (text, new_line, _("Web site: %s"), website);
      new_line = FALSE;
    }
  if (checked != NULL)
    {
      g_autofree char *date = relais_nearby_format_date (checked);

      if (date != NULL)
        /* Translators: the date the facts were last checked, in words */
        append_part (text, new_line, _("Checked on %s."), date);
    }
}

/* Those Help Nearby lists first, in its order, with the distance of the
 * local ones (relais_directory_contacts_for_profile()). */
static void
add_contacts (RelaisPlan              *plan,
              const RelaisPlanSources *sources)
{
  g_autoptr(GArray) ranks = NULL;
  RelaisPlanBlock *block;
  guint n_first = 0;

  ranks = relais_directory_contacts_for_profile (sources->directory, sources->finder, sources->profile, &n_first);
  if (n_first == 0)
    return;
  relais_plan_add_heading (plan, 2, _("Who to Contact First"));
  block = relais_plan_add_items (plan);
  for (guint i = 0; i < n_first; i++)
    {
      const RelaisContactRank *rank = &g_array_index (ranks, RelaisContactRank, i);
      const RelaisContact *contact = rank->contact;
      g_autofree char *what = relais_contact_rank_describe (rank);
      g_autoptr(GString) detail = g_string_new (what);

      append_reach (detail, contact->phone, contact->email, contact->website, contact->place.address,
                    relais_sources_get_latest_check (contact->sources));
      relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, contact->name, detail->str, contact->website);
    }
}

static void
add_service_hosters (RelaisPlan              *plan,
                     const RelaisPlanSources *sources,
                     const RelaisOrigin      *origin,
                     RelaisAlternative       *alternative)
{
  GPtrArray *hosters = relais_directory_get_hosters (sources->directory);
  g_autoptr(GArray) ranking = relais_directory_hosters_near (sources->directory,
                                                             relais_place_finder_get_communes (sources->finder),
                                                             origin, alternative->service);
  RelaisPlanBlock *block;

  relais_plan_add_heading (plan, 3, alternative->name);
  if (ranking->len == 0)
    {
      relais_plan_add_paragraph (plan, relais_nearby_no_hoster_known (), NULL);
      return;
    }

  block = relais_plan_add_items (plan);
  for (guint i = 0; i < ranking->len && i < RELAIS_PLAN_N_HOSTERS; i++)
    {
      const RelaisNearby *nearby = &g_array_index (ranking, RelaisNearby, i);
      const RelaisHoster *hoster = g_ptr_array_index (hosters, nearby->index);
      const RelaisHosterService *service = relais_hoster_find_service (hoster, alternative->service);
      g_autofree char *where = hoster->national ? g_strdup (_("Online, for everyone")) : relais_nearby_describe_distance (nearby, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GString) detail = g_string_new (NULL);

      /* Translators: a hoster, how to sign up, and how far it is */
      text = g_strdup_printf (_("%s · %s · %s"), hoster->name, relais_hoster_registration_label (service->registration), where);
      append_reach (detail, NULL, hoster->contact_email, service->website != NULL ? service->website : hoster->website,
                    hoster->place.address, relais_sources_get_latest_check (hoster->sources));
      relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, text, detail->str,
                                  service->website != NULL ? service->website : hoster->website);
    }
}

static void
add_hosters (RelaisPlan              *plan,
             const RelaisPlanSources *sources,
             const RelaisOrigin      *origin)
{
  GListModel *tools = relais_profile_get_tools (sources->profile);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  relais_plan_add_heading (plan, 2, _("Hosters for Your Online Services"));
  for (guint i = 0; i < g_list_model_get_n_items (tools); i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (tools, i);
      const char *choice = relais_profile_tool_get_choice (tool);
      RelaisAlternative *alternative = choice != NULL ? relais_catalog_lookup_alternative (sources->catalog, choice) : NULL;

      if (alternative != NULL && alternative->service != NULL && g_hash_table_add (seen, alternative->service))
        add_service_hosters (plan, sources, origin, alternative);
    }

  if (g_hash_table_size (seen) == 0)
    relais_plan_add_paragraph (plan, _("When you choose a free alternative that is an online service (shared files, pads, "
                                       "video calls…), the plan names the CHATONS hosters nearest to you that offer it."),
                               NULL);
}

static char *
describe_hours (const RelaisPlanSources *sources,
                guint                    index)
{
  RelaisOpeningHours *hours = relais_place_finder_get_hours (sources->finder, index);
  const RelaisPlace *place = relais_place_finder_get_place (sources->finder, index);
  g_autofree char *status = NULL;
  g_auto(GStrv) week = NULL;
  g_autofree char *days = NULL;

  if (hours == NULL)
    return place->hours != NULL
           /* Translators: opening hours as the source wrote them, which Relais could not read */
           ? g_strdup_printf (_("Hours: %s"), place->hours)
           : g_strdup (_("Opening hours not published"));

  status = relais_opening_hours_describe_status (hours, sources->now);
  week = relais_opening_hours_describe_week (hours);
  days = g_strjoinv (" · ", week);
  /* Translators: whether a place is open when the plan was made, then its hours of every day */
  return g_strdup_printf (_("%s when this plan was made. %s"), status, days);
}

static void
add_places (RelaisPlan              *plan,
            const RelaisPlanSources *sources,
            const RelaisOrigin      *origin)
{
  RelaisPlaces *places = relais_place_finder_get_places (sources->finder);
  g_autoptr(GArray) found = relais_place_finder_find (sources->finder, origin, NULL, RELAIS_PLAN_N_PLACES);
  g_autofree char *source = NULL;
  g_autofree char *list = relais_nearby_describe_list_source (places, FALSE);
  RelaisPlanBlock *block;

  relais_plan_add_heading (plan, 2, _("Digital Help Places Nearby"));
  /* Translators: the list the places come from, with its date */
  source = g_strdup_printf (_("Nearest first. Source: %s; each place says when it was last updated."), list);
  relais_plan_add_paragraph (plan, source, places->source_url);

  block = relais_plan_add_items (plan);
  for (guint i = 0; i < found->len; i++)
    {
      const RelaisNearby *nearby = &g_array_index (found, RelaisNearby, i);
      const RelaisPlace *place = relais_place_finder_get_place (sources->finder, nearby->index);
      const RelaisWhere *where = relais_place_finder_get_where (sources->finder, nearby->index);
      g_autofree char *distance = relais_nearby_describe_distance (nearby, where);
      g_autofree char *hours = describe_hours (sources, nearby->index);
      g_autofree char *age = relais_place_describe_age (place, sources->now);
      g_autofree char *address = g_strdup_printf ("%s%s%s, %s %s", place->address,
                                                  place->address_extra != NULL ? ", " : "",
                                                  place->address_extra != NULL ? place->address_extra : "",
                                                  place->postcode, place->commune);
      g_autofree char *text = NULL;
      /* The age first: an old entry's hours and phone are to be checked. */
      g_autoptr(GString) detail = g_string_new (age);

      /* Far away and no way to say how far: not help nearby. */
      if (origin->basis == RELAIS_ORIGIN_UNLOCATED && nearby->nearness == RELAIS_NEARNESS_ELSEWHERE)
        break;

      /* Translators: a place, then how far it is */
      text = g_strdup_printf (_("%s · %s"), place->name, distance);
      append_part (detail, TRUE, "%s", hours);
      append_reach (detail, place->phone, place->email, place->website, address, NULL);
      relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, text, detail->str, place->website);
    }
  if (block->items->len == 0)
    relais_plan_add_paragraph (plan, _("No place is listed near you. The national services of Help Nearby list those "
                                       "elsewhere in France."),
                               NULL);
}

/**
 * relais_plan_build_help:
 *
 * What the directory and the places say for this profile; the parts that
 * need them are left out when they are not given.
 */
void
relais_plan_build_help (RelaisPlan              *plan,
                        const RelaisPlanSources *sources)
{
  RelaisOrigin origin;

  if (sources->directory == NULL && sources->finder == NULL)
    return;

  relais_plan_add_heading (plan, 1, _("Who Can Help"));
  if (sources->directory != NULL)
    add_contacts (plan, sources);
  if (sources->finder == NULL)
    return;

  relais_place_finder_origin_for_profile (sources->finder, sources->profile, &origin);
  if (sources->directory != NULL)
    add_hosters (plan, sources, &origin);
  add_places (plan, sources, &origin);
}
