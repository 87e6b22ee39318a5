/* relais-plan-command.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int      relais_plan_command_run   (const char   *profile,
                                    const char   *output,
                                    const char   *paper);
gboolean relais_plan_command_line  (char        **argv,
                                    int          *exit_status);
void     relais_plan_command_usage (void);

G_END_DECLS
