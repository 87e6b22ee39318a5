/* relais-directory.h — who can help: contacts, hosters, national inclusion
 * tools and equipment funding (data/directory/, docs/directory-format.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "relais-communes.h"
#include "relais-nearby.h"
#include "relais-profile.h"
#include "relais-source.h"

G_BEGIN_DECLS

#define RELAIS_DIRECTORY_ERROR (relais_directory_error_quark ())

typedef enum
{
  RELAIS_DIRECTORY_ERROR_INVALID,
} RelaisDirectoryError;

/* Where an entry is, when it says. */
typedef struct
{
  char     *address;      /* nullable */
  char     *departement;  /* nullable */
  char     *commune;      /* nullable: INSEE code */
  gboolean  has_location;
  double    latitude;
  double    longitude;
} RelaisDirectoryPlace;

typedef struct
{
  char                 *id;
  char                 *name;
  char                 *what;       /* English: show through relais_directory_translate() */
  char                 *for_whom;   /* likewise */
  char                 *website;
  char                 *email;      /* nullable */
  char                 *phone;      /* nullable */
  RelaisDirectoryPlace  place;
  GStrv                 first_for;  /* profile kinds that see it first */
  GPtrArray            *sources;    /* RelaisSource */
} RelaisContact;

typedef struct
{
  char *type;          /* a catalogue service type: "nextcloud", "etherpad"… */
  char *name;
  char *website;       /* nullable */
  char *software;      /* nullable */
  char *registration;  /* none, free, member, client */
  char *load;          /* nullable: open, full */
  char *status;        /* nullable: on, maintenance, down, off, draft */
} RelaisHosterService;

typedef struct
{
  char                 *id;
  char                 *name;
  char                 *description;    /* English; nullable in refreshed data */
  char                 *website;
  char                 *type;           /* association, cooperative… */
  char                 *status;         /* nullable: active, idle, away */
  char                 *chatons;        /* member, collective */
  char                 *contact_url;    /* nullable */
  char                 *contact_email;  /* nullable */
  RelaisDirectoryPlace  place;
  gboolean              national;       /* online, for everyone: no place */
  GPtrArray            *services;       /* RelaisHosterService */
  GPtrArray            *sources;        /* RelaisSource */
} RelaisHoster;

typedef struct
{
  char      *id;
  char      *name;
  char      *what;     /* English */
  char      *website;
  GPtrArray *sources;
} RelaisInclusionTool;

typedef struct
{
  char      *id;
  char      *name;
  char      *who;        /* English: who qualifies */
  char      *gives;      /* English: what it gives */
  char      *website;    /* nullable */
  GStrv      for_kinds;
  GPtrArray *sources;
} RelaisFunding;

typedef struct _RelaisDirectory RelaisDirectory;

GQuark            relais_directory_error_quark       (void);

#define RELAIS_TYPE_DIRECTORY (relais_directory_get_type ())
GType             relais_directory_get_type          (void) G_GNUC_CONST;

RelaisDirectory  *relais_directory_new_from_data     (GBytes           *contacts,
                                                      GBytes           *hosters,
                                                      GBytes           *inclusion_tools,
                                                      GBytes           *funding,
                                                      GError          **error);
RelaisDirectory  *relais_directory_load_default      (const char       *refreshed_hosters_path,
                                                      char            **warning,
                                                      GError          **error);
gboolean          relais_directory_use_refreshed_hosters (RelaisDirectory  *self,
                                                          const char       *path,
                                                          char            **warning);
gboolean          relais_directory_merge_hosters     (RelaisDirectory  *self,
                                                      GBytes           *hosters,
                                                      const char       *file_name_for_errors,
                                                      GError          **error);
RelaisDirectory  *relais_directory_ref               (RelaisDirectory  *self);
void              relais_directory_unref             (RelaisDirectory  *self);

char             *relais_directory_get_refreshed_hosters_path (void);

GPtrArray        *relais_directory_get_contacts      (RelaisDirectory  *self);
GPtrArray        *relais_directory_get_hosters       (RelaisDirectory  *self);
GPtrArray        *relais_directory_get_inclusion_tools (RelaisDirectory *self);
GPtrArray        *relais_directory_get_funding       (RelaisDirectory  *self);

GPtrArray        *relais_directory_funding_for_kind  (RelaisDirectory  *self,
                                                      RelaisProfileKind kind);
GPtrArray        *relais_directory_hosters_offering  (RelaisDirectory  *self,
                                                      const char       *service_type);
GArray           *relais_directory_hosters_near      (RelaisDirectory    *self,
                                                      RelaisCommunes     *communes,
                                                      const RelaisOrigin *origin,
                                                      const char         *service_type);
const RelaisHosterService *relais_hoster_find_service (const RelaisHoster *hoster,
                                                       const char         *service_type);
gboolean          relais_contact_is_first_for        (const RelaisContact *contact,
                                                      RelaisProfileKind    kind);

const char       *relais_directory_translate         (const char       *text);
const char       *relais_hoster_registration_label   (const char       *registration);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisDirectory, relais_directory_unref)

G_END_DECLS
