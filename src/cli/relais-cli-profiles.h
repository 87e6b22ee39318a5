/* relais-cli-profiles.h — the profiles a command names: files (a profile,
 * a .relais, a bundle), or the names or ids of the user's own profiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-plan-build.h"
#include "relais-profile-store.h"

G_BEGIN_DECLS

/* What every plan is built from, read once for many plans. */
typedef struct
{
  RelaisCatalog     *catalog;
  RelaisDirectory   *directory;  /* nullable */
  RelaisPlaces      *places;     /* nullable */
  RelaisPlaceFinder *finder;     /* nullable */
  GDateTime         *now;
  RelaisPlanSources  sources;    /* all of the above, borrowed; no profile */
} RelaisCliPlanData;

gboolean            relais_cli_plan_data_load  (RelaisCliPlanData   *data,
                                                GError             **error);
void                relais_cli_plan_data_clear (RelaisCliPlanData   *data);

RelaisProfileStore *relais_cli_list_store    (GError             **error);
GPtrArray          *relais_cli_find_profiles (const char * const  *wanted,
                                              gboolean             all,
                                              GError             **error);

G_END_DECLS
