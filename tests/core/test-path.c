/* test-path.c — the stages of the path and the checklist kept in a profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "relais-path.h"
#include "relais-profile-tool.h"

static const RelaisStage *
stage_by_id (const char *id)
{
  for (guint i = 0; i < relais_path_get_n_stages (); i++)
    if (g_str_equal (relais_path_get_stage (i)->id, id))
      return relais_path_get_stage (i);
  return NULL;
}

static void
test_path_stages (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (relais_path_get_n_stages (), ==, 8);
  g_assert_cmpstr (relais_path_get_stage (0)->id, ==, "understand");
  g_assert_cmpstr (relais_path_get_stage (7)->id, ==, "keep-going");

  /* A person on their own does not "decide together"; groups do. */
  g_assert_false (relais_path_stage_applies (stage_by_id ("decide"), RELAIS_PROFILE_KIND_PERSON));
  g_assert_true (relais_path_stage_applies (stage_by_id ("decide"), RELAIS_PROFILE_KIND_COLLECTIVE));

  /* Every stage has steps for everyone it applies to, and ids are unique:
   * profiles keep them. */
  for (guint i = 0; i < relais_path_get_n_stages (); i++)
    {
      const RelaisStage *stage = relais_path_get_stage (i);

      for (RelaisProfileKind kind = RELAIS_PROFILE_KIND_PERSON; kind <= RELAIS_PROFILE_KIND_RESSOURCERIE; kind++)
        {
          guint applicable = 0;

          if (!relais_path_stage_applies (stage, kind))
            continue;
          for (guint j = 0; j < stage->n_items; j++)
            applicable += relais_path_item_applies (&stage->items[j], kind);
          g_assert_cmpuint (applicable, >, 0);
        }
      for (guint j = 0; j < stage->n_items; j++)
        {
          g_assert_false (g_hash_table_contains (ids, stage->items[j].id));
          g_hash_table_add (ids, (gpointer) stage->items[j].id);
        }
    }
}

static void
test_path_checklist (void)
{
  g_autoptr(RelaisProfile) person = relais_profile_new ("Moi");
  g_autoptr(RelaisProfile) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  const RelaisStage *understand = stage_by_id ("understand");
  guint total, done, skipped;

  relais_profile_set_kind (person, RELAIS_PROFILE_KIND_PERSON);
  relais_path_count (understand, person, &total, &done, &skipped);
  g_assert_cmpuint (total, ==, 1);   /* "talk with the people you work with" is for groups */
  g_assert_cmpuint (done, ==, 0);

  relais_profile_set_item_state (person, "understand.weigh", RELAIS_ITEM_DONE);
  relais_profile_set_item_state (person, "stock.equipment", RELAIS_ITEM_SKIPPED);
  relais_profile_set_item_note (person, "stock.equipment", "Un seul portable, de 2014");
  relais_path_count (understand, person, &total, &done, &skipped);
  g_assert_cmpuint (done, ==, 1);
  relais_path_count (stage_by_id ("stock"), person, &total, &done, &skipped);
  g_assert_cmpuint (total, ==, 3);
  g_assert_cmpuint (skipped, ==, 1);

  data = relais_profile_to_data (person, NULL);
  loaded = relais_profile_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (relais_profile_get_item_state (loaded, "understand.weigh"), ==, RELAIS_ITEM_DONE);
  g_assert_cmpint (relais_profile_get_item_state (loaded, "stock.equipment"), ==, RELAIS_ITEM_SKIPPED);
  g_assert_cmpstr (relais_profile_get_item_note (loaded, "stock.equipment"), ==, "Un seul portable, de 2014");
  g_assert_cmpint (relais_profile_get_item_state (loaded, "migrate.files"), ==, RELAIS_ITEM_TODO);
}

static void
test_path_own_steps (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("À ma façon");
  g_autoptr(RelaisProfile) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *id = NULL;
  guint total, done, skipped;

  relais_path_count (stage_by_id ("stock"), profile, &total, &done, &skipped);
  g_assert_cmpuint (total, ==, 3);

  id = g_strdup (relais_profile_add_own_step (profile, "stock", "Compter les clés USB du local"));
  g_assert_true (g_str_has_prefix (id, "own."));
  relais_profile_set_item_state (profile, id, RELAIS_ITEM_DONE);
  relais_path_count (stage_by_id ("stock"), profile, &total, &done, &skipped);
  g_assert_cmpuint (total, ==, 4);
  g_assert_cmpuint (done, ==, 1);

  data = relais_profile_to_data (profile, NULL);
  loaded = relais_profile_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (relais_profile_get_own_steps (loaded)->len, ==, 1);
  g_assert_cmpstr (((RelaisOwnStep *) g_ptr_array_index (relais_profile_get_own_steps (loaded), 0))->text,
                   ==, "Compter les clés USB du local");
  g_assert_cmpint (relais_profile_get_item_state (loaded, id), ==, RELAIS_ITEM_DONE);

  relais_profile_remove_own_step (profile, id);
  relais_path_count (stage_by_id ("stock"), profile, &total, &done, &skipped);
  g_assert_cmpuint (total, ==, 3);
  g_assert_cmpuint (done, ==, 0);
}

