/* relais-communes.c — the French communes, so that people can type a commune
 * or a postcode, and help nearby can be ranked by commune, EPCI and département
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-communes"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "relais-communes.h"
#include "relais-data.h"
#include "relais-search.h"

#define TABLE_RESOURCE "/fr/artifaille/Relais/directory/communes.tsv"

struct _RelaisCommunes
{
  char       *text;        /* the table, split in place: communes point into it */
  GArray     *communes;    /* RelaisCommune */
  char      **normalized;  /* the names as relais_search_normalize() gives them */
  GHashTable *by_insee;    /* insee → RelaisCommune* */
  GHashTable *by_postcode; /* postcode → GPtrArray of RelaisCommune* */
};

G_DEFINE_QUARK (relais-communes-error-quark, relais_communes_error)

static gboolean
parse_line (char           *line,
            RelaisCommune  *commune)
{
  char *fields[6];
  guint n = 0;
  guint64 population;

  for (char *p = line; n < G_N_ELEMENTS (fields); n++)
    {
      fields[n] = p;
      p = strchr (p, '\t');
      if (p == NULL)
        {
          n++;
          break;
        }
      *p++ = '\0';
    }

  if (n != G_N_ELEMENTS (fields) || strlen (fields[0]) != 5 || fields[1][0] == '\0' ||
      fields[2][0] == '\0' || !g_ascii_string_to_unsigned (fields[5], 10, 0, G_MAXUINT, &population, NULL))
    return FALSE;

  commune->insee = fields[0];
  commune->name = fields[1];
  commune->departement = fields[2];
  commune->postcodes = fields[3];
  commune->epci = fields[4];
  commune->population = (guint) population;
  return TRUE;
}

static gboolean
split_table (RelaisCommunes  *self,
             GError         **error)
{
  guint line_number = 0;
  char *next;

  for (char *line = self->text; line != NULL && *line != '\0'; line = next)
    {
      RelaisCommune commune;

      line_number++;
      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      if (line[0] == '#' || line[0] == '\0')
        continue;
      if (!parse_line (line, &commune))
        {
          g_set_error (error, RELAIS_COMMUNES_ERROR, RELAIS_COMMUNES_ERROR_INVALID,
                       "line %u of the table of communes is not a commune", line_number);
          return FALSE;
        }
      g_array_append_val (self->communes, commune);
    }

  if (self->communes->len == 0)
    {
      g_set_error_literal (error, RELAIS_COMMUNES_ERROR, RELAIS_COMMUNES_ERROR_INVALID,
                           "the table of communes is empty");
      return FALSE;
    }

  return TRUE;
}

static void
index_table (RelaisCommunes *self)
{
  /* Only now: the array no longer moves. */
  self->normalized = g_new0 (char *, self->communes->len + 1);
  for (guint i = 0; i < self->communes->len; i++)
    {
      RelaisCommune *commune = &g_array_index (self->communes, RelaisCommune, i);

      g_auto(GStrv) postcodes = g_strsplit (commune->postcodes, ",", -1);

      g_hash_table_insert (self->by_insee, (gpointer) commune->insee, commune);
      self->normalized[i] = relais_search_normalize (commune->name);
      for (guint j = 0; postcodes[j] != NULL; j++)
        {
          GPtrArray *same = g_hash_table_lookup (self->by_postcode, postcodes[j]);

          if (postcodes[j][0] == '\0')
            continue;
          if (same == NULL)
            g_hash_table_insert (self->by_postcode, g_strdup (postcodes[j]), (same = g_ptr_array_new ()));
          g_ptr_array_add (same, commune);
        }
    }
}

/**
 * relais_communes_new_from_bytes:
 * @table: the table of tools/gen-communes.py: one commune per line, six
 *   tab-separated fields, `#` comment lines
 *
 * Returns: (transfer full) (nullable): the communes, or %NULL with @error set
 */
