/* relais-source.h — where a fact of the catalogue or the directory comes
 * from, and when it was checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *url;       /* https, or shared/data/FILE#KEY */
  char *checked;   /* ISO date */
} RelaisSource;

void        relais_source_free               (RelaisSource *source);
const char *relais_sources_get_latest_check  (GPtrArray    *sources);

G_END_DECLS
