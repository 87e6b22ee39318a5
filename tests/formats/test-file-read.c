/* test-file-read.c — files Relais did not write: FIFOs, devices, growing
 * files, JSON nested deep enough to overflow a recursive parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "relais-file-read.h"
#include "relais-json-read.h"

#define DEADLINE_US (10 * G_USEC_PER_SEC)

typedef struct
{
  char          *path;
  GError        *error;
  GBytes        *bytes;
  gint           done;
} Reading;

static gpointer
read_thread (gpointer data)
{
  Reading *reading = data;

  reading->bytes = relais_file_read_path (reading->path, 1024 * 1024, NULL, NULL, &reading->error);
  g_atomic_int_set (&reading->done, 1);
  return NULL;
}

/* Reads in a thread and waits for it with a deadline: a reader that hangs
 * fails the test instead of hanging it. */
static void
read_with_deadline (Reading *reading)
{
  gint64 deadline = g_get_monotonic_time () + DEADLINE_US;
  GThread *thread = g_thread_new ("read", read_thread, reading);

  while (!g_atomic_int_get (&reading->done))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("reading %s did not return within the deadline", reading->path);
      g_usleep (1000);
    }
  g_thread_join (thread);
}

static void
test_fifo_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("relais-read-XXXXXX", &error);
  Reading reading = { NULL };

  g_assert_no_error (error);
  reading.path = g_build_filename (dir, "profile.json", NULL);
  g_assert_cmpint (mkfifo (reading.path, 0600), ==, 0);

  read_with_deadline (&reading);
  g_assert_null (reading.bytes);
  g_assert_error (reading.error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);

  g_clear_error (&reading.error);
  g_unlink (reading.path);
  g_rmdir (dir);
  g_free (reading.path);
}

static void
test_device_refused (void)
{
  Reading reading = { NULL };

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero here");
      return;
    }
  reading.path = g_strdup ("/dev/zero");
  read_with_deadline (&reading);
  g_assert_null (reading.bytes);
  g_assert_error (reading.error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&reading.error);
  g_free (reading.path);
}

static void
test_size_limit_and_version (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("relais-read-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "data.json", NULL);
  g_autoptr(GBytes) bytes = NULL;
  RelaisFileVersion first, second;

  g_file_set_contents (path, "0123456789", 10, &error);
  g_assert_no_error (error);

  g_assert_null (relais_file_read_path (path, 9, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_clear_error (&error);

  bytes = relais_file_read_path (path, 10, &first, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "0123456789", 10);
  g_assert_cmpint (first.size, ==, 10);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* Same length, other bytes: a change. */
  g_file_set_contents (path, "0123456780", 10, &error);
  g_assert_no_error (error);
  bytes = relais_file_read_path (path, 10, &second, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (relais_file_version_equal (&first, &second));
  g_clear_pointer (&bytes, g_bytes_unref);

  g_file_set_contents (path, "0123456789", 10, &error);
  bytes = relais_file_read_path (path, 10, &second, NULL, &error);
  g_assert_true (relais_file_version_equal (&first, &second));

  g_unlink (path);
  g_rmdir (dir);
}

static char *
nested (char  open,
        gsize depth)
{
  char *text = g_malloc (depth + 1);

  memset (text, open, depth);
  text[depth] = '\0';
  return text;
}

static void
test_json_too_deep (void)
{
  /* The input that crashed json-glib 1.6: 200 KB of "[". */
  g_autofree char *deep = nested ('[', 200 * 1024);
  g_autofree char *objects = g_strdup_printf ("{\"a\":%s", "");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) limit = g_string_new (NULL);
  g_autoptr(GString) objects_deep = g_string_new (NULL);

  g_assert_false (relais_json_parser_load (parser, deep, -1, &error));
  g_assert_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA);
  g_clear_error (&error);

  for (guint i = 0; i < 70000; i++)
    g_string_append (objects_deep, objects);
  g_assert_false (relais_json_check_depth (objects_deep->str, (gssize) objects_deep->len, RELAIS_JSON_MAX_DEPTH, &error));
  g_assert_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA);
  g_clear_error (&error);

  /* Exactly at the limit is read; one more level is not. */
  for (guint i = 0; i < RELAIS_JSON_MAX_DEPTH; i++)
    g_string_append_c (limit, '[');
  for (guint i = 0; i < RELAIS_JSON_MAX_DEPTH; i++)
    g_string_append_c (limit, ']');
  g_assert_true (relais_json_parser_load (parser, limit->str, -1, &error));
  g_assert_no_error (error);
  g_string_prepend_c (limit, '[');
  g_string_append_c (limit, ']');
  g_assert_false (relais_json_check_depth (limit->str, -1, RELAIS_JSON_MAX_DEPTH, NULL));
}

static void
test_json_brackets_in_strings (void)
{
  g_autofree char *brackets = nested ('[', 1000);
  g_autofree char *text = g_strdup_printf ("{\"note\": \"%s \\\" %s\", \"list\": [[1], {\"a\": \"]]]\"}]}", brackets, brackets);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  /* Brackets inside strings, and an escaped quote, are not nesting. */
  g_assert_true (relais_json_parser_load (parser, text, -1, &error));
  g_assert_no_error (error);
  g_assert_true (relais_json_check_depth ("", 0, 1, NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-read/fifo-refused", test_fifo_refused);
  g_test_add_func ("/file-read/device-refused", test_device_refused);
  g_test_add_func ("/file-read/size-limit-and-version", test_size_limit_and_version);
  g_test_add_func ("/json/too-deep", test_json_too_deep);
  g_test_add_func ("/json/brackets-in-strings", test_json_brackets_in_strings);

  return g_test_run ();
}
