/* test-workshop.c — the workshop's API, which the command line and the
 * window share: bundles (round trip, limits, "Keep Both"), inputs read once
 * each, the totals (the département rule, nothing typed by a user in them),
 * plans in a batch (safe names, never over a file, progress and cancel)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "relais-plan-batch.h"
#include "relais-profile-bundle.h"
#include "relais-progress.h"
#include "relais-summary-export.h"
#include "relais-test-utils.h"

#define SECRET "Zqx-secret"

static RelaisProfile *
make_profile (const char *name,
              const char *departement)
{
  RelaisProfile *profile = relais_profile_new (name);
  RelaisProfileTool *tool;

  relais_profile_set_kind (profile, RELAIS_PROFILE_KIND_ASSOCIATION);
  relais_profile_set_departement (profile, departement);
  tool = relais_profile_add_tool (profile, "word");
  relais_profile_tool_set_note (tool, SECRET " note");
  relais_profile_tool_set_noted_by (tool, SECRET " person");
  relais_profile_tool_set_choice (tool, "desk-writer");
  relais_profile_tool_set_status (tool, RELAIS_TOOL_STATUS_ADOPTED);
  relais_profile_tool_set_yearly_price (tool, 99.5);
  return profile;
}

static GPtrArray *
make_profiles (guint n)
{
  GPtrArray *profiles = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf (SECRET " %u", i);

      /* Four in Calvados, the rest in the Manche, one in the Orne. */
      g_ptr_array_add (profiles, make_profile (name, i < 4 ? "14" : i + 1 < n ? "50" : "61"));
    }
  return profiles;
}

static void
test_bundle_round_trip (void)
{
  g_autoptr(GPtrArray) profiles = make_profiles (5);
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = relais_profile_bundle_to_bytes (profiles, &error);
  g_assert_no_error (error);
  read = relais_profile_bundle_read_bytes (bytes, "test.relais-bundle", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 5);
  for (guint i = 0; i < read->len; i++)
    {
      g_autofree char *written = relais_profile_to_data (profiles->pdata[i], NULL);
      g_autofree char *again = relais_profile_to_data (read->pdata[i], NULL);

      g_assert_cmpstr (written, ==, again);
    }
}

static GBytes *
static_bytes (const char *text)
{
  return g_bytes_new_static (text, strlen (text));
}

static void
test_bundle_limits (void)
{
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) many = g_string_new ("{\"format\": \"" RELAIS_BUNDLE_FORMAT "\", \"version\": 1, \"profiles\": [");

  for (guint i = 0; i <= RELAIS_BUNDLE_MAX_PROFILES; i++)
    g_ptr_array_add (profiles, relais_profile_new ("x"));
  bytes = relais_profile_bundle_to_bytes (profiles, &error);
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE);
  g_assert_null (bytes);
  g_clear_error (&error);

  /* Refused before any profile is read: empty objects would each fail. */
  for (guint i = 0; i <= RELAIS_BUNDLE_MAX_PROFILES; i++)
    g_string_append (many, i > 0 ? ", {}" : "{}");
  g_string_append (many, "]}");
  bytes = g_string_free_to_bytes (g_steal_pointer (&many));
  read = relais_profile_bundle_read_bytes (bytes, "many", NULL, &error);
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_TOO_LARGE);
  g_assert_null (read);
  g_clear_error (&error);

  /* Values of the wrong type, where json-glib's getters would complain. */
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = static_bytes ("{\"format\": {}, \"version\": \"1\"}");
  read = relais_profile_bundle_read_bytes (bytes, "odd", NULL, &error);
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_NOT_A_PROFILE);
  g_assert_null (read);
  g_clear_error (&error);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = static_bytes ("{\"format\": \"" RELAIS_BUNDLE_FORMAT "\", \"version\": \"1\", \"profiles\": 3}");
  read = relais_profile_bundle_read_bytes (bytes, "odd", NULL, &error);
  g_assert_error (error, RELAIS_PROFILE_ERROR, RELAIS_PROFILE_ERROR_BAD_VERSION);
  g_assert_null (read);
}

static void
count_cb (guint       done,
          guint       total,
          const char *name,
          gpointer    user_data)
{
  guint *calls = user_data;

  g_assert_cmpuint (done, ==, *calls + 1);
  g_assert_cmpuint (total, ==, 3);
  (*calls)++;
}

