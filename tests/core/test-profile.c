/* test-profile.c — the profile document: creation, round trip, refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "relais-departements.h"
#include "relais-profile.h"
#include "relais-profile-tool.h"
#include "relais-test-utils.h"

static const char *valid_document =
  "{ \"format\": \"fr.artifaille.Relais.Profile\", \"version\": 2,"
  "  \"id\": \"0d6f3c5e-3f0b-4b8e-9a1e-2c7c1f7d9a10\","
  "  \"name\": \"Les Jardins partagés\", \"kind\": \"collective\","
  "  \"place\": { \"departement\": \"14\", \"postcode\": \"14000\", \"commune\": \"14118\" },"
  "  \"reasons\": { \"values\": 3, \"technical\": 1, \"financial\": 2 },"
  "  \"created\": \"2026-11-01T10:00:00Z\", \"modified\": \"2026-11-02T11:30:00Z\" }";

static char *
replace_in_document (const char *from,
                     const char *to)
{
  g_autoptr(GString) document = g_string_new (valid_document);

  g_assert_nonnull (strstr (valid_document, from));
  g_string_replace (document, from, to, 1);

  return g_string_free (g_steal_pointer (&document), FALSE);
}

static void
test_profile_new (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Artifaille");
  g_autoptr(RelaisProfile) other = relais_profile_new ("Artifaille");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (relais_profile_get_name (profile), ==, "Artifaille");
  g_assert_true (g_uuid_string_is_valid (relais_profile_get_id (profile)));
  g_assert_cmpstr (relais_profile_get_id (profile), !=, relais_profile_get_id (other));
  g_assert_cmpint (relais_profile_get_kind (profile), ==, RELAIS_PROFILE_KIND_ASSOCIATION);
  g_assert_cmpstr (relais_profile_get_departement (profile), ==, "14");
  g_assert_cmpstr (relais_profile_get_postcode (profile), ==, "");
  g_assert_nonnull (relais_profile_get_created (profile));
  g_assert_true (relais_profile_validate (profile, &error));
  g_assert_no_error (error);
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_profile_setters_notify_once (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("A");
  guint name_count = 0, weight_count = 0;

  g_signal_connect (profile, "notify::name", G_CALLBACK (notify_count_cb), &name_count);
  g_signal_connect (profile, "notify::financial-weight", G_CALLBACK (notify_count_cb), &weight_count);

  relais_profile_set_name (profile, "B");
  relais_profile_set_name (profile, "B");
  g_assert_cmpuint (name_count, ==, 1);

  relais_profile_set_weight (profile, RELAIS_REASON_FINANCIAL, RELAIS_WEIGHT_ESSENTIAL);
  relais_profile_set_weight (profile, RELAIS_REASON_FINANCIAL, RELAIS_WEIGHT_ESSENTIAL);
  g_assert_cmpuint (weight_count, ==, 1);
  g_assert_cmpuint (relais_profile_get_weight (profile, RELAIS_REASON_FINANCIAL), ==, RELAIS_WEIGHT_ESSENTIAL);
}

static void
test_profile_round_trip (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Ressourcerie du Bocage « Ré-emploi »");
  g_autoptr(RelaisProfile) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *data_again = NULL;

  relais_profile_set_kind (profile, RELAIS_PROFILE_KIND_RESSOURCERIE);
  relais_profile_set_departement (profile, "2A");
  relais_profile_set_postcode (profile, "20000");
  relais_profile_set_weight (profile, RELAIS_REASON_VALUES, RELAIS_WEIGHT_ESSENTIAL);
  relais_profile_set_weight (profile, RELAIS_REASON_TECHNICAL, RELAIS_WEIGHT_NOT_IMPORTANT);
  relais_profile_set_weight (profile, RELAIS_REASON_FINANCIAL, RELAIS_WEIGHT_A_LITTLE);

  data = relais_profile_to_data (profile, NULL);
  loaded = relais_profile_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);

  g_assert_cmpstr (relais_profile_get_id (loaded), ==, relais_profile_get_id (profile));
  g_assert_cmpstr (relais_profile_get_name (loaded), ==, relais_profile_get_name (profile));
  g_assert_cmpint (relais_profile_get_kind (loaded), ==, RELAIS_PROFILE_KIND_RESSOURCERIE);
  g_assert_cmpstr (relais_profile_get_departement (loaded), ==, "2A");
  g_assert_cmpstr (relais_profile_get_postcode (loaded), ==, "20000");
  g_assert_cmpuint (relais_profile_get_weight (loaded, RELAIS_REASON_VALUES), ==, RELAIS_WEIGHT_ESSENTIAL);
  g_assert_cmpuint (relais_profile_get_weight (loaded, RELAIS_REASON_TECHNICAL), ==, RELAIS_WEIGHT_NOT_IMPORTANT);
  g_assert_cmpuint (relais_profile_get_weight (loaded, RELAIS_REASON_FINANCIAL), ==, RELAIS_WEIGHT_A_LITTLE);
  g_assert_true (g_date_time_equal (relais_profile_get_created (loaded), relais_profile_get_created (profile)));

  /* Writing what was read gives the same document, byte for byte. */
  data_again = relais_profile_to_data (loaded, NULL);
  g_assert_cmpstr (data_again, ==, data);
}

