/* relais-history-change.c — one change of the profile as the history window
 * lists it: its day, the tool, what happened; an item of its list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-history-change"

#include "config.h"

#include "relais-history-change.h"

struct _RelaisHistoryChange
{
  GObject  parent_instance;

  char    *day;
  char    *title;
  char    *subtitle;
};

enum {
  PROP_0,
  PROP_DAY,
  PROP_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisHistoryChange, relais_history_change, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
relais_history_change_finalize (GObject *object)
{
  RelaisHistoryChange *self = RELAIS_HISTORY_CHANGE (object);

  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);

  G_OBJECT_CLASS (relais_history_change_parent_class)->finalize (object);
}

static void
relais_history_change_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RelaisHistoryChange *self = RELAIS_HISTORY_CHANGE (object);

  switch (prop_id)
    {
    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_history_change_class_init (RelaisHistoryChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relais_history_change_finalize;
  object_class->get_property = relais_history_change_get_property;

  properties[PROP_DAY] =
    g_param_spec_string ("day", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relais_history_change_init (RelaisHistoryChange *self)
{
}

/**
 * relais_history_change_new:
 * @day: the day it belongs to, in words ("Today", "Saturday 28 November 2026")
 * @title: the tool's name
 * @subtitle: when and what happened
 */
RelaisHistoryChange *
relais_history_change_new (const char *day,
                           const char *title,
                           const char *subtitle)
{
  RelaisHistoryChange *self;

  g_return_val_if_fail (day != NULL && title != NULL && subtitle != NULL, NULL);

  self = g_object_new (RELAIS_TYPE_HISTORY_CHANGE, NULL);
  self->day = g_strdup (day);
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  return self;
}
