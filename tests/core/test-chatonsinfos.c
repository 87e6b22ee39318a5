/* test-chatonsinfos.c — the .properties reader, the hosters built from
 * ChatonsInfos files, and the refresh against a server on this computer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <json-glib/json-glib.h>

#include "chatonsinfos-check.h"
#include "relais-chatonsinfos.h"
#include "relais-properties.h"

/* --- The reader ------------------------------------------------------------ */

static void
test_properties_parse (void)
{
  static const char text[] =
    "\xEF\xBB\xBF# a comment\r\n"
    "! another comment\r\n"
    "[Section]\n"
    "\n"
    "  file.class   =   Organization  \n"
    "empty.value =\n"
    "with.equals = a=b\n"
    "escapes = line\\none \\u00e9t\\u00E9 \\uD83D\\uDE00 back\\\\slash\n"
    "continued = first \\\n"
    "      second \\\n"
    "      third\n"
    "# a comment does not continue \\\n"
    "list = one; two ;;three;\n"
    "twice = first\n"
    "twice = second\n"
    "Case.Key = upper\n"
    "last = no newline";
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisProperties) properties = relais_properties_new_from_data (text, strlen (text), &error);
  g_autoptr(GPtrArray) keys = NULL;
  g_auto(GStrv) list = NULL;
  g_auto(GStrv) none = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (properties);
  g_assert_cmpuint (relais_properties_get_size (properties), ==, 9);
  g_assert_cmpstr (relais_properties_get (properties, "file.class"), ==, "Organization");
  g_assert_cmpstr (relais_properties_get (properties, "empty.value"), ==, "");
  g_assert_null (relais_properties_get (properties, "missing"));
  g_assert_cmpstr (relais_properties_get (properties, "with.equals"), ==, "a=b");
  g_assert_cmpstr (relais_properties_get (properties, "escapes"), ==, "line\none été 😀 back\\slash");
  g_assert_cmpstr (relais_properties_get (properties, "continued"), ==, "first second third");
  g_assert_cmpstr (relais_properties_get (properties, "twice"), ==, "second");
  /* Keys are case-sensitive. */
  g_assert_cmpstr (relais_properties_get (properties, "Case.Key"), ==, "upper");
  g_assert_null (relais_properties_get (properties, "case.key"));
  g_assert_cmpstr (relais_properties_get (properties, "last"), ==, "no newline");

  list = relais_properties_get_list (properties, "list");
  g_assert_cmpstrv (list, ((const char * const []) { "one", "two", "three", NULL }));
  none = relais_properties_get_list (properties, "missing");
  g_assert_cmpuint (g_strv_length (none), ==, 0);

  /* In the order of the file; a key given twice keeps its first place. */
  keys = relais_properties_get_keys_with_prefix (properties, "");
  g_assert_cmpuint (keys->len, ==, 9);
  g_assert_cmpstr (g_ptr_array_index (keys, 0), ==, "file.class");
  g_assert_cmpstr (g_ptr_array_index (keys, 7), ==, "Case.Key");
}

static void
test_properties_errors (void)
{
  static const struct
  {
    const char *text;
    int         code;
    const char *start;
  } cases[] = {
    { "a = 1\nno equal sign here\n", RELAIS_PROPERTIES_ERROR_SYNTAX, "line 2:" },
    { "# fine\n\n= value\n", RELAIS_PROPERTIES_ERROR_SYNTAX, "line 3:" },
    { "a = 1\r\nb = 2\r\n[not a section\r\n", RELAIS_PROPERTIES_ERROR_SYNTAX, "line 3:" },
    /* A continued line is reported where it starts. */
    { "a = 1\nb \\\n c\n", RELAIS_PROPERTIES_ERROR_SYNTAX, "line 2:" },
    { "a = caf\xe9\n", RELAIS_PROPERTIES_ERROR_ENCODING, "line 1:" },
    { "a = 1\n\nb = \xc3(\n", RELAIS_PROPERTIES_ERROR_ENCODING, "line 3:" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RelaisProperties) properties = NULL;

      properties = relais_properties_new_from_data (cases[i].text, strlen (cases[i].text), &error);
      g_assert_null (properties);
      g_assert_error (error, RELAIS_PROPERTIES_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, cases[i].start));
    }
}

