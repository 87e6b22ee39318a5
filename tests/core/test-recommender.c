/* test-recommender.c — which alternative first, for whom, and why
 *
 * The fixture catalogue (tests/data/catalog/) gives four alternatives to a
 * paid word processor ("word", 10 € per user and month):
 *   desk-writer   installed, does everything, strong on all three reasons, easy;
 *   team-pad      online pad, does part of it, strong on values and money;
 *   cloud-office  online suite at a paid host, weaker on money, harder to set up;
 *   win-writer    like desk-writer, but runs on Windows only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "relais-profile-tool.h"
#include "relais-recommender.h"
#include "relais-test-utils.h"

static RelaisProfile *
profile_weighing (RelaisProfileKind kind,
                  RelaisWeight      values,
                  RelaisWeight      technical,
                  RelaisWeight      financial)
{
  RelaisProfile *profile = relais_profile_new ("Test");

  relais_profile_set_kind (profile, kind);
  relais_profile_set_weight (profile, RELAIS_REASON_VALUES, values);
  relais_profile_set_weight (profile, RELAIS_REASON_TECHNICAL, technical);
  relais_profile_set_weight (profile, RELAIS_REASON_FINANCIAL, financial);
  return profile;
}

static RelaisRecommendation *
nth (GPtrArray *recommendations,
     guint      n)
{
  return g_ptr_array_index (recommendations, n);
}

/* Where @id stands in @recommendations; fails the test when it is absent. */
static guint
rank_of (GPtrArray  *recommendations,
         const char *id)
{
  for (guint i = 0; i < recommendations->len; i++)
    {
      if (g_str_equal (nth (recommendations, i)->alternative->id, id))
        return i;
    }
  g_assert_not_reached ();
  return G_MAXUINT;
}

