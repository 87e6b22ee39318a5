/* test-catalog.c — loading the catalogue, and finding tools by name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "relais-alternative-text.h"
#include "relais-catalog.h"
#include "relais-list-diff.h"
#include "relais-price-text.h"
#include "relais-search.h"
#include "relais-search-model.h"
#include "relais-test-utils.h"

static GBytes *
read_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "catalog", name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static void
test_catalog_load (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  RelaisProprietaryTool *word = relais_catalog_lookup_tool (catalog, "word");
  RelaisAlternative *writer = relais_catalog_lookup_alternative (catalog, "desk-writer");
  g_autofree char *meanwhile = NULL;

  g_assert_cmpuint (relais_catalog_get_categories (catalog)->len, ==, 3);
  g_assert_cmpuint (relais_catalog_get_tools (catalog)->len, ==, 12);
  g_assert_cmpuint (relais_catalog_get_plans (catalog)->len, ==, 6);
  g_assert_cmpuint (relais_catalog_get_alternatives (catalog)->len, ==, 7);

  g_assert_nonnull (word);
  g_assert_cmpstr (word->category->id, ==, "office");
  /* Prices belong to plans, which know the tools they cover. */
  g_assert_true (word->plan == relais_catalog_lookup_plan (catalog, "suite"));
  g_assert_cmpint (word->plan->price->cents, ==, 1000);
  g_assert_cmpstr (word->plan->price->rise, ==, "2026-07-01");
  g_assert_cmpuint (word->plan->tools->len, ==, 3);
  g_assert_true (g_ptr_array_index (word->plan->includes, 0) == relais_catalog_lookup_plan (catalog, "suite-basic"));
  g_assert_null (relais_catalog_lookup_plan (catalog, "creative-all")->price->as_of);
  g_assert_cmpint (relais_catalog_lookup_plan (catalog, "designer-pro")->nonprofit->kind, ==, RELAIS_NONPROFIT_FREE);
  g_assert_null (relais_catalog_lookup_plan (catalog, "no-price")->price);
  g_assert_cmpstr (relais_catalog_lookup_tool (catalog, "callapp")->closed->date, ==, "2025-05-05");
  g_assert_true (relais_catalog_lookup_tool (catalog, "callapp")->closed->secondary);
  /* A tool no free alternative fits says what to do meanwhile; others say nothing. */
  g_assert_cmpstr (relais_catalog_lookup_tool (catalog, "vector")->meanwhile, ==, "Draw by hand and scan the result.");
  g_assert_null (word->meanwhile);
  meanwhile = relais_tool_describe_meanwhile (relais_catalog_lookup_tool (catalog, "vector"));
  g_assert_cmpstr (meanwhile, ==, "Relais knows no free alternative to Vector Pro yet. Draw by hand and scan the result.");
  g_assert_null (relais_tool_describe_meanwhile (word));
  g_assert_cmpuint (word->alternatives->len, ==, 4);
  g_assert_true (g_strv_contains ((const char * const *) word->aliases, "MS Word"));

  /* The references are resolved both ways. */
  g_assert_nonnull (writer);
  g_assert_cmpuint (writer->replacements->len, ==, 2);
  g_assert_true (relais_alternative_get_replacement (writer, word)->full);
  g_assert_false (relais_alternative_get_replacement (writer, relais_catalog_lookup_tool (catalog, "excel"))->full);
  g_assert_null (relais_alternative_get_replacement (writer, relais_catalog_lookup_tool (catalog, "photoshop")));
  g_assert_cmpuint (writer->platforms, ==, RELAIS_PLATFORM_LINUX | RELAIS_PLATFORM_WINDOWS | RELAIS_PLATFORM_MACOS);
  g_assert_cmpstr (writer->flathub, ==, "org.example.DeskWriter");
  g_assert_null (writer->web);
  g_assert_cmpuint (writer->reason_levels[RELAIS_REASON_FINANCIAL], ==, 3);
  /* Maturity and limits are optional: unknown, none. */
  g_assert_cmpint (writer->maturity, ==, RELAIS_MATURITY_UNKNOWN);
  g_assert_true (relais_alternative_is_mature (writer));
  g_assert_null (writer->limits);
  g_assert_cmpint (((RelaisSource *) g_ptr_array_index (writer->sources, 0))->kind, ==, RELAIS_SOURCE_PRIMARY);
}

