/* relais-zip.c — a small ZIP writer (APPNOTE 6.3): local headers, contents,
 * central directory, end record; no ZIP64, no encryption, no extra fields
 *
 * libgsf would do this, but it is not in the GNOME Flatpak runtime, and an
 * OpenDocument package needs little: a few entries, written once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-zip"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relais-zip.h"

#define LOCAL_HEADER_SIZE   30
#define CENTRAL_HEADER_SIZE 46
#define END_RECORD_SIZE     22
#define MAX_ENTRIES         G_MAXUINT16

#define METHOD_STORED   0
#define METHOD_DEFLATED 8
#define FLAG_UTF8_NAME  (1 << 11)
/* Made by Unix, spec 2.0: so that unzip gives files rw-r--r--. */
#define VERSION_MADE_BY ((3 << 8) | 20)
#define VERSION_NEEDED  20
#define UNIX_FILE_MODE  0100644u

struct _RelaisZip
{
  GByteArray *data;     /* local headers and contents, in order */
  GByteArray *central;  /* the central directory, built as entries come */
  GHashTable *names;    /* to refuse an entry added twice */
  guint16     dos_time;
  guint16     dos_date;
  guint       count;
};

G_DEFINE_QUARK (relais-zip-error-quark, relais_zip_error)

static void
put16 (GByteArray *array,
       guint16     value)
{
  guint8 bytes[2] = { value & 0xff, value >> 8 };

  g_byte_array_append (array, bytes, sizeof bytes);
}

static void
put32 (GByteArray *array,
       guint32     value)
{
  guint8 bytes[4] = { value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >> 24 };

  g_byte_array_append (array, bytes, sizeof bytes);
}

/* DOS dates count from 1980 and stop at 2107, in two-second steps. */
static void
dos_date_time (GDateTime *mtime,
               guint16   *dos_date,
               guint16   *dos_time)
{
  int year = g_date_time_get_year (mtime);

  if (year < 1980)
    {
      *dos_date = (1 << 5) | 1;
      *dos_time = 0;
    }
  else if (year > 2107)
    {
      *dos_date = (127 << 9) | (12 << 5) | 31;
      *dos_time = (23 << 11) | (59 << 5) | 29;
    }
  else
    {
      *dos_date = ((year - 1980) << 9)
                  | (g_date_time_get_month (mtime) << 5)
                  | g_date_time_get_day_of_month (mtime);
      *dos_time = (g_date_time_get_hour (mtime) << 11)
                  | (g_date_time_get_minute (mtime) << 5)
                  | (g_date_time_get_second (mtime) / 2);
    }
}

static gboolean
check_name (RelaisZip   *zip,
            const char  *name,
            GError     **error)
{
  const char *problem = NULL;

  if (name[0] == '\0')
    problem = _("an entry has no name");
  else if (!g_utf8_validate (name, -1, NULL))
    problem = _("an entry’s name is not UTF-8");
  else if (name[0] == '/' || strchr (name, '\\') != NULL)
    problem = _("an entry’s name must be a relative path with “/” between folders");
  else if (strlen (name) > G_MAXUINT16)
    problem = _("an entry’s name is too long");
  else if (g_hash_table_contains (zip->names, name))
    problem = _("two entries have the same name");

  if (problem == NULL)
    return TRUE;

  g_set_error (error, RELAIS_ZIP_ERROR, RELAIS_ZIP_ERROR_INVALID_NAME,
               _("The archive cannot be made: %s (“%s”)."), problem, name);
  return FALSE;
}

/* Raw deflate (no zlib header), as ZIP wants it. Returns NULL without an
 * error when the result would not be smaller than @length: stored then. */
