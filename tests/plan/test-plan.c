/* test-plan.c — the plan of fixture profiles (empty, typical, sixty tools
 * with long notes) built, set in pages and written as PDF, then read back
 * with poppler-utils: the texts are all there, nothing lies in the margins,
 * headings keep their first lines, no quarter page is left blank before
 * what would fit there, the page count and the paper are right. Run in English and in French
 * (RELAIS_TEST_PLAN_LANGUAGE, LANGUAGE and RELAIS_LOCALEDIR).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "plan-check.h"
#include "relais-directory-contacts.h"
#include "relais-plan-build.h"
#include "relais-plan-build-private.h"
#include "relais-price-text.h"
#include "relais-profile-tool.h"
#include "relais-progress.h"
#include "relais-plan-pdf-private.h"

static const char *language;
static RelaisCatalog *catalog;
static RelaisDirectory *directory;
static RelaisCommunes *communes;
static RelaisPlaceFinder *finder;

static GBytes *
shipped (const char *part,
         const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", part, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

static RelaisProfile *
load_fixture (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".json", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "plan", file, NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  RelaisProfile *profile;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  profile = relais_profile_new_from_data (data, (gssize) length, &error);
  g_assert_no_error (error);
  return profile;
}

static RelaisPlan *
build (RelaisProfile *profile)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 28, 10, 30, 0);
  RelaisPlanSources sources = { profile, catalog, directory, finder, now, language };

  return relais_plan_build (&sources);
}

/* --- Typography --------------------------------------------------------- */

static void
test_typeset_french (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "Pourquoi ? Parce que !", "Pourquoi\u00a0? Parce que\u00a0!" },
    { "Attention: ici; là!", "Attention\u00a0: ici\u00a0; là\u00a0!" },
    { "le « pad » du bureau", "le «\u00a0pad\u00a0» du bureau" },
    { "«pad»", "«\u00a0pad\u00a0»" },
    { "50% et 120 €", "50\u202f% et 120\u202f€" },
    { "déjà\u00a0: rien", "déjà\u00a0: rien" },
    { "Quoi ?!", "Quoi\u00a0?!" },
    { "à 10:30 ou 9h", "à 10:30 ou 9h" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = relais_plan_typeset ("fr", cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
  g_assert_null (relais_plan_typeset ("fr", NULL));
}

static void
test_typeset_keeps_addresses (void)
{
  static const char *kept[] = {
    "https://exemple.org/a:b?c=d!",
    "voir www.exemple.org/page?x=1",
    "écrire à contact@exemple.org?subject=x",
    "mailto:contact@exemple.org",
  };

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *out = relais_plan_typeset ("fr", kept[i]);

      g_assert_cmpstr (out, ==, kept[i]);
    }
}

static void
test_typeset_english (void)
{
  g_autofree char *out = relais_plan_typeset ("en", "Why? Because: « this » 50%!");

  g_assert_cmpstr (out, ==, "Why? Because: « this » 50%!");
}

/* --- The content -------------------------------------------------------- */

static gboolean
has_text (RelaisPlan *plan,
          const char *needle)
{
  return plan_check_find (plan, needle, NULL);
}

static void
test_build_typical (void)
{
  g_autoptr(RelaisProfile) profile = load_fixture ("typical");
  g_autoptr(RelaisPlan) plan = build (profile);
  const RelaisPlanItem *item = NULL;
  g_autofree char *word_heading = g_strdup_printf (_("%s → %s"), "Microsoft Word", "LibreOffice Writer");
  g_autofree char *stage = g_strdup_printf (_("Stage %u: %s"), 3, _("Decide Together"));

  g_assert_cmpstr (plan->title, ==, "Vélos solidaires de Caen");
  g_assert_cmpstr (plan->language, ==, language);
  g_assert_true (has_text (plan, word_heading));
  g_assert_true (has_text (plan, relais_tool_status_get_label (RELAIS_TOOL_STATUS_MIGRATED)));
  /* WhatsApp has no choice: the three best alternatives are named. */
  g_assert_true (plan_check_count_items_after (plan, "WhatsApp", _("Free alternatives, the best for you first")) == 3);
  /* The alternative links to its website. */
  g_assert_true (plan_check_find (plan, "Etherpad", &item));
  g_assert_nonnull (item);
  g_assert_true (g_str_has_prefix (item->url, "https://"));
  /* Who can help: a place in Caen, hosters of the pads chosen. */
  g_assert_true (has_text (plan, "Caen"));
  g_assert_true (has_text (plan, _("Hosters for Your Online Services")));
  /* Next steps: the third stage has a step left, with its note. */
  g_assert_true (has_text (plan, stage));
  g_assert_true (has_text (plan, _("Present the project to the board or at the general assembly")));
  g_assert_true (has_text (plan, "Assemblée générale du 14 mars"));
  g_assert_true (has_text (plan, "Demander l’avis des bénévoles du samedi"));
  /* A step done is not a next step. */
  g_assert_false (has_text (plan, _("Agree on who decides about the tools")));

  /* Users' words follow the plan's typography. */
  if (g_str_equal (language, "fr"))
    g_assert_true (has_text (plan, "Comptes rendus des réunions\u00a0: tout passe en ODT\u00a0!"));
  else
    g_assert_true (has_text (plan, "Comptes rendus des réunions : tout passe en ODT !"));
}

