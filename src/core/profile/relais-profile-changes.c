/* relais-profile-changes.c — what format 3 adds to a profile: the date of
 * each field's last change, the values a later change replaced, the versions
 * it was made from; and a profile merged with another version of its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relais-profile-merge.h"
#include "relais-profile-private.h"

/* --- Lists: history and overwritten values, the union of both ------------ */

typedef struct
{
  gint64    at;       /* microseconds since 1970, or G_MININT64 */
  char     *key;      /* the entry without "by": what identifies it */
  char     *text;     /* the whole entry */
  JsonNode *node;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->key);
  g_free (entry->text);
  json_node_unref (entry->node);
  g_free (entry);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = *(const Entry * const *) a, *y = *(const Entry * const *) b;

  if (x->at != y->at)
    return x->at < y->at ? -1 : 1;
  return strcmp (x->text, y->text);
}

static const char *
entry_time (const Entry *entry)
{
  return json_object_get_string_member_with_default (json_node_get_object (entry->node), "at", "");
}

/* Of two versions of one entry: the later, then the greater. */
static gboolean
prefer (const Entry *known,
        const Entry *other)
{
  int order = strcmp (entry_time (known), entry_time (other));

  return order != 0 ? order > 0 : strcmp (known->text, other->text) >= 0;
}

/* An entry is the same as another when they differ only by these members:
 * a change of the history named afterwards on one side; a value both sides
 * lost, dated as each had it. The greater of the two stays, whatever the
 * order of the merges. */
static void
collect_entries (GHashTable          *by_key,
                 JsonArray           *array,
                 const char * const  *ignored)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(JsonNode) without_by = json_node_copy (node);
      Entry *entry, *known;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      for (const char * const *member = ignored; *member != NULL; member++)
        json_object_remove_member (json_node_get_object (without_by), *member);
      entry = g_new0 (Entry, 1);
      entry->at = relais_profile_time_usec (json_object_get_string_member_with_default (json_node_get_object (node), "at", NULL));
      entry->key = json_to_string (without_by, FALSE);
      entry->text = json_to_string (node, FALSE);
      entry->node = json_node_copy (node);

      known = g_hash_table_lookup (by_key, entry->key);
      if (known != NULL && prefer (known, entry))
        entry_free (entry);
      else
        g_hash_table_replace (by_key, entry->key, entry);
    }
}

static gboolean
same_arrays (JsonArray *a,
             JsonArray *b)
{
  g_autoptr(JsonNode) x = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(JsonNode) y = json_node_new (JSON_NODE_ARRAY);
  g_autofree char *x_text = NULL, *y_text = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  json_node_set_array (x, a);
  json_node_set_array (y, b);
  x_text = json_to_string (x, FALSE);
  y_text = json_to_string (y, FALSE);
  return strcmp (x_text, y_text) == 0;
}

/* Both sides' entries, each once, oldest first, at most @max (the oldest go). */
JsonArray *
relais_profile_union_entries (JsonArray          *base,
                              JsonArray          *ours,
                              JsonArray          *theirs,
                              JsonArray          *more,
                              guint               max,
                              const char * const *ignored)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_free);
  g_autoptr(GPtrArray) entries = NULL;
  JsonArray *result;
  GHashTableIter iter;
  gpointer value;
  guint start;

  if (more == NULL || json_array_get_length (more) == 0)
    {
      /* One side changed nothing: the other's, as it is. */
      if (same_arrays (ours, theirs) || same_arrays (theirs, base))
        return ours != NULL ? json_array_ref (ours) : json_array_new ();
      if (same_arrays (ours, base))
        return theirs != NULL ? json_array_ref (theirs) : json_array_new ();
    }

  collect_entries (by_key, ours, ignored);
  collect_entries (by_key, theirs, ignored);
  collect_entries (by_key, more, ignored);
  entries = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, by_key);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (entries, value);
  g_ptr_array_sort (entries, compare_entries);

  result = json_array_new ();
  start = entries->len > max ? entries->len - max : 0;
  for (guint i = start; i < entries->len; i++)
    json_array_add_element (result, json_node_copy (((Entry *) g_ptr_array_index (entries, i))->node));
  return result;
}

/* --- Profiles ------------------------------------------------------------ */

