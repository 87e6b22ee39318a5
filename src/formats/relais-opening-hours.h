/* relais-opening-hours.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RELAIS_OPENING_HOURS_ERROR (relais_opening_hours_error_quark ())

typedef enum
{
  RELAIS_OPENING_HOURS_ERROR_INVALID,      /* not the opening_hours syntax */
  RELAIS_OPENING_HOURS_ERROR_UNSUPPORTED,  /* valid OpenStreetMap, but beyond what Relais reads */
} RelaisOpeningHoursError;

/* Immutable once parsed; copies share the same data. */
typedef struct _RelaisOpeningHours RelaisOpeningHours;

#define RELAIS_TYPE_OPENING_HOURS (relais_opening_hours_get_type ())

GQuark              relais_opening_hours_error_quark      (void);
GType               relais_opening_hours_get_type         (void) G_GNUC_CONST;

RelaisOpeningHours *relais_opening_hours_parse            (const char          *text,
                                                           GError             **error);
RelaisOpeningHours *relais_opening_hours_copy             (RelaisOpeningHours  *hours);
void                relais_opening_hours_free             (RelaisOpeningHours  *hours);

const char         *relais_opening_hours_get_text         (RelaisOpeningHours  *hours);
gboolean            relais_opening_hours_has_public_holiday_rules (RelaisOpeningHours *hours);

gboolean            relais_opening_hours_is_open          (RelaisOpeningHours  *hours,
                                                           GDateTime           *when);
gboolean            relais_opening_hours_next_change      (RelaisOpeningHours  *hours,
                                                           GDateTime           *when,
                                                           GDateTime          **change_at,
                                                           gboolean            *opens);

char               *relais_opening_hours_describe_status  (RelaisOpeningHours  *hours,
                                                           GDateTime           *now);
GStrv               relais_opening_hours_describe_week    (RelaisOpeningHours  *hours);

gboolean            relais_opening_hours_is_public_holiday (const GDate        *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisOpeningHours, relais_opening_hours_free)

G_END_DECLS
