/* plan-fixtures.h — plans made with the model's functions for the writers'
 * tests, without the builder: empty, typical (every kind of block), long, and full of the
 * characters XML and French typography care about
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-plan.h"

G_BEGIN_DECLS

/* The texts of the tricky plan, to find again in what was written. */
#define FIXTURE_TRICKY_TITLE     "Les « Amis » <du> & \"quartier\" d'Arles"
#define FIXTURE_TRICKY_PARAGRAPH "Prix\u00a0: 12\u00a0€ ; a < b && c > d — «\u00a0oui\u00a0» !\tTab\nNew line,  two spaces,   three."
#define FIXTURE_TRICKY_URL       "https://example.org/?a=1&b=\"2\"&c=<3>"

RelaisPlan *fixture_plan_empty   (void);
RelaisPlan *fixture_plan_typical (void);
RelaisPlan *fixture_plan_long    (void);
RelaisPlan *fixture_plan_tricky  (void);

G_END_DECLS
