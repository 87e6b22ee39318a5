/* plan-fixtures.c — plans made by hand for the writers' tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plan-fixtures.h"

static RelaisPlan *
plan_new (const char *language,
          const char *title,
          const char *subtitle,
          const char *footer)
{
  RelaisPlan *plan = relais_plan_new (language, title, subtitle);

  plan->footer = g_strdup (footer);
  return plan;
}

RelaisPlan *
fixture_plan_empty (void)
{
  return plan_new ("fr", "Association vide", NULL, NULL);
}

RelaisPlan *
fixture_plan_typical (void)
{
  RelaisPlan *plan = plan_new ("fr", "Les Amis du Jardin",
                                       "Plan de transition · Association · 28 novembre 2026",
                                       "Relais — plan des Amis du Jardin");
  RelaisPlanBlock *block;

  relais_plan_add_heading (plan, 1, "Où nous en sommes");
  relais_plan_add_paragraph (plan, "Trois outils sur cinq ont déjà leur remplaçant.", NULL);
  block = relais_plan_add_bars (plan, "Avancement par étape");
  relais_plan_block_add_bar (block, "Comprendre", 3, 3, "3 sur 3");
  relais_plan_block_add_bar (block, "Bureautique", 2, 5, "2 sur 5");
  relais_plan_block_add_bar (block, "Messagerie", 0, 4, "0 sur 4");
  relais_plan_block_add_bar (block, "Rien à faire", 0, 0, "aucune étape");
  block = relais_plan_add_facts (plan);
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, "Économie estimée", "1\u202f200\u00a0€ par an", NULL);
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, "Base", "12 postes, licences au prix public", NULL);
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, "Site", "framasoft.org", "https://framasoft.org/");
  relais_plan_add_page_break (plan);
  relais_plan_add_heading (plan, 1, "Outil par outil");
  relais_plan_add_heading (plan, 2, "Microsoft Word → LibreOffice Writer");
  relais_plan_add_paragraph (plan, "Télécharger LibreOffice", "https://www.libreoffice.org/download/");
  block = relais_plan_add_items (plan);
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_TICKED, "Installer LibreOffice sur les postes", "fait le 3 novembre", NULL);
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_TICKED, "Ouvrir les modèles de courrier", NULL, NULL);
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_UNTICKED, "Former les bénévoles", "atelier prévu en décembre", NULL);
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_SKIPPED, "Acheter des licences", NULL, NULL);
  relais_plan_add_heading (plan, 3, "Qui peut aider");
  block = relais_plan_add_items (plan);
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, "Espace numérique d’Arles", "ouvert mardi 14 h – 18 h",
                    "https://example.org/espace-arles");
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, "Chatons : Zaclys", NULL, NULL);

  return plan;
}

RelaisPlan *
fixture_plan_long (void)
{
  RelaisPlan *plan = plan_new ("en", "The Very Long Association of Sixty Tools",
                                       "Transition plan · Association · 28 November 2026",
                                       "Relais — a long plan");
  RelaisPlanBlock *block;

  relais_plan_add_heading (plan, 1, "Tool by tool");
  block = relais_plan_add_items (plan);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *word = g_strnfill (120 + i, 'W');
      g_autofree char *text = g_strdup_printf ("Tool %02u with a long name: %s", i, word);
      g_autofree char *note = g_strdup_printf ("Note %02u: %s and then some words after it", i, word);

      relais_plan_block_add_item (block, i % 3 == 0 ? RELAIS_PLAN_MARK_TICKED : RELAIS_PLAN_MARK_UNTICKED, text, note,
                        i % 7 == 0 ? "https://example.org/tools" : NULL);
    }

  return plan;
}

RelaisPlan *
fixture_plan_tricky (void)
{
  RelaisPlan *plan = plan_new ("fr", FIXTURE_TRICKY_TITLE, "Sous-titre <b>pas gras</b>",
                                       "Pied & page « 1 »");
  RelaisPlanBlock *block;

  relais_plan_add_heading (plan, 1, "Titre <h1> & \"cité\"");
  relais_plan_add_paragraph (plan, FIXTURE_TRICKY_PARAGRAPH, FIXTURE_TRICKY_URL);
  relais_plan_add_paragraph (plan, "  Deux espaces au début, une fin ", NULL);
  relais_plan_add_paragraph (plan, "Contrôle\x01 et \x1f à taire", NULL);
  block = relais_plan_add_facts (plan);
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, "<label>", "&amp; n'est pas échappé deux fois", NULL);
  block = relais_plan_add_bars (plan, "« Barres » & <graphes>");
  relais_plan_block_add_bar (block, "a < b", 7, 3, "7 sur 3 ?");
  block = relais_plan_add_items (plan);
  relais_plan_block_add_item (block, RELAIS_PLAN_MARK_BULLET, "]]> fin de CDATA", "'apostrophes' \"guillemets\"", NULL);

  return plan;
}
