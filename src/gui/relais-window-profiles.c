/* relais-window-profiles.c — the profiles read as the window opens: the
 * last one at once, the others once the window has shown it; the files
 * that could not be read said, and a damaged profile's previous version
 * offered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-window"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-message.h"
#include "relais-window-private.h"

static void
show_failures (RelaisWindow *self,
               GPtrArray    *failures)
{
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *folder = g_file_get_parse_name (relais_profile_store_get_directory (self->store));
  g_autofree char *title = NULL;

  if (failures == NULL || failures->len == 0)
    return;

  title = g_strdup_printf (ngettext ("%u profile file could not be read",
                                     "%u profile files could not be read",
                                     failures->len),
                           failures->len);
  for (guint i = 0; i < failures->len; i++)
    {
      const GError *failure = g_ptr_array_index (failures, i);

      g_message ("%s", failure->message);
      g_string_append_printf (details, "%s\n", failure->message);
    }
  g_string_append_printf (details,
                          _("\nNothing was deleted or written over: the files are in the folder “%s”. The other profiles open normally."),
                          folder);

  relais_message_show (self->toast_overlay, title, details->str);
}

typedef struct
{
  RelaisWindow *window;
  char         *file_name;
} RestoreRequest;

static void
restore_request_free (gpointer  data,
                      GClosure *closure)
{
  RestoreRequest *request = data;

  g_clear_weak_pointer (&request->window);
  g_free (request->file_name);
  g_free (request);
}

static void
restore_clicked_cb (AdwToast       *toast,
                    RestoreRequest *request)
{
  RelaisWindow *self = request->window;
  g_autoptr(GError) error = NULL;
  GPtrArray *damaged;
  RelaisProfile *restored = NULL;

  if (self == NULL)
    return;

  /* Looked up again: the store owns what it found damaged. */
  damaged = relais_profile_store_get_damaged (self->store);
  for (guint i = 0; i < damaged->len; i++)
    {
      RelaisDamagedProfile *item = g_ptr_array_index (damaged, i);

      if (g_str_equal (item->file_name, request->file_name) && item->backup != NULL)
        {
          restored = relais_profile_store_restore_backup (self->store, item, &error);
          break;
        }
    }

  if (restored != NULL)
    relais_window_set_profile (self, restored);
  else if (error != NULL)
    relais_message_show (self->toast_overlay, _("The previous version could not be restored"), error->message);
}

/* One toast per damaged profile that has a readable previous version. */
static void
offer_restores (RelaisWindow *self)
{
  GPtrArray *damaged = relais_profile_store_get_damaged (self->store);

  for (guint i = 0; i < damaged->len; i++)
    {
      RelaisDamagedProfile *item = g_ptr_array_index (damaged, i);
      g_autofree char *title = NULL;
      g_autofree char *escaped = NULL;
      RestoreRequest *request;
      AdwToast *toast;

      if (item->backup == NULL)
        continue;

      title = g_strdup_printf (_("“%s” is damaged"), item->backup_profile_name);
      escaped = g_markup_escape_text (title, -1);
      toast = adw_toast_new (escaped);
      adw_toast_set_timeout (toast, 0);
      adw_toast_set_button_label (toast, _("_Restore"));
      /* Before the list of failures: this one can be acted on. */
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      request = g_new0 (RestoreRequest, 1);
      g_set_weak_pointer (&request->window, self);
      request->file_name = g_strdup (item->file_name);
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (restore_clicked_cb),
                             request, restore_request_free, 0);
      relais_message_add_toast (self->toast_overlay, toast, title);
    }
}

static RelaisProfile *
most_recently_modified (GListModel *profiles)
{
  RelaisProfile *newest = NULL;
  guint n_items = g_list_model_get_n_items (profiles);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelaisProfile) profile = g_list_model_get_item (profiles, i);

      if (newest == NULL ||
          g_date_time_compare (relais_profile_get_modified (profile),
                               relais_profile_get_modified (newest)) > 0)
        newest = profile;
    }

  return newest;
}

/* After the profile shown left the list (a shared folder given up, or its
 * file deleted there): the one changed last. */
void
relais_window_open_newest (RelaisWindow *self)
{
  relais_window_set_profile (self, most_recently_modified (relais_profile_store_get_profiles (self->store)));
}

static void
list_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(RelaisWindow) self = user_data;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;

  if (!relais_profile_store_list_finish (RELAIS_PROFILE_STORE (object), result, &failures, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        relais_message_show (self->toast_overlay, _("The list of profiles could not be read"), error->message);
      return;
    }

  show_failures (self, failures);
  offer_restores (self);

  /* The settings may have been reset: open the latest work rather than an
   * empty welcome over profiles that exist. (The window's state follows
   * the list and the profile shown.) */
  if (self->profile == NULL)
    relais_window_open_newest (self);
}

static void
list_profiles (RelaisWindow *self)
{
  relais_profile_store_list_async (self->store, self->cancellable, list_done_cb, g_object_ref (self));
}

static void
list_after_paint_cb (GdkFrameClock *frame_clock,
                     RelaisWindow  *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, list_after_paint_cb, self);
  list_profiles (self);
}

static void
list_after_first_frame (RelaisWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, list_after_first_frame, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (list_after_paint_cb), self, 0);
}

static void
open_last_profile (RelaisWindow *self)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-profile");
  g_autoptr(GError) error = NULL;
  RelaisProfile *profile;

  if (last[0] == '\0')
    return;

  profile = relais_profile_store_open (self->store, last, &error);
  if (profile != NULL)
    relais_window_set_profile (self, profile);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    relais_message_show (self->toast_overlay, _("The last profile could not be opened"), error->message);
}

/* Only the profile being opened is read now; the rest in the background,
 * once the window shows it: on two cores, reading 500 profiles beside the
 * first frame delayed it (docs/benchmarks.md). Without one, the list is what
 * the window waits for. */
void
relais_window_read_profiles (RelaisWindow *self)
{
  open_last_profile (self);
  if (self->profile != NULL)
    g_signal_connect (self, "map", G_CALLBACK (list_after_first_frame), NULL);
  else
    list_profiles (self);
}
