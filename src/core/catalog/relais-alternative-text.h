/* relais-alternative-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"
#include "relais-directory.h"
#include "relais-place-finder.h"
#include "relais-profile.h"

G_BEGIN_DECLS

RelaisPlatforms  relais_this_platform               (void);
char            *relais_alternative_describe_facts  (RelaisAlternative *alternative,
                                                     RelaisDirectory   *directory,
                                                     RelaisPlaceFinder *finder,
                                                     RelaisProfile     *profile);
char            *relais_alternative_licence_label   (const char        *spdx);

G_END_DECLS
