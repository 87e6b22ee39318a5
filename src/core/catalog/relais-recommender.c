/* relais-recommender.c — which free alternative first, and why
 *
 * The score weighs three things, in this order: how well the alternative
 * serves the reasons the user weighed (each reason's weight times the
 * alternative's standing on it), how easy it is to start and to install
 * (more for a person on their own, less for an association with staff),
 * and whether it does all the proprietary tool did. An alternative that does
 * not run on the user's system is kept, lower, with that said. Software its
 * own project calls alpha or beta is never put first for a profile that does
 * not put technical reasons above the others: nothing else in a profile says
 * that its people can cope with a program still changing. An online service
 * that no hoster Relais knows offers comes after every alternative that can
 * be installed or used at a hoster, and says so. Tools of one kind (Word and
 * Excel) get alternatives of one suite (Writer and Calc), steered by what
 * was chosen for the others, and the first says why. Everything is computed
 * from the profile, the catalogue and the directory alone: the same input
 * always gives the same order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-recommender"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "relais-price-text.h"
#include "relais-profile-tool.h"
#include "relais-recommender.h"

void
relais_recommendation_free (RelaisRecommendation *recommendation)
{
  if (recommendation == NULL)
    return;

  g_clear_pointer (&recommendation->reasons, g_ptr_array_unref);
  g_free (recommendation);
}

static double
ease_weight (RelaisProfileKind kind)
{
  switch (kind)
    {
    case RELAIS_PROFILE_KIND_PERSON:
      return 0.40;
    case RELAIS_PROFILE_KIND_ASSOCIATION_EMPLOYER:
      return 0.20;
    case RELAIS_PROFILE_KIND_ASSOCIATION:
    case RELAIS_PROFILE_KIND_COLLECTIVE:
    case RELAIS_PROFILE_KIND_RESSOURCERIE:
    default:
      return 0.30;
    }
}

static gboolean
runs_on (RelaisAlternative *alternative,
         RelaisPlatforms    platform)
{
  /* Online services run in any browser. */
  return alternative->kind != RELAIS_TOOL_KIND_SOFTWARE ||
         (alternative->platforms & platform) != 0 ||
         (alternative->platforms & RELAIS_PLATFORM_WEB) != 0;
}

/* Online only (no program to install, no public instance) and no hoster of
 * the directory offers it: the user would have to find a hoster, or a server.
 * Unknown without the directory. */
static gboolean
is_unhosted (RelaisAlternative *alternative,
             RelaisDirectory   *directory)
{
  g_autoptr(GPtrArray) hosters = NULL;

  if (directory == NULL || alternative->kind == RELAIS_TOOL_KIND_SOFTWARE || alternative->web != NULL)
    return FALSE;
  if (alternative->kind == RELAIS_TOOL_KIND_BOTH && (alternative->flathub != NULL || alternative->debian != NULL))
    return FALSE;
  if (alternative->service == NULL)
    return TRUE;

  hosters = relais_directory_hosters_offering (directory, alternative->service);
  return hosters->len == 0;
}

static const char *
platform_name (RelaisPlatforms platform)
{
  switch ((int) platform)
    {
    case RELAIS_PLATFORM_WINDOWS:
      return "Windows";
    case RELAIS_PLATFORM_MACOS:
      return "macOS";
    case RELAIS_PLATFORM_LINUX:
    default:
      return "Linux";
    }
}

/**
 * relais_price_format_yearly:
 * @users: how many people use the tool
 * @yearly_cents: (out) (optional): the yearly amount, in cents
 *
 * Returns: (transfer full) (nullable): the yearly cost in words ("250 €"),
 *   or %NULL if the price is not a recurring one
 */
char *
relais_price_format_yearly (RelaisPrice *price,
                            guint        users,
                            gint64      *yearly_cents)
{
  gint64 cents;

  g_return_val_if_fail (price != NULL, NULL);

  if (g_str_equal (price->per, "user-month"))
    cents = price->cents * 12 * MAX (users, 1);
  else if (g_str_equal (price->per, "user-year"))
    cents = price->cents * MAX (users, 1);
  else if (g_str_equal (price->per, "month"))
    cents = price->cents * 12;
  else if (g_str_equal (price->per, "year"))
    cents = price->cents;
  else
    return NULL;

  if (yearly_cents != NULL)
    *yearly_cents = cents;

  return relais_money_format (cents, price->currency);
}

