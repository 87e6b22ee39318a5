/* test-chatonsinfos-refresh.c — the CHATONS refresh against a server started
 * by the test on 127.0.0.1, serving tests/data/chatonsinfos: never the
 * outside network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "chatonsinfos-check.h"
#include "relais-chatonsinfos.h"

#define PREVIOUS "the previous hosters file\n"

typedef enum
{
  SERVE_ALL,
  FEDERATION_500,
  FEDERATION_SILENT,     /* the request is held and never answered */
  FEDERATION_HUGE,       /* announced with its length */
  FEDERATION_HUGE_CHUNKED,
  ORGANIZATION_404,      /* Alpha's file is missing */
  ORGANIZATION_HELD,     /* Alpha's file is held: the test cancels then */
  ALL_ORGANIZATIONS_404,
  MEMBERS_REFUSED,       /* the members' addresses are not https */
  REDIRECT_THROUGH,      /* allowed → not allowed → allowed */
  ORGANIZATION_SLOW,     /* Alpha's file is held: the whole refresh's deadline ends it */
  LOOPBACK_DEFAULT,      /* the refresh run as users run it: no plain http */
} Behaviour;

/* The address each fixture stands for, as the files say (file.url). */
static const struct
{
  const char *path;
  const char *fixture;
} routes[] = {
  { "/chatons.example.org/chatons.properties", "chatons.properties" },
  { "/alpha.example.org/.well-known/chatonsinfos/organization.properties", "alpha-organization.properties" },
  { "/alpha.example.org/.well-known/chatonsinfos/nextcloud.properties", "alpha-nextcloud.properties" },
  { "/alpha.example.org/.well-known/chatonsinfos/visio.properties", "alpha-visio.properties" },
  { "/alpha.example.org/.well-known/chatonsinfos/pad.properties", "alpha-pad.properties" },
  { "/alpha.example.org/.well-known/chatonsinfos/sondage.properties", "alpha-sondage.properties" },
  { "/www.beta.example.net/chatonsinfos/beta.example.net.properties", "beta-organization.properties" },
  { "/www.beta.example.net/chatonsinfos/mail.properties", "beta-mail.properties" },
  { "/www.beta.example.net/chatonsinfos/lecture.properties", "beta-lecture.properties" },
  { "/www.beta.example.net/chatonsinfos/brouillon.properties", "beta-brouillon.properties" },
  { "/gamma.example.org/.well-known/chatonsinfos/organization.properties", "gamma-organization.properties" },
  { "/gamma.example.org/.well-known/chatonsinfos/nextcloud.properties", "gamma-nextcloud.properties" },
  { "/delta.example.org/.well-known/chatonsinfos/organization.properties", "delta-organization.properties" },
};

typedef struct
{
  SoupServer   *server;
  char         *base;          /* http://127.0.0.1:PORT/ */
  Behaviour     behaviour;
  GCancellable *cancellable;
  guint         n_requests;
  guint         n_held;

  char         *directory;
  char         *output;

  /* The result */
  gboolean      done;
  gboolean      ok;
  GError       *error;
  gint64        elapsed;       /* microseconds, from start to the result */
  guint         n_hosters;
  guint         n_skipped;
  guint         n_progress;
  guint         last_done;
  guint         last_total;
} Loopback;

/* The subs of a fixture point to https://HOST/PATH: here they become
 * http://127.0.0.1:PORT/HOST/PATH. Only the subs: the ids come from the
 * websites, which stay as they are. */
static char *
served_text (Loopback   *self,
             const char *fixture)
{
  g_autofree char *path = fixture_path (fixture);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GString *out = g_string_new (NULL);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *https = strstr (lines[i], "https://");

      if (g_str_has_prefix (lines[i], "subs.") && https != NULL)
        g_string_append_printf (out, "%.*s%s%s\n", (int) (https - lines[i]), lines[i],
                                self->base, https + strlen ("https://"));
      else if (lines[i + 1] != NULL)
        g_string_append_printf (out, "%s\n", lines[i]);
    }
  return g_string_free (out, FALSE);
}

static gboolean
cancel_cb (gpointer data)
{
  Loopback *self = data;

  g_cancellable_cancel (self->cancellable);
  return G_SOURCE_REMOVE;
}

