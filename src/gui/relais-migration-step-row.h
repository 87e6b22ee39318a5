/* relais-migration-step-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relais-profile.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_MIGRATION_STEP_ROW (relais_migration_step_row_get_type ())

G_DECLARE_FINAL_TYPE (RelaisMigrationStepRow, relais_migration_step_row, RELAIS, MIGRATION_STEP_ROW, AdwActionRow)

GtkWidget *relais_migration_step_row_new      (RelaisProfile          *profile,
                                               const char             *id,
                                               const char             *text);
gboolean   relais_migration_step_row_get_done (RelaisMigrationStepRow *self);
void       relais_migration_step_row_set_done (RelaisMigrationStepRow *self,
                                               gboolean                done);

G_END_DECLS
