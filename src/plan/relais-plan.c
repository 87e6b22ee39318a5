/* relais-plan.c — the plan's document model: blocks in reading order, and
 * the French typography of the texts people typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-plan"

#include "config.h"

#include <string.h>

#include "relais-plan.h"

#define NBSP        0x00A0
#define NARROW_NBSP 0x202F

G_DEFINE_QUARK (relais-plan-error-quark, relais_plan_error)

static void
item_free (gpointer data)
{
  RelaisPlanItem *item = data;

  g_free (item->text);
  g_free (item->detail);
  g_free (item->url);
  g_free (item);
}

static void
bar_free (gpointer data)
{
  RelaisPlanBar *bar = data;

  g_free (bar->label);
  g_free (bar->value_text);
  g_free (bar);
}

static void
block_free (gpointer data)
{
  RelaisPlanBlock *block = data;

  g_free (block->text);
  g_free (block->url);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_clear_pointer (&block->bars, g_ptr_array_unref);
  g_free (block);
}

static RelaisPlanBlock *
add_block (RelaisPlan          *plan,
           RelaisPlanBlockKind  kind)
{
  RelaisPlanBlock *block = g_new0 (RelaisPlanBlock, 1);

  block->kind = kind;
  g_ptr_array_add (plan->blocks, block);
  return block;
}

/**
 * relais_plan_new:
 * @language: "fr" or "en"
 * @title: the profile's name
 * @subtitle: (nullable): what the document is, and its date
 *
 * Returns: (transfer full): an empty plan
 */