/* What a project says of itself, and a source that only reports a fact. */
static void
test_catalog_maturity_limits (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  RelaisAlternative *early = relais_catalog_lookup_alternative (catalog, "early-chat");
  RelaisAlternative *stable = relais_catalog_lookup_alternative (catalog, "free-chat");
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Test");
  g_autofree char *early_facts = NULL;
  g_autofree char *stable_facts = NULL;

  g_assert_cmpint (early->maturity, ==, RELAIS_MATURITY_BETA);
  g_assert_false (relais_alternative_is_mature (early));
  g_assert_cmpint (stable->maturity, ==, RELAIS_MATURITY_STABLE);
  g_assert_true (relais_alternative_is_mature (stable));
  g_assert_cmpstr (early->limits, ==, "Early Chat: its free edition keeps only the last 100 messages.");
  g_assert_cmpint (((RelaisSource *) g_ptr_array_index (early->sources, 0))->kind, ==, RELAIS_SOURCE_PRIMARY);
  g_assert_cmpint (((RelaisSource *) g_ptr_array_index (early->sources, 1))->kind, ==, RELAIS_SOURCE_SECONDARY);
  /* What it replaces is Relais's judgement, resting on the project's page:
   * read as such, and not taken for a secondary source. */
  g_assert_cmpint (((RelaisSource *) g_ptr_array_index (early->sources, 2))->kind, ==, RELAIS_SOURCE_JUDGEMENT);

  /* Its limits are said where it is explained, and its secondary source too. */
  early_facts = relais_alternative_describe_facts (early, NULL, NULL, profile);
  stable_facts = relais_alternative_describe_facts (stable, NULL, NULL, profile);
  g_assert_true (g_str_has_prefix (early_facts, "Limits: Early Chat: its free edition keeps only the last 100 messages.\n"));
  g_assert_nonnull (strstr (early_facts, "secondary sources"));
  g_assert_null (strstr (stable_facts, "Limits:"));
  g_assert_null (strstr (stable_facts, "secondary sources"));
}

typedef struct
{
  const char *test_name;
  const char *part;      /* which file to spoil */
  const char *from;
  const char *to;
  const char *message;   /* what the error must say: file and path */
} BadCatalog;

