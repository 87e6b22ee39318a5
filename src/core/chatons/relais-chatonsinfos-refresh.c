/* relais-chatonsinfos-refresh.c — the CHATONS hosters fetched again, when
 * the user asks: the federation file, its organisations, their services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-chatonsinfos"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include "relais-chatonsinfos-private.h"
#include "relais-soup.h"

#define DEFAULT_TIMEOUT        20
#define DEFAULT_DEADLINE       120
#define DEFAULT_MAX_FILE_SIZE  (1024 * 1024)
#define DEFAULT_MAX_TOTAL_SIZE (20 * 1024 * 1024)
#define DEFAULT_MAX_FILES      3000
#define DEFAULT_MAX_CONCURRENT 4
#define READ_SIZE              16384

typedef struct
{
  char             *url;
  RelaisProperties *properties;   /* NULL until read, or when it could not be */
  GPtrArray        *services;     /* RelaisProperties or NULL, in the order of its subs */
} Organization;

typedef struct
{
  RelaisChatonsinfosLimits   limits;
  char                      *today;
  char                      *federation_url;
  char                      *output_path;
  RelaisChatonsinfosProgress progress;
  gpointer                   progress_data;

  const RelaisSoup          *soup;           /* loaded when a refresh starts */
  SoupSession               *session;
  GQueue                     pending;        /* Fetch, not started yet */
  GPtrArray                 *running;        /* Fetch, in flight */
  GPtrArray                 *organizations;  /* Organization, in the federation's order */
  guint                      n_files;        /* files asked for */
  guint                      n_done;
  gsize                      total_size;
  GError                    *error;          /* the first error that stops everything */
  gboolean                   finished;       /* a file failing as it starts ends it early */
  guint                      deadline_id;

  char                      *json;
  gsize                      json_length;
  guint                      n_hosters;
  guint                      n_skipped;
} Refresh;

typedef enum
{
  FETCH_FEDERATION,
  FETCH_ORGANIZATION,
  FETCH_SERVICE,
} FetchKind;

typedef struct
{
  GTask        *task;
  FetchKind     kind;
  char         *url;
  Organization *organization;   /* borrowed: for organisations and services */
  guint         slot;           /* the service's place in organization->services */

  SoupMessage  *message;
  GCancellable *cancellable;
  gulong        cancelled_id;
  guint         timeout_id;
  gboolean      timed_out;
  GInputStream *stream;
  GByteArray   *body;
  GError       *hop_error;      /* a redirection to an address refused */
} Fetch;

static void fetch_done (Fetch  *fetch,
                        GError *error);
static void pump       (GTask  *task);


/* --- Freeing --------------------------------------------------------------- */

static void
organization_free (Organization *organization)
{
  g_free (organization->url);
  relais_properties_free (organization->properties);
  g_ptr_array_unref (organization->services);
  g_free (organization);
}

static void
fetch_free (Fetch *fetch)
{
  GCancellable *parent = g_task_get_cancellable (fetch->task);

  g_clear_handle_id (&fetch->timeout_id, g_source_remove);
  if (fetch->cancelled_id != 0)
    g_cancellable_disconnect (parent, fetch->cancelled_id);
  g_clear_object (&fetch->stream);
  g_clear_object (&fetch->message);
  g_clear_object (&fetch->cancellable);
  g_clear_pointer (&fetch->body, g_byte_array_unref);
  g_clear_error (&fetch->hop_error);
  g_free (fetch->url);
  g_object_unref (fetch->task);
  g_free (fetch);
}

static void
refresh_free (Refresh *refresh)
{
  g_assert (refresh->running->len == 0);
  g_assert (refresh->deadline_id == 0);

  g_queue_clear_full (&refresh->pending, (GDestroyNotify) fetch_free);
  g_ptr_array_unref (refresh->running);
  g_ptr_array_unref (refresh->organizations);
  g_clear_object (&refresh->session);
  g_clear_error (&refresh->error);
  g_free (refresh->json);
  g_free (refresh->today);
  g_free (refresh->federation_url);
  g_free (refresh->output_path);
  g_free (refresh);
}


/* --- Addresses ------------------------------------------------------------- */

