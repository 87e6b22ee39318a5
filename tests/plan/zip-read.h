/* zip-read.h — a ZIP reader for the tests, written from the specification
 * apart from relais-zip.c, that checks every header as it reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char    *name;
  guint16  method;
  guint16  flags;
  guint16  dos_time;
  guint16  dos_date;
  guint32  offset;     /* of its local header */
  GBytes  *data;       /* uncompressed, its CRC checked */
} TestZipEntry;

/* TestZipEntry in the central directory's order; fails the test on any
 * inconsistency (signatures, sizes, CRC, local and central headers). */
GPtrArray    *test_zip_read  (GBytes     *archive);
TestZipEntry *test_zip_find  (GPtrArray  *entries,
                              const char *name);

void          test_remove_tree (const char         *path);
gboolean      test_run         (const char * const *argv);

G_END_DECLS
