/* relais-path.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-profile.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;
  const char *text;       /* English; translate with _() when shown */
  guint       kinds;      /* 1 << RelaisProfileKind it applies to */
} RelaisPathItem;

typedef struct
{
  const char           *id;
  const char           *title;
  const char           *explanation;
  guint                 kinds;
  const RelaisPathItem *items;
  guint                 n_items;
} RelaisStage;

/* The steps of moving one tool, by the kind of move its category calls for. */
typedef struct
{
  const char  *id;
  const char  *title;
  const char **categories;   /* catalogue category ids, NULL-terminated; NULL: any other */
  const char **steps;        /* English, NULL-terminated; step ids are "ID.N" */
} RelaisMigration;

const RelaisMigration *relais_path_get_migration  (const char        *category_id);
char                  *relais_path_migration_step_id (const RelaisMigration *migration,
                                                      const char            *tool_id,
                                                      guint                  step);

guint              relais_path_get_n_stages       (void);
const RelaisStage *relais_path_get_stage          (guint              position);
gboolean           relais_path_stage_applies      (const RelaisStage *stage,
                                                   RelaisProfileKind  kind);
gboolean           relais_path_item_applies       (const RelaisPathItem *item,
                                                   RelaisProfileKind  kind);
void               relais_path_count              (const RelaisStage *stage,
                                                   RelaisProfile     *profile,
                                                   guint             *total,
                                                   guint             *done,
                                                   guint             *skipped);


gboolean           relais_path_item_get_progress  (RelaisProfile     *profile,
                                                   const char        *item,
                                                   guint             *done,
                                                   guint             *total);
RelaisItemState    relais_path_item_get_state     (RelaisProfile     *profile,
                                                   const char        *item);
char              *relais_path_item_describe_progress (RelaisProfile *profile,
                                                       const char    *item);

G_END_DECLS
