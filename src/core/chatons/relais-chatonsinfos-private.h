/* relais-chatonsinfos-private.h — shared by the local import and the refresh
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-chatonsinfos.h"
#include "relais-properties.h"

G_BEGIN_DECLS

/* The hosters list being built: organisations are added in the order of the
 * federation file, each with its service files. */
typedef struct _RelaisHosters RelaisHosters;

RelaisHosters *relais_hosters_new            (const char       *today);
void           relais_hosters_free           (RelaisHosters    *hosters);
gboolean       relais_hosters_add            (RelaisHosters    *hosters,
                                              RelaisProperties *organization,
                                              const char       *source,
                                              GPtrArray        *services);
guint          relais_hosters_get_size       (RelaisHosters    *hosters);
char          *relais_hosters_to_json        (RelaisHosters    *hosters,
                                              gsize            *length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisHosters, relais_hosters_free)

char          *relais_chatonsinfos_today     (void);
gboolean       relais_chatonsinfos_is_date   (const char       *text);
gboolean       relais_chatonsinfos_has_class (RelaisProperties *properties,
                                              const char       *file_class);
GPtrArray     *relais_chatonsinfos_get_subs  (RelaisProperties *properties,
                                              const char       *base);

G_END_DECLS
