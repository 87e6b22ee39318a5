/* relais-workshop-command.c — the trainer's commands, without a window:
 * `relais --export-plans`, `--export-bundle`, `--import-bundle` and
 * `--summarize`. The work itself is in the model and the plan's library
 * (relais-plan-batch.c, relais-profile-bundle.c, relais-summary.c), which
 * the window uses too; here only the arguments and the lines printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "relais-cli-profiles.h"
#include "relais-plan-batch.h"
#include "relais-profile-bundle.h"
#include "relais-summary-export.h"
#include "relais-workshop-command.h"

typedef struct
{
  GPtrArray  *positional;  /* borrowed from argv */
  gboolean    all;
  const char *format;      /* nullable */
  const char *paper;       /* nullable */
} Arguments;

/* FALSE for an option no command has, or one without its value. */
static gboolean
parse_arguments (char      **argv,
                 Arguments  *args)
{
  for (guint i = 0; argv[i] != NULL; i++)
    {
      if (g_str_equal (argv[i], "--all"))
        args->all = TRUE;
      else if (g_str_equal (argv[i], "--format") && argv[i + 1] != NULL)
        args->format = argv[++i];
      else if (g_str_equal (argv[i], "--paper") && argv[i + 1] != NULL)
        args->paper = argv[++i];
      else if (g_str_has_prefix (argv[i], "--"))
        return FALSE;
      else
        g_ptr_array_add (args->positional, argv[i]);
    }
  return TRUE;
}

static int
fail (const char   *what,
      const GError *error)
{
  /* Translators: what was not done, and why, e.g. “No bundle was written: the disk is full.” */
  g_printerr (_("%s: %s\n"), what, error->message);
  return RELAIS_EXIT_FAILED;
}

static gboolean
check_paper (const char      *paper,
             RelaisPlanPaper *result)
{
  *result = RELAIS_PLAN_PAPER_A4;
  if (paper == NULL || g_str_equal (paper, "a4"))
    return TRUE;
  if (g_str_equal (paper, "letter"))
    {
      *result = RELAIS_PLAN_PAPER_LETTER;
      return TRUE;
    }
  g_printerr (_("Unknown paper “%s”: use a4 or letter.\n"), paper);
  return FALSE;
}

/* Never over a file already there: the trainer's last bundle or totals. */
static gboolean
check_new_file (const char *path)
{
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  g_printerr (_("“%s” already exists: Relais does not write over it. Give another name.\n"), path);
  return FALSE;
}

static void
plan_written_cb (guint          done,
                 guint          total,
                 RelaisProfile *profile,
                 GFile         *written,
                 const GError  *error,
                 gpointer       user_data)
{
  if (written != NULL)
    {
      g_autofree char *path = g_file_get_path (written);

      g_print (_("Plan of “%s” written to %s\n"), relais_profile_get_name (profile), path);
    }
  else
    g_printerr (_("No plan was written for “%s”: %s\n"), relais_profile_get_name (profile), error->message);
}