RelaisPlan *
relais_plan_new (const char *language,
                 const char *title,
                 const char *subtitle)
{
  RelaisPlan *plan;

  g_return_val_if_fail (language != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  plan = g_new0 (RelaisPlan, 1);
  plan->language = g_strdup (language);
  plan->title = g_strdup (title);
  plan->subtitle = g_strdup (subtitle);
  plan->blocks = g_ptr_array_new_with_free_func (block_free);
  return plan;
}

void
relais_plan_free (RelaisPlan *plan)
{
  if (plan == NULL)
    return;

  g_free (plan->language);
  g_free (plan->title);
  g_free (plan->subtitle);
  g_free (plan->footer);
  g_ptr_array_unref (plan->blocks);
  g_free (plan);
}

RelaisPlanBlock *
relais_plan_add_heading (RelaisPlan *plan,
                         guint       level,
                         const char *text)
{
  RelaisPlanBlock *block;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (level >= 1 && level <= 3, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  block = add_block (plan, RELAIS_PLAN_BLOCK_HEADING);
  block->level = level;
  block->text = g_strdup (text);
  return block;
}

RelaisPlanBlock *
relais_plan_add_paragraph (RelaisPlan *plan,
                           const char *text,
                           const char *url)
{
  RelaisPlanBlock *block;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  block = add_block (plan, RELAIS_PLAN_BLOCK_PARAGRAPH);
  block->text = g_strdup (text);
  block->url = g_strdup (url);
  return block;
}

static RelaisPlanBlock *
add_list (RelaisPlan          *plan,
          RelaisPlanBlockKind  kind)
{
  RelaisPlanBlock *block = add_block (plan, kind);

  block->items = g_ptr_array_new_with_free_func (item_free);
  return block;
}

RelaisPlanBlock *
relais_plan_add_items (RelaisPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  return add_list (plan, RELAIS_PLAN_BLOCK_ITEMS);
}

RelaisPlanBlock *
relais_plan_add_facts (RelaisPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  return add_list (plan, RELAIS_PLAN_BLOCK_FACTS);
}

RelaisPlanBlock *
relais_plan_add_bars (RelaisPlan *plan,
                      const char *title)
{
  RelaisPlanBlock *block;

  g_return_val_if_fail (plan != NULL, NULL);

  block = add_block (plan, RELAIS_PLAN_BLOCK_BARS);
  block->text = g_strdup (title);
  block->bars = g_ptr_array_new_with_free_func (bar_free);
  return block;
}

void
relais_plan_add_page_break (RelaisPlan *plan)
{
  g_return_if_fail (plan != NULL);

  add_block (plan, RELAIS_PLAN_BLOCK_PAGE_BREAK);
}

void
relais_plan_block_add_item (RelaisPlanBlock *block,
                            RelaisPlanMark   mark,
                            const char      *text,
                            const char      *detail,
                            const char      *url)
{
  RelaisPlanItem *item;

  g_return_if_fail (block != NULL && block->items != NULL);
  g_return_if_fail (text != NULL);

  item = g_new0 (RelaisPlanItem, 1);
  item->mark = mark;
  item->text = g_strdup (text);
  item->detail = g_strdup (detail);
  item->url = g_strdup (url);
  g_ptr_array_add (block->items, item);
}

void
relais_plan_block_add_bar (RelaisPlanBlock *block,
                           const char      *label,
                           guint            done,
                           guint            total,
                           const char      *value_text)
{
  RelaisPlanBar *bar;

  g_return_if_fail (block != NULL && block->bars != NULL);
  g_return_if_fail (label != NULL);

  bar = g_new0 (RelaisPlanBar, 1);
  bar->label = g_strdup (label);
  bar->done = MIN (done, total);
  bar->total = total;
  bar->value_text = g_strdup (value_text);
  g_ptr_array_add (block->bars, bar);
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == NBSP || c == NARROW_NBSP || g_unichar_isspace (c);
}

static gboolean
is_high_mark (gunichar c)
{
  return c == ';' || c == ':' || c == '!' || c == '?';
}

/* A web or mail address keeps every character as written. */
static gboolean
in_address (const gunichar *text,
            glong           length,
            glong           at)
{
  glong start = at, end = at;
  g_autofree char *word = NULL;

  while (start > 0 && !is_space (text[start - 1]))
    start--;
  while (end < length && !is_space (text[end]))
    end++;
  word = g_ucs4_to_utf8 (text + start, end - start, NULL, NULL, NULL);
  return word != NULL &&
         (strstr (word, "://") != NULL || g_str_has_prefix (word, "www.") ||
          g_str_has_prefix (word, "mailto:") || strchr (word, '@') != NULL);
}

/* Puts @space before position @at of @out: replaces an ordinary space
 * there, or adds one after a word. */
static void
space_before (GString  *out,
              gunichar  previous,
              gunichar  space)
{
  if (previous == ' ')
    {
      g_string_truncate (out, out->len - 1);
      g_string_append_unichar (out, space);
    }
  else if (previous != 0 && !is_space (previous))
    g_string_append_unichar (out, space);
}

/**
 * relais_plan_typeset:
 * @language: the plan's language
 * @text: (nullable): words typed by a user
 *
 * Returns: (transfer full) (nullable): @text with French typography when
 *   @language is French, else a copy of @text
 */
char *
relais_plan_typeset (const char *language,
                     const char *text)
{
  g_autofree gunichar *chars = NULL;
  g_autoptr(GString) out = NULL;
  glong length = 0;

  if (text == NULL)
    return NULL;
  if (g_strcmp0 (language, "fr") != 0)
    return g_strdup (text);
  if (!(chars = g_utf8_to_ucs4 (text, -1, NULL, &length, NULL)))
    return g_strdup (text);

  out = g_string_sized_new (strlen (text) + 8);
  for (glong i = 0; i < length; i++)
    {
      gunichar c = chars[i];
      gunichar previous = i > 0 ? chars[i - 1] : 0;
      gunichar next = i + 1 < length ? chars[i + 1] : 0;

      /* » always; ; : ! ? at the end of a word, outside addresses and times. */
      if (c == 0x00BB ||
          (is_high_mark (c) && !is_high_mark (previous) &&
           (next == 0 || is_space (next) || is_high_mark (next) || next == 0x00BB || next == ')') &&
           !in_address (chars, length, i)))
        space_before (out, previous, NBSP);
      else if ((c == '%' || c == 0x20AC) && (previous == ' ' || g_unichar_isdigit (previous)) &&
               !in_address (chars, length, i))
        space_before (out, previous, NARROW_NBSP);

      g_string_append_unichar (out, c);

      /* « then a no-break space, whatever came after it. */
      if (c == 0x00AB)
        {
          if (next == ' ')
            i++;
          if (next != NBSP && next != NARROW_NBSP)
            g_string_append_unichar (out, NBSP);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * relais_plan_link_target:
 * @url: an address from the data, a profile or the network
 *
 * What a writer may make a link of: only `https:`, `http:` and `mailto:`
 * addresses (never `file:`, `javascript:`, `smb:`…), with the characters
 * that could end a PDF string or an XML attribute, or that are not plain
 * printable ASCII, percent-encoded: `(`, `)` and `\` would let an address
 * add its own actions to a PDF link.
 *
 * Returns: (transfer full) (nullable): the address to link to, or %NULL
 *   when it must not be a link
 */
char *
relais_plan_link_target (const char *url)
{
  static const char * const schemes[] = { "https:", "http:", "mailto:" };
  g_autoptr(GString) target = NULL;
  gboolean allowed = FALSE;

  g_return_val_if_fail (url != NULL, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (g_ascii_strncasecmp (url, schemes[i], strlen (schemes[i])) == 0)
      allowed = TRUE;
  if (!allowed)
    return NULL;

  target = g_string_new (NULL);
  for (const guchar *c = (const guchar *) url; *c != '\0'; c++)
    {
      if (*c <= 0x20 || *c >= 0x7f || strchr ("()\\'\"<>", *c) != NULL)
        g_string_append_printf (target, "%%%02X", *c);
      else
        g_string_append_c (target, (char) *c);
    }
  return g_string_free (g_steal_pointer (&target), FALSE);
}
