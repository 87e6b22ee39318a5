/* relais-profile-merge.c — two versions of a profile merged, field by field,
 * against the version both started from (docs/profile-format.md, "Merging")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relais-profile-merge.h"
#include "relais-profile-private.h"

/* Members merged otherwise than as one field each. */
static const char * const structural[] = {
  "format", "version", "id", "created", "modified", "history", "overwritten", "changes", "ancestors",
  "reasons", "tools", "free_tools", "checklist", "own_steps", NULL,
};

/* --- A document as fields ------------------------------------------------ */

/* Each field a key ("name", "reasons/values", "tools/ID" for the tool itself,
 * "tools/ID/status", "checklist/ITEM/note", "own_steps/ID", "free_tools/ID",
 * "x/MEMBER" for a member this version does not know) and its value as
 * compact JSON text: two fields are equal when their texts are. */
typedef GHashTable Fields;

static char *
node_text (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

static void
add_field (Fields     *fields,
           char       *key,
           JsonNode   *node)
{
  g_hash_table_replace (fields, key, node_text (node));
}

static void
flatten_members (Fields     *fields,
                 const char *prefix,
                 JsonObject *object,
                 gboolean    tool)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    if (!tool || (!g_str_equal (l->data, "tool") && !g_str_equal (l->data, "added")))
      add_field (fields, g_strdup_printf ("%s/%s", prefix, (const char *) l->data),
                 json_object_get_member (object, l->data));
}

