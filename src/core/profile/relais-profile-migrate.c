/* relais-profile-migrate.c — documents of older format versions brought to
 * the current one, step by step, before they are read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-profile-private.h"

/* Version 2 keeps where the profile is in one object, "place", which gained
 * the commune (help nearby is ranked from it). A version 1 document had the
 * département and the postcode at the top. The commune stays empty: a
 * postcode often covers several communes, and the user picks theirs in Help
 * Nearby. */
static gboolean
migrate_1_to_2 (JsonObject  *document,
                GError     **error)
{
  g_autoptr(JsonObject) place = json_object_new ();
  static const char * const moved[] = { "departement", "postcode" };

  for (guint i = 0; i < G_N_ELEMENTS (moved); i++)
    {
      JsonNode *node = json_object_get_member (document, moved[i]);

      if (node == NULL)
        continue;
      json_object_set_member (place, moved[i], json_node_copy (node));
      json_object_remove_member (document, moved[i]);
    }

  if (!json_object_has_member (place, "departement"))
    {
      g_set_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_MISSING_FIELD,
                   _("The field “%s” is missing."), "departement");
      return FALSE;
    }

  json_object_set_string_member (place, "commune", "");
  /* A version 1 document never had "place" of its own: anything by that
   * name came from elsewhere and gives way. */
  json_object_set_object_member (document, "place", g_steal_pointer (&place));
  return TRUE;
}

/* Version 3 dates the changes of each field, so that two computers' versions
 * can be merged (relais-profile-merge.c). A version 2 document has no dates:
 * its fields count as older than any change made since. */
static gboolean
migrate_2_to_3 (JsonObject  *document,
                GError     **error)
{
  json_object_set_object_member (document, "changes", json_object_new ());
  return TRUE;
}

typedef gboolean (*Migration) (JsonObject  *document,
                               GError     **error);

/* migrations[v - 1] turns version v into version v + 1. */
static const Migration migrations[] = {
  migrate_1_to_2,
  migrate_2_to_3,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == RELAIS_PROFILE_FORMAT_VERSION - 1);

/**
 * relais_profile_migrate:
 * @document: a document of format @version (not changed: it may be sealed)
 * @version: from 1 to the current version, excluded
 *
 * Returns: (transfer full) (nullable): a copy of @document in the current
 *   format, or %NULL with @error set
 */
JsonObject *
relais_profile_migrate (JsonObject  *document,
                        gint64       version,
                        GError     **error)
{
  g_autoptr(JsonObject) copy = json_object_new ();
  g_autoptr(GList) members = NULL;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (version >= 1 && version < RELAIS_PROFILE_FORMAT_VERSION, NULL);

  /* In the document's order, so that unknown members keep theirs. */
  members = json_object_get_members (document);
  for (const GList *l = members; l != NULL; l = l->next)
    json_object_set_member (copy, l->data, json_node_copy (json_object_get_member (document, l->data)));

  for (gint64 step = version; step < RELAIS_PROFILE_FORMAT_VERSION; step++)
    {
      if (!migrations[step - 1] (copy, error))
        return NULL;
      json_object_set_int_member (copy, "version", step + 1);
    }

  return g_steal_pointer (&copy);
}
