/* relais-catalog-private.h — what the catalogue's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"

G_BEGIN_DECLS

struct _RelaisCatalog
{
  GObject     parent_instance;

  GPtrArray  *categories;      /* RelaisCategory */
  GPtrArray  *tools;           /* RelaisProprietaryTool */
  GPtrArray  *alternatives;    /* RelaisAlternative */
  GHashTable *categories_by_id;
  GHashTable *tools_by_id;
  GHashTable *alternatives_by_id;
};

void relais_catalog_replacement_free (RelaisReplacement *replacement);

G_END_DECLS
