/* relais-directory.c — who can help: contacts, hosters, national inclusion
 * tools and equipment funding, read from data/directory/
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-directory"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relais-data.h"
#include "relais-directory.h"
#include "relais-file-aside.h"
#include "relais-file-read.h"
#include "relais-json-read.h"
#include "relais-places.h"

#define DIRECTORY_RESOURCES "/fr/artifaille/Relais/directory/"

struct _RelaisDirectory
{
  gatomicrefcount  ref_count;
  GPtrArray       *contacts;         /* RelaisContact */
  GPtrArray       *hosters;          /* RelaisHoster */
  GPtrArray       *inclusion_tools;  /* RelaisInclusionTool */
  GPtrArray       *funding;          /* RelaisFunding */
};

static const char * const registrations[] = { "none", "free", "member", "client", NULL };
static const char * const service_statuses[] = { "on", "maintenance", "down", "off", "draft", NULL };

G_DEFINE_QUARK (relais-directory-error-quark, relais_directory_error)
G_DEFINE_BOXED_TYPE (RelaisDirectory, relais_directory, relais_directory_ref, relais_directory_unref)

/* --- Freeing ---------------------------------------------------------------- */

static void
place_clear (RelaisDirectoryPlace *place)
{
  g_clear_pointer (&place->address, g_free);
  g_clear_pointer (&place->departement, g_free);
  g_clear_pointer (&place->commune, g_free);
}

static void
contact_free (gpointer data)
{
  RelaisContact *contact = data;

  g_free (contact->id);
  g_free (contact->name);
  g_free (contact->what);
  g_free (contact->for_whom);
  g_free (contact->website);
  g_free (contact->email);
  g_free (contact->phone);
  place_clear (&contact->place);
  g_strfreev (contact->first_for);
  g_clear_pointer (&contact->sources, g_ptr_array_unref);
  g_free (contact);
}

static void
service_free (gpointer data)
{
  RelaisHosterService *service = data;

  g_free (service->type);
  g_free (service->name);
  g_free (service->website);
  g_free (service->software);
  g_free (service->registration);
  g_free (service->load);
  g_free (service->status);
  g_free (service);
}

static void
hoster_free (gpointer data)
{
  RelaisHoster *hoster = data;

  g_free (hoster->id);
  g_free (hoster->name);
  g_free (hoster->description);
  g_free (hoster->website);
  g_free (hoster->type);
  g_free (hoster->status);
  g_free (hoster->chatons);
  g_free (hoster->contact_url);
  g_free (hoster->contact_email);
  place_clear (&hoster->place);
  g_clear_pointer (&hoster->services, g_ptr_array_unref);
  g_clear_pointer (&hoster->sources, g_ptr_array_unref);
  g_free (hoster);
}

static void
inclusion_tool_free (gpointer data)
{
  RelaisInclusionTool *tool = data;

  g_free (tool->id);
  g_free (tool->name);
  g_free (tool->what);
  g_free (tool->website);
  g_clear_pointer (&tool->sources, g_ptr_array_unref);
  g_free (tool);
}

static void
funding_free (gpointer data)
{
  RelaisFunding *funding = data;

  g_free (funding->id);
  g_free (funding->name);
  g_free (funding->who);
  g_free (funding->gives);
  g_free (funding->website);
  g_strfreev (funding->for_kinds);
  g_clear_pointer (&funding->sources, g_ptr_array_unref);
  g_free (funding);
}

/* --- Reading ------------------------------------------------------------------ */

static gboolean
read_one_of (JsonObject         *object,
             const char         *member,
             gboolean            required,
             const char * const *allowed,
             char              **out,
             RelaisJsonReader   *reader,
             GError            **error)
{
  if (!relais_json_read_string (object, member, required, out, reader, error))
    return FALSE;
  if (*out != NULL && !g_strv_contains (allowed, *out))
    return relais_json_fail (reader, error, member, "not one of the known values");
  return TRUE;
}