/* A tool no free alternative fits says so in the plan, with what to do
 * meanwhile; a tool with alternatives says nothing of the kind. */
static void
test_build_meanwhile (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Réseaux");
  g_autoptr(RelaisPlan) plan = NULL;
  g_autofree char *meanwhile = NULL;
  g_autofree char *meanwhile_typeset = NULL;

  relais_profile_add_tool (profile, "tiktok");
  relais_profile_add_tool (profile, "microsoft-word");
  plan = build (profile);
  meanwhile = relais_tool_describe_meanwhile (relais_catalog_lookup_tool (catalog, "tiktok"));
  g_assert_nonnull (meanwhile);
  meanwhile_typeset = relais_plan_typeset (language, meanwhile);
  g_assert_true (has_text (plan, meanwhile_typeset));
  g_assert_null (relais_tool_describe_meanwhile (relais_catalog_lookup_tool (catalog, "microsoft-word")));
}

/* A closed tool says so in the plan, with what to do instead, and costs
 * nothing; Microsoft 365 is one subscription, which an association is not
 * charged at its public price. */
static void
test_build_closed_and_savings (void)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Appels et bureautique");
  g_autoptr(RelaisPlan) plan = NULL;
  g_autoptr(RelaisProgress) progress = NULL;
  g_autofree char *closure = NULL;
  g_autofree char *closure_typeset = NULL;
  g_autofree char *saved = NULL;
  const char *ids[] = { "skype", "microsoft-word", "microsoft-excel" };

  relais_profile_set_kind (profile, RELAIS_PROFILE_KIND_ASSOCIATION);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      RelaisProfileTool *tool = relais_profile_add_tool (profile, ids[i]);

      relais_profile_tool_set_users (tool, 2);
      relais_profile_tool_set_status (tool, RELAIS_TOOL_STATUS_ADOPTED);
    }

  plan = build (profile);
  closure = relais_tool_describe_closure (relais_catalog_lookup_tool (catalog, "skype"));
  g_assert_nonnull (closure);
  closure_typeset = relais_plan_typeset (language, closure);
  g_assert_true (has_text (plan, closure_typeset));

  progress = relais_progress_new (profile, catalog);
  saved = relais_progress_describe_total (progress, TRUE);
  g_assert_cmpint (relais_progress_get_cents (progress, "EUR", TRUE), ==, 0);
  g_assert_true (has_text (plan, _("No longer paid")));
  g_assert_true (has_text (plan, saved));
  /* One basis line for the subscription, naming both programs. */
  g_assert_true (has_text (plan, "Microsoft 365 Business Standard (Microsoft Word, Microsoft Excel)"));
  g_assert_true (has_text (plan, "Microsoft for Nonprofits"));
}

/* Page 1 says what the profile is and the date once, in the subtitle. */
static void
test_build_reference (void)
{
  g_autoptr(RelaisProfile) profile = load_fixture ("reference");
  g_autoptr(RelaisPlan) plan = build (profile);
  const char *kind = relais_profile_kind_get_label (relais_profile_get_kind (profile));
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 28, 10, 30, 0);
  g_autofree char *date = relais_plan_format_date (now);

  g_autoptr(GString) subtitle = g_string_new (plan->subtitle);

  /* The subtitle keeps the date on one line with no-break spaces. */
  g_string_replace (subtitle, "\u00a0", " ", 0);
  g_assert_nonnull (strstr (subtitle->str, kind));
  g_assert_nonnull (strstr (subtitle->str, date));
  g_assert_false (has_text (plan, kind));
  g_assert_false (has_text (plan, date));
  g_assert_true (has_text (plan, "Lisieux (14100)"));
}

