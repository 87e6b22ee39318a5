/* relais-profile-bundle.c — several profiles as one file for a USB stick:
 * a JSON object holding the profiles' own documents, bounded; each profile
 * read through the same checks as one profile file, and imported with the
 * same rule as one .relais file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "relais-json-read.h"
#include "relais-profile-bundle.h"
#include "relais-profile-store-private.h"

/* A profile from its document; a newer Relais's profile is read, read-only,
 * as the store lists it. */
static RelaisProfile *
profile_from_data (const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  RelaisProfile *profile = relais_profile_new_from_data (data, (gssize) length, &local_error);

  if (profile == NULL && g_error_matches (local_error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NEWER_VERSION))
    profile = relais_profile_new_read_only_from_data (data, (gssize) length, NULL);
  if (profile == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return profile;
}

static gboolean
is_bundle (JsonNode *root)
{
  JsonNode *format;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  /* Checked by hand: json-glib's getters complain on a value of another type. */
  format = json_object_get_member (json_node_get_object (root), "format");
  return format != NULL && JSON_NODE_HOLDS_VALUE (format) && json_node_get_value_type (format) == G_TYPE_STRING &&
         g_strcmp0 (json_node_get_string (format), RELAIS_BUNDLE_FORMAT) == 0;
}

/* The profiles of a bundle already parsed: every one is checked before any
 * is returned, so that a bundle with one bad profile is refused whole. */
static GPtrArray *
profiles_from_bundle (JsonNode      *root,
                      const char    *file_name,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonObject *object = json_node_get_object (root);
  JsonNode *version = json_object_get_member (object, "version");
  JsonNode *member = json_object_get_member (object, "profiles");
  JsonArray *array;

  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64 ||
      json_node_get_int (version) < 1)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_BAD_VERSION,
                   _("“%s” is a bundle of profiles with no valid version number."), file_name);
      return NULL;
    }
  if (json_node_get_int (version) > RELAIS_BUNDLE_VERSION)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NEWER_VERSION,
                   _("“%s” was made by a newer version of Relais: update Relais to open it."), file_name);
      return NULL;
    }
  if (member == NULL || !JSON_NODE_HOLDS_ARRAY (member))
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_MISSING_FIELD,
                   _("“%s” is a bundle with no list of profiles."), file_name);
      return NULL;
    }
  array = json_node_get_array (member);
  if (json_array_get_length (array) > RELAIS_BUNDLE_MAX_PROFILES)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE,
                   _("“%s” holds %u profiles; Relais reads at most %u from one bundle."),
                   file_name, json_array_get_length (array), RELAIS_BUNDLE_MAX_PROFILES);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *data = NULL;
      RelaisProfile *profile;
      gsize length;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_A_PROFILE,
                       _("“%s”, profile %u: this is not a Relais profile."), file_name, i + 1);
          return NULL;
        }
      json_generator_set_root (generator, element);
      data = json_generator_to_data (generator, &length);
      if (length > RELAIS_PROFILE_MAX_SIZE)
        {
          g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE,
                       _("“%s”, profile %u: too large to be a Relais profile."), file_name, i + 1);
          return NULL;
        }
      /* The same reader and checks as one profile file. */
      if (!(profile = profile_from_data (data, length, &local_error)))
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      /* Translators: the bundle's file name, the profile's position in it */
                                      _("“%s”, profile %u: "), file_name, i + 1);
          return NULL;
        }
      g_ptr_array_add (profiles, profile);
    }

  return g_steal_pointer (&profiles);
}

/* A file's bytes, never from a FIFO or a device, never past @max_size. */
static GBytes *
read_file (GFile         *file,
           gsize          max_size,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  GBytes *bytes = relais_file_read (file, max_size, NULL, cancellable, &local_error);

  if (bytes != NULL)
    return bytes;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE,
                 _("“%s” is too large for Relais to read."), basename);
  else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
    g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_A_PROFILE,
                 _("“%s” is not an ordinary file, so Relais cannot read it."), basename);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/**
 * relais_profile_bundle_to_bytes:
 * @profiles: (element-type RelaisProfile): the profiles, in the order to keep
 *
 * The bundle's document: `{"format": "fr.artifaille.Relais.Bundle",
 * "version": 1, "profiles": [ … ]}`, each profile its own document with its
 * pending changes.
 *
 * Returns: (transfer full) (nullable): the bundle, or %NULL with @error
 *   when it would hold more than %RELAIS_BUNDLE_MAX_PROFILES profiles or
 *   %RELAIS_BUNDLE_MAX_SIZE bytes (no Relais would read it back)
 */
