/* relais-search-model.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"
#include "relais-tool-match.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_SEARCH_MODEL (relais_search_model_get_type ())

G_DECLARE_FINAL_TYPE (RelaisSearchModel, relais_search_model, RELAIS, SEARCH_MODEL, GObject)

RelaisSearchModel *relais_search_model_new       (RelaisCatalog     *catalog,
                                                  guint              max_results);
const char        *relais_search_model_get_query (RelaisSearchModel *self);
void               relais_search_model_set_query (RelaisSearchModel *self,
                                                  const char        *query);

G_END_DECLS
