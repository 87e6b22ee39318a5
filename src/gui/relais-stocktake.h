/* relais-stocktake.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-catalog.h"
#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_STOCKTAKE (relais_stocktake_get_type ())

G_DECLARE_FINAL_TYPE (RelaisStocktake, relais_stocktake, RELAIS, STOCKTAKE, AdwPreferencesGroup)

void relais_stocktake_set_catalog (RelaisStocktake *self,
                                   RelaisCatalog   *catalog);
void relais_stocktake_set_profile (RelaisStocktake *self,
                                   RelaisProfile   *profile);

G_END_DECLS
