/* relais-path-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-path-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-accessible.h"
#include "relais-departements.h"
#include "relais-fact-row.h"
#include "relais-list-diff.h"
#include "relais-path.h"
#include "relais-path-page.h"
#include "relais-stage-row.h"

struct _RelaisPathPage
{
  AdwBin          parent_instance;

  /* Template widgets */
  RelaisFactRow  *financial_row;
  RelaisFactRow  *kind_row;
  RelaisFactRow  *name_row;
  RelaisFactRow  *place_row;
  GtkListBox     *stages_list;
  RelaisFactRow  *technical_row;
  RelaisFactRow  *values_row;

  /* Owned */
  RelaisProfile  *profile;
  GtkStringList  *stages;       /* the ids of the stages shown, bound to stages_list */
  GSignalGroup   *profile_signals;
  guint           fill_source;  /* the stages past the first screen, after the first frame */
  gboolean        drawn;        /* the window has shown its first frame */
};

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisPathPage, relais_path_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static char *
format_place (RelaisProfile *profile)
{
  const RelaisDepartement *departement = relais_departements_lookup (relais_profile_get_departement (profile));
  const char *postcode = relais_profile_get_postcode (profile);
  g_autofree char *name = NULL;

  name = departement != NULL
    ? g_strdup_printf ("%s (%s)", departement->name, departement->code)
    : g_strdup (relais_profile_get_departement (profile));

  if (postcode[0] == '\0')
    return g_steal_pointer (&name);

  /* TRANSLATORS: a département and a postcode, e.g. “Calvados (14), 14000” */
  return g_strdup_printf (_("%s, %s"), name, postcode);
}

static void
update_rows (RelaisPathPage *self)
{
  struct { RelaisFactRow *row; RelaisReason reason; } reasons[] = {
    { self->values_row, RELAIS_REASON_VALUES },
    { self->technical_row, RELAIS_REASON_TECHNICAL },
    { self->financial_row, RELAIS_REASON_FINANCIAL },
  };
  g_autofree char *place = NULL;

  if (self->profile == NULL)
    return;

  place = format_place (self->profile);
  relais_fact_row_set_subtitle (self->name_row, relais_profile_get_name (self->profile));
  relais_fact_row_set_subtitle (self->kind_row,
                                relais_profile_kind_get_label (relais_profile_get_kind (self->profile)));
  relais_fact_row_set_subtitle (self->place_row, place);

  /* The weight, shown beside the row, is read with it (RelaisFactRow). */
  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    g_object_set (reasons[i].row,
                  "title", relais_reason_get_label (reasons[i].reason),
                  "subtitle", relais_reason_get_explanation (reasons[i].reason),
                  "value", relais_weight_get_label (relais_profile_get_weight (self->profile, reasons[i].reason)),
                  NULL);
}

/* A wrapping label finds its smallest width by laying its text out in a
 * width of 0, a line per word, and Pango 1.50 shapes the rest of the text
 * again at each line: for the Path's dozen explanations that was most of
 * the first frame's work (docs/benchmarks.md). Laid out in ten characters,
 * as narrow as any of them ever is, it costs a few lines; what is shown is
 * the same, wide or at 360 px. The labels are libadwaita's rows' and
 * groups' as well as ours, hence the walk. */
static void
limit_wrapping (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_wrap (GTK_LABEL (widget)) &&
      gtk_label_get_width_chars (GTK_LABEL (widget)) < 0)
    gtk_label_set_width_chars (GTK_LABEL (widget), 10);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    limit_wrapping (child);
}

/* --- The stages ------------------------------------------------------------ */

static GtkWidget *
create_stage_row (gpointer item,
                  gpointer user_data)
{
  RelaisPathPage *self = user_data;
  const char *id = gtk_string_object_get_string (item);

  for (guint i = 0; i < relais_path_get_n_stages (); i++)
    if (g_str_equal (relais_path_get_stage (i)->id, id))
      {
        GtkWidget *row = relais_stage_row_new (self->profile, relais_path_get_stage (i));

        limit_wrapping (row);
        return row;
      }

  g_return_val_if_reached (gtk_label_new (id));
}

/* How many stages the window's first frame can show: the first starts some
 * 642 px down the window at the default width (the header bar, the profile,
 * the reasons; lower when narrow, where they wrap more), and a folded stage
 * takes about 62; one at the least. A maximized window's height is not
 * known yet: all. */
static guint
first_stages (RelaisPathPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int width, height;

  if (!GTK_IS_WINDOW (root) || gtk_window_is_maximized (GTK_WINDOW (root)))
    return G_MAXUINT;
  gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);
  return MAX (1, (height - 642 + 61) / 62);
}

/* A person on their own does not "decide together": only the stages that
 * apply, added or taken out where they are, the others left as they are. */
static void
update_stages (RelaisPathPage *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->stages));
  guint position, removed, added;

  for (guint i = 0; self->profile != NULL && i < relais_path_get_n_stages (); i++)
    if (relais_path_stage_applies (relais_path_get_stage (i), relais_profile_get_kind (self->profile)))
      g_ptr_array_add (ids, (gpointer) relais_path_get_stage (i)->id);
  /* Before the first frame, only what it can show (update_stages is
   * called again once it is drawn). */
  if (!self->drawn && ids->len > first_stages (self))
    g_ptr_array_set_size (ids, first_stages (self));
  for (guint i = 0; i < n_shown; i++)
    g_ptr_array_add (shown, g_strdup (gtk_string_list_get_string (self->stages, i)));

  if (relais_list_diff (shown->pdata, shown->len, ids->pdata, ids->len, g_str_equal, &position, &removed, &added))
    {
      g_autofree const char **additions = g_new0 (const char *, added + 1);

      for (guint i = 0; i < added; i++)
        additions[i] = g_ptr_array_index (ids, position + i);
      gtk_string_list_splice (self->stages, position, removed, additions);
    }
}