/* https only; plain http to this computer only when the tests ask for it,
 * for their server: never in what users run. */
static gboolean
address_allowed (const char  *address,
                 gboolean     allow_loopback_http,
                 GError     **error)
{
  g_autoptr(GUri) uri = g_uri_parse (address, G_URI_FLAGS_NONE, NULL);
  const char *scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

  if (scheme != NULL && host != NULL && host[0] != '\0')
    {
      if (g_ascii_strcasecmp (scheme, "https") == 0)
        return TRUE;
      if (allow_loopback_http && g_ascii_strcasecmp (scheme, "http") == 0
          && (g_str_equal (host, "127.0.0.1") || g_str_equal (host, "localhost") || g_str_equal (host, "::1")))
        return TRUE;
    }

  g_set_error (error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_ADDRESS,
               _("Relais only fetches addresses starting with https://, and “%s” is not one."), address);
  return FALSE;
}


/* --- One file -------------------------------------------------------------- */

static void
cancel_fetch_cb (GCancellable *parent,
                 GCancellable *child)
{
  g_cancellable_cancel (child);
}

static gboolean
timeout_cb (gpointer data)
{
  Fetch *fetch = data;

  fetch->timeout_id = 0;
  fetch->timed_out = TRUE;
  g_cancellable_cancel (fetch->cancellable);
  return G_SOURCE_REMOVE;
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      data)
{
  Fetch *fetch = data;
  Refresh *refresh = g_task_get_task_data (fetch->task);
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  gsize size;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  if (bytes == NULL)
    {
      fetch_done (fetch, error);
      return;
    }
  size = g_bytes_get_size (bytes);
  if (size == 0)
    {
      fetch_done (fetch, NULL);
      return;
    }

  g_byte_array_append (fetch->body, g_bytes_get_data (bytes, NULL), size);
  refresh->total_size += size;
  if (fetch->body->len > refresh->limits.max_file_size)
    {
      g_autofree char *limit = g_format_size (refresh->limits.max_file_size);

      fetch_done (fetch, g_error_new (RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_TOO_LARGE,
                                      _("the file is larger than %s"), limit));
      return;
    }
  if (refresh->total_size > refresh->limits.max_total_size && refresh->error == NULL)
    {
      g_autofree char *limit = g_format_size (refresh->limits.max_total_size);

      refresh->error = g_error_new (RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_TOO_LARGE,
                                    _("The CHATONS files add up to more than %s: the refresh was stopped. The previous list of hosters is kept."),
                                    limit);
    }
  if (refresh->error != NULL)
    {
      /* Stopped: what this file says no longer matters. */
      fetch_done (fetch, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "stopped"));
      return;
    }

  g_input_stream_read_bytes_async (fetch->stream, READ_SIZE, G_PRIORITY_DEFAULT,
                                   fetch->cancellable, read_cb, fetch);
}

/* Each hop of a redirection is checked before it is followed: checking only
 * the last one let a request reach a host that was not allowed on the way
 * (allowed → not allowed → allowed). libsoup emits "restarted" with the new
 * address set, before sending again. */
static void
restarted_cb (SoupMessage *message,
              Fetch       *fetch)
{
  Refresh *refresh = g_task_get_task_data (fetch->task);
  g_autofree char *address = g_uri_to_string (refresh->soup->message_get_uri (message));

  if (fetch->hop_error == NULL
      && !address_allowed (address, refresh->limits.allow_loopback_http, &fetch->hop_error))
    g_cancellable_cancel (fetch->cancellable);
}