static void
test_path_migrations (void)
{
  g_autofree char *id = NULL;

  g_assert_cmpstr (relais_path_get_migration ("office")->id, ==, "documents");
  g_assert_cmpstr (relais_path_get_migration ("email")->id, ==, "mail");
  g_assert_cmpstr (relais_path_get_migration ("association-management")->id, ==, "members");
  g_assert_cmpstr (relais_path_get_migration ("events-social")->id, ==, "community");
  /* Any other kind of tool gets the general steps. */
  g_assert_cmpstr (relais_path_get_migration ("maps")->id, ==, "other");
  g_assert_cmpstr (relais_path_get_migration (NULL)->id, ==, "other");
  g_assert_nonnull (relais_path_get_migration ("office")->steps[0]);

  /* Each tool ticks its own steps. */
  id = relais_path_migration_step_id (relais_path_get_migration ("office"), "microsoft-word", 1);
  g_assert_cmpstr (id, ==, "migrate:microsoft-word:documents.1");
}

static void
test_path_refuses_bad_checklist (void)
{
  static const char *bad[] = {
    "[]",
    "{\"stock.tools\": \"done\"}",
    "{\"stock.tools\": {\"state\": \"finished\"}}",
    "{\"stock.tools\": {\"state\": \"done\", \"note\": 4}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(RelaisProfile) profile = relais_profile_new ("x");
      g_autofree char *data = relais_profile_to_data (profile, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonParser) value = json_parser_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *document = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RelaisProfile) loaded = NULL;

      g_assert_true (json_parser_load_from_data (parser, data, -1, NULL));
      g_assert_true (json_parser_load_from_data (value, bad[i], -1, NULL));
      json_object_set_member (json_node_get_object (json_parser_get_root (parser)), "checklist",
                              json_node_copy (json_parser_get_root (value)));
      json_generator_set_root (generator, json_parser_get_root (parser));
      document = json_generator_to_data (generator, NULL);
      loaded = relais_profile_new_from_data (document, -1, &error);
      g_assert_null (loaded);
      g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_WRONG_TYPE);
    }
}

static RelaisProfile *
reload (RelaisProfile *profile)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = relais_profile_to_data (profile, NULL);
  RelaisProfile *loaded = relais_profile_new_from_data (data, -1, &error);

  g_assert_no_error (error);
  return loaded;
}