static void
handler (SoupServer        *server,
         SoupServerMessage *message,
         const char        *path,
         GHashTable        *query,
         gpointer           data)
{
  Loopback *self = data;
  gboolean federation = g_str_equal (path, routes[0].path);
  gboolean alpha = g_str_equal (path, routes[1].path);
  gboolean organization = g_str_has_suffix (path, "organization.properties")
                          || g_str_has_suffix (path, "beta.example.net.properties");
  g_autofree char *text = NULL;

  self->n_requests++;

  if ((federation && self->behaviour == FEDERATION_SILENT)
      || (alpha && (self->behaviour == ORGANIZATION_HELD || self->behaviour == ORGANIZATION_SLOW)))
    {
      soup_server_message_pause (message);
      self->n_held++;
      if (self->behaviour == ORGANIZATION_HELD)
        g_idle_add (cancel_cb, self);
      return;
    }
  if (federation && self->behaviour == FEDERATION_500)
    {
      soup_server_message_set_status (message, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
      return;
    }
  if (federation && (self->behaviour == FEDERATION_HUGE || self->behaviour == FEDERATION_HUGE_CHUNKED))
    {
      GString *huge = g_string_new ("file.class = Federation\n");

      while (huge->len < 200 * 1024)
        g_string_append (huge, "# a long comment line, again and again and again and again\n");
      if (self->behaviour == FEDERATION_HUGE_CHUNKED)
        soup_message_headers_set_encoding (soup_server_message_get_response_headers (message),
                                           SOUP_ENCODING_CHUNKED);
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_TAKE,
                                        huge->str, huge->len);
      g_string_free (huge, FALSE);
      return;
    }
  if (federation && self->behaviour == MEMBERS_REFUSED)
    {
      static const char refused[] = "file.class = Federation\n"
                                    "subs.a = http://alpha.example.org/organization.properties\n"
                                    "subs.b = ftp://127.0.0.1/organization.properties\n";

      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_STATIC, refused, strlen (refused));
      return;
    }
  if (self->behaviour == REDIRECT_THROUGH && (g_str_equal (path, "/hop") || (federation && self->n_requests == 1)))
    {
      g_autoptr(GUri) base = g_uri_parse (self->base, G_URI_FLAGS_NONE, NULL);
      /* "127.1" is this computer too, but not an address Relais allows. */
      g_autofree char *location = g_str_equal (path, "/hop")
                                  ? g_strconcat (self->base, routes[0].path + 1, NULL)
                                  : g_strdup_printf ("http://127.1:%d/hop", g_uri_get_port (base));

      soup_server_message_set_redirect (message, SOUP_STATUS_FOUND, location);
      return;
    }
  if ((alpha && self->behaviour == ORGANIZATION_404)
      || (organization && self->behaviour == ALL_ORGANIZATIONS_404))
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (routes); i++)
    if (g_str_equal (path, routes[i].path))
      text = served_text (self, routes[i].fixture);
  if (text == NULL)
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "text/plain; charset=utf-8", SOUP_MEMORY_COPY,
                                    text, strlen (text));
}

static gboolean
drained_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs what is pending, and what it schedules within a moment. */
static void
drain (void)
{
  gboolean drained = FALSE;

  g_timeout_add (100, drained_cb, &drained);
  while (!drained)
    g_main_context_iteration (NULL, TRUE);
}

static void
loopback_setup (Loopback      *self,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  self->behaviour = GPOINTER_TO_INT (data);
  self->cancellable = g_cancellable_new ();
  self->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (self->server, NULL, handler, self, NULL);
  soup_server_listen_local (self->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (self->server);
  g_assert_nonnull (uris);
  self->base = g_strdup_printf ("http://127.0.0.1:%d/", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  /* An earlier refresh left a file: a failure must leave it as it is. */
  self->directory = g_dir_make_tmp ("relais-refresh-XXXXXX", &error);
  g_assert_no_error (error);
  self->output = g_build_filename (self->directory, "hosters.json", NULL);
  g_assert_true (g_file_set_contents (self->output, PREVIOUS, -1, NULL));
}

static void
loopback_teardown (Loopback      *self,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (self->directory, 0, NULL);
  const char *name;

  /* Nothing but the output and the previous version it replaced, and no
   * temporary file left behind. */
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (self->directory, name, NULL);

      if (g_str_equal (name, "hosters.json~"))
        {
          g_autofree char *previous = NULL;

          g_assert_true (g_file_get_contents (path, &previous, NULL, NULL));
          g_assert_cmpstr (previous, ==, PREVIOUS);
        }
      else
        g_assert_cmpstr (name, ==, "hosters.json");
      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (self->directory), ==, 0);

  /* Let the server see its clients go: it frees their sockets then. */
  soup_server_disconnect (self->server);
  drain ();
  g_clear_object (&self->server);
  drain ();
  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);
  g_free (self->base);
  g_free (self->directory);
  g_free (self->output);
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer data)
{
  Loopback *self = data;

  g_assert_cmpuint (done, <=, total);
  self->n_progress++;
  self->last_done = done;
  self->last_total = total;
}