static void
sent_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      data)
{
  Fetch *fetch = data;
  Refresh *refresh = g_task_get_task_data (fetch->task);
  SoupMessageHeaders *headers;
  g_autofree char *final_address = NULL;
  GError *error = NULL;
  guint status;

  fetch->stream = refresh->soup->session_send_finish ((SoupSession *) object, result, &error);
  if (fetch->hop_error != NULL)
    {
      g_clear_error (&error);
      fetch_done (fetch, g_steal_pointer (&fetch->hop_error));
      return;
    }
  if (fetch->stream == NULL)
    {
      fetch_done (fetch, error);
      return;
    }

  /* A redirection must not lead anywhere a first address could not. */
  final_address = g_uri_to_string (refresh->soup->message_get_uri (fetch->message));
  if (!address_allowed (final_address, refresh->limits.allow_loopback_http, &error))
    {
      fetch_done (fetch, error);
      return;
    }

  status = refresh->soup->message_get_status (fetch->message);
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      fetch_done (fetch, g_error_new (RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_HTTP,
                                      _("the server answered “%u %s”"), status,
                                      refresh->soup->message_get_reason_phrase (fetch->message) != NULL
                                      ? refresh->soup->message_get_reason_phrase (fetch->message)
                                      : refresh->soup->status_get_phrase (status)));
      return;
    }

  headers = refresh->soup->message_get_response_headers (fetch->message);
  if (refresh->soup->message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH
      && (guint64) refresh->soup->message_headers_get_content_length (headers) > refresh->limits.max_file_size)
    {
      g_autofree char *limit = g_format_size (refresh->limits.max_file_size);

      fetch_done (fetch, g_error_new (RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_TOO_LARGE,
                                      _("the file is larger than %s"), limit));
      return;
    }

  g_input_stream_read_bytes_async (fetch->stream, READ_SIZE, G_PRIORITY_DEFAULT,
                                   fetch->cancellable, read_cb, fetch);
}

static void
fetch_start (Fetch *fetch)
{
  Refresh *refresh = g_task_get_task_data (fetch->task);
  GCancellable *parent = g_task_get_cancellable (fetch->task);
  GError *error = NULL;

  g_ptr_array_add (refresh->running, fetch);
  fetch->body = g_byte_array_new ();
  fetch->cancellable = g_cancellable_new ();

  if (!address_allowed (fetch->url, refresh->limits.allow_loopback_http, &error)
      || (fetch->message = refresh->soup->message_new ("GET", fetch->url)) == NULL)
    {
      if (error == NULL)
        error = g_error_new (RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_ADDRESS,
                             _("“%s” is not a web address."), fetch->url);
      fetch_done (fetch, error);
      return;
    }

  g_signal_connect (fetch->message, "restarted", G_CALLBACK (restarted_cb), fetch);
  if (parent != NULL)
    fetch->cancelled_id = g_cancellable_connect (parent, G_CALLBACK (cancel_fetch_cb),
                                                 g_object_ref (fetch->cancellable), g_object_unref);
  /* The whole request, not only each wait: a server sending a byte a
   * second would hold the refresh for ever. */
  fetch->timeout_id = g_timeout_add_seconds (refresh->limits.timeout_seconds, timeout_cb, fetch);
  refresh->soup->session_send_async (refresh->session, fetch->message, G_PRIORITY_DEFAULT,
                           fetch->cancellable, sent_cb, fetch);
}

static void
enqueue (GTask        *task,
         FetchKind     kind,
         const char   *url,
         Organization *organization,
         guint         slot)
{
  Refresh *refresh = g_task_get_task_data (task);
  Fetch *fetch;

  if (refresh->n_files >= refresh->limits.max_files)
    return;

  fetch = g_new0 (Fetch, 1);
  fetch->task = g_object_ref (task);
  fetch->kind = kind;
  fetch->url = g_strdup (url);
  fetch->organization = organization;
  fetch->slot = slot;
  refresh->n_files++;
  g_queue_push_tail (&refresh->pending, fetch);
}


/* --- What each file gives -------------------------------------------------- */

static RelaisProperties *
parse (Fetch   *fetch,
       GError **error)
{
  return relais_properties_new_from_data ((const char *) fetch->body->data, fetch->body->len, error);
}