static void
test_properties_limits (void)
{
  gsize size = RELAIS_PROPERTIES_MAX_SIZE + 1;
  g_autofree char *big = g_malloc (size);
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisProperties) properties = NULL;
  g_autofree char *path = fixture_path ("delta-organization.properties");

  memset (big, '#', size);
  properties = relais_properties_new_from_data (big, size, &error);
  g_assert_null (properties);
  g_assert_error (error, RELAIS_PROPERTIES_ERROR, RELAIS_PROPERTIES_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* A NUL byte is not text. */
  properties = relais_properties_new_from_data ("a = 1\0b = 2", 11, &error);
  g_assert_null (properties);
  g_assert_error (error, RELAIS_PROPERTIES_ERROR, RELAIS_PROPERTIES_ERROR_ENCODING);
  g_clear_error (&error);

  properties = relais_properties_new_from_data ("", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (relais_properties_get_size (properties), ==, 0);
  g_clear_pointer (&properties, relais_properties_free);

  /* The broken fixture: nothing, and the line that is wrong. */
  properties = relais_properties_new_from_file (path, &error);
  g_assert_null (properties);
  g_assert_error (error, RELAIS_PROPERTIES_ERROR, RELAIS_PROPERTIES_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "line 7:"));
}


/* --- Service types --------------------------------------------------------- */

static void
test_service_type (void)
{
  static const struct
  {
    const char *software;
    const char *type;
  } cases[] = {
    { "Nextcloud", "nextcloud" },
    { "Jitsi Meet", "jitsi" },
    { "Etherpad", "etherpad" },
    { "Etherpad Lite", "etherpad" },
    { "Etherpad-Lite", "etherpad" },
    { "Framadate", "framadate" },
    { "PeerTube", "peertube" },
    { "Rocket.Chat", "rocketchat" },
    { "Roundcube Webmail", "roundcube" },
    { "GNU Mailman", "mailman" },
    { "Collabora Online", "collabora" },
    { "Framaforms", "yakforms" },
    { "Wallabag", "wallabag" },
    { "PrivateBin ", "privatebin" },
    { "Gravatar", "gravatar" },   /* not "grav" */
    { "Éthercalc", "ethercalc" },
    { "", "other" },
    { "+++", "other" },
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "catalog", "alternatives.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *alternatives;
  guint n_services = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *type = relais_chatonsinfos_service_type (cases[i].software);

      g_assert_cmpstr (type, ==, cases[i].type);
    }

  /* Every service type of the catalogue is known by its own name. */
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  alternatives = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "alternatives");
  for (guint i = 0; i < json_array_get_length (alternatives); i++)
    {
      JsonObject *alternative = json_array_get_object_element (alternatives, i);
      JsonObject *get = json_object_has_member (alternative, "get")
                        ? json_object_get_object_member (alternative, "get") : NULL;
      const char *service = get != NULL ? json_object_get_string_member_with_default (get, "service", NULL) : NULL;
      g_autofree char *type = NULL;

      if (service == NULL)
        continue;
      type = relais_chatonsinfos_service_type (service);
      g_assert_cmpstr (type, ==, service);
      n_services++;
    }
  g_assert_cmpuint (n_services, >, 20);
}


/* --- The hosters file ------------------------------------------------------ */