static void
test_bundle_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_dir_make_tmp ("relais-workshop-XXXXXX", &error);
  g_autoptr(GFile) folder = g_file_new_for_path (base);
  g_autoptr(GFile) profiles_folder = g_file_get_child (folder, "profiles");
  g_autoptr(GFile) bundle = g_file_get_child (folder, "b.relais-bundle");
  g_autoptr(RelaisProfileStore) store = relais_profile_store_new (profiles_folder);
  g_autoptr(GPtrArray) profiles = make_profiles (3);
  g_autoptr(GPtrArray) imported = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  guint calls = 0;

  g_assert_no_error (error);
  g_assert_true (relais_profile_bundle_write (profiles, bundle, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (relais_profile_store_add (store, profiles->pdata[1], &error));

  /* Without Keep Both: the one already there is left out, and named. */
  imported = relais_profile_store_import_bundle (store, bundle, FALSE, NULL, NULL, NULL, &skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imported->len, ==, 2);
  g_assert_cmpuint (skipped->len, ==, 1);
  g_assert_cmpstr (skipped->pdata[0], ==, relais_profile_get_name (profiles->pdata[1]));
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (store)), ==, 3);
  g_clear_pointer (&imported, g_ptr_array_unref);
  g_clear_pointer (&skipped, g_ptr_array_unref);

  /* With it: three copies under new identifiers, the progress told each. */
  imported = relais_profile_store_import_bundle (store, bundle, TRUE, NULL, count_cb, &calls, &skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imported->len, ==, 3);
  g_assert_cmpuint (skipped->len, ==, 0);
  for (guint i = 0; i < imported->len; i++)
    g_assert_cmpstr (relais_profile_get_id (imported->pdata[i]), !=, relais_profile_get_id (profiles->pdata[i]));
  g_assert_cmpuint (g_list_model_get_n_items (relais_profile_store_get_profiles (store)), ==, 6);
  g_assert_cmpuint (calls, ==, 3);

  relais_test_remove_tree (folder);
}

static void
test_inputs_once (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_dir_make_tmp ("relais-workshop-XXXXXX", &error);
  g_autoptr(GPtrArray) profiles = make_profiles (3);
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (base);
  g_autoptr(GFile) bundle = g_file_get_child (folder, "all.relais-bundle");
  g_autofree char *single = g_build_filename (base, "one.relais", NULL);
  g_autofree char *data = NULL;
  g_autofree char *ignored = g_build_filename (base, "notes.txt", NULL);
  const char *paths[] = { base, NULL };

  g_assert_true (relais_profile_bundle_write (profiles, bundle, NULL, &error));
  /* The same profile alone, changed later: that version is the one counted. */
  relais_profile_set_kind (profiles->pdata[0], RELAIS_PROFILE_KIND_COLLECTIVE);
  data = relais_profile_to_data (profiles->pdata[0], NULL);
  g_assert_true (g_file_set_contents (single, data, -1, &error));
  g_assert_true (g_file_set_contents (ignored, "not a profile", -1, &error));

  read = relais_profile_bundle_read_inputs (paths, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 3);
  for (guint i = 0; i < read->len; i++)
    if (g_str_equal (relais_profile_get_id (read->pdata[i]), relais_profile_get_id (profiles->pdata[0])))
      g_assert_cmpint (relais_profile_get_kind (read->pdata[i]), ==, RELAIS_PROFILE_KIND_COLLECTIVE);

  relais_test_remove_tree (folder);
}

static RelaisSummarySection *
find_section (RelaisSummary *summary,
              const char    *id)
{
  for (guint i = 0; i < summary->sections->len; i++)
    if (g_str_equal (((RelaisSummarySection *) summary->sections->pdata[i])->id, id))
      return summary->sections->pdata[i];
  g_assert_not_reached ();
}

static void
test_summary (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(GPtrArray) profiles = make_profiles (7);
  g_autoptr(RelaisSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GBytes) ods = NULL;
  RelaisSummarySection *departements;
  RelaisSummarySection *savings;
  gint64 saved = 0;

  summary = relais_summary_new (profiles, catalog, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->profiles, ==, 7);

  /* 14: four; 50: two, under three, so with the Orne's one as "other". */
  departements = find_section (summary, "departements");
  g_assert_cmpuint (departements->rows->len, ==, 2);
  g_assert_true (g_str_has_prefix (((RelaisSummaryRow *) departements->rows->pdata[0])->label, "14 "));
  g_assert_cmpint (((RelaisSummaryRow *) departements->rows->pdata[0])->value, ==, 4);
  g_assert_cmpint (((RelaisSummaryRow *) departements->rows->pdata[1])->value, ==, 3);

  /* Word adopted in each: the Progress area's savings, added up. */
  savings = find_section (summary, "savings-EUR");
  for (guint i = 0; i < profiles->len; i++)
    {
      g_autoptr(RelaisProgress) progress = relais_progress_new (profiles->pdata[i], catalog);

      saved += relais_progress_get_cents (progress, "EUR", TRUE);
    }
  g_assert_cmpint (saved, >, 0);
  g_assert_cmpint (((RelaisSummaryRow *) savings->rows->pdata[0])->value, ==, saved);
  g_assert_cmpint (((RelaisSummaryRow *) savings->rows->pdata[1])->value, ==, 0);

  csv = relais_summary_to_csv (summary);
  ods = relais_summary_to_ods (summary, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (csv, "Zqx"));
  g_assert_nonnull (strstr (csv, "Desk Writer,7,"));
  g_assert_null (g_strstr_len (g_bytes_get_data (ods, NULL), (gssize) g_bytes_get_size (ods), "Zqx"));
}

