/* fuzz-places.c — the places' import and reader against arbitrary bytes
 *
 * A list of places to import comes from anywhere (a download, a spreadsheet,
 * a USB key): converting it must never crash, leak or loop, and what it
 * keeps must make a places.json that the reader accepts and writes back
 * unchanged. The reader itself (the user's places.json may be damaged) is
 * given the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "relais-places-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_writes_back (RelaisPlaces *places)
{
  g_autofree char *written = relais_places_to_json (places);
  g_autoptr(GBytes) bytes = g_bytes_new_static (written, strlen (written));
  g_autoptr(RelaisPlaces) again = relais_places_load_from_bytes (bytes, "places.json", NULL);
  g_autofree char *rewritten = NULL;

  if (again == NULL)
    abort ();
  rewritten = relais_places_to_json (again);
  if (g_strcmp0 (written, rewritten) != 0)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(RelaisPlacesImportReport) report = NULL;
  g_autoptr(RelaisPlaces) imported = NULL;
  g_autoptr(RelaisPlaces) read = NULL;
  g_autoptr(GError) error = NULL;

  imported = relais_places_convert (bytes, "fuzz.csv", &report, &error);
  /* A refusal always says why. */
  if (imported == NULL && (error == NULL || error->message[0] == '\0'))
    abort ();
  if (imported != NULL)
    check_writes_back (imported);
  g_clear_error (&error);

  read = relais_places_load_from_bytes (bytes, "places.json", &error);
  if (read == NULL && (error == NULL || error->message[0] == '\0'))
    abort ();
  if (read != NULL)
    check_writes_back (read);

  return 0;
}
