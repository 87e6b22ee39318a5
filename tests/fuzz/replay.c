/* replay.c — runs a fuzz target over its committed corpus, as a normal test
 *
 * Linked with a target's LLVMFuzzerTestOneInput when no fuzzing engine is:
 * every input the fuzzer ever kept (and every crash it found, once fixed)
 * is replayed at each test run, under the sanitizers in their lane.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdint.h>
#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
main (int   argc,
      char *argv[])
{
  guint count = 0;

  setlocale (LC_ALL, "C.UTF-8");

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = NULL;
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;
      const char *name;

      dir = g_dir_open (argv[i], 0, &error);
      if (dir == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

      for (guint j = 0; j < names->len; j++)
        {
          g_autofree char *path = g_build_filename (argv[i], g_ptr_array_index (names, j), NULL);
          g_autofree char *contents = NULL;
          gsize length;

          if (!g_file_get_contents (path, &contents, &length, &error))
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
          LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
          g_print ("ok %u - %s\n", ++count, (const char *) g_ptr_array_index (names, j));
        }
    }

  g_print ("1..%u\n", count);
  return count > 0 ? 0 : 1;
}
