/* relais-plan-odt-styles.c — the plan's OpenDocument styles (page, header and
 * footer, headings, lists), its metadata, its manifest, and text made XML
 *
 * Styles carry the names LibreOffice gives its own ("Heading_20_1",
 * "Text_20_body"), so that the document edits like one written there: the
 * Navigator lists the headings, new paragraphs take the expected style.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan-odt"

#include "config.h"

#include <string.h>

#include "relais-plan-odt-private.h"

#define MARGIN_CM 2.0

double
relais_plan_odt_text_width (RelaisPlanPaper paper)
{
  return (paper == RELAIS_PLAN_PAPER_LETTER ? 21.59 : 21.0) - 2 * MARGIN_CM;
}

/* One byte of UTF-8 text: XML 1.0 has no place for C0 controls but tab,
 * newline and return, nor for U+FFFE and U+FFFF; those are left out. */
static const char *
append_escaped_char (GString    *out,
                     const char *p)
{
  guchar c = *p;

  switch (c)
    {
    case '<':
      g_string_append (out, "&lt;");
      break;
    case '>':
      g_string_append (out, "&gt;");
      break;
    case '&':
      g_string_append (out, "&amp;");
      break;
    case '"':
      g_string_append (out, "&quot;");
      break;
    case '\'':
      g_string_append (out, "&apos;");
      break;
    case '\t':
    case '\n':
    case '\r':
      /* in attributes, where a parser would make them spaces */
      g_string_append_printf (out, "&#%u;", c);
      break;
    default:
      if (c == 0xEF && (guchar) p[1] == 0xBF && ((guchar) p[2] == 0xBE || (guchar) p[2] == 0xBF))
        return p + 2;
      if (c >= 0x20)
        g_string_append_c (out, (char) c);
      break;
    }

  return p;
}

void
relais_plan_odt_append_attr (GString    *out,
                             const char *text)
{
  g_autofree char *valid = NULL;

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    {
      valid = g_utf8_make_valid (text, -1);
      text = valid;
    }

  for (const char *p = text; *p != '\0'; p++)
    p = append_escaped_char (out, p);
}

/**
 * relais_plan_odt_append_text:
 *
 * ODF collapses a run of spaces into one and drops those that start a
 * paragraph (or follow a tab or line break): all but the first of a run, and
 * any at the start, are written as <text:s/>, which it keeps.
 */
void
relais_plan_odt_append_text (GString    *out,
                             const char *text)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) allowed = NULL;
  gboolean at_start = TRUE;

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    {
      valid = g_utf8_make_valid (text, -1);
      text = valid;
    }

  /* What XML forbids goes first, so that the spaces around it make one run. */
  allowed = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x20 || *p == '\t' || *p == '\n' || *p == '\r')
      g_string_append_c (allowed, *p);

  for (const char *p = allowed->str; *p != '\0'; p++)
    {
      if (*p == ' ')
        {
          guint run = 1, kept;

          while (p[run] == ' ')
            run++;
          p += run - 1;

          if (!at_start)
            g_string_append_c (out, ' ');
          kept = at_start ? run : run - 1;
          if (kept == 1)
            g_string_append (out, "<text:s/>");
          else if (kept > 1)
            g_string_append_printf (out, "<text:s text:c=\"%u\"/>", kept);
          at_start = FALSE;
          continue;
        }

      if (*p == '\t')
        g_string_append (out, "<text:tab/>");
      else if (*p == '\n')
        g_string_append (out, "<text:line-break/>");
      else if (*p != '\r')
        p = append_escaped_char (out, p);
      at_start = (*p == '\t' || *p == '\n');
    }
}