JsonObject *
relais_profile_member_object (JsonObject *object,
                              const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static Fields *
flatten (JsonObject *document)
{
  Fields *fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  JsonArray *array;

  if (document == NULL)
    return fields;

  members = json_object_get_members (document);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *member = l->data;

      if (g_strv_contains (structural, member))
        continue;
      /* The profile's own fields keep their names; others are apart. */
      if (g_str_equal (member, "name") || g_str_equal (member, "kind") || g_str_equal (member, "place"))
        add_field (fields, g_strdup (member), json_object_get_member (document, member));
      else
        add_field (fields, g_strconcat ("x/", member, NULL), json_object_get_member (document, member));
    }

  if ((object = relais_profile_member_object (document, "reasons")))
    flatten_members (fields, "reasons", object, FALSE);

  if ((array = get_array (document, "tools")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *tool = json_array_get_object_element (array, i);
        const char *id = json_object_get_string_member_with_default (tool, "tool", "");
        g_autofree char *prefix = g_strconcat ("tools/", id, NULL);
        JsonNode *added = json_object_get_member (tool, "added");

        if (added != NULL)
          add_field (fields, g_strdup (prefix), added);
        flatten_members (fields, prefix, tool, TRUE);
      }

  if ((array = get_array (document, "free_tools")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      g_hash_table_replace (fields, g_strconcat ("free_tools/", json_array_get_string_element (array, i), NULL),
                            g_strdup ("true"));

  if ((object = relais_profile_member_object (document, "checklist")))
    {
      g_autoptr(GList) items = json_object_get_members (object);

      for (const GList *l = items; l != NULL; l = l->next)
        {
          g_autofree char *prefix = g_strconcat ("checklist/", (const char *) l->data, NULL);

          flatten_members (fields, prefix, json_object_get_object_member (object, l->data), FALSE);
        }
    }

  if ((array = get_array (document, "own_steps")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *step = json_array_get_object_element (array, i);
        g_autoptr(JsonObject) rest = json_object_new ();
        g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
        g_autoptr(GList) step_members = json_object_get_members (step);

        for (const GList *l = step_members; l != NULL; l = l->next)
          if (!g_str_equal (l->data, "id"))
            json_object_set_member (rest, l->data, json_node_copy (json_object_get_member (step, l->data)));
        json_node_set_object (node, rest);
        add_field (fields, g_strconcat ("own_steps/", json_object_get_string_member_with_default (step, "id", ""), NULL), node);
      }

  return fields;
}

static GPtrArray *list_ids (JsonObject *document,
                            const char *list);

/* --- Change times -------------------------------------------------------- */

/* A field's last change: "at" in UTC with microseconds, always as wide, so
 * that two are compared as text; "by" the member's name, when known. A
 * field never stamped (a document of format 2) is older than any other. */
typedef struct
{
  const char *at;
  const char *by;
} Stamp;

static Stamp
stamp_of (JsonObject *document,
          const char *key)
{
  JsonObject *changes = document != NULL ? relais_profile_member_object (document, "changes") : NULL;
  JsonObject *change = changes != NULL ? relais_profile_member_object (changes, key) : NULL;
  Stamp stamp = { "", NULL };

  if (change != NULL)
    {
      stamp.at = json_object_get_string_member_with_default (change, "at", "");
      stamp.by = json_object_get_string_member_with_default (change, "by", NULL);
    }
  return stamp;
}

/* Later first by time, then by author: the same on every computer. */
static int
compare_stamps (Stamp a,
                Stamp b)
{
  int result = strcmp (a.at, b.at);

  return result != 0 ? result : g_strcmp0 (a.by, b.by);
}

static char *
format_stamp_time (GDateTime *at)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (at);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.%fZ");
}

static JsonNode *
stamp_node (const char *at,
            const char *by)
{
  g_autoptr(JsonObject) object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_string_member (object, "at", at);
  if (by != NULL)
    json_object_set_string_member (object, "by", by);
  json_node_set_object (node, object);
  return node;
}

static JsonObject *
ensure_changes (JsonObject *document)
{
  JsonObject *changes = relais_profile_member_object (document, "changes");

  if (changes == NULL)
    {
      changes = json_object_new ();
      json_object_set_object_member (document, "changes", changes);
    }
  return changes;
}

/* A value that came with a date of its own (merged in from another
 * computer) is not a change made here: only a field still dated as in the
 * base is. */
static gboolean
same_stamp (JsonObject *base,
            JsonObject *document,
            const char *key)
{
  Stamp a = stamp_of (base, key), b = stamp_of (document, key);

  return compare_stamps (a, b) == 0;
}

/**
 * relais_profile_merge_stamp:
 * @base: (nullable): the version @document was made from
 * @document: the new version, whose "changes" are brought up to date
 * @at: when its changes were made
 * @author: (nullable): by whom
 *
 * Dates each field of @document that differs from @base; a field gone loses
 * its date. A field with no date and no base (a new profile) gets @at.
 */
void
relais_profile_merge_stamp (JsonObject *base,
                            JsonObject *document,
                            GDateTime  *at,
                            const char *author)
{
  g_autoptr(GHashTable) before = flatten (base);
  g_autoptr(GHashTable) now = flatten (document);
  g_autofree char *when = NULL;
  g_autoptr(GList) stamped = NULL;
  JsonObject *changes;
  GHashTableIter iter;
  gpointer key, text;

  g_return_if_fail (document != NULL);
  g_return_if_fail (at != NULL);

  when = format_stamp_time (at);
  changes = ensure_changes (document);

  g_hash_table_iter_init (&iter, now);
  while (g_hash_table_iter_next (&iter, &key, &text))
    {
      const char *was = g_hash_table_lookup (before, key);

      if (base != NULL ? g_strcmp0 (was, text) != 0 && same_stamp (base, document, key)
                       : !json_object_has_member (changes, key))
        json_object_set_member (changes, key, stamp_node (when, author));
    }

  /* Items added to a list since the base are dated a microsecond apart, in
   * the list's order: a merge orders new items by date, and keeps theirs. */
  for (const char * const *list = (const char * const[]) { "free_tools", "own_steps", NULL }; *list != NULL; list++)
    {
      g_autoptr(GPtrArray) ids = list_ids (document, *list);
      guint added = 0;

      for (guint i = 0; i < ids->len; i++)
        {
          g_autofree char *field = g_strconcat (*list, "/", (const char *) g_ptr_array_index (ids, i), NULL);
          g_autoptr(GDateTime) later = NULL;
          g_autofree char *later_text = NULL;

          /* Only those stamped just now: others came dated. */
          if (g_hash_table_contains (before, field) || !json_object_has_member (changes, field) ||
              strcmp (json_object_get_string_member (relais_profile_member_object (changes, field), "at"), when) != 0)
            continue;
          later = g_date_time_add (at, added++);
          later_text = format_stamp_time (later);
          json_object_set_member (changes, field, stamp_node (later_text, author));
        }
    }

  /* Only fields that are there keep a date: the file stays bounded. */
  stamped = json_object_get_members (changes);
  for (const GList *l = stamped; l != NULL; l = l->next)
    if (!g_hash_table_contains (now, l->data))
      json_object_remove_member (changes, l->data);
}

/* --- Merging ------------------------------------------------------------- */

typedef struct
{
  JsonObject *base, *ours, *theirs;
  Fields     *b, *o, *t;
  Fields     *result;        /* key → text */
  JsonObject *changes;       /* key → stamp of the value kept */
  JsonArray  *lost;          /* values a later change replaced */
  GPtrArray  *taken;         /* keys whose value came from theirs */
} Merge;

/* A tool removed on one side and changed on the other is kept: the side
 * that removed it is read as if it had left it as it was. */
static void
keep_edited_tools (Merge *merge)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, merge->b);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_prefix (key, "tools/") && strchr ((const char *) key + strlen ("tools/"), '/') == NULL)
      g_ptr_array_add (ids, g_strdup (key));

  for (guint i = 0; i < ids->len; i++)
    {
      const char *tool = g_ptr_array_index (ids, i);
      gboolean in_o = g_hash_table_contains (merge->o, tool);
      gboolean in_t = g_hash_table_contains (merge->t, tool);
      Fields *removed = in_o ? merge->t : merge->o;
      Fields *kept = in_o ? merge->o : merge->t;
      g_autofree char *prefix = g_strconcat (tool, "/", NULL);
      gboolean edited = FALSE;

      if (in_o == in_t)
        continue;

      g_hash_table_iter_init (&iter, merge->b);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (g_str_has_prefix (key, prefix) || g_str_equal (key, tool))
          edited |= g_strcmp0 (g_hash_table_lookup (kept, key), g_hash_table_lookup (merge->b, key)) != 0;
      g_hash_table_iter_init (&iter, kept);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (g_str_has_prefix (key, prefix))
          edited |= !g_hash_table_contains (merge->b, key);
      if (!edited)
        continue;

      g_hash_table_iter_init (&iter, merge->b);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (g_str_has_prefix (key, prefix) || g_str_equal (key, tool))
          g_hash_table_replace (removed, g_strdup (key), g_strdup (g_hash_table_lookup (merge->b, key)));
    }
}

