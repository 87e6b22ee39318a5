/* relais-nearby-page.c — the Help Nearby area: where the user is, who to
 * contact first, hosters for the chosen online services, digital help
 * places nearest first, funding for equipment, national services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-departements.h"
#include "relais-nearby-page-private.h"
#include "relais-profile-tool.h"

#define PLACES_STEP       10
#define MAX_COMMUNES      8

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisNearbyPage, relais_nearby_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static const char * const watched[] = { "notify::kind", "notify::departement", "notify::commune" };

static void refresh_sections (RelaisNearbyPage *self);
static void refresh_places (RelaisNearbyPage *self);

/* --- Rows ---------------------------------------------------------------------- */

static void
forget_rows (RelaisNearbyPage    *self,
             AdwPreferencesGroup *group)
{
  for (guint i = 0; i + 1 < self->added_rows->len;)
    {
      if (g_ptr_array_index (self->added_rows, i) == group)
        {
          adw_preferences_group_remove (group, g_ptr_array_index (self->added_rows, i + 1));
          g_ptr_array_remove_range (self->added_rows, i, 2);
        }
      else
        i += 2;
    }
}

static void
add_row (RelaisNearbyPage    *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->added_rows, group);
  g_ptr_array_add (self->added_rows, row);
}

/* A row that opens the details of an entry through @action with @target. */
static GtkWidget *
new_entry_row (const char *title,
               const char *subtitle,
               const char *action,
               GVariant   *target)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  return row;
}

static GtkWidget *
new_note_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

/* --- Where the user is ------------------------------------------------------- */

static void
refresh_place_label (RelaisNearbyPage *self)
{
  const RelaisDepartement *departement;
  g_autofree char *text = NULL;

  if (self->profile == NULL)
    return;

  departement = relais_departements_lookup (relais_profile_get_departement (self->profile));
  if (self->origin.commune != NULL)
    {
      g_autofree char *label = relais_commune_dup_label (self->origin.commune);

      /* Translators: a commune and its postcode, then its département */
      text = g_strdup_printf (_("%s · %s"), label, departement != NULL ? departement->name : "");
    }
  else
    /* Translators: the département of the profile */
    text = g_strdup_printf (_("%s: type your commune to see the nearest help first."),
                            departement != NULL ? departement->name : relais_profile_get_departement (self->profile));

  gtk_label_set_text (self->place_label, text);
}

static void
locate (RelaisNearbyPage *self)
{
  if (self->finder == NULL || self->profile == NULL)
    {
      relais_origin_init (&self->origin, NULL, NULL);
      return;
    }

  relais_place_finder_origin_for_profile (self->finder, self->profile, &self->origin);
}

static void
choose_commune (RelaisNearbyPage    *self,
                const RelaisCommune *commune)
{
  g_autofree char *postcode = NULL;

  if (self->profile == NULL || relais_profile_get_read_only (self->profile))
    return;

  /* The postcode the user typed stays when it is the commune's. */
  if (!relais_commune_has_postcode (commune, relais_profile_get_postcode (self->profile)))
    {
      postcode = relais_commune_dup_first_postcode (commune);
      relais_profile_set_postcode (self->profile, postcode);
    }
  relais_profile_set_departement (self->profile, commune->departement);
  relais_profile_set_commune (self->profile, commune->insee);

  gtk_editable_set_text (GTK_EDITABLE (self->commune_entry), "");
  gtk_widget_set_visible (GTK_WIDGET (self->commune_results), FALSE);
  self->n_places_shown = PLACES_STEP;
}

static void
choose_commune_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RelaisNearbyPage *self = RELAIS_NEARBY_PAGE (widget);
  const RelaisCommune *commune;

  if (self->finder == NULL)
    return;
  commune = relais_communes_lookup (relais_place_finder_get_communes (self->finder),
                                    g_variant_get_string (parameter, NULL));
  if (commune != NULL)
    choose_commune (self, commune);
}

static GPtrArray *
search_communes (RelaisNearbyPage *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->commune_entry));

  if (self->finder == NULL)
    return g_ptr_array_new ();
  return relais_communes_search (relais_place_finder_get_communes (self->finder), query, MAX_COMMUNES);
}