static void
refreshed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      data)
{
  Loopback *self = data;

  self->ok = relais_chatonsinfos_refresh_finish (result, &self->n_hosters, &self->n_skipped, &self->error);
  self->done = TRUE;
}

static gboolean
too_long_cb (gpointer data)
{
  g_error ("The refresh did not end");
  return G_SOURCE_REMOVE;
}

static void
run (Loopback *self)
{
  g_autofree char *federation = g_strconcat (self->base, "chatons.example.org/chatons.properties", NULL);
  RelaisChatonsinfosLimits limits = {
    /* Short only where the test waits for it: valgrind is slow. */
    .timeout_seconds = self->behaviour == FEDERATION_SILENT ? 1 : 30,
    .max_file_size = 64 * 1024,
    .today = TODAY,
    .deadline_seconds = self->behaviour == ORGANIZATION_SLOW ? 1 : 0,
    .allow_loopback_http = self->behaviour != LOOPBACK_DEFAULT,
  };
  guint guard = g_timeout_add_seconds (100, too_long_cb, NULL);
  gint64 start = g_get_monotonic_time ();

  relais_chatonsinfos_refresh_async (federation, self->output, &limits, self->cancellable,
                                     progress_cb, refreshed_cb, self);
  while (!self->done)
    g_main_context_iteration (NULL, TRUE);
  self->elapsed = g_get_monotonic_time () - start;
  g_source_remove (guard);

  drain ();
}

static void
assert_untouched (Loopback *self)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (self->output, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, PREVIOUS);
}

static void
test_refresh_ok (Loopback      *self,
                 gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;

  run (self);
  g_assert_no_error (self->error);
  g_assert_true (self->ok);
  g_assert_cmpuint (self->n_hosters, ==, 2);
  g_assert_cmpuint (self->n_skipped, ==, 1);   /* Delta's broken file */
  /* The federation, four members (Alpha once), eight services. */
  g_assert_cmpuint (self->n_requests, ==, 13);
  g_assert_cmpuint (self->n_progress, ==, 13);
  g_assert_cmpuint (self->last_done, ==, 13);
  g_assert_cmpuint (self->last_total, ==, 13);

  g_assert_true (g_file_get_contents (self->output, &contents, &length, NULL));
  check_hosters (contents, length, TRUE, self->base);
}