static void
test_profile_document_shape (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Shape");
  g_autofree char *data = relais_profile_to_data (profile, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  g_assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, RELAIS_PROFILE_FORMAT);
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 3);
  /* Format 3: each field's change dated, for merges (none yet). */
  g_assert_true (json_object_has_member (root, "changes"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "place"), "departement"), ==, "14");
  g_assert_false (json_object_has_member (root, "departement"));
  g_assert_cmpstr (json_object_get_string_member (root, "kind"), ==, "association");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "reasons"),
                                               "technical"), ==, RELAIS_WEIGHT_IMPORTANT);
}

static void
test_profile_keeps_unknown_members (void)
{
  g_autofree char *document = replace_in_document ("\"version\": 2,",
                                                   "\"version\": 2, \"notes\": [\"à garder\"],");
  g_autoptr(RelaisProfile) profile = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  profile = relais_profile_new_from_data (document, -1, &error);
  g_assert_no_error (error);
  written = relais_profile_to_data (profile, NULL);
  g_assert_nonnull (strstr (written, "à garder"));
}

typedef struct
{
  const char *test_name;
  const char *from;
  const char *to;
  int         code;
  const char *in_message;
} BadDocument;

static const BadDocument bad_documents[] = {
  { "wrong-format", "fr.artifaille.Relais.Profile", "org.example.Other", RELAIS_PROFILE_ERROR_NOT_A_PROFILE, "not a Relais profile" },
  { "newer-version", "\"version\": 2", "\"version\": 7", RELAIS_PROFILE_ERROR_NEWER_VERSION, "newer version" },
  { "zero-version", "\"version\": 2", "\"version\": 0", RELAIS_PROFILE_ERROR_BAD_VERSION, "(0)" },
  { "version-as-string", "\"version\": 2", "\"version\": \"2\"", RELAIS_PROFILE_ERROR_WRONG_TYPE, "“version”" },
  { "missing-version", "\"version\": 2,", "", RELAIS_PROFILE_ERROR_MISSING_FIELD, "“version”" },
  { "missing-name", "\"name\": \"Les Jardins partagés\",", "", RELAIS_PROFILE_ERROR_MISSING_FIELD, "“name”" },
  { "name-as-number", "\"name\": \"Les Jardins partagés\"", "\"name\": 12", RELAIS_PROFILE_ERROR_WRONG_TYPE, "“name”" },
  { "empty-name", "\"name\": \"Les Jardins partagés\"", "\"name\": \"   \"", RELAIS_PROFILE_ERROR_INVALID_VALUE, "needs a name" },
  { "unknown-kind", "\"collective\"", "\"company\"", RELAIS_PROFILE_ERROR_INVALID_VALUE, "company" },
  { "bad-id", "0d6f3c5e-3f0b-4b8e-9a1e-2c7c1f7d9a10", "../../etc/passwd", RELAIS_PROFILE_ERROR_INVALID_VALUE, "identifier" },
  { "unknown-departement", "\"departement\": \"14\"", "\"departement\": \"99\"", RELAIS_PROFILE_ERROR_INVALID_VALUE, "“99”" },
  { "bad-postcode", "\"14000\"", "\"14 00\"", RELAIS_PROFILE_ERROR_INVALID_VALUE, "five digits" },
  { "missing-place", "\"place\": { \"departement\": \"14\", \"postcode\": \"14000\", \"commune\": \"14118\" },", "", RELAIS_PROFILE_ERROR_MISSING_FIELD, "“place”" },
  { "place-as-string", "{ \"departement\": \"14\", \"postcode\": \"14000\", \"commune\": \"14118\" }", "\"Caen\"", RELAIS_PROFILE_ERROR_WRONG_TYPE, "“place”" },
  { "missing-departement", "\"departement\": \"14\", ", "", RELAIS_PROFILE_ERROR_MISSING_FIELD, "“departement”" },
  { "commune-elsewhere", "\"14118\"", "\"76540\"", RELAIS_PROFILE_ERROR_INVALID_VALUE, "“76540”" },
  { "commune-too-short", "\"14118\"", "\"141\"", RELAIS_PROFILE_ERROR_INVALID_VALUE, "“141”" },
  { "commune-as-number", "\"14118\"", "14118", RELAIS_PROFILE_ERROR_WRONG_TYPE, "“commune”" },
  { "reasons-as-list", "{ \"values\": 3, \"technical\": 1, \"financial\": 2 }", "[3, 1, 2]", RELAIS_PROFILE_ERROR_WRONG_TYPE, "“reasons”" },
  { "missing-reason", "\"technical\": 1, ", "", RELAIS_PROFILE_ERROR_MISSING_FIELD, "“technical”" },
  { "weight-too-high", "\"values\": 3", "\"values\": 4", RELAIS_PROFILE_ERROR_INVALID_VALUE, "between 0 and 3" },
  { "weight-negative", "\"financial\": 2", "\"financial\": -1", RELAIS_PROFILE_ERROR_INVALID_VALUE, "“financial”" },
  { "bad-date", "2026-11-01T10:00:00Z", "yesterday", RELAIS_PROFILE_ERROR_INVALID_VALUE, "“created”" },
};

