/* relais-window-nearby.c — the data of Help Nearby, read when it is first
 * needed and again after a refresh of the CHATONS hosters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-window"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-message.h"
#include "relais-window-private.h"

static gboolean
load_places (RelaisWindow *self)
{
  RelaisPlaceFinder *previous = self->finder;

  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autoptr(RelaisPlaces) places = NULL;
  RelaisCommunes *communes;

  if (!(communes = relais_communes_get_default (&error)) ||
      !(places = relais_places_load_default (&warning, &error)))
    {
      relais_message_show (self->toast_overlay, _("The list of help places could not be read"), error->message);
      return FALSE;
    }
  if (warning != NULL)
    relais_message_show (self->toast_overlay, _("Your imported list of places was set aside"), warning);

  self->finder = relais_place_finder_new (places, communes);
  /* The pages borrow the finder: lend them the new one before the old goes. */
  if (previous != NULL)
    {
      relais_nearby_page_set_data (self->nearby_page, self->directory, self->finder);
      relais_tools_page_set_nearby (self->tools_page, self->directory, self->finder);
      relais_place_finder_unref (previous);
    }
  return TRUE;
}

static gboolean
load_directory (RelaisWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *refreshed = relais_directory_get_refreshed_hosters_path ();
  RelaisDirectory *directory;

  if (!(directory = relais_directory_load_default (refreshed, &warning, &error)))
    {
      relais_message_show (self->toast_overlay, _("The directory of contacts could not be read"), error->message);
      return FALSE;
    }
  if (warning != NULL)
    relais_message_show (self->toast_overlay, _("The refreshed hosters were set aside"), warning);

  g_clear_pointer (&self->directory, relais_directory_unref);
  self->directory = directory;
  return TRUE;
}

/**
 * relais_window_ensure_nearby:
 *
 * Reads the directory, the places and the communes, once: Help Nearby and
 * the hosters in the Tools area use them.
 *
 * Returns: %TRUE when they are there
 */
gboolean
relais_window_ensure_nearby (RelaisWindow *self)
{
  if (self->finder == NULL && !load_places (self))
    return FALSE;
  if (self->directory == NULL && !load_directory (self))
    return FALSE;

  relais_nearby_page_set_data (self->nearby_page, self->directory, self->finder);
  relais_tools_page_set_nearby (self->tools_page, self->directory, self->finder);
  return TRUE;
}

/* After a refresh of the CHATONS hosters: read them again. */
void
relais_window_directory_changed_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);

  if (self->finder != NULL && load_directory (self))
    {
      relais_nearby_page_set_data (self->nearby_page, self->directory, self->finder);
      relais_tools_page_set_nearby (self->tools_page, self->directory, self->finder);
    }
}

/* After an import of places: read them again. */
void
relais_window_places_changed_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  RelaisWindow *self = RELAIS_WINDOW (widget);

  if (self->finder != NULL)
    load_places (self);
}

void
relais_window_clear_nearby (RelaisWindow *self)
{
  /* The pages may outlive this call (a test holds them): they forget first. */
  if (self->tools_page != NULL)
    relais_tools_page_set_nearby (self->tools_page, NULL, NULL);
  g_clear_pointer (&self->directory, relais_directory_unref);
  g_clear_pointer (&self->finder, relais_place_finder_unref);
}