RelaisCommunes *
relais_communes_new_from_bytes (GBytes  *table,
                                GError **error)
{
  RelaisCommunes *self;
  gsize size;
  const char *data;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (table, &size);
  if (!g_utf8_validate_len (data, size, NULL))
    {
      g_set_error_literal (error, RELAIS_COMMUNES_ERROR, RELAIS_COMMUNES_ERROR_INVALID,
                           "the table of communes is not UTF-8");
      return NULL;
    }

  self = g_new0 (RelaisCommunes, 1);
  self->text = g_strndup (data, size);
  self->communes = g_array_sized_new (FALSE, FALSE, sizeof (RelaisCommune), 36000);
  self->by_insee = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_postcode = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);
  if (!split_table (self, error))
    {
      relais_communes_free (self);
      return NULL;
    }

  index_table (self);
  return self;
}

/**
 * relais_communes_get_default:
 *
 * The communes shipped in the application's resources, read once.
 *
 * Returns: (transfer none) (nullable): the communes, or %NULL with @error set
 */
RelaisCommunes *
relais_communes_get_default (GError **error)
{
  static RelaisCommunes *communes;
  static GMutex lock;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  g_autoptr(GBytes) table = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (communes != NULL)
    return communes;

  if (!(table = relais_data_lookup (TABLE_RESOURCE, error)))
    return NULL;

  communes = relais_communes_new_from_bytes (table, error);
  return communes;
}

void
relais_communes_free (RelaisCommunes *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->by_insee, g_hash_table_unref);
  g_clear_pointer (&self->by_postcode, g_hash_table_unref);
  g_clear_pointer (&self->normalized, g_strfreev);
  g_clear_pointer (&self->communes, g_array_unref);
  g_free (self->text);
  g_free (self);
}

guint
relais_communes_get_count (RelaisCommunes *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->communes->len;
}

/**
 * relais_communes_lookup:
 *
 * Returns: (transfer none) (nullable): the commune of INSEE code @insee
 */
const RelaisCommune *
relais_communes_lookup (RelaisCommunes *self,
                        const char     *insee)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (insee == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_insee, insee);
}

gboolean
relais_commune_has_postcode (const RelaisCommune *commune,
                             const char          *postcode)
{
  gsize length;

  g_return_val_if_fail (commune != NULL, FALSE);

  if (postcode == NULL || (length = strlen (postcode)) == 0)
    return FALSE;

  for (const char *p = commune->postcodes; *p != '\0';)
    {
      if (strncmp (p, postcode, length) == 0 && (p[length] == ',' || p[length] == '\0'))
        return TRUE;
      if (!(p = strchr (p, ',')))
        break;
      p++;
    }

  return FALSE;
}

/* "St-Lô" and "Ste Honorine" are how many people type Saint-Lô and
 * Sainte-Honorine. */
static char *
normalize_query (const char *query)
{
  g_autofree char *normalized = relais_search_normalize (query);
  g_auto(GStrv) words = g_strsplit (normalized, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *full = g_str_equal (words[i], "st") ? "saint"
                         : g_str_equal (words[i], "ste") ? "sainte" : NULL;

      if (full != NULL)
        {
          g_free (words[i]);
          words[i] = g_strdup (full);
        }
    }

  return g_strjoinv (" ", words);
}

/**
 * relais_communes_resolve:
 * @insee: (nullable): the INSEE code, when the source gives one
 * @name: (nullable): the commune's name as the source writes it, in any case
 * @postcode: (nullable): a postcode of the commune
 *
 * Finds the commune a place is in: by its INSEE code when it is current,
 * otherwise by its name among the communes of its postcode (many sources
 * leave the INSEE code empty, and communes have merged since).
 *
 * Returns: (transfer none) (nullable): the commune, or %NULL when the facts
 *   do not designate exactly one
 */
