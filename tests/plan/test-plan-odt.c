/* test-plan-odt.c — the plan as OpenDocument text: a valid package (mimetype
 * first and stored, manifest, XML that parses), every text of the plan found
 * again, headings with outline levels, links; LibreOffice when it is here
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "plan-fixtures.h"
#include "relais-plan-odt.h"
#include "relais-plan-pdf.h"
#include "zip-read.h"

#define MIMETYPE "application/vnd.oasis.opendocument.text"

/* What a document says, read with GMarkup: paragraphs with their text as
 * LibreOffice will show it (<text:s/>, tabs and line breaks put back). */
typedef struct
{
  GPtrArray  *paragraphs;   /* char *: text:p and text:h, in order */
  GPtrArray  *headings;     /* char *: "LEVEL TEXT" */
  GPtrArray  *links;        /* char *: "HREF TEXT" */
  GPtrArray  *list_styles;  /* char *: the style of each text:list */
  GPtrArray  *manifest;     /* char *: each manifest:full-path */
  GHashTable *counts;       /* element name → how many */
  GString    *current;      /* the paragraph being read, or NULL */
  char       *level;
  char       *href;
  gsize       link_start;
} Document;

static const char *
attribute (const char **names,
           const char **values,
           const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];

  return NULL;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Document *doc = user_data;
  const char *value;

  g_hash_table_insert (doc->counts, g_strdup (element),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (doc->counts, element)) + 1));

  if (g_str_equal (element, "text:p") || g_str_equal (element, "text:h"))
    {
      g_assert_null (doc->current);
      doc->current = g_string_new (NULL);
      g_free (doc->level);
      doc->level = g_strdup (attribute (names, values, "text:outline-level"));
      if (g_str_equal (element, "text:h"))
        g_assert_nonnull (doc->level);
    }
  else if (g_str_equal (element, "text:s"))
    {
      g_assert_nonnull (doc->current);
      value = attribute (names, values, "text:c");
      for (guint n = value != NULL ? atoi (value) : 1; n > 0; n--)
        g_string_append_c (doc->current, ' ');
    }
  else if (g_str_equal (element, "text:tab") || g_str_equal (element, "text:line-break"))
    {
      g_assert_nonnull (doc->current);
      g_string_append_c (doc->current, g_str_equal (element, "text:tab") ? '\t' : '\n');
    }
  else if (g_str_equal (element, "text:a"))
    {
      g_assert_nonnull (doc->current);
      g_assert_cmpstr (attribute (names, values, "xlink:type"), ==, "simple");
      doc->href = g_strdup (attribute (names, values, "xlink:href"));
      g_assert_nonnull (doc->href);
      doc->link_start = doc->current->len;
    }
  else if (g_str_equal (element, "text:list"))
    g_ptr_array_add (doc->list_styles, g_strdup (attribute (names, values, "text:style-name")));
  else if (g_str_equal (element, "manifest:file-entry"))
    {
      g_assert_nonnull (attribute (names, values, "manifest:media-type"));
      g_ptr_array_add (doc->manifest, g_strdup (attribute (names, values, "manifest:full-path")));
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  Document *doc = user_data;

  if (g_str_equal (element, "text:p") || g_str_equal (element, "text:h"))
    {
      if (g_str_equal (element, "text:h"))
        g_ptr_array_add (doc->headings, g_strdup_printf ("%s %s", doc->level, doc->current->str));
      g_ptr_array_add (doc->paragraphs, g_string_free (g_steal_pointer (&doc->current), FALSE));
    }
  else if (g_str_equal (element, "text:a"))
    {
      g_ptr_array_add (doc->links, g_strdup_printf ("%s %s", doc->href, doc->current->str + doc->link_start));
      g_clear_pointer (&doc->href, g_free);
    }
}

static void
text (GMarkupParseContext  *context,
      const char           *content,
      gsize                 length,
      gpointer              user_data,
      GError              **error)
{
  Document *doc = user_data;

  if (doc->current != NULL)
    g_string_append_len (doc->current, content, length);
}