static void
test_build_empty (void)
{
  g_autoptr(RelaisProfile) profile = load_fixture ("empty");
  g_autoptr(RelaisPlan) plan = build (profile);

  g_assert_true (has_text (plan, _("Tool by Tool")));
  g_assert_true (has_text (plan, _("Say how much each reason matters to you, in your profile")));
  g_assert_false (has_text (plan, _("Licences")));
}

/* The plan's "Who to Contact First" is the window's: the same contacts, in
 * the same order, Artifaille first for an association of Lisieux, with
 * its distance. */
static void
test_build_contacts_as_window (void)
{
  g_autoptr(RelaisProfile) profile = load_fixture ("empty");
  g_autoptr(RelaisPlan) plan = NULL;
  g_autoptr(GArray) ranks = NULL;
  const RelaisPlanBlock *contacts = NULL;
  gboolean after_heading = FALSE;
  guint n_first = 0;

  relais_profile_set_postcode (profile, "14100");
  relais_profile_set_commune (profile, "14366");
  plan = build (profile);
  ranks = relais_directory_contacts_for_profile (directory, finder, profile, &n_first);

  for (guint i = 0; i < plan->blocks->len && contacts == NULL; i++)
    {
      const RelaisPlanBlock *block = g_ptr_array_index (plan->blocks, i);

      if (block->kind == RELAIS_PLAN_BLOCK_HEADING)
        after_heading = g_str_equal (block->text, _("Who to Contact First"));
      else if (block->kind == RELAIS_PLAN_BLOCK_ITEMS && after_heading)
        contacts = block;
    }
  g_assert_nonnull (contacts);
  g_assert_cmpuint (n_first, >, 1);
  g_assert_cmpuint (contacts->items->len, ==, n_first);
  for (guint i = 0; i < n_first; i++)
    {
      const RelaisPlanItem *item = g_ptr_array_index (contacts->items, i);
      g_autofree char *name = relais_plan_typeset (language, g_array_index (ranks, RelaisContactRank, i).contact->name);

      g_assert_cmpstr (item->text, ==, name);
    }
  g_assert_cmpstr (((const RelaisPlanItem *) g_ptr_array_index (contacts->items, 0))->text, ==, "Artifaille");
  g_assert_nonnull (strstr (((const RelaisPlanItem *) g_ptr_array_index (contacts->items, 0))->detail, "km"));
}

/* --- The pages ---------------------------------------------------------- */

/* No profile makes an item longer than a page (notes stop at 2,000
 * characters): this plan does, to see texts cut between lines. */
static RelaisPlan *
build_split (void)
{
  RelaisPlan *plan = relais_plan_new (language, "Découpe", "Items, paragraphs and charts longer than a page");
  g_autoptr(GString) long_detail = g_string_new (NULL);
  RelaisPlanBlock *block;

  plan->footer = g_strdup ("Relais");
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Heading %u", i + 1);
      g_autofree char *paragraph = g_strdup_printf ("Paragraph %u: %s", i + 1,
                                                    "words that wrap over several lines of the page, "
                                                    "to fill it up and make the next heading fall near its foot. "
                                                    "Again, words that wrap over several lines of the page.");

      relais_plan_add_heading (plan, 1 + i % 3, heading);
      relais_plan_add_paragraph (plan, paragraph, NULL);
    }
  for (guint i = 0; i < 400; i++)
    g_string_append_printf (long_detail, "line%u-of-a-very-long-detail-without-any-space_", i);
  block = relais_plan_add_items (plan);
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_UNTICKED, "An item longer than a page", long_detail->str,
                              "https://example.org/long");
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_TICKED, "The item after it", NULL, NULL);
  g_string_truncate (long_detail, 0);
  for (guint i = 0; i < 900; i++)
    g_string_append_printf (long_detail, "word%u ", i);
  relais_plan_add_paragraph (plan, long_detail->str, NULL);
  block = relais_plan_add_bars (plan, "A chart");
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *label = g_strdup_printf ("Bar %u", i);
      g_autofree char *value = g_strdup_printf ("%u of 60", i);

      relais_plan_block_add_bar (block, label, i, 60, value);
    }
  return plan;
}

static RelaisPlan *
build_case (const char *fixture)
{
  g_autoptr(RelaisProfile) profile = NULL;

  if (g_str_equal (fixture, "split"))
    return build_split ();
  profile = load_fixture (fixture);
  return build (profile);
}

