/* relais-ranked-alternative.c — one free alternative of a tool, in its rank
 * for a profile, with the why and the facts in words: an item of the list of
 * alternatives a tool shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-ranked-alternative"

#include "config.h"

#include "relais-alternative-text.h"
#include "relais-ranked-alternative.h"
#include "relais-recommender.h"

struct _RelaisRankedAlternative
{
  GObject            parent_instance;

  RelaisCatalog     *catalog;       /* keeps alternative valid */
  RelaisAlternative *alternative;   /* nullable: a choice that is not an alternative */
  char              *id;
  char              *name;
  char              *description;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisRankedAlternative, relais_ranked_alternative, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
relais_ranked_alternative_finalize (GObject *object)
{
  RelaisRankedAlternative *self = RELAIS_RANKED_ALTERNATIVE (object);

  g_clear_object (&self->catalog);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (relais_ranked_alternative_parent_class)->finalize (object);
}

static void
relais_ranked_alternative_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  RelaisRankedAlternative *self = RELAIS_RANKED_ALTERNATIVE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_ranked_alternative_class_init (RelaisRankedAlternativeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relais_ranked_alternative_finalize;
  object_class->get_property = relais_ranked_alternative_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relais_ranked_alternative_init (RelaisRankedAlternative *self)
{
}

/**
 * relais_ranked_alternative_new:
 * @alternative: (nullable): the catalogue's alternative, or %NULL for a
 *   choice that is none ("not now")
 * @id: the choice's id, kept in the profile
 */
RelaisRankedAlternative *
relais_ranked_alternative_new (RelaisCatalog     *catalog,
                               RelaisAlternative *alternative,
                               const char        *id,
                               const char        *name,
                               const char        *description)
{
  RelaisRankedAlternative *self;

  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (id != NULL && name != NULL, NULL);

  self = g_object_new (RELAIS_TYPE_RANKED_ALTERNATIVE, NULL);
  self->catalog = g_object_ref (catalog);
  self->alternative = alternative;
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->description = g_strdup (description != NULL ? description : "");
  return self;
}

/**
 * relais_ranked_alternative_get_alternative:
 *
 * Returns: (transfer none) (nullable): the alternative
 */
RelaisAlternative *
relais_ranked_alternative_get_alternative (RelaisRankedAlternative *self)
{
  g_return_val_if_fail (RELAIS_IS_RANKED_ALTERNATIVE (self), NULL);
  return self->alternative;
}

const char *
relais_ranked_alternative_get_id (RelaisRankedAlternative *self)
{
  g_return_val_if_fail (RELAIS_IS_RANKED_ALTERNATIVE (self), NULL);
  return self->id;
}

const char *
relais_ranked_alternative_get_name (RelaisRankedAlternative *self)
{
  g_return_val_if_fail (RELAIS_IS_RANKED_ALTERNATIVE (self), NULL);
  return self->name;
}

const char *
relais_ranked_alternative_get_description (RelaisRankedAlternative *self)
{
  g_return_val_if_fail (RELAIS_IS_RANKED_ALTERNATIVE (self), NULL);
  return self->description;
}

/* Same choice, said the same way: a row showing one can show the other. */
gboolean
relais_ranked_alternative_equal (gconstpointer a,
                                 gconstpointer b)
{
  const RelaisRankedAlternative *x = a, *y = b;

  return g_str_equal (x->id, y->id) && g_str_equal (x->description, y->description);
}

/**
 * relais_ranked_alternatives_for:
 * @users: how many use @tool (prices depend on it)
 * @directory: (nullable): to name the hosters of an online service
 * @finder: (nullable): to know where the profile is
 *
 * Returns: (transfer container) (element-type RelaisRankedAlternative): the
 *   alternatives of @tool, the best for @profile first, each described by
 *   its reasons (one a line) then its facts
 */
GPtrArray *
relais_ranked_alternatives_for (RelaisCatalog         *catalog,
                                RelaisProfile         *profile,
                                RelaisProprietaryTool *tool,
                                guint                  users,
                                RelaisDirectory       *directory,
                                RelaisPlaceFinder     *finder)
{
  g_autoptr(GPtrArray) ranked = NULL;
  GPtrArray *items;

  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (tool != NULL, NULL);

  ranked = relais_recommend_with_hosters (profile, tool, relais_this_platform (), users, directory);
  items = g_ptr_array_new_full (ranked->len + 1, g_object_unref);
  for (guint i = 0; i < ranked->len; i++)
    {
      RelaisRecommendation *recommendation = g_ptr_array_index (ranked, i);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *facts = relais_alternative_describe_facts (recommendation->alternative, directory,
                                                                  finder, profile);

      for (guint r = 0; r < recommendation->reasons->len; r++)
        {
          g_string_append (text, g_ptr_array_index (recommendation->reasons, r));
          g_string_append_c (text, '\n');
        }
      g_string_append (text, facts);
      g_ptr_array_add (items, relais_ranked_alternative_new (catalog, recommendation->alternative,
                                                             recommendation->alternative->id,
                                                             recommendation->alternative->name,
                                                             text->str));
    }

  return items;
}
