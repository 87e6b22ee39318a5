/* relais-plan-batch.c — every plan of a workshop written at once into a
 * folder (the command line's --export-plans, and the window's All Profiles)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relais-plan-batch.h"
#include "relais-plan-export.h"

/* Long enough to tell associations apart, short enough for any file system
 * with the " (99)" and the extension. */
#define FILE_NAME_MAX_CHARS 80

/**
 * relais_plan_batch_file_name:
 * @profile_name: the name a user typed: any text
 * @extension: "pdf" or "odt"
 *
 * A file name for a profile's plan that every file system of a USB stick
 * takes (FAT's forbidden characters, control characters and slashes become
 * "-"), that is never hidden nor "." or "..", and that is at most
 * 80 characters before its extension.
 *
 * Returns: (transfer full): "NAME.EXTENSION"
 */
char *
relais_plan_batch_file_name (const char *profile_name,
                             const char *extension)
{
  g_autoptr(GString) name = g_string_new (NULL);
  const char *p;
  guint chars = 0;

  g_return_val_if_fail (profile_name != NULL, NULL);
  g_return_val_if_fail (extension != NULL, NULL);

  for (p = profile_name; *p != '\0' && chars < FILE_NAME_MAX_CHARS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      /* A tab or a line break is a space; any other control character, a
       * slash or what FAT refuses, a dash. */
      if (g_unichar_isspace (c))
        c = ' ';
      else if (g_unichar_iscntrl (c) || (c < 128 && strchr ("/\\:*?\"<>|", (int) c) != NULL))
        c = '-';
      /* No leading dot (hidden) nor space. */
      if (name->len == 0 && (c == '.' || c == ' '))
        continue;
      g_string_append_unichar (name, c);
      chars++;
    }
  /* Windows drops trailing dots and spaces. */
  while (name->len > 0 && (name->str[name->len - 1] == '.' || name->str[name->len - 1] == ' '))
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    /* Translators: the file name of a plan whose profile's name gives none */
    g_string_assign (name, _("plan"));

  g_string_append_printf (name, ".%s", extension);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * relais_plan_batch_reserve:
 * @folder: where the plan goes
 *
 * Creates an empty file for a plan, "NAME.pdf", else "NAME (2).pdf" and so
 * on: created exclusively, so that no file already there is ever written
 * over, even one that appears meanwhile.
 *
 * Returns: (transfer full) (nullable): the file reserved
 */
GFile *
relais_plan_batch_reserve (GFile       *folder,
                           const char  *profile_name,
                           const char  *extension,
                           GError     **error)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);
  g_return_val_if_fail (profile_name != NULL, NULL);
  g_return_val_if_fail (extension != NULL, NULL);

  base = relais_plan_batch_file_name (profile_name, extension);
  base[strlen (base) - strlen (extension) - 1] = '\0';
  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s.%s", base, extension)
                                     : g_strdup_printf ("%s (%u).%s", base, n, extension);
      g_autoptr(GFile) file = g_file_get_child (folder, name);
      g_autoptr(GFileOutputStream) stream = NULL;
      g_autoptr(GError) local_error = NULL;

      stream = g_file_create (file, G_FILE_CREATE_NONE, NULL, &local_error);
      if (stream != NULL)
        return g_steal_pointer (&file);
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("The folder already holds a thousand plans named “%s”: choose another folder."), base);
  return NULL;
}

/**
 * relais_plan_batch_export:
 * @profiles: (element-type RelaisProfile): the profiles, in the order to write
 * @sources: what every plan is built from; its profile is ignored
 * @folder: an existing folder
 * @extension: "pdf" or "odt"
 * @progress: (nullable) (scope call): called after each plan, written or not
 * @n_written: (out) (optional): how many plans were written
 *
 * Writes the plan of each profile into @folder, each under a name of its
 * own (relais_plan_batch_reserve()). A plan that fails does not stop the
 * others; cancelling does, between two plans, and leaves those written.
 *
 * Returns: %TRUE when every plan was written; otherwise @error says why the
 *   first one failed, or that the work was cancelled
 */
gboolean
relais_plan_batch_export (GPtrArray               *profiles,
                          const RelaisPlanSources *sources,
                          GFile                   *folder,
                          const char              *extension,
                          RelaisPlanPaper          paper,
                          GCancellable            *cancellable,
                          RelaisPlanBatchFunc      progress,
                          gpointer                 user_data,
                          guint                   *n_written,
                          GError                 **error)
{
  g_autoptr(GError) first_error = NULL;
  guint written = 0;

  g_return_val_if_fail (profiles != NULL, FALSE);
  g_return_val_if_fail (sources != NULL && sources->catalog != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (g_strcmp0 (extension, "pdf") == 0 || g_strcmp0 (extension, "odt") == 0, FALSE);

  for (guint i = 0; i < profiles->len; i++)
    {
      RelaisProfile *profile = profiles->pdata[i];
      RelaisPlanSources one = *sources;
      g_autoptr(RelaisPlan) plan = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *path = NULL;

      if (g_cancellable_is_cancelled (cancellable))
        break;

      one.profile = profile;
      if ((file = relais_plan_batch_reserve (folder, relais_profile_get_name (profile), extension, &local_error)) != NULL)
        {
          path = g_file_get_path (file);
          plan = relais_plan_build (&one);
          if (plan == NULL)
            g_set_error (&local_error, RELAIS_PLAN_ERROR, RELAIS_PLAN_ERROR_FAILED,
                         _("The plan of “%s” could not be made."), relais_profile_get_name (profile));
          if (local_error != NULL || !relais_plan_export (plan, paper, path, &local_error))
            {
              /* The empty file reserved goes: only whole plans are left. */
              g_file_delete (file, NULL, NULL);
              g_clear_object (&file);
            }
        }
      if (file != NULL)
        written++;
      if (progress != NULL)
        progress (i + 1, profiles->len, profile, file, local_error, user_data);
      if (local_error != NULL && first_error == NULL)
        first_error = g_steal_pointer (&local_error);
    }

  if (n_written != NULL)
    *n_written = written;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (first_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return FALSE;
    }
  return TRUE;
}
