/* relais-chatonsinfos-hosters.c — ChatonsInfos organisations and services
 * made into the hosters of Relais's directory (docs: the "hosters" part)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-chatonsinfos"

#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "relais-chatonsinfos-private.h"

struct _RelaisHosters
{
  char        *today;
  JsonBuilder *builder;   /* inside the "hosters" array */
  GHashTable  *ids;       /* the ids given so far */
  guint        size;
};

/* The service types of the catalogue (the "service" of alternatives' "get"),
 * which tests/core/test-chatonsinfos.c checks against data/catalog. */
static const char * const catalog_services[] = {
  "benevalibre", "bigbluebutton", "bookstack", "civicrm", "collabora", "cozy",
  "croodle", "cryptpad", "discourse", "dokuwiki", "dolibarr", "etherpad",
  "framadate", "galette", "grav", "grist", "jitsi", "kanboard", "limesurvey",
  "listmonk", "lufi", "mailman", "mastodon", "matomo", "matrix", "mattermost",
  "mediagoblin", "mobilizon", "nextcloud", "nocodb", "onlyoffice", "paheko",
  "peertube", "phplist", "plik", "rocketchat", "roundcube", "seafile", "spip",
  "sympa", "umami", "umap", "vaultwarden", "wekan", "wordpress", "xwiki",
  "yakforms", "zulip",
};

/* Names hosters give to the same software, squeezed (see squeeze()). */
static const struct
{
  const char *squeezed;
  const char *type;
} software_aliases[] = {
  { "bitwardenrs", "vaultwarden" },
  { "elementweb", "matrix" },
  { "framaforms", "yakforms" },
  { "garradin", "paheko" },
  { "gnumailman", "mailman" },
  { "synapse", "matrix" },
  { "piwik", "matomo" },
};

static const char * const organization_types[] = {
  "association", "informal", "cooperative", "microcompany", "company", "individual", "other",
};


/* --- Small helpers --------------------------------------------------------- */

static gboolean
in_list (const char         *value,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (value, list[i]))
      return TRUE;
  return FALSE;
}

/* Lower case, accents dropped, every run of other characters one "-". */
static char *
slug (const char *text,
      gsize       max_length)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && out->len < max_length; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/* Only letters and digits: "Rocket.Chat" and "rocketchat" meet. */
static char *
squeeze (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

/* The file's value, trimmed, or NULL when it is missing or empty. */
static const char *
get (RelaisProperties *properties,
     const char       *key)
{
  const char *value = relais_properties_get (properties, key);

  return value != NULL && value[0] != '\0' ? value : NULL;
}

static char *
get_lower (RelaisProperties *properties,
           const char       *key)
{
  const char *value = get (properties, key);

  return value != NULL ? g_ascii_strdown (value, -1) : NULL;
}

static gboolean
is_web_address (const char *text)
{
  return text != NULL
         && (g_ascii_strncasecmp (text, "https://", 8) == 0 || g_ascii_strncasecmp (text, "http://", 7) == 0)
         && g_uri_is_valid (text, G_URI_FLAGS_NONE, NULL);
}

/* An ISO date at the start of @value (a DATE or a DATETIME) that is today
 * or before: the organisation or service has ended. */
static gboolean
has_ended (RelaisProperties *properties,
           const char       *key,
           const char       *today)
{
  const char *value = get (properties, key);
  g_autofree char *date = NULL;

  if (value == NULL || strlen (value) < 10)
    return FALSE;
  date = g_strndup (value, 10);
  return relais_chatonsinfos_is_date (date) && strcmp (date, today) <= 0;
}

/* DECIMAL_DEGREE of the format: "-12,3456" or "-12.3456". */
static gboolean
parse_degree (const char *text,
              double      limit,
              double     *out)
{
  g_autofree char *copy = NULL;
  char *end = NULL;
  double value;

  if (text == NULL)
    return FALSE;
  copy = g_strdelimit (g_strdup (text), ",", '.');
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (value) || fabs (value) > limit)
    return FALSE;
  *out = value;
  return TRUE;
}

/* The host of the website without "www." and without its last label:
 * "https://www.zaclys.com/" gives "zaclys". It outlives a change of name. */
static char *
id_from_website (const char *website)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *host = NULL;
  char *dot;

  if (!is_web_address (website))
    return NULL;
  uri = g_uri_parse (website, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return NULL;
  host = g_ascii_strdown (g_uri_get_host (uri), -1);
  if (g_str_has_prefix (host, "www."))
    memmove (host, host + 4, strlen (host + 4) + 1);
  dot = strrchr (host, '.');
  if (dot != NULL && dot != host)
    *dot = '\0';
  return slug (host, 48);
}

