/* relais-plan-build.h — the plan of a profile, from the catalogue and the
 * directory: what the PDF and the OpenDocument writers both show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"
#include "relais-directory.h"
#include "relais-place-finder.h"
#include "relais-plan.h"
#include "relais-profile.h"

G_BEGIN_DECLS

typedef struct
{
  RelaisProfile     *profile;
  RelaisCatalog     *catalog;
  RelaisDirectory   *directory;  /* nullable: no contacts nor hosters then */
  RelaisPlaceFinder *finder;     /* nullable: no places, hosters not by nearness */
  GDateTime         *now;        /* the plan's date, and "open now" of places */
  const char        *language;   /* "fr" or "en": typography and metadata; texts come from gettext */
} RelaisPlanSources;

/* How many of each the plan names. */
#define RELAIS_PLAN_N_RECOMMENDATIONS 3
#define RELAIS_PLAN_N_HOSTERS         3
#define RELAIS_PLAN_N_PLACES          5

RelaisPlan *relais_plan_build (const RelaisPlanSources *sources);

G_END_DECLS
