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
#include "relais-history-change.h"
#include "relais-history-window.h"
#include "relais-list-diff.h"
#include "relais-path.h"
#include "relais-profile-tool.h"
#include "relais-progress.h"
#include "relais-progress-line.h"
#include "relais-progress-page.h"
#include "relais-progress-row.h"
#include "relais-recommender.h"
#include "relais-text-row.h"

#define N_RECENT 8

struct _RelaisProgressPage
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkListBox          *basis_list;
  AdwExpanderRow      *basis_row;
  AdwPreferencesGroup *categories_group;
  GtkListBox          *categories_list;
  AdwPreferencesGroup *left_group;
  GtkListBox          *left_list;
  AdwPreferencesGroup *overall_group;
  GtkListBox          *reach_list;
  AdwPreferencesGroup *recent_group;
  GtkListBox          *recent_list;
  GtkLabel            *saved_label;
  AdwActionRow        *saved_row;
  AdwActionRow        *show_all_row;
  GtkStack            *stack;
  GtkListBox          *stages_list;
  GtkLabel            *to_save_label;
  AdwActionRow        *to_save_row;

  /* Owned */
  RelaisContext       *context;
  RelaisCatalog       *catalog;      /* the context's, once read */
  RelaisProfile       *profile;
  GSignalGroup        *context_signals;
  GSignalGroup        *profile_signals;
  GtkSizeGroup        *counts;       /* the "x of y" of every chart, one width: the bars line up */
  /* Each list bound to its model; a refresh changes only what differs. */
  GListStore          *reaches;      /* RelaisProgressLine */
  GListStore          *categories;   /* RelaisProgressLine */
  GListStore          *stages;       /* RelaisProgressLine */
  GListStore          *basis;        /* RelaisHistoryChange: a sentence each */
  GListStore          *left;         /* RelaisHistoryChange: a tool and where it stands */
  GListStore          *recent;       /* RelaisHistoryChange: the latest changes */
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisProgressPage, relais_progress_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

/* --- The lists ------------------------------------------------------------- */

static GtkWidget *
create_line_row (gpointer item,
                 gpointer user_data)
{
  RelaisProgressPage *self = user_data;

  return relais_progress_row_new (item, self->counts);
}

static GtkWidget *
create_text_row (gpointer item,
                 gpointer user_data)
{
  return relais_text_row_new (item);
}

/* A line keeps its item, and so its row and the focus on it, from one count
 * to the next: only its figures change. */
static void
update_lines (GListStore *store,
              GPtrArray  *lines)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < lines->len; i++)
    {
      RelaisProgressLine *line = g_ptr_array_index (lines, i);
      RelaisProgressLine *kept = NULL;

      for (guint j = 0; kept == NULL && j < g_list_model_get_n_items (G_LIST_MODEL (store)); j++)
        {
          g_autoptr(RelaisProgressLine) old = g_list_model_get_item (G_LIST_MODEL (store), j);

          if (g_str_equal (relais_progress_line_get_id (old), relais_progress_line_get_id (line)))
            kept = g_steal_pointer (&old);
        }
      if (kept != NULL)
        relais_progress_line_update (kept, line);
      g_ptr_array_add (items, kept != NULL ? kept : g_object_ref (line));
    }
  relais_list_store_update (store, items, NULL);
}

static gboolean
same_text (gconstpointer a,
           gconstpointer b)
{
  g_autofree char *title_a = NULL, *title_b = NULL, *subtitle_a = NULL, *subtitle_b = NULL;

  g_object_get ((gpointer) a, "title", &title_a, "subtitle", &subtitle_a, NULL);
  g_object_get ((gpointer) b, "title", &title_b, "subtitle", &subtitle_b, NULL);
  return g_strcmp0 (title_a, title_b) == 0 && g_strcmp0 (subtitle_a, subtitle_b) == 0;
}

static void
add_text (GPtrArray  *items,
          const char *title,
          const char *subtitle)
{
  g_ptr_array_add (items, relais_history_change_new ("", title, subtitle));
}

/* An empty boxed list would show as an empty frame. */
static void
show_if_any (GtkWidget  *widget,
             GListStore *store)
{
  gtk_widget_set_visible (widget, g_list_model_get_n_items (G_LIST_MODEL (store)) > 0);
}