static void
commune_search_changed_cb (RelaisNearbyPage *self)
{
  g_autoptr(GPtrArray) found = search_communes (self);
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->commune_entry));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->commune_results))) != NULL)
    gtk_list_box_remove (self->commune_results, child);

  for (guint i = 0; i < found->len; i++)
    {
      const RelaisCommune *commune = g_ptr_array_index (found, i);
      const RelaisDepartement *departement = relais_departements_lookup (commune->departement);
      g_autofree char *label = relais_commune_dup_label (commune);
      GtkWidget *row = new_entry_row (label, departement != NULL ? departement->name : NULL,
                                      "nearby.choose-commune", g_variant_new_string (commune->insee));

      gtk_list_box_append (self->commune_results, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->commune_results), found->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_commune_label), found->len == 0 && query[0] != '\0');
}

/* Enter takes the best match, as in the Tools area. */
static void
commune_activate_cb (RelaisNearbyPage *self)
{
  g_autoptr(GPtrArray) found = search_communes (self);

  if (found->len > 0)
    choose_commune (self, g_ptr_array_index (found, 0));
}

static void
commune_stop_search_cb (RelaisNearbyPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->commune_entry), "");
}

/* --- Who to contact first ------------------------------------------------------- */

static gboolean
is_local (RelaisNearbyPage    *self,
          const RelaisContact *contact)
{
  return contact->place.departement != NULL &&
         g_strcmp0 (contact->place.departement, relais_profile_get_departement (self->profile)) == 0;
}

static GtkWidget *
new_contact_row (const RelaisContact *contact)
{
  return new_entry_row (contact->name, relais_directory_translate (contact->what),
                        "nearby.contact", g_variant_new_string (contact->id));
}

static void
refresh_contacts (RelaisNearbyPage *self)
{
  g_autoptr(GPtrArray) contacts = NULL;
  GtkWidget *others = NULL;
  guint n_first;

  forget_rows (self, self->contacts_group);
  contacts = relais_directory_contacts_for_kind (self->directory, relais_profile_get_kind (self->profile), &n_first);

  adw_preferences_group_set_description (self->contacts_group,
                                         relais_profile_kind_is_collective (relais_profile_get_kind (self->profile))
                                         ? _("For a group: free online services run by hosters you can meet, support for associations, and the free software community.")
                                         : _("For you: free online services run by hosters you can meet, help from other users, and the free software community."));

  /* Those for this kind of profile, and those of the user's own
   * département, first; the others one click away. */
  for (guint i = 0; i < contacts->len; i++)
    {
      const RelaisContact *contact = g_ptr_array_index (contacts, i);

      if (i < n_first || is_local (self, contact))
        add_row (self, self->contacts_group, new_contact_row (contact));
    }

  for (guint i = n_first; i < contacts->len; i++)
    {
      const RelaisContact *contact = g_ptr_array_index (contacts, i);

      if (is_local (self, contact))
        continue;
      if (others == NULL)
        {
          others = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (others), _("Other Networks and Contacts"));
          add_row (self, self->contacts_group, others);
        }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (others), new_contact_row (contact));
    }
}

/* --- Hosters for the chosen services -------------------------------------------- */

static void
add_service_hosters (RelaisNearbyPage        *self,
                     const RelaisAlternative *alternative)
{
  g_autoptr(GArray) ranking = relais_directory_hosters_near (self->directory,
                                                             relais_place_finder_get_communes (self->finder),
                                                             &self->origin, alternative->service);
  GPtrArray *hosters = relais_directory_get_hosters (self->directory);
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), alternative->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  subtitle = ranking->len == 0
             ? g_strdup (_("No hoster in Relais’s list offers it yet: refresh the list below, or ask CHATONS."))
             : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hoster offers it", "%u hosters offer it", ranking->len),
                                ranking->len);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (expander), ranking->len > 0);

  for (guint i = 0; i < ranking->len; i++)
    {
      const RelaisNearby *nearby = &g_array_index (ranking, RelaisNearby, i);
      const RelaisHoster *hoster = g_ptr_array_index (hosters, nearby->index);
      const RelaisHosterService *service = relais_hoster_find_service (hoster, alternative->service);
      g_autofree char *where = NULL;
      g_autofree char *line = NULL;

      if (hoster->national)
        where = g_strdup (_("Online, for everyone"));
      else
        where = relais_nearby_describe_distance (nearby, NULL);
      /* Translators: how to sign up, then how far the hoster is */
      line = g_strdup_printf (_("%s · %s"), relais_hoster_registration_label (service->registration), where);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                new_entry_row (hoster->name, line, "nearby.hoster", g_variant_new_string (hoster->id)));
    }

  add_row (self, self->hosters_group, expander);
}

