/* relais-departements.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-departements"

#include "config.h"

#include <string.h>

#include "relais-departements.h"
#include "relais-departements-table.h"

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
