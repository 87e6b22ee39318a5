/* relais-plan-command.c — `relais --export-plan PROFILE OUTPUT`: a trainer
 * prepares the plans of a workshop from a terminal, without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-catalog.h"
#include "relais-cli-profiles.h"
#include "relais-plan-build.h"
#include "relais-plan-command.h"
#include "relais-plan-export.h"
#include "relais-workshop-command.h"

/* A file (an exported .relais, a profile's .json), or the id or the name of
 * one of the user's profiles: the first of that name. */
static RelaisProfile *
find_profile (const char  *wanted,
              GError     **error)
{
  const char *one[] = { wanted, NULL };
  g_autoptr(GPtrArray) found = relais_cli_find_profiles (one, FALSE, error);

  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("“%s” holds no profile."), wanted);
      return NULL;
    }
  return g_object_ref (found->pdata[0]);
}

static int
fail (const GError *error)
{
  g_printerr (_("No plan was written: %s\n"), error != NULL ? error->message : _("the plan could not be made."));
  return 1;
}

/**
 * relais_plan_command_run:
 * @profile: a profile file, or the id or name of one of the user's profiles
 * @output: a file name ending in .pdf or .odt
 * @paper: (nullable): "a4" (the default) or "letter"
 *
 * Returns: the exit status: 0 when the plan was written, 1 otherwise, after
 *   saying why on the standard error
 */
int
relais_plan_command_run (const char *profile,
                         const char *output,
                         const char *paper)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisProfile) found = NULL;
  g_autoptr(RelaisPlan) plan = NULL;
  RelaisCliPlanData data;
  gboolean written;

  g_return_val_if_fail (profile != NULL, 1);
  g_return_val_if_fail (output != NULL, 1);

  if (paper != NULL && !g_str_equal (paper, "a4") && !g_str_equal (paper, "letter"))
    {
      g_printerr (_("Unknown paper “%s”: use a4 or letter.\n"), paper);
      return 1;
    }
  if (!relais_plan_path_has_format (output))
    {
      g_printerr (_("“%s” must end in .pdf or .odt.\n"), output);
      return 1;
    }

  if (!(found = find_profile (profile, &error)) || !relais_cli_plan_data_load (&data, &error))
    return fail (error);

  data.sources.profile = found;
  plan = relais_plan_build (&data.sources);
  written = plan != NULL &&
            relais_plan_export (plan, g_strcmp0 (paper, "letter") == 0 ? RELAIS_PLAN_PAPER_LETTER : RELAIS_PLAN_PAPER_A4,
                                output, &error);
  relais_cli_plan_data_clear (&data);
  if (!written)
    return fail (error);

  g_print (_("Plan of “%s” written to %s\n"), relais_profile_get_name (found), output);
  return 0;
}

/**
 * relais_plan_command_usage:
 *
 * Says on the standard error how `relais --export-plan` is written.
 */
void
relais_plan_command_usage (void)
{
  g_printerr ("%s\n", _("Usage: relais --export-plan PROFILE OUTPUT.pdf|OUTPUT.odt [--paper a4|letter]"));
}

/**
 * relais_plan_command_line:
 * @argv: the program's arguments, %NULL-terminated
 * @exit_status: (out): the exit status, when the command was handled
 *
 * `relais --export-plan PROFILE OUTPUT [--paper a4|letter]`, and the
 * workshop's commands (relais_workshop_command_line()), run without a
 * window, before the application registers or opens anything.
 *
 * Returns: %TRUE when @argv is that command (it ran, or its usage was
 *   shown), %FALSE when it is something else
 */
gboolean
relais_plan_command_line (char **argv,
                          int   *exit_status)
{
  guint argc;

  g_return_val_if_fail (argv != NULL, FALSE);
  g_return_val_if_fail (exit_status != NULL, FALSE);

  argc = g_strv_length (argv);
  if (argc < 2)
    return FALSE;
  if (!g_str_equal (argv[1], "--export-plan"))
    return relais_workshop_command_line (argv, exit_status);

  if (argc == 4)
    *exit_status = relais_plan_command_run (argv[2], argv[3], NULL);
  else if (argc == 6 && g_str_equal (argv[4], "--paper"))
    *exit_status = relais_plan_command_run (argv[2], argv[3], argv[5]);
  else
    {
      relais_plan_command_usage ();
      *exit_status = 2;
    }
  return TRUE;
}
