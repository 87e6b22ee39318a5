/* relais-chatonsinfos.h — the CHATONS hosters, from their ChatonsInfos files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RELAIS_DIRECTORY_FORMAT  "fr.artifaille.Relais.Directory"
#define RELAIS_DIRECTORY_VERSION 1

typedef enum
{
  RELAIS_CHATONSINFOS_ERROR_FEDERATION,   /* the federation file cannot be used */
  RELAIS_CHATONSINFOS_ERROR_NO_HOSTER,    /* not one organisation could be read */
  RELAIS_CHATONSINFOS_ERROR_ADDRESS,      /* an address Relais refuses to fetch */
  RELAIS_CHATONSINFOS_ERROR_HTTP,         /* the server answered with an error */
  RELAIS_CHATONSINFOS_ERROR_TOO_LARGE,    /* a file, or all of them, over the limits */
} RelaisChatonsinfosError;

#define RELAIS_CHATONSINFOS_ERROR (relais_chatonsinfos_error_quark ())

/* The most files a folder import reads: the federation has a few hundred. */
#define RELAIS_CHATONSINFOS_MAX_FILES 2000
GQuark relais_chatonsinfos_error_quark (void);

/* Zero in any field means its default. */
typedef struct
{
  guint       timeout_seconds;   /* each request, from sending to the last byte: 20 */
  gsize       max_file_size;     /* each file: 1 MiB */
  gsize       max_total_size;    /* all files together: 20 MiB */
  guint       max_files;         /* federation, organisations and services: 3000 */
  guint       max_concurrent;    /* requests at once: 4 */
  const char *today;             /* "YYYY-MM-DD" for the sources' "checked"; NULL: today */
  guint       deadline_seconds;  /* the whole refresh, all files together: 120 */
  gboolean    allow_loopback_http; /* plain http to 127.0.0.1: only the tests' server */
} RelaisChatonsinfosLimits;

typedef void (*RelaisChatonsinfosProgress) (guint    done,
                                            guint    total,
                                            gpointer user_data);

char     *relais_chatonsinfos_service_type        (const char  *software_name);
char     *relais_chatonsinfos_default_output_path (void);

char     *relais_chatonsinfos_import_files        (const char          *federation_path,
                                                   const char * const  *paths,
                                                   const char          *today,
                                                   gsize               *length,
                                                   guint               *n_hosters,
                                                   guint               *n_skipped,
                                                   GError             **error);
char     *relais_chatonsinfos_import_directory    (const char          *directory,
                                                   const char          *federation_name,
                                                   const char          *today,
                                                   gsize               *length,
                                                   guint               *n_hosters,
                                                   guint               *n_skipped,
                                                   GError             **error);
void      relais_chatonsinfos_import_directory_async  (const char                 *directory,
                                                       const char                 *federation_name,
                                                       const char                 *today,
                                                       const char                 *output_path,
                                                       GCancellable               *cancellable,
                                                       RelaisChatonsinfosProgress  progress,
                                                       GAsyncReadyCallback         callback,
                                                       gpointer                    user_data);
gboolean  relais_chatonsinfos_import_directory_finish (GAsyncResult               *result,
                                                       guint                      *n_hosters,
                                                       guint                      *n_skipped,
                                                       GError                    **error);
gboolean  relais_chatonsinfos_write_hosters       (const char          *path,
                                                   const char          *json,
                                                   gsize                length,
                                                   GError             **error);

void      relais_chatonsinfos_refresh_async       (const char                     *federation_url,
                                                   const char                     *output_path,
                                                   const RelaisChatonsinfosLimits *limits,
                                                   GCancellable                   *cancellable,
                                                   RelaisChatonsinfosProgress      progress,
                                                   GAsyncReadyCallback             callback,
                                                   gpointer                        user_data);
gboolean  relais_chatonsinfos_refresh_finish      (GAsyncResult                   *result,
                                                   guint                          *n_hosters,
                                                   guint                          *n_skipped,
                                                   GError                        **error);

G_END_DECLS