/* The alternatives chosen that are online services, each service once. */
static GPtrArray *
chosen_services (RelaisNearbyPage *self)
{
  GListModel *tools = relais_profile_get_tools (self->profile);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *chosen = g_ptr_array_new ();

  for (guint i = 0; self->catalog != NULL && i < g_list_model_get_n_items (tools); i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (tools, i);
      const char *choice = relais_profile_tool_get_choice (tool);
      RelaisAlternative *alternative;

      if (choice == NULL || g_str_equal (choice, RELAIS_CHOICE_NOT_NOW))
        continue;
      alternative = relais_catalog_lookup_alternative (self->catalog, choice);
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
refresh_hosters (RelaisNearbyPage *self)
{
  forget_rows (self, self->hosters_group);
  g_clear_pointer (&self->shown_services, g_ptr_array_unref);
  self->shown_services = chosen_services (self);

  for (guint i = 0; i < self->shown_services->len; i++)
    add_service_hosters (self, g_ptr_array_index (self->shown_services, i));

  if (self->shown_services->len == 0)
    add_row (self, self->hosters_group,
             new_note_row (_("When you choose an alternative that is an online service in Tools (shared files, pads, video calls…), "
                             "the CHATONS hosters that offer it appear here, nearest first.")));
}

/* --- Places ------------------------------------------------------------------------ */

static const char *
selected_slug (AdwComboRow *row,
               GStrv        slugs)
{
  guint position = adw_combo_row_get_selected (row);

  /* Position 0 is "any". */
  if (slugs == NULL || position == 0 || position == GTK_INVALID_LIST_POSITION ||
      position > g_strv_length (slugs))
    return NULL;
  return slugs[position - 1];
}

static char *
describe_place_hours (RelaisNearbyPage *self,
                      guint             index,
                      GDateTime        *now)
{
  RelaisOpeningHours *hours = relais_place_finder_get_hours (self->finder, index);
  const RelaisPlace *place = relais_place_finder_get_place (self->finder, index);

  if (hours != NULL)
    return relais_opening_hours_describe_status (hours, now);
  if (place->hours != NULL)
    /* Translators: opening hours as the source wrote them, which Relais could not read */
    return g_strdup_printf (_("Hours: %s"), place->hours);
  return g_strdup (_("Opening hours not published"));
}

static void
show_more_places_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RelaisNearbyPage *self = RELAIS_NEARBY_PAGE (widget);

  self->n_places_shown += PLACES_STEP;
  refresh_places (self);
}

static const char *
basis_sentence (RelaisNearbyPage *self)
{
  switch (self->origin.basis)
    {
    case RELAIS_ORIGIN_COMMUNE_PLACES:
      return _("Nearest first, as the crow flies from the middle of the places listed in your commune.");
    case RELAIS_ORIGIN_EPCI_PLACES:
      return _("Nearest first, as the crow flies from the middle of the places listed around your commune.");
    case RELAIS_ORIGIN_UNLOCATED:
    default:
      return self->origin.commune != NULL
             ? _("No place is listed in or around your commune: places of your département come first.")
             : _("Type your commune above to see the nearest places first.");
    }
}

static void
refresh_places (RelaisNearbyPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  RelaisPlaceFilter filter = {
    selected_slug (self->service_row, self->services),
    selected_slug (self->audience_row, self->audiences),
    selected_slug (self->fee_row, self->fees),
    gtk_switch_get_active (self->open_now_switch) ? now : NULL,
  };
  g_autoptr(GArray) found = NULL;
  RelaisPlaces *places;
  g_autofree char *description = NULL;
  g_autofree char *as_of = NULL;
  guint shown = 0;

  if (self->finder == NULL || self->profile == NULL)
    return;

  forget_rows (self, self->places_group);
  places = relais_place_finder_get_places (self->finder);
  found = relais_place_finder_find (self->finder, &self->origin, &filter, 0);

  as_of = g_strdup (places->source_as_of != NULL ? places->source_as_of : "");
  /* Translators: how places are ranked; then the source of the list and its date */
  description = g_strdup_printf (_("%s Source: “%s” (%s); each place shows when it was last updated."),
                                 basis_sentence (self), places->source_name, as_of);
  adw_preferences_group_set_description (self->places_group, description);

  for (guint i = 0; i < found->len && shown < self->n_places_shown; i++)
    {
      const RelaisNearby *nearby = &g_array_index (found, RelaisNearby, i);
      const RelaisPlace *place = relais_place_finder_get_place (self->finder, nearby->index);
      const RelaisWhere *where = relais_place_finder_get_where (self->finder, nearby->index);
      g_autofree char *distance = NULL;
      g_autofree char *hours = NULL;
      g_autofree char *subtitle = NULL;

      /* Far away and no way to say how far: not help nearby. */
      if (self->origin.basis == RELAIS_ORIGIN_UNLOCATED && nearby->nearness == RELAIS_NEARNESS_ELSEWHERE)
        break;

      distance = relais_nearby_describe_distance (nearby, where);
      hours = describe_place_hours (self, nearby->index, now);
      /* Translators: distance and commune, then whether the place is open */
      subtitle = g_strdup_printf (_("%s\n%s"), distance, hours);
      add_row (self, self->places_group,
               new_entry_row (place->name, subtitle, "nearby.place", g_variant_new_uint32 (nearby->index)));
      shown++;
    }

  if (shown == 0)
    add_row (self, self->places_group,
             new_note_row (found->len == 0 && (filter.service != NULL || filter.audience != NULL ||
                                               filter.fee != NULL || filter.open_at != NULL)
                           ? _("No place matches these choices. Loosen a filter, or see the national services below.")
                           : _("Relais lists the digital help places of Normandy. Elsewhere, the national map below lists those near you.")));
  else if (shown < found->len &&
           !(self->origin.basis == RELAIS_ORIGIN_UNLOCATED &&
             g_array_index (found, RelaisNearby, shown).nearness == RELAIS_NEARNESS_ELSEWHERE))
    {
      GtkWidget *more = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (more), _("Show More Places"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (more), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (more), "nearby.show-more-places");
      add_row (self, self->places_group, more);
    }
}

static void
filter_changed_cb (RelaisNearbyPage *self)
{
  self->n_places_shown = PLACES_STEP;
  refresh_places (self);
}

static GListModel *
new_filter_model (GStrv        slugs,
                  const char  *any,
                  const char *(*label) (const char *slug))
{
  GtkStringList *model = gtk_string_list_new (NULL);

  gtk_string_list_append (model, any);
  for (guint i = 0; slugs[i] != NULL; i++)
    gtk_string_list_append (model, label (slugs[i]));
  return G_LIST_MODEL (model);
}

static void
set_up_filters (RelaisNearbyPage *self)
{
  g_autoptr(GListModel) services = NULL;
  g_autoptr(GListModel) audiences = NULL;
  g_autoptr(GListModel) fees = NULL;

  g_clear_pointer (&self->services, g_strfreev);
  g_clear_pointer (&self->audiences, g_strfreev);
  g_clear_pointer (&self->fees, g_strfreev);
  self->services = relais_places_get_slugs (relais_place_finder_get_places (self->finder), RELAIS_PLACE_SLUGS_SERVICES);
  self->audiences = relais_places_get_slugs (relais_place_finder_get_places (self->finder), RELAIS_PLACE_SLUGS_PUBLICS);
  self->fees = relais_places_get_slugs (relais_place_finder_get_places (self->finder), RELAIS_PLACE_SLUGS_FEES);

  services = new_filter_model (self->services, _("Anything"), relais_place_service_label);
  audiences = new_filter_model (self->audiences, _("Everyone"), relais_place_public_label);
  fees = new_filter_model (self->fees, _("Free or not"), relais_place_fee_label);
  adw_combo_row_set_model (self->service_row, services);
  adw_combo_row_set_model (self->audience_row, audiences);
  adw_combo_row_set_model (self->fee_row, fees);
}

/* --- Funding and national services ------------------------------------------------ */

static void
refresh_funding (RelaisNearbyPage *self)
{
  g_autoptr(GPtrArray) funding = relais_directory_funding_for_kind (self->directory,
                                                                    relais_profile_get_kind (self->profile));

  forget_rows (self, self->funding_group);
  for (guint i = 0; i < funding->len; i++)
    {
      const RelaisFunding *entry = g_ptr_array_index (funding, i);

      add_row (self, self->funding_group,
               new_entry_row (entry->name, relais_directory_translate (entry->gives),
                              "nearby.funding", g_variant_new_string (entry->id)));
    }
  if (funding->len == 0)
    add_row (self, self->funding_group, new_note_row (_("Relais knows no equipment funding for this kind of profile.")));
}

static void
refresh_inclusion_tools (RelaisNearbyPage *self)
{
  GPtrArray *tools = relais_directory_get_inclusion_tools (self->directory);

  forget_rows (self, self->tools_group);
  for (guint i = 0; i < tools->len; i++)
    {
      const RelaisInclusionTool *tool = g_ptr_array_index (tools, i);

      add_row (self, self->tools_group,
               new_entry_row (tool->name, relais_directory_translate (tool->what),
                              "nearby.inclusion-tool", g_variant_new_string (tool->id)));
    }
}

static void
refresh_sections (RelaisNearbyPage *self)
{
  gboolean ready = self->profile != NULL && self->directory != NULL && self->finder != NULL;

  if (!ready)
    return;

  locate (self);
  refresh_place_label (self);
  refresh_contacts (self);
  refresh_hosters (self);
  refresh_places (self);
  refresh_funding (self);
  refresh_inclusion_tools (self);
}

/* --- Details ------------------------------------------------------------------------ */

static gpointer
find_by_id (GPtrArray  *entries,
            const char *id)
{
  /* Every directory entry starts with its id. */
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (*(char **) g_ptr_array_index (entries, i), id))
      return g_ptr_array_index (entries, i);
  return NULL;
}