/* Returns: (transfer none): the id, kept in self->ids */
static const char *
unique_id (RelaisHosters *self,
           const char    *website,
           const char    *name)
{
  g_autofree char *base = id_from_website (website);
  char *id;

  if (base == NULL || base[0] == '\0')
    {
      g_free (base);
      base = slug (name, 48);
    }
  if (base[0] == '\0')
    {
      g_free (base);
      base = g_strdup ("hoster");
    }

  id = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (self->ids, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_add (self->ids, id);
  return id;
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}


/* --- Services -------------------------------------------------------------- */

/**
 * relais_chatonsinfos_service_type:
 * @software_name: (nullable): the "software.name" of a service file
 *
 * Returns: the catalogue's service type of that software ("Jitsi Meet" gives
 *   "jitsi"), or, for software the catalogue does not know, its name made a
 *   slug; "other" when there is no name.
 */
char *
relais_chatonsinfos_service_type (const char *software_name)
{
  g_autofree char *squeezed = NULL;
  g_autofree char *slugged = NULL;
  g_auto(GStrv) words = NULL;

  if (software_name == NULL)
    return g_strdup ("other");

  squeezed = squeeze (software_name);
  if (in_list (squeezed, catalog_services, G_N_ELEMENTS (catalog_services)))
    return g_strdup (squeezed);
  for (gsize i = 0; i < G_N_ELEMENTS (software_aliases); i++)
    if (g_str_equal (squeezed, software_aliases[i].squeezed))
      return g_strdup (software_aliases[i].type);

  /* "Jitsi Meet", "Etherpad Lite", "Collabora Online": the first word is
   * the software. Only a whole word: "Gravatar" is not "grav". */
  slugged = slug (software_name, 64);
  words = g_strsplit (slugged, "-", 2);
  if (words[0] != NULL && in_list (words[0], catalog_services, G_N_ELEMENTS (catalog_services)))
    return g_strdup (words[0]);

  return slugged[0] != '\0' ? g_steal_pointer (&slugged) : g_strdup ("other");
}

static gboolean
add_service (RelaisHosters    *self,
             RelaisProperties *service)
{
  const char *name = get (service, "service.name");
  const char *website = get (service, "service.website");
  const char *software = get (service, "software.name");
  g_autofree char *status = get_lower (service, "service.status.level");
  g_autofree char *registration = get_lower (service, "service.registration");
  g_autofree char *load = get_lower (service, "service.registration.load");
  g_autofree char *type = NULL;
  static const char * const statuses[] = { "on", "maintenance", "down" };
  static const char * const registrations[] = { "none", "free", "member", "client" };
  static const char * const loads[] = { "open", "full" };

  if (name == NULL)
    return FALSE;
  /* Closed, or not open yet: nobody should be sent there. */
  if (status != NULL && (g_str_equal (status, "off") || g_str_equal (status, "draft")))
    return FALSE;
  if (has_ended (service, "service.enddate", self->today))
    return FALSE;

  /* Generators write "OK" where the specification says "ON". */
  if (status != NULL && g_str_equal (status, "ok"))
    {
      g_free (status);
      status = g_strdup ("on");
    }

  type = relais_chatonsinfos_service_type (software);

  json_builder_begin_object (self->builder);
  add_string (self->builder, "type", type);
  add_string (self->builder, "name", name);
  add_string (self->builder, "website", is_web_address (website) ? website : NULL);
  add_string (self->builder, "software", software);
  if (registration != NULL && in_list (registration, registrations, G_N_ELEMENTS (registrations)))
    add_string (self->builder, "registration", registration);
  if (load != NULL && in_list (load, loads, G_N_ELEMENTS (loads)))
    add_string (self->builder, "load", load);
  if (status != NULL && in_list (status, statuses, G_N_ELEMENTS (statuses)))
    add_string (self->builder, "status", status);
  json_builder_end_object (self->builder);

  return TRUE;
}


/* --- Organisations --------------------------------------------------------- */

static void
add_location (RelaisHosters    *self,
              RelaisProperties *organization)
{
  const char *address = get (organization, "organization.geolocation.address");
  double latitude = 0, longitude = 0;
  gboolean has_position;

  has_position = parse_degree (get (organization, "organization.geolocation.latitude"), 90, &latitude)
                 && parse_degree (get (organization, "organization.geolocation.longitude"), 180, &longitude)
                 /* 0,0 is in the Atlantic: a form left at its default. */
                 && !(latitude == 0 && longitude == 0);
  if (address == NULL && !has_position)
    return;

  json_builder_set_member_name (self->builder, "location");
  json_builder_begin_object (self->builder);
  add_string (self->builder, "address", address);
  if (has_position)
    {
      json_builder_set_member_name (self->builder, "latitude");
      json_builder_add_double_value (self->builder, latitude);
      json_builder_set_member_name (self->builder, "longitude");
      json_builder_add_double_value (self->builder, longitude);
    }
  json_builder_end_object (self->builder);
}

RelaisHosters *
relais_hosters_new (const char *today)
{
  RelaisHosters *self = g_new0 (RelaisHosters, 1);

  self->today = g_strdup (today);
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->builder = json_builder_new ();
  json_builder_begin_object (self->builder);
  add_string (self->builder, "format", RELAIS_DIRECTORY_FORMAT);
  json_builder_set_member_name (self->builder, "version");
  json_builder_add_int_value (self->builder, RELAIS_DIRECTORY_VERSION);
  add_string (self->builder, "part", "hosters");
  json_builder_set_member_name (self->builder, "hosters");
  json_builder_begin_array (self->builder);
  return self;
}

void
relais_hosters_free (RelaisHosters *hosters)
{
  if (hosters == NULL)
    return;
  g_object_unref (hosters->builder);
  g_hash_table_unref (hosters->ids);
  g_free (hosters->today);
  g_free (hosters);
}

/* Adds the organisation unless it has left or closed, or has no name.
 * @services holds its service files (RelaisProperties), in the order of its
 * "subs"; @source is where its file came from. */
gboolean
relais_hosters_add (RelaisHosters    *self,
                    RelaisProperties *organization,
                    const char       *source,
                    GPtrArray        *services)
{
  const char *name = get (organization, "organization.name");
  const char *website = get (organization, "organization.website");
  const char *contact_url = get (organization, "organization.contact.url");
  const char *contact_email = get (organization, "organization.contact.email");
  g_autofree char *type = get_lower (organization, "organization.type");
  g_autofree char *status = get_lower (organization, "organization.status.level");
  g_autofree char *membership = get_lower (organization, "organization.memberof.chatons.status.level");
  const char *id;   /* owned by self->ids */
  static const char * const statuses[] = { "active", "idle", "away" };

  if (name == NULL)
    return FALSE;
  if (has_ended (organization, "organization.enddate", self->today)
      || has_ended (organization, "organization.memberof.chatons.enddate", self->today)
      || (membership != NULL && g_str_equal (membership, "away")))
    return FALSE;

  if (contact_email != NULL && strchr (contact_email, '@') == NULL)
    contact_email = NULL;
  if (!is_web_address (contact_url))
    contact_url = NULL;
  if (!is_web_address (website))
    website = NULL;

  id = unique_id (self, website, name);

  json_builder_begin_object (self->builder);
  add_string (self->builder, "id", id);
  add_string (self->builder, "name", name);
  /* In the hoster's own words (mostly French): it cannot go through po/. */
  add_string (self->builder, "description", get (organization, "organization.description"));
  add_string (self->builder, "website", website);
  add_string (self->builder, "type",
              type != NULL && in_list (type, organization_types, G_N_ELEMENTS (organization_types)) ? type : "other");
  if (status != NULL && in_list (status, statuses, G_N_ELEMENTS (statuses)))
    add_string (self->builder, "status", status);
  add_string (self->builder, "chatons", "member");

  if (contact_url != NULL || contact_email != NULL)
    {
      json_builder_set_member_name (self->builder, "contact");
      json_builder_begin_object (self->builder);
      add_string (self->builder, "url", contact_url);
      add_string (self->builder, "email", contact_email);
      json_builder_end_object (self->builder);
    }

  add_location (self, organization);

  json_builder_set_member_name (self->builder, "services");
  json_builder_begin_array (self->builder);
  for (guint i = 0; services != NULL && i < services->len; i++)
    add_service (self, g_ptr_array_index (services, i));
  json_builder_end_array (self->builder);

  json_builder_set_member_name (self->builder, "sources");
  json_builder_begin_array (self->builder);
  json_builder_begin_object (self->builder);
  add_string (self->builder, "url", source);
  add_string (self->builder, "checked", self->today);
  json_builder_end_object (self->builder);
  json_builder_end_array (self->builder);

  json_builder_end_object (self->builder);
  self->size++;

  return TRUE;
}

guint
relais_hosters_get_size (RelaisHosters *hosters)
{
  return hosters->size;
}

/* Ends the document: nothing can be added afterwards. */
char *
relais_hosters_to_json (RelaisHosters *self,
                        gsize         *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_end_array (self->builder);
  json_builder_end_object (self->builder);
  root = json_builder_get_root (self->builder);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, length);
}