static void
document_free (Document *doc)
{
  g_ptr_array_unref (doc->paragraphs);
  g_ptr_array_unref (doc->headings);
  g_ptr_array_unref (doc->links);
  g_ptr_array_unref (doc->list_styles);
  g_ptr_array_unref (doc->manifest);
  g_hash_table_unref (doc->counts);
  g_free (doc->level);
  g_free (doc);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Document, document_free)

/* Parses with GMarkup (which refuses what is not well-formed), and with
 * xmllint too when it is here. */
static Document *
parse (TestZipEntry *entry,
       const char   *dir)
{
  static const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  Document *doc = g_new0 (Document, 1);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  gsize size;
  const char *xml = g_bytes_get_data (entry->data, &size);

  doc->paragraphs = g_ptr_array_new_with_free_func (g_free);
  doc->headings = g_ptr_array_new_with_free_func (g_free);
  doc->links = g_ptr_array_new_with_free_func (g_free);
  doc->list_styles = g_ptr_array_new_with_free_func (g_free);
  doc->manifest = g_ptr_array_new_with_free_func (g_free);
  doc->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_true (g_str_has_prefix (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
  g_assert_true (g_utf8_validate (xml, size, NULL));
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, doc, NULL);
  g_markup_parse_context_parse (context, xml, size, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);

  if (xmllint != NULL)
    {
      g_autofree char *base = g_path_get_basename (entry->name);
      g_autofree char *path = g_build_filename (dir, base, NULL);

      g_assert_true (g_file_set_contents (path, xml, size, NULL));
      g_assert_true (test_run ((const char * const[]) { xmllint, "--noout", path, NULL }));
    }

  return doc;
}

static guint
count (Document   *doc,
       const char *element)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (doc->counts, element));
}

static gboolean
has (GPtrArray  *strings,
     const char *wanted)
{
  return g_ptr_array_find_with_equal_func (strings, wanted, g_str_equal, NULL);
}

/* Written to a temporary folder; the raw bytes, the entries, and the folder. */
typedef struct
{
  char      *dir;
  char      *path;
  GBytes    *bytes;
  GPtrArray *entries;
  Document  *content;
  Document  *styles;
  Document  *meta;
} Package;

