/* relais-alternative-text.c — the facts of a free alternative in one
 * sentence: licence, difficulty, where to get it, when checked. Shared by
 * the Tools area and the plan, so both say the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-alternative"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relais-alternative-text.h"
#include "relais-nearby-text.h"

/**
 * relais_this_platform:
 *
 * Returns: the platform Relais runs on, which the recommender favours
 */
RelaisPlatforms
relais_this_platform (void)
{
#if defined(G_OS_WIN32)
  return RELAIS_PLATFORM_WINDOWS;
#elif defined(__APPLE__)
  return RELAIS_PLATFORM_MACOS;
#else
  return RELAIS_PLATFORM_LINUX;
#endif
}

static const char *
difficulty_label (guint level)
{
  switch (level)
    {
    case 1:
      return C_("difficulty", "easy");
    case 2:
      return C_("difficulty", "some learning");
    default:
      return C_("difficulty", "needs training");
    }
}

static const char *
install_label (guint level)
{
  switch (level)
    {
    case 1:
      return C_("installation", "easy");
    case 2:
      return C_("installation", "some setting up");
    default:
      return C_("installation", "needs a server");
    }
}

static gboolean
has_secondary_source (GPtrArray *sources)
{
  for (guint i = 0; i < sources->len; i++)
    {
      const RelaisSource *source = g_ptr_array_index (sources, i);

      if (source->kind == RELAIS_SOURCE_SECONDARY)
        return TRUE;
    }
  return FALSE;
}

/**
 * relais_alternative_licence_label:
 * @spdx: a licence's SPDX identifier, as the catalogue keeps it
 *
 * SPDX writes the French licences "CECILL-B", "CECILL-2.1"; their own texts
 * and everyone else write “CeCILL”: people see that one, everywhere.
 *
 * Returns: (transfer full): the licence as people write it
 */
char *
relais_alternative_licence_label (const char *spdx)
{
  g_return_val_if_fail (spdx != NULL, NULL);

  if (g_str_has_prefix (spdx, "CECILL"))
    return g_strconcat ("CeCILL", spdx + strlen ("CECILL"), NULL);
  return g_strdup (spdx);
}

/**
 * relais_alternative_describe_facts:
 * @directory: (nullable): to name the nearest hosters of an online service
 * @finder: (nullable): where @profile is, likewise
 *
 * Returns: (transfer full): “Licence MPL-2.0 · to use: easy · to install:
 *   easy · get it on Flathub (…) · facts checked on 28 November 2026”, after a line
 *   of its limits when it has some: what is left out of its free edition
 *   is said wherever it is explained, never only on its website
 */
char *
relais_alternative_describe_facts (RelaisAlternative *alternative,
                                   RelaisDirectory   *directory,
                                   RelaisPlaceFinder *finder,
                                   RelaisProfile     *profile)
{
  g_autofree char *where = NULL;
  g_autofree char *checked = NULL;
  g_autofree char *licence = NULL;
  g_autoptr(GString) facts = NULL;

  g_return_val_if_fail (alternative != NULL, NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);

  if (alternative->flathub != NULL)
    where = g_strdup_printf (_("on Flathub (%s)"), alternative->flathub);
  else if (alternative->debian != NULL)
    where = g_strdup_printf (_("in Debian, package “%s”"), alternative->debian);
  else if (alternative->web != NULL)
    where = g_strdup_printf (_("online at %s"), alternative->web);
  else if (alternative->service != NULL)
    {
      g_autofree char *hosters = NULL;

      if (directory != NULL && finder != NULL)
        hosters = relais_nearby_describe_hosters (directory, finder, profile, alternative->service, 3);
      if (hosters != NULL)
        /* Translators: the CHATONS hosters nearest to the user that offer the service */
        where = g_strdup_printf (_("online, from a CHATONS hoster: %s"), hosters);
      else if (directory != NULL && finder != NULL)
        /* Translators: an online service no hoster of Relais's list offers; then what to do about it */
        where = g_strdup_printf (_("online, from a hoster (%s)"), relais_nearby_no_hoster_known ());
      else
        where = g_strdup (_("online, from a hoster"));
    }
  else
    where = g_strdup (_("from its website"));

  licence = alternative->licence != NULL ? relais_alternative_licence_label (alternative->licence)
                                         : g_strdup (_("many, one per program"));
  checked = relais_nearby_format_date (relais_sources_get_latest_check (alternative->sources));
  facts = g_string_new (NULL);
  if (alternative->limits != NULL)
    {
      /* Translators: what a free alternative does not do in its free edition, or what in it is not free */
      g_string_append_printf (facts, _("Limits: %s"), relais_catalog_translate (alternative->limits));
      g_string_append_c (facts, '\n');
    }
  if (checked == NULL)
    /* TRANSLATORS: facts about a free alternative whose sources give no date, e.g. “Licence MPL-2.0 · to use: easy · to install: easy · get it on Flathub (…)” */
    g_string_append_printf (facts, _("Licence %s · to use: %s · to install: %s · get it %s"),
                            licence,
                            difficulty_label (alternative->use_difficulty),
                            install_label (alternative->install_difficulty),
                            where);
  else
    /* TRANSLATORS: facts about a free alternative, e.g. “Licence MPL-2.0 · to use: easy · to install: easy · get it on Flathub (…) · facts checked on 28 November 2026” */
    g_string_append_printf (facts, _("Licence %s · to use: %s · to install: %s · get it %s · facts checked on %s"),
                            licence,
                            difficulty_label (alternative->use_difficulty),
                            install_label (alternative->install_difficulty),
                            where, checked);
  if (has_secondary_source (alternative->sources))
    /* Translators: after the facts of a free alternative; a secondary source is the press or a site that reports a fact */
    g_string_append (facts, _(" · some from secondary sources"));
  return g_string_free (g_steal_pointer (&facts), FALSE);
}
