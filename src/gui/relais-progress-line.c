/* relais-progress-line.c — one line of the Progress charts: what is counted,
 * what it means, how many of how many, and that count in words; an item of
 * the charts' list models, updated in place so that its row stays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-progress-line"

#include "config.h"

#include "relais-progress-line.h"

struct _RelaisProgressLine
{
  GObject  parent_instance;

  char    *id;
  char    *title;
  char    *meaning;
  guint    done;
  guint    total;
  char    *text;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_MEANING,
  PROP_DONE,
  PROP_TOTAL,
  PROP_TEXT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisProgressLine, relais_progress_line, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
relais_progress_line_finalize (GObject *object)
{
  RelaisProgressLine *self = RELAIS_PROGRESS_LINE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->meaning, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (relais_progress_line_parent_class)->finalize (object);
}

static void
relais_progress_line_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RelaisProgressLine *self = RELAIS_PROGRESS_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MEANING:
      g_value_set_string (value, self->meaning);
      break;
    case PROP_DONE:
      g_value_set_uint (value, self->done);
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, self->total);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_progress_line_class_init (RelaisProgressLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relais_progress_line_finalize;
  object_class->get_property = relais_progress_line_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEANING] =
    g_param_spec_string ("meaning", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DONE] =
    g_param_spec_uint ("done", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] =
    g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relais_progress_line_init (RelaisProgressLine *self)
{
}

/**
 * relais_progress_line_new:
 * @id: what the line stands for, the same from one count to the next
 * @meaning: (nullable): one sentence on what is counted
 * @text: @done of @total in words ("2 of 3 done")
 */
RelaisProgressLine *
relais_progress_line_new (const char *id,
                          const char *title,
                          const char *meaning,
                          guint       done,
                          guint       total,
                          const char *text)
{
  RelaisProgressLine *self;

  g_return_val_if_fail (id != NULL && title != NULL && text != NULL, NULL);

  self = g_object_new (RELAIS_TYPE_PROGRESS_LINE, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->meaning = g_strdup (meaning);
  self->done = MIN (done, total);
  self->total = total;
  self->text = g_strdup (text);
  return self;
}

const char *
relais_progress_line_get_id (RelaisProgressLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROGRESS_LINE (self), NULL);

  return self->id;
}

const char *
relais_progress_line_get_title (RelaisProgressLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROGRESS_LINE (self), NULL);

  return self->title;
}

const char *
relais_progress_line_get_meaning (RelaisProgressLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROGRESS_LINE (self), NULL);

  return self->meaning;
}

guint
relais_progress_line_get_done (RelaisProgressLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROGRESS_LINE (self), 0);

  return self->done;
}

guint
relais_progress_line_get_total (RelaisProgressLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROGRESS_LINE (self), 0);

  return self->total;
}

const char *
relais_progress_line_get_text (RelaisProgressLine *self)
{
  g_return_val_if_fail (RELAIS_IS_PROGRESS_LINE (self), NULL);

  return self->text;
}

static void
set_string (RelaisProgressLine  *self,
            char               **field,
            const char          *value,
            GParamSpec          *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/**
 * relais_progress_line_update:
 * @from: a newer count of the same line
 *
 * Takes @from's figures and words, notifying only what changed.
 */
void
relais_progress_line_update (RelaisProgressLine *self,
                             RelaisProgressLine *from)
{
  g_return_if_fail (RELAIS_IS_PROGRESS_LINE (self));
  g_return_if_fail (RELAIS_IS_PROGRESS_LINE (from));

  g_object_freeze_notify (G_OBJECT (self));
  set_string (self, &self->title, from->title, properties[PROP_TITLE]);
  set_string (self, &self->meaning, from->meaning, properties[PROP_MEANING]);
  if (self->done != from->done)
    {
      self->done = from->done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
    }
  if (self->total != from->total)
    {
      self->total = from->total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
    }
  set_string (self, &self->text, from->text, properties[PROP_TEXT]);
  g_object_thaw_notify (G_OBJECT (self));
}