static Package *
write_package (RelaisPlan      *plan,
               RelaisPlanPaper  paper)
{
  Package *package = g_new0 (Package, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(Document) manifest = NULL;
  const guint8 *raw;
  gsize size;
  char *contents = NULL;

  package->dir = g_dir_make_tmp ("relais-odt-XXXXXX", NULL);
  package->path = g_build_filename (package->dir, "plan.odt", NULL);
  g_assert_true (relais_plan_write_odt (plan, paper, package->path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (package->path, &contents, &size, NULL));
  package->bytes = g_bytes_new_take (contents, size);

  /* ODF 1.2 part 3, 3.3: "mimetype" first, stored, no extra field, so that
   * its name is at byte 30 and the type right after it. */
  raw = g_bytes_get_data (package->bytes, NULL);
  g_assert_cmpuint (size, >, 38 + strlen (MIMETYPE));
  g_assert_cmpmem (raw, 4, "PK\3\4", 4);
  g_assert_cmpuint (raw[8] | (raw[9] << 8), ==, 0);    /* stored */
  g_assert_cmpuint (raw[26] | (raw[27] << 8), ==, 8);  /* name length */
  g_assert_cmpuint (raw[28] | (raw[29] << 8), ==, 0);  /* extra field */
  g_assert_cmpmem (raw + 30, 8, "mimetype", 8);
  g_assert_cmpmem (raw + 38, strlen (MIMETYPE), MIMETYPE, strlen (MIMETYPE));

  package->entries = test_zip_read (package->bytes);
  g_assert_cmpstr (((TestZipEntry *) g_ptr_array_index (package->entries, 0))->name, ==, "mimetype");

  /* The manifest names every file but itself and the mimetype. */
  manifest = parse (test_zip_find (package->entries, "META-INF/manifest.xml"), package->dir);
  g_assert_true (has (manifest->manifest, "/"));
  for (guint i = 0; i < package->entries->len; i++)
    {
      TestZipEntry *entry = g_ptr_array_index (package->entries, i);

      if (!g_str_equal (entry->name, "mimetype") && !g_str_equal (entry->name, "META-INF/manifest.xml"))
        g_assert_true (has (manifest->manifest, entry->name));
    }
  g_assert_cmpuint (manifest->manifest->len, ==, package->entries->len - 1);

  package->content = parse (test_zip_find (package->entries, "content.xml"), package->dir);
  package->styles = parse (test_zip_find (package->entries, "styles.xml"), package->dir);
  package->meta = parse (test_zip_find (package->entries, "meta.xml"), package->dir);

  return package;
}

static void
package_free (Package *package)
{
  test_remove_tree (package->dir);
  g_free (package->dir);
  g_free (package->path);
  g_bytes_unref (package->bytes);
  g_ptr_array_unref (package->entries);
  document_free (package->content);
  document_free (package->styles);
  document_free (package->meta);
  g_free (package);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Package, package_free)

static const char *
entry_text (Package    *package,
            const char *name)
{
  return g_bytes_get_data (test_zip_find (package->entries, name)->data, NULL);
}

/* Every text of the plan is a paragraph, or starts one, of content.xml. */
static void
check_texts (RelaisPlan *plan,
             Document   *content)
{
  if (plan->title != NULL)
    g_assert_true (has (content->paragraphs, plan->title));
  for (guint i = 0; i < plan->blocks->len; i++)
    {
      RelaisPlanBlock *block = g_ptr_array_index (plan->blocks, i);

      if (block->text != NULL)
        g_assert_true (has (content->paragraphs, block->text));
      if (block->kind == RELAIS_PLAN_BLOCK_HEADING)
        {
          g_autofree char *heading = g_strdup_printf ("%u %s", block->level, block->text);

          g_assert_true (has (content->headings, heading));
        }
      if (block->url != NULL)
        {
          /* The address as the writer must give it: encoded. */
          g_autofree char *target = relais_plan_link_target (block->url);
          g_autofree char *link = g_strdup_printf ("%s %s", target, block->text);

          g_assert_true (has (content->links, link));
        }
      for (guint j = 0; block->items != NULL && j < block->items->len; j++)
        {
          RelaisPlanItem *item = g_ptr_array_index (block->items, j);

          g_assert_true (has (content->paragraphs, item->text));
          if (item->detail != NULL)
            g_assert_true (has (content->paragraphs, item->detail));
          if (item->url != NULL)
            {
              g_autofree char *target = relais_plan_link_target (item->url);
              g_autofree char *link = g_strdup_printf ("%s %s", target,
                                                       block->kind == RELAIS_PLAN_BLOCK_FACTS ? item->detail : item->text);

              g_assert_true (has (content->links, link));
            }
        }
      for (guint j = 0; block->bars != NULL && j < block->bars->len; j++)
        {
          RelaisPlanBar *bar = g_ptr_array_index (block->bars, j);

          g_assert_true (has (content->paragraphs, bar->label));
          g_assert_true (has (content->paragraphs, bar->value_text));
        }
    }
}

static void
test_typical (void)
{
  g_autoptr(RelaisPlan) plan = fixture_plan_typical ();
  g_autoptr(Package) package = write_package (plan, RELAIS_PLAN_PAPER_A4);
  const char *styles = entry_text (package, "styles.xml");
  const char *meta = entry_text (package, "meta.xml");
  const char *expected_lists[] = { "Plan_20_Ticked", "Plan_20_Unticked", "Plan_20_Skipped", "Plan_20_Bullet" };

  check_texts (plan, package->content);
  g_assert_true (has (package->content->paragraphs, plan->subtitle));
  g_assert_cmpuint (package->content->headings->len, ==, 4);

  /* One list per run of the same mark, each with its mark's list style. */
  g_assert_cmpuint (package->content->list_styles->len, ==, G_N_ELEMENTS (expected_lists));
  for (guint i = 0; i < G_N_ELEMENTS (expected_lists); i++)
    g_assert_cmpstr (g_ptr_array_index (package->content->list_styles, i), ==, expected_lists[i]);
  g_assert_cmpuint (count (package->content, "text:list-item"), ==, 6);

  /* Facts and bars are tables; bars draw one rectangle when full or empty,
   * two when partly done. */
  g_assert_cmpuint (count (package->content, "table:table"), ==, 2);
  g_assert_cmpuint (count (package->content, "table:table-row"), ==, 3 + 4);
  g_assert_cmpuint (count (package->content, "draw:rect"), ==, 1 + 2 + 1 + 1);
  g_assert_nonnull (strstr (entry_text (package, "content.xml"), "<text:p text:style-name=\"Plan_20_Page_20_Break\"/>"));

  /* A4, the header's title, the footer's text and page number, French. */
  g_assert_nonnull (strstr (styles, "fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""));
  g_assert_nonnull (strstr (styles, "fo:break-before=\"page\""));
  g_assert_true (has (package->styles->paragraphs, plan->title));
  g_assert_true (has (package->styles->paragraphs, "Relais — plan des Amis du Jardin\t1 / 1"));
  g_assert_cmpuint (count (package->styles, "text:page-number"), ==, 1);
  g_assert_nonnull (strstr (styles, "fo:language=\"fr\" fo:country=\"FR\""));
  for (guint level = 1; level <= 3; level++)
    {
      g_autofree char *style = g_strdup_printf ("style:name=\"Heading_20_%u\"", level);

      g_assert_nonnull (strstr (styles, style));
    }

  g_assert_nonnull (strstr (meta, "<meta:generator>Relais/"));
  g_assert_nonnull (strstr (meta, "<dc:title>Les Amis du Jardin</dc:title>"));
  g_assert_nonnull (strstr (meta, "<dc:language>fr-FR</dc:language>"));
}

static void
test_empty (void)
{
  g_autoptr(RelaisPlan) plan = fixture_plan_empty ();
  g_autoptr(RelaisPlan) hollow = relais_plan_new ("", "", NULL);
  g_autoptr(Package) package = write_package (plan, RELAIS_PLAN_PAPER_A4);
  g_autoptr(Package) hollow_package = NULL;

  g_assert_cmpuint (package->content->paragraphs->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (package->content->paragraphs, 0), ==, "Association vide");

  /* Blocks with nothing in them, and a plan with an empty title and no
   * known language, still make a document. */
  relais_plan_add_items (hollow);
  relais_plan_add_facts (hollow);
  relais_plan_add_bars (hollow, NULL);
  relais_plan_add_paragraph (hollow, "https://example.org/", "https://example.org/");
  hollow_package = write_package (hollow, RELAIS_PLAN_PAPER_LETTER);
  g_assert_cmpuint (count (hollow_package->content, "table:table"), ==, 0);
  g_assert_cmpuint (count (hollow_package->content, "text:list"), ==, 0);
  g_assert_true (has (hollow_package->content->links, "https://example.org/ https://example.org/"));
  g_assert_nonnull (strstr (entry_text (hollow_package, "styles.xml"), "fo:language=\"en\" fo:country=\"GB\""));
}

static void
test_long (void)
{
  g_autoptr(RelaisPlan) plan = fixture_plan_long ();
  g_autoptr(Package) package = write_package (plan, RELAIS_PLAN_PAPER_LETTER);

  check_texts (plan, package->content);
  g_assert_cmpuint (count (package->content, "text:list-item"), ==, 60);
  g_assert_nonnull (strstr (entry_text (package, "styles.xml"), "fo:page-width=\"8.5in\" fo:page-height=\"11in\""));
  g_assert_nonnull (strstr (entry_text (package, "styles.xml"), "fo:language=\"en\" fo:country=\"GB\""));
  g_assert_nonnull (strstr (entry_text (package, "meta.xml"), "<dc:language>en-GB</dc:language>"));
}

static void
test_escaping (void)
{
  g_autoptr(RelaisPlan) plan = fixture_plan_tricky ();
  g_autoptr(Package) package = write_package (plan, RELAIS_PLAN_PAPER_A4);
  g_autofree char *link = g_strdup_printf ("%s %s", "https://example.org/?a=1&b=%222%22&c=%3C3%3E", FIXTURE_TRICKY_PARAGRAPH);
  const char *meta = entry_text (package, "meta.xml");
  RelaisPlanBlock *control = g_ptr_array_index (plan->blocks, 3);

  /* Characters XML 1.0 forbids are left out; everything else comes back as
   * it was, spaces, tabs and line ends included. */
  g_assert_true (has (package->content->paragraphs, "Contrôle et  à taire"));
  g_clear_pointer (&control->text, g_free);

  check_texts (plan, package->content);
  g_assert_true (has (package->content->links, link));
  g_assert_true (has (package->content->paragraphs, "Sous-titre <b>pas gras</b>"));
  g_assert_true (has (package->content->paragraphs, "  Deux espaces au début, une fin "));
  g_assert_true (has (package->styles->paragraphs, FIXTURE_TRICKY_TITLE));
  g_assert_true (has (package->styles->paragraphs, "Pied & page « 1 »\t1 / 1"));
  g_assert_nonnull (strstr (meta, "<dc:title>Les « Amis » &lt;du&gt; &amp; &quot;quartier&quot; d&apos;Arles</dc:title>"));
}

static void
test_reproducible (void)
{
  g_autoptr(RelaisPlan) plan = fixture_plan_typical ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) date = g_date_time_new (utc, 2026, 11, 28, 14, 37, 59);
  g_autoptr(GBytes) first = relais_plan_odt_to_bytes (plan, RELAIS_PLAN_PAPER_A4, date, NULL);
  g_autoptr(GBytes) second = relais_plan_odt_to_bytes (plan, RELAIS_PLAN_PAPER_A4, date, NULL);
  g_autoptr(GPtrArray) entries = test_zip_read (first);
  const char *meta = g_bytes_get_data (test_zip_find (entries, "meta.xml")->data, NULL);

  g_assert_true (g_bytes_equal (first, second));
  g_assert_nonnull (strstr (meta, "<dc:date>2026-11-28T14:37:59</dc:date>"));
}

static void
test_write_fails (void)
{
  g_autoptr(RelaisPlan) plan = fixture_plan_typical ();
  g_autofree char *dir = g_dir_make_tmp ("relais-odt-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "missing", "plan.odt", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (relais_plan_write_odt (plan, RELAIS_PLAN_PAPER_A4, path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_cmpstr (error->message, ==, "Relais could not write “plan.odt”: that folder does not exist. Choose another one.");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  test_remove_tree (dir);
}

/* A disk that refuses the write half-way (a file size limit, as a full disk
 * would): the plan written before stays whole, and no temporary file is left. */
static void
test_write_fails_half_way (void)
{
  g_autoptr(RelaisPlan) plan = fixture_plan_long ();
  g_autofree char *dir = g_dir_make_tmp ("relais-odt-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.odt", NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  struct rlimit old_limit, small_limit;

  g_assert_true (g_file_set_contents (path, "the previous plan", -1, NULL));

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  small_limit = old_limit;
  small_limit.rlim_cur = 4096;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small_limit), ==, 0);
  g_assert_false (relais_plan_write_odt (plan, RELAIS_PLAN_PAPER_A4, path, &error));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);

  g_assert_nonnull (error);
  g_assert_true (error->domain == G_FILE_ERROR);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "Relais could not write “plan.odt”: "));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "the previous plan");
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "plan.odt");
  g_assert_null (g_dir_read_name (listing));

  test_remove_tree (dir);
}