static GBytes *
deflate_bytes (const guint8  *in,
               gsize          length,
               GError       **error)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW, -1);
  g_autoptr(GByteArray) out = g_byte_array_new ();
  const gsize chunk = 64 * 1024;
  gsize in_pos = 0, used = 0;

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      gsize bytes_read = 0, bytes_written = 0;
      GConverterResult result;

      g_byte_array_set_size (out, used + chunk);
      result = g_converter_convert (G_CONVERTER (compressor),
                                    in + in_pos, length - in_pos,
                                    out->data + used, chunk,
                                    G_CONVERTER_INPUT_AT_END,
                                    &bytes_read, &bytes_written, &local_error);
      if (result == G_CONVERTER_ERROR)
        {
          g_set_error (error, RELAIS_ZIP_ERROR, RELAIS_ZIP_ERROR_FAILED,
                       _("The archive cannot be made: compression failed (%s)."),
                       local_error->message);
          return NULL;
        }

      in_pos += bytes_read;
      used += bytes_written;
      if (used >= length)
        return NULL;
      if (result == G_CONVERTER_FINISHED)
        break;
    }

  g_byte_array_set_size (out, used);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/**
 * relais_zip_crc32:
 *
 * Table-driven, reflected, polynomial 0xEDB88320: "123456789" gives
 * 0xCBF43926. Pass the previous result as @crc to go on with more data.
 */
guint32
relais_zip_crc32 (guint32       crc,
                  const guint8 *data,
                  gsize         length)
{
  static guint32 table[256];
  static gsize table_ready = 0;

  g_return_val_if_fail (data != NULL || length == 0, 0);

  if (g_once_init_enter (&table_ready))
    {
      for (guint32 n = 0; n < 256; n++)
        {
          guint32 c = n;

          for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
          table[n] = c;
        }
      g_once_init_leave (&table_ready, 1);
    }

  crc = ~crc;
  for (gsize i = 0; i < length; i++)
    crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);

  return ~crc;
}

RelaisZip *
relais_zip_new (GDateTime *mtime)
{
  RelaisZip *zip = g_new0 (RelaisZip, 1);
  g_autoptr(GDateTime) now = NULL;

  if (mtime == NULL)
    {
      now = g_date_time_new_now_local ();
      mtime = now;
    }

  zip->data = g_byte_array_new ();
  zip->central = g_byte_array_new ();
  zip->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  dos_date_time (mtime, &zip->dos_date, &zip->dos_time);

  return zip;
}

void
relais_zip_free (RelaisZip *zip)
{
  if (zip == NULL)
    return;

  g_clear_pointer (&zip->data, g_byte_array_unref);
  g_clear_pointer (&zip->central, g_byte_array_unref);
  g_clear_pointer (&zip->names, g_hash_table_unref);
  g_free (zip);
}

/**
 * relais_zip_add:
 *
 * Sizes are checked before the data is read, so that an entry past 4 GiB is
 * refused at once; so is one that would take the archive itself past 4 GiB,
 * since without ZIP64 every offset is 32 bits.
 */