static void
show_entry_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RelaisNearbyPage *self = RELAIS_NEARBY_PAGE (widget);
  gpointer entry;

  if (self->directory == NULL)
    return;

  if (g_str_equal (action_name, "nearby.place"))
    {
      guint index = g_variant_get_uint32 (parameter);

      if (self->finder != NULL && index < relais_place_finder_get_places (self->finder)->places->len)
        relais_nearby_page_show_place (self, index);
    }
  else if (g_str_equal (action_name, "nearby.contact") &&
           (entry = find_by_id (relais_directory_get_contacts (self->directory), g_variant_get_string (parameter, NULL))))
    relais_nearby_page_show_contact (self, entry);
  else if (g_str_equal (action_name, "nearby.hoster") &&
           (entry = find_by_id (relais_directory_get_hosters (self->directory), g_variant_get_string (parameter, NULL))))
    relais_nearby_page_show_hoster (self, entry);
  else if (g_str_equal (action_name, "nearby.funding") &&
           (entry = find_by_id (relais_directory_get_funding (self->directory), g_variant_get_string (parameter, NULL))))
    relais_nearby_page_show_funding (self, entry);
  else if (g_str_equal (action_name, "nearby.inclusion-tool") &&
           (entry = find_by_id (relais_directory_get_inclusion_tools (self->directory), g_variant_get_string (parameter, NULL))))
    relais_nearby_page_show_inclusion_tool (self, entry);
}

