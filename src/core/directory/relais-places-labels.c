/* relais-places-labels.c — the vocabularies of the national standard for
 * digital-inclusion places, their slugs and their labels in plain words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-places"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-places-private.h"

/* Each term: the slug kept in places.json, the value the national standard
 * v1.0.2 writes in its files (NULL for the slugs of the Normandy file of 2023,
 * an older version of the standard), and the label shown. The French
 * translations of the labels follow the standard's own wording. */
typedef struct
{
  const char *slug;
  const char *standard;
  const char *label;
} Term;

static const Term services[] = {
  /* The Normandy file of 2023 */
  { "realiser-des-demarches-administratives-avec-un-accompagnement", NULL,
    NC_("place", "Doing administrative procedures with help") },
  { "devenir-autonome-dans-les-demarches-administratives", NULL,
    NC_("place", "Doing administrative procedures on your own") },
  { "accompagner-les-demarches-de-sante", NULL, NC_("place", "Help with health procedures") },
  { "favoriser-mon-insertion-professionnelle", NULL, NC_("place", "Finding a job") },
  { "creer-avec-le-numerique", NULL, NC_("place", "Creating with digital tools") },
  { "acceder-a-une-connexion-internet", NULL, NC_("place", "Internet access") },
  { "acceder-a-du-materiel", NULL, NC_("place", "Access to equipment") },
  { "prendre-en-main-un-ordinateur", NULL, NC_("place", "Getting started with a computer") },
  { "prendre-en-main-un-smartphone-ou-une-tablette", NULL,
    NC_("place", "Getting started with a smartphone or tablet") },
  { "utiliser-le-numerique-au-quotidien", NULL, NC_("place", "Using digital tools every day") },
  { "approfondir-ma-culture-numerique", NULL, NC_("place", "Learning more about the digital world") },
  { "promouvoir-la-citoyennete-numerique", NULL, NC_("place", "Digital citizenship") },
  { "soutenir-la-parentalite-et-l-education-avec-le-numerique", NULL,
    NC_("place", "Supporting parents and education with digital tools") },
  { "creer-et-developper-mon-entreprise", NULL, NC_("place", "Starting and growing a business") },
  { "s-equiper-en-materiel-informatique", NULL, NC_("place", "Getting computer equipment") },
  /* The national standard v1.0.2 */
  { "aide-aux-demarches-administratives", "Aide aux démarches administratives",
    NC_("place", "Help with administrative procedures") },
  { "maitrise-des-outils-numeriques-du-quotidien", "Maîtrise des outils numériques du quotidien",
    NC_("place", "Mastering everyday digital tools") },
  { "insertion-professionnelle-via-le-numerique", "Insertion professionnelle via le numérique",
    NC_("place", "Finding work through digital tools") },
  { "utilisation-securisee-du-numerique", "Utilisation sécurisée du numérique",
    NC_("place", "Using digital tools safely") },
  { "parentalite-et-education-avec-le-numerique", "Parentalité et éducation avec le numérique",
    NC_("place", "Parenting and education with digital tools") },
  { "loisirs-et-creations-numeriques", "Loisirs et créations numériques",
    NC_("place", "Digital leisure and creation") },
  { "comprehension-du-monde-numerique", "Compréhension du monde numérique",
    NC_("place", "Understanding the digital world") },
  { "acces-internet-et-materiel-informatique", "Accès internet et matériel informatique",
    NC_("place", "Internet access and computer equipment") },
  { "acquisition-de-materiel-informatique-a-prix-solidaire", "Acquisition de matériel informatique à prix solidaire",
    NC_("place", "Buying a computer at a solidarity price") },
  { NULL, NULL, NULL }
};

static const Term publics[] = {
  { "adultes", NULL, NC_("place", "Adults") },
  { "jeunes-16-26", NULL, NC_("place", "Young people aged 16 to 26") },
  { "seniors-65", NULL, NC_("place", "People over 65") },
  { "familles-enfants", "Familles et/ou enfants", NC_("place", "Families and children") },
  { "public-langues-etrangeres", NULL, NC_("place", "People who speak other languages") },
  { "jeunes", "Jeunes", NC_("place", "Young people") },
  { "etudiants", "Étudiants", NC_("place", "Students") },
  { "seniors", "Seniors", NC_("place", "Older people") },
  { "femmes", "Femmes", NC_("place", "Women") },
  { NULL, NULL, NULL }
};

