/* relais-plan-build-private.h — the parts of the plan, one file each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-plan-build.h"

G_BEGIN_DECLS

char *relais_plan_format_date   (GDateTime               *date);
void  relais_plan_build_tools   (RelaisPlan              *plan,
                                 const RelaisPlanSources *sources);
void  relais_plan_build_help    (RelaisPlan              *plan,
                                 const RelaisPlanSources *sources);

G_END_DECLS
