/* relais-price-text.h — prices, their dates and closed tools, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"

G_BEGIN_DECLS

void      relais_today                   (GDate                 *today);
char     *relais_money_format            (gint64                 cents,
                                          const char            *currency);
char     *relais_month_year              (const char            *iso_date);
char     *relais_day_month_year          (const char            *iso_date);
gboolean  relais_price_is_old            (const RelaisPrice     *price,
                                          const GDate           *today);
char     *relais_price_describe_date     (const RelaisPrice     *price,
                                          const GDate           *today);
gboolean  relais_price_plan_nonprofit_applies (const RelaisPricePlan *plan,
                                               RelaisProfileKind      kind);
const char *relais_secondary_source_note (void);
char     *relais_tool_describe_closure   (const RelaisProprietaryTool *tool);
char     *relais_tool_describe_meanwhile (const RelaisProprietaryTool *tool);

G_END_DECLS
