/* relais-plan-export.c — the plan written as PDF or OpenDocument text,
 * chosen by the file's name: the window and the command line share it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-plan-export.h"
#include "relais-plan-odt.h"
#include "relais-plan-pdf.h"

static gboolean
has_suffix (const char *path,
            const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, suffix);
}

/**
 * relais_plan_path_has_format:
 *
 * Returns: whether @path ends in .pdf or .odt, in any case
 */
gboolean
relais_plan_path_has_format (const char *path)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return has_suffix (path, ".pdf") || has_suffix (path, ".odt");
}

/**
 * relais_plan_export:
 * @path: where to write: a name ending in .pdf or .odt
 *
 * Returns: %TRUE when the plan was written, whole; otherwise @error says
 *   why, and nothing was written there
 */
gboolean
relais_plan_export (RelaisPlan       *plan,
                    RelaisPlanPaper   paper,
                    const char       *path,
                    GError          **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (has_suffix (path, ".pdf"))
    return relais_plan_write_pdf (plan, paper, path, error);
  if (has_suffix (path, ".odt"))
    return relais_plan_write_odt (plan, paper, path, error);

  name = g_path_get_basename (path);
  g_set_error (error, RELAIS_PLAN_ERROR, RELAIS_PLAN_ERROR_FORMAT,
               _("“%s” is neither a PDF (.pdf) nor an OpenDocument text (.odt): give the file one of these two endings."),
               name);
  return FALSE;
}

/**
 * relais_plan_current_language:
 *
 * Returns: "fr" when Relais speaks French, else "en": the plan's language
 *   for its typography and its metadata (its texts come from the
 *   translations in use)
 */
const char *
relais_plan_current_language (void)
{
  /* The translators' own choice of the word tells which catalogue is in use. */
  return g_str_has_prefix (C_("language code of this translation", "en"), "fr") ? "fr" : "en";
}