GBytes *
relais_profile_bundle_to_bytes (GPtrArray  *profiles,
                                GError    **error)
{
  g_autoptr(GString) bundle = NULL;

  g_return_val_if_fail (profiles != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (profiles->len > RELAIS_BUNDLE_MAX_PROFILES)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE,
                   _("A bundle holds at most %u profiles: choose fewer."), RELAIS_BUNDLE_MAX_PROFILES);
      return NULL;
    }

  bundle = g_string_new (NULL);
  g_string_append_printf (bundle, "{\n  \"format\": \"%s\",\n  \"version\": %d,\n  \"profiles\": [\n",
                          RELAIS_BUNDLE_FORMAT, RELAIS_BUNDLE_VERSION);
  for (guint i = 0; i < profiles->len; i++)
    {
      g_autofree char *data = NULL;

      g_return_val_if_fail (RELAIS_IS_PROFILE (profiles->pdata[i]), NULL);
      /* Each profile's document is valid JSON on its own: joined as it is. */
      data = relais_profile_to_data (profiles->pdata[i], NULL);
      g_string_append (bundle, data);
      g_string_append (bundle, i + 1 < profiles->len ? ",\n" : "\n");
      if (bundle->len > RELAIS_BUNDLE_MAX_SIZE)
        {
          g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE,
                       _("These profiles together are too large for one bundle: choose fewer."));
          return NULL;
        }
    }
  g_string_append (bundle, "  ]\n}\n");

  return g_string_free_to_bytes (g_steal_pointer (&bundle));
}

/**
 * relais_profile_bundle_write:
 * @profiles: (element-type RelaisProfile)
 * @destination: a file the user chose, often on a USB stick
 *
 * Writes the bundle, replacing @destination (the caller asked the user):
 * readable by the user only, as a `.relais` file, since it holds the
 * associations' notes.
 */
gboolean
relais_profile_bundle_write (GPtrArray     *profiles,
                             GFile         *destination,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (profiles != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (destination), FALSE);

  if (!(bytes = relais_profile_bundle_to_bytes (profiles, error)))
    return FALSE;

  return g_file_replace_contents (destination, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION | G_FILE_CREATE_PRIVATE,
                                  NULL, cancellable, error);
}

/**
 * relais_profile_bundle_read_bytes:
 * @file_name: the bundle's name, for the messages
 *
 * Reads a bundle: its depth checked before parsing, at most
 * %RELAIS_BUNDLE_MAX_PROFILES profiles, each read and checked as one
 * profile file. One bad profile refuses the whole bundle, naming it.
 *
 * Returns: (transfer full) (element-type RelaisProfile) (nullable): the
 *   profiles, in the bundle's order
 */
GPtrArray *
relais_profile_bundle_read_bytes (GBytes        *bytes,
                                  const char    *file_name,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length > RELAIS_BUNDLE_MAX_SIZE)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE,
                   _("“%s” is too large for Relais to read."), file_name);
      return NULL;
    }
  if (!relais_json_parser_load (parser, data != NULL ? data : "", (gssize) length, &local_error))
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_JSON,
                   _("“%s” is damaged or is not a bundle of Relais profiles (%s)."), file_name, local_error->message);
      return NULL;
    }
  if (!is_bundle (json_parser_get_root (parser)))
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_A_PROFILE,
                   _("“%s” is not a bundle of Relais profiles."), file_name);
      return NULL;
    }

  return profiles_from_bundle (json_parser_get_root (parser), file_name, cancellable, error);
}

/**
 * relais_profile_bundle_read:
 *
 * Reads a bundle file (never a FIFO or a device, never past
 * %RELAIS_BUNDLE_MAX_SIZE): see relais_profile_bundle_read_bytes().
 *
 * Returns: (transfer full) (element-type RelaisProfile) (nullable)
 */
GPtrArray *
relais_profile_bundle_read (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(bytes = read_file (file, RELAIS_BUNDLE_MAX_SIZE, cancellable, error)))
    return NULL;
  basename = g_file_get_basename (file);
  return relais_profile_bundle_read_bytes (bytes, basename, cancellable, error);
}

/**
 * relais_profile_store_import_bundle:
 * @keep_both: for a profile already there, import a copy under a new
 *   identifier ("Keep Both"); otherwise leave it out and name it in @skipped
 * @progress: (nullable) (scope call): called after each profile
 * @skipped: (out) (optional) (transfer full) (element-type utf8): the names of
 *   the profiles left out because they are already there
 *
 * Imports every profile of a bundle with the same rule as one `.relais`
 * file (relais_profile_store_import()). The bundle is read and checked
 * whole first: a bad or hostile bundle imports nothing.
 *
 * Returns: (transfer full) (element-type RelaisProfile) (nullable): the
 *   profiles added, in the bundle's order; %NULL with @error when the
 *   bundle is refused, or when saving one failed (those before it stay)
 */
GPtrArray *
relais_profile_store_import_bundle (RelaisProfileStore      *store,
                                    GFile                   *file,
                                    gboolean                 keep_both,
                                    GCancellable            *cancellable,
                                    RelaisWorkProgressFunc   progress,
                                    gpointer                 user_data,
                                    GPtrArray              **skipped,
                                    GError                 **error)
{
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(GPtrArray) imported = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) left_out = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(profiles = relais_profile_bundle_read (file, cancellable, error)))
    return NULL;

  for (guint i = 0; i < profiles->len; i++)
    {
      RelaisProfile *profile = profiles->pdata[i];
      g_autoptr(GError) local_error = NULL;
      RelaisProfile *added;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      added = relais_profile_store_import_profile (store, profile, keep_both, &local_error);
      if (added != NULL)
        g_ptr_array_add (imported, g_object_ref (added));
      else if (g_error_matches (local_error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_ALREADY_THERE))
        g_ptr_array_add (left_out, g_strdup (relais_profile_get_name (profile)));
      else
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (progress != NULL)
        progress (i + 1, profiles->len, relais_profile_get_name (profile), user_data);
    }

  if (skipped != NULL)
    *skipped = g_steal_pointer (&left_out);
  return g_steal_pointer (&imported);
}

