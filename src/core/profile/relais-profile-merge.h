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

G_END_DECLS