gboolean
relais_zip_add (RelaisZip   *zip,
                const char  *name,
                GBytes      *data,
                gboolean     compress,
                GError     **error)
{
  g_autoptr(GBytes) deflated = NULL;
  const guint8 *contents;
  gsize size, stored_size, name_length;
  guint64 archive_size;
  guint16 flags = 0, method = METHOD_STORED;
  guint32 crc, offset;

  g_return_val_if_fail (zip != NULL, FALSE);
  g_return_val_if_fail (zip->data != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_name (zip, name, error))
    return FALSE;

  size = g_bytes_get_size (data);
  if (size > G_MAXUINT32)
    {
      g_set_error (error, RELAIS_ZIP_ERROR, RELAIS_ZIP_ERROR_TOO_LARGE,
                   _("The archive cannot be made: “%s” is larger than 4 GiB."), name);
      return FALSE;
    }
  if (zip->count >= MAX_ENTRIES)
    {
      g_set_error (error, RELAIS_ZIP_ERROR, RELAIS_ZIP_ERROR_TOO_LARGE,
                   _("The archive cannot be made: it would have more than %u entries."),
                   (guint) MAX_ENTRIES);
      return FALSE;
    }

  contents = size > 0 ? g_bytes_get_data (data, NULL) : (const guint8 *) "";
  if (compress && size > 0)
    {
      g_autoptr(GError) local_error = NULL;

      deflated = deflate_bytes (contents, size, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (deflated != NULL)
        method = METHOD_DEFLATED;
    }
  stored_size = deflated != NULL ? g_bytes_get_size (deflated) : size;

  name_length = strlen (name);
  archive_size = (guint64) zip->data->len + LOCAL_HEADER_SIZE + name_length + stored_size
                 + zip->central->len + CENTRAL_HEADER_SIZE + name_length + END_RECORD_SIZE;
  if (archive_size > G_MAXUINT32)
    {
      g_set_error (error, RELAIS_ZIP_ERROR, RELAIS_ZIP_ERROR_TOO_LARGE,
                   _("The archive cannot be made: with “%s” it would be larger than 4 GiB."), name);
      return FALSE;
    }

  for (const char *p = name; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      flags |= FLAG_UTF8_NAME;

  crc = relais_zip_crc32 (0, contents, size);
  offset = zip->data->len;

  put32 (zip->data, 0x04034b50);
  put16 (zip->data, VERSION_NEEDED);
  put16 (zip->data, flags);
  put16 (zip->data, method);
  put16 (zip->data, zip->dos_time);
  put16 (zip->data, zip->dos_date);
  put32 (zip->data, crc);
  put32 (zip->data, stored_size);
  put32 (zip->data, size);
  put16 (zip->data, name_length);
  put16 (zip->data, 0);  /* extra field */
  g_byte_array_append (zip->data, (const guint8 *) name, name_length);
  if (deflated != NULL)
    g_byte_array_append (zip->data, g_bytes_get_data (deflated, NULL), stored_size);
  else
    g_byte_array_append (zip->data, contents, size);

  put32 (zip->central, 0x02014b50);
  put16 (zip->central, VERSION_MADE_BY);
  put16 (zip->central, VERSION_NEEDED);
  put16 (zip->central, flags);
  put16 (zip->central, method);
  put16 (zip->central, zip->dos_time);
  put16 (zip->central, zip->dos_date);
  put32 (zip->central, crc);
  put32 (zip->central, stored_size);
  put32 (zip->central, size);
  put16 (zip->central, name_length);
  put16 (zip->central, 0);  /* extra field */
  put16 (zip->central, 0);  /* comment */
  put16 (zip->central, 0);  /* disk */
  put16 (zip->central, 0);  /* internal attributes */
  put32 (zip->central, UNIX_FILE_MODE << 16);
  put32 (zip->central, offset);
  g_byte_array_append (zip->central, (const guint8 *) name, name_length);

  g_hash_table_add (zip->names, g_strdup (name));
  zip->count++;

  return TRUE;
}

/**
 * relais_zip_finish:
 *
 * Cannot fail: relais_zip_add() refused whatever would not fit.
 */
GBytes *
relais_zip_finish (RelaisZip *zip)
{
  GByteArray *data;
  guint32 central_offset;

  g_return_val_if_fail (zip != NULL, NULL);
  g_return_val_if_fail (zip->data != NULL, NULL);

  data = g_steal_pointer (&zip->data);
  central_offset = data->len;
  g_byte_array_append (data, zip->central->data, zip->central->len);

  put32 (data, 0x06054b50);
  put16 (data, 0);  /* this disk */
  put16 (data, 0);  /* the disk where the central directory starts */
  put16 (data, zip->count);
  put16 (data, zip->count);
  put32 (data, zip->central->len);
  put32 (data, central_offset);
  put16 (data, 0);  /* comment */

  return g_byte_array_free_to_bytes (data);
}