/* --- The first frame --------------------------------------------------------
 *
 * The Path is the area a window opens on, and its first frame was 1.26 times
 * a bare window's (docs/benchmarks.md): most of it laying out text that frame
 * does not show. At the default size it shows the profile, the reasons and
 * the top of the stages; the others, each a title and a wrapping
 * explanation to lay out, are made just after it, before anyone can scroll.
 */

static gboolean
fill_stages_cb (gpointer data)
{
  RelaisPathPage *self = data;

  self->fill_source = 0;
  update_stages (self);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock  *frame_clock,
                RelaisPathPage *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, self);
  self->drawn = TRUE;
  /* After this frame's other work, which is what the user waits for. */
  if (self->fill_source == 0)
    self->fill_source = g_idle_add (fill_stages_cb, self);
}

static void
relais_path_page_map (GtkWidget *widget)
{
  RelaisPathPage *self = RELAIS_PATH_PAGE (widget);

  GTK_WIDGET_CLASS (relais_path_page_parent_class)->map (widget);

  if (!self->drawn)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (after_paint_cb), self, 0);
}

static void
relais_path_page_root (GtkWidget *widget)
{
  RelaisPathPage *self = RELAIS_PATH_PAGE (widget);

  GTK_WIDGET_CLASS (relais_path_page_parent_class)->root (widget);

  /* In a window still to show its first frame, before any stage was made
   * (as in a window's template): the first frame waits for no more than it
   * shows. Stages made already stay. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->stages)) == 0 &&
      !gtk_widget_get_mapped (GTK_WIDGET (gtk_widget_get_root (widget))))
    self->drawn = FALSE;
}

static void
relais_path_page_dispose (GObject *object)
{
  RelaisPathPage *self = (RelaisPathPage *)object;

  g_signal_group_set_target (self->profile_signals, NULL);
  g_clear_handle_id (&self->fill_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RELAIS_TYPE_PATH_PAGE);
  g_clear_object (&self->profile_signals);
  g_clear_object (&self->profile);
  g_clear_object (&self->stages);

  G_OBJECT_CLASS (relais_path_page_parent_class)->dispose (object);
}

static void
relais_path_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RelaisPathPage *self = RELAIS_PATH_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_path_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RelaisPathPage *self = RELAIS_PATH_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      relais_path_page_set_profile (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_path_page_class_init (RelaisPathPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relais_path_page_dispose;
  object_class->get_property = relais_path_page_get_property;
  object_class->set_property = relais_path_page_set_property;
  widget_class->map = relais_path_page_map;
  widget_class->root = relais_path_page_root;

  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, RELAIS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RELAIS_TYPE_FACT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/relais-path-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, financial_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, place_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, stages_list);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, technical_row);
  gtk_widget_class_bind_template_child (widget_class, RelaisPathPage, values_row);
}

static void
relais_path_page_init (RelaisPathPage *self)
{
  static const char * const shown[] = { "notify::name", "notify::kind", "notify::departement", "notify::postcode",
                                        "notify::values-weight", "notify::technical-weight", "notify::financial-weight" };

  gtk_widget_init_template (GTK_WIDGET (self));
  relais_accessible_name_mnemonics (GTK_WIDGET (self));
  /* Unrooted, nothing waits for a frame (relais_path_page_root()). */
  self->drawn = TRUE;

  self->stages = gtk_string_list_new (NULL);
  /* Followed whatever the profile shown: retargeted in one line. */
  self->profile_signals = g_signal_group_new (RELAIS_TYPE_PROFILE);
  /* Only what this page shows: not each letter typed in a note. */
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    g_signal_group_connect_object (self->profile_signals, shown[i], G_CALLBACK (update_rows),
                                   self, G_CONNECT_SWAPPED);
  /* A person and a collective do not walk the same steps. */
  g_signal_group_connect_object (self->profile_signals, "notify::kind", G_CALLBACK (update_stages),
                                 self, G_CONNECT_SWAPPED);
}

RelaisProfile *
relais_path_page_get_profile (RelaisPathPage *self)
{
  g_return_val_if_fail (RELAIS_IS_PATH_PAGE (self), NULL);

  return self->profile;
}

void
relais_path_page_set_profile (RelaisPathPage *self,
                              RelaisProfile  *profile)
{
  g_return_if_fail (RELAIS_IS_PATH_PAGE (self));
  g_return_if_fail (!profile || RELAIS_IS_PROFILE (profile));

  if (!g_set_object (&self->profile, profile))
    return;

  g_signal_group_set_target (self->profile_signals, profile);
  update_rows (self);
  /* Another profile: other rows, each bound to it. */
  gtk_list_box_bind_model (self->stages_list, NULL, NULL, NULL, NULL);
  gtk_string_list_splice (self->stages, 0, g_list_model_get_n_items (G_LIST_MODEL (self->stages)), NULL);
  gtk_list_box_bind_model (self->stages_list, G_LIST_MODEL (self->stages), create_stage_row, self, NULL);
  update_stages (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}
