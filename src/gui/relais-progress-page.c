/* relais-progress-page.c — the Progress area: how far, what is left, what
 * was saved, what changed lately
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-progress-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "relais-accessible.h"
#include "relais-context.h"
#include "relais-history-window.h"
#include "relais-path.h"
#include "relais-profile-tool.h"
#include "relais-progress.h"
#include "relais-progress-bar.h"
#include "relais-progress-page.h"
#include "relais-recommender.h"

#define N_RECENT 8

struct _RelaisProgressPage
{
  AdwBin               parent_instance;

  /* Template widgets */
  AdwExpanderRow      *basis_row;
  GtkGrid             *chart;
  GtkGrid             *stages_chart;
  AdwPreferencesGroup *left_group;
  AdwPreferencesGroup *recent_group;
  GtkLabel            *saved_label;
  GtkStack            *stack;
  GtkLabel            *to_save_label;

  /* Owned */
  RelaisContext       *context;
  RelaisCatalog       *catalog;      /* the context's, once read */
  RelaisProfile       *profile;
  GSignalGroup        *context_signals;
  GSignalGroup        *profile_signals;
  GPtrArray           *added_rows;    /* rows put in groups, to take out again */
  GPtrArray           *basis_rows;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisProgressPage, relais_progress_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
add_chart_line (RelaisProgressPage *self,
                GtkGrid            *chart,
                guint               line,
                const char         *name,
                guint               done,
                guint               total)
{
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *bar = relais_progress_bar_new ();
  g_autofree char *count = g_strdup_printf (ngettext ("%u of %u done", "%u of %u done", done), done, total);
  GtkWidget *count_label = gtk_label_new (count);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_label_set_xalign (GTK_LABEL (count_label), 1);
  gtk_widget_add_css_class (count_label, "dim-label");
  gtk_widget_add_css_class (count_label, "numeric");
  relais_progress_bar_set_value (RELAIS_PROGRESS_BAR (bar), done, total, count);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);

  gtk_grid_attach (chart, label, 0, line, 1, 1);
  gtk_grid_attach (chart, bar, 1, line, 1, 1);
  gtk_grid_attach (chart, count_label, 2, line, 1, 1);
}

static void
add_row (RelaisProgressPage  *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Names from the catalogue and words from the user: plain text. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->added_rows, row);
}

static const char *
tool_name (RelaisProgressPage *self,
           const char         *id)
{
  return relais_history_tool_name (self->catalog, id);
}

static char *
describe_change (RelaisProgressPage *self,
                 RelaisHistoryEntry *entry)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (entry->at);
  g_autofree char *date = g_date_time_format (local, "%x");
  g_autofree char *change = relais_history_describe_change (self->catalog, entry);

  /* TRANSLATORS: a date and what happened then, e.g. “28/11/2026 · now Adopted, was Trying” */
  return g_strdup_printf (_("%s · %s"), date, change);
}

/* The latest changes are shown in the area; this row opens all of them. */
static void
add_show_all_row (RelaisProgressPage *self,
                  guint               n_changes)
{
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  if (n_changes > 0)
    subtitle = g_strdup_printf (ngettext ("%u change, newest first", "%u changes, newest first", n_changes), n_changes);
  else
    subtitle = g_strdup (_("Nothing has changed yet"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Show All Changes"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Opens a window"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "progress.show-history");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_preferences_group_add (self->recent_group, row);
  g_ptr_array_add (self->added_rows, row);
}

static void
show_history_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RelaisProgressPage *self = RELAIS_PROGRESS_PAGE (widget);
  RelaisHistoryWindow *window;
  GtkRoot *root;

  if (self->profile == NULL || self->catalog == NULL)
    return;

  window = relais_history_window_new (self->catalog, self->profile);
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (window));
}

static void
clear (RelaisProgressPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chart))) != NULL)
    gtk_grid_remove (self->chart, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->stages_chart))) != NULL)
    gtk_grid_remove (self->stages_chart, child);

  for (guint i = 0; i < self->added_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->added_rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->added_rows, 0);

  for (guint i = 0; i < self->basis_rows->len; i++)
    adw_expander_row_remove (self->basis_row, g_ptr_array_index (self->basis_rows, i));
  g_ptr_array_set_size (self->basis_rows, 0);
}

/**
 * relais_progress_page_refresh:
 *
 * Computes the figures again; cheap, so done each time the area is shown
 * or the profile changes while it is.
 */