const RelaisCommune *
relais_communes_resolve (RelaisCommunes *self,
                         const char     *insee,
                         const char     *name,
                         const char     *postcode)
{
  const RelaisCommune *commune;
  g_autofree char *wanted = NULL;
  GPtrArray *same;

  g_return_val_if_fail (self != NULL, NULL);

  if ((commune = relais_communes_lookup (self, insee)) != NULL)
    return commune;

  if (postcode == NULL || !(same = g_hash_table_lookup (self->by_postcode, postcode)))
    return NULL;

  wanted = name != NULL ? normalize_query (name) : NULL;
  for (guint i = 0; wanted != NULL && i < same->len; i++)
    {
      commune = g_ptr_array_index (same, i);
      if (g_str_equal (self->normalized[commune - (RelaisCommune *) self->communes->data], wanted))
        return commune;
    }

  /* Many communes merged into a new one that kept the old name at its
   * start: Vire into Vire Normandie, Carentan into Carentan-les-Marais. */
  if (wanted != NULL && wanted[0] != '\0')
    {
      g_autofree char *start = g_strconcat (wanted, " ", NULL);
      const RelaisCommune *found = NULL;
      guint n_found = 0;

      for (guint i = 0; i < same->len; i++)
        {
          commune = g_ptr_array_index (same, i);
          if (g_str_has_prefix (self->normalized[commune - (RelaisCommune *) self->communes->data], start))
            {
              found = commune;
              n_found++;
            }
        }
      if (n_found == 1)
        return found;
    }

  /* A name that matches nothing (a commune merged into a new one, say) still
   * lands in the right place when the postcode has one commune only. */
  return same->len == 1 ? g_ptr_array_index (same, 0) : NULL;
}

typedef struct
{
  const RelaisCommune *commune;
  guint                rank;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  if (ca->rank != cb->rank)
    return ca->rank < cb->rank ? -1 : 1;
  if (ca->commune->population != cb->commune->population)
    return ca->commune->population > cb->commune->population ? -1 : 1;
  return g_utf8_collate (ca->commune->name, cb->commune->name);
}

static gboolean
has_word_prefix (const char *name,
                 const char *prefix)
{
  gsize length = strlen (prefix);

  for (const char *p = name; p != NULL; p = strchr (p, ' '))
    {
      if (*p == ' ')
        p++;
      if (strncmp (p, prefix, length) == 0)
        return TRUE;
    }

  return FALSE;
}

static guint
rank_by_name (const char *name,
              const char *query)
{
  gsize length = strlen (query);

  if (g_str_equal (name, query))
    return 0;
  if (strncmp (name, query, length) == 0)
    return 1;
  if (has_word_prefix (name, query))
    return 2;
  /* One typing mistake in what was typed so far, once it is long enough to
   * mean something: "cherboug" finds Cherbourg-en-Cotentin. People rarely
   * mistype the first letter, and checking it first keeps this cheap. */
  if (length >= 4 && length < 64 && name[0] == query[0])
    {
      gsize name_length = strlen (name);
      char start[66];

      for (gsize prefix = length - 1; prefix <= length + 1 && prefix <= name_length; prefix++)
        {
          memcpy (start, name, prefix);
          start[prefix] = '\0';
          if (relais_search_distance (start, query, 1) <= 1)
            return 3;
        }
    }
  return G_MAXUINT;
}

static guint
rank_by_postcode (const RelaisCommune *commune,
                  const char          *digits)
{
  gsize length = strlen (digits);

  if (relais_commune_has_postcode (commune, digits) || g_str_equal (commune->insee, digits))
    return 0;
  for (const char *p = commune->postcodes; *p != '\0';)
    {
      if (strncmp (p, digits, length) == 0)
        return 1;
      if (!(p = strchr (p, ',')))
        break;
      p++;
    }
  return G_MAXUINT;
}

static char *
without_spaces (const char *text)
{
  GString *compact = g_string_new (NULL);

  for (; *text != '\0'; text++)
    if (*text != ' ')
      g_string_append_c (compact, *text);
  return g_string_free (compact, FALSE);
}

static gboolean
is_digits (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;
  return TRUE;
}

