/* relais-csv.c — comma-separated values (RFC 4180), as spreadsheets write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-csv"

#include "config.h"

#include "relais-csv.h"

/**
 * relais_csv_guess_separator:
 *
 * A spreadsheet set to French writes `;` between values, since `,` is its
 * decimal mark: whichever of the two the first line (outside quotes) holds
 * more of is the separator, `,` when in doubt.
 */
char
relais_csv_guess_separator (const char *text,
                            gsize       length)
{
  gboolean quoted = FALSE;
  guint commas = 0, semicolons = 0;

  g_return_val_if_fail (text != NULL || length == 0, ',');

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '"')
        quoted = !quoted;
      else if (!quoted && (text[i] == '\n' || text[i] == '\r'))
        break;
      else if (!quoted && text[i] == ',')
        commas++;
      else if (!quoted && text[i] == ';')
        semicolons++;
    }

  return semicolons > commas ? ';' : ',';
}

static void
end_field (GPtrArray *fields,
           GString   *field)
{
  g_ptr_array_add (fields, g_strndup (field->str, field->len));
  g_string_truncate (field, 0);
}

static void
end_record (GPtrArray *records,
            GPtrArray *fields)
{
  g_ptr_array_add (fields, NULL);
  g_ptr_array_add (records, g_ptr_array_free (fields, FALSE));
}

/**
 * relais_csv_parse_bounded:
 * @max_fields: the most fields a record may have
 * @max_records: the most records read
 * @unclosed_record: (out): set to the 1-based number of a record whose quote
 *   is never closed (it then runs to the end of the text), or 0
 * @stopped_at: (out): set to the 1-based number of the record at which the
 *   reading stopped, one too wide or one too many, or 0 when it read all
 *
 * Splits @text into records of fields: quoted fields may hold the separator,
 * line breaks and doubled quotes; lines end with LF or CRLF. Blank lines are
 * left out, so a record's number is its row in a spreadsheet only when the
 * file has none. The limits keep a hostile file (50 MB of commas) from
 * growing into gigabytes of empty fields.
 *
 * Returns: (transfer full) (element-type GStrv): the records before the limit
 */
GPtrArray *
relais_csv_parse_bounded (const char *text,
                          gsize       length,
                          char        separator,
                          guint       max_fields,
                          guint       max_records,
                          guint      *unclosed_record,
                          guint      *stopped_at)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GString) field = g_string_new (NULL);
  GPtrArray *fields;
  gboolean quoted = FALSE, was_quoted = FALSE;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (separator != '"' && separator != '\n' && separator != '\r', NULL);
  g_return_val_if_fail (unclosed_record != NULL, NULL);
  g_return_val_if_fail (stopped_at != NULL, NULL);

  fields = g_ptr_array_new ();
  *unclosed_record = 0;
  *stopped_at = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (quoted)
        {
          if (c != '"')
            g_string_append_c (field, c);
          else if (i + 1 < length && text[i + 1] == '"')
            g_string_append_c (field, text[++i]);
          else
            quoted = FALSE;
        }
      else if (c == '"' && field->len == 0 && !was_quoted)
        quoted = was_quoted = TRUE;
      else if (c == separator)
        {
          end_field (fields, field);
          was_quoted = FALSE;
        }
      else if (c == '\r' && i + 1 < length && text[i + 1] == '\n')
        continue;
      else if (c == '\n' || c == '\r')
        {
          /* A blank line is not a record. */
          if (fields->len > 0 || field->len > 0 || was_quoted)
            {
              end_field (fields, field);
              end_record (records, fields);
              fields = g_ptr_array_new ();
            }
          was_quoted = FALSE;
        }
      else
        g_string_append_c (field, c);

      if (fields->len >= max_fields ||
          (records->len >= max_records && (fields->len > 0 || field->len > 0)))
        {
          *stopped_at = records->len + 1;
          g_ptr_array_add (fields, NULL);
          g_strfreev ((char **) g_ptr_array_free (fields, FALSE));
          return g_steal_pointer (&records);
        }
    }

  if (quoted)
    *unclosed_record = records->len + 1;
  if (fields->len > 0 || field->len > 0 || was_quoted)
    {
      end_field (fields, field);
      end_record (records, fields);
    }
  else
    g_ptr_array_free (fields, TRUE);

  return g_steal_pointer (&records);
}

/**
 * relais_csv_parse:
 *
 * relais_csv_parse_bounded() without limits, for text Relais trusts.
 *
 * Returns: (transfer full) (element-type GStrv): the records
 */
GPtrArray *
relais_csv_parse (const char *text,
                  gsize       length,
                  char        separator,
                  guint      *unclosed_record)
{
  guint stopped_at;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (unclosed_record != NULL, NULL);

  return relais_csv_parse_bounded (text, length, separator, G_MAXUINT, G_MAXUINT, unclosed_record, &stopped_at);
}