static void
test_profile_refuses_bad_document (gconstpointer data)
{
  const BadDocument *bad = data;
  g_autofree char *document = replace_in_document (bad->from, bad->to);
  g_autoptr(RelaisProfile) profile = NULL;
  g_autoptr(GError) error = NULL;

  profile = relais_profile_new_from_data (document, -1, &error);
  g_assert_null (profile);
  g_assert_error (error, RELAIS_PROFILE_ERROR, bad->code);
  if (strstr (error->message, bad->in_message) == NULL)
    g_error ("message “%s” does not mention “%s”", error->message, bad->in_message);
}

static void
test_profile_refuses_garbage (void)
{
  static const struct { const char *data; gssize length; int code; } garbage[] = {
    { "", 0, RELAIS_PROFILE_ERROR_NOT_JSON },
    { "{ \"format\": ", -1, RELAIS_PROFILE_ERROR_NOT_JSON },
    { "[1, 2, 3]", -1, RELAIS_PROFILE_ERROR_NOT_A_PROFILE },
    { "\"just a string\"", -1, RELAIS_PROFILE_ERROR_NOT_A_PROFILE },
    { "PK\003\004\377\376", 6, RELAIS_PROFILE_ERROR_NOT_JSON },
    { "{}", -1, RELAIS_PROFILE_ERROR_NOT_A_PROFILE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RelaisProfile) profile = relais_profile_new_from_data (garbage[i].data, garbage[i].length, &error);

      g_assert_null (profile);
      g_assert_error (error, RELAIS_PROFILE_ERROR, garbage[i].code);
      g_assert_cmpstr (error->message, !=, "");
    }
}

static void
test_profile_refuses_oversized (void)
{
  gsize size = RELAIS_PROFILE_MAX_SIZE + 1;
  g_autofree char *data = g_malloc (size);
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisProfile) profile = NULL;

  memset (data, ' ', size);
  profile = relais_profile_new_from_data (data, size, &error);
  g_assert_null (profile);
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE);
}

static void
test_profile_validate_name_length (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("x");
  g_autoptr(GError) error = NULL;
  g_autofree char *longest = g_strnfill (RELAIS_PROFILE_NAME_MAX, 'e');
  g_autofree char *too_long = g_strnfill (RELAIS_PROFILE_NAME_MAX + 1, 'e');

  relais_profile_set_name (profile, longest);
  g_assert_true (relais_profile_validate (profile, NULL));
  relais_profile_set_name (profile, too_long);
  g_assert_false (relais_profile_validate (profile, &error));
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_INVALID_VALUE);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_profile_tools (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Outils");
  g_autoptr(RelaisProfile) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(RelaisProfileTool) removed = NULL;
  RelaisProfileTool *word, *again, *copy;
  guint changes = 0;
  gint position;

  g_signal_connect (profile, "notify::tools", G_CALLBACK (count_cb), &changes);

  word = relais_profile_add_tool (profile, "microsoft-word");
  relais_profile_add_tool (profile, "whatsapp");
  again = relais_profile_add_tool (profile, "microsoft-word");
  g_assert_true (again == word);
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_get_tools (profile)), ==, 2);
  g_assert_cmpuint (changes, ==, 2);

  /* A change inside an entry is that entry's: the list of tools is the same. */
  relais_profile_tool_set_users (word, 4);
  relais_profile_tool_set_note (word, "Pour les comptes rendus « CA »");
  relais_profile_tool_set_choice (word, "libreoffice-writer");
  g_assert_cmpuint (changes, ==, 2);

  data = relais_profile_to_data (profile, NULL);
  loaded = relais_profile_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  copy = relais_profile_find_tool (loaded, "microsoft-word", NULL);
  g_assert_nonnull (copy);
  g_assert_cmpuint (relais_profile_tool_get_users (copy), ==, 4);
  g_assert_cmpstr (relais_profile_tool_get_note (copy), ==, "Pour les comptes rendus « CA »");
  g_assert_cmpstr (relais_profile_tool_get_choice (copy), ==, "libreoffice-writer");
  g_assert_null (relais_profile_tool_get_choice (relais_profile_find_tool (loaded, "whatsapp", NULL)));

  /* Removing, then putting back where it was, with what the user wrote. */
  removed = g_object_ref (word);
  position = relais_profile_remove_tool (profile, word);
  g_assert_cmpint (position, ==, 0);
  g_assert_null (relais_profile_find_tool (profile, "microsoft-word", NULL));
  relais_profile_insert_tool (profile, removed, position);
  g_assert_true (relais_profile_find_tool (profile, "microsoft-word", NULL) == removed);
  g_assert_cmpstr (relais_profile_tool_get_note (removed), ==, "Pour les comptes rendus « CA »");
}