static const Term specific_support[] = {
  { "surdite", "Surdité", NC_("place", "Deaf or hard of hearing") },
  { "deficience-visuelle", "Déficience visuelle", NC_("place", "Visual impairment") },
  { "handicaps-mentaux", "Handicaps mentaux", NC_("place", "Intellectual disabilities") },
  { "handicaps-psychiques", NULL, NC_("place", "Mental health conditions") },
  { "handicaps-moteurs", "Handicaps moteurs", NC_("place", "Physical disabilities") },
  { "personnes-en-situation-illettrisme", "Illettrisme", NC_("place", "Difficulty reading and writing") },
  { "langues-etrangeres-anglais", "Langues étrangères (anglais)", NC_("place", "Help in English") },
  { "langues-etrangeres-autres", "Langues étrangères (autres)", NC_("place", "Help in other languages") },
  { NULL, NULL, NULL }
};

static const Term fees[] = {
  { "gratuit", "Gratuit", NC_("place", "Free") },
  { "gratuit-sous-conditions", "Gratuit sous condition", NC_("place", "Free under conditions") },
  { "payant", "Payant", NC_("place", "Paid") },
  { "adhesion", NULL, NC_("place", "Membership") },
  { "pass-numerique", NULL, NC_("place", "Pass numérique vouchers accepted") },
  { NULL, NULL, NULL }
};

static const Term support_modes[] = {
  { "autonomie", "En autonomie", NC_("place", "On your own") },
  { "accompagnement", "Accompagnement individuel", NC_("place", "One-to-one help") },
  { "atelier", "Dans un atelier collectif", NC_("place", "Group workshops") },
  { "a-distance", "À distance", NC_("place", "Remote help, by phone or video call") },
  { "delegation", NULL, NC_("place", "Done for you") },
  { NULL, NULL, NULL }
};

/* Names of programmes stay French in every language: they are what the
 * person will find on the door and on the web. */
static const Term programmes[] = {
  { "conseiller-numerique", "Conseillers numériques", NC_("place", "Conseiller numérique") },
  { "france-services", "France Services", NC_("place", "France Services") },
  /* The Normandy file of 2023 spells it in the singular. */
  { "france-services", "france-service", NC_("place", "France Services") },
  { "france-tiers-lieux", NULL, NC_("place", "France Tiers-Lieux") },
  { "odspep", NULL, NC_("place", "ODSPEP") },
  { "aidants-connect", "Aidants Connect", NC_("place", "Aidants Connect") },
  { "bibliotheques-numerique-de-reference", "Bibliothèques numérique de référence",
    NC_("place", "Bibliothèques numériques de référence") },
  { "certification-pix", "Certification PIX", NC_("place", "Pix certification") },
  { "emmaus-connect", "Emmaüs Connect", NC_("place", "Emmaüs Connect") },
  { "grande-ecole-du-numerique", "Grande école du numérique", NC_("place", "Grande École du Numérique") },
  { "la-croix-rouge", "La Croix Rouge", NC_("place", "Croix-Rouge française") },
  { "point-d-acces-numerique-caf", "Point d'accès numérique CAF", NC_("place", "CAF digital access point") },
  { "promeneurs-du-net", "Promeneurs du net", NC_("place", "Promeneurs du Net") },
  { "relais-numerique-emmaus-connect", "Relais numérique (Emmaüs Connect)",
    NC_("place", "Relais numérique (Emmaüs Connect)") },
  { NULL, NULL, NULL }
};

/* The programmes the standard names (the 2023 file's own slugs aside:
 * "odspep" is where its entries were collected, not a label). */
gboolean
relais_places_is_national_programme (const char *slug)
{
  for (guint i = 0; programmes[i].slug != NULL; i++)
    {
      if (g_str_equal (programmes[i].slug, slug))
        return programmes[i].standard != NULL;
    }

  return FALSE;
}

static const Term *
vocabulary_terms (RelaisPlacesVocabulary vocabulary)
{
  switch (vocabulary)
    {
    case RELAIS_PLACES_VOCABULARY_SERVICES: return services;
    case RELAIS_PLACES_VOCABULARY_PUBLICS: return publics;
    case RELAIS_PLACES_VOCABULARY_SPECIFIC_SUPPORT: return specific_support;
    case RELAIS_PLACES_VOCABULARY_FEES: return fees;
    case RELAIS_PLACES_VOCABULARY_SUPPORT: return support_modes;
    case RELAIS_PLACES_VOCABULARY_PROGRAMMES: return programmes;
    default: g_return_val_if_reached (NULL);
    }
}

/* Files typed by hand or saved by a spreadsheet lose accents and change
 * case and spacing: "Comprehension du monde numerique" is still the term. */
static char *
normalise (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (ascii), " \t", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }

  return g_ascii_strdown (out->str, -1);
}

/* Every way a value may be written (slug, the standard's wording, that
 * wording normalised), to its slug: one table per vocabulary, made once. */
