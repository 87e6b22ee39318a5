/* relais-file-read.h — reading a file Relais did not write, without hanging or
 * swelling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The largest data file Relais reads (the catalogue's parts, the directory,
 * places.json, hosters.json): well above the largest it ships. */
#define RELAIS_FILE_DATA_MAX_SIZE (64 * 1024 * 1024)

/* What a file was when it was read: enough to tell, before writing over it,
 * whether someone else changed it since (a sync client, another machine). */
typedef struct
{
  goffset size;
  gint64  mtime_ns;
  guint64 inode;
  char    sha256[65];
} RelaisFileVersion;

GBytes   *relais_file_read          (GFile                   *file,
                                     gsize                    max_size,
                                     RelaisFileVersion       *version,
                                     GCancellable            *cancellable,
                                     GError                 **error);
GBytes   *relais_file_read_path     (const char              *path,
                                     gsize                    max_size,
                                     RelaisFileVersion       *version,
                                     GCancellable            *cancellable,
                                     GError                 **error);
gboolean  relais_file_version_equal (const RelaisFileVersion *a,
                                     const RelaisFileVersion *b);

G_END_DECLS
