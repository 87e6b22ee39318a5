/* relais-search.c — finding a tool by any of its names, typos included
 *
 * Names are folded to lower-case ASCII words ("Photoshop®" and "photoshop",
 * "Agenda Google" and "agenda google" are the same). A query is matched, in
 * this order of rank, exactly, as the start of a name or of a word of a name,
 * then within one or two typing mistakes (an omitted, extra, wrong or swapped
 * letter: "exel", "whatsap", "fotoshop"). For the typos, trigram posting lists
 * pick the few names worth comparing, so a query stays well under a
 * millisecond on catalogues of thousands of tools (bench/bench-search.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-search"

#include "config.h"

#include <string.h>

#include "relais-search.h"

/* Scores: exact above prefix above fuzzy; within each, whole names above
 * single words, and shorter names (closer to what was typed) first. */
#define SCORE_EXACT      1000
#define SCORE_PREFIX      700
#define SCORE_FUZZY       400
#define BONUS_WHOLE_NAME   50
#define MAX_PREFIX_VISITS 2000

typedef struct
{
  char  *text;
  guint  length;
  guint  entry;
  guint  whole : 1;
} Key;

typedef struct
{
  gpointer  data;
  guint     group;
  char     *display;
} Entry;

struct _RelaisSearchIndex
{
  GArray     *entries;   /* Entry */
  GArray     *keys;      /* Key, sorted by text once built */
  GHashTable *trigrams;  /* packed trigram → GArray of key positions */
  guint16    *counts;    /* scratch: shared trigrams per key */
  gboolean    built;
};

/* --- Folding ------------------------------------------------------------- */

/**
 * relais_search_normalize:
 *
 * Lower-case ASCII letters and digits, words separated by one space:
 * "  Écran-Partagé, 2 " → "ecran partage 2".
 */
char *
relais_search_normalize (const char *text)
{
  g_autofree char *ascii = NULL;
  GString *folded;
  gboolean space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  ascii = g_str_to_ascii (text, "C");
  folded = g_string_sized_new (strlen (ascii));
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (space && folded->len > 0)
            g_string_append_c (folded, ' ');
          g_string_append_c (folded, g_ascii_tolower (*p));
          space = FALSE;
        }
      else
        space = TRUE;
    }

  return g_string_free (folded, FALSE);
}

/**
 * relais_search_distance:
 * @max: stop counting past this
 *
 * The optimal string alignment distance (insertions, deletions,
 * substitutions, and swaps of two neighbours), or @max + 1 when it is larger
 * than @max.
 */
guint
relais_search_distance (const char *a,
                        const char *b,
                        guint       max)
{
  guint la = strlen (a), lb = strlen (b);
  guint *rows, *previous2, *previous, *current;
  guint result;

  if ((la > lb ? la - lb : lb - la) > max)
    return max + 1;

  rows = g_new (guint, 3 * (lb + 1));
  previous2 = rows;
  previous = rows + (lb + 1);
  current = rows + 2 * (lb + 1);

  for (guint j = 0; j <= lb; j++)
    previous[j] = j;

  for (guint i = 1; i <= la; i++)
    {
      guint row_min;
      guint *swap;

      current[0] = i;
      row_min = i;
      for (guint j = 1; j <= lb; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint value = MIN (MIN (previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);

          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            value = MIN (value, previous2[j - 2] + 1);
          current[j] = value;
          row_min = MIN (row_min, value);
        }

      if (row_min > max)
        {
          g_free (rows);
          return max + 1;
        }

      swap = previous2;
      previous2 = previous;
      previous = current;
      current = swap;
    }

  result = MIN (previous[lb], max + 1);
  g_free (rows);
  return result;
}

/* --- Building ------------------------------------------------------------ */

static guint32
pack_trigram (const char *p)
{
  return ((guint32) (guchar) p[0] << 16) | ((guint32) (guchar) p[1] << 8) | (guchar) p[2];
}

/* "^^word$": padding makes the first letters count as much as the others. */
static char *
pad (const char *text)
{
  return g_strconcat ("^^", text, "$", NULL);
}

RelaisSearchIndex *
relais_search_index_new (void)
{
  RelaisSearchIndex *index = g_new0 (RelaisSearchIndex, 1);

  index->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  index->keys = g_array_new (FALSE, FALSE, sizeof (Key));
  index->trigrams = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  return index;
}

void
relais_search_index_free (RelaisSearchIndex *index)
{
  if (index == NULL)
    return;

  for (guint i = 0; i < index->entries->len; i++)
    g_free (g_array_index (index->entries, Entry, i).display);
  for (guint i = 0; i < index->keys->len; i++)
    g_free (g_array_index (index->keys, Key, i).text);
  g_array_unref (index->entries);
  g_array_unref (index->keys);
  g_hash_table_unref (index->trigrams);
  g_free (index->counts);
  g_free (index);
}

static void
add_key (RelaisSearchIndex *index,
         const char        *text,
         guint              entry,
         gboolean           whole)
{
  Key key = { g_strdup (text), strlen (text), entry, whole };

  g_array_append_val (index->keys, key);
}

/**
 * relais_search_index_add:
 * @entry: what a match returns
 * @group: a number of the caller's (say, proprietary or free), to filter on
 * @display_name: the name results are sorted by when they score the same
 * @names: every name the entry may be typed as
 */
void
relais_search_index_add (RelaisSearchIndex  *index,
                         gpointer            entry,
                         guint               group,
                         const char         *display_name,
                         const char * const *names)
{
  Entry new_entry = { entry, group, g_utf8_casefold (display_name, -1) };
  guint position = index->entries->len;

  g_return_if_fail (index != NULL);
  g_return_if_fail (!index->built);
  g_return_if_fail (group < 32);

  g_array_append_val (index->entries, new_entry);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *folded = relais_search_normalize (names[i]);
      g_auto(GStrv) words = NULL;

      if (folded[0] == '\0')
        continue;

      add_key (index, folded, position, TRUE);
      if (strchr (folded, ' ') == NULL)
        continue;

      words = g_strsplit (folded, " ", -1);
      for (guint w = 0; words[w] != NULL; w++)
        {
          if (strlen (words[w]) >= 2)
            add_key (index, words[w], position, FALSE);
        }
    }
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const Key *x = a, *y = b;
  int result = strcmp (x->text, y->text);

  return result != 0 ? result : (int) x->entry - (int) y->entry;
}