/* The directory and the places arrive from the context when read, and again
 * after a refresh of the hosters or an import of places. */
static void
context_data_cb (RelaisNearbyPage *self)
{
  RelaisDirectory *directory = self->context != NULL ? relais_context_get_directory (self->context) : NULL;
  RelaisPlaceFinder *finder = self->context != NULL ? relais_context_get_finder (self->context) : NULL;
  RelaisCatalog *catalog = self->context != NULL ? relais_context_get_catalog (self->context) : NULL;
  gboolean changed = g_set_object (&self->catalog, catalog);

  if (self->directory != directory)
    {
      g_clear_pointer (&self->directory, relais_directory_unref);
      self->directory = directory != NULL ? relais_directory_ref (directory) : NULL;
      changed = TRUE;
    }
  if (self->finder != finder)
    {
      g_clear_pointer (&self->finder, relais_place_finder_unref);
      self->finder = finder != NULL ? relais_place_finder_ref (finder) : NULL;
      if (finder != NULL)
        set_up_filters (self);
      changed = TRUE;
    }

  if (changed)
    refresh_sections (self);
}

/* --- GObject ---------------------------------------------------------------------- */

static void
profile_changed_cb (RelaisNearbyPage *self,
                    GParamSpec       *pspec)
{
  refresh_sections (self);
}

/* Any change of a tool says "tools", down to a letter typed in its note:
 * only a change of the online services chosen changes this page. */
static void
tools_changed_cb (RelaisNearbyPage *self,
                  GParamSpec       *pspec)
{
  g_autoptr(GPtrArray) chosen = NULL;

  if (self->profile == NULL || self->directory == NULL || self->finder == NULL)
    return;

  chosen = chosen_services (self);
  if (!same_services (self->shown_services, chosen))
    refresh_hosters (self);
}