/* Each change says itself once, where it happened: a letter typed in a
 * tool's note is not a change of the other tools nor of the list. */
static void
test_profile_tool_notifications (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Notifications");
  g_autoptr(RelaisProfileTool) removed = NULL;
  RelaisProfileTool *word = relais_profile_add_tool (profile, "microsoft-word");
  RelaisProfileTool *whatsapp = relais_profile_add_tool (profile, "whatsapp");
  g_autoptr(RelaisTestNotify) word_note = relais_test_notify_watch (word, "notify::note");
  g_autoptr(RelaisTestNotify) word_any = relais_test_notify_watch (word, "notify");
  g_autoptr(RelaisTestNotify) whatsapp_any = relais_test_notify_watch (whatsapp, "notify");
  g_autoptr(RelaisTestNotify) tools = relais_test_notify_watch (profile, "notify::tools");
  g_autoptr(RelaisTestNotify) modified = relais_test_notify_watch (profile, "notify::modified");
  g_autoptr(RelaisTestNotify) relayed_note = relais_test_notify_watch (profile, "tool-notify::note");
  g_autoptr(RelaisTestNotify) relayed_choice = relais_test_notify_watch (profile, "tool-notify::choice");
  g_autoptr(RelaisTestNotify) items = relais_test_notify_watch (relais_profile_get_tools (profile), "items-changed");
  GListModel *list = relais_profile_get_tools (profile);

  /* Typing a note, letter by letter. */
  relais_profile_tool_set_note (word, "C");
  relais_profile_tool_set_note (word, "CA");
  relais_test_assert_notified (word_note, 2);
  relais_test_assert_notified (word_any, 2);
  relais_test_assert_notified (relayed_note, 2);
  relais_test_assert_notified (modified, 2);   /* dated, so the store saves it */
  relais_test_assert_notified (whatsapp_any, 0);
  relais_test_assert_notified (tools, 0);
  relais_test_assert_notified (items, 0);
  relais_test_assert_notified (relayed_choice, 0);

  /* The same value again is no change. */
  relais_profile_tool_set_note (word, "CA");
  relais_profile_tool_set_users (word, 1);
  relais_test_assert_notified (word_any, 0);
  relais_test_assert_notified (modified, 0);

  relais_profile_tool_set_choice (whatsapp, "signal");
  relais_test_assert_notified (relayed_choice, 1);
  relais_test_assert_notified (whatsapp_any, 1);
  relais_test_assert_notified (word_any, 0);
  relais_test_assert_notified (tools, 0);

  /* Adding, removing and putting back: one item each, where it is. */
  relais_profile_add_tool (profile, "zoom");
  relais_test_assert_notified (items, 1);
  relais_test_assert_notified (tools, 1);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  relais_profile_add_tool (profile, "zoom");
  relais_test_assert_notified (items, 0);

  removed = g_object_ref (whatsapp);
  g_assert_cmpint (relais_profile_remove_tool (profile, whatsapp), ==, 1);
  relais_test_assert_notified (items, 1);
  relais_test_assert_notified (tools, 1);
  g_assert_cmpuint (relais_test_notify_take (modified), >, 0);   /* and its history */

  /* A tool taken off the list no longer speaks for the profile. */
  relais_profile_tool_set_note (removed, "plus utilisé");
  relais_test_assert_notified (modified, 0);
  relais_test_assert_notified (relayed_note, 0);

  relais_profile_insert_tool (profile, removed, 1);
  relais_test_assert_notified (items, 1);
  {
    g_autoptr(RelaisProfileTool) second = g_list_model_get_item (list, 1);

    g_assert_true (second == removed);
  }
  relais_test_notify_take (modified);
  relais_profile_tool_set_users (removed, 3);
  relais_test_assert_notified (modified, 1);
}