typedef struct
{
  const char      *fixture;
  RelaisPlanPaper  paper;
  guint            min_pages;
  guint            max_pages;
} PdfCase;

static const PdfCase cases[] = {
  /* Four in French since the plan names the contact of the département. */
  { "empty", RELAIS_PLAN_PAPER_A4, 1, 4 },
  { "typical", RELAIS_PLAN_PAPER_A4, 3, 12 },
  { "typical", RELAIS_PLAN_PAPER_LETTER, 3, 12 },
  { "long", RELAIS_PLAN_PAPER_A4, 4, 59 },
  { "split", RELAIS_PLAN_PAPER_A4, 4, 20 },
  { "reference", RELAIS_PLAN_PAPER_A4, 4, 14 },
  { "reference", RELAIS_PLAN_PAPER_LETTER, 4, 14 },
};

static gboolean
is_heading (const RelaisPlanPiece *piece)
{
  const PangoFontDescription *font;

  if (piece->kind == RELAIS_PLAN_PIECE_RULE)
    return TRUE;
  if (piece->kind != RELAIS_PLAN_PIECE_LINES)
    return FALSE;
  font = pango_layout_get_font_description (piece->text->layout);
  return font != NULL && pango_font_description_get_weight (font) >= PANGO_WEIGHT_BOLD;
}

/* The first lines of a piece: what must stay with a heading above it. */
static double
first_lines_height (const RelaisPlanPiece *piece)
{
  if (piece->kind != RELAIS_PLAN_PIECE_LINES)
    return piece->height;
  return relais_plan_text_height (piece->text, piece->first_line, MIN (2, piece->n_lines));
}

static const char *
piece_text (const RelaisPlanPiece *piece)
{
  if (piece->kind == RELAIS_PLAN_PIECE_RULE)
    return "(rule)";
  if (piece->kind == RELAIS_PLAN_PIECE_BAR)
    return "(bar)";
  return pango_layout_get_text (piece->text->layout);
}

/* Where the layout code put each piece, page by page: every heading has at
 * least the first two lines of what follows it below it on its page (or
 * all of a shorter text), and no page ends with a quarter of it blank when
 * the headings that open the next page, with their first lines, would have
 * fitted there. */
static void
check_pagination (const PdfCase    *pdf,
                  RelaisPlanLayout *layout)
{
  guint n_pages = relais_plan_layout_get_n_pages (layout);
  double body = layout->bottom - layout->top;

  /* Every piece first, so that a failure can be read against the pages. */
  for (guint page = 0; page < n_pages; page++)
    {
      GArray *pieces = g_ptr_array_index (layout->pages, page);

      for (guint i = 0; i < pieces->len; i++)
        {
          const RelaisPlanPiece *piece = &g_array_index (pieces, RelaisPlanPiece, i);

          g_test_message ("%s page %u: y %6.1f to %6.1f%s %.40s", pdf->fixture, page + 1, piece->y,
                          piece->y + piece->height, is_heading (piece) ? " H" : "  ", piece_text (piece));
        }
    }

  for (guint page = 0; page < n_pages; page++)
    {
      GArray *pieces = g_ptr_array_index (layout->pages, page);
      const RelaisPlanPiece *last = &g_array_index (pieces, RelaisPlanPiece, pieces->len - 1);
      double blank = layout->bottom - (last->y + last->height);

      for (guint i = 0; i < pieces->len; i++)
        {
          const RelaisPlanPiece *piece = &g_array_index (pieces, RelaisPlanPiece, i);
          const RelaisPlanPiece *next = i + 1 < pieces->len ? &g_array_index (pieces, RelaisPlanPiece, i + 1) : NULL;

          if (!is_heading (piece) || (next != NULL && is_heading (next)))
            continue;
          if (next == NULL && page + 1 < n_pages)
            g_error ("%s: page %u ends with the heading “%s”", pdf->fixture, page + 1, piece_text (piece));
          if (next != NULL && next->kind == RELAIS_PLAN_PIECE_LINES &&
              next->n_lines < MIN (2, next->text->n_lines))
            g_error ("%s: page %u: the heading “%s” keeps only %u line of what follows it",
                     pdf->fixture, page + 1, piece_text (piece), next->n_lines);
        }

      g_test_message ("%s page %u: %.0f pt blank at the bottom (body %.0f pt)", pdf->fixture, page + 1, blank, body);
      if (page + 1 < n_pages && blank > body / 4)
        {
          GArray *following = g_ptr_array_index (layout->pages, page + 1);
          const RelaisPlanPiece *first = &g_array_index (following, RelaisPlanPiece, 0);
          double needed = 0;
          guint i = 0;

          /* The next page's opening headings and the first lines under them,
           * with the space the layout puts between them. */
          while (i + 1 < following->len && is_heading (&g_array_index (following, RelaisPlanPiece, i)))
            i++;
          needed = g_array_index (following, RelaisPlanPiece, i).y - first->y +
                   first_lines_height (&g_array_index (following, RelaisPlanPiece, i));
          /* 18 pt: the most space the layout puts before a heading. */
          if (needed + 18 <= blank)
            g_error ("%s: page %u leaves %.0f pt blank (a quarter of a page is %.0f) before “%s”, "
                     "which needs %.0f pt to start there", pdf->fixture, page + 1, blank, body / 4,
                     piece_text (first), needed);
        }
    }
}

