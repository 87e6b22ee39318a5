/* relais-plan-odt-private.h — shared by relais-plan-odt.c (content.xml, the
 * package) and relais-plan-odt-styles.c (styles.xml, meta.xml, the manifest)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relais-plan.h"

G_BEGIN_DECLS

#define RELAIS_ODF_VERSION "1.2"
#define RELAIS_ODF_MIMETYPE "application/vnd.oasis.opendocument.text"

#define RELAIS_ODF_NAMESPACES \
  "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " \
  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " \
  "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " \
  "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" " \
  "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" " \
  "xmlns:xlink=\"http://www.w3.org/1999/xlink\" " \
  "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " \
  "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" " \
  "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""

/* Between the page margins, in centimetres. */
double  relais_plan_odt_text_width     (RelaisPlanPaper  paper);

/* Text as the content of a paragraph: escaped, spaces kept (<text:s/>), tabs
 * and line ends as <text:tab/> and <text:line-break/>, and the characters
 * XML 1.0 forbids left out. */
void    relais_plan_odt_append_text    (GString         *out,
                                        const char      *text);
/* The same, for an attribute's value. */
void    relais_plan_odt_append_attr    (GString         *out,
                                        const char      *text);

char   *relais_plan_odt_styles_xml     (RelaisPlan      *plan,
                                        RelaisPlanPaper  paper);
char   *relais_plan_odt_meta_xml       (RelaisPlan      *plan,
                                        GDateTime       *date);
char   *relais_plan_odt_manifest_xml   (void);

G_END_DECLS