static RelaisProgressLine *
new_done_line (const char *id,
               const char *title,
               guint       done,
               guint       total)
{
  g_autofree char *text = g_strdup_printf (ngettext ("%u of %u done", "%u of %u done", done), done, total);

  return relais_progress_line_new (id, title, NULL, done, total, text);
}

/* Chosen, trying, adopted, migrated: each with what it means. */
static void
update_reaches (RelaisProgressPage *self,
                RelaisProgress     *progress)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *description = NULL;
  const char *intro = _("How far your tools have come. Each count includes the tools that went further: a migrated "
                        "tool was also chosen, tried and adopted.");
  guint set_aside = progress->tools - progress->moving;

  for (RelaisToolReach reach = RELAIS_TOOL_REACH_CHOSEN; reach < RELAIS_N_TOOL_REACHES; reach++)
    {
      /* TRANSLATORS: tools that got this far, of the tools to move, e.g. “2 of 8” */
      g_autofree char *text = g_strdup_printf (ngettext ("%u of %u", "%u of %u", progress->moving),
                                               progress->reached[reach], progress->moving);
      g_autofree char *id = g_strdup_printf ("reach-%u", reach);

      g_ptr_array_add (lines, relais_progress_line_new (id, relais_tool_reach_get_label (reach),
                                                        relais_tool_reach_get_meaning (reach),
                                                        progress->reached[reach], progress->moving, text));
    }
  update_lines (self->reaches, lines);

  if (set_aside > 0)
    {
      g_autofree char *aside = g_strdup_printf (ngettext ("%u tool set aside is not counted.",
                                                          "%u tools set aside are not counted.", set_aside),
                                                set_aside);

      description = g_strdup_printf ("%s %s", intro, aside);
    }
  adw_preferences_group_set_description (self->overall_group, description != NULL ? description : intro);
}

static void
update_charts (RelaisProgressPage *self,
               RelaisProgress     *progress)
{
  g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func (g_object_unref);

  update_reaches (self, progress);

  for (guint i = 0; i < progress->categories->len; i++)
    {
      RelaisCategoryProgress *item = g_ptr_array_index (progress->categories, i);

      g_ptr_array_add (categories, new_done_line (item->category->id, relais_catalog_translate (item->category->name),
                                                  item->done, item->tools));
    }
  update_lines (self->categories, categories);

  /* Skipped steps count as done: they were dealt with. */
  for (guint i = 0; i < relais_path_get_n_stages (); i++)
    {
      const RelaisStage *stage = relais_path_get_stage (i);
      guint total, done, skipped;

      if (!relais_path_stage_applies (stage, relais_profile_get_kind (self->profile)))
        continue;
      relais_path_count (stage, self->profile, &total, &done, &skipped);
      g_ptr_array_add (stages, new_done_line (stage->id, _(stage->title), done + skipped, total));
    }
  update_lines (self->stages, stages);
}

