/* relais-data.c — the data shipped with Relais, compiled into the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-data"

#include "config.h"

#include "relais-data.h"
#include "relais-data-resources.h"

/**
 * relais_data_lookup:
 * @path: a resource path, such as "/fr/artifaille/Relais/catalog/categories.json"
 *
 * The catalogue and the directory are compiled into the model, so that what
 * links the model alone (the command line, the tests) reads them as the
 * application does. They are registered here, on first use, rather than by a
 * constructor, which a static library drops when nothing else refers to it.
 *
 * Returns: (transfer full) (nullable): the file's bytes, or %NULL with @error set
 */
GBytes *
relais_data_lookup (const char  *path,
                    GError     **error)
{
  static gsize registered;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_once_init_enter (&registered))
    {
      relais_data_register_resource ();
      g_once_init_leave (&registered, 1);
    }

  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}
