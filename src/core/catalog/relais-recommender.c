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
 * that its people can cope with a program still changing. Everything is
 * computed from the profile and the catalogue alone: the same input always
 * gives the same order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-recommender"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "relais-price-text.h"
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
             guint                  users)
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
  else if (alternative->service != NULL && alternative->kind != RELAIS_TOOL_KIND_SOFTWARE)
    /* Whether a hoster Relais knows offers it is said beside it (Tools, Help
     * Nearby, the plan), where the directory is known. */
    g_ptr_array_add (reasons, g_strdup (_("Used online, through a hoster: nothing to install on your computers.")));
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
      recommendation->reasons = g_ptr_array_new_with_free_func (g_free);
      add_reasons (recommendation, profile, tool, platform, users);
      g_ptr_array_add (recommendations, recommendation);
    }

  g_ptr_array_sort (recommendations, compare_recommendations);
  put_mature_first (recommendations, profile);

  return recommendations;
}
