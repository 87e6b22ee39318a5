/* relais-profile-bundle.h — several profiles as one file for a USB stick
 * (docs/profile-format.md, "Bundles"), and every input a workshop's tools
 * read: profile files, .relais files, bundles, folders of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "relais-profile-store.h"

G_BEGIN_DECLS

#define RELAIS_BUNDLE_FORMAT       "fr.artifaille.Relais.Bundle"
#define RELAIS_BUNDLE_VERSION      1
/* A workshop holds tens of profiles; a federation's year a few hundred. */
#define RELAIS_BUNDLE_MAX_PROFILES 1000
#define RELAIS_BUNDLE_MAX_SIZE     (64 * 1024 * 1024)

/* Called after each profile (or plan) of a long piece of work: @done of
 * @total, @name the one just handled. It runs in the caller's thread. */
typedef void (*RelaisWorkProgressFunc) (guint       done,
                                        guint       total,
                                        const char *name,
                                        gpointer    user_data);

GBytes    *relais_profile_bundle_to_bytes     (GPtrArray              *profiles,
                                               GError                **error);
gboolean   relais_profile_bundle_write        (GPtrArray              *profiles,
                                               GFile                  *destination,
                                               GCancellable           *cancellable,
                                               GError                **error);
GPtrArray *relais_profile_bundle_read_bytes   (GBytes                 *bytes,
                                               const char             *file_name,
                                               GCancellable           *cancellable,
                                               GError                **error);
GPtrArray *relais_profile_bundle_read         (GFile                  *file,
                                               GCancellable           *cancellable,
                                               GError                **error);
GPtrArray *relais_profile_store_import_bundle (RelaisProfileStore     *store,
                                               GFile                  *file,
                                               gboolean                keep_both,
                                               GCancellable           *cancellable,
                                               RelaisWorkProgressFunc  progress,
                                               gpointer                user_data,
                                               GPtrArray             **skipped,
                                               GError                **error);
GPtrArray *relais_profile_bundle_read_inputs  (const char * const     *paths,
                                               GCancellable           *cancellable,
                                               RelaisWorkProgressFunc  progress,
                                               gpointer                user_data,
                                               GError                **error);

G_END_DECLS
