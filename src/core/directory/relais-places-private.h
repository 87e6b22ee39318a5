/* relais-places-private.h — what the places' files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-places.h"

G_BEGIN_DECLS

/* The import refuses larger files: the whole of France is a few megabytes. */
#define RELAIS_PLACES_IMPORT_MAX_SIZE (50 * 1024 * 1024)
/* The standard has about forty columns, France a few tens of thousands of
 * places: a file beyond these is not a list of places. */
#define RELAIS_PLACES_MAX_COLUMNS 1000
#define RELAIS_PLACES_MAX_ROWS    200000

/* The controlled vocabularies of the national standard (v1.0.2), and of the
 * Normandy file of 2023 that the shipped places come from. */
typedef enum
{
  RELAIS_PLACES_VOCABULARY_SERVICES,
  RELAIS_PLACES_VOCABULARY_PUBLICS,
  RELAIS_PLACES_VOCABULARY_SPECIFIC_SUPPORT,
  RELAIS_PLACES_VOCABULARY_FEES,
  RELAIS_PLACES_VOCABULARY_SUPPORT,
  RELAIS_PLACES_VOCABULARY_PROGRAMMES,
} RelaisPlacesVocabulary;

const char   *relais_places_vocabulary_slug     (RelaisPlacesVocabulary     vocabulary,
                                                 const char                *standard_value);

/* One row of an imported file: its columns (lower case) and their values,
 * trimmed, empty ones left out. */
typedef struct
{
  guint       number;   /* 1-based, as in the report */
  GHashTable *fields;   /* column → value */
  char       *problem;  /* set when the row could not even be read */
} RelaisPlacesRow;

GPtrArray    *relais_places_read_rows           (GBytes                    *bytes,
                                                 const char                *name,
                                                 GError                   **error);
const char   *relais_places_row_get             (RelaisPlacesRow           *row,
                                                 const char                *column,
                                                 const char                *older_column);
void          relais_places_row_free            (RelaisPlacesRow           *row);

RelaisPlaces *relais_places_new                 (void);
RelaisPlace  *relais_place_new                  (void);
void          relais_place_free                 (RelaisPlace               *place);
void          relais_places_rejection_free      (RelaisPlacesRejection     *rejection);
gboolean      relais_places_is_iso_date         (const char                *text);
gboolean      relais_places_is_national_programme (const char              *slug);
char         *relais_places_to_json             (RelaisPlaces              *places);

RelaisPlaces *relais_places_convert             (GBytes                    *bytes,
                                                 const char                *name,
                                                 RelaisPlacesImportReport **report,
                                                 GError                   **error);
gboolean      relais_places_import_file_limited (GFile                     *file,
                                                 const char                *output_path,
                                                 goffset                    max_size,
                                                 RelaisPlacesImportReport **report,
                                                 GError                   **error);

G_END_DECLS