/* Drawn alone on a recording surface, every page's body stays inside the
 * margins: ink included, whatever the paginator thought. */
static void
test_layout_within_margins (gconstpointer data)
{
  const PdfCase *pdf = data;
  g_autoptr(RelaisPlan) plan = build_case (pdf->fixture);
  cairo_surface_t *measure = cairo_pdf_surface_create_for_stream (NULL, NULL, 1, 1);
  cairo_t *cr = cairo_create (measure);
  double width, height;
  g_autoptr(RelaisPlanLayout) layout = NULL;

  relais_plan_paper_get_size (pdf->paper, &width, &height);
  layout = relais_plan_layout_new (plan, cr, width, height);
  check_pagination (pdf, layout);
  g_assert_cmpuint (relais_plan_layout_get_n_pages (layout), >=, pdf->min_pages);
  g_assert_cmpuint (relais_plan_layout_get_n_pages (layout), <=, pdf->max_pages);

  for (guint page = 0; page < relais_plan_layout_get_n_pages (layout); page++)
    {
      cairo_rectangle_t all = { 0, 0, width, height };
      cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &all);
      cairo_t *page_cr = cairo_create (recording);
      double x, y, w, h;

      relais_plan_layout_draw_body (layout, page_cr, page);
      cairo_recording_surface_ink_extents (recording, &x, &y, &w, &h);
      g_test_message ("%s page %u: ink from %.1f to %.1f (body %.1f to %.1f)",
                      pdf->fixture, page + 1, y, y + h, layout->top, layout->bottom);
      g_assert_cmpfloat (w, >, 0);
      g_assert_cmpfloat (y, >=, layout->top - 2);
      g_assert_cmpfloat (y + h, <=, layout->bottom + 2);
      g_assert_cmpfloat (x, >=, layout->left - 2);
      g_assert_cmpfloat (x + w, <=, layout->right + 2);
      cairo_destroy (page_cr);
      cairo_surface_destroy (recording);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (measure);
}

