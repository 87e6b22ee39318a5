/* test-csv.c — comma-separated values as spreadsheets write them: the
 * separator guessed, quotes, line breaks inside fields, CRLF, blank lines,
 * an unclosed quote, and the length respected
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "relais-csv.h"

static GPtrArray *
parse (const char *text,
       char        separator,
       guint      *unclosed)
{
  guint ignored;

  return relais_csv_parse (text, strlen (text), separator, unclosed != NULL ? unclosed : &ignored);
}

/* Each record, its fields joined with "|", the records with "/". */
static char *
flatten (GPtrArray *records)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < records->len; i++)
    {
      g_autofree char *joined = g_strjoinv ("|", g_ptr_array_index (records, i));

      if (i > 0)
        g_string_append_c (out, '/');
      g_string_append (out, joined);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
check (const char *text,
       char        separator,
       const char *expected)
{
  g_autoptr(GPtrArray) records = parse (text, separator, NULL);
  g_autofree char *flat = flatten (records);

  g_test_message ("%s", text);
  g_assert_cmpstr (flat, ==, expected);
}

static void
test_guess_separator (void)
{
  static const struct { const char *text; char separator; } cases[] = {
    { "nom;commune;code\n1,5;2,5;3", ';' },     /* French spreadsheet: decimal commas below */
    { "name,town,code\n", ',' },
    { "a;b,c", ',' },                           /* as many of each: a comma */
    { "\"a;b;c\",d\n", ',' },                   /* inside quotes, not separators */
    { "a,b\nc;d;e;f", ',' },                    /* only the first line counts */
    { "\"x\ny;z;w\";a;b\n", ';' },              /* a quoted line break is not the line's end */
    { "", ',' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (relais_csv_guess_separator (cases[i].text, strlen (cases[i].text)), ==, cases[i].separator);
    }
  /* The length is respected: the semicolons past it are not seen. */
  g_assert_cmpint (relais_csv_guess_separator ("a,b;;;;", 3), ==, ',');
}

static void
test_fields (void)
{
  check ("a,b,c\n1,2,3\n", ',', "a|b|c/1|2|3");
  check ("a;b\n", ';', "a|b");
  check ("a,,b", ',', "a||b");
  check ("a,b,", ',', "a|b|");
  check (",", ',', "|");
  /* A comma is data when the separator is a semicolon. */
  check ("1,5;2", ';', "1,5|2");
  /* Spaces are kept: RFC 4180 says they are part of the field. */
  check (" a , b ", ',', " a | b ");
}

static void
test_quotes (void)
{
  check ("\"a,b\",c", ',', "a,b|c");
  check ("\"say \"\"hi\"\"\",x", ',', "say \"hi\"|x");
  check ("\"two\nlines\",x\ny,z", ',', "two\nlines|x/y|z");
  check ("\"\"", ',', "");
  check ("\"\",a", ',', "|a");
  /* A quote inside an unquoted field is kept as it is. */
  check ("ab\"c,d", ',', "ab\"c|d");
  /* Text after the closing quote is kept, as spreadsheets do. */
  check ("\"ab\"c,d", ',', "abc|d");
}

static void
test_lines (void)
{
  check ("a,b\r\nc,d\r\n", ',', "a|b/c|d");
  check ("a,b\rc,d", ',', "a|b/c|d");
  check ("a\n\n\nb\n", ',', "a/b");
  check ("\n\r\n", ',', "");
  check ("a,b", ',', "a|b");
  /* A quoted empty field makes a record of its own, a blank line does not. */
  check ("a\n\"\"\nb", ',', "a//b");
}

static void
test_unclosed (void)
{
  guint unclosed = 99;
  g_autoptr(GPtrArray) records = parse ("a,b\nc,\"d\ne,f\n", ',', &unclosed);
  g_autoptr(GPtrArray) closed = NULL;
  g_autofree char *flat = flatten (records);

  /* Record 2 never closes its quote: it runs to the end of the text. */
  g_assert_cmpuint (unclosed, ==, 2);
  g_assert_cmpstr (flat, ==, "a|b/c|d\ne,f\n");

  closed = parse ("a,\"b\"\n", ',', &unclosed);
  g_assert_cmpuint (unclosed, ==, 0);
}

static void
test_length (void)
{
  guint unclosed;
  g_autoptr(GPtrArray) records = relais_csv_parse ("a,b\nc,d", 3, ',', &unclosed);
  g_autoptr(GPtrArray) none = relais_csv_parse (NULL, 0, ',', &unclosed);
  g_autofree char *flat = flatten (records);

  g_assert_cmpstr (flat, ==, "a|b");
  g_assert_cmpuint (none->len, ==, 0);
  /* A NUL does not end the text: what follows it is read (the field that
   * holds it stops there, as a C string does). */
  g_ptr_array_unref (g_steal_pointer (&records));
  records = relais_csv_parse ("a\0b,c", 5, ',', &unclosed);
  g_assert_cmpuint (records->len, ==, 1);
  g_assert_cmpuint (strlen (((char **) g_ptr_array_index (records, 0))[0]), ==, 1);
  g_assert_cmpstr (((char **) g_ptr_array_index (records, 0))[1], ==, "c");
}

/* 5 MB of commas used to become five million empty fields. */
static void
test_bounded (void)
{
  gsize size = 5 * 1024 * 1024;
  g_autofree char *commas = g_strnfill (size, ',');
  g_autoptr(GPtrArray) records = NULL;
  static const char rows[] = "a,b\n1,2\n3,4\n5,6\n";
  guint unclosed = 0, stopped_at = 0;

  records = relais_csv_parse_bounded (commas, size, ',', 100, 10, &unclosed, &stopped_at);
  g_assert_cmpuint (records->len, ==, 0);
  g_assert_cmpuint (stopped_at, ==, 1);
  g_clear_pointer (&records, g_ptr_array_unref);

  records = relais_csv_parse_bounded (rows, strlen (rows), ',', 2, 3, &unclosed, &stopped_at);
  g_assert_cmpuint (records->len, ==, 3);
  g_assert_cmpuint (stopped_at, ==, 4);
  g_clear_pointer (&records, g_ptr_array_unref);

  /* Exactly at the limits: all read. */
  records = relais_csv_parse_bounded (rows, strlen (rows), ',', 2, 4, &unclosed, &stopped_at);
  g_assert_cmpuint (records->len, ==, 4);
  g_assert_cmpuint (stopped_at, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/guess-separator", test_guess_separator);
  g_test_add_func ("/csv/fields", test_fields);
  g_test_add_func ("/csv/bounded", test_bounded);
  g_test_add_func ("/csv/quotes", test_quotes);
  g_test_add_func ("/csv/lines", test_lines);
  g_test_add_func ("/csv/unclosed", test_unclosed);
  g_test_add_func ("/csv/length", test_length);

  return g_test_run ();
}
