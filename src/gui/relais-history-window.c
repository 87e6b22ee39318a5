/* relais-history-window.c — every change of the profile, newest first,
 * grouped by day: the Progress area shows only the latest ones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-history-window"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-history-window.h"
#include "relais-profile-tool.h"

struct _RelaisHistoryWindow
{
  AdwWindow           parent_instance;

  /* Template widgets */
  GtkStack           *stack;
  AdwPreferencesPage *timeline_page;

  /* Owned */
  RelaisCatalog      *catalog;
  RelaisProfile      *profile;
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

static void
fill (RelaisHistoryWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GPtrArray *history = relais_profile_get_history (self->profile);
  AdwPreferencesGroup *group = NULL;
  g_autofree char *group_title = NULL;

  gtk_stack_set_visible_child_name (self->stack, history->len > 0 ? "timeline" : "empty");

  /* The document keeps the oldest first. */
  for (guint i = history->len; i > 0; i--)
    {
      RelaisHistoryEntry *entry = g_ptr_array_index (history, i - 1);
      g_autoptr(GDateTime) local = g_date_time_to_local (entry->at);
      g_autofree char *title = day_title (local, now);
      g_autofree char *subtitle = describe_row (self, entry, local);
      GtkWidget *row;

      if (group == NULL || g_strcmp0 (title, group_title) != 0)
        {
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, title);
          adw_preferences_page_add (self->timeline_page, group);
          g_free (group_title);
          group_title = g_steal_pointer (&title);
        }

      row = adw_action_row_new ();
      /* Tool names and who noted a change are plain text, never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), relais_history_tool_name (self->catalog, entry->tool));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (group, row);
    }
}

static void
relais_history_window_dispose (GObject *object)
{
  RelaisHistoryWindow *self = (RelaisHistoryWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_HISTORY_WINDOW);
  g_clear_object (&self->catalog);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (relais_history_window_parent_class)->dispose (object);
}

static void
relais_history_window_class_init (RelaisHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_history_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisHistoryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, RelaisHistoryWindow, timeline_page);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
relais_history_window_init (RelaisHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