/**
 * relais_search_index_build:
 *
 * Sorts the names and makes the trigram lists; call once, after the last add.
 */
void
relais_search_index_build (RelaisSearchIndex *index)
{
  g_return_if_fail (index != NULL);
  g_return_if_fail (!index->built);

  g_array_sort (index->keys, compare_keys);

  for (guint k = 0; k < index->keys->len; k++)
    {
      g_autofree char *padded = pad (g_array_index (index->keys, Key, k).text);
      guint32 last = G_MAXUINT32;

      for (const char *p = padded; p[1] != '\0' && p[2] != '\0'; p++)
        {
          guint32 trigram = pack_trigram (p);
          GArray *postings;

          if (trigram == last)
            continue;
          last = trigram;
          postings = g_hash_table_lookup (index->trigrams, GUINT_TO_POINTER (trigram));
          if (postings == NULL)
            {
              postings = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (index->trigrams, GUINT_TO_POINTER (trigram), postings);
            }
          /* A key repeating a trigram is counted once for it. */
          if (postings->len == 0 || g_array_index (postings, guint, postings->len - 1) != k)
            g_array_append_val (postings, k);
        }
    }

  index->counts = g_new0 (guint16, MAX (index->keys->len, 1));
  index->built = TRUE;
}

guint
relais_search_index_get_n_entries (RelaisSearchIndex *index)
{
  g_return_val_if_fail (index != NULL, 0);
  return index->entries->len;
}

/* --- Querying ------------------------------------------------------------ */

typedef struct
{
  guint       entry;
  RelaisMatch match;
  int         score;
} Candidate;

typedef struct
{
  GHashTable *seen;        /* entry position → candidate position + 1 */
  GArray     *candidates;  /* Candidate */
} Collector;

static void
collect (RelaisSearchIndex *index,
         Collector         *collector,
         const Key         *key,
         RelaisMatch        match,
         int                score,
         guint              groups)
{
  const Entry *entry = &g_array_index (index->entries, Entry, key->entry);
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (collector->seen, GUINT_TO_POINTER (key->entry)));

  if ((groups & (1u << entry->group)) == 0)
    return;

  if (position > 0)
    {
      Candidate *candidate = &g_array_index (collector->candidates, Candidate, position - 1);

      if (score > candidate->score)
        {
          candidate->score = score;
          candidate->match = match;
        }
      return;
    }

  {
    Candidate candidate = { key->entry, match, score };

    g_array_append_val (collector->candidates, candidate);
    g_hash_table_insert (collector->seen, GUINT_TO_POINTER (key->entry),
                         GUINT_TO_POINTER (collector->candidates->len));
  }
}

