/* relais-summary.c — the totals of many profiles for a workshop's
 * coordinator: by kind and département, tools by category, alternatives
 * chosen, how far the tools have come, savings, stages reached. Every label
 * comes from Relais or its catalogue, so nothing a user typed can leak out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-departements.h"
#include "relais-path.h"
#include "relais-progress.h"
#include "relais-summary.h"

#define N_KINDS (RELAIS_PROFILE_KIND_RESSOURCERIE + 1)

typedef struct
{
  gint64 saved;
  gint64 to_save;
} Savings;

typedef struct
{
  RelaisCatalog *catalog;
  guint          kinds[N_KINDS];
  GHashTable    *departements;   /* code ("" when not given) → count */
  GHashTable    *categories;     /* RelaisCategory → count */
  GHashTable    *alternatives;   /* name → count */
  guint          reached[RELAIS_N_TOOL_REACHES];
  guint          moving;
  guint          tools;
  GHashTable    *savings;        /* currency → Savings */
  GArray        *stages;         /* guint by stage; the last counts profiles with every stage done */
} Counts;

static void
row_free (RelaisSummaryRow *row)
{
  g_free (row->label);
  g_free (row);
}

static void
section_free (RelaisSummarySection *section)
{
  g_free (section->id);
  g_free (section->title);
  g_free (section->unit);
  g_free (section->note);
  g_ptr_array_unref (section->rows);
  g_free (section);
}

static RelaisSummarySection *
add_section (RelaisSummary *summary,
             const char    *id,
             const char    *title,
             const char    *unit,
             guint          of)
{
  RelaisSummarySection *section = g_new0 (RelaisSummarySection, 1);

  section->id = g_strdup (id);
  section->title = g_strdup (title);
  section->unit = g_strdup (unit);
  section->of = of;
  section->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_ptr_array_add (summary->sections, section);
  return section;
}

static void
add_row (RelaisSummarySection *section,
         const char           *label,
         gint64                value)
{
  RelaisSummaryRow *row = g_new0 (RelaisSummaryRow, 1);

  row->label = g_strdup (label);
  row->value = value;
  g_ptr_array_add (section->rows, row);
}

static void
count (GHashTable *table,
       gpointer    key,
       guint       by)
{
  g_hash_table_insert (table, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (table, key)) + by));
}

/* GLib 2.74 has no g_hash_table_get_keys_as_ptr_array(). */
static GPtrArray *
keys_of (GHashTable *table)
{
  GPtrArray *keys = g_ptr_array_sized_new (g_hash_table_size (table));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  return keys;
}

/* The first stage with a step left to do, as the plan's next steps say;
 * relais_path_get_n_stages() when every stage is done. */
static guint
stage_reached (RelaisProfile *profile)
{
  for (guint i = 0; i < relais_path_get_n_stages (); i++)
    {
      const RelaisStage *stage = relais_path_get_stage (i);
      guint total, done, skipped;

      if (!relais_path_stage_applies (stage, relais_profile_get_kind (profile)))
        continue;
      relais_path_count (stage, profile, &total, &done, &skipped);
      if (done + skipped < total)
        return i;
    }
  return relais_path_get_n_stages ();
}

static void
count_profile (Counts        *counts,
               RelaisProfile *profile,
               const GDate   *today)
{
  g_autoptr(RelaisProgress) progress = NULL;
  GListModel *tools = relais_profile_get_tools (profile);
  const char *departement = relais_profile_get_departement (profile);
  RelaisProfileKind kind = relais_profile_get_kind (profile);

  if ((guint) kind < N_KINDS)
    counts->kinds[kind]++;
  /* Only a code Relais knows: the field is checked on reading, but a newer
   * Relais's profile is read leniently. */
  count (counts->departements,
         (gpointer) (departement != NULL && relais_departements_lookup (departement) != NULL ? relais_departements_lookup (departement)->code : ""), 1);

  for (guint i = 0; i < g_list_model_get_n_items (tools); i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (tools, i);
      RelaisProprietaryTool *known = relais_catalog_lookup_tool (counts->catalog, relais_profile_tool_get_tool_id (tool));
      const char *choice = relais_profile_tool_get_choice (tool);
      RelaisAlternative *alternative = choice != NULL ? relais_catalog_lookup_alternative (counts->catalog, choice) : NULL;

      if (known == NULL)
        continue;
      counts->tools++;
      if (known->category != NULL)
        count (counts->categories, known->category, 1);
      if (alternative != NULL)
        count (counts->alternatives, alternative->name, 1);
    }

  progress = today != NULL ? relais_progress_new_on (profile, counts->catalog, today)
                           : relais_progress_new (profile, counts->catalog);
  for (guint r = 0; r < RELAIS_N_TOOL_REACHES; r++)
    counts->reached[r] += progress->reached[r];
  counts->moving += progress->moving;
  for (guint i = 0; i < progress->totals->len; i++)
    {
      RelaisProgressTotal *total = &g_array_index (progress->totals, RelaisProgressTotal, i);
      Savings *savings = g_hash_table_lookup (counts->savings, total->currency);

      if (savings == NULL)
        {
          savings = g_new0 (Savings, 1);
          g_hash_table_insert (counts->savings, g_strdup (total->currency), savings);
        }
      savings->saved += total->saved_cents_per_year;
      savings->to_save += total->to_save_cents_per_year;
    }

  g_array_index (counts->stages, guint, stage_reached (profile))++;
}