static void
federation_read (Fetch   *fetch,
                 GError **error)
{
  Refresh *refresh = g_task_get_task_data (fetch->task);
  g_autoptr(RelaisProperties) federation = parse (fetch, error);
  g_autoptr(GPtrArray) subs = NULL;

  if (federation == NULL)
    return;
  if (!relais_chatonsinfos_has_class (federation, "federation"))
    {
      g_set_error (error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_FEDERATION,
                   _("this file describes one organisation or one service, not the whole collective"));
      return;
    }
  subs = relais_chatonsinfos_get_subs (federation, fetch->url);
  if (subs->len == 0)
    {
      g_set_error (error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_FEDERATION,
                   _("the file names no member"));
      return;
    }

  for (guint i = 0; i < subs->len; i++)
    {
      Organization *organization = g_new0 (Organization, 1);

      organization->url = g_strdup (g_ptr_array_index (subs, i));
      organization->services = g_ptr_array_new_with_free_func ((GDestroyNotify) relais_properties_free);
      g_ptr_array_add (refresh->organizations, organization);
      enqueue (fetch->task, FETCH_ORGANIZATION, organization->url, organization, 0);
    }
}

static void
organization_read (Fetch   *fetch,
                   GError **error)
{
  Organization *organization = fetch->organization;
  g_autoptr(RelaisProperties) properties = parse (fetch, error);
  g_autoptr(GPtrArray) subs = NULL;
  const char *name;

  if (properties == NULL)
    return;
  name = relais_properties_get (properties, "organization.name");
  if (!relais_chatonsinfos_has_class (properties, "organization") || name == NULL || name[0] == '\0')
    {
      g_set_error (error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_FEDERATION,
                   _("this file does not describe an organisation"));
      return;
    }

  subs = relais_chatonsinfos_get_subs (properties, fetch->url);
  for (guint i = 0; i < subs->len; i++)
    {
      g_ptr_array_add (organization->services, NULL);
      enqueue (fetch->task, FETCH_SERVICE, g_ptr_array_index (subs, i), organization, i);
    }
  organization->properties = g_steal_pointer (&properties);
}

static void
service_read (Fetch   *fetch,
              GError **error)
{
  g_autoptr(RelaisProperties) properties = parse (fetch, error);

  if (properties != NULL && relais_chatonsinfos_has_class (properties, "service"))
    g_ptr_array_index (fetch->organization->services, fetch->slot) = g_steal_pointer (&properties);
}

/* Turns the error of one file into what the user reads. */
static GError *
explain (Fetch  *fetch,
         GError *error)
{
  Refresh *refresh = g_task_get_task_data (fetch->task);
  GCancellable *parent = g_task_get_cancellable (fetch->task);

  if (parent != NULL && g_cancellable_is_cancelled (parent))
    {
      g_error_free (error);
      return g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                  _("The refresh was cancelled. The previous list of hosters is kept."));
    }
  /* Ours, or the session's own timeout on a silent connection. */
  if (fetch->timed_out || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      g_error_free (error);
      error = g_error_new (G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                           ngettext ("the server did not answer within %u second",
                                     "the server did not answer within %u seconds",
                                     refresh->limits.timeout_seconds),
                           refresh->limits.timeout_seconds);
    }
  if (fetch->kind == FETCH_FEDERATION)
    {
      g_autofree char *reason = g_strdup (error->message);
      gsize length = strlen (reason);
      GError *explained;

      if (length > 0 && reason[length - 1] == '.')
        reason[length - 1] = '\0';
      /* A new error with the same domain and code: a GError's message is
       * not to be written over. */
      explained = g_error_new (error->domain, error->code,
                               _("The list of CHATONS members could not be fetched from “%s”: %s. "
                                 "Check its address in the preferences, or try again later. "
                                 "The previous list of hosters is kept."),
                               fetch->url, reason);
      g_error_free (error);
      error = explained;
    }
  return error;
}