static const BadCatalog bad_catalogs[] = {
  { "not-json", "alternatives.json", "\"alternatives\": [", "\"alternatives\": [[[", "alternatives.json:" },
  { "unknown-category", "proprietary.json", "\"category\": \"chat\"", "\"category\": \"talk\"", "proprietary.json: tools[2].category: no such category" },
  { "unknown-tool", "alternatives.json", "\"tool\": \"whatsapp\"", "\"tool\": \"signal\"", "alternatives.json: alternatives[4].replaces[0].tool: no such proprietary tool" },
  { "duplicate-id", "alternatives.json", "\"id\": \"team-pad\"", "\"id\": \"desk-writer\"", "alternatives.json: alternatives[1].id: used twice" },
  { "level-out-of-range", "alternatives.json", "\"use\": 2", "\"use\": 7", "alternatives.json: alternatives[5].use: out of range" },
  { "missing-licence", "alternatives.json", "\"licence\": \"GPL-3.0-or-later\",", "", "alternatives.json: alternatives[0].licence: missing" },
  { "bad-kind", "proprietary.json", "\"kind\": \"online\"", "\"kind\": \"cloud\"", "proprietary.json: tools[2].kind: not an allowed value" },
  { "no-source", "proprietary.json", "\"sources\": [ { \"url\": \"https://example.org/excel\", \"checked\": \"2026-11-28\" } ]", "\"sources\": []", "proprietary.json: tools[1].sources: no source" },
  { "price-not-a-number", "proprietary.json", "\"amount\": 10.0", "\"amount\": \"ten\"", "proprietary.json: plans[0].price.amount: wrong type" },
  { "price-too-large", "proprietary.json", "\"amount\": 10.0", "\"amount\": 1e12", "proprietary.json: plans[0].price.amount: too large" },
  { "price-bad-currency", "proprietary.json", "\"currency\": \"USD\"", "\"currency\": \"dollars\"", "proprietary.json: plans[3].price.currency: not an ISO 4217 code" },
  { "price-unchecked", "proprietary.json", "\"checked\": \"2026-11-28\",\n                 \"rise\"", "\"rise\"", "proprietary.json: plans[0].price.checked: missing" },
  { "price-bad-date", "proprietary.json", "\"as_of\": \"2026-06\"", "\"as_of\": \"juin 2026\"", "proprietary.json: plans[0].price.as_of: not a date (YYYY-MM or YYYY-MM-DD)" },
  { "price-on-a-tool", "proprietary.json", "\"plan\": \"suite\",", "\"price\": { \"amount\": 1 },", "proprietary.json: tools[0].price: belongs to a plan" },
  { "unknown-included-plan", "proprietary.json", "\"includes\": [\"suite-basic\"]", "\"includes\": [\"suite\"]", "proprietary.json: plans[0].includes: no such other plan" },
  { "unknown-plan", "proprietary.json", "\"plan\": \"suite\",", "\"plan\": \"office-365\",", "proprietary.json: tools[0].plan: no such plan" },
  { "closed-without-date", "proprietary.json", "\"date\": \"2025-05-05\", ", "", "proprietary.json: tools[10].closed.date: missing" },
  { "empty-meanwhile", "proprietary.json", "\"meanwhile\": \"Draw by hand and scan the result.\"", "\"meanwhile\": \"\"", "proprietary.json: tools[6].meanwhile: empty" },
  { "wrong-part", "categories.json", "\"part\": \"categories\"", "\"part\": \"tools\"", "categories.json: : not a catalogue file" },
  { "unknown-maturity", "alternatives.json", "\"maturity\": \"beta\"", "\"maturity\": \"gamma\"", "alternatives.json: alternatives[6].maturity: not an allowed value" },
  { "need-unknown-tool", "categories.json", "\"usual\": [\"meet\"", "\"usual\": [\"doodle\"", "categories.json: needs[1].usual: no such tool" },
  { "need-unknown-free", "categories.json", "\"free\": [\"desk-writer\"]", "\"free\": [\"word\"]", "categories.json: needs[0].free: no such tool" },
  { "need-twice", "categories.json", "\"id\": \"polls\"", "\"id\": \"accounts\"", "categories.json: needs[1].id: used twice" },
  { "unknown-source-kind", "alternatives.json", "\"kind\": \"secondary\"", "\"kind\": \"tertiary\"", "alternatives.json: alternatives[6].sources: a kind that is not primary, secondary or judgement" },
  { "empty-limits", "alternatives.json", "\"limits\": \"Early Chat: its free edition keeps only the last 100 messages.\"", "\"limits\": \"\"", "alternatives.json: alternatives[6].limits: empty" },
  { "alternative-named-like-tool", "alternatives.json", "\"id\": \"win-writer\"", "\"id\": \"word\"", "alternatives.json: alternatives[3].id: is also the id of a proprietary tool" },
};

static void
test_catalog_refuses (gconstpointer data)
{
  const BadCatalog *bad = data;
  GBytes *parts[3] = { read_fixture ("categories.json"), read_fixture ("proprietary.json"),
                       read_fixture ("alternatives.json") };
  static const char *names[] = { "categories.json", "proprietary.json", "alternatives.json" };
  g_autoptr(RelaisCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 3; i++)
    {
      if (g_str_equal (names[i], bad->part))
        {
          g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (parts[i], NULL), g_bytes_get_size (parts[i]));

          g_assert_nonnull (strstr (text->str, bad->from));
          g_string_replace (text, bad->from, bad->to, 1);
          g_bytes_unref (parts[i]);
          parts[i] = g_bytes_new (text->str, text->len);
        }
    }

  catalog = relais_catalog_new_from_data (parts[0], parts[1], parts[2], &error);
  for (guint i = 0; i < 3; i++)
    g_bytes_unref (parts[i]);
  g_assert_null (catalog);
  g_assert_error (error, RELAIS_CATALOG_ERROR, RELAIS_CATALOG_ERROR_INVALID);
  if (strstr (error->message, bad->message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, bad->message);
}