static void
test_refresh_fails (Loopback      *self,
                    gconstpointer  data)
{
  run (self);
  g_assert_false (self->ok);
  g_assert_nonnull (self->error);
  g_test_message ("%s", self->error->message);
  switch (self->behaviour)
    {
    case FEDERATION_500:
      g_assert_error (self->error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_HTTP);
      g_assert_nonnull (strstr (self->error->message, "500"));
      break;
    case FEDERATION_SILENT:
      g_assert_error (self->error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
      g_assert_cmpuint (self->n_held, ==, 1);
      break;
    case FEDERATION_HUGE:
    case FEDERATION_HUGE_CHUNKED:
      g_assert_error (self->error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_TOO_LARGE);
      break;
    case ORGANIZATION_HELD:
      g_assert_error (self->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (self->n_held, ==, 1);
      break;
    case ALL_ORGANIZATIONS_404:
      g_assert_error (self->error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_NO_HOSTER);
      break;
    case REDIRECT_THROUGH:
      /* Refused at the hop, before it was asked for. */
      g_assert_error (self->error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_ADDRESS);
      g_assert_nonnull (strstr (self->error->message, "127.1"));
      g_assert_cmpuint (self->n_requests, ==, 1);
      break;
    case ORGANIZATION_SLOW:
      /* Alpha's own timeout (30 s) would only have left it out: the whole
       * refresh stopped before, at its deadline. */
      g_assert_error (self->error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
      g_assert_cmpint (self->elapsed, <, 30 * G_USEC_PER_SEC);
      g_assert_cmpuint (self->n_held, <=, 1);
      break;
    case LOOPBACK_DEFAULT:
      /* Plain http to this computer is for the tests only: refused before
       * any request. */
      g_assert_error (self->error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_ADDRESS);
      g_assert_cmpuint (self->n_requests, ==, 0);
      break;
    case MEMBERS_REFUSED:
      /* Refused before any request: the federation only was asked for. */
      g_assert_error (self->error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_NO_HOSTER);
      g_assert_cmpuint (self->n_requests, ==, 1);
      break;
    case SERVE_ALL:
    case ORGANIZATION_404:
    default:
      g_assert_not_reached ();
    }
  /* The federation's address is in the message, for the volunteer to check. */
  if (self->behaviour != ORGANIZATION_HELD && self->behaviour != ALL_ORGANIZATIONS_404
      && self->behaviour != MEMBERS_REFUSED && self->behaviour != REDIRECT_THROUGH
      && self->behaviour != ORGANIZATION_SLOW)
    g_assert_nonnull (strstr (self->error->message, "chatons.example.org/chatons.properties"));
  assert_untouched (self);
}

static void
test_refresh_partial (Loopback      *self,
                      gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;

  run (self);
  g_assert_no_error (self->error);
  g_assert_true (self->ok);
  g_assert_cmpuint (self->n_hosters, ==, 1);
  g_assert_cmpuint (self->n_skipped, ==, 2);   /* Alpha missing, Delta broken */
  g_assert_true (g_file_get_contents (self->output, &contents, &length, NULL));
  check_hosters (contents, length, FALSE, self->base);
}

static void
test_refresh_refused (void)
{
  static const char * const refused[] = {
    "http://chatons.example.org/chatons.properties",
    "ftp://127.0.0.1/chatons.properties",
    "file:///etc/passwd",
    "not an address",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      Loopback self = { 0 };

      relais_chatonsinfos_refresh_async (refused[i], "/nonexistent/hosters.json", NULL, NULL,
                                         NULL, refreshed_cb, &self);
      while (!self.done)
        g_main_context_iteration (NULL, TRUE);
      g_assert_false (self.ok);
      g_assert_error (self.error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_ADDRESS);
      g_assert_nonnull (strstr (self.error->message, "https://"));
      g_clear_error (&self.error);
      g_assert_false (g_file_test ("/nonexistent/hosters.json", G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  /* Whatever goes wrong with the sockets, the test ends. */
  alarm (300);
  /* The server is on this computer: no proxy between. */
  g_unsetenv ("http_proxy");
  g_unsetenv ("HTTP_PROXY");
  g_unsetenv ("all_proxy");
  g_unsetenv ("ALL_PROXY");

#define ADD(name, behaviour, test) \
  g_test_add ("/chatonsinfos/refresh/" name, Loopback, GINT_TO_POINTER (behaviour), \
              loopback_setup, test, loopback_teardown)
  ADD ("ok", SERVE_ALL, test_refresh_ok);
  ADD ("federation-500", FEDERATION_500, test_refresh_fails);
  ADD ("federation-timeout", FEDERATION_SILENT, test_refresh_fails);
  ADD ("federation-too-large", FEDERATION_HUGE, test_refresh_fails);
  ADD ("federation-too-large-chunked", FEDERATION_HUGE_CHUNKED, test_refresh_fails);
  ADD ("cancel", ORGANIZATION_HELD, test_refresh_fails);
  ADD ("all-members-missing", ALL_ORGANIZATIONS_404, test_refresh_fails);
  ADD ("members-refused", MEMBERS_REFUSED, test_refresh_fails);
  ADD ("redirect-through-refused-host", REDIRECT_THROUGH, test_refresh_fails);
  ADD ("partial", ORGANIZATION_404, test_refresh_partial);
  ADD ("deadline", ORGANIZATION_SLOW, test_refresh_fails);
  ADD ("loopback-http-refused-by-default", LOOPBACK_DEFAULT, test_refresh_fails);
#undef ADD
  g_test_add_func ("/chatonsinfos/refresh/refused", test_refresh_refused);

  return g_test_run ();
}