static void
test_file_names (void)
{
  struct { const char *name; const char *file; } cases[] = {
    { "Les Amis", "Les Amis.pdf" },
    { "../../etc/passwd", "-..-etc-passwd.pdf" },
    { "a:b*c?d\"e<f>g|h\\i", "a-b-c-d-e-f-g-h-i.pdf" },
    { "...", "plan.pdf" },
    { "  Tab\there. ", "Tab here.pdf" },
    { "Łódź ∞ café", "Łódź ∞ café.pdf" },
  };
  g_autofree char *long_name = g_strnfill (300, 'x');
  g_autofree char *long_file = relais_plan_batch_file_name (long_name, "odt");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *file = relais_plan_batch_file_name (cases[i].name, "pdf");

      g_assert_cmpstr (file, ==, cases[i].file);
    }
  g_assert_cmpuint (strlen (long_file), ==, 80 + strlen (".odt"));
}

typedef struct
{
  GCancellable *cancellable;
  guint         calls;
} Batch;

static void
cancel_after_first_cb (guint          done,
                       guint          total,
                       RelaisProfile *profile,
                       GFile         *written,
                       const GError  *error,
                       gpointer       user_data)
{
  Batch *batch = user_data;

  g_assert_nonnull (written);
  g_assert_null (error);
  batch->calls++;
  g_cancellable_cancel (batch->cancellable);
}

static void
test_batch (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_dir_make_tmp ("relais-workshop-XXXXXX", &error);
  g_autoptr(GFile) folder = g_file_new_for_path (base);
  g_autoptr(GFile) taken = g_file_get_child (folder, "Les Amis.odt");
  g_autoptr(GFile) second = g_file_get_child (folder, "Les Amis (2).odt");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) kept = NULL;
  RelaisPlanSources sources = { NULL, catalog, NULL, NULL, now, "en" };
  Batch batch = { cancellable, 0 };
  guint written = 99;

  g_ptr_array_add (profiles, make_profile ("Les Amis", "14"));
  g_ptr_array_add (profiles, make_profile ("Les Autres", "14"));
  g_assert_true (g_file_replace_contents (taken, "mine", 4, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error));

  g_assert_false (relais_plan_batch_export (profiles, &sources, folder, "odt", RELAIS_PLAN_PAPER_A4, cancellable,
                                            cancel_after_first_cb, &batch, &written, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (written, ==, 1);
  g_assert_cmpuint (batch.calls, ==, 1);
  /* The file already there is as it was; the plan is beside it. */
  kept = g_file_load_bytes (taken, NULL, NULL, NULL);
  g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), "mine", 4);
  g_assert_true (g_file_query_exists (second, NULL));

  relais_test_remove_tree (folder);
}

/* The entry points refuse what a caller must never pass, loudly. */
static void
test_preconditions (void)
{
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();

  g_test_expect_message ("relais-profile-store", G_LOG_LEVEL_CRITICAL, "*profiles != NULL*");
  g_assert_null (relais_profile_bundle_to_bytes (NULL, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("relais-plan", G_LOG_LEVEL_CRITICAL, "*sources->catalog != NULL*");
  g_assert_false (relais_plan_batch_export (empty, &(RelaisPlanSources) { 0 }, NULL, "doc",
                                            RELAIS_PLAN_PAPER_A4, NULL, NULL, NULL, NULL, NULL));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/workshop/bundle/round-trip", test_bundle_round_trip);
  g_test_add_func ("/workshop/bundle/limits", test_bundle_limits);
  g_test_add_func ("/workshop/bundle/import", test_bundle_import);
  g_test_add_func ("/workshop/inputs/once", test_inputs_once);
  g_test_add_func ("/workshop/summary", test_summary);
  g_test_add_func ("/workshop/batch/file-names", test_file_names);
  g_test_add_func ("/workshop/batch/cancel", test_batch);
  g_test_add_func ("/workshop/preconditions", test_preconditions);

  return g_test_run ();
}
