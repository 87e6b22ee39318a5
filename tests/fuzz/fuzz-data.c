/* fuzz-data.c — the catalogue's and the directory's readers against
 * arbitrary bytes
 *
 * The shipped data is read from the build, but a packager, a fork or a
 * damaged installation can put anything there: each part of the catalogue
 * (categories, proprietary tools, alternatives) and of the directory
 * (contacts, hosters, inclusion services, funding) is given the bytes in
 * turn, the other parts being the shipped ones. Reading must never crash,
 * leak or loop, and a refusal always says why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "relais-catalog.h"
#include "relais-data.h"
#include "relais-directory.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static const char * const catalog_parts[] = { "categories", "proprietary", "alternatives" };
static const char * const directory_parts[] = { "contacts", "hosters", "inclusion-tools", "funding" };

static GBytes *
shipped (const char *folder,
         const char *part)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PATH "/%s/%s.json", folder, part);
  GBytes *bytes = relais_data_lookup (path, NULL);

  /* The shipped data is part of the build: without it, nothing is tested. */
  if (bytes == NULL)
    abort ();
  return bytes;
}

static void
check_refusal (gpointer  object,
               GError   *error)
{
  if (object == NULL && (error == NULL || error->message[0] == '\0'))
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  for (guint i = 0; i < G_N_ELEMENTS (catalog_parts); i++)
    {
      GBytes *parts[G_N_ELEMENTS (catalog_parts)];
      g_autoptr(RelaisCatalog) catalog = NULL;
      g_autoptr(GError) error = NULL;

      for (guint j = 0; j < G_N_ELEMENTS (catalog_parts); j++)
        parts[j] = j == i ? g_bytes_ref (bytes) : shipped ("catalog", catalog_parts[j]);
      catalog = relais_catalog_new_from_data (parts[0], parts[1], parts[2], &error);
      check_refusal (catalog, error);
      for (guint j = 0; j < G_N_ELEMENTS (catalog_parts); j++)
        g_bytes_unref (parts[j]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (directory_parts); i++)
    {
      GBytes *parts[G_N_ELEMENTS (directory_parts)];
      g_autoptr(RelaisDirectory) directory = NULL;
      g_autoptr(GError) error = NULL;

      for (guint j = 0; j < G_N_ELEMENTS (directory_parts); j++)
        parts[j] = j == i ? g_bytes_ref (bytes) : shipped ("directory", directory_parts[j]);
      directory = relais_directory_new_from_data (parts[0], parts[1], parts[2], parts[3], &error);
      check_refusal (directory, error);
      for (guint j = 0; j < G_N_ELEMENTS (directory_parts); j++)
        g_bytes_unref (parts[j]);
    }

  return 0;
}
