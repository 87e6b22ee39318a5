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

G_END_DECLS