/* The profile has no "technical skills" field: weighing the technical
 * reason above both others is the only sign of people at ease with it. */
static gboolean
is_technical (RelaisProfile *profile)
{
  RelaisWeight technical = relais_profile_get_weight (profile, RELAIS_REASON_TECHNICAL);

  return technical > relais_profile_get_weight (profile, RELAIS_REASON_VALUES) &&
         technical > relais_profile_get_weight (profile, RELAIS_REASON_FINANCIAL);
}

static void
add_reasons (RelaisRecommendation  *recommendation,
             RelaisProfile         *profile,
             RelaisProprietaryTool *tool,
             RelaisPlatforms        platform,
             guint                  users,
             RelaisDirectory       *directory)
{
  RelaisAlternative *alternative = recommendation->alternative;
  RelaisReplacement *replacement = recommendation->replacement;
  GPtrArray *reasons = recommendation->reasons;
  guint order[RELAIS_N_REASONS] = { RELAIS_REASON_VALUES, RELAIS_REASON_TECHNICAL, RELAIS_REASON_FINANCIAL };

  if (!runs_on (alternative, platform))
    g_ptr_array_add (reasons, g_strdup_printf (_("Does not run on %s: use it on another computer."),
                                               platform_name (platform)));
  if (alternative->maturity == RELAIS_MATURITY_ALPHA)
    g_ptr_array_add (reasons, g_strdup (_("Its makers call it an early test version (alpha): expect missing parts and bugs.")));
  else if (alternative->maturity == RELAIS_MATURITY_BETA)
    g_ptr_array_add (reasons, g_strdup (_("Its makers call it a test version (beta): expect changes and some bugs.")));

  g_ptr_array_add (reasons, g_strdup_printf (replacement->full ? _("Does what %s does.")
                                                               : _("Does part of what %s does."),
                                             tool->name));
  g_ptr_array_add (reasons, g_strdup (relais_catalog_translate (replacement->difference)));

  /* The reasons the user weighs most come first; ties keep the design's order. */
  for (guint i = 1; i < RELAIS_N_REASONS; i++)
    for (guint j = i; j > 0 &&
         relais_profile_get_weight (profile, order[j]) > relais_profile_get_weight (profile, order[j - 1]); j--)
      {
        guint swap = order[j];
        order[j] = order[j - 1];
        order[j - 1] = swap;
      }

  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    {
      RelaisReason reason = order[i];

      if (relais_profile_get_weight (profile, reason) < RELAIS_WEIGHT_IMPORTANT ||
          alternative->reason_levels[reason] < 2)
        continue;

      if (reason == RELAIS_REASON_FINANCIAL && tool->plan != NULL && tool->plan->price != NULL &&
          tool->closed == NULL && users > 0 &&
          !relais_price_plan_nonprofit_applies (tool->plan, relais_profile_get_kind (profile)))
        {
          RelaisPrice *price = tool->plan->price;
          g_autofree char *amount = relais_price_format_yearly (price, users, NULL);

          if (amount != NULL)
            {
              g_autofree char *when = NULL;
              GDate today;

              relais_today (&today);
              when = relais_price_describe_date (price, &today);
              g_ptr_array_add (reasons, g_strdup_printf (ngettext ("No licence to pay: up to %s a year for %u person at the public price of %s (%s).",
                                                                   "No licence to pay: up to %s a year for %u people at the public price of %s (%s).",
                                                                   users),
                                                         amount, users, tool->plan->name, when));
              continue;
            }
        }

      g_ptr_array_add (reasons, g_strdup (relais_catalog_translate (alternative->reason_why[reason])));
    }

  if (alternative->use_difficulty == 1)
    g_ptr_array_add (reasons, g_strdup (_("Easy to start: it works much like the tool you know.")));
  if (alternative->install_difficulty == 1 && (alternative->flathub != NULL || alternative->debian != NULL))
    g_ptr_array_add (reasons, g_strdup (_("Installs in a few clicks from Flathub or your system’s software.")));
  else if (recommendation->unhosted)
    g_ptr_array_add (reasons, g_strdup (_("Used online, but no hoster Relais knows offers it: you would have to find one, or install it on a server.")));
  else if (alternative->service != NULL && alternative->kind != RELAIS_TOOL_KIND_SOFTWARE && directory != NULL)
    g_ptr_array_add (reasons, g_strdup (_("Used online, through a hoster: nothing to install on your computers.")));
  else if (alternative->service != NULL && alternative->kind != RELAIS_TOOL_KIND_SOFTWARE)
    /* Without the directory, whether a hoster offers it is not known here:
     * nothing is promised. */
    g_ptr_array_add (reasons, g_strdup (_("Used online, through a hoster.")));
  if (alternative->install_difficulty == 3)
    g_ptr_array_add (reasons, g_strdup (_("Needs a server to install it yourself, or a hoster.")));
}

