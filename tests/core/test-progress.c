/* test-progress.c — the figures of a journey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "relais-profile-tool.h"
#include "relais-progress.h"
#include "relais-test-utils.h"

static void
test_progress_counts_and_savings (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Chiffres");
  g_autoptr(RelaisProgress) progress = NULL;
  RelaisProfileTool *word, *photoshop, *whatsapp;

  /* Adopted: 10 € a month for 3 people is saved, 360 € a year. */
  word = relais_profile_add_tool (profile, "word");
  relais_profile_tool_set_users (word, 3);
  relais_profile_tool_set_choice (word, "desk-writer");
  relais_profile_tool_set_status (word, RELAIS_TOOL_STATUS_ADOPTED);
  /* Chosen, being tried: 290 € a year still to save. */
  photoshop = relais_profile_add_tool (profile, "photoshop");
  relais_profile_tool_set_choice (photoshop, "pixel-editor");
  relais_profile_tool_set_status (photoshop, RELAIS_TOOL_STATUS_TRYING);
  /* Set aside, and free of charge anyway: no saving either way. */
  whatsapp = relais_profile_add_tool (profile, "whatsapp");
  relais_profile_tool_set_status (whatsapp, RELAIS_TOOL_STATUS_SET_ASIDE);
  /* Not in the catalogue (any more): not counted, kept in the profile. */
  relais_profile_add_tool (profile, "gone-tool");

  progress = relais_progress_new (profile, catalog);
  g_assert_cmpuint (progress->tools, ==, 3);
  g_assert_cmpuint (progress->done, ==, 1);
  g_assert_cmpuint (progress->chosen, ==, 2);
  g_assert_cmpuint (progress->by_status[RELAIS_TOOL_STATUS_ADOPTED], ==, 1);
  g_assert_cmpuint (progress->by_status[RELAIS_TOOL_STATUS_TRYING], ==, 1);
  g_assert_cmpuint (progress->by_status[RELAIS_TOOL_STATUS_SET_ASIDE], ==, 1);
  g_assert_cmpint (progress->saved_cents_per_year, ==, 36000);
  g_assert_cmpint (progress->to_save_cents_per_year, ==, 29000);

  /* The basis says which price, for how many, and of when. */
  g_assert_cmpuint (progress->basis->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (progress->basis, 0), "Word Processor Pro: 360 € a year for 3 people"));
  g_assert_nonnull (strstr (g_ptr_array_index (progress->basis, 0), "2026-06"));

  /* Only the categories used, in the catalogue's order. */
  g_assert_cmpuint (progress->categories->len, ==, 3);
  {
    RelaisCategoryProgress *office = g_ptr_array_index (progress->categories, 0);

    g_assert_cmpstr (office->category->id, ==, "office");
    g_assert_cmpuint (office->tools, ==, 1);
    g_assert_cmpuint (office->done, ==, 1);
  }
}

static void
test_progress_own_price_wins (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Tarif associatif");
  g_autoptr(RelaisProgress) progress = NULL;
  g_autoptr(RelaisProfile) loaded = NULL;
  g_autofree char *data = NULL;
  RelaisProfileTool *word = relais_profile_add_tool (profile, "word");

  /* The catalogue says 360 € for 3 people; the association pays 48 €. */
  relais_profile_tool_set_users (word, 3);
  relais_profile_tool_set_yearly_price (word, 48);
  relais_profile_tool_set_status (word, RELAIS_TOOL_STATUS_MIGRATED);

  progress = relais_progress_new (profile, catalog);
  g_assert_cmpint (progress->saved_cents_per_year, ==, 4800);
  g_assert_nonnull (strstr (g_ptr_array_index (progress->basis, 0), "the price you gave"));

  /* Kept in the document; a negative price means "not said". */
  data = relais_profile_to_data (profile, NULL);
  loaded = relais_profile_new_from_data (data, -1, NULL);
  g_assert_cmpfloat (relais_profile_tool_get_yearly_price (relais_profile_find_tool (loaded, "word", NULL)), ==, 48.0);
  relais_profile_tool_set_yearly_price (word, -5);
  g_assert_cmpfloat (relais_profile_tool_get_yearly_price (word), ==, RELAIS_PROFILE_TOOL_NO_PRICE);
}

static void
test_progress_exact_cents (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Au centime près");
  g_autoptr(RelaisProgress) progress = NULL;
  RelaisProfileTool *word = relais_profile_add_tool (profile, "word");
  RelaisProfileTool *photoshop = relais_profile_add_tool (profile, "photoshop");

  /* 0.10 € + 0.20 € is 0.30000000000000004 in floating point; in cents, 30. */
  relais_profile_tool_set_yearly_price (word, 0.10);
  relais_profile_tool_set_status (word, RELAIS_TOOL_STATUS_MIGRATED);
  relais_profile_tool_set_yearly_price (photoshop, 0.20);
  relais_profile_tool_set_status (photoshop, RELAIS_TOOL_STATUS_ADOPTED);

  progress = relais_progress_new (profile, catalog);
  g_assert_cmpint (progress->saved_cents_per_year, ==, 30);
  g_assert_cmpint (progress->to_save_cents_per_year, ==, 0);
}

static void
test_progress_empty (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Vide");
  g_autoptr(RelaisProgress) progress = relais_progress_new (profile, catalog);

  g_assert_cmpuint (progress->tools, ==, 0);
  g_assert_cmpuint (progress->categories->len, ==, 0);
  g_assert_cmpint (progress->saved_cents_per_year, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/progress/counts-and-savings", test_progress_counts_and_savings);
  g_test_add_func ("/progress/own-price-wins", test_progress_own_price_wins);
  g_test_add_func ("/progress/exact-cents", test_progress_exact_cents);
  g_test_add_func ("/progress/empty", test_progress_empty);

  return g_test_run ();
}
