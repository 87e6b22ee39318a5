/* relais-search.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  RELAIS_MATCH_EXACT,
  RELAIS_MATCH_PREFIX,
  RELAIS_MATCH_FUZZY,
} RelaisMatch;

typedef struct
{
  gpointer    entry;
  guint       group;
  RelaisMatch match;
  int         score;
} RelaisSearchResult;

typedef struct _RelaisSearchIndex RelaisSearchIndex;

RelaisSearchIndex *relais_search_index_new     (void);
void               relais_search_index_free    (RelaisSearchIndex  *index);
void               relais_search_index_add     (RelaisSearchIndex  *index,
                                                gpointer            entry,
                                                guint               group,
                                                const char         *display_name,
                                                const char * const *names);
void               relais_search_index_build   (RelaisSearchIndex  *index);
GArray            *relais_search_index_query   (RelaisSearchIndex  *index,
                                                const char         *query,
                                                guint               groups,
                                                guint               max_results);
guint              relais_search_index_get_n_entries (RelaisSearchIndex *index);

char              *relais_search_normalize     (const char         *text);
guint              relais_search_distance      (const char         *a,
                                                const char         *b,
                                                guint               max);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisSearchIndex, relais_search_index_free)

G_END_DECLS
