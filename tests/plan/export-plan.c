/* export-plan.c — `relais --export-plan` linked with the command line's
 * library alone, without GTK: tests/plan/check-export-plan runs it as it
 * runs the real program, so the command line cannot come to need the GUI.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "relais-plan-command.h"

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("RELAIS_LOCALEDIR");
  int status = 2;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!relais_plan_command_line (argv, &status))
    relais_plan_command_usage ();
  return status;
}