static JsonObject *
document_from_data (const char *data,
                    gsize       length)
{
  /* Not immutable: the merge and the stamps change it. */
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, (gssize) length, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return json_object_ref (json_node_get_object (root));
}

/**
 * relais_profile_to_document:
 *
 * Returns: (transfer full): @profile as the document it is written as
 */
JsonObject *
relais_profile_to_document (RelaisProfile *profile)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);

  data = relais_profile_to_data (profile, &length);
  return document_from_data (data, length);
}

/* A version read from disk, checked and brought to the current format as
 * any profile is: only documents the reader accepts are merged. */
static JsonObject *
document_from_bytes (GBytes  *bytes,
                     GError **error)
{
  g_autoptr(RelaisProfile) profile = NULL;
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  if (!(profile = relais_profile_new_from_data (data != NULL ? data : "", (gssize) length, error)))
    return NULL;
  return relais_profile_to_document (profile);
}

/**
 * relais_profile_stamp_changes:
 * @base: (nullable): the version last read or written
 * @author: (nullable): the member's name
 *
 * Dates, now and by @author, the fields of @profile that differ from @base.
 */
void
relais_profile_stamp_changes (RelaisProfile *profile,
                              GBytes        *base,
                              const char    *author)
{
  g_autoptr(JsonObject) base_document = NULL;
  g_autoptr(JsonObject) document = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_if_fail (RELAIS_IS_PROFILE (profile));

  base_document = document_from_bytes (base, NULL);
  document = relais_profile_to_document (profile);
  relais_profile_merge_stamp (base_document, document, now, author);
  g_clear_pointer (&profile->changes, json_object_unref);
  profile->changes = json_object_ref (relais_profile_member_object (document, "changes"));
}

/* What was taken from the other side, in words: each part of the profile
 * once, in the order of the profile. */
static char *
summarize (RelaisProfile *profile,
           GPtrArray     *taken,
           gboolean       replaced)
{
  static const struct { const char *prefix; const char *what; } parts[] = {
    { "name", N_("its name") },
    { "kind", N_("its kind") },
    { "place", N_("where it is") },
    { "reasons/", N_("its reasons") },
    { "tools/", N_("its tools") },
    { "free_tools/", N_("the free tools already used") },
    { "checklist/", N_("the steps of the path") },
    { "own_steps/", N_("its own steps") },
    { "x/", N_("other details") },
  };
  g_autoptr(GPtrArray) said = g_ptr_array_new ();
  g_autofree char *list = NULL;

  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    for (guint i = 0; i < taken->len; i++)
      if (g_str_has_prefix (g_ptr_array_index (taken, i), parts[p].prefix))
        {
          g_ptr_array_add (said, (gpointer) _(parts[p].what));
          break;
        }
  if (said->len == 0 && !replaced)
    return NULL;
  /* Only ours kept where both changed the same thing: said too, as the
   * other computer's value now lies in the profile's "overwritten". */
  if (said->len == 0)
    return g_strdup_printf (_("“%s” was also changed on another computer. Where both changed the same thing, the later change was kept; the other is kept in the profile."),
                            relais_profile_get_name (profile));

  g_ptr_array_add (said, NULL);
  /* TRANSLATORS: the separator of a list of parts of a profile */
  list = g_strjoinv (_(", "), (char **) said->pdata);
  if (replaced)
    /* TRANSLATORS: %s is the profile's name, the second %s a list such as
     * "its tools, the steps of the path" */
    return g_strdup_printf (_("Changes made to “%s” on another computer were merged: %s. Where both changed the same thing, the later change was kept; the other is kept in the profile."),
                            relais_profile_get_name (profile), list);
  /* TRANSLATORS: %s is the profile's name, the second %s a list such as
   * "its tools, the steps of the path" */
  return g_strdup_printf (_("Changes made to “%s” on another computer were merged: %s."),
                          relais_profile_get_name (profile), list);
}

/**
 * relais_profile_merge_data:
 * @ours: the profile in memory, its changes already stamped
 * @base: (nullable): the version of its file it was read from or last wrote
 * @theirs: the version now on disk (or a sync client's conflict copy)
 * @summary: (out) (optional) (nullable): what was taken from @theirs, in words
 *
 * Returns: (transfer full) (nullable): the merged profile, or %NULL with
 *   @error set when @theirs is not a profile Relais can read
 */
