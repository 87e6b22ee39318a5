/* relais-catalog-private.h — what the catalogue's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "relais-catalog.h"
#include "relais-json-read.h"

G_BEGIN_DECLS

struct _RelaisCatalog
{
  GObject     parent_instance;

  GPtrArray  *categories;      /* RelaisCategory */
  GPtrArray  *plans;           /* RelaisPricePlan */
  GPtrArray  *tools;           /* RelaisProprietaryTool */
  GPtrArray  *alternatives;    /* RelaisAlternative */
  GPtrArray  *needs;           /* RelaisNeed */
  GHashTable *categories_by_id;
  GHashTable *plans_by_id;
  GHashTable *tools_by_id;
  GHashTable *alternatives_by_id;
  GHashTable *needs_by_id;
};

void     relais_catalog_replacement_free (RelaisReplacement      *replacement);
gboolean relais_catalog_read_enum        (JsonObject             *object,
                                          const char             *member,
                                          const char * const     *allowed,
                                          guint                  *out,
                                          RelaisJsonReader       *reader,
                                          GError                **error);
gboolean relais_catalog_read_plans       (RelaisCatalog          *self,
                                          JsonObject             *root,
                                          RelaisJsonReader       *reader,
                                          GError                **error);
gboolean relais_catalog_read_tool_plan   (RelaisCatalog          *self,
                                          RelaisProprietaryTool  *tool,
                                          JsonObject             *object,
                                          RelaisJsonReader       *reader,
                                          GError                **error);

G_END_DECLS