static RelaisHistoryEntry *
history_at (RelaisProfile *profile,
            guint          i)
{
  return g_ptr_array_index (relais_profile_get_history (profile), i);
}

static void
test_profile_status_and_history (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Parcours");
  g_autoptr(RelaisProfile) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  RelaisProfileTool *word, *copy;
  GPtrArray *history;

  word = relais_profile_add_tool (profile, "microsoft-word");
  g_assert_cmpint (relais_profile_tool_get_status (word), ==, RELAIS_TOOL_STATUS_TO_CONSIDER);
  relais_profile_tool_set_choice (word, "libreoffice-writer");
  relais_profile_tool_set_status (word, RELAIS_TOOL_STATUS_TRYING);
  relais_profile_tool_set_noted_by (word, "Camille");
  relais_profile_add_tool (profile, "whatsapp");
  relais_profile_tool_set_status (relais_profile_find_tool (profile, "whatsapp", NULL), RELAIS_TOOL_STATUS_SET_ASIDE);
  relais_profile_tool_set_set_aside_reason (relais_profile_find_tool (profile, "whatsapp", NULL),
                                            "Les familles n’ont que cela");

  history = relais_profile_get_history (profile);
  g_assert_cmpuint (history->len, ==, 5);
  g_assert_cmpstr (history_at (profile, 0)->what, ==, "added");
  g_assert_cmpstr (history_at (profile, 1)->what, ==, "choice");
  g_assert_null (history_at (profile, 1)->from);
  g_assert_cmpstr (history_at (profile, 1)->to, ==, "libreoffice-writer");
  g_assert_cmpstr (history_at (profile, 2)->what, ==, "status");
  g_assert_cmpstr (history_at (profile, 2)->from, ==, "to-consider");
  g_assert_cmpstr (history_at (profile, 2)->to, ==, "trying");
  g_assert_cmpstr (history_at (profile, 4)->tool, ==, "whatsapp");
  g_assert_cmpstr (history_at (profile, 4)->to, ==, "set-aside");

  /* Everything comes back from the document. */
  data = relais_profile_to_data (profile, NULL);
  loaded = relais_profile_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  copy = relais_profile_find_tool (loaded, "microsoft-word", NULL);
  g_assert_cmpint (relais_profile_tool_get_status (copy), ==, RELAIS_TOOL_STATUS_TRYING);
  g_assert_cmpstr (relais_profile_tool_get_noted_by (copy), ==, "Camille");
  g_assert_true (g_date_time_equal (relais_profile_tool_get_status_changed (copy),
                                    relais_profile_tool_get_status_changed (word)));
  g_assert_cmpstr (relais_profile_tool_get_set_aside_reason (relais_profile_find_tool (loaded, "whatsapp", NULL)),
                   ==, "Les familles n’ont que cela");
  g_assert_cmpuint (relais_profile_get_history (loaded)->len, ==, 5);
  g_assert_cmpstr (history_at (loaded, 2)->to, ==, "trying");

  /* Who gave the news goes with the tool's change of status. */
  g_assert_cmpstr (history_at (profile, 2)->by, ==, "Camille");
  g_assert_null (history_at (profile, 1)->by);
  g_assert_null (history_at (profile, 4)->by);
  g_assert_cmpstr (history_at (loaded, 2)->by, ==, "Camille");
  g_assert_null (history_at (loaded, 4)->by);
  g_assert_null (strstr (data, "\"by\" : null"));

  /* A later name is for the later news; the earlier one stays with its change. */
  relais_profile_tool_set_status (word, RELAIS_TOOL_STATUS_ADOPTED);
  g_assert_cmpstr (history_at (profile, 5)->by, ==, "Camille");
  relais_profile_tool_set_noted_by (word, "Dominique");
  g_assert_cmpstr (history_at (profile, 5)->by, ==, "Dominique");
  g_assert_cmpstr (history_at (profile, 2)->by, ==, "Camille");
  relais_profile_tool_set_noted_by (word, "");
  g_assert_null (history_at (profile, 5)->by);

  /* Removing is a change too. */
  relais_profile_remove_tool (profile, word);
  g_assert_cmpstr (history_at (profile, history->len - 1)->what, ==, "removed");
}

