/* relais-profile-merge.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "relais-profile.h"

G_BEGIN_DECLS

JsonObject    *relais_profile_merge_documents (JsonObject    *base,
                                               JsonObject    *ours,
                                               JsonObject    *theirs,
                                               GPtrArray     *taken);
void           relais_profile_merge_stamp     (JsonObject    *base,
                                               JsonObject    *document,
                                               GDateTime     *at,
                                               const char    *author);
JsonObject    *relais_profile_to_document     (RelaisProfile *profile);
void           relais_profile_stamp_changes   (RelaisProfile *profile,
                                               GBytes        *base,
                                               const char    *author);
gboolean       relais_profile_assign          (RelaisProfile *self,
                                               RelaisProfile *other);
RelaisProfile *relais_profile_merge_data      (RelaisProfile *ours,
                                               GBytes        *base,
                                               GBytes        *theirs,
                                               char         **summary,
                                               GError       **error);

/* How many ancestors a version names. */
#define RELAIS_PROFILE_ANCESTORS_MAX 8

const char * const *relais_profile_get_ancestors (RelaisProfile      *profile);
void           relais_profile_set_ancestors   (RelaisProfile      *profile,
                                               const char * const *ancestors);
char         **relais_profile_data_get_ancestors (GBytes          *data);

G_END_DECLS
