/* test-profile-merge.c — the three-way merge of two versions of a profile:
 * its rules one by one, then random edits on three copies merged in every
 * order (RELAIS_MERGE_SEED adds a seed to the fixed ones)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "relais-profile.h"
#include "relais-profile-merge.h"
#include "relais-profile-tool.h"

static const char * const tool_ids[] = { "microsoft-word", "microsoft-excel", "google-drive", "doodle", "zoom" };
static const char * const items[] = { "understand.weigh", "stock.list", "choose.compare", "try.pilot" };
static const char * const free_ids[] = { "nextcloud", "thunderbird", "libreoffice-writer" };

static RelaisProfile *
make_base (void)
{
  RelaisProfile *profile = relais_profile_new ("Les Jardins partagés");

  for (guint i = 0; i < 4; i++)
    relais_profile_add_tool (profile, tool_ids[i]);
  relais_profile_set_item_state (profile, items[0], RELAIS_ITEM_DONE);
  return profile;
}

static RelaisProfile *
copy_of (RelaisProfile *profile)
{
  g_autofree char *data = relais_profile_to_data (profile, NULL);
  g_autoptr(GError) error = NULL;
  RelaisProfile *copy = relais_profile_new_from_data (data, -1, &error);

  g_assert_no_error (error);
  return copy;
}

static JsonObject *
stamped_document (RelaisProfile *base,
                  RelaisProfile *profile,
                  const char    *author)
{
  g_autoptr(JsonObject) base_document = relais_profile_to_document (base);
  JsonObject *document = relais_profile_to_document (profile);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  relais_profile_merge_stamp (base_document, document, now, author);
  return document;
}

/* A merged document, as the profile writes it: what is compared. */
static char *
written (JsonObject *document)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *data = NULL;
  g_autoptr(RelaisProfile) profile = NULL;
  g_autoptr(GError) error = NULL;

  json_node_set_object (root, document);
  data = json_to_string (root, TRUE);
  profile = relais_profile_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  return relais_profile_to_data (profile, NULL);
}

static RelaisProfile *
profile_of (JsonObject *document)
{
  g_autofree char *data = written (document);

  return relais_profile_new_from_data (data, -1, NULL);
}

static gboolean
overwritten_holds (JsonObject *document,
                   const char *field,
                   const char *value_text)
{
  JsonArray *overwritten = json_object_has_member (document, "overwritten")
                           ? json_object_get_array_member (document, "overwritten") : NULL;

  for (guint i = 0; overwritten != NULL && i < json_array_get_length (overwritten); i++)
    {
      JsonObject *entry = json_array_get_object_element (overwritten, i);
      g_autofree char *text = json_to_string (json_object_get_member (entry, "value"), FALSE);

      if (g_str_equal (json_object_get_string_member (entry, "field"), field) && g_str_equal (text, value_text))
        return TRUE;
    }
  return FALSE;
}

static void
test_one_side_taken (void)
{
  g_autoptr(RelaisProfile) base = make_base ();
  g_autoptr(RelaisProfile) ours = copy_of (base);
  g_autoptr(RelaisProfile) theirs = copy_of (base);
  g_autoptr(JsonObject) base_document = relais_profile_to_document (base);
  g_autoptr(JsonObject) o = NULL, t = NULL, merged = NULL;
  g_autoptr(RelaisProfile) result = NULL;
  g_autoptr(GPtrArray) taken = g_ptr_array_new_with_free_func (g_free);

  relais_profile_tool_set_status (relais_profile_find_tool (ours, "doodle", NULL), RELAIS_TOOL_STATUS_TRYING);
  relais_profile_set_name (theirs, "Jardins du Bessin");
  relais_profile_set_item_note (theirs, items[1], "Fait à la réunion");
  relais_profile_set_free_tool_used (theirs, "nextcloud", TRUE);

  o = stamped_document (base, ours, "Camille");
  t = stamped_document (base, theirs, "Dominique");
  merged = relais_profile_merge_documents (base_document, o, t, taken);
  result = profile_of (merged);

  g_assert_cmpstr (relais_profile_get_name (result), ==, "Jardins du Bessin");
  g_assert_cmpint (relais_profile_tool_get_status (relais_profile_find_tool (result, "doodle", NULL)), ==, RELAIS_TOOL_STATUS_TRYING);
  g_assert_cmpstr (relais_profile_get_item_note (result, items[1]), ==, "Fait à la réunion");
  g_assert_true (relais_profile_uses_free_tool (result, "nextcloud"));
  g_assert_cmpint (relais_profile_get_item_state (result, items[0]), ==, RELAIS_ITEM_DONE);
  /* What came from theirs is said; nothing was lost. */
  g_assert_true (g_ptr_array_find_with_equal_func (taken, "name", g_str_equal, NULL));
  g_assert_false (g_ptr_array_find_with_equal_func (taken, "tools/doodle/status", g_str_equal, NULL));
  g_assert_false (json_object_has_member (merged, "overwritten"));
  /* Both histories: the status change of ours. */
  g_assert_cmpuint (relais_profile_get_history (result)->len, ==, relais_profile_get_history (ours)->len);
}

