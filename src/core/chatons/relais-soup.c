/* relais-soup.c — libsoup, loaded when Relais first goes online
 *
 * Relais goes online for one thing, the CHATONS refresh, which a user asks
 * for now and then. Linked, libsoup and the dozen libraries it needs
 * (Kerberos, nghttp2, SQLite, libpsl…) were loaded and relocated at every
 * start, the window's and the command line's alike: some 20 million
 * instructions and a few milliseconds before anything is shown
 * (docs/benchmarks.md). Loaded here the first time it is needed, it costs
 * nothing until then.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-chatonsinfos"

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>

#include "relais-soup.h"

#define SOUP_LIBRARY "libsoup-3.0.so.0"

static void
set_load_error (GError **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               /* TRANSLATORS: %s is a library's file name, then the system's message */
               _("Relais could not load %s, which it needs to go online: %s"),
               SOUP_LIBRARY, g_module_error ());
}

static gboolean
load (RelaisSoup  *soup,
      GError     **error)
{
  GModule *module = g_module_open (SOUP_LIBRARY, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

  if (module == NULL)
    {
      set_load_error (error);
      return FALSE;
    }

#define FIND(field, function) \
  if (!g_module_symbol (module, #function, (gpointer *) &soup->field) || soup->field == NULL) \
    { \
      set_load_error (error); \
      g_module_close (module); \
      return FALSE; \
    }
  FIND (session_get_type, soup_session_get_type);
  FIND (session_send_async, soup_session_send_async);
  FIND (session_send_finish, soup_session_send_finish);
  FIND (message_new, soup_message_new);
  FIND (message_get_uri, soup_message_get_uri);
  FIND (message_get_status, soup_message_get_status);
  FIND (message_get_reason_phrase, soup_message_get_reason_phrase);
  FIND (message_get_response_headers, soup_message_get_response_headers);
  FIND (message_headers_get_encoding, soup_message_headers_get_encoding);
  FIND (message_headers_get_content_length, soup_message_headers_get_content_length);
  FIND (status_get_phrase, soup_status_get_phrase);
#undef FIND

  /* Its types are registered for the life of the process. */
  g_module_make_resident (module);
  return TRUE;
}

/**
 * relais_soup_get:
 *
 * Loads libsoup the first time. Thread-safe.
 *
 * Returns: (transfer none): its functions, or %NULL with @error set when it
 *   cannot be loaded (each later call tries again)
 */
const RelaisSoup *
relais_soup_get (GError **error)
{
  static GMutex lock;
  static RelaisSoup soup;
  static gboolean loaded;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  if (!loaded)
    loaded = load (&soup, error);
  return loaded ? &soup : NULL;
}
