/* plan-fixtures.h — plans made by hand for the writers' tests, without the
 * builder: empty, typical (every kind of block), long, and full of the
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

RelaisPlan *fixture_plan_new     (const char      *language,
                                  const char      *title,
                                  const char      *subtitle,
                                  const char      *footer);
void        fixture_plan_free    (RelaisPlan      *plan);
RelaisPlanBlock *fixture_add     (RelaisPlan      *plan,
                                  RelaisPlanBlockKind kind,
                                  guint            level,
                                  const char      *text,
                                  const char      *url);
void        fixture_add_item     (RelaisPlanBlock *block,
                                  RelaisPlanMark   mark,
                                  const char      *text,
                                  const char      *detail,
                                  const char      *url);
void        fixture_add_bar      (RelaisPlanBlock *block,
                                  const char      *label,
                                  guint            done,
                                  guint            total,
                                  const char      *value_text);

RelaisPlan *fixture_plan_empty   (void);
RelaisPlan *fixture_plan_typical (void);
RelaisPlan *fixture_plan_long    (void);
RelaisPlan *fixture_plan_tricky  (void);

/* relais-plan.h names relais_plan_free() for RelaisPlan: these plans, made
 * by hand, are freed by hand. */
typedef RelaisPlan FixturePlan;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FixturePlan, fixture_plan_free)

G_END_DECLS
