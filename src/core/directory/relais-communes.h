/* relais-communes.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RELAIS_COMMUNES_ERROR (relais_communes_error_quark ())

typedef enum
{
  RELAIS_COMMUNES_ERROR_INVALID,
} RelaisCommunesError;

typedef struct
{
  const char *insee;
  const char *name;
  const char *departement;
  const char *postcodes;   /* comma-separated, may be empty */
  const char *epci;        /* empty when the commune belongs to no EPCI */
  guint       population;
} RelaisCommune;

typedef struct _RelaisCommunes RelaisCommunes;

GQuark               relais_communes_error_quark     (void);

RelaisCommunes      *relais_communes_new_from_bytes  (GBytes          *table,
                                                      GError         **error);
RelaisCommunes      *relais_communes_get_default     (GError         **error);
void                 relais_communes_free            (RelaisCommunes  *self);
guint                relais_communes_get_count       (RelaisCommunes  *self);
const RelaisCommune *relais_communes_lookup          (RelaisCommunes  *self,
                                                      const char      *insee);
const RelaisCommune *relais_communes_resolve         (RelaisCommunes  *self,
                                                      const char      *insee,
                                                      const char      *name,
                                                      const char      *postcode);
GPtrArray           *relais_communes_for_postcode    (RelaisCommunes  *self,
                                                      const char      *postcode);
GPtrArray           *relais_communes_search          (RelaisCommunes  *self,
                                                      const char      *query,
                                                      guint            max_results);

gboolean             relais_commune_has_postcode     (const RelaisCommune *commune,
                                                      const char          *postcode);
char                *relais_commune_dup_first_postcode (const RelaisCommune *commune);
char                *relais_commune_dup_label        (const RelaisCommune *commune);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisCommunes, relais_communes_free)

G_END_DECLS