/* Writer's library (libswlo.so) sits in LibreOffice's program folder, where
 * the soffice found in PATH leads once its links are followed. */
static gboolean
libreoffice_has_writer (const char *soffice)
{
  g_autofree char *real = realpath (soffice, NULL);
  g_autofree char *program = NULL;
  g_autofree char *library = NULL;

  if (real == NULL)
    return FALSE;
  program = g_path_get_dirname (real);
  library = g_build_filename (program, "libswlo.so", NULL);
  return g_file_test (library, G_FILE_TEST_EXISTS);
}

/* LibreOffice reads each plan and makes a PDF of it; pdftotext finds the
 * texts there. Only where LibreOffice is installed. */
static void
test_libreoffice (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  RelaisPlan *(*fixtures[]) (void) = { fixture_plan_typical, fixture_plan_long, fixture_plan_tricky };
  /* The typical plan has a page break and little else; 60 tools with long
   * names take several pages. */
  const guint min_pages[] = { 2, 5, 1 }, max_pages[] = { 2, 30, 1 };

  if (soffice == NULL)
    soffice = g_find_program_in_path ("libreoffice");
  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice is not installed: the conversion to PDF is not tried");
      return;
    }
  /* LibreOffice without Writer (Debian's libreoffice-calc-nogui alone) cannot
   * load any text document and says only "source file could not be loaded",
   * as it would for a broken one: look for Writer's library beside the
   * program rather than read that as a broken plan. */
  if (!libreoffice_has_writer (soffice))
    {
      g_test_skip ("LibreOffice Writer is not installed: the conversion to PDF is not tried");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr(RelaisPlan) plan = fixtures[i] ();
      g_autoptr(Package) package = write_package (plan, RELAIS_PLAN_PAPER_A4);
      g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", package->dir);
      g_autofree char *pdf = g_build_filename (package->dir, "plan.pdf", NULL);
      g_autofree char *txt = g_build_filename (package->dir, "plan.txt", NULL);
      g_autofree char *contents = NULL;
      g_autofree char *first_item = NULL;

      g_assert_true (test_run ((const char * const[]) { soffice, profile, "--headless", "--convert-to", "pdf",
                                                        "--outdir", package->dir, package->path, NULL }));
      g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      if (pdfinfo != NULL)
        {
          g_autofree char *info = NULL;
          const char *pages;

          g_assert_true (g_spawn_sync (NULL, (char *[]) { pdfinfo, pdf, NULL }, NULL, G_SPAWN_DEFAULT,
                                       NULL, NULL, &info, NULL, NULL, NULL));
          pages = strstr (info, "\nPages:");
          g_assert_nonnull (pages);
          g_assert_cmpint (atoi (pages + strlen ("\nPages:")), >=, min_pages[i]);
          g_assert_cmpint (atoi (pages + strlen ("\nPages:")), <=, max_pages[i]);
        }
      if (pdftotext == NULL)
        continue;

      g_assert_true (test_run ((const char * const[]) { pdftotext, "-enc", "UTF-8", pdf, txt, NULL }));
      g_clear_pointer (&contents, g_free);
      g_assert_true (g_file_get_contents (txt, &contents, NULL, NULL));
      for (guint b = 0; b < plan->blocks->len && first_item == NULL; b++)
        {
          RelaisPlanBlock *block = g_ptr_array_index (plan->blocks, b);

          if (block->kind == RELAIS_PLAN_BLOCK_ITEMS)
            first_item = g_strndup (((RelaisPlanItem *) g_ptr_array_index (block->items, 0))->text, 12);
        }
      g_assert_nonnull (first_item);
      g_assert_nonnull (strstr (contents, first_item));
      g_assert_nonnull (strstr (contents, ((RelaisPlanBlock *) g_ptr_array_index (plan->blocks, 0))->text));
    }
}

