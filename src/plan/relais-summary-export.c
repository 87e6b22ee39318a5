/* relais-summary-export.c — a workshop's totals written for its coordinator:
 * CSV (UTF-8, RFC 4180), an OpenDocument spreadsheet that LibreOffice opens,
 * or a PDF drawn as the plan is, with its charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relais-plan-build-private.h"
#include "relais-plan-export.h"
#include "relais-plan-odt.h"
#include "relais-plan-pdf.h"
#include "relais-summary-export.h"
#include "relais-zip.h"

#define ODS_MIMETYPE "application/vnd.oasis.opendocument.spreadsheet"

static gboolean
has_suffix (const char *path,
            const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, suffix);
}

/* A value as a spreadsheet reads it, whatever the locale: "1234.50". */
static char *
machine_value (RelaisSummarySection *section,
               RelaisSummaryRow     *row)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (section->currency[0] == '\0')
    return g_strdup_printf ("%" G_GINT64_FORMAT, row->value);
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", relais_cents_to_whole_units (row->value)));
}

static void
append_csv_field (GString    *out,
                  const char *field,
                  gboolean    last)
{
  /* RFC 4180: quoted when it holds a separator, a quote or a line break. */
  if (strpbrk (field, ",\"\r\n") != NULL)
    {
      g_autoptr(GString) quoted = g_string_new (field);

      g_string_replace (quoted, "\"", "\"\"", 0);
      g_string_append_printf (out, "\"%s\"", quoted->str);
    }
  else
    g_string_append (out, field);
  g_string_append (out, last ? "\r\n" : ",");
}

/**
 * relais_summary_to_csv:
 *
 * Returns: (transfer full): the totals as CSV in UTF-8, one line per row,
 *   with the columns section, what, value, unit; amounts with a dot and
 *   two decimals, whatever the language
 */
char *
relais_summary_to_csv (RelaisSummary *summary)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (summary != NULL, NULL);

  /* Translators: the columns of the totals' spreadsheet */
  append_csv_field (out, _("Section"), FALSE);
  append_csv_field (out, _("What"), FALSE);
  append_csv_field (out, _("Number"), FALSE);
  append_csv_field (out, _("Unit"), TRUE);
  for (guint i = 0; i < summary->sections->len; i++)
    {
      RelaisSummarySection *section = summary->sections->pdata[i];

      for (guint j = 0; j < section->rows->len; j++)
        {
          RelaisSummaryRow *row = section->rows->pdata[j];
          g_autofree char *value = machine_value (section, row);

          append_csv_field (out, section->title, FALSE);
          append_csv_field (out, row->label, FALSE);
          append_csv_field (out, value, FALSE);
          append_csv_field (out, section->unit, TRUE);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
append_ods_text_cell (GString    *out,
                      const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (out, "<table:table-cell office:value-type=\"string\"><text:p>%s</text:p></table:table-cell>",
                          escaped);
}

static char *
ods_content_xml (RelaisSummary *summary)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *sheet = g_markup_escape_text (_("Totals"), -1);

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<office:document-content"
                   " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                   " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                   " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                   " office:version=\"1.2\">\n"
                   "<office:body><office:spreadsheet>\n");
  g_string_append_printf (out, "<table:table table:name=\"%s\">\n"
                          "<table:table-column table:number-columns-repeated=\"4\"/>\n", sheet);

  g_string_append (out, "<table:table-row>");
  append_ods_text_cell (out, _("Section"));
  append_ods_text_cell (out, _("What"));
  append_ods_text_cell (out, _("Number"));
  append_ods_text_cell (out, _("Unit"));
  g_string_append (out, "</table:table-row>\n");

  for (guint i = 0; i < summary->sections->len; i++)
    {
      RelaisSummarySection *section = summary->sections->pdata[i];

      for (guint j = 0; j < section->rows->len; j++)
        {
          RelaisSummaryRow *row = section->rows->pdata[j];
          g_autofree char *value = machine_value (section, row);

          g_string_append (out, "<table:table-row>");
          append_ods_text_cell (out, section->title);
          append_ods_text_cell (out, row->label);
          /* A number the spreadsheet can add up, not a text. */
          g_string_append_printf (out, "<table:table-cell office:value-type=\"float\" office:value=\"%s\">"
                                  "<text:p>%s</text:p></table:table-cell>", value, value);
          append_ods_text_cell (out, section->unit);
          g_string_append (out, "</table:table-row>\n");
        }
    }
  g_string_append (out, "</table:table>\n</office:spreadsheet></office:body>\n</office:document-content>\n");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
add_text (RelaisZip   *zip,
          const char  *name,
          char        *text,
          gboolean     compress,
          GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));

  return relais_zip_add (zip, name, bytes, compress, error);
}

/**
 * relais_summary_to_ods:
 * @date: (nullable): every entry's time; %NULL: now
 *
 * The totals as an OpenDocument spreadsheet, one sheet with the columns of
 * relais_summary_to_csv(), numbers as numbers. ODF asks that `mimetype`
 * come first and stored.
 *
 * Returns: (transfer full) (nullable): the package
 */
