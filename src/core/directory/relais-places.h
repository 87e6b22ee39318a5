/* relais-places.h — the digital-inclusion places of the directory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RELAIS_DIRECTORY_FORMAT  "fr.artifaille.Relais.Directory"
#define RELAIS_DIRECTORY_VERSION 1

/* Where the places file is compiled in (the GUI library registers it). */
#define RELAIS_PLACES_RESOURCE "/fr/artifaille/Relais/directory/places.json"

/* A place is read once and never changes: a plain structure owned by its
 * RelaisPlaces, read through its fields. Names, addresses, phone numbers and
 * hours are kept as published; the slugs of services, publics, fees, support
 * and labels are shown through relais_place_*_label(). */
typedef struct
{
  char     *id;
  char     *name;
  char     *address;
  char     *address_extra;    /* nullable */
  char     *postcode;
  char     *commune;
  char     *insee;            /* nullable: most of the 2023 file has none */
  gboolean  has_location;
  double    latitude;
  double    longitude;
  char     *phone;            /* nullable, as published */
  char     *email;            /* nullable */
  char     *website;          /* nullable */
  char     *hours;            /* nullable, OpenStreetMap opening_hours, verbatim */
  GStrv     services;         /* never NULL, may be empty */
  GStrv     publics;          /* never NULL, may be empty */
  GStrv     fees;             /* never NULL, may be empty */
  GStrv     support;          /* never NULL, may be empty */
  GStrv     labels;           /* never NULL: the national labels, every one published */
  char     *collected_by;     /* nullable: who collected the entry, as the source says */
  char     *updated;          /* ISO date, YYYY-MM-DD: this place's own, never the file's */
  char     *closed_since;     /* nullable ISO date: a closed place is not shown */
} RelaisPlace;

typedef struct
{
  GPtrArray *places;            /* RelaisPlace, in the order of the file */
  char      *source_name;
  char      *source_publisher;  /* nullable */
  char      *source_url;        /* nullable */
  char      *source_licence;    /* nullable */
  char      *source_as_of;      /* nullable: "2023-04" or an ISO date */
  char      *imported;          /* nullable: ISO date of the import */

  /*< private >*/
  gatomicrefcount ref_count;
} RelaisPlaces;

typedef struct
{
  guint  row;       /* 1-based: in a CSV the header is row 1; in JSON, the entry */
  char  *reason;    /* translated, for people */
} RelaisPlacesRejection;

/* A bad file of 200,000 rows would otherwise keep 200,000 messages that
 * nobody reads: the first ones tell what is wrong. */
#define RELAIS_PLACES_MAX_REJECTIONS 100

typedef struct
{
  guint      accepted;
  GPtrArray *rejected;    /* RelaisPlacesRejection, in the order of the file: the
                           * first RELAIS_PLACES_MAX_REJECTIONS only, and the
                           * file's last row when it is rejected */
  guint      n_rejected;  /* all the rows left out, kept or not */
} RelaisPlacesImportReport;

typedef enum
{
  RELAIS_PLACES_ERROR_INVALID,          /* a places file with a bad value */
  RELAIS_PLACES_ERROR_NOT_RECOGNISED,   /* an import that is not the national standard */
  RELAIS_PLACES_ERROR_NO_VALID_ROW,
  RELAIS_PLACES_ERROR_TOO_LARGE,
} RelaisPlacesError;

#define RELAIS_PLACES_ERROR (relais_places_error_quark ())
GQuark relais_places_error_quark (void);

#define RELAIS_TYPE_PLACES (relais_places_get_type ())
GType relais_places_get_type (void) G_GNUC_CONST;

RelaisPlaces *relais_places_ref                  (RelaisPlaces        *places);
void          relais_places_unref                (RelaisPlaces        *places);

RelaisPlaces *relais_places_load_from_bytes      (GBytes              *json,
                                                  const char          *file_name_for_errors,
                                                  GError             **error);
RelaisPlaces *relais_places_load_file            (GFile               *file,
                                                  GError             **error);
RelaisPlaces *relais_places_load_with_fallback   (const char          *user_path,
                                                  GBytes              *shipped,
                                                  char               **warning,
                                                  GError             **error);
RelaisPlaces *relais_places_load_default         (char               **warning,
                                                  GError             **error);
char         *relais_places_get_user_path        (void);

typedef enum
{
  RELAIS_PLACE_SLUGS_SERVICES,
  RELAIS_PLACE_SLUGS_PUBLICS,
  RELAIS_PLACE_SLUGS_FEES,
} RelaisPlaceSlugs;

GStrv         relais_places_get_slugs            (RelaisPlaces        *places,
                                                  RelaisPlaceSlugs     which);

gboolean      relais_place_is_closed             (const RelaisPlace   *place);

gboolean      relais_places_import_file          (GFile                     *file,
                                                  const char                *output_path,
                                                  RelaisPlacesImportReport **report,
                                                  GError                   **error);
void          relais_places_import_report_free   (RelaisPlacesImportReport  *report);

const char   *relais_place_service_label         (const char          *slug);
const char   *relais_place_public_label          (const char          *slug);
const char   *relais_place_fee_label             (const char          *slug);
const char   *relais_place_support_label         (const char          *slug);
const char   *relais_place_programme_label       (const char          *slug);
const char   *relais_place_programme_purpose     (const char          *slug);
gboolean      relais_place_has_label             (const RelaisPlace   *place,
                                                  const char          *slug);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisPlaces, relais_places_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisPlacesImportReport, relais_places_import_report_free)

G_END_DECLS