static gboolean
read_place (JsonObject            *object,
            RelaisDirectoryPlace  *place,
            RelaisJsonReader      *reader,
            GError               **error)
{
  return relais_json_read_string (object, "address", FALSE, &place->address, reader, error) &&
         relais_json_read_string (object, "departement", FALSE, &place->departement, reader, error) &&
         relais_json_read_string (object, "commune", FALSE, &place->commune, reader, error) &&
         relais_json_read_location (object, &place->has_location, &place->latitude, &place->longitude,
                                    reader, error);
}

static gboolean
read_contact (JsonObject        *object,
              gpointer           entry,
              RelaisJsonReader  *reader,
              GError           **error)
{
  RelaisContact *contact = entry;

  return relais_json_read_name (object, "name", TRUE, "directory", &contact->name, reader, error) &&
         relais_json_read_string (object, "what", TRUE, &contact->what, reader, error) &&
         relais_json_read_string (object, "for_whom", TRUE, &contact->for_whom, reader, error) &&
         relais_json_read_string (object, "website", TRUE, &contact->website, reader, error) &&
         relais_json_read_string (object, "email", FALSE, &contact->email, reader, error) &&
         relais_json_read_string (object, "phone", FALSE, &contact->phone, reader, error) &&
         read_place (object, &contact->place, reader, error) &&
         relais_json_read_strv (object, "first_for", &contact->first_for, reader, error) &&
         (contact->sources = relais_json_read_sources (object, reader, error)) != NULL;
}

static gboolean
read_service (JsonObject           *object,
              RelaisHosterService  *service,
              RelaisJsonReader     *reader,
              GError              **error)
{
  static const char * const loads[] = { "open", "full", NULL };

  return relais_json_read_string (object, "type", TRUE, &service->type, reader, error) &&
         relais_json_read_name (object, "name", TRUE, "directory", &service->name, reader, error) &&
         relais_json_read_string (object, "website", FALSE, &service->website, reader, error) &&
         relais_json_read_string (object, "software", FALSE, &service->software, reader, error) &&
         read_one_of (object, "registration", TRUE, registrations, &service->registration, reader, error) &&
         read_one_of (object, "load", FALSE, loads, &service->load, reader, error) &&
         read_one_of (object, "status", FALSE, service_statuses, &service->status, reader, error);
}

static gboolean
read_hoster (JsonObject        *object,
             gpointer           entry,
             RelaisJsonReader  *reader,
             GError           **error)
{
  static const char * const chatons[] = { "member", "collective", NULL };
  RelaisHoster *hoster = entry;
  JsonNode *node;
  GError *local_error = NULL;
  gsize path_length = reader->path->len;

  if (!relais_json_read_name (object, "name", TRUE, "directory", &hoster->name, reader, error) ||
      !relais_json_read_string (object, "description", FALSE, &hoster->description, reader, error) ||
      !relais_json_read_string (object, "website", TRUE, &hoster->website, reader, error) ||
      !relais_json_read_string (object, "type", TRUE, &hoster->type, reader, error) ||
      !relais_json_read_string (object, "status", FALSE, &hoster->status, reader, error) ||
      !read_one_of (object, "chatons", TRUE, chatons, &hoster->chatons, reader, error) ||
      !(hoster->sources = relais_json_read_sources (object, reader, error)))
    return FALSE;

  node = relais_json_member (object, "national", JSON_NODE_VALUE, G_TYPE_BOOLEAN, FALSE, reader, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  hoster->national = node != NULL && json_node_get_boolean (node);

  if ((node = relais_json_member (object, "contact", JSON_NODE_OBJECT, G_TYPE_INVALID, FALSE, reader, &local_error)))
    {
      g_string_append (reader->path, ".contact");
      if (!relais_json_read_string (json_node_get_object (node), "url", FALSE, &hoster->contact_url, reader, error) ||
          !relais_json_read_string (json_node_get_object (node), "email", FALSE, &hoster->contact_email, reader, error))
        return FALSE;
      g_string_truncate (reader->path, path_length);
    }
  if (local_error == NULL &&
      (node = relais_json_member (object, "location", JSON_NODE_OBJECT, G_TYPE_INVALID, FALSE, reader, &local_error)))
    {
      g_string_append (reader->path, ".location");
      if (!read_place (json_node_get_object (node), &hoster->place, reader, error))
        return FALSE;
      g_string_truncate (reader->path, path_length);
    }
  if (local_error == NULL)
    node = relais_json_member (object, "services", JSON_NODE_ARRAY, G_TYPE_INVALID, TRUE, reader, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  hoster->services = g_ptr_array_new_with_free_func (service_free);
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (node), i);
      RelaisHosterService *service = g_new0 (RelaisHosterService, 1);

      g_ptr_array_add (hoster->services, service);
      g_string_truncate (reader->path, path_length);
      g_string_append_printf (reader->path, ".services[%u]", i);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        return relais_json_fail (reader, error, NULL, "not an object");
      if (!read_service (json_node_get_object (element), service, reader, error))
        return FALSE;
    }
  g_string_truncate (reader->path, path_length);

  return TRUE;
}

