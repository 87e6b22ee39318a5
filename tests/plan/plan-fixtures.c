/* plan-fixtures.c — plans made by hand for the writers' tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plan-fixtures.h"

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

RelaisPlan *
fixture_plan_new (const char *language,
                  const char *title,
                  const char *subtitle,
                  const char *footer)
{
  RelaisPlan *plan = g_new0 (RelaisPlan, 1);

  plan->language = g_strdup (language);
  plan->title = g_strdup (title);
  plan->subtitle = g_strdup (subtitle);
  plan->footer = g_strdup (footer);
  plan->blocks = g_ptr_array_new_with_free_func (block_free);

  return plan;
}

void
fixture_plan_free (RelaisPlan *plan)
{
  g_free (plan->language);
  g_free (plan->title);
  g_free (plan->subtitle);
  g_free (plan->footer);
  g_ptr_array_unref (plan->blocks);
  g_free (plan);
}

RelaisPlanBlock *
fixture_add (RelaisPlan          *plan,
             RelaisPlanBlockKind  kind,
             guint                level,
             const char          *text,
             const char          *url)
{
  RelaisPlanBlock *block = g_new0 (RelaisPlanBlock, 1);

  block->kind = kind;
  block->level = level;
  block->text = g_strdup (text);
  block->url = g_strdup (url);
  block->items = g_ptr_array_new_with_free_func (item_free);
  block->bars = g_ptr_array_new_with_free_func (bar_free);
  g_ptr_array_add (plan->blocks, block);

  return block;
}

void
fixture_add_item (RelaisPlanBlock *block,
                  RelaisPlanMark   mark,
                  const char      *text,
                  const char      *detail,
                  const char      *url)
{
  RelaisPlanItem *item = g_new0 (RelaisPlanItem, 1);

  item->mark = mark;
  item->text = g_strdup (text);
  item->detail = g_strdup (detail);
  item->url = g_strdup (url);
  g_ptr_array_add (block->items, item);
}

void
fixture_add_bar (RelaisPlanBlock *block,
                 const char      *label,
                 guint            done,
                 guint            total,
                 const char      *value_text)
{
  RelaisPlanBar *bar = g_new0 (RelaisPlanBar, 1);

  bar->label = g_strdup (label);
  bar->done = done;
  bar->total = total;
  bar->value_text = g_strdup (value_text);
  g_ptr_array_add (block->bars, bar);
}

RelaisPlan *
fixture_plan_empty (void)
{
  return fixture_plan_new ("fr", "Association vide", NULL, NULL);
}

RelaisPlan *
fixture_plan_typical (void)
{
  RelaisPlan *plan = fixture_plan_new ("fr", "Les Amis du Jardin",
                                       "Plan de transition · Association · 28 novembre 2026",
                                       "Relais — plan des Amis du Jardin");
  RelaisPlanBlock *block;

  fixture_add (plan, RELAIS_PLAN_BLOCK_HEADING, 1, "Où nous en sommes", NULL);
  fixture_add (plan, RELAIS_PLAN_BLOCK_PARAGRAPH, 0,
               "Trois outils sur cinq ont déjà leur remplaçant.", NULL);
  block = fixture_add (plan, RELAIS_PLAN_BLOCK_BARS, 0, "Avancement par étape", NULL);
  fixture_add_bar (block, "Comprendre", 3, 3, "3 sur 3");
  fixture_add_bar (block, "Bureautique", 2, 5, "2 sur 5");
  fixture_add_bar (block, "Messagerie", 0, 4, "0 sur 4");
  fixture_add_bar (block, "Rien à faire", 0, 0, "aucune étape");
  block = fixture_add (plan, RELAIS_PLAN_BLOCK_FACTS, 0, NULL, NULL);
  fixture_add_item (block, RELAIS_PLAN_MARK_BULLET, "Économie estimée", "1\u202f200\u00a0€ par an", NULL);
  fixture_add_item (block, RELAIS_PLAN_MARK_BULLET, "Base", "12 postes, licences au prix public", NULL);
  fixture_add_item (block, RELAIS_PLAN_MARK_BULLET, "Site", "framasoft.org", "https://framasoft.org/");
  fixture_add (plan, RELAIS_PLAN_BLOCK_PAGE_BREAK, 0, NULL, NULL);
  fixture_add (plan, RELAIS_PLAN_BLOCK_HEADING, 1, "Outil par outil", NULL);
  fixture_add (plan, RELAIS_PLAN_BLOCK_HEADING, 2, "Microsoft Word → LibreOffice Writer", NULL);
  fixture_add (plan, RELAIS_PLAN_BLOCK_PARAGRAPH, 0, "Télécharger LibreOffice",
               "https://www.libreoffice.org/download/");
  block = fixture_add (plan, RELAIS_PLAN_BLOCK_ITEMS, 0, NULL, NULL);
  fixture_add_item (block, RELAIS_PLAN_MARK_TICKED, "Installer LibreOffice sur les postes", "fait le 3 novembre", NULL);
  fixture_add_item (block, RELAIS_PLAN_MARK_TICKED, "Ouvrir les modèles de courrier", NULL, NULL);
  fixture_add_item (block, RELAIS_PLAN_MARK_UNTICKED, "Former les bénévoles", "atelier prévu en décembre", NULL);
  fixture_add_item (block, RELAIS_PLAN_MARK_SKIPPED, "Acheter des licences", NULL, NULL);
  fixture_add (plan, RELAIS_PLAN_BLOCK_HEADING, 3, "Qui peut aider", NULL);
  block = fixture_add (plan, RELAIS_PLAN_BLOCK_ITEMS, 0, NULL, NULL);
  fixture_add_item (block, RELAIS_PLAN_MARK_BULLET, "Espace numérique d’Arles", "ouvert mardi 14 h – 18 h",
                    "https://example.org/espace-arles");
  fixture_add_item (block, RELAIS_PLAN_MARK_BULLET, "Chatons : Zaclys", NULL, NULL);

  return plan;
}

RelaisPlan *
fixture_plan_long (void)
{
  RelaisPlan *plan = fixture_plan_new ("en", "The Very Long Association of Sixty Tools",
                                       "Transition plan · Association · 28 November 2026",
                                       "Relais — a long plan");
  RelaisPlanBlock *block;

  fixture_add (plan, RELAIS_PLAN_BLOCK_HEADING, 1, "Tool by tool", NULL);
  block = fixture_add (plan, RELAIS_PLAN_BLOCK_ITEMS, 0, NULL, NULL);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *word = g_strnfill (120 + i, 'W');
      g_autofree char *text = g_strdup_printf ("Tool %02u with a long name: %s", i, word);
      g_autofree char *note = g_strdup_printf ("Note %02u: %s and then some words after it", i, word);

      fixture_add_item (block, i % 3 == 0 ? RELAIS_PLAN_MARK_TICKED : RELAIS_PLAN_MARK_UNTICKED, text, note,
                        i % 7 == 0 ? "https://example.org/tools" : NULL);
    }

  return plan;
}

RelaisPlan *
fixture_plan_tricky (void)
{
  RelaisPlan *plan = fixture_plan_new ("fr", FIXTURE_TRICKY_TITLE, "Sous-titre <b>pas gras</b>",
                                       "Pied & page « 1 »");
  RelaisPlanBlock *block;

  fixture_add (plan, RELAIS_PLAN_BLOCK_HEADING, 1, "Titre <h1> & \"cité\"", NULL);
  fixture_add (plan, RELAIS_PLAN_BLOCK_PARAGRAPH, 0, FIXTURE_TRICKY_PARAGRAPH, FIXTURE_TRICKY_URL);
  fixture_add (plan, RELAIS_PLAN_BLOCK_PARAGRAPH, 0, "  Deux espaces au début, une fin ", NULL);
  fixture_add (plan, RELAIS_PLAN_BLOCK_PARAGRAPH, 0, "Contrôle\x01 et \x1f à taire", NULL);
  block = fixture_add (plan, RELAIS_PLAN_BLOCK_FACTS, 0, NULL, NULL);
  fixture_add_item (block, RELAIS_PLAN_MARK_BULLET, "<label>", "&amp; n'est pas échappé deux fois", NULL);
  block = fixture_add (plan, RELAIS_PLAN_BLOCK_BARS, 0, "« Barres » & <graphes>", NULL);
  fixture_add_bar (block, "a < b", 7, 3, "7 sur 3 ?");
  block = fixture_add (plan, RELAIS_PLAN_BLOCK_ITEMS, 0, NULL, NULL);
  fixture_add_item (block, RELAIS_PLAN_MARK_BULLET, "]]> fin de CDATA", "'apostrophes' \"guillemets\"", NULL);

  return plan;
}
