/* relais-departements.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-departements"

#include "config.h"

#include <string.h>

#include "relais-departements.h"
#include "relais-departements-table.h"

typedef struct
{
  const char *code;
  double      south;
  double      west;
  double      north;
  double      east;
} RelaisDepartementBounds;

#include "relais-departements-bounds.h"

/* The contours behind the boxes were simplified, which can cut a cape by a
 * few hundred metres (tools/gen-departement-bounds.py): about 2 km more. */
#define BOUNDS_MARGIN_DEGREES 0.02

guint
relais_departements_get_count (void)
{
  return G_N_ELEMENTS (relais_departements_table);
}

const RelaisDepartement *
relais_departements_get_nth (guint position)
{
  g_return_val_if_fail (position < G_N_ELEMENTS (relais_departements_table), NULL);

  return &relais_departements_table[position];
}

gint
relais_departements_get_position (const char *code)
{
  if (code == NULL)
    return -1;

  for (guint i = 0; i < G_N_ELEMENTS (relais_departements_table); i++)
    {
      if (g_str_equal (relais_departements_table[i].code, code))
        return (gint) i;
    }

  return -1;
}

const RelaisDepartement *
relais_departements_lookup (const char *code)
{
  gint position = relais_departements_get_position (code);

  return position < 0 ? NULL : &relais_departements_table[position];
}

gboolean
relais_postcode_is_valid (const char *postcode)
{
  g_return_val_if_fail (postcode != NULL, FALSE);

  if (strlen (postcode) != 5)
    return FALSE;

  for (guint i = 0; i < 5; i++)
    {
      if (!g_ascii_isdigit (postcode[i]))
        return FALSE;
    }

  return TRUE;
}

/* A postcode only suggests a département: La Poste's codes follow them closely
 * but not exactly (a few communes use a neighbour's office). The form uses this
 * to preselect, and the user can always choose another. */
const char *
relais_departements_for_postcode (const char *postcode)
{
  char code[4] = { 0 };

  g_return_val_if_fail (postcode != NULL, NULL);

  if (!relais_postcode_is_valid (postcode))
    return NULL;

  if (g_str_has_prefix (postcode, "97"))
    g_strlcpy (code, postcode, 4);
  else if (g_str_has_prefix (postcode, "20"))
    /* Corsica: 200xx and 201xx are Corse-du-Sud, the rest Haute-Corse. */
    g_strlcpy (code, postcode[2] <= '1' ? "2A" : "2B", sizeof code);
  else
    g_strlcpy (code, postcode, 3);

  {
    const RelaisDepartement *departement = relais_departements_lookup (code);

    return departement != NULL ? departement->code : NULL;
  }
}

static gboolean
inside (const RelaisDepartementBounds *bounds,
        double                         latitude,
        double                         longitude)
{
  return latitude >= bounds->south - BOUNDS_MARGIN_DEGREES && latitude <= bounds->north + BOUNDS_MARGIN_DEGREES &&
         longitude >= bounds->west - BOUNDS_MARGIN_DEGREES && longitude <= bounds->east + BOUNDS_MARGIN_DEGREES;
}

/**
 * relais_departements_location_is_plausible:
 * @code: (nullable): the département the thing is in, when known
 *
 * Whether a position can be right for something in département @code: inside
 * the box of its contour (IGN), or, when the département is not known,
 * inside one of the 101. Sources write 0,0 for "unknown" (in the Gulf of
 * Guinea) and swap latitude and longitude: such a position would place a
 * commune thousands of kilometres away, and is better not used at all.
 */
gboolean
relais_departements_location_is_plausible (const char *code,
                                           double      latitude,
                                           double      longitude)
{
  gboolean known = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (relais_departements_bounds_table); i++)
    {
      const RelaisDepartementBounds *bounds = &relais_departements_bounds_table[i];

      if (code != NULL && g_str_equal (bounds->code, code))
        return inside (bounds, latitude, longitude);
      known |= inside (bounds, latitude, longitude);
    }

  /* A code the table does not have (a collectivity overseas) is judged as
   * an unknown one. */
  return known;
}
