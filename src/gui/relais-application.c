/* relais-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-application"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-all-profiles-window.h"
#include "relais-application.h"
#include "relais-plan-command.h"
#include "relais-workshop-command.h"
#include "relais-bench.h"
#include "relais-window.h"

struct _RelaisApplication
{
  AdwApplication      parent_instance;

  RelaisContext      *context;
};

G_DEFINE_FINAL_TYPE (RelaisApplication, relais_application, ADW_TYPE_APPLICATION)

static RelaisWindow *
get_window (RelaisApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return RELAIS_IS_WINDOW (window) ? RELAIS_WINDOW (window) : NULL;
}

static void
relais_application_activate (GApplication *application)
{
  RelaisApplication *self = RELAIS_APPLICATION (application);
  RelaisWindow *window = get_window (self);

  if (window == NULL)
    {
      window = relais_window_new (self);
      relais_bench_watch_first_frame (GTK_WINDOW (window));
    }

  gtk_window_present (GTK_WINDOW (window));
}

/* A .relais file opened from a file manager, or given on the command line. */
static void
relais_application_open (GApplication  *application,
                         GFile        **files,
                         gint           n_files,
                         const char    *hint)
{
  RelaisApplication *self = RELAIS_APPLICATION (application);
  RelaisWindow *window;

  relais_application_activate (application);
  window = get_window (self);
  for (gint i = 0; i < n_files && window != NULL; i++)
    relais_window_import_file (window, files[i]);
}

/* `relais --export-plan PROFILE OUTPUT` runs without a window, before the
 * application registers or opens anything (src/cli/). */
static gboolean
relais_application_local_command_line (GApplication   *application,
                                       char         ***arguments,
                                       int            *exit_status)
{
  if (relais_plan_command_line (*arguments, exit_status))
    return TRUE;

  return G_APPLICATION_CLASS (relais_application_parent_class)->local_command_line (application, arguments, exit_status);
}

static gint
relais_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  /* --export-plan anywhere but first: say how it is written. */
  if (g_variant_dict_contains (options, "export-plan"))
    {
      relais_plan_command_usage ();
      return 2;
    }
  /* Likewise the workshop's commands (src/cli/relais-workshop-command.c). */
  if (g_variant_dict_contains (options, "export-plans") || g_variant_dict_contains (options, "export-bundle") ||
      g_variant_dict_contains (options, "import-bundle") || g_variant_dict_contains (options, "summarize"))
    {
      relais_workshop_command_usage ();
      return 2;
    }

  return -1;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  RelaisApplication *self = user_data;
  RelaisWindow *window = get_window (self);

  /* Closing the window goes through its checks for unsaved changes. */
  if (window != NULL)
    gtk_window_close (GTK_WINDOW (window));
  else
    g_application_quit (G_APPLICATION (self));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  RelaisApplication *self = user_data;
  static const char *developers[] = { "Relais developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "modal", TRUE,
                        "application-name", _("Relais"),
                        "application-icon", APP_ID,
                        "developer-name", _("Relais developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Move your association to free software, step by step, with the people around you."),
                        "developers", developers,
                        "copyright", "© 2026 Relais developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_link (ADW_ABOUT_WINDOW (about), _("Collectif Artifaille"), "https://artifaille.fr");
  adw_about_window_add_link (ADW_ABOUT_WINDOW (about), _("CHATONS hosters"), "https://www.chatons.org");
  adw_about_window_add_link (ADW_ABOUT_WINDOW (about), _("April"), "https://www.april.org");
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("In the spirit of"),
                                                (const char *[]) { "Collectif Artifaille https://artifaille.fr", NULL });
  gtk_window_present (GTK_WINDOW (about));
}

static void
show_help_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error) && RELAIS_IS_WINDOW (object))
    relais_window_show_message (RELAIS_WINDOW (object), _("The help could not be opened"),
                                _("Relais needs a help viewer to show its manual. Install “Yelp” (package yelp), or read the manual on another computer."));
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  RelaisApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_show_uri_full (window, "help:relais", GDK_CURRENT_TIME, NULL, show_help_done_cb, NULL);
}

/* Every profile in a table, for the trainer of a workshop: over the window
 * it was asked from, which opens the profile chosen. */