static guint
lower_bound (GArray     *keys,
             const char *text)
{
  guint low = 0, high = keys->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (strcmp (g_array_index (keys, Key, middle).text, text) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static void
match_prefixes (RelaisSearchIndex *index,
                Collector         *collector,
                const char        *query,
                guint              groups)
{
  guint length = strlen (query);
  guint visits = 0;

  for (guint k = lower_bound (index->keys, query);
       k < index->keys->len && visits < MAX_PREFIX_VISITS;
       k++, visits++)
    {
      const Key *key = &g_array_index (index->keys, Key, k);
      int bonus = key->whole ? BONUS_WHOLE_NAME : 0;

      if (strncmp (key->text, query, length) != 0)
        break;

      if (key->length == length)
        collect (index, collector, key, RELAIS_MATCH_EXACT, SCORE_EXACT + bonus, groups);
      else
        collect (index, collector, key, RELAIS_MATCH_PREFIX,
                 SCORE_PREFIX + bonus - (int) MIN (key->length - length, 100u), groups);
    }
}

static void
match_typos (RelaisSearchIndex *index,
             Collector         *collector,
             const char        *query,
             guint              groups)
{
  guint length = strlen (query);
  guint max_distance = length <= 4 ? 1 : 2;
  g_autofree char *padded = NULL;
  g_autoptr(GArray) touched = NULL;
  guint n_trigrams = 0;
  guint32 last = G_MAXUINT32;
  int threshold;

  if (length < 3)
    return;

  padded = pad (query);
  touched = g_array_new (FALSE, FALSE, sizeof (guint));
  for (const char *p = padded; p[1] != '\0' && p[2] != '\0'; p++)
    {
      guint32 trigram = pack_trigram (p);
      GArray *postings;

      if (trigram == last)
        continue;
      last = trigram;
      n_trigrams++;
      postings = g_hash_table_lookup (index->trigrams, GUINT_TO_POINTER (trigram));
      for (guint i = 0; postings != NULL && i < postings->len; i++)
        {
          guint k = g_array_index (postings, guint, i);

          if (index->counts[k]++ == 0)
            g_array_append_val (touched, k);
        }
    }

  /* A typing mistake breaks at most three trigrams, four for two swapped
   * letters: a name sharing fewer cannot be within reach. */
  threshold = MAX (1, (int) n_trigrams - 4 * (int) max_distance);

  for (guint i = 0; i < touched->len; i++)
    {
      guint k = g_array_index (touched, guint, i);
      const Key *key = &g_array_index (index->keys, Key, k);
      guint gap = key->length > length ? key->length - length : length - key->length;
      guint distance;

      if (index->counts[k] >= threshold && gap <= max_distance &&
          (distance = relais_search_distance (query, key->text, max_distance)) <= max_distance &&
          distance > 0)
        collect (index, collector, key, RELAIS_MATCH_FUZZY,
                 SCORE_FUZZY + (key->whole ? BONUS_WHOLE_NAME : 0) - 100 * (int) distance, groups);

      index->counts[k] = 0;
    }
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const Candidate *x = a, *y = b;
  RelaisSearchIndex *index = user_data;
  int result;

  if (x->score != y->score)
    return y->score - x->score;

  result = strcmp (g_array_index (index->entries, Entry, x->entry).display,
                   g_array_index (index->entries, Entry, y->entry).display);
  return result != 0 ? result : (int) x->entry - (int) y->entry;
}

/**
 * relais_search_index_query:
 * @groups: a bit mask of the groups to search (1 << group)
 * @max_results: at most this many results
 *
 * Returns: (transfer full) (element-type RelaisSearchResult): the best first;
 *   names scoring the same in alphabetical order
 */
GArray *
relais_search_index_query (RelaisSearchIndex *index,
                           const char        *query,
                           guint              groups,
                           guint              max_results)
{
  g_autofree char *folded = NULL;
  Collector collector;
  GArray *results;

  g_return_val_if_fail (index != NULL, NULL);
  g_return_val_if_fail (index->built, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  folded = relais_search_normalize (query);
  collector.seen = g_hash_table_new (NULL, NULL);
  collector.candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  if (folded[0] != '\0')
    {
      match_prefixes (index, &collector, folded, groups);
      match_typos (index, &collector, folded, groups);
    }

  g_array_sort_with_data (collector.candidates, compare_candidates, index);

  results = g_array_new (FALSE, FALSE, sizeof (RelaisSearchResult));
  for (guint i = 0; i < collector.candidates->len && i < max_results; i++)
    {
      const Candidate *candidate = &g_array_index (collector.candidates, Candidate, i);
      const Entry *entry = &g_array_index (index->entries, Entry, candidate->entry);
      RelaisSearchResult result = { entry->data, entry->group, candidate->match, candidate->score };

      g_array_append_val (results, result);
    }

  g_hash_table_unref (collector.seen);
  g_array_unref (collector.candidates);

  return results;
}
