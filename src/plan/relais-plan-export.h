/* relais-plan-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-plan.h"

G_BEGIN_DECLS

gboolean    relais_plan_path_has_format  (const char      *path);
gboolean    relais_plan_export           (RelaisPlan      *plan,
                                          RelaisPlanPaper  paper,
                                          const char      *path,
                                          GError         **error);
const char *relais_plan_current_language (void);

G_END_DECLS
