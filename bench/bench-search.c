/* bench-search.c — search on a generated catalogue of 10,000 tools
 *
 * Names are made of syllables, one to three words, with two aliases each, so
 * that the index has the size and the shape of a large real catalogue. The
 * queries are what people type: whole names, beginnings, words, names with
 * one or two typing mistakes, and strings that match nothing. Prints the
 * median, the 99th percentile and the worst time per query.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "relais-search.h"

/* The sizes of a measurement; --small: once, small, in the test suite
 * (suite bench), so that the benchmark cannot rot unseen. */
static guint n_tools = 10000;
static guint n_queries = 20000;

static const char *syllables[] = {
  "ba", "be", "bo", "ca", "ce", "co", "da", "de", "do", "fa", "fe", "fo", "ga", "go", "la", "le",
  "lo", "ma", "me", "mo", "na", "ne", "no", "pa", "pe", "po", "ra", "re", "ro", "sa", "se", "so",
  "ta", "te", "to", "va", "ve", "vo", "za", "ze", "ex", "on", "ix", "ar", "ur", "pro", "net", "soft",
};

static char *
make_word (GRand *rand)
{
  GString *word = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 2, 5);

  for (guint i = 0; i < n; i++)
    g_string_append (word, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
  return g_string_free (word, FALSE);
}

static char *
make_name (GRand *rand)
{
  GString *name = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 1, 4);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *word = make_word (rand);

      if (i > 0)
        g_string_append_c (name, ' ');
      word[0] = g_ascii_toupper (word[0]);
      g_string_append (name, word);
    }
  return g_string_free (name, FALSE);
}

/* One or two typing mistakes: a letter dropped, doubled, changed or swapped. */
static char *
misspell (GRand      *rand,
          const char *text,
          guint       mistakes)
{
  GString *typo = g_string_new (text);

  for (guint m = 0; m < mistakes && typo->len > 3; m++)
    {
      guint at = g_rand_int_range (rand, 1, typo->len - 1);

      switch (g_rand_int_range (rand, 0, 4))
        {
        case 0:
          g_string_erase (typo, at, 1);
          break;
        case 1:
          g_string_insert_c (typo, at, typo->str[at]);
          break;
        case 2:
          typo->str[at] = 'a' + g_rand_int_range (rand, 0, 26);
          break;
        default:
          {
            char swap = typo->str[at];
            typo->str[at] = typo->str[at + 1];
            typo->str[at + 1] = swap;
          }
          break;
        }
    }
  return g_string_free (typo, FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  g_autoptr(RelaisSearchIndex) index = relais_search_index_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint found = 0;
  gint64 start;
  double build_ms;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc > 1 && g_str_equal (argv[1], "--small"))
    {
      n_tools = 200;
      n_queries = 100;
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; i < n_tools; i++)
    {
      char *name = make_name (rand);
      g_autofree char *alias1 = make_name (rand);
      g_autofree char *alias2 = make_word (rand);
      const char *all[] = { name, alias1, alias2, NULL };

      g_ptr_array_add (names, name);
      relais_search_index_add (index, GUINT_TO_POINTER (i + 1), i % 2, name, all);
    }
  relais_search_index_build (index);
  build_ms = (g_get_monotonic_time () - start) / 1000.0;

  for (guint q = 0; q < n_queries; q++)
    {
      const char *name = g_ptr_array_index (names, g_rand_int_range (rand, 0, n_tools));
      g_autofree char *folded = relais_search_normalize (name);

      switch (q % 5)
        {
        case 0:
          g_ptr_array_add (queries, g_strdup (name));
          break;
        case 1:
          g_ptr_array_add (queries, g_strndup (folded, MAX (2, strlen (folded) / 2)));
          break;
        case 2:
          g_ptr_array_add (queries, misspell (rand, folded, 1));
          break;
        case 3:
          g_ptr_array_add (queries, misspell (rand, folded, 2));
          break;
        default:
          g_ptr_array_add (queries, g_strdup_printf ("qzx%uwv", q));
          break;
        }
    }

  for (guint q = 0; q < queries->len; q++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(GArray) results = relais_search_index_query (index, g_ptr_array_index (queries, q), 3, 20);
      double ms = (g_get_monotonic_time () - t0) / 1000.0;

      g_array_append_val (times, ms);
      found += results->len > 0;
    }

  g_array_sort (times, compare_doubles);
  g_print ("search: %u tools (%u entries), %u queries, index built in %.1f ms\n",
           n_tools, relais_search_index_get_n_entries (index), queries->len, build_ms);
  g_print ("| per query | median (ms) | p99 (ms) | worst (ms) | queries with results |\n");
  g_print ("| --- | ---: | ---: | ---: | ---: |\n");
  g_print ("| mixed | %.3f | %.3f | %.3f | %u of %u |\n",
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, times->len * 99 / 100),
           g_array_index (times, double, times->len - 1),
           found, queries->len);

  return 0;
}
