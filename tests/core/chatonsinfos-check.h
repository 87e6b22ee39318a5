/* chatonsinfos-check.h — what the fixtures of tests/data/chatonsinfos give
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TODAY "2026-11-28"

char *fixture_path  (const char *name);
void  check_hosters (const char *json,
                     gsize       length,
                     gboolean    with_alpha,
                     const char *source_prefix);

G_END_DECLS