static gint
compare_departements (gconstpointer a,
                      gconstpointer b)
{
  return relais_departements_get_position (*(const char * const *) a) -
         relais_departements_get_position (*(const char * const *) b);
}

static void
add_departements (RelaisSummary *summary,
                  Counts        *counts)
{
  g_autoptr(GPtrArray) codes = keys_of (counts->departements);
  RelaisSummarySection *section;
  guint other = 0, not_given = 0;

  section = add_section (summary, "departements", _("Profiles by Département"), _("profiles"), summary->profiles);
  g_ptr_array_sort (codes, compare_departements);
  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = codes->pdata[i];
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts->departements, code));
      g_autofree char *label = NULL;

      if (*code == '\0')
        not_given = n;
      else if (n < RELAIS_SUMMARY_MIN_PER_DEPARTEMENT)
        other += n;
      else
        {
          /* Translators: a département's code and name, e.g. “14 Calvados” */
          label = g_strdup_printf (_("%s %s"), code, relais_departements_lookup (code)->name);
          add_row (section, label, n);
        }
    }
  /* Too few to show apart: the département could tell who they are. */
  if (other > 0)
    add_row (section, _("Other départements (fewer than three profiles each)"), other);
  if (not_given > 0)
    add_row (section, _("Département not given"), not_given);
}

static gint
compare_rows_by_value (gconstpointer a,
                       gconstpointer b)
{
  const RelaisSummaryRow *row_a = *(RelaisSummaryRow * const *) a;
  const RelaisSummaryRow *row_b = *(RelaisSummaryRow * const *) b;

  if (row_a->value != row_b->value)
    return row_a->value > row_b->value ? -1 : 1;
  return g_utf8_collate (row_a->label, row_b->label);
}

static void
add_tools (RelaisSummary *summary,
           Counts        *counts)
{
  GPtrArray *categories = relais_catalog_get_categories (counts->catalog);
  RelaisSummarySection *section;
  GHashTableIter iter;
  gpointer key, value;

  section = add_section (summary, "categories", _("Tools Used Today, by Category"), _("tools"), counts->tools);
  for (guint i = 0; i < categories->len; i++)
    {
      RelaisCategory *category = categories->pdata[i];
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts->categories, category));

      if (n > 0)
        add_row (section, relais_catalog_translate (category->name), n);
    }

  section = add_section (summary, "alternatives", _("Free Alternatives Chosen"), _("tools"), counts->tools);
  g_hash_table_iter_init (&iter, counts->alternatives);
  while (g_hash_table_iter_next (&iter, &key, &value))
    add_row (section, key, GPOINTER_TO_UINT (value));
  g_ptr_array_sort (section->rows, compare_rows_by_value);

  section = add_section (summary, "reach", _("How Far the Tools Have Come"), _("tools"), counts->moving);
  section->note = g_strdup (_("Each count includes the tools that went further: a migrated tool was also chosen, tried and adopted."));
  for (guint r = RELAIS_TOOL_REACH_CHOSEN; r < RELAIS_N_TOOL_REACHES; r++)
    add_row (section, relais_tool_reach_get_label (r), counts->reached[r]);
}

static gint
compare_currencies (gconstpointer a,
                    gconstpointer b)
{
  const char *currency_a = *(const char * const *) a;
  const char *currency_b = *(const char * const *) b;

  /* Euros first, as the Progress area shows them. */
  if (g_str_equal (currency_a, "EUR") != g_str_equal (currency_b, "EUR"))
    return g_str_equal (currency_a, "EUR") ? -1 : 1;
  return g_strcmp0 (currency_a, currency_b);
}

static void
add_savings (RelaisSummary *summary,
             Counts        *counts)
{
  g_autoptr(GPtrArray) currencies = NULL;

  if (g_hash_table_size (counts->savings) == 0)
    g_hash_table_insert (counts->savings, g_strdup ("EUR"), g_new0 (Savings, 1));
  currencies = keys_of (counts->savings);
  g_ptr_array_sort (currencies, compare_currencies);

  for (guint i = 0; i < currencies->len; i++)
    {
      const char *currency = currencies->pdata[i];
      Savings *savings = g_hash_table_lookup (counts->savings, currency);
      g_autofree char *id = g_strconcat ("savings-", currency, NULL);
      /* Translators: the unit of a sum of money, e.g. “EUR per year” */
      g_autofree char *unit = g_strdup_printf (_("%s per year"), currency);
      RelaisSummarySection *section = add_section (summary, id, _("Licences, Each Year"), unit, 0);

      g_strlcpy (section->currency, currency, sizeof section->currency);
      add_row (section, _("No longer paid (adopted or migrated)"), savings->saved);
      add_row (section, _("Still to save (chosen, not yet done)"), savings->to_save);
    }
}

