/* relais-alternative-text.c — the facts of a free alternative in one
 * sentence: licence, difficulty, where to get it, when checked. Shared by
 * the Tools area and the plan, so both say the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-alternative"

#include "config.h"

#include <glib/gi18n.h>

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
 * relais_alternative_describe_facts:
 * @directory: (nullable): to name the nearest hosters of an online service
 * @finder: (nullable): where @profile is, likewise
 *
 * Returns: (transfer full): “Licence MPL-2.0 · to use: easy · to install:
 *   easy · get it on Flathub (…) · facts checked 2026-11-28”, after a line
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
      where = hosters != NULL
              /* Translators: the CHATONS hosters nearest to the user that offer the service */
              ? g_strdup_printf (_("online, from a CHATONS hoster: %s"), hosters)
              : g_strdup (_("online, at a CHATONS hoster"));
    }
  else
    where = g_strdup (_("from its website"));

  checked = relais_sources_get_latest_check (alternative->sources) != NULL ? relais_nearby_format_date (relais_sources_get_latest_check (alternative->sources)) : g_strdup ("");
  facts = g_string_new (NULL);
  if (alternative->limits != NULL)
    {
      /* Translators: what a free alternative does not do in its free edition, or what in it is not free */
      g_string_append_printf (facts, _("Limits: %s"), relais_catalog_translate (alternative->limits));
      g_string_append_c (facts, '\n');
    }
  /* TRANSLATORS: facts about a free alternative, e.g. “Licence MPL-2.0 · to use: easy · to install: easy · get it on Flathub (…) · facts checked 2026-11-28” */
  g_string_append_printf (facts, _("Licence %s · to use: %s · to install: %s · get it %s · facts checked %s"),
                          alternative->licence != NULL ? alternative->licence : _("many, one per program"),
                          difficulty_label (alternative->use_difficulty),
                          install_label (alternative->install_difficulty),
                          where, checked);
  if (has_secondary_source (alternative->sources))
    /* Translators: after the facts of a free alternative; a secondary source is the press or a site that reports a fact */
    g_string_append (facts, _(" · some from secondary sources"));
  return g_string_free (g_steal_pointer (&facts), FALSE);
}
