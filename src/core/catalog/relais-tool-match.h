/* relais-tool-match.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-catalog.h"

G_BEGIN_DECLS

#define RELAIS_TYPE_TOOL_MATCH (relais_tool_match_get_type ())

G_DECLARE_FINAL_TYPE (RelaisToolMatch, relais_tool_match, RELAIS, TOOL_MATCH, GObject)

RelaisToolMatch       *relais_tool_match_new      (RelaisCatalog         *catalog,
                                                   RelaisProprietaryTool *tool);
RelaisProprietaryTool *relais_tool_match_get_tool (RelaisToolMatch       *self);
const char            *relais_tool_match_get_id   (RelaisToolMatch       *self);

G_END_DECLS