static void
update_savings (RelaisProgressPage *self,
                RelaisProgress     *progress)
{
  g_autoptr(GPtrArray) basis = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *saved = relais_progress_describe_total (progress, TRUE);
  g_autofree char *to_save = relais_progress_describe_total (progress, FALSE);

  gtk_label_set_label (self->saved_label, saved);
  gtk_label_set_label (self->to_save_label, to_save);
  /* The amount, shown beside the row, is read with it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->saved_row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, saved, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->to_save_row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, to_save, -1);

  for (guint i = 0; i < progress->basis->len; i++)
    add_text (basis, g_ptr_array_index (progress->basis, i), "");
  relais_list_store_update (self->basis, basis, same_text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->basis_row), progress->basis->len > 0);
}

static const char *
tool_name (RelaisProgressPage *self,
           const char         *id)
{
  return relais_history_tool_name (self->catalog, id);
}

static void
update_left (RelaisProgressPage *self)
{
  g_autoptr(GPtrArray) left = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *tools = relais_profile_get_tools (self->profile);

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
      add_text (left, tool_name (self, relais_profile_tool_get_tool_id (entry)), subtitle);
    }
  relais_list_store_update (self->left, left, same_text);
  show_if_any (GTK_WIDGET (self->left_group), self->left);
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

/* The latest changes are shown in the area; a row after them opens all. */
static void
update_recent (RelaisProgressPage *self)
{
  g_autoptr(GPtrArray) recent = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *history = relais_profile_get_history (self->profile);
  g_autofree char *subtitle = NULL;

  for (guint i = history->len, shown = 0; i > 0 && shown < N_RECENT; i--, shown++)
    {
      RelaisHistoryEntry *entry = g_ptr_array_index (history, i - 1);
      g_autofree char *change = describe_change (self, entry);

      add_text (recent, tool_name (self, entry->tool), change);
    }
  relais_list_store_update (self->recent, recent, same_text);
  show_if_any (GTK_WIDGET (self->recent_list), self->recent);

  if (history->len > 0)
    subtitle = g_strdup_printf (ngettext ("%u change, newest first", "%u changes, newest first", history->len),
                                history->len);
  else
    subtitle = g_strdup (_("Nothing has changed yet"));
  adw_action_row_set_subtitle (self->show_all_row, subtitle);
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

/**
 * relais_progress_page_refresh:
 *
 * Computes the figures again; cheap, so done each time the area is shown
 * or the profile changes while it is. Only the rows whose figures or words
 * changed are touched.
 */
void
relais_progress_page_refresh (RelaisProgressPage *self)
{
  g_autoptr(RelaisProgress) progress = NULL;

  g_return_if_fail (RELAIS_IS_PROGRESS_PAGE (self));

  if (self->profile == NULL || self->catalog == NULL)
    return;

  progress = relais_progress_new (self->profile, self->catalog);
  gtk_stack_set_visible_child_name (self->stack, progress->tools > 0 ? "progress" : "empty");
  if (progress->tools == 0)
    return;

  update_charts (self, progress);
  update_savings (self, progress);
  update_left (self);
  update_recent (self);
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
  g_clear_object (&self->reaches);
  g_clear_object (&self->categories);
  g_clear_object (&self->stages);
  g_clear_object (&self->basis);
  g_clear_object (&self->left);
  g_clear_object (&self->recent);
  g_clear_object (&self->counts);

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

  gtk_widget_class_install_action (widget_class, "progress.show-history", NULL, show_history_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, basis_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, basis_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, categories_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, categories_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, left_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, left_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, overall_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, reach_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, recent_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, saved_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, saved_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, show_all_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, stages_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, to_save_label);
  gtk_widget_class_bind_template_child (widget_class, RelaisProgressPage, to_save_row);
}

static void
relais_progress_page_init (RelaisProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  relais_accessible_follow_expander (self->basis_row);
  /* The list of bases sits in a list row of its own, which would be a stop
   * of the Tab chain with nothing to say: its rows are what is read. */
  relais_accessible_skip_focus (gtk_widget_get_parent (GTK_WIDGET (self->basis_list)));

  self->counts = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->reaches = g_list_store_new (RELAIS_TYPE_PROGRESS_LINE);
  self->categories = g_list_store_new (RELAIS_TYPE_PROGRESS_LINE);
  self->stages = g_list_store_new (RELAIS_TYPE_PROGRESS_LINE);
  self->basis = g_list_store_new (RELAIS_TYPE_HISTORY_CHANGE);
  self->left = g_list_store_new (RELAIS_TYPE_HISTORY_CHANGE);
  self->recent = g_list_store_new (RELAIS_TYPE_HISTORY_CHANGE);
  gtk_list_box_bind_model (self->reach_list, G_LIST_MODEL (self->reaches), create_line_row, self, NULL);
  gtk_list_box_bind_model (self->categories_list, G_LIST_MODEL (self->categories), create_line_row, self, NULL);
  gtk_list_box_bind_model (self->stages_list, G_LIST_MODEL (self->stages), create_line_row, self, NULL);
  gtk_list_box_bind_model (self->basis_list, G_LIST_MODEL (self->basis), create_text_row, NULL, NULL);
  gtk_list_box_bind_model (self->left_list, G_LIST_MODEL (self->left), create_text_row, NULL, NULL);
  gtk_list_box_bind_model (self->recent_list, G_LIST_MODEL (self->recent), create_text_row, NULL, NULL);

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