static GHashTable *
vocabulary_index (RelaisPlacesVocabulary vocabulary)
{
  static GHashTable *indexes[RELAIS_PLACES_VOCABULARY_PROGRAMMES + 1];
  static gsize made;

  if (g_once_init_enter (&made))
    {
      for (guint v = 0; v < G_N_ELEMENTS (indexes); v++)
        {
          const Term *terms = vocabulary_terms (v);

          indexes[v] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          for (guint i = 0; terms[i].slug != NULL; i++)
            {
              g_hash_table_insert (indexes[v], g_strdup (terms[i].slug), (gpointer) terms[i].slug);
              if (terms[i].standard != NULL)
                {
                  g_hash_table_insert (indexes[v], g_strdup (terms[i].standard), (gpointer) terms[i].slug);
                  g_hash_table_insert (indexes[v], normalise (terms[i].standard), (gpointer) terms[i].slug);
                }
            }
        }
      g_once_init_leave (&made, 1);
    }

  return indexes[vocabulary];
}

/* The slug of a value written as the standard writes it, or as a slug
 * already; NULL when it is not in the vocabulary. */
const char *
relais_places_vocabulary_slug (RelaisPlacesVocabulary  vocabulary,
                               const char             *standard_value)
{
  GHashTable *index = vocabulary_index (vocabulary);
  g_autofree char *wanted = NULL;
  const char *slug;

  if ((slug = g_hash_table_lookup (index, standard_value)) != NULL)
    return slug;

  wanted = normalise (standard_value);
  return g_hash_table_lookup (index, wanted);
}

static const char *
label_in (const Term *terms,
          const char *slug)
{
  for (guint i = 0; terms[i].slug != NULL; i++)
    {
      if (g_str_equal (terms[i].slug, slug))
        return g_dpgettext2 (GETTEXT_PACKAGE, "place", terms[i].label);
    }

  return NULL;
}

/**
 * relais_place_service_label:
 *
 * Returns: the service in plain words, translated; an unknown slug (a newer
 *   vocabulary) is returned as it is rather than hidden
 */
const char *
relais_place_service_label (const char *slug)
{
  const char *label;

  g_return_val_if_fail (slug != NULL, NULL);

  label = label_in (services, slug);
  return label != NULL ? label : slug;
}

/* Publics and the specific support a place gives (deafness, illiteracy…)
 * are one list in places.json, as in the 2023 file. */
const char *
relais_place_public_label (const char *slug)
{
  const char *label;

  g_return_val_if_fail (slug != NULL, NULL);

  if ((label = label_in (publics, slug)) != NULL ||
      (label = label_in (specific_support, slug)) != NULL)
    return label;
  return slug;
}

const char *
relais_place_fee_label (const char *slug)
{
  const char *label;

  g_return_val_if_fail (slug != NULL, NULL);

  label = label_in (fees, slug);
  return label != NULL ? label : slug;
}

const char *
relais_place_support_label (const char *slug)
{
  const char *label;

  g_return_val_if_fail (slug != NULL, NULL);

  label = label_in (support_modes, slug);
  return label != NULL ? label : slug;
}

/**
 * relais_place_programme_purpose:
 *
 * What a kind of place is for, in one sentence, for the kinds most places
 * carry. Conseillers numériques: free workshops and one-to-one help with
 * everyday digital uses (Banque des Territoires, the programme's operator,
 * https://banquedesterritoires.fr/conseiller-numerique-france-services/programme,
 * read 2026-12-06). France Services: the main administrative procedures of
 * everyday life in one place, with the CAF, health insurance, pensions,
 * taxes and the job centre among its partners (ANCT,
 * https://agence-cohesion-territoires.gouv.fr/france-services-incarne-le-retour-du-service-public-de-letat-au-coeur-des-territoires-439,
 * and http://www.cohesion-territoires.gouv.fr/france-services, read
 * 2026-12-06).
 *
 * Returns: (nullable): the sentence, translated, or %NULL for a kind Relais
 *   does not describe
 */
const char *
relais_place_programme_purpose (const char *slug)
{
  g_return_val_if_fail (slug != NULL, NULL);

  if (g_str_equal (slug, "conseiller-numerique"))
    return _("Conseillers numériques give free help with computers, phones and the internet, in workshops or one to one.");
  if (g_str_equal (slug, "france-services"))
    return _("France Services help with everyday administrative procedures — benefits, health insurance, pensions, taxes, "
             "jobs — in one place.");
  return NULL;
}

const char *
relais_place_programme_label (const char *slug)
{
  const char *label;

  g_return_val_if_fail (slug != NULL, NULL);

  label = label_in (programmes, slug);
  return label != NULL ? label : slug;
}