/* --- Search ----------------------------------------------------------------- */

static const char *
first_name (GArray *results)
{
  const RelaisSearchResult *first;

  if (results->len == 0)
    return NULL;
  first = &g_array_index (results, RelaisSearchResult, 0);
  return first->group == 0 ? ((RelaisProprietaryTool *) first->entry)->name
                           : ((RelaisAlternative *) first->entry)->name;
}

static void
test_search_normalize (void)
{
  g_autofree char *a = relais_search_normalize ("  Écran-Partagé, 2 ");
  g_autofree char *b = relais_search_normalize ("GOOGLE   Agenda");
  g_autofree char *c = relais_search_normalize ("!!!");

  g_assert_cmpstr (a, ==, "ecran partage 2");
  g_assert_cmpstr (b, ==, "google agenda");
  g_assert_cmpstr (c, ==, "");
}

static void
test_search_distance (void)
{
  g_assert_cmpuint (relais_search_distance ("excel", "excel", 2), ==, 0);
  g_assert_cmpuint (relais_search_distance ("exel", "excel", 2), ==, 1);
  g_assert_cmpuint (relais_search_distance ("whatsap", "whatsapp", 2), ==, 1);
  g_assert_cmpuint (relais_search_distance ("fotoshop", "photoshop", 2), ==, 2);
  g_assert_cmpuint (relais_search_distance ("wrod", "word", 2), ==, 1);   /* swapped letters */
  g_assert_cmpuint (relais_search_distance ("abc", "xyzabc", 2), ==, 3);  /* cut off past max */
  g_assert_cmpuint (relais_search_distance ("", "ab", 2), ==, 2);
}

typedef struct
{
  const char *query;
  guint       groups;
  const char *first;
  RelaisMatch match;
} Expected;

static const Expected expected_searches[] = {
  { "word", 1, "Word Processor Pro", RELAIS_MATCH_EXACT },           /* an alias, exactly */
  { "WORD", 1, "Word Processor Pro", RELAIS_MATCH_EXACT },           /* any case */
  { "Traitement de texte", 1, "Word Processor Pro", RELAIS_MATCH_EXACT }, /* a French name */
  { "traitement", 1, "Word Processor Pro", RELAIS_MATCH_EXACT },     /* a word of a name */
  { "photo", 1, "Photoshop", RELAIS_MATCH_PREFIX },
  { "exel", 1, "Sheet Pro", RELAIS_MATCH_FUZZY },                    /* one letter left out */
  { "whatsap", 1, "WhatsApp", RELAIS_MATCH_PREFIX },                 /* still being typed */
  { "whatsup", 1, "WhatsApp", RELAIS_MATCH_FUZZY },                  /* a wrong letter */
  { "fotoshop", 1, "Photoshop", RELAIS_MATCH_FUZZY },                /* two mistakes */
  { "wrod", 1, "Word Processor Pro", RELAIS_MATCH_FUZZY },           /* swapped letters */
  { "desk wr", 2, "Desk Writer", RELAIS_MATCH_PREFIX },              /* free names too */
  { "pixel éditor", 2, "Pixel Editor", RELAIS_MATCH_EXACT },         /* accents ignored */
};

static void
test_search_finds (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisSearchIndex) index = relais_catalog_new_search_index (catalog);

  for (guint i = 0; i < G_N_ELEMENTS (expected_searches); i++)
    {
      const Expected *expected = &expected_searches[i];
      g_autoptr(GArray) results = relais_search_index_query (index, expected->query, expected->groups, 10);

      if (g_strcmp0 (first_name (results), expected->first) != 0)
        g_error ("“%s” found “%s” first, not “%s”", expected->query, first_name (results), expected->first);
      if (g_array_index (results, RelaisSearchResult, 0).match != expected->match)
        g_error ("“%s” matched as %d, not %d", expected->query, g_array_index (results, RelaisSearchResult, 0).match, expected->match);
    }
}

