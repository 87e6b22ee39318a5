/* relais-departements.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;
  const char *name;
  const char *region;
} RelaisDepartement;

guint                     relais_departements_get_count      (void);
const RelaisDepartement  *relais_departements_get_nth        (guint       position);
const RelaisDepartement  *relais_departements_lookup         (const char *code);
gint                      relais_departements_get_position   (const char *code);
const char               *relais_departements_for_postcode   (const char *postcode);
gboolean                  relais_postcode_is_valid           (const char *postcode);
gboolean                  relais_departements_location_is_plausible (const char *code,
                                                                     double      latitude,
                                                                     double      longitude);

G_END_DECLS
