/* relais-progress.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"
#include "relais-profile.h"

G_BEGIN_DECLS

typedef struct
{
  RelaisCategory *category;
  guint           tools;
  guint           done;      /* adopted or migrated */
} RelaisCategoryProgress;

typedef struct
{
  guint      tools;                          /* known to the catalogue */
  guint      by_status[5];                   /* RelaisToolStatus */
  guint      done;                           /* adopted or migrated */
  guint      chosen;                         /* an alternative chosen */
  GPtrArray *categories;                     /* RelaisCategoryProgress, in catalogue order */
  gint64     saved_cents_per_year;           /* licences no longer paid, adopted or migrated */
  gint64     to_save_cents_per_year;         /* for the tools with a choice, not yet done */
  GPtrArray *basis;                          /* sentences: which price for which tool */
} RelaisProgress;

RelaisProgress *relais_progress_new  (RelaisProfile  *profile,
                                      RelaisCatalog  *catalog);
void            relais_progress_free (RelaisProgress *progress);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisProgress, relais_progress_free)

G_END_DECLS
