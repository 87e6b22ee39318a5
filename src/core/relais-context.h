/* relais-context.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "relais-catalog.h"
#include "relais-directory.h"
#include "relais-place-finder.h"
#include "relais-profile-store.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_CONTEXT (relais_context_get_type ())

G_DECLARE_FINAL_TYPE (RelaisContext, relais_context, RELAIS, CONTEXT, GObject)

RelaisContext      *relais_context_new                  (RelaisProfileStore   *store,
                                                         GSettings            *settings);
RelaisProfileStore *relais_context_get_store            (RelaisContext        *self);
GSettings          *relais_context_get_settings         (RelaisContext        *self);

RelaisCatalog      *relais_context_get_catalog          (RelaisContext        *self);
void                relais_context_load_catalog_async   (RelaisContext        *self,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
RelaisCatalog      *relais_context_load_catalog_finish  (RelaisContext        *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
RelaisCatalog      *relais_context_load_catalog         (RelaisContext        *self,
                                                         GError              **error);

RelaisDirectory    *relais_context_get_directory        (RelaisContext        *self);
void                relais_context_load_directory_async (RelaisContext        *self,
                                                         gboolean              again,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
RelaisDirectory    *relais_context_load_directory_finish (RelaisContext        *self,
                                                          GAsyncResult         *result,
                                                          char                **warning,
                                                          GError              **error);
RelaisDirectory    *relais_context_load_directory       (RelaisContext        *self,
                                                         char                **warning,
                                                         GError              **error);

RelaisPlaceFinder  *relais_context_get_finder           (RelaisContext        *self);
void                relais_context_load_places_async    (RelaisContext        *self,
                                                         gboolean              again,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
RelaisPlaceFinder  *relais_context_load_places_finish   (RelaisContext        *self,
                                                         GAsyncResult         *result,
                                                         char                **warning,
                                                         GError              **error);
RelaisPlaceFinder  *relais_context_load_places          (RelaisContext        *self,
                                                         char                **warning,
                                                         GError              **error);

G_END_DECLS