static gboolean
read_inclusion_tool (JsonObject        *object,
                     gpointer           entry,
                     RelaisJsonReader  *reader,
                     GError           **error)
{
  RelaisInclusionTool *tool = entry;

  return relais_json_read_name (object, "name", TRUE, "directory", &tool->name, reader, error) &&
         relais_json_read_string (object, "what", TRUE, &tool->what, reader, error) &&
         relais_json_read_string (object, "website", TRUE, &tool->website, reader, error) &&
         (tool->sources = relais_json_read_sources (object, reader, error)) != NULL;
}

static gboolean
read_funding (JsonObject        *object,
              gpointer           entry,
              RelaisJsonReader  *reader,
              GError           **error)
{
  RelaisFunding *funding = entry;

  return relais_json_read_name (object, "name", TRUE, "directory", &funding->name, reader, error) &&
         relais_json_read_string (object, "who", TRUE, &funding->who, reader, error) &&
         relais_json_read_string (object, "gives", TRUE, &funding->gives, reader, error) &&
         relais_json_read_string (object, "website", FALSE, &funding->website, reader, error) &&
         relais_json_read_strv (object, "for_kinds", &funding->for_kinds, reader, error) &&
         (funding->sources = relais_json_read_sources (object, reader, error)) != NULL;
}

/* Every part has the same shape: a list of objects with a unique "id". The
 * id is the first member of every entry's structure. */
typedef struct
{
  const char     *part;
  gsize           size;
  GDestroyNotify  free_entry;
  gboolean      (*read) (JsonObject *, gpointer, RelaisJsonReader *, GError **);
} Part;

static const Part parts[] = {
  { "contacts", sizeof (RelaisContact), contact_free, read_contact },
  { "hosters", sizeof (RelaisHoster), hoster_free, read_hoster },
  { "inclusion-tools", sizeof (RelaisInclusionTool), inclusion_tool_free, read_inclusion_tool },
  { "funding", sizeof (RelaisFunding), funding_free, read_funding },
};

static GPtrArray *
read_part (const Part  *part,
           GBytes      *bytes,
           const char  *file_name,
           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (part->free_entry);
  RelaisJsonReader reader = { file_name, path, RELAIS_DIRECTORY_ERROR, RELAIS_DIRECTORY_ERROR_INVALID };
  JsonArray *array;

  if (!(array = relais_json_open (bytes, RELAIS_DIRECTORY_FORMAT, RELAIS_DIRECTORY_VERSION, part->part,
                                  part->part, "directory", parser, &reader, error)))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gpointer entry = g_malloc0 (part->size);
      char **id = entry;

      g_ptr_array_add (entries, entry);
      g_string_printf (path, "%s[%u]", part->part, i);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          relais_json_fail (&reader, error, NULL, "not an object");
          return NULL;
        }
      if (!relais_json_read_string (json_node_get_object (element), "id", TRUE, id, &reader, error))
        return NULL;
      if (!g_hash_table_add (ids, *id))
        {
          relais_json_fail (&reader, error, "id", "used twice");
          return NULL;
        }
      if (!part->read (json_node_get_object (element), entry, &reader, error))
        return NULL;
    }

  return g_steal_pointer (&entries);
}