static void
test_later_change_wins (void)
{
  g_autoptr(RelaisProfile) base = make_base ();
  g_autoptr(RelaisProfile) ours = copy_of (base);
  g_autoptr(RelaisProfile) theirs = copy_of (base);
  g_autoptr(JsonObject) base_document = relais_profile_to_document (base);
  g_autoptr(JsonObject) o = NULL, t = NULL, merged = NULL, reverse = NULL;
  g_autoptr(RelaisProfile) result = NULL;
  g_autofree char *one = NULL, *other = NULL;

  relais_profile_tool_set_note (relais_profile_find_tool (ours, "doodle", NULL), "Réunions du lundi");
  o = stamped_document (base, ours, "Camille");
  /* Theirs changes the same field afterwards. */
  relais_profile_tool_set_note (relais_profile_find_tool (theirs, "doodle", NULL), "Sondages des dates");
  t = stamped_document (base, theirs, "Dominique");

  merged = relais_profile_merge_documents (base_document, o, t, NULL);
  reverse = relais_profile_merge_documents (base_document, t, o, NULL);
  result = profile_of (merged);
  g_assert_cmpstr (relais_profile_tool_get_note (relais_profile_find_tool (result, "doodle", NULL)), ==, "Sondages des dates");
  g_assert_true (overwritten_holds (merged, "tools/doodle/note", "\"Réunions du lundi\""));
  one = written (merged);
  other = written (reverse);
  g_assert_cmpstr (one, ==, other);
}

static void
test_removed_and_edited_kept (void)
{
  g_autoptr(RelaisProfile) base = make_base ();
  g_autoptr(RelaisProfile) ours = copy_of (base);
  g_autoptr(RelaisProfile) theirs = copy_of (base);
  g_autoptr(JsonObject) base_document = relais_profile_to_document (base);
  g_autoptr(JsonObject) o = NULL, t = NULL, merged = NULL;
  g_autoptr(RelaisProfile) result = NULL;
  RelaisProfileTool *tool;

  relais_profile_remove_tool (ours, relais_profile_find_tool (ours, "google-drive", NULL));
  relais_profile_remove_tool (ours, relais_profile_find_tool (ours, "microsoft-excel", NULL));
  relais_profile_tool_set_note (relais_profile_find_tool (theirs, "google-drive", NULL), "Les photos");
  o = stamped_document (base, ours, NULL);
  t = stamped_document (base, theirs, NULL);

  merged = relais_profile_merge_documents (base_document, o, t, NULL);
  result = profile_of (merged);
  tool = relais_profile_find_tool (result, "google-drive", NULL);
  g_assert_nonnull (tool);
  g_assert_cmpstr (relais_profile_tool_get_note (tool), ==, "Les photos");
  g_assert_cmpuint (relais_profile_tool_get_users (tool), ==, 1);
  /* Removed on one side, untouched on the other: removed. */
  g_assert_null (relais_profile_find_tool (result, "microsoft-excel", NULL));
}

/* --- Random edits on three copies ---------------------------------------- */

static void
random_edit (RelaisProfile *profile,
             GRand         *rand)
{
  guint n_tools = g_list_model_get_n_items (relais_profile_get_tools (profile));
  g_autoptr(RelaisProfileTool) tool = n_tools > 0 ? g_list_model_get_item (relais_profile_get_tools (profile),
                                                                            g_rand_int_range (rand, 0, n_tools)) : NULL;
  g_autofree char *text = g_strdup_printf ("note %u", g_rand_int (rand));

  switch (g_rand_int_range (rand, 0, 9))
    {
    case 0:
      if (tool != NULL)
        relais_profile_tool_set_status (tool, g_rand_int_range (rand, 0, RELAIS_N_TOOL_STATUSES));
      break;
    case 1:
      if (tool != NULL)
        relais_profile_tool_set_note (tool, text);
      break;
    case 2:
      relais_profile_set_item_state (profile, items[g_rand_int_range (rand, 0, G_N_ELEMENTS (items))],
                                     g_rand_int_range (rand, 0, 3));
      break;
    case 3:
      relais_profile_set_item_note (profile, items[g_rand_int_range (rand, 0, G_N_ELEMENTS (items))], text);
      break;
    case 4:
      relais_profile_add_own_step (profile, "stock", text);
      break;
    case 5:
      relais_profile_set_free_tool_used (profile, free_ids[g_rand_int_range (rand, 0, G_N_ELEMENTS (free_ids))],
                                         g_rand_boolean (rand));
      break;
    case 6:
      if (tool != NULL && g_rand_int_range (rand, 0, 3) == 0)
        relais_profile_remove_tool (profile, tool);
      break;
    case 7:
      if (relais_profile_find_tool (profile, tool_ids[4], NULL) == NULL)
        relais_profile_add_tool (profile, tool_ids[4]);
      break;
    default:
      relais_profile_set_weight (profile, g_rand_int_range (rand, 0, RELAIS_N_REASONS), g_rand_int_range (rand, 0, RELAIS_N_WEIGHTS));
      break;
    }
}