static void
fetch_done (Fetch  *fetch,
            GError *error)
{
  GTask *task = g_object_ref (fetch->task);
  Refresh *refresh = g_task_get_task_data (task);

  g_clear_handle_id (&fetch->timeout_id, g_source_remove);
  g_ptr_array_remove_fast (refresh->running, fetch);
  refresh->n_done++;

  if (error == NULL)
    {
      switch (fetch->kind)
        {
        case FETCH_FEDERATION:
          federation_read (fetch, &error);
          break;
        case FETCH_ORGANIZATION:
          organization_read (fetch, &error);
          break;
        case FETCH_SERVICE:
          service_read (fetch, &error);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (error != NULL)
    {
      error = explain (fetch, error);
      g_debug ("%s: %s", fetch->url, error->message);
      /* Without the federation nothing can be done; a cancel stops all. A
       * member's file that fails only leaves that member out. */
      if (refresh->error == NULL
          && (fetch->kind == FETCH_FEDERATION || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)))
        refresh->error = g_steal_pointer (&error);
      g_clear_error (&error);
    }

  fetch_free (fetch);
  if (refresh->progress != NULL)
    refresh->progress (refresh->n_done, refresh->n_files, refresh->progress_data);
  pump (task);
  g_object_unref (task);
}


/* --- The whole refresh ----------------------------------------------------- */

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Refresh *refresh = task_data;
  GError *error = NULL;

  if (!relais_chatonsinfos_write_hosters (refresh->output_path, refresh->json, refresh->json_length, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
finish (GTask *task)
{
  Refresh *refresh = g_task_get_task_data (task);
  g_autoptr(RelaisHosters) hosters = NULL;

  g_clear_handle_id (&refresh->deadline_id, g_source_remove);
  /* Each waiting file holds the task. */
  g_queue_clear_full (&refresh->pending, (GDestroyNotify) fetch_free);
  g_clear_object (&refresh->session);

  if (refresh->error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&refresh->error));
      return;
    }

  hosters = relais_hosters_new (refresh->today);
  for (guint i = 0; i < refresh->organizations->len; i++)
    {
      Organization *organization = g_ptr_array_index (refresh->organizations, i);
      g_autoptr(GPtrArray) services = g_ptr_array_new ();

      if (organization->properties == NULL)
        {
          refresh->n_skipped++;
          continue;
        }
      for (guint j = 0; j < organization->services->len; j++)
        if (g_ptr_array_index (organization->services, j) != NULL)
          g_ptr_array_add (services, g_ptr_array_index (organization->services, j));
      relais_hosters_add (hosters, organization->properties, organization->url, services);
    }

  refresh->n_hosters = relais_hosters_get_size (hosters);
  if (refresh->n_hosters == 0)
    {
      g_task_return_new_error (task, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_NO_HOSTER,
                               _("Not one of the CHATONS members’ files could be read. The previous list of hosters is kept: try again later."));
      return;
    }

  refresh->json = relais_hosters_to_json (hosters, &refresh->json_length);
  /* The write syncs the disk: not in the main thread. */
  g_task_run_in_thread (task, write_thread);
}

/* Each file has its own timeout, but 3000 files answering just in time
 * would still hold the refresh for hours. */
static gboolean
deadline_cb (gpointer data)
{
  GTask *task = data;
  Refresh *refresh = g_task_get_task_data (task);

  refresh->deadline_id = 0;
  if (refresh->error == NULL)
    refresh->error = g_error_new (G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                                  ngettext ("The refresh took more than %u second and was stopped. The previous list of hosters is kept: try again later.",
                                            "The refresh took more than %u seconds and was stopped. The previous list of hosters is kept: try again later.",
                                            refresh->limits.deadline_seconds),
                                  refresh->limits.deadline_seconds);
  /* The files still running end as cancelled, and the last one finishes. */
  pump (task);
  return G_SOURCE_REMOVE;
}

static void
pump (GTask *task)
{
  Refresh *refresh = g_task_get_task_data (task);

  if (refresh->error != NULL)
    {
      for (guint i = 0; i < refresh->running->len; i++)
        g_cancellable_cancel (((Fetch *) g_ptr_array_index (refresh->running, i))->cancellable);
    }
  else
    {
      while (refresh->running->len < refresh->limits.max_concurrent && !g_queue_is_empty (&refresh->pending))
        fetch_start (g_queue_pop_head (&refresh->pending));
    }

  if (refresh->running->len == 0 && (refresh->error != NULL || g_queue_is_empty (&refresh->pending))
      && !refresh->finished)
    {
      refresh->finished = TRUE;
      finish (task);
    }
}

/**
 * relais_chatonsinfos_refresh_async:
 * @federation_url: the federation file (the "chatonsinfos-url" setting)
 * @output_path: where to write the hosters file, usually
 *   relais_chatonsinfos_default_output_path()
 * @limits: (nullable): the limits, %NULL for the defaults
 * @progress: (nullable): called, with @user_data, after each file
 *
 * Fetches the federation file, then each member's organisation file, then
 * their service files, a few at a time, and writes the hosters file
 * atomically. If the federation file fails, or it is cancelled, or not one
 * member can be read, it fails and @output_path is left as it was. A member
 * whose file fails is left out and counted.
 */
void
relais_chatonsinfos_refresh_async (const char                     *federation_url,
                                   const char                     *output_path,
                                   const RelaisChatonsinfosLimits *limits,
                                   GCancellable                   *cancellable,
                                   RelaisChatonsinfosProgress      progress,
                                   GAsyncReadyCallback             callback,
                                   gpointer                        user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *user_agent = NULL;
  Refresh *refresh;
  GError *error = NULL;

  g_return_if_fail (federation_url != NULL);
  g_return_if_fail (output_path != NULL);
  g_return_if_fail (limits == NULL || limits->today == NULL || relais_chatonsinfos_is_date (limits->today));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, relais_chatonsinfos_refresh_async);
  /* The result tells what happened to the file, cancelled or not. */
  g_task_set_check_cancellable (task, FALSE);

  refresh = g_new0 (Refresh, 1);
  if (limits != NULL)
    refresh->limits = *limits;
  if (refresh->limits.timeout_seconds == 0)
    refresh->limits.timeout_seconds = DEFAULT_TIMEOUT;
  if (refresh->limits.max_file_size == 0)
    refresh->limits.max_file_size = DEFAULT_MAX_FILE_SIZE;
  if (refresh->limits.max_total_size == 0)
    refresh->limits.max_total_size = DEFAULT_MAX_TOTAL_SIZE;
  if (refresh->limits.max_files == 0)
    refresh->limits.max_files = DEFAULT_MAX_FILES;
  if (refresh->limits.max_concurrent == 0)
    refresh->limits.max_concurrent = DEFAULT_MAX_CONCURRENT;
  if (refresh->limits.deadline_seconds == 0)
    refresh->limits.deadline_seconds = DEFAULT_DEADLINE;
  refresh->today = limits != NULL && limits->today != NULL ? g_strdup (limits->today) : relais_chatonsinfos_today ();
  refresh->limits.today = refresh->today;
  refresh->federation_url = g_strdup (federation_url);
  refresh->output_path = g_strdup (output_path);
  refresh->progress = progress;
  refresh->progress_data = user_data;
  refresh->running = g_ptr_array_new ();
  refresh->organizations = g_ptr_array_new_with_free_func ((GDestroyNotify) organization_free);
  g_queue_init (&refresh->pending);
  g_task_set_task_data (task, refresh, (GDestroyNotify) refresh_free);

  if (!address_allowed (federation_url, refresh->limits.allow_loopback_http, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  if ((refresh->soup = relais_soup_get (&error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  user_agent = g_strdup_printf ("Relais/%s ", PACKAGE_VERSION);
  refresh->session = g_object_new (refresh->soup->session_get_type (),
                                   "timeout", refresh->limits.timeout_seconds,
                                   "user-agent", user_agent,
                                   NULL);

  /* Borrowed: finish() removes it, and the task lives until then. */
  refresh->deadline_id = g_timeout_add_seconds (refresh->limits.deadline_seconds, deadline_cb, task);
  enqueue (task, FETCH_FEDERATION, federation_url, NULL, 0);
  pump (task);
}

/**
 * relais_chatonsinfos_refresh_finish:
 * @n_hosters: (out) (optional): how many hosters were written
 * @n_skipped: (out) (optional): members whose file could not be read
 *
 * Returns: %TRUE when the hosters file was written. A cancel gives
 *   %G_IO_ERROR_CANCELLED.
 */
gboolean
relais_chatonsinfos_refresh_finish (GAsyncResult  *result,
                                    guint         *n_hosters,
                                    guint         *n_skipped,
                                    GError       **error)
{
  Refresh *refresh;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == relais_chatonsinfos_refresh_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  refresh = g_task_get_task_data (G_TASK (result));
  if (n_hosters != NULL)
    *n_hosters = refresh->n_hosters;
  if (n_skipped != NULL)
    *n_skipped = refresh->n_skipped;
  return TRUE;
}
