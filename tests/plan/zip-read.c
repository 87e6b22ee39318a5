/* zip-read.c — a ZIP reader for the tests (see zip-read.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "relais-zip.h"
#include "zip-read.h"

static guint16
get16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
get32 (const guint8 *p)
{
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((guint32) p[3] << 24);
}

static void
entry_free (gpointer data)
{
  TestZipEntry *entry = data;

  g_free (entry->name);
  g_bytes_unref (entry->data);
  g_free (entry);
}

static GBytes *
inflate (const guint8 *data,
         gsize         size)
{
  g_autoptr(GZlibDecompressor) decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW);
  g_autoptr(GInputStream) raw = g_memory_input_stream_new_from_data (data, size, NULL);
  g_autoptr(GInputStream) in = g_converter_input_stream_new (raw, G_CONVERTER (decompressor));
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                          NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

GPtrArray *
test_zip_read (GBytes *archive)
{
  gsize size;
  const guint8 *zip = g_bytes_get_data (archive, &size);
  GPtrArray *entries = g_ptr_array_new_with_free_func (entry_free);
  const guint8 *end, *central;
  guint count;

  /* We write no archive comment: the end record is the last 22 bytes. */
  g_assert_cmpuint (size, >=, 22);
  end = zip + size - 22;
  g_assert_cmphex (get32 (end), ==, 0x06054b50);
  g_assert_cmpuint (get16 (end + 4), ==, 0);
  g_assert_cmpuint (get16 (end + 6), ==, 0);
  count = get16 (end + 8);
  g_assert_cmpuint (get16 (end + 10), ==, count);
  g_assert_cmpuint (get32 (end + 16) + get32 (end + 12), ==, size - 22);
  g_assert_cmpuint (get16 (end + 20), ==, 0);

  central = zip + get32 (end + 16);
  for (guint i = 0; i < count; i++)
    {
      TestZipEntry *entry = g_new0 (TestZipEntry, 1);
      guint32 crc, compressed, uncompressed;
      guint16 name_length;
      const guint8 *local, *contents;

      g_assert_cmpuint (central + 46 - zip, <=, size - 22);
      g_assert_cmphex (get32 (central), ==, 0x02014b50);
      entry->flags = get16 (central + 8);
      entry->method = get16 (central + 10);
      entry->dos_time = get16 (central + 12);
      entry->dos_date = get16 (central + 14);
      crc = get32 (central + 16);
      compressed = get32 (central + 20);
      uncompressed = get32 (central + 24);
      name_length = get16 (central + 28);
      g_assert_cmpuint (get16 (central + 30), ==, 0);  /* extra */
      g_assert_cmpuint (get16 (central + 32), ==, 0);  /* comment */
      entry->offset = get32 (central + 42);
      entry->name = g_strndup ((const char *) central + 46, name_length);
      g_assert_cmpuint (strlen (entry->name), ==, name_length);
      central += 46 + name_length;

      /* The local header says the same. */
      local = zip + entry->offset;
      g_assert_cmpuint (entry->offset + 30 + name_length + compressed, <=, size);
      g_assert_cmphex (get32 (local), ==, 0x04034b50);
      g_assert_cmpuint (get16 (local + 6), ==, entry->flags);
      g_assert_cmpuint (get16 (local + 8), ==, entry->method);
      g_assert_cmpuint (get16 (local + 10), ==, entry->dos_time);
      g_assert_cmpuint (get16 (local + 12), ==, entry->dos_date);
      g_assert_cmphex (get32 (local + 14), ==, crc);
      g_assert_cmpuint (get32 (local + 18), ==, compressed);
      g_assert_cmpuint (get32 (local + 22), ==, uncompressed);
      g_assert_cmpuint (get16 (local + 26), ==, name_length);
      g_assert_cmpuint (get16 (local + 28), ==, 0);
      g_assert_cmpmem (local + 30, name_length, entry->name, name_length);
      contents = local + 30 + name_length;

      if (entry->method == 0)
        {
          g_assert_cmpuint (compressed, ==, uncompressed);
          entry->data = g_bytes_new (contents, compressed);
        }
      else
        {
          g_assert_cmpuint (entry->method, ==, 8);
          entry->data = inflate (contents, compressed);
        }
      g_assert_cmpuint (g_bytes_get_size (entry->data), ==, uncompressed);
      g_assert_cmphex (relais_zip_crc32 (0, g_bytes_get_data (entry->data, NULL), uncompressed), ==, crc);

      g_ptr_array_add (entries, entry);
    }
  g_assert_true (central == end);

  return entries;
}

TestZipEntry *
test_zip_find (GPtrArray  *entries,
               const char *name)
{
  for (guint i = 0; i < entries->len; i++)
    {
      TestZipEntry *entry = g_ptr_array_index (entries, i);

      if (g_str_equal (entry->name, name))
        return entry;
    }

  return NULL;
}

void
test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        test_remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

/* Runs @argv; TRUE if it exited 0, its output in the test's log either way. */
gboolean
test_run (const char * const *argv)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &status, &error))
    {
      g_test_message ("%s: %s", argv[0], error->message);
      return FALSE;
    }
  g_test_message ("%s: %s%s", argv[0], out, err);

  return g_spawn_check_wait_status (status, NULL);
}
