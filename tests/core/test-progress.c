/* test-progress.c — the figures of a journey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "relais-profile-tool.h"
#include "relais-progress.h"
#include "relais-search.h"
#include "relais-test-utils.h"

/* The figures are for a fixed day, so that a price's age does not change
 * with the day the tests run. */
static const GDate *
today (void)
{
  static GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 6, G_DATE_DECEMBER, 2026);
  return &date;
}

static RelaisProfileTool *
add_done (RelaisProfile *profile,
          const char    *tool_id,
          guint          users)
{
  RelaisProfileTool *tool = relais_profile_add_tool (profile, tool_id);

  relais_profile_tool_set_users (tool, users);
  relais_profile_tool_set_status (tool, RELAIS_TOOL_STATUS_ADOPTED);
  return tool;
}

static gboolean
basis_has (RelaisProgress *progress,
           const char     *text)
{
  for (guint i = 0; i < progress->basis->len; i++)
    if (strstr (g_ptr_array_index (progress->basis, i), text) != NULL)
      return TRUE;
  return FALSE;
}

/* Eight choices are eight tools chosen, not "0 of 8": each reach counts the
 * tools that got there or further, a tool set aside counts in none. */
static void
test_progress_reaches (void)
{
  static const struct { const char *tool, *choice; RelaisToolStatus status; } tools[] = {
    { "word", "desk-writer", RELAIS_TOOL_STATUS_TO_CONSIDER },
    { "excel", "cloud-office", RELAIS_TOOL_STATUS_TO_CONSIDER },
    { "whatsapp", "free-chat", RELAIS_TOOL_STATUS_TRYING },
    { "photoshop", "pixel-editor", RELAIS_TOOL_STATUS_ADOPTED },
    { "slides", "cloud-office", RELAIS_TOOL_STATUS_MIGRATED },
    /* Being tried, the alternative not recorded: it was chosen all the same. */
    { "meet", NULL, RELAIS_TOOL_STATUS_TRYING },
    /* Nothing chosen: counted against, never as chosen. */
    { "vector", NULL, RELAIS_TOOL_STATUS_TO_CONSIDER },
    /* A choice, then set aside: in no count, nor in what they count against. */
    { "layout", "pixel-editor", RELAIS_TOOL_STATUS_SET_ASIDE },
  };
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Étapes des outils");
  g_autoptr(RelaisProgress) progress = NULL;
  RelaisToolReach reach;

  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      RelaisProfileTool *tool = relais_profile_add_tool (profile, tools[i].tool);

      relais_profile_tool_set_choice (tool, tools[i].choice);
      relais_profile_tool_set_status (tool, tools[i].status);
    }

  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpuint (progress->tools, ==, 8);
  g_assert_cmpuint (progress->moving, ==, 7);
  g_assert_cmpuint (progress->reached[RELAIS_TOOL_REACH_NONE], ==, 7);
  g_assert_cmpuint (progress->reached[RELAIS_TOOL_REACH_CHOSEN], ==, 6);
  g_assert_cmpuint (progress->reached[RELAIS_TOOL_REACH_TRYING], ==, 4);
  g_assert_cmpuint (progress->reached[RELAIS_TOOL_REACH_ADOPTED], ==, 2);
  g_assert_cmpuint (progress->reached[RELAIS_TOOL_REACH_MIGRATED], ==, 1);
  /* Done, as the categories count it, is adopted or migrated. */
  g_assert_cmpuint (progress->done, ==, progress->reached[RELAIS_TOOL_REACH_ADOPTED]);

  /* A choice the catalogue no longer knows is no choice. */
  {
    RelaisProfileTool *tool = relais_profile_find_tool (profile, "vector", NULL);

    relais_profile_tool_set_choice (tool, "gone-alternative");
    g_assert_true (relais_progress_tool_reach (tool, catalog, &reach));
    g_assert_cmpint (reach, ==, RELAIS_TOOL_REACH_NONE);
    relais_profile_tool_set_choice (tool, "pixel-editor");
    g_assert_true (relais_progress_tool_reach (tool, catalog, &reach));
    g_assert_cmpint (reach, ==, RELAIS_TOOL_REACH_CHOSEN);
    g_assert_false (relais_progress_tool_reach (relais_profile_find_tool (profile, "layout", NULL), catalog, &reach));
  }

  /* Each reach has a name and one sentence on what it means. */
  for (guint i = 0; i < RELAIS_N_TOOL_REACHES; i++)
    {
      g_assert_nonnull (relais_tool_reach_get_label (i));
      g_assert_true (g_str_has_suffix (relais_tool_reach_get_meaning (i), "."));
    }
}

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

  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpuint (progress->tools, ==, 3);
  g_assert_cmpuint (progress->done, ==, 1);
  g_assert_cmpuint (progress->chosen, ==, 2);
  g_assert_cmpuint (progress->by_status[RELAIS_TOOL_STATUS_ADOPTED], ==, 1);
  g_assert_cmpuint (progress->by_status[RELAIS_TOOL_STATUS_TRYING], ==, 1);
  g_assert_cmpuint (progress->by_status[RELAIS_TOOL_STATUS_SET_ASIDE], ==, 1);
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 36000);
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", FALSE), ==, 29000);

  /* The basis says which plan, for how many, and of when, in words. */
  g_assert_cmpuint (progress->basis->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (progress->basis, 0),
                            "Suite Standard (Word Processor Pro): 360 € a year for 3 people, price noted in June 2026"));
  g_assert_null (strstr (g_ptr_array_index (progress->basis, 0), "2026-06"));

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

  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 4800);
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

  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 30);
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", FALSE), ==, 0);
}