RelaisProfile *
relais_profile_merge_data (RelaisProfile  *ours,
                           GBytes         *base,
                           GBytes         *theirs,
                           char          **summary,
                           GError        **error)
{
  g_autoptr(JsonObject) base_document = NULL;
  g_autoptr(JsonObject) ours_document = NULL;
  g_autoptr(JsonObject) theirs_document = NULL;
  g_autoptr(JsonObject) merged = NULL;
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GPtrArray) taken = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *data = NULL;
  RelaisProfile *result;

  g_return_val_if_fail (RELAIS_IS_PROFILE (ours), NULL);
  g_return_val_if_fail (theirs != NULL, NULL);

  if (!(theirs_document = document_from_bytes (theirs, error)))
    return NULL;
  if (!g_str_equal (json_object_get_string_member (theirs_document, "id"), relais_profile_get_id (ours)))
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_A_PROFILE,
                   _("This file is another profile than “%s”."), relais_profile_get_name (ours));
      return NULL;
    }
  /* A base Relais can no longer read: as if there were none. */
  base_document = document_from_bytes (base, NULL);
  ours_document = relais_profile_to_document (ours);

  merged = relais_profile_merge_documents (base_document, ours_document, theirs_document, taken);
  json_node_set_object (root, merged);
  data = json_to_string (root, TRUE);
  if (!(result = relais_profile_new_from_data (data, -1, error)))
    return NULL;

  /* Nothing of ours that theirs lacks: the result is theirs, ancestors
   * included, so that neither side writes it again (and again). */
  {
    gsize length;
    const char *contents = g_bytes_get_data (theirs, &length);
    g_autoptr(RelaisProfile) other = relais_profile_new_from_data (contents, (gssize) length, NULL);
    g_auto(GStrv) ours_ancestors = g_strdupv (result->ancestors);
    g_autofree char *mine = NULL, *their_data = NULL;

    relais_profile_set_ancestors (result, relais_profile_get_ancestors (other));
    mine = relais_profile_to_data (result, NULL);
    their_data = relais_profile_to_data (other, NULL);
    if (!g_str_equal (mine, their_data))
      relais_profile_set_ancestors (result, (const char * const *) ours_ancestors);
  }

  if (summary != NULL)
    {
      guint before = ours->overwritten != NULL ? json_array_get_length (ours->overwritten) : 0;
      guint after = result->overwritten != NULL ? json_array_get_length (result->overwritten) : 0;

      *summary = summarize (result, taken, after > before);
    }
  return result;
}

/* --- Reading and writing "changes" and "overwritten" --------------------- */

/* Far more than a profile's fields; a bound, as everything read. */
#define CHANGES_MAX 100000

