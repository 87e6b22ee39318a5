/* relais-plan-batch.h — every plan of a workshop written at once into a
 * folder, each under its profile's name made safe, none over another file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-plan-build.h"
#include "relais-profile-bundle.h"

G_BEGIN_DECLS

/* Called after each plan: @written is the file written, or %NULL and
 * @error says why that one failed (the others are still written). */
typedef void (*RelaisPlanBatchFunc) (guint          done,
                                     guint          total,
                                     RelaisProfile *profile,
                                     GFile         *written,
                                     const GError  *error,
                                     gpointer       user_data);

char     *relais_plan_batch_file_name (const char              *profile_name,
                                       const char              *extension);
GFile    *relais_plan_batch_reserve   (GFile                   *folder,
                                       const char              *profile_name,
                                       const char              *extension,
                                       GError                 **error);
gboolean  relais_plan_batch_export    (GPtrArray               *profiles,
                                       const RelaisPlanSources *sources,
                                       GFile                   *folder,
                                       const char              *extension,
                                       RelaisPlanPaper          paper,
                                       GCancellable            *cancellable,
                                       RelaisPlanBatchFunc      progress,
                                       gpointer                 user_data,
                                       guint                   *n_written,
                                       GError                 **error);

G_END_DECLS