GBytes *
relais_summary_to_ods (RelaisSummary  *summary,
                       GDateTime      *date,
                       GError        **error)
{
  g_autoptr(RelaisZip) zip = NULL;

  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  zip = relais_zip_new (date);
  if (!add_text (zip, "mimetype", g_strdup (ODS_MIMETYPE), FALSE, error)
      || !add_text (zip, "content.xml", ods_content_xml (summary), TRUE, error)
      || !add_text (zip, "META-INF/manifest.xml", g_strdup (
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                      " manifest:version=\"1.2\">\n"
                      " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\""
                      " manifest:media-type=\"" ODS_MIMETYPE "\"/>\n"
                      " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                      "</manifest:manifest>\n"), TRUE, error))
    return NULL;

  return relais_zip_finish (zip);
}

/**
 * relais_summary_to_plan:
 * @language: "fr" or "en"
 *
 * The totals as a document of the plan's kind: each count a chart of bars
 * (with its text equivalent), the sums of money as facts.
 *
 * Returns: (transfer full): the document, for relais_plan_write_pdf()
 */
RelaisPlan *
relais_summary_to_plan (RelaisSummary *summary,
                        const char    *language,
                        GDateTime     *date)
{
  g_autoptr(RelaisPlan) plan = NULL;
  g_autofree char *day = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *counted = NULL;

  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  day = relais_plan_format_date (date);
  /* Translators: the subtitle of the totals: how many profiles, the date */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u profile · %s", "%u profiles · %s", summary->profiles),
                              summary->profiles, day);
  plan = relais_plan_new (language, _("Workshop Totals"), subtitle);
  /* Translators: at the foot of every page of the totals, with their date */
  plan->footer = g_strdup_printf (_("Made with Relais on %s"), day);

  counted = g_strdup_printf (_("No profile’s name, note, person’s name or commune is in these totals. "
                               "A département with fewer than %d profiles is counted under “Other départements”."),
                             RELAIS_SUMMARY_MIN_PER_DEPARTEMENT);
  relais_plan_add_paragraph (plan, counted, NULL);

  for (guint i = 0; i < summary->sections->len; i++)
    {
      RelaisSummarySection *section = summary->sections->pdata[i];
      RelaisPlanBlock *block;

      if (section->of > 0)
        {
          block = relais_plan_add_bars (plan, section->title);
          for (guint j = 0; j < section->rows->len; j++)
            {
              RelaisSummaryRow *row = section->rows->pdata[j];
              /* Translators: a count out of a total beside a bar, e.g. “3 of 10 profiles” */
              g_autofree char *value = g_strdup_printf (_("%u of %u %s"), (guint) row->value, section->of, section->unit);

              relais_plan_block_add_bar (block, row->label, (guint) row->value, section->of, value);
            }
          if (section->note != NULL)
            relais_plan_add_paragraph (plan, section->note, NULL);
          continue;
        }

      relais_plan_add_heading (plan, 2, section->title);
      block = relais_plan_add_facts (plan);
      for (guint j = 0; j < section->rows->len; j++)
        {
          RelaisSummaryRow *row = section->rows->pdata[j];
          g_autofree char *value = relais_summary_format_value (section, row);
          g_autofree char *with_unit = section->currency[0] != '\0' ? g_strdup_printf (_("%s per year"), value)
                                                                    : g_strdup (value);

          relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, row->label, with_unit, NULL);
        }
    }

  return g_steal_pointer (&plan);
}

/**
 * relais_summary_path_has_format:
 *
 * Returns: whether @path ends in .csv, .ods or .pdf, in any case
 */
gboolean
relais_summary_path_has_format (const char *path)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return has_suffix (path, ".csv") || has_suffix (path, ".ods") || has_suffix (path, ".pdf");
}

/**
 * relais_summary_export:
 * @path: a name ending in .csv, .ods or .pdf
 * @paper: for the PDF
 *
 * Writes the totals in the format @path's ending names, atomically.
 *
 * Returns: %TRUE when written; otherwise @error says why, and nothing was
 *   written there
 */
gboolean
relais_summary_export (RelaisSummary    *summary,
                       RelaisPlanPaper   paper,
                       const char       *path,
                       GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (has_suffix (path, ".pdf"))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(RelaisPlan) plan = relais_summary_to_plan (summary, relais_plan_current_language (), now);

      return relais_plan_write_pdf (plan, paper, path, error);
    }
  if (has_suffix (path, ".csv"))
    {
      char *csv = relais_summary_to_csv (summary);

      bytes = g_bytes_new_take (csv, strlen (csv));
    }
  else if (has_suffix (path, ".ods") && !(bytes = relais_summary_to_ods (summary, NULL, error)))
    return FALSE;

  if (bytes != NULL)
    return relais_plan_write_bytes (bytes, path, error);

  name = g_path_get_basename (path);
  g_set_error (error, RELAIS_PLAN_ERROR, RELAIS_PLAN_ERROR_FORMAT,
               _("“%s” is neither a CSV file (.csv), a spreadsheet (.ods) nor a PDF (.pdf): give the file one of these endings."),
               name);
  return FALSE;
}
