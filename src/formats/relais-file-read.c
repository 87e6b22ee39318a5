/* relais-file-read.c — reading a file Relais did not write, without hanging or
 * swelling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-file-read"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "relais-file-read.h"

#define CHUNK_SIZE 65536

static gboolean
check_stat (const char   *name,
            struct stat  *st,
            gsize         max_size,
            GError      **error)
{
  if (!S_ISREG (st->st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("“%s” is not an ordinary file: Relais does not read it."), name);
      return FALSE;
    }
  if ((guint64) st->st_size > max_size)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("“%s” is too large for Relais to read."), name);
      return FALSE;
    }
  return TRUE;
}

static void
fill_version (RelaisFileVersion *version,
              struct stat       *st,
              GBytes            *bytes)
{
  g_autofree char *checksum = NULL;

  if (version == NULL)
    return;

  version->size = (goffset) g_bytes_get_size (bytes);
  version->mtime_ns = (gint64) st->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st->st_mtim.tv_nsec;
  version->inode = (guint64) st->st_ino;
  checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  g_strlcpy (version->sha256, checksum, sizeof version->sha256);
}

/**
 * relais_file_read_path:
 * @max_size: the largest file the caller accepts, in bytes
 * @version: (out caller-allocates) (optional): what the file was when read
 *
 * Reads a whole file, refusing what is not a regular file (a FIFO, a device
 * such as /dev/zero: reading either would hang or never end) and stopping at
 * @max_size, even when the file grows while it is read. The descriptor is
 * opened without blocking, so opening a FIFO with no writer returns at once,
 * and checked with fstat(), so the file checked is the file read.
 *
 * Returns: (transfer full) (nullable): the contents, or %NULL with @error set
 */
GBytes *
relais_file_read_path (const char         *path,
                       gsize               max_size,
                       RelaisFileVersion  *version,
                       GCancellable       *cancellable,
                       GError            **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GByteArray) data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_path_get_basename (path);
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", name, g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &st) != 0 || !check_stat (name, &st, max_size, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", name, g_strerror (errno));
      close (fd);
      return NULL;
    }

  data = g_byte_array_sized_new ((guint) st.st_size + 1);
  for (;;)
    {
      guint8 chunk[CHUNK_SIZE];
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          close (fd);
          return NULL;
        }

      n = read (fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "%s: %s", name, g_strerror (saved_errno));
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      /* The file grew since fstat(): still bounded. */
      if (data->len + (gsize) n > max_size)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                       _("“%s” is too large for Relais to read."), name);
          close (fd);
          return NULL;
        }
      g_byte_array_append (data, chunk, (guint) n);
    }
  close (fd);

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&data));
  fill_version (version, &st, bytes);
  return g_steal_pointer (&bytes);
}

/* A file without a local path (a resource, a remote location): the same
 * checks through GIO, the type and size first, then at most @max_size bytes. */
static GBytes *
read_stream (GFile         *file,
             gsize          max_size,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_basename (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("“%s” is not an ordinary file: Relais does not read it."), name);
      return NULL;
    }
  if (g_file_info_get_size (info) < 0 || (guint64) g_file_info_get_size (info) > max_size)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("“%s” is too large for Relais to read."), name);
      return NULL;
    }

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  bytes = g_input_stream_read_bytes (G_INPUT_STREAM (stream), max_size + 1, cancellable, error);
  if (bytes == NULL)
    return NULL;
  if (g_bytes_get_size (bytes) > max_size)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("“%s” is too large for Relais to read."), name);
      return NULL;
    }
  return g_steal_pointer (&bytes);
}

/**
 * relais_file_read:
 * @version: (out caller-allocates) (optional): what the file was when read
 *   (left zeroed for a file without a local path)
 *
 * relais_file_read_path() for a #GFile.
 *
 * Returns: (transfer full) (nullable): the contents, or %NULL with @error set
 */
GBytes *
relais_file_read (GFile              *file,
                  gsize               max_size,
                  RelaisFileVersion  *version,
                  GCancellable       *cancellable,
                  GError            **error)
{
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (version != NULL)
    memset (version, 0, sizeof *version);

  path = g_file_peek_path (file);
  if (path != NULL)
    return relais_file_read_path (path, max_size, version, cancellable, error);

  return read_stream (file, max_size, cancellable, error);
}

/**
 * relais_file_version_equal:
 *
 * Whether two readings saw the same contents. The checksum decides: a sync
 * client may rewrite the same bytes with a new time, which is no change.
 */
gboolean
relais_file_version_equal (const RelaisFileVersion *a,
                           const RelaisFileVersion *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->size == b->size && strcmp (a->sha256, b->sha256) == 0;
}
