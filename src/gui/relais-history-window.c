/* relais-history-window.c — every change of the profile, newest first,
 * grouped by day: the Progress area shows only the latest ones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-history-window"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-history-change.h"
#include "relais-history-day-row.h"
#include "relais-history-window.h"
#include "relais-profile-tool.h"

struct _RelaisHistoryWindow
{
  AdwWindow           parent_instance;

  /* Template widgets */
  GtkListBox         *days_list;
  GtkStack           *stack;

  /* Owned */
  RelaisCatalog      *catalog;
  RelaisProfile      *profile;
  GListStore         *changes;   /* RelaisHistoryChange, newest first */
  GtkStringList      *days;      /* the days they fall on, newest first */
};

G_DEFINE_FINAL_TYPE (RelaisHistoryWindow, relais_history_window, ADW_TYPE_WINDOW)

static const char *
status_label (GEnumClass *statuses,
              const char *nick)
{
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (statuses, nick) : NULL;

  /* A status from a newer Relais: its id says more than nothing. */
  if (value == NULL)
    return nick != NULL ? nick : "?";
  return relais_tool_status_get_label (value->value);
}

/* The day a change belongs to, as people say it. */
static char *
day_title (GDateTime *local,
           GDateTime *today)
{
  gint year, month, day, t_year, t_month, t_day;
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (today, -1);

  g_date_time_get_ymd (local, &year, &month, &day);
  g_date_time_get_ymd (today, &t_year, &t_month, &t_day);
  if (year == t_year && month == t_month && day == t_day)
    return g_strdup (_("Today"));
  g_date_time_get_ymd (yesterday, &t_year, &t_month, &t_day);
  if (year == t_year && month == t_month && day == t_day)
    return g_strdup (_("Yesterday"));

  /* TRANSLATORS: a day heading the changes made that day, in the format of
   * g_date_time_format(), e.g. “Saturday 28 November 2026” */
  return g_date_time_format (local, _("%A %-d %B %Y"));
}

static char *
describe_row (RelaisHistoryWindow *self,
              RelaisHistoryEntry  *entry,
              GDateTime           *local)
{
  g_autofree char *time = g_date_time_format (local, "%R");
  g_autofree char *change = relais_history_describe_change (self->catalog, entry);

  if (entry->by != NULL)
    /* TRANSLATORS: when, what happened then, and who said so, e.g.
     * “14:05 · now Adopted, was Trying · noted by Camille” */
    return g_strdup_printf (_("%s · %s · noted by %s"), time, change, entry->by);

  /* TRANSLATORS: a date and what happened then, e.g. “28/11/2026 · Trying → Adopted” */
  return g_strdup_printf (_("%s · %s"), time, change);
}

static GtkWidget *
create_day_row (gpointer item,
                gpointer user_data)
{
  RelaisHistoryWindow *self = user_data;

  return relais_history_day_row_new (gtk_string_object_get_string (item), G_LIST_MODEL (self->changes));
}

/* The changes, newest first, and the days they fall on: each day's row
 * shows its part of the changes. */
static void
fill (RelaisHistoryWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GPtrArray *history = relais_profile_get_history (self->profile);
  g_autoptr(GHashTable) days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_stack_set_visible_child_name (self->stack, history->len > 0 ? "timeline" : "empty");

  /* The document keeps the oldest first. */
  for (guint i = history->len; i > 0; i--)
    {
      RelaisHistoryEntry *entry = g_ptr_array_index (history, i - 1);
      g_autoptr(GDateTime) local = g_date_time_to_local (entry->at);
      g_autofree char *day = day_title (local, now);
      g_autofree char *subtitle = describe_row (self, entry, local);
      g_autoptr(RelaisHistoryChange) change = NULL;

      change = relais_history_change_new (day, relais_history_tool_name (self->catalog, entry->tool), subtitle);
      g_list_store_append (self->changes, change);
      /* A day once, even if a change came in out of order. */
      if (!g_hash_table_contains (days, day))
        {
          gtk_string_list_append (self->days, day);
          g_hash_table_add (days, g_steal_pointer (&day));
        }
    }

  gtk_list_box_bind_model (self->days_list, G_LIST_MODEL (self->days), create_day_row, self, NULL);
}

static void
relais_history_window_dispose (GObject *object)
{
  RelaisHistoryWindow *self = (RelaisHistoryWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_HISTORY_WINDOW);
  g_clear_object (&self->catalog);
  g_clear_object (&self->profile);
  g_clear_object (&self->changes);
  g_clear_object (&self->days);

  G_OBJECT_CLASS (relais_history_window_parent_class)->dispose (object);
}

static void
relais_history_window_class_init (RelaisHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_history_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisHistoryWindow, days_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisHistoryWindow, stack);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
relais_history_window_init (RelaisHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->changes = g_list_store_new (RELAIS_TYPE_HISTORY_CHANGE);
  self->days = gtk_string_list_new (NULL);
}

/**
 * relais_history_window_new:
 * @catalog: names the tools and alternatives
 * @profile: whose changes to show
 *
 * Lists the changes as they are now; opened again, it shows the new ones.
 */
RelaisHistoryWindow *
relais_history_window_new (RelaisCatalog *catalog,
                           RelaisProfile *profile)
{
  RelaisHistoryWindow *self;

  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);

  self = g_object_new (RELAIS_TYPE_HISTORY_WINDOW, NULL);
  self->catalog = g_object_ref (catalog);
  self->profile = g_object_ref (profile);
  fill (self);

  return self;
}

/**
 * relais_history_tool_name:
 *
 * Returns: (transfer none): the tool's name, or its id when the catalogue no
 *   longer knows it
 */
const char *
relais_history_tool_name (RelaisCatalog *catalog,
                          const char    *tool_id)
{
  RelaisProprietaryTool *tool;

  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (tool_id != NULL, NULL);

  tool = relais_catalog_lookup_tool (catalog, tool_id);
  return tool != NULL ? tool->name : tool_id;
}

/**
 * relais_history_describe_change:
 *
 * Returns: (transfer full): what happened, in plain words, without the date
 */
char *
relais_history_describe_change (RelaisCatalog            *catalog,
                                const RelaisHistoryEntry *entry)
{
  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  if (g_str_equal (entry->what, "added"))
    return g_strdup (_("added to the list"));
  if (g_str_equal (entry->what, "removed"))
    return g_strdup (_("taken off the list"));
  if (g_str_equal (entry->what, "choice"))
    {
      RelaisAlternative *alternative = entry->to != NULL ? relais_catalog_lookup_alternative (catalog, entry->to) : NULL;

      if (alternative != NULL)
        return g_strdup_printf (_("chose %s"), alternative->name);
      if (g_strcmp0 (entry->to, RELAIS_CHOICE_NOT_NOW) == 0)
        return g_strdup (_("not now"));
      return g_strdup (_("choice taken back"));
    }

  {
    g_autoptr(GEnumClass) statuses = g_type_class_ref (RELAIS_TYPE_TOOL_STATUS);

    /* TRANSLATORS: a change of status, e.g. “now Adopted, was Trying” */
    return g_strdup_printf (_("now %s, was %s"),
                            status_label (statuses, entry->to),
                            status_label (statuses, entry->from));
  }
}