static void
test_progress_empty (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Vide");
  g_autoptr(RelaisProgress) progress = relais_progress_new (profile, catalog);

  g_assert_cmpuint (progress->tools, ==, 0);
  g_assert_cmpuint (progress->categories->len, ==, 0);
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 0);
  g_assert_cmpuint (progress->totals->len, ==, 1);
}

/* Word, Excel, PowerPoint and Outlook for one person are one subscription:
 * one plan's price, not four. */
static void
test_progress_plan_counted_once (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Une seule suite");
  g_autoptr(RelaisProgress) progress = NULL;
  g_autoptr(RelaisProgress) more = NULL;
  g_autoptr(RelaisProfile) mail_only = relais_profile_new ("Juste le courriel");
  g_autoptr(RelaisProgress) basic = NULL;
  RelaisProfileTool *mail;

  add_done (profile, "word", 1);
  add_done (profile, "excel", 1);
  add_done (profile, "slides", 1);
  mail = add_done (profile, "mail", 1);

  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 12000);
  g_assert_cmpuint (progress->basis->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (progress->basis, 0),
                            "Suite Standard (Word Processor Pro, Sheet Pro, Slides Pro, Mail Pro): 120 € a year for 1 person"));

  /* Counted for the most people using any of its programs, once each. */
  relais_profile_tool_set_users (mail, 4);
  more = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpint (relais_progress_get_cents (more, "EUR", TRUE), ==, 48000);

  /* Mail alone needs only the smaller plan, which the suite includes. */
  add_done (mail_only, "mail", 1);
  basic = relais_progress_new_on (mail_only, catalog, today ());
  g_assert_cmpint (relais_progress_get_cents (basic, "EUR", TRUE), ==, 6000);
  g_assert_true (basis_has (basic, "Suite Basic (Mail Pro): 60 € a year for 1 person"));
}

/* The subscription is still paid while one of its programs is kept. */
static void
test_progress_plan_still_paid (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Encore Outlook");
  g_autoptr(RelaisProgress) progress = NULL;
  RelaisProfileTool *mail;

  add_done (profile, "word", 2);
  add_done (profile, "excel", 2);
  mail = relais_profile_add_tool (profile, "mail");
  relais_profile_tool_set_users (mail, 2);

  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 0);
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", FALSE), ==, 0);
  g_assert_true (basis_has (progress, "Suite Standard: still paid for Mail Pro"));

  /* Once a free alternative is chosen for it too, it is still to save. */
  g_clear_pointer (&progress, relais_progress_free);
  relais_profile_tool_set_choice (mail, "team-pad");
  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 0);
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", FALSE), ==, 24000);
}

/* Photoshop, Illustrator and InDesign: one All Apps subscription. */
static void
test_progress_plan_adobe (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Graphistes");
  g_autoptr(RelaisProgress) progress = NULL;

  add_done (profile, "photoshop", 2);
  add_done (profile, "vector", 2);
  add_done (profile, "layout", 1);

  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 58000);
  g_assert_cmpuint (progress->basis->len, ==, 1);
  g_assert_true (basis_has (progress, "Creative All Apps (Photoshop, Vector Pro, Layout Pro): 580 € a year for 2 people"));
}

/* Euros and dollars are never added: each currency has its own total. */
static void
test_progress_currencies (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Deux monnaies");
  g_autoptr(RelaisProgress) progress = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *to_save = NULL;

  add_done (profile, "word", 1);
  add_done (profile, "meet", 1);

  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 12000);
  g_assert_cmpint (relais_progress_get_cents (progress, "USD", TRUE), ==, 18000);
  saved = relais_progress_describe_total (progress, TRUE);
  g_assert_cmpstr (saved, ==, "120 € and $180 a year");
  to_save = relais_progress_describe_total (progress, FALSE);
  g_assert_cmpstr (to_save, ==, "0 € a year");
}