/* relais --export-plans OUTPUT_DIR [--all | PROFILE…] [--format pdf|odt] [--paper a4|letter] */
static int
export_plans (Arguments *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(GFile) folder = NULL;
  const char *folder_path;
  const char *extension = args->format != NULL ? args->format : "pdf";
  RelaisCliPlanData data;
  RelaisPlanPaper paper;
  guint written = 0;
  gboolean all_written;

  if (args->positional->len < 1 || (!args->all && args->positional->len < 2))
    return RELAIS_EXIT_USAGE;
  if (!g_str_equal (extension, "pdf") && !g_str_equal (extension, "odt"))
    {
      g_printerr (_("Unknown format “%s”: use pdf or odt.\n"), extension);
      return RELAIS_EXIT_USAGE;
    }
  if (!check_paper (args->paper, &paper))
    return RELAIS_EXIT_USAGE;

  folder_path = args->positional->pdata[0];
  if (g_mkdir_with_parents (folder_path, 0755) != 0)
    {
      int saved_errno = errno;

      g_printerr (_("No plan was written: the folder “%s” could not be made (%s).\n"),
                  folder_path, g_strerror (saved_errno));
      return RELAIS_EXIT_FAILED;
    }
  folder = g_file_new_for_commandline_arg (folder_path);

  profiles = relais_cli_find_profiles ((const char * const *) args->positional->pdata + 1, args->all, &error);
  if (profiles == NULL)
    return fail (_("No plan was written"), error);
  if (profiles->len == 0)
    {
      g_printerr ("%s\n", _("No plan was written: there is no profile yet."));
      return RELAIS_EXIT_FAILED;
    }
  if (!relais_cli_plan_data_load (&data, &error))
    return fail (_("No plan was written"), error);

  all_written = relais_plan_batch_export (profiles, &data.sources, folder, extension, paper, NULL,
                                          plan_written_cb, NULL, &written, NULL);
  relais_cli_plan_data_clear (&data);
  if (all_written)
    return RELAIS_EXIT_DONE;
  return written > 0 ? RELAIS_EXIT_PARTLY : RELAIS_EXIT_FAILED;
}

/* relais --export-bundle OUTPUT [--all | PROFILE…] */
static int
export_bundle (Arguments *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(GFile) file = NULL;
  const char *path;

  if (args->positional->len < 1 || (!args->all && args->positional->len < 2) ||
      args->format != NULL || args->paper != NULL)
    return RELAIS_EXIT_USAGE;

  path = args->positional->pdata[0];
  if (!check_new_file (path))
    return RELAIS_EXIT_FAILED;
  profiles = relais_cli_find_profiles ((const char * const *) args->positional->pdata + 1, args->all, &error);
  if (profiles == NULL)
    return fail (_("No bundle was written"), error);
  if (profiles->len == 0)
    {
      g_printerr ("%s\n", _("No bundle was written: there is no profile yet."));
      return RELAIS_EXIT_FAILED;
    }

  file = g_file_new_for_commandline_arg (path);
  if (!relais_profile_bundle_write (profiles, file, NULL, &error))
    return fail (_("No bundle was written"), error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "%u profile written to %s\n", "%u profiles written to %s\n", profiles->len),
           profiles->len, path);
  return RELAIS_EXIT_DONE;
}

/* relais --import-bundle FILE */
static int
import_bundle (Arguments *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisProfileStore) store = NULL;
  g_autoptr(GPtrArray) imported = NULL;
  g_autoptr(GFile) file = NULL;

  if (args->positional->len != 1 || args->all || args->format != NULL || args->paper != NULL)
    return RELAIS_EXIT_USAGE;

  file = g_file_new_for_commandline_arg (args->positional->pdata[0]);
  /* Listed first: a profile already there is then kept, and the bundle's
   * one imported beside it ("Keep Both"), as the window does. */
  if (!(store = relais_cli_list_store (&error)) ||
      !(imported = relais_profile_store_import_bundle (store, file, TRUE, NULL, NULL, NULL, NULL, &error)) ||
      !relais_profile_store_flush (store, &error))
    return fail (_("Nothing was imported"), error);
  if (imported->len == 0)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("“%s” holds no profile."),
                   (const char *) args->positional->pdata[0]);
      return fail (_("Nothing was imported"), error);
    }

  for (guint i = 0; i < imported->len; i++)
    g_print (_("Imported “%s”\n"), relais_profile_get_name (imported->pdata[i]));
  return RELAIS_EXIT_DONE;
}