static void
keep_stamp (Merge      *merge,
            const char *key,
            Stamp       stamp)
{
  if (stamp.at[0] != '\0')
    json_object_set_member (merge->changes, key, stamp_node (stamp.at, stamp.by));
}

static void
record_lost (Merge      *merge,
             const char *key,
             const char *text,
             Stamp       stamp)
{
  g_autoptr(JsonObject) entry = json_object_new ();

  json_object_set_string_member (entry, "field", key);
  json_object_set_member (entry, "value", json_from_string (text, NULL));
  if (stamp.at[0] != '\0')
    json_object_set_string_member (entry, "at", stamp.at);
  if (stamp.by != NULL)
    json_object_set_string_member (entry, "by", stamp.by);
  json_array_add_object_element (merge->lost, g_steal_pointer (&entry));
}

static void
merge_field (Merge      *merge,
             const char *key)
{
  const char *b = g_hash_table_lookup (merge->b, key);
  const char *o = g_hash_table_lookup (merge->o, key);
  const char *t = g_hash_table_lookup (merge->t, key);
  Stamp so = stamp_of (merge->ours, key), st = stamp_of (merge->theirs, key);
  const char *kept;
  gboolean from_theirs;

  if (g_strcmp0 (o, t) == 0)
    {
      kept = o;
      from_theirs = FALSE;
      keep_stamp (merge, key, compare_stamps (so, st) >= 0 ? so : st);
    }
  else if (g_strcmp0 (o, b) == 0 || g_strcmp0 (t, b) == 0)
    {
      /* One side changed it: that change is taken. */
      from_theirs = g_strcmp0 (o, b) == 0;
      kept = from_theirs ? t : o;
      keep_stamp (merge, key, from_theirs ? st : so);
    }
  else
    {
      int order = compare_stamps (so, st);

      /* Both changed it: a value beats a removal (nothing edited is lost),
       * else the later change wins, then the author, then the value, so
       * that every computer keeps the same; the other goes to
       * "overwritten". */
      if (o == NULL || t == NULL)
        from_theirs = o == NULL;
      else
        from_theirs = order < 0 || (order == 0 && strcmp (t, o) > 0);
      kept = from_theirs ? t : o;
      keep_stamp (merge, key, from_theirs ? st : so);
      if (o != NULL && t != NULL)
        record_lost (merge, key, from_theirs ? o : t, from_theirs ? so : st);
    }

  if (kept != NULL)
    g_hash_table_replace (merge->result, g_strdup (key), g_strdup (kept));
  if (from_theirs && merge->taken != NULL)
    g_ptr_array_add (merge->taken, g_strdup (key));
}

