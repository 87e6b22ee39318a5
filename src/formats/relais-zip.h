/* relais-zip.h — a small ZIP writer: entries in order, stored or deflated,
 * the whole archive built in memory (the plan's OpenDocument package)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RELAIS_ZIP_ERROR (relais_zip_error_quark ())

typedef enum
{
  RELAIS_ZIP_ERROR_TOO_LARGE,     /* an entry, or the archive, past 4 GiB; more than 65,535 entries */
  RELAIS_ZIP_ERROR_INVALID_NAME,  /* empty, not UTF-8, absolute, too long, or already in the archive */
  RELAIS_ZIP_ERROR_FAILED,        /* compression failed */
} RelaisZipError;

typedef struct _RelaisZip RelaisZip;

GQuark     relais_zip_error_quark (void);

/* Every entry carries @mtime (nullable: now, local time) as its DOS date:
 * pass a fixed one for output that is the same byte for byte. */
RelaisZip *relais_zip_new         (GDateTime     *mtime);
void       relais_zip_free        (RelaisZip     *zip);

/* Adds @name (UTF-8, '/' between folders) after the entries already added.
 * With @compress, the entry is deflated unless that would make it larger. */
gboolean   relais_zip_add         (RelaisZip     *zip,
                                   const char    *name,
                                   GBytes        *data,
                                   gboolean       compress,
                                   GError       **error);

/* The archive: its entries, the central directory and the end record.
 * The zip takes no more entries afterwards. */
GBytes    *relais_zip_finish      (RelaisZip     *zip);

/* CRC-32 (ISO 3309, as ZIP and PNG use it), to continue from @crc (0 first). */
guint32    relais_zip_crc32       (guint32        crc,
                                   const guint8  *data,
                                   gsize          length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisZip, relais_zip_free)

G_END_DECLS
