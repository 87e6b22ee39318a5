/* relais-recommender.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"
#include "relais-directory.h"
#include "relais-profile.h"

G_BEGIN_DECLS

typedef struct
{
  RelaisAlternative *alternative;
  RelaisReplacement *replacement;
  int                score;     /* 0 to 100 */
  gboolean           unhosted;  /* online only, and no hoster Relais knows offers it */
  GPtrArray         *reasons;   /* translated sentences, the most telling first */
} RelaisRecommendation;

void       relais_recommendation_free  (RelaisRecommendation  *recommendation);
GPtrArray *relais_recommend            (RelaisProfile         *profile,
                                        RelaisProprietaryTool *tool,
                                        RelaisPlatforms        platform,
                                        guint                  users);
GPtrArray *relais_recommend_with_hosters (RelaisProfile         *profile,
                                          RelaisProprietaryTool *tool,
                                          RelaisPlatforms        platform,
                                          guint                  users,
                                          RelaisDirectory       *directory);
char      *relais_price_format_yearly  (RelaisPrice           *price,
                                        guint                  users,
                                        gint64                *yearly_cents);

G_END_DECLS