static void
test_search_ranks (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisSearchIndex) index = relais_catalog_new_search_index (catalog);
  g_autoptr(GArray) nothing = relais_search_index_query (index, "zzzzqqq", 3, 10);
  g_autoptr(GArray) empty = relais_search_index_query (index, "  ", 3, 10);
  g_autoptr(GArray) tools_only = relais_search_index_query (index, "writer", 1, 10);
  g_autoptr(GArray) limited = relais_search_index_query (index, "p", 3, 2);
  g_autoptr(GArray) many = relais_search_index_query (index, "pro", 3, 10);

  g_assert_cmpuint (nothing->len, ==, 0);
  g_assert_cmpuint (empty->len, ==, 0);
  /* "writer" names only free alternatives: none in the proprietary group. */
  g_assert_cmpuint (tools_only->len, ==, 0);
  g_assert_cmpuint (limited->len, ==, 2);

  /* Scores never go up along the list, and each entry comes once. */
  for (guint i = 1; i < many->len; i++)
    {
      g_assert_cmpint (g_array_index (many, RelaisSearchResult, i).score, <=,
                       g_array_index (many, RelaisSearchResult, i - 1).score);
      for (guint j = 0; j < i; j++)
        g_assert_true (g_array_index (many, RelaisSearchResult, i).entry !=
                       g_array_index (many, RelaisSearchResult, j).entry);
    }
}

typedef struct
{
  guint emissions;
  guint position;
  guint removed;
  guint added;
} Change;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  change->emissions++;
  change->position = position;
  change->removed = removed;
  change->added = added;
}

static const char *
name_at (GListModel *model,
         guint       position)
{
  g_autoptr(RelaisToolMatch) match = g_list_model_get_item (model, position);

  return match != NULL ? relais_tool_match_get_tool (match)->name : NULL;
}

/* The results as a model: only what differs from the last query changes, and
 * a tool found again is the same item. */
static void
test_search_model (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisSearchModel) search = relais_search_model_new (catalog, 8);
  GListModel *model = G_LIST_MODEL (search);
  g_autoptr(RelaisToolMatch) first = NULL;
  Change change = { 0 };

  g_signal_connect (search, "items-changed", G_CALLBACK (items_changed_cb), &change);
  g_assert_true (g_list_model_get_item_type (model) == RELAIS_TYPE_TOOL_MATCH);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  relais_search_model_set_query (search, "whatsap");
  g_assert_cmpuint (change.emissions, ==, 1);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, g_list_model_get_n_items (model));
  g_assert_cmpstr (name_at (model, 0), ==, "WhatsApp");
  first = g_list_model_get_item (model, 0);

  /* One more letter, the same best match: its row stays. */
  change.emissions = 0;
  relais_search_model_set_query (search, "whatsapp");
  if (change.emissions > 0)
    g_assert_cmpuint (change.position, >, 0);
  {
    g_autoptr(RelaisToolMatch) again = g_list_model_get_item (model, 0);

    g_assert_true (again == first);
  }

  /* The same text again is no change. */
  change.emissions = 0;
  relais_search_model_set_query (search, "whatsapp");
  g_assert_cmpuint (change.emissions, ==, 0);

  /* Another tool first: it is replaced, and the count says how many. */
  relais_search_model_set_query (search, "wrod");
  g_assert_cmpuint (change.emissions, ==, 1);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpstr (name_at (model, 0), ==, "Word Processor Pro");
  g_assert_null (name_at (model, g_list_model_get_n_items (model)));

  /* Blank: nothing found, in one change. */
  change.emissions = 0;
  relais_search_model_set_query (search, "   ");
  g_assert_cmpuint (change.emissions, ==, 1);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
}

/* A need's name or one of its words, French or English, with or without
 * accents, finds the need's usual tools in the need's order; a tool's own
 * name still comes first when it is what was typed. */