/**
 * relais_directory_new_from_data:
 *
 * Reads the four parts of the directory. A bad value is reported with its
 * file and path ("hosters.json: hosters[2].services[0].registration: not one
 * of the known values"), and nothing is loaded.
 *
 * Returns: (transfer full) (nullable): the directory
 */
RelaisDirectory *
relais_directory_new_from_data (GBytes  *contacts,
                                GBytes  *hosters,
                                GBytes  *inclusion_tools,
                                GBytes  *funding,
                                GError **error)
{
  g_autoptr(RelaisDirectory) self = NULL;
  GBytes *data[] = { contacts, hosters, inclusion_tools, funding };
  GPtrArray **lists[G_N_ELEMENTS (parts)];

  g_return_val_if_fail (contacts != NULL && hosters != NULL && inclusion_tools != NULL && funding != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (RelaisDirectory, 1);
  g_atomic_ref_count_init (&self->ref_count);
  lists[0] = &self->contacts;
  lists[1] = &self->hosters;
  lists[2] = &self->inclusion_tools;
  lists[3] = &self->funding;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *file_name = g_strconcat (parts[i].part, ".json", NULL);

      if (!(*lists[i] = read_part (&parts[i], data[i], file_name, error)))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * relais_directory_merge_hosters:
 * @hosters: a hosters file, from a ChatonsInfos refresh
 *
 * The refreshed entries replace the shipped ones of the same id and join
 * the others: a member the refresh did not reach keeps its sourced facts,
 * and the collective's own entries stay. Nothing changes on error.
 */
gboolean
relais_directory_merge_hosters (RelaisDirectory  *self,
                                GBytes           *hosters,
                                const char       *file_name_for_errors,
                                GError          **error)
{
  g_autoptr(GPtrArray) refreshed = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (hosters != NULL, FALSE);

  if (!(refreshed = read_part (&parts[1], hosters, file_name_for_errors, error)))
    return FALSE;

  for (guint i = 0; i < refreshed->len; i++)
    {
      RelaisHoster *hoster = g_ptr_array_index (refreshed, i);
      guint j;

      for (j = 0; j < self->hosters->len; j++)
        if (g_str_equal (((RelaisHoster *) g_ptr_array_index (self->hosters, j))->id, hoster->id))
          break;
      if (j < self->hosters->len)
        g_ptr_array_remove_index (self->hosters, j);
      g_ptr_array_add (self->hosters, g_ptr_array_steal_index (refreshed, i--));
    }

  return TRUE;
}

char *
relais_directory_get_refreshed_hosters_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "relais", "directory", "hosters.json", NULL);
}

/**
 * relais_directory_load_default:
 * @refreshed_hosters_path: (nullable): hosters from a ChatonsInfos refresh
 * @warning: (out) (optional) (nullable): set when the refreshed hosters
 *   could not be used, in plain words
 *
 * The directory shipped in the resources, with the refreshed hosters when
 * they exist and can be read; a damaged refreshed file is set aside.
 *
 * Returns: (transfer full) (nullable): the directory
 */
RelaisDirectory *
relais_directory_load_default (const char  *refreshed_hosters_path,
                               char       **warning,
                               GError     **error)
{
  GBytes *data[G_N_ELEMENTS (parts)] = { NULL };
  RelaisDirectory *self = NULL;
  guint i;

  g_return_val_if_fail (warning == NULL || *warning == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *name = g_strconcat (DIRECTORY_RESOURCES, parts[i].part, ".json", NULL);

      if (!(data[i] = relais_data_lookup (name, error)))
        break;
    }
  if (i == G_N_ELEMENTS (parts))
    self = relais_directory_new_from_data (data[0], data[1], data[2], data[3], error);
  for (i = 0; i < G_N_ELEMENTS (parts); i++)
    g_clear_pointer (&data[i], g_bytes_unref);

  if (self != NULL && refreshed_hosters_path != NULL)
    relais_directory_use_refreshed_hosters (self, refreshed_hosters_path, warning);

  return self;
}