gboolean
relais_profile_read_changes (RelaisProfile  *self,
                             JsonObject     *root,
                             GError        **error)
{
  JsonNode *node = json_object_get_member (root, "changes");
  g_autoptr(GList) members = NULL;
  JsonArray *array;

  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      JsonObject *changes;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        goto bad;
      changes = json_node_get_object (node);
      if (json_object_get_size (changes) > CHANGES_MAX)
        goto bad;
      members = json_object_get_members (changes);
      for (const GList *l = members; l != NULL; l = l->next)
        {
          JsonObject *change = relais_profile_member_object (changes, l->data);
          JsonNode *at = change != NULL ? json_object_get_member (change, "at") : NULL;
          JsonNode *by = change != NULL ? json_object_get_member (change, "by") : NULL;

          if (at == NULL || !JSON_NODE_HOLDS_VALUE (at) || json_node_get_value_type (at) != G_TYPE_STRING ||
              relais_profile_time_usec (json_node_get_string (at)) == G_MININT64 ||
              (by != NULL && (!JSON_NODE_HOLDS_VALUE (by) || json_node_get_value_type (by) != G_TYPE_STRING)))
            goto bad;
        }
      g_clear_pointer (&self->changes, json_object_unref);
      self->changes = json_object_ref (changes);
    }

  node = json_object_get_member (root, "ancestors");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      g_autoptr(GStrvBuilder) ancestors = g_strv_builder_new ();

      if (!JSON_NODE_HOLDS_ARRAY (node))
        goto bad;
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          const char *hash;

          if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING ||
              strlen (hash = json_node_get_string (element)) != 64 || strspn (hash, "0123456789abcdef") != 64)
            goto bad;
          if (i < RELAIS_PROFILE_ANCESTORS_MAX)
            g_strv_builder_add (ancestors, hash);
        }
      g_clear_pointer (&self->ancestors, g_strfreev);
      self->ancestors = g_strv_builder_end (ancestors);
    }

  node = json_object_get_member (root, "overwritten");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_ARRAY (node))
        goto bad;
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          JsonNode *field;

          if (!JSON_NODE_HOLDS_OBJECT (element) ||
              !(field = json_object_get_member (json_node_get_object (element), "field")) ||
              !JSON_NODE_HOLDS_VALUE (field) || json_node_get_value_type (field) != G_TYPE_STRING)
            goto bad;
        }
      g_clear_pointer (&self->overwritten, json_array_unref);
      /* The newest RELAIS_PROFILE_OVERWRITTEN_MAX, as the merge keeps them. */
      self->overwritten = json_array_new ();
      for (guint i = json_array_get_length (array) > RELAIS_PROFILE_OVERWRITTEN_MAX ? json_array_get_length (array) - RELAIS_PROFILE_OVERWRITTEN_MAX : 0;
           i < json_array_get_length (array); i++)
        json_array_add_element (self->overwritten, json_node_copy (json_array_get_element (array, i)));
    }

  return TRUE;

bad:
  g_set_error_literal (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_WRONG_TYPE,
                       _("The dates of the profile’s changes are not valid."));
  return FALSE;
}

void
relais_profile_write_changes (RelaisProfile *self,
                              JsonBuilder   *builder)
{
  g_autoptr(JsonNode) changes = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (changes, self->changes != NULL ? json_object_ref (self->changes) : json_object_new ());
  json_builder_set_member_name (builder, "changes");
  json_builder_add_value (builder, json_node_copy (changes));
  if (self->ancestors != NULL && self->ancestors[0] != NULL)
    {
      json_builder_set_member_name (builder, "ancestors");
      json_builder_begin_array (builder);
      for (guint i = 0; self->ancestors[i] != NULL; i++)
        json_builder_add_string_value (builder, self->ancestors[i]);
      json_builder_end_array (builder);
    }
  if (self->overwritten != NULL && json_array_get_length (self->overwritten) > 0)
    {
      g_autoptr(JsonNode) overwritten = json_node_new (JSON_NODE_ARRAY);

      json_node_set_array (overwritten, self->overwritten);
      json_builder_set_member_name (builder, "overwritten");
      json_builder_add_value (builder, json_node_copy (overwritten));
    }
}

/* --- Ancestors ----------------------------------------------------------- */

const char * const *
relais_profile_get_ancestors (RelaisProfile *profile)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);

  return profile->ancestors != NULL ? (const char * const *) profile->ancestors : none;
}

void
relais_profile_set_ancestors (RelaisProfile      *profile,
                              const char * const *ancestors)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_if_fail (RELAIS_IS_PROFILE (profile));

  for (guint i = 0; ancestors != NULL && ancestors[i] != NULL && i < RELAIS_PROFILE_ANCESTORS_MAX; i++)
    g_strv_builder_add (builder, ancestors[i]);
  g_clear_pointer (&profile->ancestors, g_strfreev);
  profile->ancestors = g_strv_builder_end (builder);
}

/**
 * relais_profile_data_get_ancestors:
 *
 * Returns: (transfer full) (nullable): the ancestors a version of a profile
 *   names, latest first, or %NULL when it is not a profile
 */
char **
relais_profile_data_get_ancestors (GBytes *data)
{
  g_autoptr(RelaisProfile) profile = NULL;
  const char *contents;
  gsize length;

  g_return_val_if_fail (data != NULL, NULL);

  contents = g_bytes_get_data (data, &length);
  profile = relais_profile_new_from_data (contents != NULL ? contents : "", (gssize) length, NULL);
  return profile != NULL ? g_strdupv ((char **) relais_profile_get_ancestors (profile)) : NULL;
}
