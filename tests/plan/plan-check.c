/* plan-check.c — a plan's texts, and its PDF read back with poppler-utils:
 * pdfinfo for the pages and the paper, pdftotext for the words and,
 * with -bbox, where each word lies on its page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <stdlib.h>

#include "plan-check.h"
#include "relais-plan-pdf-private.h"

/* What a text check ignores: spaces and line breaks, and the hyphens
 * Pango adds where it breaks a word; ligatures are spelt out. */
static char *
normalise (const char *text)
{
  g_autofree char *composed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  GString *out = g_string_new (NULL);

  for (const char *p = composed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == '-' || c == 0x2010 || c == 0x00AD)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
item_has (const RelaisPlanItem *item,
          const char           *needle)
{
  return strstr (item->text, needle) != NULL || (item->detail != NULL && strstr (item->detail, needle) != NULL);
}

gboolean
plan_check_find (RelaisPlan            *plan,
                 const char            *needle,
                 const RelaisPlanItem **found)
{
  for (guint i = 0; i < plan->blocks->len; i++)
    {
      const RelaisPlanBlock *block = g_ptr_array_index (plan->blocks, i);

      /* Asked for an item: only items count. */
      if (found == NULL && block->text != NULL && strstr (block->text, needle) != NULL)
        return TRUE;
      for (guint j = 0; block->items != NULL && j < block->items->len; j++)
        if (item_has (g_ptr_array_index (block->items, j), needle))
          {
            if (found != NULL)
              *found = g_ptr_array_index (block->items, j);
            return TRUE;
          }
      for (guint j = 0; found == NULL && block->bars != NULL && j < block->bars->len; j++)
        if (strstr (((RelaisPlanBar *) g_ptr_array_index (block->bars, j))->label, needle) != NULL)
          return TRUE;
    }
  return FALSE;
}

/* The items of the list under @subheading, in the section of @heading. */
guint
plan_check_count_items_after (RelaisPlan *plan,
                              const char *heading,
                              const char *subheading)
{
  gboolean in_section = FALSE, in_subsection = FALSE;

  for (guint i = 0; i < plan->blocks->len; i++)
    {
      const RelaisPlanBlock *block = g_ptr_array_index (plan->blocks, i);

      if (block->kind == RELAIS_PLAN_BLOCK_HEADING && block->level <= 2)
        in_section = g_str_equal (block->text, heading);
      else if (block->kind == RELAIS_PLAN_BLOCK_HEADING)
        in_subsection = in_section && g_str_equal (block->text, subheading);
      else if (block->kind == RELAIS_PLAN_BLOCK_ITEMS && in_subsection)
        return block->items->len;
    }
  return 0;
}

gboolean
plan_check_have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  return pdftotext != NULL && pdfinfo != NULL;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return out;
}

/* Each text the plan holds is in the body's words, whole. */
static void
check_texts (RelaisPlan *plan,
             const char *body)
{
  g_autofree char *words = normalise (body);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  guint missing = 0;

  g_ptr_array_add (texts, plan->title);
  if (plan->subtitle != NULL)
    g_ptr_array_add (texts, plan->subtitle);
  for (guint i = 0; i < plan->blocks->len; i++)
    {
      RelaisPlanBlock *block = g_ptr_array_index (plan->blocks, i);

      if (block->text != NULL)
        g_ptr_array_add (texts, block->text);
      for (guint j = 0; block->items != NULL && j < block->items->len; j++)
        {
          RelaisPlanItem *item = g_ptr_array_index (block->items, j);

          g_ptr_array_add (texts, item->text);
          if (item->detail != NULL)
            g_ptr_array_add (texts, item->detail);
        }
      for (guint j = 0; block->bars != NULL && j < block->bars->len; j++)
        {
          RelaisPlanBar *bar = g_ptr_array_index (block->bars, j);

          g_ptr_array_add (texts, bar->label);
          if (bar->value_text != NULL)
            g_ptr_array_add (texts, bar->value_text);
        }
    }

  for (guint i = 0; i < texts->len; i++)
    {
      /* An item's detail is several lines: each is a paragraph of its own. */
      g_auto(GStrv) lines = g_strsplit (g_ptr_array_index (texts, i), "\n", -1);

      for (guint j = 0; lines[j] != NULL; j++)
        {
          g_autofree char *wanted = normalise (lines[j]);

          if (wanted[0] != '\0' && strstr (words, wanted) == NULL)
            {
              g_test_message ("not in the PDF: %.120s…", lines[j]);
              missing++;
            }
        }
    }
  g_assert_cmpuint (missing, ==, 0);
}

/* Above the body only the header, below it only the footer: any other
 * word there was drawn in a margin. */
static double
fetch_double (GMatchInfo *match,
              int         group)
{
  g_autofree char *text = g_match_info_fetch (match, group);

  return g_ascii_strtod (text, NULL);
}

