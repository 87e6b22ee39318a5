/* relais-ranked-alternative.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"
#include "relais-directory.h"
#include "relais-place-finder.h"
#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_RANKED_ALTERNATIVE (relais_ranked_alternative_get_type ())

G_DECLARE_FINAL_TYPE (RelaisRankedAlternative, relais_ranked_alternative, RELAIS, RANKED_ALTERNATIVE, GObject)

RelaisRankedAlternative *relais_ranked_alternative_new             (RelaisCatalog           *catalog,
                                                                    RelaisAlternative       *alternative,
                                                                    const char              *id,
                                                                    const char              *name,
                                                                    const char              *description);
RelaisAlternative       *relais_ranked_alternative_get_alternative (RelaisRankedAlternative *self);
const char              *relais_ranked_alternative_get_id          (RelaisRankedAlternative *self);
const char              *relais_ranked_alternative_get_name        (RelaisRankedAlternative *self);
const char              *relais_ranked_alternative_get_description (RelaisRankedAlternative *self);
gboolean                 relais_ranked_alternative_equal           (gconstpointer            a,
                                                                    gconstpointer            b);
GPtrArray               *relais_ranked_alternatives_for            (RelaisCatalog           *catalog,
                                                                    RelaisProfile           *profile,
                                                                    RelaisProprietaryTool   *tool,
                                                                    guint                    users,
                                                                    RelaisDirectory         *directory,
                                                                    RelaisPlaceFinder       *finder);

G_END_DECLS