static int
score_of (RelaisProfile         *profile,
          RelaisAlternative     *alternative,
          RelaisReplacement     *replacement,
          RelaisProprietaryTool *tool,
          RelaisPlatforms        platform)
{
  double weights = 0, reasons = 0, ease, wease, raw;

  for (guint r = 0; r < RELAIS_N_REASONS; r++)
    {
      double weight = relais_profile_get_weight (profile, r);

      weights += weight;
      reasons += weight * alternative->reason_levels[r] / 3.0;
    }
  /* Nothing weighed: every reason counts the same. */
  if (weights == 0)
    {
      for (guint r = 0; r < RELAIS_N_REASONS; r++)
        reasons += alternative->reason_levels[r] / 3.0;
      weights = RELAIS_N_REASONS;
    }
  reasons /= weights;

  ease = (6.0 - alternative->use_difficulty - alternative->install_difficulty) / 4.0;
  wease = ease_weight (relais_profile_get_kind (profile));
  raw = (1.0 - wease) * reasons + wease * ease;

  if (!replacement->full)
    raw *= 0.85;
  if (!runs_on (alternative, platform))
    raw *= 0.5;
  /* Same way of working as today: installed for installed, online for online. */
  if (alternative->kind == RELAIS_TOOL_KIND_BOTH || tool->kind == RELAIS_TOOL_KIND_BOTH ||
      alternative->kind == tool->kind)
    raw += 0.03;

  return (int) CLAMP (round (raw * 100), 0, 100);
}

static int
compare_recommendations (gconstpointer a,
                         gconstpointer b)
{
  const RelaisRecommendation *x = *(RelaisRecommendation * const *) a;
  const RelaisRecommendation *y = *(RelaisRecommendation * const *) b;

  /* What can be had comes before what no hoster Relais knows offers. */
  if (x->unhosted != y->unhosted)
    return x->unhosted ? 1 : -1;
  if (x->score != y->score)
    return y->score - x->score;
  if (x->replacement->full != y->replacement->full)
    return x->replacement->full ? -1 : 1;
  return g_strcmp0 (x->alternative->id, y->alternative->id);
}

/* The best-ranked mature alternative moves up to first place, the others
 * keeping their order, unless the profile is a technical one. */
static void
put_mature_first (GPtrArray     *recommendations,
                  RelaisProfile *profile)
{
  if (is_technical (profile))
    return;

  for (guint i = 0; i < recommendations->len; i++)
    {
      RelaisRecommendation *recommendation = g_ptr_array_index (recommendations, i);

      if (relais_alternative_is_mature (recommendation->alternative))
        {
          if (i > 0)
            {
              g_ptr_array_steal_index (recommendations, i);
              g_ptr_array_insert (recommendations, 0, recommendation);
            }
          return;
        }
    }
}

/* --- One suite for tools of one kind ------------------------------------------ */

/* One program or one service, whichever tool it stands in for: LibreOffice's
 * Writer and Calc are one Flathub application; a hoster's Nextcloud keeps
 * files and calendars alike. */