static gboolean
has_reason (RelaisRecommendation *recommendation,
            const char           *text)
{
  for (guint i = 0; i < recommendation->reasons->len; i++)
    {
      if (strstr (g_ptr_array_index (recommendation->reasons, i), text) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* An association that weighs money most, three people on Linux. The installed
 * word processor that does everything for free comes first, and says how much
 * it saves; the online pad, free too but doing only part of the job, second;
 * the paid online suite third; the Windows-only program last, saying why. */
static void
test_money_first (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = profile_weighing (RELAIS_PROFILE_KIND_ASSOCIATION, RELAIS_WEIGHT_A_LITTLE,
                                                       RELAIS_WEIGHT_A_LITTLE, RELAIS_WEIGHT_ESSENTIAL);
  g_autoptr(GPtrArray) ranked = relais_recommend (profile, relais_catalog_lookup_tool (catalog, "word"),
                                                  RELAIS_PLATFORM_LINUX, 3);

  g_assert_cmpuint (ranked->len, ==, 4);
  g_assert_cmpstr (nth (ranked, 0)->alternative->id, ==, "desk-writer");
  g_assert_cmpstr (nth (ranked, 1)->alternative->id, ==, "team-pad");
  g_assert_cmpstr (nth (ranked, 2)->alternative->id, ==, "cloud-office");
  g_assert_cmpstr (nth (ranked, 3)->alternative->id, ==, "win-writer");
  g_assert_cmpint (nth (ranked, 0)->score, >, nth (ranked, 1)->score);

  /* 10 € × 12 months × 3 people. */
  g_assert_true (has_reason (nth (ranked, 0), "up to 360 € a year for 3 people at the public price of Suite Standard"));
  g_assert_true (has_reason (nth (ranked, 0), "Does what Word Processor Pro does."));
  g_assert_true (has_reason (nth (ranked, 0), "Complex layouts may shift."));
  g_assert_true (has_reason (nth (ranked, 0), "Installs in a few clicks"));
  /* Values and technique weigh little here: their lines are left out. */
  g_assert_false (has_reason (nth (ranked, 0), "values reason"));
  g_assert_true (has_reason (nth (ranked, 1), "Does part of what Word Processor Pro does."));
  /* Online, but the recommender knows no hoster: it claims none (Tools and
   * Help Nearby say which hosters Relais knows). */
  g_assert_true (has_reason (nth (ranked, 1), "Used online, through a hoster"));
  g_assert_false (has_reason (nth (ranked, 1), "CHATONS"));
  g_assert_true (has_reason (nth (ranked, 3), "Does not run on Linux"));
}

/* The same program on Windows is not held back any more. */
static void
test_platform (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = profile_weighing (RELAIS_PROFILE_KIND_PERSON, RELAIS_WEIGHT_IMPORTANT,
                                                       RELAIS_WEIGHT_IMPORTANT, RELAIS_WEIGHT_IMPORTANT);
  g_autoptr(GPtrArray) on_linux = relais_recommend (profile, relais_catalog_lookup_tool (catalog, "word"),
                                                    RELAIS_PLATFORM_LINUX, 1);
  g_autoptr(GPtrArray) on_windows = relais_recommend (profile, relais_catalog_lookup_tool (catalog, "word"),
                                                      RELAIS_PLATFORM_WINDOWS, 1);
  int linux_score = -1, windows_score = -1;

  for (guint i = 0; i < 4; i++)
    {
      if (g_str_equal (nth (on_linux, i)->alternative->id, "win-writer"))
        linux_score = nth (on_linux, i)->score;
      if (g_str_equal (nth (on_windows, i)->alternative->id, "win-writer"))
        windows_score = nth (on_windows, i)->score;
    }
  g_assert_cmpint (windows_score, >, linux_score);
  g_assert_cmpint (windows_score, ==, nth (on_windows, 0)->score);
  /* Same score: the order falls back on ids, always the same. */
  g_assert_cmpstr (nth (on_windows, 0)->alternative->id, ==, "desk-writer");
  g_assert_cmpstr (nth (on_windows, 1)->alternative->id, ==, "win-writer");
}

/* A collective for which only values matter: the pad, strong on values, gets
 * closer, but the full replacement still wins; its values line comes first. */
static void
test_values_first (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = profile_weighing (RELAIS_PROFILE_KIND_COLLECTIVE, RELAIS_WEIGHT_ESSENTIAL,
                                                       RELAIS_WEIGHT_NOT_IMPORTANT, RELAIS_WEIGHT_NOT_IMPORTANT);
  g_autoptr(GPtrArray) ranked = relais_recommend (profile, relais_catalog_lookup_tool (catalog, "word"),
                                                  RELAIS_PLATFORM_LINUX, 0);

  g_assert_cmpstr (nth (ranked, 0)->alternative->id, ==, "desk-writer");
  g_assert_cmpstr (nth (ranked, 1)->alternative->id, ==, "team-pad");
  g_assert_true (has_reason (nth (ranked, 1), "Team Pad: values reason."));
  g_assert_false (has_reason (nth (ranked, 1), "financial reason"));
}

/* Nothing weighed at all: every reason counts the same, no crash, no reason
 * lines beyond what the tool does and how easy it is. */
static void
test_nothing_weighed (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = profile_weighing (RELAIS_PROFILE_KIND_PERSON, RELAIS_WEIGHT_NOT_IMPORTANT,
                                                       RELAIS_WEIGHT_NOT_IMPORTANT, RELAIS_WEIGHT_NOT_IMPORTANT);
  g_autoptr(GPtrArray) ranked = relais_recommend (profile, relais_catalog_lookup_tool (catalog, "photoshop"),
                                                  RELAIS_PLATFORM_LINUX, 2);

  g_assert_cmpuint (ranked->len, ==, 1);
  g_assert_cmpint (nth (ranked, 0)->score, >, 0);
  g_assert_false (has_reason (nth (ranked, 0), "saves about"));
  g_assert_false (has_reason (nth (ranked, 0), "Easy to start"));   /* use difficulty 2 */
}

static void
test_deterministic (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  g_autoptr(RelaisProfile) profile = profile_weighing (RELAIS_PROFILE_KIND_RESSOURCERIE, RELAIS_WEIGHT_IMPORTANT,
                                                       RELAIS_WEIGHT_ESSENTIAL, RELAIS_WEIGHT_A_LITTLE);

  for (guint round = 0; round < 5; round++)
    {
      g_autoptr(GPtrArray) a = relais_recommend (profile, relais_catalog_lookup_tool (catalog, "word"), RELAIS_PLATFORM_LINUX, 4);
      g_autoptr(GPtrArray) b = relais_recommend (profile, relais_catalog_lookup_tool (catalog, "word"), RELAIS_PLATFORM_LINUX, 4);

      for (guint i = 0; i < a->len; i++)
        {
          g_assert_true (nth (a, i)->alternative == nth (b, i)->alternative);
          g_assert_cmpint (nth (a, i)->score, ==, nth (b, i)->score);
        }
    }
}

/* Early Chat is ahead of Free Chat on every score, but its project calls it
 * a beta: a profile that does not put technical reasons first gets the
 * stable Free Chat first, and is told why Early Chat is a risk; a profile
 * that weighs technical reasons most gets the best score first. */
static void
test_beta_not_first (void)
{
  g_autoptr(RelaisCatalog) catalog = relais_test_load_catalog ();
  RelaisProprietaryTool *whatsapp = relais_catalog_lookup_tool (catalog, "whatsapp");
  g_autoptr(RelaisProfile) values = profile_weighing (RELAIS_PROFILE_KIND_ASSOCIATION, RELAIS_WEIGHT_ESSENTIAL,
                                                      RELAIS_WEIGHT_ESSENTIAL, RELAIS_WEIGHT_IMPORTANT);
  g_autoptr(RelaisProfile) technical = profile_weighing (RELAIS_PROFILE_KIND_COLLECTIVE, RELAIS_WEIGHT_A_LITTLE,
                                                         RELAIS_WEIGHT_ESSENTIAL, RELAIS_WEIGHT_IMPORTANT);
  g_autoptr(GPtrArray) for_values = relais_recommend (values, whatsapp, RELAIS_PLATFORM_LINUX, 1);
  g_autoptr(GPtrArray) for_technical = relais_recommend (technical, whatsapp, RELAIS_PLATFORM_LINUX, 1);

  g_assert_cmpuint (for_values->len, ==, 2);
  /* Technical weighs as much as values here: not above both, so not technical. */
  g_assert_cmpstr (nth (for_values, 0)->alternative->id, ==, "free-chat");
  g_assert_cmpstr (nth (for_values, 1)->alternative->id, ==, "early-chat");
  g_assert_cmpint (nth (for_values, 1)->score, >, nth (for_values, 0)->score);
  g_assert_true (has_reason (nth (for_values, 1), "(beta)"));
  g_assert_false (has_reason (nth (for_values, 0), "(beta)"));

  g_assert_cmpstr (nth (for_technical, 0)->alternative->id, ==, "early-chat");
  g_assert_true (has_reason (nth (for_technical, 0), "(beta)"));
}

static void
test_yearly_price (void)
{
  RelaisPrice monthly = { 520, (char *) "EUR", (char *) "user-month", NULL, (char *) "2026-06", NULL };
  RelaisPrice odd = { 115, (char *) "EUR", (char *) "user-month", NULL, (char *) "2026-06", NULL };
  RelaisPrice half = { 1050, (char *) "EUR", (char *) "year", NULL, (char *) "2026-06", NULL };
  RelaisPrice yearly = { 10000, (char *) "USD", (char *) "year", NULL, (char *) "2025", NULL };
  RelaisPrice once = { 30000, (char *) "EUR", (char *) "licence", NULL, (char *) "2025", NULL };
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL;
  gint64 cents = 0;

  a = relais_price_format_yearly (&monthly, 2, &cents);
  g_assert_cmpstr (a, ==, "125 €");
  g_assert_cmpint (cents, ==, 12480);
  /* 1.15 × 12 × 7 is 96.59999… in floating point: exactly 9660 cents here. */
  b = relais_price_format_yearly (&odd, 7, &cents);
  g_assert_cmpint (cents, ==, 9660);
  g_assert_cmpstr (b, ==, "97 €");
  /* Half a euro rounds up. */
  c = relais_price_format_yearly (&half, 1, NULL);
  g_assert_cmpstr (c, ==, "11 €");
  d = relais_price_format_yearly (&yearly, 9, NULL);
  g_assert_cmpstr (d, ==, "$100");
  e = relais_price_format_yearly (&once, 2, NULL);
  g_assert_null (e);
  /* What the user typed or the file holds, to the nearest cent. */
  g_assert_cmpint (relais_euros_to_cents (0.1 + 0.2), ==, 30);
  g_assert_cmpint (relais_euros_to_cents (19.99), ==, 1999);
}

/* --- The shipped catalogue and directory -------------------------------------- */

static RelaisCatalog *
shipped_catalog (void)
{
  g_autoptr(GError) error = NULL;
  RelaisCatalog *catalog = relais_catalog_new_from_resource (RESOURCE_PATH "/catalog", &error);

  g_assert_no_error (error);
  return catalog;
}

static RelaisDirectory *
shipped_directory (void)
{
  g_autoptr(GError) error = NULL;
  RelaisDirectory *directory = relais_directory_load_default (NULL, NULL, &error);

  g_assert_no_error (error);
  return directory;
}

static GPtrArray *
recommend_shipped (RelaisCatalog   *catalog,
                   RelaisProfile   *profile,
                   const char      *tool_id,
                   RelaisDirectory *directory)
{
  RelaisProprietaryTool *tool = relais_catalog_lookup_tool (catalog, tool_id);

  g_assert_nonnull (tool);
  return relais_recommend_with_hosters (profile, tool, RELAIS_PLATFORM_LINUX, 3, directory);
}

/* The reference journey's association: on its own, Excel gets ONLYOFFICE
 * first and Word LibreOffice Writer. Word added, then Excel, without a
 * choice yet: Word keeps Writer, Excel follows with Calc, of the same suite,
 * and says why. A choice made for Word steers Excel (ONLYOFFICE chosen:
 * ONLYOFFICE for Excel too). */
static void
test_one_suite (void)
{
  g_autoptr(RelaisCatalog) catalog = shipped_catalog ();
  g_autoptr(RelaisDirectory) directory = shipped_directory ();
  g_autoptr(RelaisProfile) profile = profile_weighing (RELAIS_PROFILE_KIND_ASSOCIATION, RELAIS_WEIGHT_IMPORTANT,
                                                       RELAIS_WEIGHT_A_LITTLE, RELAIS_WEIGHT_ESSENTIAL);
  g_autoptr(GPtrArray) excel_alone = NULL;
  g_autoptr(GPtrArray) word = NULL;
  g_autoptr(GPtrArray) excel = NULL;
  g_autoptr(GPtrArray) excel_after_choice = NULL;
  g_autoptr(GPtrArray) word_after_choice = NULL;
  RelaisProfileTool *word_entry;

  excel_alone = recommend_shipped (catalog, profile, "microsoft-excel", directory);
  g_assert_cmpstr (nth (excel_alone, 0)->alternative->id, ==, "onlyoffice");
  for (guint i = 0; i < excel_alone->len; i++)
    g_assert_false (has_reason (nth (excel_alone, i), "one suite"));

  word_entry = relais_profile_add_tool (profile, "microsoft-word");
  relais_profile_add_tool (profile, "microsoft-excel");
  word = recommend_shipped (catalog, profile, "microsoft-word", directory);
  excel = recommend_shipped (catalog, profile, "microsoft-excel", directory);
  g_assert_cmpstr (nth (word, 0)->alternative->id, ==, "libreoffice-writer");
  g_assert_cmpstr (nth (excel, 0)->alternative->id, ==, "libreoffice-calc");
  g_assert_cmpstr (nth (excel, 0)->alternative->flathub, ==, nth (word, 0)->alternative->flathub);
  g_assert_true (has_reason (nth (excel, 0), "Goes with LibreOffice Writer, first for Microsoft Word: one suite"));
  /* Word leads: it is not told to follow Excel. */
  g_assert_false (has_reason (nth (word, 0), "one suite"));
  /* The others do not claim it. */
  for (guint i = 1; i < excel->len; i++)
    g_assert_false (has_reason (nth (excel, i), "one suite"));

  relais_profile_tool_set_choice (word_entry, "onlyoffice");
  excel_after_choice = recommend_shipped (catalog, profile, "microsoft-excel", directory);
  g_assert_cmpstr (nth (excel_after_choice, 0)->alternative->id, ==, "onlyoffice");
  g_assert_true (has_reason (nth (excel_after_choice, 0), "You chose it for Microsoft Word as well"));
  /* Word keeps its own first: Excel has no choice to steer it. */
  word_after_choice = recommend_shipped (catalog, profile, "microsoft-word", directory);
  g_assert_cmpstr (nth (word_after_choice, 0)->alternative->id, ==, "libreoffice-writer");
}

/* Doodle: Framadate, which hosters offer, before Croodle, which its makers
 * call alpha and no hoster Relais knows offers, for a profile that is not
 * technical; Croodle says both.  Without the directory no hoster is known,
 * so another stable alternative may come first (Rallly), but never Croodle. */
static void
test_doodle_not_croodle (void)
{
  g_autoptr(RelaisCatalog) catalog = shipped_catalog ();
  g_autoptr(RelaisDirectory) directory = shipped_directory ();
  g_autoptr(RelaisProfile) profile = profile_weighing (RELAIS_PROFILE_KIND_ASSOCIATION, RELAIS_WEIGHT_IMPORTANT,
                                                       RELAIS_WEIGHT_A_LITTLE, RELAIS_WEIGHT_ESSENTIAL);
  g_autoptr(GPtrArray) ranked = recommend_shipped (catalog, profile, "doodle", directory);
  g_autoptr(GPtrArray) without_directory = recommend_shipped (catalog, profile, "doodle", NULL);

  g_assert_cmpstr (nth (ranked, 0)->alternative->id, ==, "framadate");
  g_assert_cmpuint (rank_of (without_directory, "croodle"), >, 0);
  for (guint i = 1; i < ranked->len; i++)
    if (g_str_equal (nth (ranked, i)->alternative->id, "croodle"))
      {
        g_assert_true (nth (ranked, i)->unhosted);
        g_assert_true (has_reason (nth (ranked, i), "(alpha)"));
        g_assert_true (has_reason (nth (ranked, i), "no hoster Relais knows offers it"));
      }
}

/* Every tool of the shipped catalogue: an online alternative no known
 * hoster offers never comes before one that can be installed or used at a
 * hoster, and never promises "nothing to install"; without the directory,
 * nothing online promises it either. */
static void
test_unhosted_last (void)
{
  g_autoptr(RelaisCatalog) catalog = shipped_catalog ();
  g_autoptr(RelaisDirectory) directory = shipped_directory ();
  g_autoptr(RelaisProfile) profile = profile_weighing (RELAIS_PROFILE_KIND_ASSOCIATION, RELAIS_WEIGHT_ESSENTIAL,
                                                       RELAIS_WEIGHT_A_LITTLE, RELAIS_WEIGHT_IMPORTANT);
  GPtrArray *tools = relais_catalog_get_tools (catalog);
  guint unhosted = 0, moved = 0;

  for (guint t = 0; t < tools->len; t++)
    {
      RelaisProprietaryTool *tool = g_ptr_array_index (tools, t);
      g_autoptr(GPtrArray) ranked = relais_recommend_with_hosters (profile, tool, RELAIS_PLATFORM_LINUX, 2, directory);
      g_autoptr(GPtrArray) blind = relais_recommend (profile, tool, RELAIS_PLATFORM_LINUX, 2);
      gboolean seen_unhosted = FALSE;

      for (guint i = 0; i < ranked->len; i++)
        {
          RelaisRecommendation *recommendation = nth (ranked, i);

          if (recommendation->unhosted)
            {
              unhosted++;
              seen_unhosted = TRUE;
              g_assert_false (has_reason (recommendation, "nothing to install"));
            }
          else if (seen_unhosted)
            g_error ("%s: %s comes after an alternative no hoster offers", tool->id, recommendation->alternative->id);
        }
      for (guint i = 0; i < blind->len; i++)
        {
          g_assert_false (nth (blind, i)->unhosted);
          g_assert_false (has_reason (nth (blind, i), "nothing to install"));
          if (nth (blind, 0)->alternative != nth (ranked, 0)->alternative)
            moved++;
        }
    }
  /* The catalogue does have such services, and knowing the hosters changes
   * what comes first for some tools. */
  g_assert_cmpuint (unhosted, >, 0);
  g_assert_cmpuint (moved, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recommender/money-first", test_money_first);
  g_test_add_func ("/recommender/platform", test_platform);
  g_test_add_func ("/recommender/values-first", test_values_first);
  g_test_add_func ("/recommender/nothing-weighed", test_nothing_weighed);
  g_test_add_func ("/recommender/deterministic", test_deterministic);
  g_test_add_func ("/recommender/beta-not-first", test_beta_not_first);
  g_test_add_func ("/recommender/yearly-price", test_yearly_price);
  g_test_add_func ("/recommender/one-suite", test_one_suite);
  g_test_add_func ("/recommender/doodle-not-croodle", test_doodle_not_croodle);
  g_test_add_func ("/recommender/unhosted-last", test_unhosted_last);

  return g_test_run ();
}