static gboolean
is_input_name (const char *name)
{
  return name[0] != '.' &&
         (g_str_has_suffix (name, ".json") || g_str_has_suffix (name, ".relais") ||
          g_str_has_suffix (name, ".relais-bundle"));
}

/* One file: a bundle (told by its "format", whatever its name) or a
 * profile, read-only (a newer Relais's profile is still counted). */
static gboolean
read_input_file (GFile         *file,
                 GPtrArray     *profiles,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) bundle = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  RelaisProfile *profile;
  const char *data;
  gsize length;

  if (!(bytes = read_file (file, RELAIS_BUNDLE_MAX_SIZE, cancellable, error)))
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";

  if (relais_json_parser_load (parser, data, (gssize) length, NULL) && is_bundle (json_parser_get_root (parser)))
    {
      if (!(bundle = profiles_from_bundle (json_parser_get_root (parser), basename, cancellable, error)))
        return FALSE;
      g_ptr_array_extend_and_steal (profiles, g_steal_pointer (&bundle));
      return TRUE;
    }

  if (length > RELAIS_PROFILE_MAX_SIZE)
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE,
                   _("“%s” is too large to be a Relais profile."), basename);
      return FALSE;
    }
  if (!(profile = relais_profile_new_read_only_from_data (data, (gssize) length, &local_error)))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "“%s”: ", basename);
      return FALSE;
    }
  g_ptr_array_add (profiles, profile);
  return TRUE;
}

static gint
compare_file_names (gconstpointer a,
                    gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* A folder's profiles, bundles and .relais files, by name; not its
 * subfolders (the backups and the deleted profiles stay out). */
static gboolean
read_input_folder (GFile         *folder,
                   GPtrArray     *profiles,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (children == NULL)
    return FALSE;
  while ((info = g_file_enumerator_next_file (children, cancellable, error)) != NULL)
    {
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR && is_input_name (g_file_info_get_name (info)))
        g_ptr_array_add (names, g_strdup (g_file_info_get_name (info)));
      g_object_unref (info);
    }
  if (error != NULL && *error != NULL)
    return FALSE;

  g_ptr_array_sort (names, compare_file_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) child = g_file_get_child (folder, names->pdata[i]);

      if (!read_input_file (child, profiles, cancellable, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * relais_profile_bundle_read_inputs:
 * @paths: profile files, `.relais` files, bundles, or folders of them
 *   (their `.json`, `.relais` and `.relais-bundle` files, not their subfolders)
 * @progress: (nullable) (scope call): called after each path
 *
 * Every profile the paths hold, each read and checked as one profile file,
 * read-only. A profile found twice (the same identifier in a folder and in
 * a bundle) is kept once, in its latest version.
 *
 * Returns: (transfer full) (element-type RelaisProfile) (nullable): the
 *   profiles; %NULL with @error naming the first path that could not be read
 */
GPtrArray *
relais_profile_bundle_read_inputs (const char * const      *paths,
                                   GCancellable            *cancellable,
                                   RelaisWorkProgressFunc   progress,
                                   gpointer                 user_data,
                                   GError                 **error)
{
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_paths;

  g_return_val_if_fail (paths != NULL, NULL);

  n_paths = g_strv_length ((char **) paths);
  for (guint i = 0; i < n_paths; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      gboolean ok;

      if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable) == G_FILE_TYPE_DIRECTORY)
        ok = read_input_folder (file, read, cancellable, error);
      else
        ok = read_input_file (file, read, cancellable, error);
      if (!ok)
        return NULL;
      if (progress != NULL)
        progress (i + 1, n_paths, paths[i], user_data);
    }

  for (guint i = 0; i < read->len; i++)
    {
      RelaisProfile *profile = read->pdata[i];
      const char *id = relais_profile_get_id (profile);
      gpointer position;

      if (!g_hash_table_lookup_extended (by_id, id, NULL, &position))
        {
          g_hash_table_insert (by_id, (gpointer) id, GUINT_TO_POINTER (profiles->len));
          g_ptr_array_add (profiles, g_object_ref (profile));
        }
      else if (g_date_time_compare (relais_profile_get_modified (profile),
                                    relais_profile_get_modified (profiles->pdata[GPOINTER_TO_UINT (position)])) > 0)
        {
          g_object_unref (profiles->pdata[GPOINTER_TO_UINT (position)]);
          profiles->pdata[GPOINTER_TO_UINT (position)] = g_object_ref (profile);
          g_hash_table_replace (by_id, (gpointer) relais_profile_get_id (profile), position);
        }
    }

  return g_steal_pointer (&profiles);
}