static const char *
suite_of (RelaisAlternative *alternative)
{
  if (alternative->flathub != NULL)
    return alternative->flathub;
  if (alternative->service != NULL)
    return alternative->service;
  return alternative->id;
}

/* The best alternative to @tool that can be had, or NULL: from @suite
 * alone when it is given, and only finished software when @mature_only. */
static RelaisAlternative *
best_alternative (RelaisProfile         *profile,
                  RelaisProprietaryTool *tool,
                  const char            *suite,
                  gboolean               mature_only,
                  RelaisPlatforms        platform,
                  RelaisDirectory       *directory)
{
  RelaisAlternative *best = NULL;
  int best_score = -1;

  for (guint i = 0; i < tool->alternatives->len; i++)
    {
      RelaisAlternative *alternative = g_ptr_array_index (tool->alternatives, i);
      int score;

      if ((suite != NULL && !g_str_equal (suite_of (alternative), suite)) ||
          (mature_only && !relais_alternative_is_mature (alternative)) ||
          is_unhosted (alternative, directory))
        continue;
      score = score_of (profile, alternative, relais_alternative_get_replacement (alternative, tool), tool, platform);
      if (score > best_score || (score == best_score && g_strcmp0 (alternative->id, best->id) < 0))
        {
          best = alternative;
          best_score = score;
        }
    }

  return best;
}

typedef struct
{
  const char            *suite;
  RelaisProprietaryTool *companion;  /* another tool of the profile, of the same category */
  RelaisAlternative     *with;       /* its alternative from that suite */
  gboolean               chosen;     /* the user chose it; else it only comes first for it */
} Steer;

/* Word and Excel should not end up with two office suites. An alternative
 * chosen for another tool of the same category decides; else the tool of
 * that category added first leads with what comes first for it, and the
 * ones added after follow it: the user sees the answer for the first tool
 * stay, and the others join it. */
static gboolean
find_steer (RelaisProfile         *profile,
            RelaisProprietaryTool *tool,
            RelaisPlatforms        platform,
            RelaisDirectory       *directory,
            Steer                 *steer)
{
  GListModel *entries = relais_profile_get_tools (profile);
  guint n_entries = g_list_model_get_n_items (entries);
  guint position = 0;

  if (relais_profile_find_tool (profile, tool->id, &position) == NULL)
    position = n_entries;

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_entries; i++)
      {
        g_autoptr(RelaisProfileTool) entry = g_list_model_get_item (entries, i);
        const char *choice = relais_profile_tool_get_choice (entry);
        RelaisProprietaryTool *other = NULL;
        RelaisAlternative *with = NULL;

        for (guint c = 0; c < tool->category->tools->len && other == NULL; c++)
          {
            RelaisProprietaryTool *candidate = g_ptr_array_index (tool->category->tools, c);

            if (candidate != tool && g_str_equal (candidate->id, relais_profile_tool_get_tool_id (entry)))
              other = candidate;
          }
        if (other == NULL)
          continue;

        /* First pass: the choices, wherever they are; then the order added. */
        for (guint a = 0; pass == 0 && choice != NULL && a < other->alternatives->len && with == NULL; a++)
          if (g_str_equal (((RelaisAlternative *) g_ptr_array_index (other->alternatives, a))->id, choice))
            with = g_ptr_array_index (other->alternatives, a);
        if (pass == 1 && i < position)
          /* What comes first for it on its own. */
          with = best_alternative (profile, other, NULL, !is_technical (profile), platform, directory);

        if (with != NULL && best_alternative (profile, tool, suite_of (with), FALSE, platform, directory) != NULL)
          {
            *steer = (Steer) { suite_of (with), other, with, pass == 0 };
            return TRUE;
          }
      }

  return FALSE;
}

