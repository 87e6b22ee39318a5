/* relais-source.c — where a fact of the catalogue or the directory comes
 * from, and the date shown beside it (read by relais-json-read.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-source"

#include "config.h"

#include <string.h>

#include "relais-source.h"

void
relais_source_free (RelaisSource *source)
{
  if (source == NULL)
    return;

  g_free (source->url);
  g_free (source->checked);
  g_free (source);
}

/**
 * relais_sources_get_latest_check:
 * @sources: (element-type RelaisSource)
 *
 * Returns: (transfer none) (nullable): the date the most recently checked
 *   of @sources was checked: the date shown beside the facts
 */
const char *
relais_sources_get_latest_check (GPtrArray *sources)
{
  const char *latest = NULL;

  g_return_val_if_fail (sources != NULL, NULL);

  for (guint i = 0; i < sources->len; i++)
    {
      const RelaisSource *source = g_ptr_array_index (sources, i);

      if (latest == NULL || strcmp (source->checked, latest) > 0)
        latest = source->checked;
    }
  return latest;
}

/**
 * relais_source_kind_from_string:
 * @text: "primary", "secondary" or "judgement", as in the data files
 *
 * Returns: %TRUE if @text names a kind of source, then set in @kind
 */
gboolean
relais_source_kind_from_string (const char       *text,
                                RelaisSourceKind *kind)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  if (g_str_equal (text, "primary"))
    *kind = RELAIS_SOURCE_PRIMARY;
  else if (g_str_equal (text, "secondary"))
    *kind = RELAIS_SOURCE_SECONDARY;
  else if (g_str_equal (text, "judgement"))
    *kind = RELAIS_SOURCE_JUDGEMENT;
  else
    return FALSE;
  return TRUE;
}
