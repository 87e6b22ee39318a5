/* fuzz-properties.c — the ChatonsInfos ".properties" reader against arbitrary
 * bytes
 *
 * These files come from the network and from folders anyone fills: reading
 * one must never crash, leak or loop, and every key and value it keeps must
 * be valid UTF-8 (a backslash before a letter of several bytes once cut it,
 * and the hosters file written from it was refused at the next start).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "relais-properties.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaisProperties) properties = relais_properties_new_from_data ((const char *) data, size, &error);
  g_autoptr(GPtrArray) keys = NULL;

  if (properties == NULL)
    {
      /* A refusal always says why. */
      if (error == NULL || error->message[0] == '\0')
        abort ();
      return 0;
    }

  keys = relais_properties_get_keys_with_prefix (properties, "");
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);

      if (!g_utf8_validate (key, -1, NULL) ||
          !g_utf8_validate (relais_properties_get (properties, key), -1, NULL))
        abort ();
    }
  return 0;
}