/* Every note a copy ended with is in the result or among the values
 * overwritten. */
static void
assert_notes_kept (JsonObject    *merged,
                   RelaisProfile *result,
                   RelaisProfile *base,
                   RelaisProfile *copy)
{
  for (guint i = 0; i < G_N_ELEMENTS (tool_ids); i++)
    {
      RelaisProfileTool *tool = relais_profile_find_tool (copy, tool_ids[i], NULL);
      RelaisProfileTool *before = relais_profile_find_tool (base, tool_ids[i], NULL);
      RelaisProfileTool *after = relais_profile_find_tool (result, tool_ids[i], NULL);
      g_autofree char *field = g_strdup_printf ("tools/%s/note", tool_ids[i]);
      g_autoptr(JsonNode) value = NULL;
      g_autofree char *text = NULL;

      if (tool == NULL || (before != NULL && g_str_equal (relais_profile_tool_get_note (tool), relais_profile_tool_get_note (before))))
        continue;
      value = json_node_init_string (json_node_alloc (), relais_profile_tool_get_note (tool));
      text = json_to_string (value, FALSE);
      g_assert_true ((after != NULL && g_str_equal (relais_profile_tool_get_note (after), relais_profile_tool_get_note (tool))) ||
                     overwritten_holds (merged, field, text));
    }
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      const char *note = relais_profile_get_item_note (copy, items[i]);
      g_autofree char *field = g_strdup_printf ("checklist/%s/note", items[i]);
      g_autoptr(JsonNode) value = json_node_init_string (json_node_alloc (), note);
      g_autofree char *text = json_to_string (value, FALSE);

      if (g_str_equal (note, relais_profile_get_item_note (base, items[i])))
        continue;
      g_assert_true (g_str_equal (relais_profile_get_item_note (result, items[i]), note) ||
                     overwritten_holds (merged, field, text));
    }
}

static void
check_seed (guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(RelaisProfile) base = make_base ();
  g_autoptr(JsonObject) base_document = relais_profile_to_document (base);
  RelaisProfile *copies[3];
  JsonObject *documents[3];
  static const guint orders[6][3] = { { 0, 1, 2 }, { 0, 2, 1 }, { 1, 0, 2 }, { 1, 2, 0 }, { 2, 0, 1 }, { 2, 1, 0 } };
  static const char * const authors[] = { "Camille", "Dominique", NULL };
  g_autofree char *first = NULL;

  for (guint c = 0; c < 3; c++)
    copies[c] = copy_of (base);
  /* Interleaved, as people edit at the same time. */
  for (guint step = 0; step < 30; step++)
    random_edit (copies[g_rand_int_range (rand, 0, 3)], rand);
  for (guint c = 0; c < 3; c++)
    documents[c] = stamped_document (base, copies[c], authors[c]);

  for (guint k = 0; k < G_N_ELEMENTS (orders); k++)
    {
      const guint *order = orders[k];
      g_autoptr(JsonObject) pair = relais_profile_merge_documents (base_document, documents[order[0]], documents[order[1]], NULL);
      g_autoptr(JsonObject) all = relais_profile_merge_documents (base_document, pair, documents[order[2]], NULL);
      g_autoptr(JsonObject) right = relais_profile_merge_documents (base_document, documents[order[1]], documents[order[2]], NULL);
      g_autoptr(JsonObject) grouped = relais_profile_merge_documents (base_document, documents[order[0]], right, NULL);
      g_autoptr(JsonObject) again = relais_profile_merge_documents (base_document, all, all, NULL);
      g_autofree char *result = written (all);
      g_autofree char *result_grouped = written (grouped);
      g_autofree char *result_again = written (again);
      g_autoptr(RelaisProfile) merged = profile_of (all);

      if (first == NULL)
        first = g_strdup (result);
      /* Commutative, associative, idempotent. */
      g_assert_cmpstr (result, ==, first);
      g_assert_cmpstr (result_grouped, ==, first);
      g_assert_cmpstr (result_again, ==, first);
      for (guint c = 0; c < 3; c++)
        assert_notes_kept (all, merged, base, copies[c]);
    }

  for (guint c = 0; c < 3; c++)
    {
      g_object_unref (copies[c]);
      json_object_unref (documents[c]);
    }
}

static void
test_random_edits (void)
{
  static const guint32 seeds[] = { 1, 2, 3, 42, 1789, 20261206, 314159, 271828 };
  const char *extra = g_getenv ("RELAIS_MERGE_SEED");

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    check_seed (seeds[i]);
  if (extra != NULL)
    {
      g_test_message ("Seed from RELAIS_MERGE_SEED: %s", extra);
      check_seed ((guint32) g_ascii_strtoull (extra, NULL, 10));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/merge/one-side-taken", test_one_side_taken);
  g_test_add_func ("/merge/later-change-wins", test_later_change_wins);
  g_test_add_func ("/merge/removed-and-edited-kept", test_removed_and_edited_kept);
  g_test_add_func ("/merge/random-edits", test_random_edits);

  return g_test_run ();
}
