/* relais-progress.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"
#include "relais-profile.h"
#include "relais-profile-tool.h"

G_BEGIN_DECLS

/* How far a tool has come on its way out. Each counts the tools that got
 * there or further: a migrated tool was chosen, tried and adopted. */
typedef enum
{
  RELAIS_TOOL_REACH_NONE,                    /* nothing chosen yet */
  RELAIS_TOOL_REACH_CHOSEN,                  /* a free alternative chosen */
  RELAIS_TOOL_REACH_TRYING,                  /* the alternative being tried */
  RELAIS_TOOL_REACH_ADOPTED,                 /* the alternative used instead */
  RELAIS_TOOL_REACH_MIGRATED,                /* the data moved, the tool left */
} RelaisToolReach;

#define RELAIS_N_TOOL_REACHES 5

typedef struct
{
  RelaisCategory *category;
  guint           tools;
  guint           done;      /* adopted or migrated */
} RelaisCategoryProgress;

/* What is saved in one currency: amounts in different currencies are never
 * added together. */
typedef struct
{
  char    currency[4];                       /* ISO 4217 */
  gint64  saved_cents_per_year;              /* licences no longer paid, adopted or migrated */
  gint64  to_save_cents_per_year;            /* for the tools with a choice, not yet done */
} RelaisProgressTotal;

typedef struct
{
  guint      tools;                          /* known to the catalogue, free tools already used included */
  guint      free_tools;                     /* free tools already used: migrated, nothing to replace */
  guint      by_status[5];                   /* RelaisToolStatus */
  guint      done;                           /* adopted or migrated */
  guint      chosen;                         /* an alternative chosen */
  guint      moving;                         /* not set aside: what the reaches count against */
  guint      reached[RELAIS_N_TOOL_REACHES]; /* tools that got that far or further (RelaisToolReach) */
  GPtrArray *categories;                     /* RelaisCategoryProgress, in catalogue order */
  GArray    *totals;                         /* RelaisProgressTotal, euros first */
  GPtrArray *basis;                          /* sentences: which price for which plan, or why none */
} RelaisProgress;

RelaisProgress *relais_progress_new            (RelaisProfile  *profile,
                                                RelaisCatalog  *catalog);
RelaisProgress *relais_progress_new_on         (RelaisProfile  *profile,
                                                RelaisCatalog  *catalog,
                                                const GDate    *today);
gint64          relais_progress_get_cents      (RelaisProgress *progress,
                                                const char     *currency,
                                                gboolean        saved);
char           *relais_progress_describe_total (RelaisProgress *progress,
                                                gboolean        saved);
void            relais_progress_free           (RelaisProgress *progress);

gboolean        relais_progress_tool_reach     (RelaisProfileTool *tool,
                                                RelaisCatalog     *catalog,
                                                RelaisToolReach   *reach);
const char     *relais_tool_reach_get_label    (RelaisToolReach    reach);
const char     *relais_tool_reach_get_meaning  (RelaisToolReach    reach);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisProgress, relais_progress_free)

G_END_DECLS
