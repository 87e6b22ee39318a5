/* relais-plan-print.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "relais-plan.h"

G_BEGIN_DECLS

GtkPrintOperation *relais_plan_print_operation_new (RelaisPlan      *plan,
                                                    RelaisPlanPaper  paper);

G_END_DECLS