static void
add_stages (RelaisSummary *summary,
            Counts        *counts)
{
  RelaisSummarySection *section;

  section = add_section (summary, "stages", _("Stage of the Path Reached"), _("profiles"), summary->profiles);
  for (guint i = 0; i < relais_path_get_n_stages (); i++)
    if (g_array_index (counts->stages, guint, i) > 0)
      {
        /* Translators: the number of a stage of the path and its name, e.g. “Stage 2: Take Stock” */
        g_autofree char *label = g_strdup_printf (_("Stage %u: %s"), i + 1, _(relais_path_get_stage (i)->title));

        add_row (section, label, g_array_index (counts->stages, guint, i));
      }
  if (g_array_index (counts->stages, guint, relais_path_get_n_stages ()) > 0)
    add_row (section, _("Every stage done"), g_array_index (counts->stages, guint, relais_path_get_n_stages ()));
}

/**
 * relais_summary_new:
 * @profiles: (element-type RelaisProfile): the profiles to count, each once
 *   (relais_profile_bundle_read_inputs() keeps one version of each)
 * @today: (nullable): the day the savings are counted on; %NULL: today
 * @progress: (nullable) (scope call): called after each profile
 *
 * Counts @profiles: how many of each kind and in each département (those
 * with fewer than %RELAIS_SUMMARY_MIN_PER_DEPARTEMENT together), the tools
 * listed by category, the alternatives chosen, how far the tools have come
 * and the licences saved (relais_progress_new(): the Progress area's rules),
 * the stage of the path each has reached. No profile's name, note, person's
 * name or commune is in it.
 *
 * Returns: (transfer full) (nullable): the totals; %NULL when cancelled
 */
RelaisSummary *
relais_summary_new (GPtrArray               *profiles,
                    RelaisCatalog           *catalog,
                    const GDate             *today,
                    GCancellable            *cancellable,
                    RelaisWorkProgressFunc   progress,
                    gpointer                 user_data,
                    GError                 **error)
{
  g_autoptr(RelaisSummary) summary = NULL;
  g_autoptr(GArray) stages = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GHashTable) departements = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) categories = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) alternatives = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) savings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Counts counts = { 0 };
  RelaisSummarySection *section;

  g_return_val_if_fail (profiles != NULL, NULL);
  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);

  counts.catalog = catalog;
  counts.departements = departements;
  counts.categories = categories;
  counts.alternatives = alternatives;
  counts.savings = savings;
  g_array_set_size (stages, relais_path_get_n_stages () + 1);
  counts.stages = stages;

  for (guint i = 0; i < profiles->len; i++)
    {
      RelaisProfile *profile = profiles->pdata[i];

      g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      count_profile (&counts, profile, today);
      /* The progress says how far, never whose profile it was. */
      if (progress != NULL)
        progress (i + 1, profiles->len, NULL, user_data);
    }

  summary = g_new0 (RelaisSummary, 1);
  summary->profiles = profiles->len;
  summary->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);

  section = add_section (summary, "kinds", _("Profiles by Kind"), _("profiles"), summary->profiles);
  add_row (section, _("All profiles"), summary->profiles);
  for (guint k = 0; k < N_KINDS; k++)
    if (counts.kinds[k] > 0)
      add_row (section, relais_profile_kind_get_label (k), counts.kinds[k]);
  add_departements (summary, &counts);
  add_tools (summary, &counts);
  add_savings (summary, &counts);
  add_stages (summary, &counts);

  return g_steal_pointer (&summary);
}

/**
 * relais_summary_format_value:
 *
 * Returns: (transfer full): @row's value in words: a count, or an amount
 *   with its currency ("1 234.50 EUR" with the locale's digits)
 */
char *
relais_summary_format_value (RelaisSummarySection *section,
                             RelaisSummaryRow     *row)
{
  g_return_val_if_fail (section != NULL, NULL);
  g_return_val_if_fail (row != NULL, NULL);

  if (section->currency[0] != '\0')
    return g_strdup_printf ("%.2f %s", relais_cents_to_whole_units (row->value), section->currency);
  return g_strdup_printf ("%" G_GINT64_FORMAT, row->value);
}

/**
 * relais_summary_free:
 */
void
relais_summary_free (RelaisSummary *summary)
{
  if (summary == NULL)
    return;
  g_ptr_array_unref (summary->sections);
  g_free (summary);
}