static void
test_search_needs (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisSearchModel) search = relais_search_model_new (catalog, 8);
  GListModel *model = G_LIST_MODEL (search);
  RelaisNeed *accounts = relais_catalog_lookup_need (catalog, "accounts");
  static const char * const accounts_queries[] = { "compta", "adhérents", "adherents", "accounting", "Members" };

  g_assert_cmpuint (relais_catalog_get_needs (catalog)->len, ==, 2);
  g_assert_nonnull (accounts);
  g_assert_cmpuint (accounts->tools->len, ==, 2);
  g_assert_cmpstr (((RelaisAlternative *) g_ptr_array_index (accounts->free, 0))->id, ==, "desk-writer");

  for (guint i = 0; i < G_N_ELEMENTS (accounts_queries); i++)
    {
      relais_search_model_set_query (search, accounts_queries[i]);
      g_assert_cmpuint (g_list_model_get_n_items (model), >=, 2);
      g_assert_cmpstr (name_at (model, 0), ==, "Sheet Extra");
      g_assert_cmpstr (name_at (model, 1), ==, "Sheet Pro");
    }

  /* "sondage": the need's two tools, each once. */
  relais_search_model_set_query (search, "sondage");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpstr (name_at (model, 0), ==, "Meet");
  g_assert_cmpstr (name_at (model, 1), ==, "WhatsApp");

  /* A tool's own name wins over a need that lists it, and over a need
   * whose word it is ("excel", a word of polls here, is Sheet Pro's alias);
   * the need's tools follow. */
  relais_search_model_set_query (search, "whatsapp");
  g_assert_cmpstr (name_at (model, 0), ==, "WhatsApp");
  relais_search_model_set_query (search, "excel");
  g_assert_cmpstr (name_at (model, 0), ==, "Sheet Pro");
  g_assert_cmpstr (name_at (model, 1), ==, "Meet");

  /* A small limit cuts a need's tools too. */
  {
    g_autoptr(RelaisSearchModel) small = relais_search_model_new (catalog, 1);

    relais_search_model_set_query (small, "compta");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (small)), ==, 1);
  }
}

/* The part that changed lies between the common beginning and end. */
static void
test_list_diff (void)
{
  const char *old_items[] = { "a", "b", "c", "d" };
  const char *typed[] = { "a", "b", "x", "c", "d" };
  const char *dropped[] = { "a", "d" };
  const char *other[] = { "y" };
  guint position, removed, added;

  g_assert_false (relais_list_diff ((gpointer *) old_items, 4, (gpointer *) old_items, 4, g_str_equal,
                                    &position, &removed, &added));
  g_assert_cmpuint (removed + added, ==, 0);

  g_assert_true (relais_list_diff ((gpointer *) old_items, 4, (gpointer *) typed, 5, g_str_equal,
                                   &position, &removed, &added));
  g_assert_cmpuint (position, ==, 2);
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (added, ==, 1);

  g_assert_true (relais_list_diff ((gpointer *) old_items, 4, (gpointer *) dropped, 2, g_str_equal,
                                   &position, &removed, &added));
  g_assert_cmpuint (position, ==, 1);
  g_assert_cmpuint (removed, ==, 2);
  g_assert_cmpuint (added, ==, 0);

  g_assert_true (relais_list_diff ((gpointer *) old_items, 4, (gpointer *) other, 1, g_str_equal,
                                   &position, &removed, &added));
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (removed, ==, 4);
  g_assert_cmpuint (added, ==, 1);

  g_assert_true (relais_list_diff (NULL, 0, (gpointer *) other, 1, NULL, &position, &removed, &added));
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (added, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/load", test_catalog_load);
  g_test_add_func ("/catalog/maturity-limits", test_catalog_maturity_limits);
  for (guint i = 0; i < G_N_ELEMENTS (bad_catalogs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog/refuses/%s", bad_catalogs[i].test_name);
      g_test_add_data_func (path, &bad_catalogs[i], test_catalog_refuses);
    }
  g_test_add_func ("/search/normalize", test_search_normalize);
  g_test_add_func ("/search/distance", test_search_distance);
  g_test_add_func ("/search/finds", test_search_finds);
  g_test_add_func ("/search/ranks", test_search_ranks);
  g_test_add_func ("/search/model", test_search_model);
  g_test_add_func ("/search/needs", test_search_needs);
  g_test_add_func ("/list/diff", test_list_diff);

  return g_test_run ();
}