static void
language_and_country (RelaisPlan  *plan,
                      const char **language,
                      const char **country)
{
  const char *code = plan->language != NULL ? plan->language : "en";
  gboolean plain = strlen (code) >= 2 && strlen (code) <= 3;

  for (const char *p = code; *p != '\0'; p++)
    plain = plain && g_ascii_islower (*p);

  *language = plain ? code : "en";
  *country = NULL;
  if (g_str_equal (*language, "fr"))
    *country = "FR";
  else if (g_str_equal (*language, "en"))
    *country = "GB";
}

/* A paragraph style; @extra goes inside it (its properties). */
static void
append_paragraph_style (GString    *out,
                        const char *name,
                        const char *display_name,
                        const char *parent,
                        const char *extra)
{
  g_string_append_printf (out, "<style:style style:name=\"%s\" style:display-name=\"%s\" "
                               "style:family=\"paragraph\"", name, display_name);
  if (parent != NULL)
    g_string_append_printf (out, " style:parent-style-name=\"%s\"", parent);
  g_string_append_printf (out, " style:class=\"text\">%s</style:style>\n", extra);
}

static void
append_heading_style (GString *out,
                      guint    level,
                      double   size_pt,
                      double   space_above_cm)
{
  g_autofree char *name = g_strdup_printf ("Heading_20_%u", level);
  g_autofree char *display_name = g_strdup_printf ("Heading %u", level);
  char size[G_ASCII_DTOSTR_BUF_SIZE], above[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (size, sizeof size, "%.1f", size_pt);
  g_ascii_formatd (above, sizeof above, "%.2f", space_above_cm);
  g_string_append_printf (out,
    "<style:style style:name=\"%s\" style:display-name=\"%s\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Heading\" style:next-style-name=\"Text_20_body\" "
    "style:default-outline-level=\"%u\" style:class=\"text\">"
    "<style:paragraph-properties fo:margin-top=\"%scm\" fo:margin-bottom=\"0.2cm\"/>"
    "<style:text-properties fo:font-size=\"%spt\" fo:font-weight=\"bold\"/>"
    "</style:style>\n", name, display_name, level, above, size);
}

/* A list style whose label is @mark: one per kind of item, so that a new
 * item typed in LibreOffice takes the mark of the list it is in. */
static void
append_list_style (GString    *out,
                   const char *name,
                   const char *display_name,
                   const char *mark)
{
  g_string_append_printf (out,
    "<text:list-style style:name=\"%s\" style:display-name=\"%s\">"
    "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"%s\">"
    "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
    "<style:list-level-label-alignment text:label-followed-by=\"listtab\" "
    "text:list-tab-stop-position=\"0.7cm\" fo:text-indent=\"-0.6cm\" fo:margin-left=\"0.7cm\"/>"
    "</style:list-level-properties>"
    "</text:list-level-style-bullet></text:list-style>\n", name, display_name, mark);
}

char *
relais_plan_odt_styles_xml (RelaisPlan      *plan,
                            RelaisPlanPaper  paper)
{
  GString *out = g_string_new (NULL);
  const char *language, *country;
  char width[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *country_attr = NULL;
  g_autofree char *tab = NULL;

  language_and_country (plan, &language, &country);
  country_attr = country != NULL ? g_strdup_printf (" fo:country=\"%s\"", country) : g_strdup ("");
  g_ascii_formatd (width, sizeof width, "%.2f", relais_plan_odt_text_width (paper));
  tab = g_strdup_printf ("<style:paragraph-properties><style:tab-stops>"
                         "<style:tab-stop style:position=\"%scm\" style:type=\"right\"/>"
                         "</style:tab-stops></style:paragraph-properties>"
                         "<style:text-properties fo:font-size=\"9pt\" fo:color=\"#5e5c64\"/>", width);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<office:document-styles " RELAIS_ODF_NAMESPACES
                        " office:version=\"" RELAIS_ODF_VERSION "\">\n"
                        "<office:font-face-decls>"
                        "<style:font-face style:name=\"Liberation Sans\" svg:font-family=\"&apos;Liberation Sans&apos;\" "
                        "style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
                        "</office:font-face-decls>\n"
                        "<office:styles>\n");

  g_string_append_printf (out,
    "<style:default-style style:family=\"paragraph\">"
    "<style:paragraph-properties fo:hyphenation-ladder-count=\"no-limit\" style:writing-mode=\"page\"/>"
    "<style:text-properties style:font-name=\"Liberation Sans\" fo:font-size=\"10.5pt\" "
    "fo:language=\"%s\"%s fo:hyphenate=\"true\" "
    "fo:hyphenation-remain-char-count=\"2\" fo:hyphenation-push-char-count=\"2\"/>"
    "</style:default-style>\n", language, country_attr);

  g_string_append (out, "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\n");
  append_paragraph_style (out, "Text_20_body", "Text body", "Standard",
                          "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.2cm\" "
                          "fo:line-height=\"115%\" fo:orphans=\"2\" fo:widows=\"2\"/>");
  append_paragraph_style (out, "Heading", "Heading", "Standard",
                          "<style:paragraph-properties fo:keep-with-next=\"always\"/>");
  append_heading_style (out, 1, 17, 0.6);
  append_heading_style (out, 2, 13.5, 0.5);
  append_heading_style (out, 3, 11.5, 0.35);
  append_paragraph_style (out, "Title", "Title", "Heading",
                          "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.2cm\"/>"
                          "<style:text-properties fo:font-size=\"24pt\" fo:font-weight=\"bold\"/>");
  append_paragraph_style (out, "Subtitle", "Subtitle", "Standard",
                          "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.6cm\"/>"
                          "<style:text-properties fo:font-size=\"12pt\" fo:color=\"#5e5c64\"/>");
  append_paragraph_style (out, "Header", "Header", "Standard", tab);
  append_paragraph_style (out, "Footer", "Footer", "Standard", tab);
  append_paragraph_style (out, "Plan_20_Item", "Plan item", "Standard",
                          "<style:paragraph-properties fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0cm\"/>");
  append_paragraph_style (out, "Plan_20_Item_20_Detail", "Plan item detail", "Standard",
                          "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.05cm\"/>"
                          "<style:text-properties fo:font-size=\"9pt\" fo:color=\"#5e5c64\"/>");
  append_paragraph_style (out, "Plan_20_Fact_20_Label", "Plan fact label", "Standard",
                          "<style:text-properties fo:font-weight=\"bold\"/>");
  append_paragraph_style (out, "Plan_20_Fact_20_Value", "Plan fact value", "Standard", "");
  append_paragraph_style (out, "Plan_20_Chart_20_Title", "Plan chart title", "Standard",
                          "<style:paragraph-properties fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.1cm\" "
                          "fo:keep-with-next=\"always\"/>"
                          "<style:text-properties fo:font-weight=\"bold\"/>");
  /* An empty paragraph that starts a page: small, so that it takes no room. */
  append_paragraph_style (out, "Plan_20_Page_20_Break", "Plan page break", "Standard",
                          "<style:paragraph-properties fo:break-before=\"page\" fo:margin-top=\"0cm\" "
                          "fo:margin-bottom=\"0cm\" fo:line-height=\"100%\"/>"
                          "<style:text-properties fo:font-size=\"2pt\"/>");

  g_string_append (out,
    "<style:style style:name=\"Internet_20_link\" style:display-name=\"Internet link\" style:family=\"text\">"
    "<style:text-properties fo:color=\"#1a5fb4\" style:text-underline-style=\"solid\" "
    "style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\"/></style:style>\n"
    "<style:style style:name=\"Visited_20_Internet_20_Link\" style:display-name=\"Visited Internet Link\" style:family=\"text\">"
    "<style:text-properties fo:color=\"#613583\" style:text-underline-style=\"solid\" "
    "style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\"/></style:style>\n");

  append_list_style (out, "Plan_20_Bullet", "Plan bullet", "•");
  append_list_style (out, "Plan_20_Ticked", "Plan ticked", "☑");
  append_list_style (out, "Plan_20_Unticked", "Plan unticked", "☐");
  append_list_style (out, "Plan_20_Skipped", "Plan skipped", "–");

  /* Outline levels without numbers: the headings say their own titles. */
  g_string_append (out, "<text:outline-style style:name=\"Outline\">");
  for (guint level = 1; level <= 10; level++)
    g_string_append_printf (out, "<text:outline-level-style text:level=\"%u\" style:num-format=\"\"/>", level);
  g_string_append (out, "</text:outline-style>\n</office:styles>\n");

  g_string_append_printf (out,
    "<office:automatic-styles>"
    "<style:page-layout style:name=\"PlanPage\">"
    "<style:page-layout-properties fo:page-width=\"%s\" fo:page-height=\"%s\" "
    "style:print-orientation=\"portrait\" fo:margin-top=\"1.5cm\" fo:margin-bottom=\"1.5cm\" "
    "fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
    "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-bottom=\"0.5cm\"/></style:header-style>"
    "<style:footer-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-top=\"0.5cm\"/></style:footer-style>"
    "</style:page-layout>"
    "</office:automatic-styles>\n",
    paper == RELAIS_PLAN_PAPER_LETTER ? "8.5in" : "21cm",
    paper == RELAIS_PLAN_PAPER_LETTER ? "11in" : "29.7cm");

  g_string_append (out, "<office:master-styles>"
                        "<style:master-page style:name=\"Standard\" style:page-layout-name=\"PlanPage\">"
                        "<style:header><text:p text:style-name=\"Header\">");
  relais_plan_odt_append_text (out, plan->title);
  g_string_append (out, "</text:p></style:header>"
                        "<style:footer><text:p text:style-name=\"Footer\">");
  relais_plan_odt_append_text (out, plan->footer);
  g_string_append (out, "<text:tab/><text:page-number text:select-page=\"current\">1</text:page-number>"
                        " / <text:page-count>1</text:page-count></text:p></style:footer>"
                        "</style:master-page></office:master-styles>\n"
                        "</office:document-styles>\n");

  return g_string_free (out, FALSE);
}

char *
relais_plan_odt_meta_xml (RelaisPlan *plan,
                          GDateTime  *date)
{
  GString *out = g_string_new (NULL);
  g_autofree char *when = g_date_time_format (date, "%Y-%m-%dT%H:%M:%S");
  const char *language, *country;

  language_and_country (plan, &language, &country);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<office:document-meta " RELAIS_ODF_NAMESPACES
                        " office:version=\"" RELAIS_ODF_VERSION "\">\n<office:meta>"
                        "<meta:generator>Relais/" PACKAGE_VERSION "</meta:generator>");
  if (plan->title != NULL)
    {
      g_string_append (out, "<dc:title>");
      relais_plan_odt_append_attr (out, plan->title);
      g_string_append (out, "</dc:title>");
    }
  if (plan->subtitle != NULL)
    {
      g_string_append (out, "<dc:description>");
      relais_plan_odt_append_attr (out, plan->subtitle);
      g_string_append (out, "</dc:description>");
    }
  g_string_append_printf (out, "<dc:language>%s%s%s</dc:language>"
                               "<meta:creation-date>%s</meta:creation-date>"
                               "<dc:date>%s</dc:date>"
                               "</office:meta>\n</office:document-meta>\n",
                          language, country != NULL ? "-" : "", country != NULL ? country : "",
                          when, when);

  return g_string_free (out, FALSE);
}

char *
relais_plan_odt_manifest_xml (void)
{
  return g_strdup ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                   "manifest:version=\"" RELAIS_ODF_VERSION "\">\n"
                   " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"" RELAIS_ODF_VERSION "\" "
                   "manifest:media-type=\"" RELAIS_ODF_MIMETYPE "\"/>\n"
                   " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                   " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
                   " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
                   "</manifest:manifest>\n");
}