/* Microseconds since 1970, or G_MININT64 when @text is not a date. */
gint64
relais_profile_time_usec (const char *text)
{
  g_autoptr(GDateTime) date_time = text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;

  return date_time != NULL ? g_date_time_to_unix (date_time) * G_USEC_PER_SEC + g_date_time_get_microsecond (date_time)
                           : G_MININT64;
}

/* --- The merged document ------------------------------------------------- */

static int
compare_string_pointers (gconstpointer a,
                         gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}


/* The ids of the items a list holds, in its order. */
static GPtrArray *
list_ids (JsonObject *document,
          const char *list)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  JsonArray *array = document != NULL ? get_array (document, list) : NULL;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (element))
        g_ptr_array_add (ids, g_strdup (json_object_get_string_member_with_default (json_node_get_object (element),
                                                                                   g_str_equal (list, "tools") ? "tool" : "id", "")));
      else
        g_ptr_array_add (ids, g_strdup (json_node_get_string (element)));
    }
  return ids;
}

typedef struct
{
  char   *id;
  gint64  order;
} Ordered;

static int
compare_ordered (gconstpointer a,
                 gconstpointer b)
{
  const Ordered *x = a, *y = b;

  if (x->order != y->order)
    return x->order < y->order ? -1 : 1;
  return strcmp (x->id, y->id);
}

/* The merged list's order: the base's for the items it had, then the new
 * ones by when each came (a tool's "added", an item's first date), then by
 * id — the same whatever the order of the merges. */
static GPtrArray *
merged_order (Merge      *merge,
              const char *list)
{
  g_autofree char *prefix = g_strconcat (list, "/", NULL);
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) base = list_ids (merge->base, list);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Ordered));
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key, text;

  g_hash_table_iter_init (&iter, merge->result);
  while (g_hash_table_iter_next (&iter, &key, &text))
    {
      const char *id = (const char *) key + strlen (prefix);

      if (g_str_has_prefix (key, prefix) && strchr (id, '/') == NULL)
        g_hash_table_add (set, g_strdup (id));
    }

  for (guint i = 0; i < base->len; i++)
    if (g_hash_table_remove (set, g_ptr_array_index (base, i)))
      g_ptr_array_add (ids, g_strdup (g_ptr_array_index (base, i)));

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *field = g_strconcat (prefix, (const char *) key, NULL);
      Ordered item = { key, G_MININT64 };

      if (g_str_equal (list, "tools"))
        {
          g_autoptr(JsonNode) added = json_from_string (g_hash_table_lookup (merge->result, field), NULL);

          item.order = relais_profile_time_usec (added != NULL && JSON_NODE_HOLDS_VALUE (added) ? json_node_get_string (added) : NULL);
        }
      else
        {
          JsonObject *change = relais_profile_member_object (merge->changes, field);

          item.order = relais_profile_time_usec (change != NULL ? json_object_get_string_member_with_default (change, "at", NULL) : NULL);
        }
      g_array_append_val (items, item);
    }
  g_array_sort (items, compare_ordered);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (ids, g_strdup (g_array_index (items, Ordered, i).id));
  return ids;
}

static JsonNode *
result_node (Merge      *merge,
             const char *key)
{
  const char *text = g_hash_table_lookup (merge->result, key);

  return text != NULL ? json_from_string (text, NULL) : NULL;
}

/* The members of the fields under @prefix ("tools/ID/"), by name. */
static void
set_members_under (Merge      *merge,
                   JsonObject *object,
                   const char *prefix)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, merge->result);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_prefix (key, prefix) && strchr ((const char *) key + strlen (prefix), '/') == NULL)
      g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_string_pointers);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *member = (const char *) g_ptr_array_index (keys, i) + strlen (prefix);

      json_object_set_member (object, member, result_node (merge, g_ptr_array_index (keys, i)));
    }
}