/* Each price says its date in words; an old one, or one from before a
 * rise, says so; an undated page is said to show no date. */
static void
test_progress_price_dates (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Dates");
  g_autoptr(RelaisProgress) progress = NULL;
  GDate before_rise;

  add_done (profile, "word", 1);
  add_done (profile, "meet", 1);
  add_done (profile, "photoshop", 1);

  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_true (basis_has (progress, "price noted in June 2026, before the vendor’s rise of July 2026: it is higher now"));
  g_assert_true (basis_has (progress, "price noted in March 2021, over a year ago: it may have changed"));
  g_assert_true (basis_has (progress, "date not shown on the page, read in November 2026."));
  for (guint i = 0; i < progress->basis->len; i++)
    g_assert_false (g_regex_match_simple ("\\d{4}-\\d{2}", g_ptr_array_index (progress->basis, i), 0, 0));

  /* Before the rise came into force, the same price was simply current. */
  g_date_clear (&before_rise, 1);
  g_date_set_dmy (&before_rise, 20, G_DATE_JUNE, 2026);
  g_clear_pointer (&progress, relais_progress_free);
  progress = relais_progress_new_on (profile, catalog, &before_rise);
  g_assert_true (basis_has (progress, "Suite Standard (Word Processor Pro): 120 € a year for 1 person, price noted in June 2026."));
}

static void
test_progress_price_dates_french (void)
{
  const char *localedir = g_getenv ("RELAIS_LOCALEDIR");
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Dates en français");
  g_autoptr(RelaisProgress) progress = NULL;
  g_autofree char *saved = NULL;

  if (localedir == NULL)
    {
      g_test_skip ("RELAIS_LOCALEDIR is not set: no French translations to read");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "fr", TRUE);
  /* glibc reads LANGUAGE again once the message catalogues are reset. */
  textdomain (GETTEXT_PACKAGE);

  add_done (profile, "word", 1);
  add_done (profile, "meet", 1);
  add_done (profile, "photoshop", 1);
  relais_profile_add_tool (profile, "callapp");
  progress = relais_progress_new_on (profile, catalog, today ());
  saved = relais_progress_describe_total (progress, TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  textdomain (GETTEXT_PACKAGE);
  for (guint i = 0; i < progress->basis->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (progress->basis, i));

  g_assert_true (basis_has (progress, "relevé en juin 2026"));
  g_assert_true (basis_has (progress, "juillet 2026"));
  g_assert_true (basis_has (progress, "mars 2021"));
  g_assert_true (basis_has (progress, "novembre 2026"));
  g_assert_true (basis_has (progress, "5 mai 2025"));
  g_assert_false (basis_has (progress, "price noted"));
  for (guint i = 0; i < progress->basis->len; i++)
    g_assert_false (g_regex_match_simple ("\\d{4}-\\d{2}", g_ptr_array_index (progress->basis, i), 0, 0));
  g_assert_null (strstr (saved, "a year"));
}

/* An association is not charged the public price of a plan its vendor
 * gives to nonprofits; a person is. */
static void
test_progress_nonprofit_offer (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Association");
  g_autoptr(RelaisProgress) progress = NULL;

  relais_profile_set_kind (profile, RELAIS_PROFILE_KIND_ASSOCIATION);
  add_done (profile, "designer", 3);
  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 0);
  g_assert_true (basis_has (progress, "Vendor E gives it to eligible nonprofits (Designer for Nonprofits)"));
  g_assert_true (basis_has (progress, "Registered nonprofits only."));

  g_clear_pointer (&progress, relais_progress_free);
  relais_profile_set_kind (profile, RELAIS_PROFILE_KIND_PERSON);
  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 10000);
}

/* A closed tool costs nothing, and says so with what to do instead; a plan
 * with no price from its vendor counts nothing and says why. */
static void
test_progress_closed_and_unpriced (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Fermé");
  g_autoptr(RelaisProgress) progress = NULL;

  add_done (profile, "callapp", 5);
  add_done (profile, "sheets-extra", 2);
  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 0);
  g_assert_cmpuint (progress->totals->len, ==, 1);
  g_assert_true (basis_has (progress, "CallApp closed on 5 May 2025. Use another video call service."));
  g_assert_true (basis_has (progress, "This comes from the press"));
  g_assert_true (basis_has (progress, "Nothing to pay, so nothing is counted."));
  g_assert_true (basis_has (progress, "Sheet Pro Plan (Sheet Extra): no price read on the vendor’s own page"));
}

/* Adobe Reader is free: found by that name in the shipped catalogue, it
 * adds nothing to the savings; Acrobat's is not the All Apps plan. */