static void
test_import_directory (void)
{
  g_autofree char *directory = g_test_build_filename (G_TEST_DIST, "data", "chatonsinfos", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  gsize length = 0;
  guint n_hosters = 0, n_skipped = 0;

  json = relais_chatonsinfos_import_directory (directory, "chatons.properties", TODAY,
                                               &length, &n_hosters, &n_skipped, &error);
  g_assert_no_error (error);
  g_assert_nonnull (json);
  g_assert_cmpuint (n_hosters, ==, 2);
  /* Delta is broken; Gamma left, which is no failure. */
  g_assert_cmpuint (n_skipped, ==, 1);
  check_hosters (json, length, TRUE, "https://");
}

static void
test_import_files (void)
{
  g_autofree char *federation = fixture_path ("chatons.properties");
  const char *names[] = { "beta-organization.properties", "beta-mail.properties", "beta-lecture.properties",
                          "beta-brouillon.properties", "alpha-organization.properties",
                          "alpha-nextcloud.properties", "alpha-visio.properties", "alpha-pad.properties",
                          "alpha-sondage.properties" };
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  gsize length = 0;
  guint n_hosters = 0, n_skipped = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (paths, fixture_path (names[i]));
  g_ptr_array_add (paths, NULL);

  json = relais_chatonsinfos_import_files (federation, (const char * const *) paths->pdata, TODAY,
                                           &length, &n_hosters, &n_skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_hosters, ==, 2);
  /* Gamma and Delta have no file here. */
  g_assert_cmpuint (n_skipped, ==, 2);
  check_hosters (json, length, TRUE, "https://");
}

static void
test_import_bad_federation (void)
{
  g_autofree char *directory = g_dir_make_tmp ("relais-chatonsinfos-XXXXXX", NULL);
  g_autofree char *federation = g_build_filename (directory, "chatons.properties", NULL);
  g_autofree char *organization = fixture_path ("alpha-organization.properties");
  const char *paths[] = { organization, NULL };
  static const struct
  {
    const char *text;
    const char *contains;
  } cases[] = {
    { "file.class = Federation\nsubs.a = https://a.example.org/o.properties\nbroken line\n", "line 3:" },
    { "file.class = Organization\nsubs.a = https://alpha.example.org/.well-known/chatonsinfos/organization.properties\n", "not a list" },
    { "file.class = Federation\nfederation.name = CHATONS\n", "names no member" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *json = NULL;
      guint n_hosters = 99;

      g_assert_true (g_file_set_contents (federation, cases[i].text, -1, NULL));
      json = relais_chatonsinfos_import_files (federation, paths, TODAY, NULL, &n_hosters, NULL, &error);
      g_assert_null (json);
      g_assert_error (error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_FEDERATION);
      g_assert_nonnull (strstr (error->message, cases[i].contains));
      g_assert_cmpuint (n_hosters, ==, 99);
    }

  /* Members named, none readable. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *json = NULL;

    g_assert_true (g_file_set_contents (federation, "subs.a = https://nowhere.example.org/o.properties\n", -1, NULL));
    json = relais_chatonsinfos_import_files (federation, paths, TODAY, NULL, NULL, NULL, &error);
    g_assert_null (json);
    g_assert_error (error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_NO_HOSTER);
  }

  g_assert_cmpint (g_remove (federation), ==, 0);
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

static void
test_write_hosters (void)
{
  g_autofree char *directory = g_dir_make_tmp ("relais-chatonsinfos-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "relais", "directory", "hosters.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (relais_chatonsinfos_write_hosters (path, "{}", 2, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{}");

  g_assert_cmpint (g_remove (path), ==, 0);
  g_clear_pointer (&path, g_free);
  path = g_build_filename (directory, "relais", "directory", NULL);
  g_assert_cmpint (g_rmdir (path), ==, 0);
  g_clear_pointer (&path, g_free);
  path = g_build_filename (directory, "relais", NULL);
  g_assert_cmpint (g_rmdir (path), ==, 0);
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

/* --- Files from other generators, and hostile ones (issue 14) ---------------- */

static void
test_properties_hostile (void)
{
  /* One backslash before a letter of several bytes. */
  static const char text[] = "name = Les \\\xC3\xA9 Jardins\n"
                             "url = 'https://jardins.example.org/'\n"
                             "said = \"quoted\"\n"
                             "odd = 'not matching\"\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisProperties) properties = relais_properties_new_from_data (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (relais_properties_get (properties, "name"), ==, "Les \xC3\xA9 Jardins");
  g_assert_true (g_utf8_validate (relais_properties_get (properties, "name"), -1, NULL));
  g_assert_cmpstr (relais_properties_get (properties, "url"), ==, "https://jardins.example.org/");
  g_assert_cmpstr (relais_properties_get (properties, "said"), ==, "quoted");
  g_assert_cmpstr (relais_properties_get (properties, "odd"), ==, "'not matching\"");
}

static void
write_in (const char *directory,
          const char *name,
          const char *text)
{
  g_autofree char *path = g_build_filename (directory, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
remove_folder (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

/* In the style of chatonsinfos_ynh: "[Section]" headers, addresses inside
 * single quotes, "OK" as a service's level; a backslash before "é". */
static void
test_import_generated_style (void)
{
  g_autofree char *directory = g_dir_make_tmp ("relais-ynh-XXXXXX", NULL);
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *hoster;
  JsonArray *services;
  gsize length = 0;
  guint n_hosters = 0;

  write_in (directory, "chatons.properties",
            "[File]\nfile.class = federation\n[Federation]\nfederation.name = CHATONS\n"
            "[Subs]\nsubs.jardins = 'https://jardins.example.org/.well-known/chatonsinfos/jardins.properties'\n");
  write_in (directory, "jardins.properties",
            "[File]\nfile.class = organization\n"
            "file.url = 'https://jardins.example.org/.well-known/chatonsinfos/jardins.properties'\n"
            "[Organization]\norganization.name = Les \\\xC3\xA9 Jardins\n"
            "organization.website = 'https://jardins.example.org/'\n"
            "[Subs]\nsubs.pad = 'https://jardins.example.org/.well-known/chatonsinfos/pad.properties'\n");
  write_in (directory, "pad.properties",
            "[File]\nfile.class = service\n[Service]\nservice.name = Pad\n"
            "service.website = 'https://pad.jardins.example.org/'\nservice.status.level = OK\n"
            "[Software]\nsoftware.name = Etherpad\n");

  json = relais_chatonsinfos_import_directory (directory, "chatons.properties", TODAY,
                                               &length, &n_hosters, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_hosters, ==, 1);
  g_assert_true (g_utf8_validate (json, (gssize) length, NULL));
  g_assert_true (json_parser_load_from_data (parser, json, (gssize) length, &error));
  hoster = json_array_get_object_element (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "hosters"), 0);
  g_assert_cmpstr (json_object_get_string_member (hoster, "name"), ==, "Les \xC3\xA9 Jardins");
  g_assert_cmpstr (json_object_get_string_member (hoster, "website"), ==, "https://jardins.example.org/");
  services = json_object_get_array_member (hoster, "services");
  g_assert_cmpuint (json_array_get_length (services), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (services, 0), "website"), ==, "https://pad.jardins.example.org/");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (services, 0), "status"), ==, "on");

  remove_folder (directory);
}

/* Organisations that all point at the same services, and a FIFO among the
 * files: the import ends, and each file is counted once. */
static void
test_import_swelling (void)
{
  g_autofree char *directory = g_dir_make_tmp ("relais-swell-XXXXXX", NULL);
  g_autoptr(GString) federation = g_string_new ("file.class = federation\nfederation.name = CHATONS\n");
  g_autoptr(GString) subs = g_string_new (NULL);
  g_autofree char *fifo = g_build_filename (directory, "fifo.properties", NULL);
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  guint n_hosters = 0;
  const guint n = 40, m = 40;

  for (guint j = 0; j < m; j++)
    {
      g_autofree char *name = g_strdup_printf ("s%u.properties", j);
      g_autofree char *text = g_strdup_printf ("file.class = service\nservice.name = Service %u\nsoftware.name = Etherpad\n", j);

      write_in (directory, name, text);
      g_string_append_printf (subs, "subs.s%u = https://x.example.org/s%u.properties\n", j, j);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("o%u.properties", i);
      g_autofree char *text = g_strdup_printf ("file.class = organization\norganization.name = Org %u\n%s", i, subs->str);

      write_in (directory, name, text);
      g_string_append_printf (federation, "subs.o%u = https://x.example.org/o%u.properties\n", i, i);
    }
  write_in (directory, "chatons.properties", federation->str);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  json = relais_chatonsinfos_import_directory (directory, "chatons.properties", TODAY,
                                               &length, &n_hosters, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_hosters, ==, n);
  /* Each service once: M of them, not N × M. */
  g_assert_cmpuint (length, <, 400 * (n + m));
  g_clear_pointer (&json, g_free);

  /* Too many files: refused, not read. */
  for (guint k = 0; k < RELAIS_CHATONSINFOS_MAX_FILES; k++)
    {
      g_autofree char *name = g_strdup_printf ("extra%u.properties", k);

      write_in (directory, name, "file.class = service\n");
    }
  json = relais_chatonsinfos_import_directory (directory, "chatons.properties", TODAY,
                                               &length, NULL, NULL, &error);
  g_assert_null (json);
  g_assert_error (error, RELAIS_CHATONSINFOS_ERROR, RELAIS_CHATONSINFOS_ERROR_TOO_LARGE);

  remove_folder (directory);
}

static void
test_write_hosters_keeps_previous (void)
{
  g_autofree char *directory = g_dir_make_tmp ("relais-write-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "hosters.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (relais_chatonsinfos_write_hosters (path, "{\"first\": 1}", 12, &error));
  g_assert_no_error (error);

  /* Invalid UTF-8 is never written: the good file stays. */
  g_assert_false (relais_chatonsinfos_write_hosters (path, "{\"a\": \"\xC3\"}", 9, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, "{\"first\": 1}");

  g_assert_true (relais_chatonsinfos_write_hosters (path, "{\"second\": 2}", 13, &error));
  g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "{\"first\": 1}");

  remove_folder (directory);
}

/* --- The folder import in a worker ----------------------------------------- */

typedef struct
{
  GAsyncResult *result;
  guint         n_progress;
  guint         last_done;
  guint         last_total;
} AsyncImport;

static void
async_import_progress_cb (guint    done,
                          guint    total,
                          gpointer user_data)
{
  AsyncImport *import = user_data;

  /* Where the caller is, never in the worker. */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  g_assert_cmpuint (done, >, import->last_done);
  g_assert_cmpuint (done, <=, total);
  import->n_progress++;
  import->last_done = done;
  import->last_total = total;
}

static void
async_import_done_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  AsyncImport *import = user_data;

  import->result = g_object_ref (result);
}

static void
async_import_run (AsyncImport  *import,
                  const char   *directory,
                  const char   *output,
                  GCancellable *cancellable)
{
  relais_chatonsinfos_import_directory_async (directory, "chatons.properties", TODAY, output, cancellable,
                                              async_import_progress_cb, async_import_done_cb, import);
  while (import->result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_import_directory_async (void)
{
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "data", "chatonsinfos", NULL);
  g_autofree char *directory = g_dir_make_tmp ("relais-chatonsinfos-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (directory, "hosters.json", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  AsyncImport import = { 0 };
  guint n_hosters = 0, n_skipped = 0;
  gsize length = 0;

  expected = relais_chatonsinfos_import_directory (fixtures, "chatons.properties", TODAY,
                                                   &length, NULL, NULL, &error);
  g_assert_no_error (error);

  async_import_run (&import, fixtures, output, NULL);
  g_assert_true (relais_chatonsinfos_import_directory_finish (import.result, &n_hosters, &n_skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_hosters, ==, 2);
  g_assert_cmpuint (n_skipped, ==, 1);
  g_assert_true (g_file_get_contents (output, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
  /* Every file and every member counted, the last step reported. */
  g_assert_cmpuint (import.n_progress, >, 0);
  g_assert_cmpuint (import.last_done, ==, import.last_total);
  g_clear_object (&import.result);

  remove_folder (directory);
}

static void
test_import_directory_async_cancelled (void)
{
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "data", "chatonsinfos", NULL);
  g_autofree char *directory = g_dir_make_tmp ("relais-chatonsinfos-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (directory, "hosters.json", NULL);
  g_autofree char *fresh = g_build_filename (directory, "fresh.json", NULL);
  g_autofree char *backup = g_strconcat (output, "~", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  AsyncImport import = { 0 };
  guint n_hosters = 99;

  write_in (directory, "hosters.json", "{\"good\": 1}");
  g_cancellable_cancel (cancellable);
  async_import_run (&import, fixtures, output, cancellable);
  g_assert_false (relais_chatonsinfos_import_directory_finish (import.result, &n_hosters, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (n_hosters, ==, 99);
  g_clear_object (&import.result);
  g_clear_error (&error);
  /* The good list as it was, no backup made, and nothing where there was none. */
  g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{\"good\": 1}");
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  memset (&import, 0, sizeof import);
  async_import_run (&import, fixtures, fresh, cancellable);
  g_assert_false (relais_chatonsinfos_import_directory_finish (import.result, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_clear_object (&import.result);

  remove_folder (directory);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/properties/parse", test_properties_parse);
  g_test_add_func ("/properties/errors", test_properties_errors);
  g_test_add_func ("/properties/limits", test_properties_limits);
  g_test_add_func ("/chatonsinfos/service-type", test_service_type);
  g_test_add_func ("/chatonsinfos/import-directory", test_import_directory);
  g_test_add_func ("/chatonsinfos/import-files", test_import_files);
  g_test_add_func ("/chatonsinfos/import-bad-federation", test_import_bad_federation);
  g_test_add_func ("/chatonsinfos/write", test_write_hosters);
  g_test_add_func ("/properties/hostile", test_properties_hostile);
  g_test_add_func ("/chatonsinfos/import-generated-style", test_import_generated_style);
  g_test_add_func ("/chatonsinfos/import-swelling", test_import_swelling);
  g_test_add_func ("/chatonsinfos/write-keeps-previous", test_write_hosters_keeps_previous);
  g_test_add_func ("/chatonsinfos/import-directory-async", test_import_directory_async);
  g_test_add_func ("/chatonsinfos/import-directory-async-cancelled", test_import_directory_async_cancelled);

  return g_test_run ();
}