static void
all_profiles_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  RelaisApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(RelaisAllProfilesWindow) all = NULL;
  g_autoptr(GError) error = NULL;

  if (!RELAIS_IS_WINDOW (window))
    return;
  if (!(all = relais_all_profiles_window_new (self->context, &error)))
    {
      relais_window_show_message (RELAIS_WINDOW (window), _("The profiles could not be listed"), error->message);
      return;
    }
  relais_all_profiles_window_present_for (all, window);
}

static const GActionEntry app_entries[] = {
  { "all-profiles", all_profiles_action },
  { "quit", quit_action },
  { "about", about_action },
  { "help", help_action },
};

static void
relais_application_startup (GApplication *application)
{
  RelaisApplication *self = RELAIS_APPLICATION (application);
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.help", { "F1", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.new-profile", { "<Control>n", NULL } },
    { "app.all-profiles", { "<Shift><Control>a", NULL } },
    { "win.edit-profile", { "<Control>e", NULL } },
    { "win.export-profile", { "<Shift><Control>e", NULL } },
    { "win.import-profile", { "<Control>o", NULL } },
    { "win.print-plan", { "<Control>p", NULL } },
    { "win.export-plan", { "<Shift><Control>p", NULL } },
    { "win.show-shortcuts", { "<Control>question", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.show-area::path", { "<Alt>1", NULL } },
    { "win.show-area::tools", { "<Alt>2", NULL } },
    { "win.show-area::help", { "<Alt>3", NULL } },
    { "win.show-area::progress", { "<Alt>4", NULL } },
  };

  G_APPLICATION_CLASS (relais_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);

  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autoptr(RelaisProfileStore) store = relais_profile_store_new_default ();

    self->context = relais_context_new (store, settings);
  }
}

static void
relais_application_shutdown (GApplication *application)
{
  RelaisApplication *self = RELAIS_APPLICATION (application);

  /* The window flushed what it could; this catches changes made since. */
  if (self->context != NULL)
    relais_profile_store_flush (relais_context_get_store (self->context), NULL);

  G_APPLICATION_CLASS (relais_application_parent_class)->shutdown (application);
}

static void
relais_application_dispose (GObject *object)
{
  RelaisApplication *self = (RelaisApplication *)object;

  g_clear_object (&self->context);

  G_OBJECT_CLASS (relais_application_parent_class)->dispose (object);
}

static void
relais_application_class_init (RelaisApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = relais_application_dispose;
  application_class->activate = relais_application_activate;
  application_class->open = relais_application_open;
  application_class->startup = relais_application_startup;
  application_class->shutdown = relais_application_shutdown;
  application_class->handle_local_options = relais_application_handle_local_options;
  application_class->local_command_line = relais_application_local_command_line;
}

static void
relais_application_init (RelaisApplication *self)
{
  static const GOptionEntry options[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { "export-plan", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Write the transition plan of PROFILE (a profile file, or the name of one of your profiles) to OUTPUT, a .pdf or .odt file, and exit"),
      N_("PROFILE OUTPUT") },
    { "export-plans", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Write the plan of every profile named (or of all with --all) into OUTPUT_FOLDER, never over a file, and exit; --format pdf|odt, --paper a4|letter"),
      N_("OUTPUT_FOLDER --all|PROFILE…") },
    { "export-bundle", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Write the profiles named (or all with --all) as one bundle file, for a USB stick, and exit"),
      N_("OUTPUT --all|PROFILE…") },
    { "import-bundle", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Import every profile of a bundle; one already here is kept and the bundle’s imported beside it"),
      N_("FILE") },
    { "summarize", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Write the anonymous totals of the profiles in INPUT (files, bundles, folders) to a .csv, .ods or .pdf file, and exit. Exit status: 0 done, 1 nothing done, 2 command not written right, 3 partly done"),
      N_("INPUT… OUTPUT") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

RelaisApplication *
relais_application_new (void)
{
  /* The resources live under one path for both the stable and the .Devel id. */
  return g_object_new (RELAIS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

/**
 * relais_application_get_context:
 *
 * Returns: (transfer none): the store, the settings and the shipped data,
 *   shared by every window and page
 */
RelaisContext *
relais_application_get_context (RelaisApplication *self)
{
  g_return_val_if_fail (RELAIS_IS_APPLICATION (self), NULL);

  return self->context;
}