static void
test_profile_history_is_bounded (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Longue histoire");
  RelaisProfileTool *tool = relais_profile_add_tool (profile, "zoom");
  GPtrArray *history = relais_profile_get_history (profile);

  for (guint i = 0; i < RELAIS_PROFILE_HISTORY_MAX + 50; i++)
    relais_profile_tool_set_status (tool, i % 2 ? RELAIS_TOOL_STATUS_TRYING : RELAIS_TOOL_STATUS_ADOPTED);

  g_assert_cmpuint (history->len, ==, RELAIS_PROFILE_HISTORY_MAX);
  /* The oldest went first: the "added" line is gone, the last change is kept. */
  g_assert_cmpstr (history_at (profile, 0)->what, ==, "status");
  g_assert_cmpstr (history_at (profile, history->len - 1)->to, ==, "trying");
}

static void
test_profile_refuses_bad_history (void)
{
  static const char *bad[] = {
    "\"history\": {}",
    "\"history\": [1]",
    "\"history\": [{\"at\": \"soon\", \"tool\": \"zoom\", \"what\": \"status\"}]",
    "\"history\": [{\"at\": \"2026-11-01T10:00:00Z\", \"what\": \"status\"}]",
    "\"history\": [{\"at\": \"2026-11-01T10:00:00Z\", \"tool\": \"zoom\", \"what\": \"dance\"}]",
    "\"tools\": [{\"tool\": \"word\", \"status\": \"done\", \"added\": \"2026-11-01T10:00:00Z\"}]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *with = g_strdup_printf ("\"version\": 1, %s,", bad[i]);
      g_autofree char *document = replace_in_document ("\"version\": 2,", with);
      g_autoptr(GError) error = NULL;
      g_autoptr(RelaisProfile) profile = relais_profile_new_from_data (document, -1, &error);

      g_assert_null (profile);
      g_assert_nonnull (error);
    }
}

static void
test_profile_refuses_bad_tools (void)
{
  static const char *bad[] = {
    "\"tools\": {}",
    "\"tools\": [1]",
    "\"tools\": [{\"users\": 2, \"added\": \"2026-11-01T10:00:00Z\"}]",
    "\"tools\": [{\"tool\": \"Word!\", \"added\": \"2026-11-01T10:00:00Z\"}]",
    "\"tools\": [{\"tool\": \"word\", \"users\": -3, \"added\": \"2026-11-01T10:00:00Z\"}]",
    "\"tools\": [{\"tool\": \"word\", \"note\": 5, \"added\": \"2026-11-01T10:00:00Z\"}]",
    "\"tools\": [{\"tool\": \"word\", \"choice\": \"../x\", \"added\": \"2026-11-01T10:00:00Z\"}]",
    "\"tools\": [{\"tool\": \"word\"}]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *with = g_strdup_printf ("\"version\": 1, %s,", bad[i]);
      g_autofree char *document = replace_in_document ("\"version\": 2,", with);
      g_autoptr(GError) error = NULL;
      g_autoptr(RelaisProfile) profile = relais_profile_new_from_data (document, -1, &error);

      g_assert_null (profile);
      g_assert_error (error, RELAIS_PROFILE_ERROR, error->code);
      g_assert_cmpstr (error->message, !=, "");
    }
}

/* Every document a released format version wrote stays readable: one
 * fixture per version and shape lives in tests/data/profiles/, and reading
 * then writing it keeps everything (older versions are migrated on the
 * way). */
static void
test_profile_fixtures (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "profiles", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint count = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *written = NULL;
      g_autoptr(RelaisProfile) profile = NULL;
      g_autoptr(RelaisProfile) again = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      profile = relais_profile_new_from_data (contents, -1, &error);
      g_assert_no_error (error);
      written = relais_profile_to_data (profile, NULL);
      again = relais_profile_new_from_data (written, -1, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (relais_profile_get_name (again), ==, relais_profile_get_name (profile));
      g_assert_cmpuint (g_list_model_get_n_items (relais_profile_get_tools (again)), ==,
                        g_list_model_get_n_items (relais_profile_get_tools (profile)));
      g_assert_cmpuint (relais_profile_get_history (again)->len, ==, relais_profile_get_history (profile)->len);
      g_assert_true (g_strv_equal (relais_profile_get_free_tools (again), relais_profile_get_free_tools (profile)));
      if (g_str_has_prefix (name, "7c3a9e21"))
        g_assert_cmpuint (g_strv_length ((char **) relais_profile_get_free_tools (again)), ==, 2);
      count++;
    }
  g_assert_cmpuint (count, >=, 3);
}

/* Free tools already used: each recorded once, notified once per change,
 * written only when there are some, read back in order; a bad value is
 * refused like any other. */