static void
check_word_places (RelaisPlan *plan,
                   const char *bbox,
                   double      width,
                   double      height,
                   guint       n_pages)
{
  g_autoptr(GRegex) regex = g_regex_new ("<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                                         G_REGEX_DEFAULT, G_REGEX_MATCH_DEFAULT, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *title = normalise (plan->title);
  g_autofree char *footer = normalise (plan->footer);
  double top = RELAIS_PLAN_MARGIN, bottom = height - RELAIS_PLAN_MARGIN;
  guint page = 0, words = 0;

  for (g_regex_match (regex, bbox, G_REGEX_MATCH_DEFAULT, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *whole = g_match_info_fetch (match, 0);
      g_autofree char *text = NULL;
      g_autofree char *word = NULL;
      g_autofree char *page_label = NULL;
      g_autofree char *label = NULL;
      double x_min, y_min, x_max, y_max;

      if (g_str_equal (whole, "<page "))
        {
          page++;
          continue;
        }
      words++;
      text = g_match_info_fetch (match, 5);
      word = normalise (text);
      x_min = fetch_double (match, 1);
      y_min = fetch_double (match, 2);
      x_max = fetch_double (match, 3);
      y_max = fetch_double (match, 4);
      page_label = g_strdup_printf (_("Page %u of %u"), page, n_pages);
      label = normalise (page_label);

      if (y_max <= top - 3)
        {
          /* The header: the title, cut with an ellipsis if long. */
          g_autofree char *cut = g_strdup (word);
          char *ellipsis = strstr (cut, "…");

          if (ellipsis != NULL)
            *ellipsis = '\0';
          if (page == 1 || strstr (title, cut) == NULL)
            g_error ("page %u: “%s” drawn in the top margin", page, text);
        }
      else if (y_min >= bottom + 3)
        {
          if (strstr (footer, word) == NULL && strstr (label, word) == NULL)
            g_error ("page %u: “%s” drawn in the bottom margin", page, text);
        }
      else if (y_min < top - 2 || y_max > bottom + 2 || x_min < RELAIS_PLAN_MARGIN - 2 ||
               x_max > width - RELAIS_PLAN_MARGIN + 2)
        g_error ("page %u: “%s” at (%.1f, %.1f)–(%.1f, %.1f) crosses the margins of the body (%.1f to %.1f)",
                 page, text, x_min, y_min, x_max, y_max, top, bottom);
    }
  g_assert_cmpuint (page, ==, n_pages);
  g_assert_cmpuint (words, >, 20);
}

static void
check_links (RelaisPlan *plan,
             const char *path)
{
  g_autofree char *data = NULL;
  gsize length;
  guint links = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  /* Compressed streams hold NUL bytes; the link annotations are plain text. */
  for (gsize i = 0; i < length; i++)
    if (data[i] == '\0')
      data[i] = ' ';
  for (guint i = 0; i < plan->blocks->len; i++)
    {
      RelaisPlanBlock *block = g_ptr_array_index (plan->blocks, i);

      for (guint j = 0; block->items != NULL && j < block->items->len; j++)
        {
          RelaisPlanItem *item = g_ptr_array_index (block->items, j);

          if (item->url == NULL)
            continue;
          links++;
          if (strstr (data, item->url) == NULL)
            g_error ("no link to %s in the PDF", item->url);
        }
    }
  if (links > 0)
    g_assert_nonnull (strstr (data, "/URI"));
}

/* Returns: (transfer full): the text of the PDF, as pdftotext -layout sets it */
char *
plan_check_pdf (RelaisPlan      *plan,
                const char      *path,
                RelaisPlanPaper  paper,
                guint            min_pages,
                guint            max_pages)
{
  const char *info_argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (info_argv);
  g_autofree char *pages_text = NULL;
  g_autofree char *size = NULL;
  g_autofree char *text = NULL;
  g_autofree char *body = NULL;
  g_autofree char *bbox = NULL;
  g_autofree char *first_page = NULL;
  g_autofree char *y = NULL, *w = NULL, *h = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GRegex) pages = g_regex_new ("^Pages: *([0-9]+)$", G_REGEX_MULTILINE, 0, NULL);
  double width, height;
  guint n_pages;

  relais_plan_paper_get_size (paper, &width, &height);

  g_assert_true (g_regex_match_simple ("^Title: *.+$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Creator: *Relais", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match (pages, info, 0, &match));
  pages_text = g_match_info_fetch (match, 1);
  n_pages = (guint) atoi (pages_text);
  g_test_message ("%s: %u pages", plan->title, n_pages);
  g_assert_cmpuint (n_pages, >=, min_pages);
  g_assert_cmpuint (n_pages, <=, max_pages);
  size = g_strdup_printf ("Page size: *%s x %s pts", paper == RELAIS_PLAN_PAPER_A4 ? "595\\.28" : "612",
                          paper == RELAIS_PLAN_PAPER_A4 ? "841\\.89" : "792");
  g_assert_true (g_regex_match_simple (size, info, 0, 0));

  {
    const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };

    text = run (argv);
  }
  first_page = g_strdup_printf (_("Page %u of %u"), 1, n_pages);
  g_assert_nonnull (strstr (text, first_page));
  if (plan->footer != NULL)
    g_assert_nonnull (strstr (text, plan->footer));

  /* The body alone, without header and footer, so that a text cut by a
   * page break reads on. */
  y = g_strdup_printf ("%.0f", RELAIS_PLAN_MARGIN - 3);
  w = g_strdup_printf ("%.0f", width);
  h = g_strdup_printf ("%.0f", height - 2 * RELAIS_PLAN_MARGIN + 6);
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-x", "0", "-y", y, "-W", w, "-H", h, path, "-", NULL };

    body = run (argv);
  }
  check_texts (plan, body);

  {
    const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", path, "-", NULL };

    bbox = run (argv);
  }
  check_word_places (plan, bbox, width, height, n_pages);
  check_links (plan, path);
  return g_steal_pointer (&text);
}
