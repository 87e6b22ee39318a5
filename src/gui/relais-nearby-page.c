/* relais-nearby-page.c — the Help Nearby area: where the user is and the
 * filters of places; the sections below (who to contact first, hosters for
 * the chosen online services, digital help places nearest first, funding
 * for equipment, national services) each follow the page's context and
 * profile; the details of what they list open from here
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-nearby-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-accessible.h"
#include "relais-departements.h"
#include "relais-nearby-contacts.h"
#include "relais-nearby-entry-row.h"
#include "relais-nearby-funding.h"
#include "relais-nearby-hosters.h"
#include "relais-nearby-national.h"
#include "relais-nearby-page-private.h"
#include "relais-nearby-places.h"

#define MAX_COMMUNES      8

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisNearbyPage, relais_nearby_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static const char * const watched[] = { "notify::departement", "notify::commune" };


/* --- Where the user is ------------------------------------------------------- */

static void
refresh_place_label (RelaisNearbyPage *self)
{
  const RelaisDepartement *departement;
  g_autofree char *text = NULL;
  RelaisOrigin origin;

  if (self->profile == NULL || self->finder == NULL)
    return;

  relais_place_finder_origin_for_profile (self->finder, self->profile, &origin);
  departement = relais_departements_lookup (relais_profile_get_departement (self->profile));
  if (origin.commune != NULL)
    {
      g_autofree char *label = relais_commune_dup_label (origin.commune);

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
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->commune_entry));

  for (guint i = 0; i < found->len; i++)
    {
      const RelaisCommune *commune = g_ptr_array_index (found, i);
      const RelaisDepartement *departement = relais_departements_lookup (commune->departement);
      g_autofree char *label = relais_commune_dup_label (commune);

      g_ptr_array_add (entries, relais_nearby_entry_new (label, departement != NULL ? departement->name : NULL,
                                                         "nearby.choose-commune", g_variant_new_string (commune->insee)));
    }
  g_list_store_splice (self->communes_found, 0, g_list_model_get_n_items (G_LIST_MODEL (self->communes_found)),
                       entries->pdata, entries->len);

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

static void
filter_changed_cb (RelaisNearbyPage *self)
{
  relais_nearby_places_set_filter (RELAIS_NEARBY_PLACES (self->places_group),
                                   selected_slug (self->service_row, self->services),
                                   selected_slug (self->audience_row, self->audiences),
                                   selected_slug (self->fee_row, self->fees),
                                   gtk_switch_get_active (self->open_now_switch));
}

static void
show_more_places_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RelaisNearbyPage *self = RELAIS_NEARBY_PAGE (widget);

  relais_nearby_places_show_more (RELAIS_NEARBY_PLACES (self->places_group));
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

  /* Kept for the details and the communes; the sections follow the context. */
  if (self->directory != directory)
    {
      g_clear_pointer (&self->directory, relais_directory_unref);
      self->directory = directory != NULL ? relais_directory_ref (directory) : NULL;
    }
  if (self->finder != finder)
    {
      g_clear_pointer (&self->finder, relais_place_finder_unref);
      self->finder = finder != NULL ? relais_place_finder_ref (finder) : NULL;
      if (finder != NULL)
        set_up_filters (self);
      refresh_place_label (self);
    }
}

/* --- GObject ---------------------------------------------------------------------- */

static void
profile_changed_cb (RelaisNearbyPage *self)
{
  refresh_place_label (self);
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
  g_clear_object (&self->communes_found);
  g_clear_object (&self->context_signals);
  g_clear_object (&self->profile_signals);
  g_clear_object (&self->context);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->directory, relais_directory_unref);
  g_clear_pointer (&self->finder, relais_place_finder_unref);
  g_clear_pointer (&self->services, g_strfreev);
  g_clear_pointer (&self->audiences, g_strfreev);
  g_clear_pointer (&self->fees, g_strfreev);

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

  g_type_ensure (RELAIS_TYPE_NEARBY_CONTACTS);
  g_type_ensure (RELAIS_TYPE_NEARBY_HOSTERS);
  g_type_ensure (RELAIS_TYPE_NEARBY_PLACES);
  g_type_ensure (RELAIS_TYPE_NEARBY_FUNDING);
  g_type_ensure (RELAIS_TYPE_NEARBY_NATIONAL);

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
  relais_accessible_wrap_group_titles (GTK_WIDGET (self));

  self->communes_found = g_list_store_new (RELAIS_TYPE_NEARBY_ENTRY);
  gtk_list_box_bind_model (self->commune_results, G_LIST_MODEL (self->communes_found),
                           relais_nearby_entry_row_create, NULL, NULL);
  relais_accessible_name_choices (GTK_WIDGET (self->service_row));
  relais_accessible_name_choices (GTK_WIDGET (self->audience_row));
  relais_accessible_name_choices (GTK_WIDGET (self->fee_row));
  /* Named once: its row would add its own title to the name. */
  relais_accessible_set_label (GTK_WIDGET (self->open_now_switch), _("Open now"));

  /* Each section follows the page's context and profile on its own. */
  {
    GObject *sections[] = { G_OBJECT (self->contacts_group), G_OBJECT (self->hosters_group),
                            G_OBJECT (self->places_group), G_OBJECT (self->funding_group),
                            G_OBJECT (self->tools_group) };

    for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
      {
        g_object_bind_property (self, "context", sections[i], "context", G_BINDING_SYNC_CREATE);
        g_object_bind_property (self, "profile", sections[i], "profile", G_BINDING_SYNC_CREATE);
      }
  }

  self->context_signals = g_signal_group_new (RELAIS_TYPE_CONTEXT);
  g_signal_group_connect_object (self->context_signals, "notify::directory",
                                 G_CALLBACK (context_data_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->context_signals, "notify::finder",
                                 G_CALLBACK (context_data_cb), self, G_CONNECT_SWAPPED);
  self->profile_signals = g_signal_group_new (RELAIS_TYPE_PROFILE);
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_signal_group_connect_object (self->profile_signals, watched[i], G_CALLBACK (profile_changed_cb),
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
  refresh_place_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}