/**
 * relais_communes_search:
 * @query: a commune's name, or its beginning, in any case, with or without
 *   accents; or a postcode or its first digits
 *
 * Exact names first, then names that start with @query, then names with a
 * word that does, then names one typing mistake away; the more populated
 * commune first among equals.
 *
 * Returns: (transfer container) (element-type RelaisCommune): at most
 *   @max_results communes
 */
GPtrArray *
relais_communes_search (RelaisCommunes *self,
                        const char     *query,
                        guint           max_results)
{
  g_autofree char *wanted = NULL;
  g_autofree char *postcode = NULL;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GPtrArray *results = g_ptr_array_new ();

  g_return_val_if_fail (self != NULL, results);
  g_return_val_if_fail (query != NULL, results);

  wanted = normalize_query (query);
  if (wanted[0] == '\0' || max_results == 0)
    return results;

  /* "14 000" is a postcode too. */
  postcode = without_spaces (wanted);
  if (!is_digits (postcode))
    g_clear_pointer (&postcode, g_free);
  for (guint i = 0; i < self->communes->len; i++)
    {
      const RelaisCommune *commune = &g_array_index (self->communes, RelaisCommune, i);
      Candidate candidate = { commune, postcode != NULL ? rank_by_postcode (commune, postcode)
                                                        : rank_by_name (self->normalized[i], wanted) };

      if (candidate.rank != G_MAXUINT)
        g_array_append_val (candidates, candidate);
    }

  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < candidates->len && i < max_results; i++)
    g_ptr_array_add (results, (gpointer) g_array_index (candidates, Candidate, i).commune);

  return results;
}

/**
 * relais_commune_dup_first_postcode:
 *
 * Returns: (transfer full): the commune's first postcode, or an empty string
 */
char *
relais_commune_dup_first_postcode (const RelaisCommune *commune)
{
  const char *comma;

  g_return_val_if_fail (commune != NULL, NULL);

  comma = strchr (commune->postcodes, ',');
  return comma != NULL ? g_strndup (commune->postcodes, comma - commune->postcodes)
                       : g_strdup (commune->postcodes);
}

static gint
compare_population (gconstpointer a,
                    gconstpointer b)
{
  const RelaisCommune *first = *(const RelaisCommune * const *) a;
  const RelaisCommune *second = *(const RelaisCommune * const *) b;

  if (first->population != second->population)
    return first->population > second->population ? -1 : 1;
  return g_utf8_collate (first->name, second->name);
}

/**
 * relais_communes_for_postcode:
 * @postcode: (nullable): five digits
 *
 * The communes that share @postcode (14100 is Lisieux and twenty-two
 * villages around it), the most populous first: the one most people who
 * type that postcode live in comes at the top of the list they choose from.
 *
 * Returns: (transfer container) (element-type RelaisCommune): empty when no
 *   commune has that postcode
 */
GPtrArray *
relais_communes_for_postcode (RelaisCommunes *self,
                              const char     *postcode)
{
  GPtrArray *same;
  GPtrArray *found;

  g_return_val_if_fail (self != NULL, NULL);

  found = g_ptr_array_new ();
  if (postcode == NULL || !(same = g_hash_table_lookup (self->by_postcode, postcode)))
    return found;

  for (guint i = 0; i < same->len; i++)
    g_ptr_array_add (found, g_ptr_array_index (same, i));
  g_ptr_array_sort (found, compare_population);
  return found;
}

/**
 * relais_commune_dup_label:
 *
 * Returns: (transfer full): "Caen (14000)": the name and first postcode tell
 *   apart the many communes of the same name
 */
char *
relais_commune_dup_label (const RelaisCommune *commune)
{
  g_autofree char *postcode = NULL;

  g_return_val_if_fail (commune != NULL, NULL);

  postcode = relais_commune_dup_first_postcode (commune);
  if (postcode[0] == '\0')
    return g_strdup_printf ("%s (%s)", commune->name, commune->departement);
  return g_strdup_printf ("%s (%s)", commune->name, postcode);
}
