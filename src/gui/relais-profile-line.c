/* relais-profile-line.c — one profile as the All Profiles table shows it:
 * its figures worked out once, when the line is made, so that sorting 500
 * profiles compares numbers and never walks a profile's tools again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile-line"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-profile-line.h"

struct _RelaisProfileLine
{
  GObject        parent_instance;

  RelaisProfile *profile;
  char          *commune;
  char          *savings;       /* in words, every currency */
  char          *changed;       /* the last change's date, as the user writes dates */
  char          *folded;        /* name and commune, case-folded, for the search */
  guint          tools;
  guint          reached[RELAIS_N_TOOL_REACHES];
  gint64         saved;         /* euro cents per year: what sorts the column */
  gint64         modified;      /* Unix time of the last change */
};

G_DEFINE_FINAL_TYPE (RelaisProfileLine, relais_profile_line, G_TYPE_OBJECT)

static void
relais_profile_line_finalize (GObject *object)
{
  RelaisProfileLine *self = (RelaisProfileLine *)object;

  g_clear_object (&self->profile);
  g_free (self->commune);
  g_free (self->savings);
  g_free (self->changed);
  g_free (self->folded);

  G_OBJECT_CLASS (relais_profile_line_parent_class)->finalize (object);
}

static void
relais_profile_line_class_init (RelaisProfileLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relais_profile_line_finalize;
}

static void
relais_profile_line_init (RelaisProfileLine *self)
{
}

/**
 * relais_profile_line_new:
 * @profile: the profile, as it is now
 * @catalog: what knows the tools, their plans and prices
 * @communes: (nullable): names the commune, which a profile keeps by its
 *   INSEE code
 *
 * Returns: (transfer full): the line; made again when the profile changes
 */
RelaisProfileLine *
relais_profile_line_new (RelaisProfile  *profile,
                         RelaisCatalog  *catalog,
                         RelaisCommunes *communes)
{
  RelaisProfileLine *self;
  g_autoptr(RelaisProgress) progress = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *both = NULL;
  GDateTime *modified;
  const RelaisCommune *known;
  const char *commune;

  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);

  self = g_object_new (RELAIS_TYPE_PROFILE_LINE, NULL);
  self->profile = g_object_ref (profile);
  commune = relais_profile_get_commune (profile);
  known = communes != NULL && commune != NULL ? relais_communes_lookup (communes, commune) : NULL;
  self->commune = g_strdup (known != NULL ? known->name : commune != NULL ? commune : "");

  progress = relais_progress_new (profile, catalog);
  self->tools = progress->tools;
  memcpy (self->reached, progress->reached, sizeof self->reached);
  self->saved = relais_progress_get_cents (progress, "EUR", TRUE);
  self->savings = relais_progress_describe_total (progress, TRUE);
  if (self->savings == NULL)
    self->savings = g_strdup ("");

  modified = relais_profile_get_modified (profile);
  if (modified != NULL)
    {
      local = g_date_time_to_local (modified);
      self->modified = g_date_time_to_unix (modified);
      /* TRANSLATORS: the date of a profile's last change in the All
       * Profiles table, in the format of g_date_time_format() */
      self->changed = g_date_time_format (local, _("%d/%m/%Y"));
    }
  else
    self->changed = g_strdup ("");

  both = g_strconcat (relais_profile_get_name (profile), "\n", self->commune, NULL);
  self->folded = g_utf8_casefold (both, -1);

  return self;
}

RelaisProfile *
relais_profile_line_get_profile (RelaisProfileLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_LINE (self), NULL);
  return self->profile;
}

const char *
relais_profile_line_get_name (RelaisProfileLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_LINE (self), NULL);
  return relais_profile_get_name (self->profile);
}

const char *
relais_profile_line_get_kind (RelaisProfileLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_LINE (self), NULL);
  return relais_profile_kind_get_label (relais_profile_get_kind (self->profile));
}

const char *
relais_profile_line_get_commune (RelaisProfileLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_LINE (self), NULL);
  return self->commune;
}

guint
relais_profile_line_get_tools (RelaisProfileLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_LINE (self), 0);
  return self->tools;
}

/* Tools that got that far or further, as the Progress area counts them. */
guint
relais_profile_line_get_reached (RelaisProfileLine *self,
                                 RelaisToolReach    reach)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_LINE (self), 0);
  g_return_val_if_fail (reach < RELAIS_N_TOOL_REACHES, 0);
  return self->reached[reach];
}

gint64
relais_profile_line_get_saved (RelaisProfileLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_LINE (self), 0);
  return self->saved;
}

const char *
relais_profile_line_get_savings (RelaisProfileLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_LINE (self), NULL);
  return self->savings;
}

gint64
relais_profile_line_get_modified (RelaisProfileLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_LINE (self), 0);
  return self->modified;
}

const char *
relais_profile_line_get_changed (RelaisProfileLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_LINE (self), NULL);
  return self->changed;
}

/**
 * relais_profile_line_matches:
 * @folded: what was typed, already case-folded
 *
 * Returns: whether the profile's name or commune holds it
 */
gboolean
relais_profile_line_matches (RelaisProfileLine *self,
                             const char        *folded)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_LINE (self), FALSE);
  g_return_val_if_fail (folded != NULL, FALSE);
  return strstr (self->folded, folded) != NULL;
}
