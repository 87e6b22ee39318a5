/* fuzz-profile.c — the profile reader against arbitrary bytes
 *
 * A profile may come from anywhere (a USB key, an e-mail, an old version):
 * reading it must never crash, leak or loop, and what it accepts must write
 * back into a document it accepts again, unchanged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "relais-profile.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(RelaisProfile) profile = NULL;
  g_autoptr(RelaisProfile) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;

  if (size > G_MAXSSIZE)
    return 0;

  profile = relais_profile_new_from_data ((const char *) data, (gssize) size, &error);
  if (profile == NULL)
    {
      /* A refusal always says why. */
      if (error == NULL || error->message == NULL || error->message[0] == '\0')
        abort ();
      return 0;
    }

  written = relais_profile_to_data (profile, NULL);
  again = relais_profile_new_from_data (written, -1, NULL);
  if (again == NULL)
    abort ();
  rewritten = relais_profile_to_data (again, NULL);
  if (g_strcmp0 (written, rewritten) != 0)
    abort ();

  return 0;
}