/* Addresses from the data or the network (issue 14): one that closes the
 * PDF string to add a Launch action, schemes that must never be links. */
static RelaisPlan *
hostile_links_plan (void)
{
  RelaisPlan *plan = relais_plan_new ("en", "Links", NULL);
  RelaisPlanBlock *items;

  relais_plan_add_paragraph (plan, "Injected", "https://a.example/x)/S/Launch/F(calc.exe");
  relais_plan_add_paragraph (plan, "Backslash", "https://b.example/a\\b");
  relais_plan_add_paragraph (plan, "Local file", "file:///etc/passwd");
  items = relais_plan_add_items (plan);
  relais_plan_block_add_item (items, RELAIS_PLAN_MARK_BULLET, "Script", NULL, "javascript:alert(1)");
  relais_plan_block_add_item (items, RELAIS_PLAN_MARK_BULLET, "Share", NULL, "smb://server/share");
  relais_plan_block_add_item (items, RELAIS_PLAN_MARK_BULLET, "Mail", NULL, "mailto:contact@example.org");
  return plan;
}

/* The PDF holds NUL bytes, where strstr() would stop. */
static gboolean
bytes_contain (const char *data,
               gsize       length,
               const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_hostile_links (void)
{
  g_autoptr(RelaisPlan) plan = hostile_links_plan ();
  g_autoptr(GBytes) odt = relais_plan_odt_to_bytes (plan, RELAIS_PLAN_PAPER_A4, NULL, NULL);
  g_autoptr(GPtrArray) entries = test_zip_read (odt);
  g_autofree char *content = NULL;

  content = g_strndup (g_bytes_get_data (test_zip_find (entries, "content.xml")->data, NULL),
                       g_bytes_get_size (test_zip_find (entries, "content.xml")->data));
  g_assert_nonnull (strstr (content, "xlink:href=\"https://a.example/x%29/S/Launch/F%28calc.exe\""));
  g_assert_nonnull (strstr (content, "xlink:href=\"https://b.example/a%5Cb\""));
  g_assert_nonnull (strstr (content, "xlink:href=\"mailto:contact@example.org\""));
  g_assert_null (strstr (content, "xlink:href=\"file:"));
  g_assert_null (strstr (content, "xlink:href=\"javascript:"));
  g_assert_null (strstr (content, "xlink:href=\"smb:"));
}

static void
test_hostile_links_pdf (void)
{
  g_autoptr(RelaisPlan) plan = hostile_links_plan ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  /* Pango and fontconfig keep caches valgrind calls lost; ASan runs it. */
  if (g_getenv ("RELAIS_TEST_VALGRIND") != NULL)
    {
      g_test_skip ("a PDF meets fontconfig's caches under valgrind; the sanitizer lane runs it");
      return;
    }
  dir = g_dir_make_tmp ("relais-links-XXXXXX", NULL);
  path = g_build_filename (dir, "plan.pdf", NULL);

  /* The PDF's bytes: link annotations are written uncompressed. */
  g_assert_true (relais_plan_write_pdf (plan, RELAIS_PLAN_PAPER_A4, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  g_assert_true (bytes_contain (pdf, length, "https://a.example/x%29/S/Launch/F%28calc.exe"));
  g_assert_true (bytes_contain (pdf, length, "mailto:contact@example.org"));
  /* Inside the string only: never a closing parenthesis before it. */
  g_assert_false (bytes_contain (pdf, length, "x)/S/Launch"));
  g_assert_false (bytes_contain (pdf, length, "/S /Launch"));
  g_assert_false (bytes_contain (pdf, length, "file:///etc"));
  g_assert_false (bytes_contain (pdf, length, "javascript:"));
  g_assert_false (bytes_contain (pdf, length, "smb://"));

  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-odt/typical", test_typical);
  g_test_add_func ("/plan-odt/empty", test_empty);
  g_test_add_func ("/plan-odt/long", test_long);
  g_test_add_func ("/plan-odt/escaping", test_escaping);
  g_test_add_func ("/plan-odt/hostile-links", test_hostile_links);
  g_test_add_func ("/plan-odt/hostile-links-pdf", test_hostile_links_pdf);
  g_test_add_func ("/plan-odt/reproducible", test_reproducible);
  g_test_add_func ("/plan-odt/write-fails", test_write_fails);
  g_test_add_func ("/plan-odt/write-fails-half-way", test_write_fails_half_way);
  g_test_add_func ("/plan-odt/libreoffice", test_libreoffice);

  return g_test_run ();
}
