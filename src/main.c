/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "relais-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RelaisApplication) app = NULL;
  /* The end-to-end tests run the program from the build folder, in French
   * too: they point it at the translations built there. */
  const char *localedir = g_getenv ("RELAIS_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Relais"));
  app = relais_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