static char *
describe_steer (const Steer       *steer,
                RelaisAlternative *alternative)
{
  if (steer->with == alternative && steer->chosen)
    /* Translators: %s is another tool the user has, e.g. “Microsoft Word” */
    return g_strdup_printf (_("You chose it for %s as well: one suite to install and learn for both."),
                            steer->companion->name);
  if (steer->with == alternative)
    /* Translators: %s is another tool the user has, e.g. “Microsoft Word” */
    return g_strdup_printf (_("It replaces %s too, which you also use: one suite to install and learn for both."),
                            steer->companion->name);
  if (steer->chosen)
    /* Translators: the alternative chosen for another tool, then that tool: “Goes with LibreOffice Writer, chosen for Microsoft Word…” */
    return g_strdup_printf (_("Goes with %s, chosen for %s: one suite to install and learn for both."),
                            steer->with->name, steer->companion->name);
  /* Translators: the alternative first for another tool, then that tool: “Goes with LibreOffice Writer, first for Microsoft Word…” */
  return g_strdup_printf (_("Goes with %s, first for %s: one suite to install and learn for both."),
                          steer->with->name, steer->companion->name);
}

/* The suite's best alternative goes first, saying why, unless its makers
 * call it unfinished and the profile is not a technical one. */
static void
put_suite_first (GPtrArray             *recommendations,
                 RelaisProfile         *profile,
                 RelaisProprietaryTool *tool,
                 RelaisPlatforms        platform,
                 RelaisDirectory       *directory)
{
  Steer steer = { NULL };

  if (!find_steer (profile, tool, platform, directory, &steer))
    return;

  for (guint i = 0; i < recommendations->len; i++)
    {
      RelaisRecommendation *recommendation = g_ptr_array_index (recommendations, i);

      if (recommendation->unhosted || !g_str_equal (suite_of (recommendation->alternative), steer.suite))
        continue;
      if (!relais_alternative_is_mature (recommendation->alternative) && !is_technical (profile))
        return;
      g_ptr_array_insert (recommendation->reasons, 0, describe_steer (&steer, recommendation->alternative));
      if (i > 0)
        {
          g_ptr_array_steal_index (recommendations, i);
          g_ptr_array_insert (recommendations, 0, recommendation);
        }
      return;
    }
}

/**
 * relais_recommend:
 * @platform: the system the user's computer runs
 * @users: how many people use @tool (for the savings; 0 if unknown)
 *
 * Returns: (transfer full) (element-type RelaisRecommendation): every
 *   alternative to @tool, the best first
 */
GPtrArray *
relais_recommend (RelaisProfile         *profile,
                  RelaisProprietaryTool *tool,
                  RelaisPlatforms        platform,
                  guint                  users)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (tool != NULL, NULL);

  return relais_recommend_with_hosters (profile, tool, platform, users, NULL);
}

/**
 * relais_recommend_with_hosters:
 * @directory: (nullable): the hosters Relais knows; without it, whether an
 *   online service can be had is not known, and nothing is said of it
 *
 * Like relais_recommend(), and an online service that no hoster of
 * @directory offers comes after those that can be had.
 *
 * Returns: (transfer full) (element-type RelaisRecommendation): every
 *   alternative to @tool, the best first
 */
GPtrArray *
relais_recommend_with_hosters (RelaisProfile         *profile,
                               RelaisProprietaryTool *tool,
                               RelaisPlatforms        platform,
                               guint                  users,
                               RelaisDirectory       *directory)
{
  GPtrArray *recommendations;

  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (tool != NULL, NULL);

  recommendations = g_ptr_array_new_with_free_func ((GDestroyNotify) relais_recommendation_free);
  for (guint i = 0; i < tool->alternatives->len; i++)
    {
      RelaisAlternative *alternative = g_ptr_array_index (tool->alternatives, i);
      RelaisRecommendation *recommendation = g_new0 (RelaisRecommendation, 1);

      recommendation->alternative = alternative;
      recommendation->replacement = relais_alternative_get_replacement (alternative, tool);
      recommendation->score = score_of (profile, alternative, recommendation->replacement, tool, platform);
      recommendation->unhosted = is_unhosted (alternative, directory);
      recommendation->reasons = g_ptr_array_new_with_free_func (g_free);
      add_reasons (recommendation, profile, tool, platform, users, directory);
      g_ptr_array_add (recommendations, recommendation);
    }

  g_ptr_array_sort (recommendations, compare_recommendations);
  put_mature_first (recommendations, profile);
  put_suite_first (recommendations, profile, tool, platform, directory);

  return recommendations;
}