/* relais --summarize INPUT… OUTPUT.csv|.ods|.pdf [--paper a4|letter] */
static int
summarize (Arguments *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(RelaisCatalog) catalog = NULL;
  g_autoptr(RelaisSummary) summary = NULL;
  const char *output;
  RelaisPlanPaper paper;

  if (args->positional->len < 2 || args->all || args->format != NULL)
    return RELAIS_EXIT_USAGE;
  if (!check_paper (args->paper, &paper))
    return RELAIS_EXIT_USAGE;

  output = args->positional->pdata[args->positional->len - 1];
  if (!relais_summary_path_has_format (output))
    {
      g_printerr (_("“%s” must end in .csv, .ods or .pdf.\n"), output);
      return RELAIS_EXIT_FAILED;
    }
  if (!check_new_file (output))
    return RELAIS_EXIT_FAILED;

  /* The inputs: every positional argument but the last. */
  args->positional->pdata[args->positional->len - 1] = NULL;
  profiles = relais_profile_bundle_read_inputs ((const char * const *) args->positional->pdata, NULL, NULL, NULL, &error);
  args->positional->pdata[args->positional->len - 1] = (gpointer) output;
  if (profiles == NULL)
    return fail (_("No totals were written"), error);
  if (profiles->len == 0)
    {
      g_printerr ("%s\n", _("No totals were written: no profile was found in what was given."));
      return RELAIS_EXIT_FAILED;
    }

  if (!(catalog = relais_catalog_new_from_resource (RESOURCE_PATH "/catalog", &error)) ||
      !(summary = relais_summary_new (profiles, catalog, NULL, NULL, NULL, NULL, &error)) ||
      !relais_summary_export (summary, paper, output, &error))
    return fail (_("No totals were written"), error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Totals of %u profile written to %s\n", "Totals of %u profiles written to %s\n",
                        profiles->len),
           profiles->len, output);
  return RELAIS_EXIT_DONE;
}

/**
 * relais_workshop_command_usage:
 *
 * Says on the standard error how the workshop's commands are written, and
 * what their exit statuses mean.
 */
void
relais_workshop_command_usage (void)
{
  g_printerr ("%s\n%s\n%s\n%s\n%s\n",
              _("Usage: relais --export-plans OUTPUT_FOLDER --all|PROFILE… [--format pdf|odt] [--paper a4|letter]"),
              _("       relais --export-bundle OUTPUT.relais-bundle --all|PROFILE…"),
              _("       relais --import-bundle FILE.relais-bundle"),
              _("       relais --summarize INPUT… OUTPUT.csv|OUTPUT.ods|OUTPUT.pdf [--paper a4|letter]"),
              _("Exit status: 0 done, 1 nothing done, 2 command not written right, 3 partly done."));
}

/**
 * relais_workshop_command_line:
 * @argv: the program's arguments, %NULL-terminated
 * @exit_status: (out): a #RelaisExitStatus, when the command was handled
 *
 * The workshop's commands, when @argv[1] is one of them: run without a
 * window, before the application registers or opens anything.
 *
 * Returns: %TRUE when @argv is one of them (it ran, or its usage was
 *   shown), %FALSE when it is something else
 */
gboolean
relais_workshop_command_line (char **argv,
                              int   *exit_status)
{
  static const struct
  {
    const char *option;
    int       (*run) (Arguments *args);
  } commands[] = {
    { "--export-plans", export_plans },
    { "--export-bundle", export_bundle },
    { "--import-bundle", import_bundle },
    { "--summarize", summarize },
  };

  g_return_val_if_fail (argv != NULL, FALSE);
  g_return_val_if_fail (exit_status != NULL, FALSE);

  if (argv[0] == NULL || argv[1] == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].option))
      {
        /* NULL-terminated: the profiles after the output are a strv. */
        g_autoptr(GPtrArray) positional = g_ptr_array_new_null_terminated (0, NULL, TRUE);
        Arguments args = { positional, FALSE, NULL, NULL };

        *exit_status = parse_arguments (argv + 2, &args) ? commands[i].run (&args) : RELAIS_EXIT_USAGE;
        if (*exit_status == RELAIS_EXIT_USAGE)
          relais_workshop_command_usage ();
        return TRUE;
      }
  return FALSE;
}