static void
test_progress_shipped_reader_is_free (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "catalog", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisCatalog) catalog = relais_catalog_new_from_directory (directory, &error);
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Lecteur PDF");
  g_autoptr(RelaisProgress) progress = NULL;
  g_autoptr(RelaisSearchIndex) index = NULL;
  g_autoptr(GArray) found = NULL;
  RelaisProprietaryTool *reader, *acrobat, *photoshop;
  RelaisProfileTool *entry;

  g_assert_no_error (error);
  index = relais_catalog_new_search_index (catalog);
  found = relais_search_index_query (index, "Adobe Reader", 1 << RELAIS_SEARCH_GROUP_TOOLS, 5);
  g_assert_cmpuint (found->len, >, 0);
  reader = g_array_index (found, RelaisSearchResult, 0).entry;
  g_assert_true (g_strv_contains ((const char * const *) reader->aliases, "Adobe Reader") ||
                 g_str_equal (reader->name, "Adobe Reader"));
  g_assert_null (reader->plan);

  entry = add_done (profile, reader->id, 12);
  relais_profile_tool_set_choice (entry, reader->alternatives->len > 0
                                  ? ((RelaisAlternative *) g_ptr_array_index (reader->alternatives, 0))->id : NULL);
  progress = relais_progress_new_on (profile, catalog, today ());
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 0);
  g_assert_cmpint (relais_progress_get_cents (progress, "USD", TRUE), ==, 0);

  acrobat = relais_catalog_lookup_tool (catalog, "adobe-acrobat");
  photoshop = relais_catalog_lookup_tool (catalog, "adobe-photoshop");
  g_assert_nonnull (acrobat);
  g_assert_false (g_strv_contains ((const char * const *) acrobat->aliases, "Adobe Reader"));
  g_assert_true (acrobat->plan == NULL || acrobat->plan != photoshop->plan);
}

/* A free tool already used is a move already made: counted as migrated,
 * with nothing to save; one the catalogue does not know is left out. */
static void
test_progress_free_tools (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Test");
  g_autoptr(RelaisProgress) before = NULL;
  g_autoptr(RelaisProgress) progress = NULL;

  relais_profile_add_tool (profile, "whatsapp");
  before = relais_progress_new_on (profile, catalog, today ());
  relais_profile_set_free_tool_used (profile, "desk-writer", TRUE);
  relais_profile_set_free_tool_used (profile, "gone-alternative", TRUE);
  progress = relais_progress_new_on (profile, catalog, today ());

  g_assert_cmpuint (before->tools, ==, 1);
  g_assert_cmpuint (before->done, ==, 0);
  g_assert_cmpuint (progress->tools, ==, 2);
  g_assert_cmpuint (progress->free_tools, ==, 1);
  g_assert_cmpuint (progress->done, ==, 1);
  g_assert_cmpuint (progress->by_status[RELAIS_TOOL_STATUS_MIGRATED], ==, 1);
  g_assert_cmpuint (progress->reached[RELAIS_TOOL_REACH_MIGRATED], ==, before->reached[RELAIS_TOOL_REACH_MIGRATED] + 1);
  g_assert_cmpuint (progress->reached[RELAIS_TOOL_REACH_CHOSEN], ==, before->reached[RELAIS_TOOL_REACH_CHOSEN] + 1);
  g_assert_cmpuint (progress->moving, ==, before->moving + 1);
  g_assert_cmpuint (progress->chosen, ==, 0);
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/progress/counts-and-savings", test_progress_counts_and_savings);
  g_test_add_func ("/progress/reaches", test_progress_reaches);
  g_test_add_func ("/progress/own-price-wins", test_progress_own_price_wins);
  g_test_add_func ("/progress/exact-cents", test_progress_exact_cents);
  g_test_add_func ("/progress/empty", test_progress_empty);
  g_test_add_func ("/progress/plan-counted-once", test_progress_plan_counted_once);
  g_test_add_func ("/progress/plan-still-paid", test_progress_plan_still_paid);
  g_test_add_func ("/progress/plan-adobe", test_progress_plan_adobe);
  g_test_add_func ("/progress/currencies", test_progress_currencies);
  g_test_add_func ("/progress/price-dates", test_progress_price_dates);
  g_test_add_func ("/progress/price-dates-french", test_progress_price_dates_french);
  g_test_add_func ("/progress/nonprofit-offer", test_progress_nonprofit_offer);
  g_test_add_func ("/progress/closed-and-unpriced", test_progress_closed_and_unpriced);
  g_test_add_func ("/progress/shipped-reader-is-free", test_progress_shipped_reader_is_free);

  g_test_add_func ("/progress/free-tools", test_progress_free_tools);
  return g_test_run ();
}