void
relais_progress_page_refresh (RelaisProgressPage *self)
{
  g_autoptr(RelaisProgress) progress = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *to_save = NULL;
  GListModel *tools;
  GPtrArray *history;
  guint shown = 0;

  g_return_if_fail (RELAIS_IS_PROGRESS_PAGE (self));

  clear (self);
  if (self->profile == NULL || self->catalog == NULL)
    return;

  progress = relais_progress_new (self->profile, self->catalog);
  gtk_stack_set_visible_child_name (self->stack, progress->tools > 0 ? "progress" : "empty");
  if (progress->tools == 0)
    return;

  add_chart_line (self, self->chart, 0, _("All your tools"), progress->done, progress->tools);
  for (guint i = 0; i < progress->categories->len; i++)
    {
      RelaisCategoryProgress *item = g_ptr_array_index (progress->categories, i);

      add_chart_line (self, self->chart, i + 1, relais_catalog_translate (item->category->name), item->done, item->tools);
    }

  /* Skipped steps count as done: they were dealt with. */
  for (guint i = 0, line = 0; i < relais_path_get_n_stages (); i++)
    {
      const RelaisStage *stage = relais_path_get_stage (i);
      guint total, done, skipped;

      if (!relais_path_stage_applies (stage, relais_profile_get_kind (self->profile)))
        continue;
      relais_path_count (stage, self->profile, &total, &done, &skipped);
      add_chart_line (self, self->stages_chart, line++, _(stage->title), done + skipped, total);
    }

  saved = relais_progress_describe_total (progress, TRUE);
  to_save = relais_progress_describe_total (progress, FALSE);
  gtk_label_set_label (self->saved_label, saved);
  gtk_label_set_label (self->to_save_label, to_save);
  for (guint i = 0; i < progress->basis->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (progress->basis, i));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_expander_row_add_row (self->basis_row, row);
      g_ptr_array_add (self->basis_rows, row);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->basis_row), progress->basis->len > 0);

  tools = relais_profile_get_tools (self->profile);
  for (guint i = 0; i < g_list_model_get_n_items (tools); i++)
    {
      g_autoptr(RelaisProfileTool) entry = g_list_model_get_item (tools, i);
      RelaisToolStatus status = relais_profile_tool_get_status (entry);
      const char *choice = relais_profile_tool_get_choice (entry);
      RelaisAlternative *chosen = choice ? relais_catalog_lookup_alternative (self->catalog, choice) : NULL;
      g_autofree char *subtitle = NULL;

      if (status == RELAIS_TOOL_STATUS_ADOPTED || status == RELAIS_TOOL_STATUS_MIGRATED ||
          status == RELAIS_TOOL_STATUS_SET_ASIDE ||
          relais_catalog_lookup_tool (self->catalog, relais_profile_tool_get_tool_id (entry)) == NULL)
        continue;

      subtitle = chosen != NULL
        ? g_strdup_printf (_("%s · towards %s"), relais_tool_status_get_label (status), chosen->name)
        : g_strdup_printf (_("%s · nothing chosen yet"), relais_tool_status_get_label (status));
      add_row (self, self->left_group, tool_name (self, relais_profile_tool_get_tool_id (entry)), subtitle);
    }

  history = relais_profile_get_history (self->profile);
  for (guint i = history->len; i > 0 && shown < N_RECENT; i--, shown++)
    {
      RelaisHistoryEntry *entry = g_ptr_array_index (history, i - 1);
      g_autofree char *change = describe_change (self, entry);

      add_row (self, self->recent_group, tool_name (self, entry->tool), change);
    }
  add_show_all_row (self, history->len);
}

static void
relais_progress_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (relais_progress_page_parent_class)->map (widget);
  relais_progress_page_refresh (RELAIS_PROGRESS_PAGE (widget));
}

static void
profile_changed_cb (RelaisProgressPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    relais_progress_page_refresh (self);
}

static void
context_catalog_cb (RelaisProgressPage *self)
{
  RelaisCatalog *catalog = self->context != NULL ? relais_context_get_catalog (self->context) : NULL;

  if (g_set_object (&self->catalog, catalog))
    profile_changed_cb (self);
}

static void
relais_progress_page_dispose (GObject *object)
{
  RelaisProgressPage *self = (RelaisProgressPage *)object;

  g_signal_group_set_target (self->context_signals, NULL);
  g_signal_group_set_target (self->profile_signals, NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->context_signals);
  g_clear_object (&self->profile_signals);
  g_clear_object (&self->context);
  g_clear_object (&self->profile);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->added_rows, g_ptr_array_unref);
  g_clear_pointer (&self->basis_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (relais_progress_page_parent_class)->dispose (object);
}

static void
relais_progress_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RelaisProgressPage *self = RELAIS_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_progress_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RelaisProgressPage *self = RELAIS_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      relais_progress_page_set_context (self, g_value_get_object (value));
      break;
    case PROP_PROFILE:
      relais_progress_page_set_profile (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_progress_page_class_init (RelaisProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_progress_page_dispose;
  object_class->get_property = relais_progress_page_get_property;
  object_class->set_property = relais_progress_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RELAIS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, RELAIS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->map = relais_progress_page_map;

  g_type_ensure (RELAIS_TYPE_PROGRESS_BAR);

  gtk_widget_class_install_action (widget_class, "progress.show-history", NULL, show_history_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, basis_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, chart);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, left_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, saved_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, stages_chart);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, to_save_label);
}

static void
relais_progress_page_init (RelaisProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  relais_accessible_follow_expander (self->basis_row);

  self->added_rows = g_ptr_array_new ();
  self->basis_rows = g_ptr_array_new ();

  self->context_signals = g_signal_group_new (RELAIS_TYPE_CONTEXT);
  g_signal_group_connect_object (self->context_signals, "notify::catalog",
                                 G_CALLBACK (context_catalog_cb), self, G_CONNECT_SWAPPED);
  self->profile_signals = g_signal_group_new (RELAIS_TYPE_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "notify::modified",
                                 G_CALLBACK (profile_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * relais_progress_page_set_context:
 * @context: (nullable): where the catalogue comes from
 */
void
relais_progress_page_set_context (RelaisProgressPage *self,
                                  RelaisContext      *context)
{
  g_return_if_fail (RELAIS_IS_PROGRESS_PAGE (self));
  g_return_if_fail (!context || RELAIS_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  g_signal_group_set_target (self->context_signals, context);
  context_catalog_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

void
relais_progress_page_set_profile (RelaisProgressPage *self,
                                  RelaisProfile      *profile)
{
  g_return_if_fail (RELAIS_IS_PROGRESS_PAGE (self));
  g_return_if_fail (!profile || RELAIS_IS_PROFILE (profile));

  if (!g_set_object (&self->profile, profile))
    return;

  g_signal_group_set_target (self->profile_signals, profile);
  profile_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}