/* Steps Relais can see are done show as done; the user's own say wins. */
static void
test_path_derived (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Les Amis du Pays d’Auge");
  g_autoptr(RelaisProfile) loaded = NULL;
  g_autofree char *text = NULL;
  const char *ids[] = { "word", "excel", "gmail" };
  RelaisProfileTool *tools[G_N_ELEMENTS (ids)];
  guint done, total, skipped;

  relais_profile_set_kind (profile, RELAIS_PROFILE_KIND_ASSOCIATION);

  /* Nothing given yet: nothing is done, and nothing counted. */
  g_assert_cmpint (relais_path_item_get_state (profile, "understand.weigh"), ==, RELAIS_ITEM_TODO);
  g_assert_true (relais_path_item_get_progress (profile, "choose.pick", &done, &total));
  g_assert_cmpuint (total, ==, 0);
  g_assert_cmpint (relais_path_item_get_state (profile, "choose.pick"), ==, RELAIS_ITEM_TODO);
  g_assert_null (relais_path_item_describe_progress (profile, "choose.pick"));
  /* A step Relais cannot see. */
  g_assert_false (relais_path_item_get_progress (profile, "decide.board", &done, &total));

  /* The reasons given their own weights. */
  relais_profile_set_weight (profile, RELAIS_REASON_VALUES, RELAIS_WEIGHT_ESSENTIAL);
  g_assert_cmpint (relais_path_item_get_state (profile, "understand.weigh"), ==, RELAIS_ITEM_DONE);
  relais_path_count (stage_by_id ("understand"), profile, &total, &done, &skipped);
  g_assert_cmpuint (done, ==, 1);

  /* Three tools listed, two chosen: listed is done, choosing counts 2 of 3. */
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    tools[i] = relais_profile_add_tool (profile, ids[i]);
  relais_profile_tool_set_choice (tools[0], "libreoffice-writer");
  relais_profile_tool_set_choice (tools[1], RELAIS_CHOICE_NOT_NOW);
  g_assert_cmpint (relais_path_item_get_state (profile, "stock.tools"), ==, RELAIS_ITEM_DONE);
  g_assert_true (relais_path_item_get_progress (profile, "choose.pick", &done, &total));
  g_assert_cmpuint (done, ==, 2);
  g_assert_cmpuint (total, ==, 3);
  g_assert_cmpint (relais_path_item_get_state (profile, "choose.pick"), ==, RELAIS_ITEM_TODO);
  text = relais_path_item_describe_progress (profile, "choose.pick");
  g_assert_cmpstr (text, ==, "2 of 3 tools chosen");

  /* The last one chosen: done, and the stage counts it. */
  relais_profile_tool_set_choice (tools[2], "thunderbird");
  g_assert_cmpint (relais_path_item_get_state (profile, "choose.pick"), ==, RELAIS_ITEM_DONE);
  relais_path_count (stage_by_id ("choose"), profile, &total, &done, &skipped);
  g_assert_cmpuint (done, ==, 1);

  /* Trying counts only what was chosen to try ("not now" is not). */
  g_assert_true (relais_path_item_get_progress (profile, "choose.try", &done, &total));
  g_assert_cmpuint (total, ==, 2);
  g_assert_cmpuint (done, ==, 0);
  relais_profile_tool_set_status (tools[0], RELAIS_TOOL_STATUS_TRYING);
  relais_profile_tool_set_status (tools[2], RELAIS_TOOL_STATUS_ADOPTED);
  g_assert_cmpint (relais_path_item_get_state (profile, "choose.try"), ==, RELAIS_ITEM_DONE);

  /* Saying what each tool is for. */
  g_assert_cmpint (relais_path_item_get_state (profile, "stock.users"), ==, RELAIS_ITEM_TODO);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    relais_profile_tool_set_note (tools[i], "Le bulletin");
  g_assert_cmpint (relais_path_item_get_state (profile, "stock.users"), ==, RELAIS_ITEM_DONE);

  /* The user unticks a step Relais sees as done: their untick wins, and is
   * kept in the file; the derived state is never written. */
  relais_profile_set_item_state (profile, "choose.pick", RELAIS_ITEM_TODO);
  g_assert_cmpint (relais_path_item_get_state (profile, "choose.pick"), ==, RELAIS_ITEM_TODO);
  g_assert_true (relais_profile_get_item_set_by_user (profile, "choose.pick"));
  g_assert_false (relais_profile_get_item_set_by_user (profile, "stock.tools"));
  loaded = reload (profile);
  g_assert_cmpint (relais_path_item_get_state (loaded, "choose.pick"), ==, RELAIS_ITEM_TODO);
  g_assert_cmpint (relais_path_item_get_state (loaded, "stock.tools"), ==, RELAIS_ITEM_DONE);
  g_assert_false (relais_profile_get_item_set_by_user (loaded, "stock.tools"));

  /* Ticked again, it is the user's tick. */
  relais_profile_set_item_state (loaded, "choose.pick", RELAIS_ITEM_DONE);
  g_assert_cmpint (relais_path_item_get_state (loaded, "choose.pick"), ==, RELAIS_ITEM_DONE);

  /* A tool removed leaves nothing to count. */
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    relais_profile_remove_tool (profile, tools[i]);
  g_assert_cmpint (relais_path_item_get_state (profile, "stock.tools"), ==, RELAIS_ITEM_TODO);
}

/* A note alone, as older files hold it, does not stop Relais seeing a step. */
static void
test_path_derived_older_note (void)
{
  g_autoptr(RelaisProfile) profile = NULL;
  g_autoptr(GError) error = NULL;
  const char *data =
    "{ \"format\": \"fr.artifaille.Relais.Profile\", \"version\": 2, \"id\": \"6b1c0b5e-2a8e-4c7b-9d0e-1f2a3b4c5d6e\","
    "  \"name\": \"Note\", \"kind\": \"association\", \"place\": { \"departement\": \"14\" },"
    "  \"reasons\": { \"values\": 3, \"technical\": 2, \"financial\": 2 },"
    "  \"checklist\": { \"understand.weigh\": { \"state\": \"todo\", \"note\": \"Voir en CA\" },"
    "                   \"choose.pick\": { \"state\": \"todo\", \"note\": \"\", \"set_by_user\": true } },"
    "  \"created\": \"2026-11-01T10:00:00Z\", \"modified\": \"2026-11-02T11:30:00Z\" }";

  profile = relais_profile_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (relais_path_item_get_state (profile, "understand.weigh"), ==, RELAIS_ITEM_DONE);
  g_assert_false (relais_profile_get_item_set_by_user (profile, "understand.weigh"));
  g_assert_true (relais_profile_get_item_set_by_user (profile, "choose.pick"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/path/stages", test_path_stages);
  g_test_add_func ("/path/checklist", test_path_checklist);
  g_test_add_func ("/path/migrations", test_path_migrations);
  g_test_add_func ("/path/own-steps", test_path_own_steps);
  g_test_add_func ("/path/derived", test_path_derived);
  g_test_add_func ("/path/derived-older-note", test_path_derived_older_note);
  g_test_add_func ("/path/refuses-bad-checklist", test_path_refuses_bad_checklist);

  return g_test_run ();
}
