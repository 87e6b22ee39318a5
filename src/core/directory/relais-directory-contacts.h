/* relais-directory-contacts.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-directory.h"
#include "relais-place-finder.h"

G_BEGIN_DECLS

/* Within this distance, a contact of another département is local too:
 * Artifaille, in Caen, is nearer to Argentan than much of the Orne is. */
#define RELAIS_CONTACT_LOCAL_KM 50.0

/* One contact in the order Help Nearby and the plan show them. */
typedef struct
{
  const RelaisContact *contact;
  RelaisNearby         nearby;   /* index into relais_directory_get_contacts() */
  RelaisWhere          where;    /* where it works; no département for a national one */
  gboolean             local;    /* works near the profile */
  gboolean             first;    /* "Who to contact first" */
} RelaisContactRank;

GArray *relais_directory_contacts_for_profile (RelaisDirectory         *self,
                                               RelaisPlaceFinder       *finder,
                                               RelaisProfile           *profile,
                                               guint                   *n_first);
char   *relais_contact_rank_describe          (const RelaisContactRank *rank);

G_END_DECLS
