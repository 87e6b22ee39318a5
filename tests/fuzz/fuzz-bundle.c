/* fuzz-bundle.c — the bundle reader against arbitrary bytes
 *
 * A bundle comes from a USB stick passed around a workshop: reading it must
 * never crash, leak or loop, a refusal always says why, and what it accepts
 * writes back into a bundle it reads again into the same profiles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "relais-profile-bundle.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;

  profiles = relais_profile_bundle_read_bytes (bytes, "fuzz.relais-bundle", NULL, &error);
  if (profiles == NULL)
    {
      if (error == NULL || error->message == NULL || error->message[0] == '\0')
        abort ();
      return 0;
    }

  written = relais_profile_bundle_to_bytes (profiles, NULL);
  if (written == NULL)
    abort ();
  again = relais_profile_bundle_read_bytes (written, "again.relais-bundle", NULL, NULL);
  if (again == NULL || again->len != profiles->len)
    abort ();
  for (guint i = 0; i < again->len; i++)
    {
      g_autofree char *first = relais_profile_to_data (profiles->pdata[i], NULL);
      g_autofree char *second = relais_profile_to_data (again->pdata[i], NULL);

      if (g_strcmp0 (first, second) != 0)
        abort ();
    }

  return 0;
}