static void
relais_nearby_page_dispose (GObject *object)
{
  RelaisNearbyPage *self = RELAIS_NEARBY_PAGE (object);

  g_cancellable_cancel (self->refresh_cancellable);
  g_clear_object (&self->refresh_cancellable);
  g_signal_group_set_target (self->context_signals, NULL);
  g_signal_group_set_target (self->profile_signals, NULL);
  /* The bin's child is also a template child: let the bin drop it first, or
   * both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), RELAIS_TYPE_NEARBY_PAGE);
  g_clear_pointer (&self->added_rows, g_ptr_array_unref);
  g_clear_object (&self->context_signals);
  g_clear_object (&self->profile_signals);
  g_clear_object (&self->context);
  g_clear_object (&self->profile);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->directory, relais_directory_unref);
  g_clear_pointer (&self->finder, relais_place_finder_unref);
  g_clear_pointer (&self->services, g_strfreev);
  g_clear_pointer (&self->audiences, g_strfreev);
  g_clear_pointer (&self->fees, g_strfreev);
  g_clear_pointer (&self->shown_services, g_ptr_array_unref);

  G_OBJECT_CLASS (relais_nearby_page_parent_class)->dispose (object);
}

static void
relais_nearby_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RelaisNearbyPage *self = RELAIS_NEARBY_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_nearby_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RelaisNearbyPage *self = RELAIS_NEARBY_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      relais_nearby_page_set_context (self, g_value_get_object (value));
      break;
    case PROP_PROFILE:
      relais_nearby_page_set_profile (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_nearby_page_class_init (RelaisNearbyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_nearby_page_dispose;
  object_class->get_property = relais_nearby_page_get_property;
  object_class->set_property = relais_nearby_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RELAIS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, RELAIS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/fr/artifaille/Relais/relais-nearby-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, audience_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, commune_entry);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, commune_results);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, fee_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, filters_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, funding_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, hosters_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, no_commune_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, open_now_switch);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, place_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, places_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, service_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RelaisNearbyPage, tools_group);
  gtk_widget_class_bind_template_callback (widget_class, commune_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, commune_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, commune_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "nearby.choose-commune", "s", choose_commune_action);
  gtk_widget_class_install_action (widget_class, "nearby.show-more-places", NULL, show_more_places_action);
  gtk_widget_class_install_action (widget_class, "nearby.place", "u", show_entry_action);
  gtk_widget_class_install_action (widget_class, "nearby.contact", "s", show_entry_action);
  gtk_widget_class_install_action (widget_class, "nearby.hoster", "s", show_entry_action);
  gtk_widget_class_install_action (widget_class, "nearby.funding", "s", show_entry_action);
  gtk_widget_class_install_action (widget_class, "nearby.inclusion-tool", "s", show_entry_action);
  relais_nearby_page_install_actions (widget_class);
}

static void
relais_nearby_page_init (RelaisNearbyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->added_rows = g_ptr_array_new ();
  self->n_places_shown = PLACES_STEP;
  relais_origin_init (&self->origin, NULL, NULL);

  self->context_signals = g_signal_group_new (RELAIS_TYPE_CONTEXT);
  g_signal_group_connect_object (self->context_signals, "notify::catalog",
                                 G_CALLBACK (context_data_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->context_signals, "notify::directory",
                                 G_CALLBACK (context_data_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->context_signals, "notify::finder",
                                 G_CALLBACK (context_data_cb), self, G_CONNECT_SWAPPED);
  self->profile_signals = g_signal_group_new (RELAIS_TYPE_PROFILE);
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_signal_group_connect_object (self->profile_signals, watched[i], G_CALLBACK (profile_changed_cb),
                                   self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->profile_signals, "notify::tools", G_CALLBACK (tools_changed_cb),
                                 self, G_CONNECT_SWAPPED);
}

/**
 * relais_nearby_page_set_context:
 * @context: (nullable): where the directory, the places and the catalogue
 *   come from, once read
 */
void
relais_nearby_page_set_context (RelaisNearbyPage *self,
                                RelaisContext    *context)
{
  g_return_if_fail (RELAIS_IS_NEARBY_PAGE (self));
  g_return_if_fail (!context || RELAIS_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  g_signal_group_set_target (self->context_signals, context);
  context_data_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

void
relais_nearby_page_set_profile (RelaisNearbyPage *self,
                                RelaisProfile    *profile)
{
  g_return_if_fail (RELAIS_IS_NEARBY_PAGE (self));
  g_return_if_fail (!profile || RELAIS_IS_PROFILE (profile));

  if (!g_set_object (&self->profile, profile))
    return;

  g_signal_group_set_target (self->profile_signals, profile);
  self->n_places_shown = PLACES_STEP;
  refresh_sections (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}