static void
build_lists (Merge      *merge,
             JsonObject *document)
{
  g_autoptr(GPtrArray) tools = merged_order (merge, "tools");
  g_autoptr(GPtrArray) free_tools = merged_order (merge, "free_tools");
  g_autoptr(GPtrArray) own_steps = merged_order (merge, "own_steps");
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  JsonArray *array;
  JsonObject *checklist;
  GHashTableIter iter;
  gpointer key;

  array = json_array_new ();
  for (guint i = 0; i < tools->len; i++)
    {
      const char *id = g_ptr_array_index (tools, i);
      g_autofree char *existence = g_strconcat ("tools/", id, NULL);
      g_autofree char *prefix = g_strconcat (existence, "/", NULL);
      JsonObject *tool = json_object_new ();

      json_object_set_string_member (tool, "tool", id);
      json_object_set_member (tool, "added", result_node (merge, existence));
      set_members_under (merge, tool, prefix);
      json_array_add_object_element (array, tool);
    }
  json_object_set_array_member (document, "tools", array);

  array = json_array_new ();
  for (guint i = 0; i < free_tools->len; i++)
    json_array_add_string_element (array, g_ptr_array_index (free_tools, i));
  json_object_set_array_member (document, "free_tools", array);

  array = json_array_new ();
  for (guint i = 0; i < own_steps->len; i++)
    {
      g_autofree char *step_key = g_strconcat ("own_steps/", (const char *) g_ptr_array_index (own_steps, i), NULL);
      g_autoptr(JsonNode) value = result_node (merge, step_key);
      JsonObject *step = json_object_new ();
      g_autoptr(GList) members = json_object_get_members (json_node_get_object (value));

      json_object_set_string_member (step, "id", g_ptr_array_index (own_steps, i));
      for (const GList *l = members; l != NULL; l = l->next)
        json_object_set_member (step, l->data, json_node_copy (json_object_get_member (json_node_get_object (value), l->data)));
      json_array_add_object_element (array, step);
    }
  json_object_set_array_member (document, "own_steps", array);

  /* The checklist's items, each with what its fields say; a state or note
   * alone is completed as the reader expects. */
  checklist = json_object_new ();
  g_hash_table_iter_init (&iter, merge->result);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_prefix (key, "checklist/"))
      {
        const char *item = (const char *) key + strlen ("checklist/");
        const char *slash = strrchr (item, '/');
        g_autofree char *id = g_strndup (item, slash - item);

        if (!json_object_has_member (checklist, id))
          {
            g_autofree char *prefix = g_strconcat ("checklist/", id, "/", NULL);
            JsonObject *entry = json_object_new ();

            set_members_under (merge, entry, prefix);
            if (!json_object_has_member (entry, "state"))
              json_object_set_string_member (entry, "state", "todo");
            if (!json_object_has_member (entry, "note"))
              json_object_set_string_member (entry, "note", "");
            json_object_set_object_member (checklist, id, entry);
          }
      }
  json_object_set_object_member (document, "checklist", checklist);

  g_hash_table_iter_init (&iter, merge->result);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_prefix (key, "reasons/"))
      {
        if (!json_object_has_member (document, "reasons"))
          json_object_set_object_member (document, "reasons", json_object_new ());
        json_object_set_member (relais_profile_member_object (document, "reasons"), (const char *) key + strlen ("reasons/"),
                                result_node (merge, key));
      }
}

/* A value lost once and then set again is not lost: whether it was
 * recorded depends on the order of the merges, so it goes. */
static JsonArray *
without_kept (Merge     *merge,
              JsonArray *overwritten)
{
  JsonArray *lost = json_array_new ();

  for (guint i = 0; i < json_array_get_length (overwritten); i++)
    {
      JsonObject *entry = json_array_get_object_element (overwritten, i);
      const char *kept = g_hash_table_lookup (merge->result, json_object_get_string_member (entry, "field"));
      g_autofree char *value = node_text (json_object_get_member (entry, "value"));

      if (g_strcmp0 (kept, value) != 0)
        json_array_add_element (lost, json_node_copy (json_array_get_element (overwritten, i)));
    }
  json_array_unref (overwritten);
  return lost;
}

static const char *
time_member (JsonObject *document,
             const char *member)
{
  return json_object_get_string_member_with_default (document, member, NULL);
}

/**
 * relais_profile_merge_documents:
 * @base: (nullable): the version both started from
 * @ours: one version of the document (format 3, as written)
 * @theirs: another version of the same document
 * @taken: (nullable) (element-type utf8): gets the keys of the fields whose
 *   value came from @theirs
 *
 * The three-way merge, field by field: a field changed on one side only
 * takes that change; changed on both, the later change wins (then the
 * author, then the value: the same on every computer) and the other value
 * goes to "overwritten"; a value wins over a removal; a tool removed on one
 * side and changed on the other is kept; the history and "overwritten" are
 * the union of both. Commutative, associative and idempotent on documents
 * made from one another.
 *
 * Returns: (transfer full): the merged document
 */