static void
test_profile_free_tools (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Test");
  g_autoptr(RelaisTestNotify) notified = relais_test_notify_watch (profile, "notify::free-tools");
  g_autoptr(RelaisTestNotify) modified = relais_test_notify_watch (profile, "notify::modified");
  g_autoptr(RelaisProfile) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *data = NULL;
  g_auto(GStrv) property = NULL;
  static const char *bad[] = {
    "\"free_tools\": {}",
    "\"free_tools\": [1]",
    "\"free_tools\": [\"Next Cloud\"]",
    "\"free_tools\": [\"\"]",
  };

  g_assert_cmpuint (g_strv_length ((char **) relais_profile_get_free_tools (profile)), ==, 0);
  empty = relais_profile_to_data (profile, NULL);
  g_assert_null (strstr (empty, "free_tools"));

  relais_profile_set_free_tool_used (profile, "nextcloud", TRUE);
  relais_profile_set_free_tool_used (profile, "thunderbird", TRUE);
  relais_test_assert_notified (notified, 2);
  relais_test_assert_notified (modified, 2);
  relais_profile_set_free_tool_used (profile, "nextcloud", TRUE);
  relais_profile_set_free_tool_used (profile, "gimp", FALSE);
  relais_test_assert_notified (notified, 0);
  g_assert_true (relais_profile_uses_free_tool (profile, "nextcloud"));
  g_assert_false (relais_profile_uses_free_tool (profile, "gimp"));
  g_object_get (profile, "free-tools", &property, NULL);
  g_assert_cmpstrv (property, ((const char * const[]) { "nextcloud", "thunderbird", NULL }));

  data = relais_profile_to_data (profile, NULL);
  again = relais_profile_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (relais_profile_get_free_tools (again), ((const char * const[]) { "nextcloud", "thunderbird", NULL }));
  /* Not proprietary tools: nothing to choose, nothing in the history. */
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_get_tools (again)), ==, 0);
  g_assert_cmpuint (relais_profile_get_history (again)->len, ==, 0);

  relais_profile_set_free_tool_used (profile, "nextcloud", FALSE);
  relais_test_assert_notified (notified, 1);
  g_assert_cmpstrv (relais_profile_get_free_tools (profile), ((const char * const[]) { "thunderbird", NULL }));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *with = g_strdup_printf ("\"version\": 2, %s,", bad[i]);
      g_autofree char *document = replace_in_document ("\"version\": 2,", with);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(RelaisProfile) refused = relais_profile_new_from_data (document, -1, &local_error);

      g_assert_null (refused);
      g_assert_error (local_error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_WRONG_TYPE);
    }
}

/* A version 1 document becomes exactly the version 3 document kept in
 * v3/, and so does its version 2 (v2/): the département and the postcode
 * move into "place" (1 → 2), the commune is left for the user to choose,
 * "changes" starts empty (2 → 3), unknown members and everything else stay. */