/**
 * relais_directory_use_refreshed_hosters:
 * @path: the hosters file a ChatonsInfos refresh wrote
 * @warning: (out) (optional) (nullable): set when it exists but could not be
 *   used, in plain words
 *
 * Merges the refreshed hosters (relais_directory_merge_hosters()). A file
 * that was read and found wrong is set aside, so that the next start does
 * not stumble on it again; one that could not be read at all stays.
 *
 * Returns: %TRUE when the refreshed hosters are in
 */
gboolean
relais_directory_use_refreshed_hosters (RelaisDirectory  *self,
                                        const char       *path,
                                        char            **warning)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) aside = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (warning == NULL || *warning == NULL, FALSE);

  file = g_file_new_for_path (path);
  if ((bytes = relais_file_read (file, RELAIS_FILE_DATA_MAX_SIZE, NULL, NULL, &local_error)) &&
      relais_directory_merge_hosters (self, bytes, "hosters.json", &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return FALSE;

  if (local_error->domain == RELAIS_DIRECTORY_ERROR)
    aside = relais_file_set_aside (file, NULL);
  g_message ("Refreshed hosters not used: %s", local_error->message);
  if (warning != NULL)
    *warning = g_strdup_printf (aside != NULL
                                ? _("The hosters brought by the last refresh could not be read (%s). "
                                    "The file was set aside; the list shipped with Relais is shown: refresh again.")
                                : _("The hosters brought by the last refresh could not be read (%s). "
                                    "The list shipped with Relais is shown."),
                                local_error->message);
  return FALSE;
}

RelaisDirectory *
relais_directory_ref (RelaisDirectory *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
relais_directory_unref (RelaisDirectory *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->hosters, g_ptr_array_unref);
  g_clear_pointer (&self->inclusion_tools, g_ptr_array_unref);
  g_clear_pointer (&self->funding, g_ptr_array_unref);
  g_free (self);
}

/* --- Looking up -------------------------------------------------------------- */

/**
 * relais_directory_get_contacts:
 *
 * Returns: (transfer none) (element-type RelaisContact): in the data's order
 */
GPtrArray *
relais_directory_get_contacts (RelaisDirectory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->contacts;
}

/**
 * relais_directory_get_hosters:
 *
 * Returns: (transfer none) (element-type RelaisHoster)
 */
GPtrArray *
relais_directory_get_hosters (RelaisDirectory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->hosters;
}

/**
 * relais_directory_get_inclusion_tools:
 *
 * Returns: (transfer none) (element-type RelaisInclusionTool)
 */
GPtrArray *
relais_directory_get_inclusion_tools (RelaisDirectory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->inclusion_tools;
}

/**
 * relais_directory_get_funding:
 *
 * Returns: (transfer none) (element-type RelaisFunding)
 */
GPtrArray *
relais_directory_get_funding (RelaisDirectory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->funding;
}

gboolean
relais_contact_is_first_for (const RelaisContact *contact,
                             RelaisProfileKind    kind)
{
  g_return_val_if_fail (contact != NULL, FALSE);

  return g_strv_contains ((const char * const *) contact->first_for, relais_profile_kind_to_string (kind));
}

/**
 * relais_directory_funding_for_kind:
 *
 * Returns: (transfer container) (element-type RelaisFunding): the funding
 *   that applies to a profile of @kind
 */
GPtrArray *
relais_directory_funding_for_kind (RelaisDirectory   *self,
                                   RelaisProfileKind  kind)
{
  GPtrArray *funding;
  const char *id = relais_profile_kind_to_string (kind);

  g_return_val_if_fail (self != NULL, NULL);

  funding = g_ptr_array_new ();
  for (guint i = 0; i < self->funding->len; i++)
    {
      RelaisFunding *entry = g_ptr_array_index (self->funding, i);

      if (g_strv_contains ((const char * const *) entry->for_kinds, id))
        g_ptr_array_add (funding, entry);
    }
  return funding;
}

/**
 * relais_hoster_find_service:
 *
 * Returns: (transfer none) (nullable): the hoster's service of that type
 *   that people can use today (not off, not a draft)
 */
const RelaisHosterService *
relais_hoster_find_service (const RelaisHoster *hoster,
                            const char         *service_type)
{
  g_return_val_if_fail (hoster != NULL, NULL);
  g_return_val_if_fail (service_type != NULL, NULL);

  for (guint i = 0; i < hoster->services->len; i++)
    {
      const RelaisHosterService *service = g_ptr_array_index (hoster->services, i);

      if (g_str_equal (service->type, service_type) &&
          g_strcmp0 (service->status, "off") != 0 && g_strcmp0 (service->status, "draft") != 0)
        return service;
    }
  return NULL;
}

/**
 * relais_directory_hosters_offering:
 *
 * Returns: (transfer container) (element-type RelaisHoster): the hosters
 *   offering a service of @service_type, in the data's order
 */
GPtrArray *
relais_directory_hosters_offering (RelaisDirectory *self,
                                   const char      *service_type)
{
  GPtrArray *hosters;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (service_type != NULL, NULL);

  hosters = g_ptr_array_new ();
  for (guint i = 0; i < self->hosters->len; i++)
    if (relais_hoster_find_service (g_ptr_array_index (self->hosters, i), service_type) != NULL)
      g_ptr_array_add (hosters, g_ptr_array_index (self->hosters, i));
  return hosters;
}

typedef struct
{
  RelaisDirectory *directory;
  const char      *service_type;
} HosterSearch;

static gboolean
offers_service (guint    index,
                gpointer user_data)
{
  HosterSearch *search = user_data;

  return relais_hoster_find_service (g_ptr_array_index (search->directory->hosters, index),
                                     search->service_type) != NULL;
}

/**
 * relais_directory_hosters_near:
 * @communes: to find the communes of hosters that give theirs
 * @origin: where the user is, located
 *
 * The hosters offering @service_type, nearest first: by distance where both
 * ends are located, else by commune, EPCI and département; the hosters
 * that serve everyone online come after those near the user.
 *
 * Returns: (transfer full) (element-type RelaisNearby): indexes into
 *   relais_directory_get_hosters()
 */
GArray *
relais_directory_hosters_near (RelaisDirectory    *self,
                               RelaisCommunes     *communes,
                               const RelaisOrigin *origin,
                               const char         *service_type)
{
  g_autofree RelaisWhere *where = NULL;
  HosterSearch search = { self, service_type };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (communes != NULL, NULL);
  g_return_val_if_fail (origin != NULL, NULL);
  g_return_val_if_fail (service_type != NULL, NULL);

  where = g_new0 (RelaisWhere, MAX (self->hosters->len, 1));
  for (guint i = 0; i < self->hosters->len; i++)
    {
      const RelaisHoster *hoster = g_ptr_array_index (self->hosters, i);

      where[i].commune = relais_communes_lookup (communes, hoster->place.commune);
      where[i].departement = where[i].commune != NULL ? where[i].commune->departement : hoster->place.departement;
      where[i].has_location = hoster->place.has_location;
      where[i].latitude = hoster->place.latitude;
      where[i].longitude = hoster->place.longitude;
    }

  return relais_nearby_rank (origin, where, self->hosters->len, 0, offers_service, &search);
}

/**
 * relais_directory_translate:
 *
 * The directory's texts for people are English in the data and translated
 * through po/ (tools/extract-directory-strings.py).
 */
const char *
relais_directory_translate (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "directory", text);
}

const char *
relais_hoster_registration_label (const char *registration)
{
  g_return_val_if_fail (registration != NULL, NULL);

  if (g_str_equal (registration, "none"))
    return _("No account needed");
  if (g_str_equal (registration, "free"))
    return _("Open to anyone, free account");
  if (g_str_equal (registration, "member"))
    return _("For the hoster’s members");
  if (g_str_equal (registration, "client"))
    return _("For paying customers");
  return registration;
}