JsonObject *
relais_profile_merge_documents (JsonObject *base,
                                JsonObject *ours,
                                JsonObject *theirs,
                                GPtrArray  *taken)
{
  Merge merge = { .base = base, .ours = ours, .theirs = theirs, .taken = taken };
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(JsonArray) history = NULL;
  g_autoptr(JsonArray) overwritten = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *document;
  GHashTableIter iter;
  gpointer key;
  gint64 ours_time, theirs_time;

  g_return_val_if_fail (ours != NULL && theirs != NULL, NULL);

  merge.b = flatten (base);
  merge.o = flatten (ours);
  merge.t = flatten (theirs);
  merge.result = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  merge.changes = json_object_new ();
  merge.lost = json_array_new ();
  keep_edited_tools (&merge);

  for (Fields **fields = (Fields *[]) { merge.b, merge.o, merge.t, NULL }; *fields != NULL; fields++)
    {
      g_hash_table_iter_init (&iter, *fields);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (keys, key);
    }
  g_hash_table_iter_init (&iter, keys);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (sorted, key);
  /* In order, so that the keys taken and the values lost come in order. */
  g_ptr_array_sort (sorted, compare_string_pointers);
  for (guint i = 0; i < sorted->len; i++)
    merge_field (&merge, g_ptr_array_index (sorted, i));

  document = json_object_new ();
  json_object_set_string_member (document, "format", RELAIS_PROFILE_FORMAT);
  json_object_set_int_member (document, "version", RELAIS_PROFILE_FORMAT_VERSION);
  json_object_set_string_member (document, "id", json_object_get_string_member (ours, "id"));
  for (const char * const *member = (const char * const[]) { "name", "kind", "place", NULL }; *member != NULL; member++)
    {
      JsonNode *node = result_node (&merge, *member);

      if (node != NULL)
        json_object_set_member (document, *member, node);
    }
  build_lists (&merge, document);

  history = relais_profile_union_entries (base != NULL ? get_array (base, "history") : NULL, get_array (ours, "history"),
                      get_array (theirs, "history"), NULL, RELAIS_PROFILE_HISTORY_MAX,
                      (const char * const[]) { "by", NULL });
  json_object_set_array_member (document, "history", g_steal_pointer (&history));
  overwritten = relais_profile_union_entries (base != NULL ? get_array (base, "overwritten") : NULL, get_array (ours, "overwritten"),
                          get_array (theirs, "overwritten"), merge.lost, RELAIS_PROFILE_OVERWRITTEN_MAX,
                          (const char * const[]) { "at", "by", NULL });
  overwritten = without_kept (&merge, overwritten);
  if (json_array_get_length (overwritten) > 0)
    json_object_set_array_member (document, "overwritten", g_steal_pointer (&overwritten));
  json_object_set_object_member (document, "changes", json_object_ref (merge.changes));
  /* Ours: the store adds the version it replaces when it writes. */
  if (json_object_has_member (ours, "ancestors"))
    json_object_set_member (document, "ancestors", json_node_copy (json_object_get_member (ours, "ancestors")));

  /* Created: the earlier; modified: the later. */
  ours_time = relais_profile_time_usec (time_member (ours, "created"));
  theirs_time = relais_profile_time_usec (time_member (theirs, "created"));
  json_object_set_string_member (document, "created", time_member (theirs_time < ours_time ? theirs : ours, "created"));
  ours_time = relais_profile_time_usec (time_member (ours, "modified"));
  theirs_time = relais_profile_time_usec (time_member (theirs, "modified"));
  json_object_set_string_member (document, "modified", time_member (theirs_time > ours_time ? theirs : ours, "modified"));

  /* Members this version does not know, after ours. */
  members = g_hash_table_get_keys (merge.result);
  members = g_list_sort (members, (GCompareFunc) g_strcmp0);
  for (const GList *l = members; l != NULL; l = l->next)
    if (g_str_has_prefix (l->data, "x/"))
      json_object_set_member (document, (const char *) l->data + 2, result_node (&merge, l->data));

  g_hash_table_unref (merge.b);
  g_hash_table_unref (merge.o);
  g_hash_table_unref (merge.t);
  g_hash_table_unref (merge.result);
  json_object_unref (merge.changes);
  json_array_unref (merge.lost);

  return document;
}

