/* relais-source.h — where a fact of the catalogue or the directory comes
 * from, and when it was checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A primary source is the page of whoever the fact is about (the project's
 * licence file, the vendor's price page, an official text); a secondary one
 * (press, blogs, aggregators) only reports it, and is said to be so.  A
 * judgement is Relais's own (which tool a free alternative can replace, like
 * its difficulty), resting on the project's own page that says what the
 * software does: that page is cited, but it is not the one who judged. */
typedef enum
{
  RELAIS_SOURCE_PRIMARY,
  RELAIS_SOURCE_SECONDARY,
  RELAIS_SOURCE_JUDGEMENT,
} RelaisSourceKind;

typedef struct
{
  char             *url;       /* https, or shared/data/FILE#KEY */
  char             *checked;   /* ISO date */
  RelaisSourceKind  kind;
} RelaisSource;

void        relais_source_free               (RelaisSource     *source);
const char *relais_sources_get_latest_check  (GPtrArray        *sources);
gboolean    relais_source_kind_from_string   (const char       *text,
                                              RelaisSourceKind *kind);

G_END_DECLS