static void
test_profile_migration_1_to_2 (void)
{
  static const char * const ids[] = {
    "0d6f3c5e-3f0b-4b8e-9a1e-2c7c1f7d9a10.json",
    "5b1f0d7e-2c4a-4e8f-9d3b-7a6c5e4f3a21.json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *v1_path = g_test_build_filename (G_TEST_DIST, "data", "profiles", ids[i], NULL);
      g_autofree char *v2_path = g_test_build_filename (G_TEST_DIST, "data", "profiles", "v2", ids[i], NULL);
      g_autofree char *v3_path = g_test_build_filename (G_TEST_DIST, "data", "profiles", "v3", ids[i], NULL);
      g_autofree char *v1 = NULL;
      g_autofree char *v2 = NULL;
      g_autofree char *v3 = NULL;
      g_autofree char *migrated = NULL;
      g_autofree char *from_v2 = NULL;
      g_autofree char *written = NULL;
      g_autoptr(RelaisProfile) profile = NULL;
      g_autoptr(RelaisProfile) second = NULL;
      g_autoptr(RelaisProfile) current = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_get_contents (v1_path, &v1, NULL, NULL));
      g_assert_true (g_file_get_contents (v2_path, &v2, NULL, NULL));
      g_assert_true (g_file_get_contents (v3_path, &v3, NULL, NULL));
      g_assert_true (g_regex_match_simple ("\"version\"\\s*:\\s*1,", v1, 0, 0));
      g_assert_true (g_regex_match_simple ("\"version\"\\s*:\\s*2,", v2, 0, 0));

      profile = relais_profile_new_from_data (v1, -1, &error);
      g_assert_no_error (error);
      g_assert_false (relais_profile_get_read_only (profile));
      g_assert_cmpstr (relais_profile_get_commune (profile), ==, "");
      migrated = relais_profile_to_data (profile, NULL);
      g_assert_cmpstr (migrated, ==, v3);

      second = relais_profile_new_from_data (v2, -1, &error);
      g_assert_no_error (error);
      from_v2 = relais_profile_to_data (second, NULL);
      g_assert_cmpstr (from_v2, ==, v3);

      /* The current version reads as it is written. */
      current = relais_profile_new_from_data (v3, -1, &error);
      g_assert_no_error (error);
      written = relais_profile_to_data (current, NULL);
      g_assert_cmpstr (written, ==, v3);
      g_assert_cmpstr (relais_profile_get_departement (current), ==, relais_profile_get_departement (profile));
      g_assert_cmpstr (relais_profile_get_postcode (current), ==, relais_profile_get_postcode (profile));
    }

  /* A version 1 document without its département is refused, as before. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RelaisProfile) profile =
      relais_profile_new_from_data ("{ \"format\": \"fr.artifaille.Relais.Profile\", \"version\": 1,"
                                    "  \"id\": \"0d6f3c5e-3f0b-4b8e-9a1e-2c7c1f7d9a10\", \"name\": \"A\","
                                    "  \"kind\": \"person\", \"postcode\": \"14000\","
                                    "  \"reasons\": { \"values\": 3, \"technical\": 1, \"financial\": 2 },"
                                    "  \"created\": \"2026-11-01T10:00:00Z\", \"modified\": \"2026-11-02T11:30:00Z\" }",
                                    -1, &error);

    g_assert_null (profile);
    g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_MISSING_FIELD);
  }
}

static void
test_departements (void)
{
  static const char *normandy[] = { "Calvados", "Eure", "Manche", "Orne", "Seine-Maritime" };

  g_assert_cmpuint (relais_departements_get_count (), ==, 101);
  for (guint i = 0; i < G_N_ELEMENTS (normandy); i++)
    g_assert_cmpstr (relais_departements_get_nth (i)->name, ==, normandy[i]);

  g_assert_cmpstr (relais_departements_lookup ("974")->name, ==, "La Réunion");
  g_assert_null (relais_departements_lookup ("20"));
  g_assert_cmpint (relais_departements_get_position ("14"), ==, 0);
  g_assert_cmpint (relais_departements_get_position ("nope"), ==, -1);

  g_assert_cmpstr (relais_departements_for_postcode ("14000"), ==, "14");
  g_assert_cmpstr (relais_departements_for_postcode ("01000"), ==, "01");
  g_assert_cmpstr (relais_departements_for_postcode ("20000"), ==, "2A");
  g_assert_cmpstr (relais_departements_for_postcode ("20200"), ==, "2B");
  g_assert_cmpstr (relais_departements_for_postcode ("97400"), ==, "974");
  g_assert_null (relais_departements_for_postcode ("98800"));
  g_assert_null (relais_departements_for_postcode ("1400"));
  g_assert_null (relais_departements_for_postcode ("14a00"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/profile/new", test_profile_new);
  g_test_add_func ("/profile/setters-notify-once", test_profile_setters_notify_once);
  g_test_add_func ("/profile/round-trip", test_profile_round_trip);
  g_test_add_func ("/profile/document-shape", test_profile_document_shape);
  g_test_add_func ("/profile/keeps-unknown-members", test_profile_keeps_unknown_members);
  for (guint i = 0; i < G_N_ELEMENTS (bad_documents); i++)
    {
      g_autofree char *path = g_strdup_printf ("/profile/refuses/%s", bad_documents[i].test_name);
      g_test_add_data_func (path, &bad_documents[i], test_profile_refuses_bad_document);
    }
  g_test_add_func ("/profile/refuses/garbage", test_profile_refuses_garbage);
  g_test_add_func ("/profile/refuses/oversized", test_profile_refuses_oversized);
  g_test_add_func ("/profile/validate-name-length", test_profile_validate_name_length);
  g_test_add_func ("/profile/tools", test_profile_tools);
  g_test_add_func ("/profile/tool-notifications", test_profile_tool_notifications);
  g_test_add_func ("/profile/refuses/bad-tools", test_profile_refuses_bad_tools);
  g_test_add_func ("/profile/status-and-history", test_profile_status_and_history);
  g_test_add_func ("/profile/history-is-bounded", test_profile_history_is_bounded);
  g_test_add_func ("/profile/refuses/bad-history", test_profile_refuses_bad_history);
  g_test_add_func ("/profile/fixtures", test_profile_fixtures);
  g_test_add_func ("/profile/free-tools", test_profile_free_tools);
  g_test_add_func ("/profile/migration-1-to-2", test_profile_migration_1_to_2);
  g_test_add_func ("/departements", test_departements);

  return g_test_run ();
}