static void
test_pdf (gconstpointer data)
{
  const PdfCase *pdf = data;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(RelaisPlan) plan = build_case (pdf->fixture);
  gint64 built = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("relais-plan-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *text = NULL;

  if (!plan_check_have_poppler ())
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return;
    }

  g_assert_no_error (error);
  g_assert_true (relais_plan_write_pdf (plan, pdf->paper, path, &error));
  g_assert_no_error (error);
  g_test_message ("%s: built in %.1f ms, set and written in %.1f ms", pdf->fixture,
                  (built - start) / 1000.0, (g_get_monotonic_time () - built) / 1000.0);

  /* To look at the pages: RELAIS_TEST_PLAN_KEEP=DIR keeps a copy of each. */
  if (g_getenv ("RELAIS_TEST_PLAN_KEEP") != NULL)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s-%s.pdf", pdf->fixture, language,
                                               pdf->paper == RELAIS_PLAN_PAPER_A4 ? "a4" : "letter");
      g_autofree char *keep = g_build_filename (g_getenv ("RELAIS_TEST_PLAN_KEEP"), name, NULL);

      g_assert_true (relais_plan_write_pdf (plan, pdf->paper, keep, &error));
    }

  text = plan_check_pdf (plan, path, pdf->paper, pdf->min_pages, pdf->max_pages);
  g_assert_nonnull (strstr (text, plan->title));
  if (g_str_equal (pdf->fixture, "typical"))
    {
      g_autofree char *word = g_strdup_printf (_("%s → %s"), "Microsoft Word", "LibreOffice Writer");

      g_assert_nonnull (strstr (text, word));
      /* Places of Caen that help with computers; MoHo, nearest to the
       * middle of its places, helps only to find work: it comes after them,
       * out of the plan's few. */
      g_assert_null (strstr (text, "MoHo"));
      g_assert_nonnull (strstr (text, "14000 CAEN"));
      /* Each place's date and the list's, in words; old ones say to call. */
      g_assert_null (strstr (text, "(2023-04)"));
      g_assert_nonnull (strstr (text, g_str_equal (language, "fr") ? "avril 2023" : "April 2023"));
      g_assert_nonnull (strstr (text, g_str_equal (language, "fr") ? "appelez avant de vous déplacer" : "call before going"));
      /* French typography, as pdftotext gives it (no-break spaces as spaces). */
      if (g_str_equal (language, "fr"))
        {
          g_assert_nonnull (strstr (text, "Page 1 sur "));
          g_assert_nonnull (strstr (text, "le « pad »"));
          g_assert_nonnull (strstr (text, "Étape 3 : Décider ensemble"));
        }
      else
        g_assert_nonnull (strstr (text, "Page 1 of "));
    }

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_pdf_error (void)
{
  g_autoptr(RelaisProfile) profile = load_fixture ("empty");
  g_autoptr(RelaisPlan) plan = build (profile);
  g_autoptr(GError) error = NULL;

  g_assert_false (relais_plan_write_pdf (plan, RELAIS_PLAN_PAPER_A4, "/nonexistent-folder/plan.pdf", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent-folder/plan.pdf"));
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("RELAIS_LOCALEDIR");
  g_autoptr(GBytes) contacts = NULL, hosters = NULL, tools = NULL, funding = NULL, table = NULL, json = NULL;
  g_autoptr(RelaisPlaces) places = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *catalog_path = NULL;
  g_autoptr(GFile) catalog_dir = NULL;
  int status;

  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  language = g_getenv ("RELAIS_TEST_PLAN_LANGUAGE") != NULL ? g_getenv ("RELAIS_TEST_PLAN_LANGUAGE") : "en";

  g_test_init (&argc, &argv, NULL);

  catalog_path = g_test_build_filename (G_TEST_DIST, "..", "data", "catalog", NULL);
  catalog_dir = g_file_new_for_path (catalog_path);
  catalog = relais_catalog_new_from_directory (catalog_dir, &error);
  g_assert_no_error (error);
  contacts = shipped ("directory", "contacts.json");
  hosters = shipped ("directory", "hosters.json");
  tools = shipped ("directory", "inclusion-tools.json");
  funding = shipped ("directory", "funding.json");
  directory = relais_directory_new_from_data (contacts, hosters, tools, funding, &error);
  g_assert_no_error (error);
  table = shipped ("directory", "communes.tsv");
  communes = relais_communes_new_from_bytes (table, &error);
  g_assert_no_error (error);
  json = shipped ("directory", "places.json");
  places = relais_places_load_from_bytes (json, "places.json", &error);
  g_assert_no_error (error);
  finder = relais_place_finder_new (places, communes);

  g_test_add_func ("/plan/typeset/french", test_typeset_french);
  g_test_add_func ("/plan/typeset/keeps-addresses", test_typeset_keeps_addresses);
  g_test_add_func ("/plan/typeset/english", test_typeset_english);
  g_test_add_func ("/plan/build/typical", test_build_typical);
  g_test_add_func ("/plan/build/reference", test_build_reference);
  g_test_add_func ("/plan/build/empty", test_build_empty);
  g_test_add_func ("/plan/build/contacts-as-window", test_build_contacts_as_window);
  g_test_add_func ("/plan/build/closed-and-savings", test_build_closed_and_savings);
  g_test_add_func ("/plan/build/meanwhile", test_build_meanwhile);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *paper = cases[i].paper == RELAIS_PLAN_PAPER_A4 ? "a4" : "letter";
      g_autofree char *layout_path = g_strdup_printf ("/plan/layout/%s-%s", cases[i].fixture, paper);
      g_autofree char *pdf_path = g_strdup_printf ("/plan/pdf/%s-%s", cases[i].fixture, paper);

      g_test_add_data_func (layout_path, &cases[i], test_layout_within_margins);
      g_test_add_data_func (pdf_path, &cases[i], test_pdf);
    }
  g_test_add_func ("/plan/pdf/error", test_pdf_error);

  status = g_test_run ();

  relais_place_finder_unref (finder);
  relais_communes_free (communes);
  relais_directory_unref (directory);
  g_object_unref (catalog);
  return status;
}
