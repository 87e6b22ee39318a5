/* relais-workshop-command.h — the trainer's commands: every plan at once,
 * bundles of profiles, anonymous totals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The exit statuses of the command line, as `relais --help` and the README
 * say them. */
typedef enum
{
  RELAIS_EXIT_DONE    = 0,  /* everything was done */
  RELAIS_EXIT_FAILED  = 1,  /* nothing was done: the message says why */
  RELAIS_EXIT_USAGE   = 2,  /* the command was not written right: the usage is shown */
  RELAIS_EXIT_PARTLY  = 3,  /* some was done, some failed: each line says which */
} RelaisExitStatus;

gboolean relais_workshop_command_line  (char **argv,
                                        int   *exit_status);
void     relais_workshop_command_usage (void);

G_END_DECLS
