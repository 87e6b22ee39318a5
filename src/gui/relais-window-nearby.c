/* relais-window-nearby.c — the shipped data, read by the context in a worker
 * thread when an area first needs it and again after a refresh of the
 * CHATONS hosters or an import of places; the window only says what went
 * wrong, the pages follow the context
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-window"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-message.h"
#include "relais-window-private.h"

static void
report (RelaisWindow *self,
        const char   *failed,
        const char   *set_aside,
        const char   *warning,
        const GError *error)
{
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    relais_message_show (self->toast_overlay, failed, error->message);
  if (warning != NULL)
    relais_message_show (self->toast_overlay, set_aside, warning);
}

static void
catalog_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RelaisWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  relais_context_load_catalog_finish (RELAIS_CONTEXT (object), result, &error);
  report (self, _("The catalogue of tools could not be read"), NULL, NULL, error);
}

static void
directory_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(RelaisWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;

  relais_context_load_directory_finish (RELAIS_CONTEXT (object), result, &warning, &error);
  report (self, _("The directory of contacts could not be read"), _("The refreshed hosters were set aside"),
          warning, error);
}

static void
places_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(RelaisWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;

  relais_context_load_places_finish (RELAIS_CONTEXT (object), result, &warning, &error);
  report (self, _("The list of help places could not be read"), _("Your imported list of places was set aside"),
          warning, error);
}

/**
 * relais_window_load_catalog:
 *
 * Has the context read the catalogue, once, off the main thread: the pages
 * are notified through their context when it is there.
 */
void
relais_window_load_catalog (RelaisWindow *self)
{
  relais_context_load_catalog_async (self->context, self->cancellable, catalog_loaded_cb, g_object_ref (self));
}

/**
 * relais_window_load_nearby:
 *
 * Likewise for the directory, the places and the communes: Help Nearby and
 * the hosters in the Tools area use them.
 */
void
relais_window_load_nearby (RelaisWindow *self)
{
  relais_context_load_places_async (self->context, FALSE, self->cancellable, places_loaded_cb, g_object_ref (self));
  relais_context_load_directory_async (self->context, FALSE, self->cancellable, directory_loaded_cb, g_object_ref (self));
}

/**
 * relais_window_ensure_catalog:
 *
 * The catalogue now, for a plan asked for before any area read it; the
 * directory and the places too when they can be read (without them the plan
 * has everything else).
 *
 * Returns: (transfer none) (nullable): the catalogue; otherwise the user
 * was told why
 */
RelaisCatalog *
relais_window_ensure_catalog (RelaisWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) directory_error = NULL;
  g_autoptr(GError) places_error = NULL;
  g_autofree char *directory_warning = NULL;
  g_autofree char *places_warning = NULL;
  RelaisCatalog *catalog;

  if (!(catalog = relais_context_load_catalog (self->context, &error)))
    {
      report (self, _("The catalogue of tools could not be read"), NULL, NULL, error);
      return NULL;
    }

  relais_context_load_directory (self->context, &directory_warning, &directory_error);
  report (self, _("The directory of contacts could not be read"), _("The refreshed hosters were set aside"),
          directory_warning, directory_error);
  relais_context_load_places (self->context, &places_warning, &places_error);
  report (self, _("The list of help places could not be read"), _("Your imported list of places was set aside"),
          places_warning, places_error);
  return catalog;
}

/* After a refresh of the CHATONS hosters: read them again. */
void
relais_window_directory_changed_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);

  relais_context_load_directory_async (self->context, TRUE, self->cancellable, directory_loaded_cb, g_object_ref (self));
}

/* After an import of places: read them again. */
void
relais_window_places_changed_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);

  relais_context_load_places_async (self->context, TRUE, self->cancellable, places_loaded_cb, g_object_ref (self));
}
