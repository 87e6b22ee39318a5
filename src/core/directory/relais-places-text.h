/* relais-places-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-places.h"

G_BEGIN_DECLS

/* A place's entry is old when last updated more than this many years ago:
 * hours, phone numbers and services may well have changed since. */
#define RELAIS_PLACE_OLD_AFTER_YEARS 2

char     *relais_format_date_in_words  (const char        *iso_date);
gboolean  relais_place_is_old          (const RelaisPlace *place,
                                        GDateTime         *now);
char     *relais_place_describe_age    (const RelaisPlace *place,
                                        GDateTime         *now);
char     *relais_place_describe_labels (const RelaisPlace *place,
                                        const char        *separator);
char     *relais_place_describe_purposes (const RelaisPlace *place);

G_END_DECLS
