/* relais-tool-row.c — one tool used today: how many use it, what for, and
 * its free alternatives ranked for this profile, each with its why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-tool-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-alternative-text.h"
#include "relais-path.h"
#include "relais-price-text.h"
#include "relais-recommender.h"
#include "relais-tool-row.h"

struct _RelaisToolRow
{
  AdwExpanderRow     parent_instance;

  /* Owned */
  RelaisCatalog     *catalog;
  RelaisProfile     *profile;
  RelaisProfileTool *tool;
  RelaisDirectory   *directory;        /* nullable, borrowed: the hosters of online services */
  RelaisPlaceFinder *finder;           /* nullable, borrowed: where the profile is */
  GPtrArray         *choose_buttons;   /* GtkButton, in the order of the ranking */
  GtkWidget         *alternatives_list;
  GtkWidget         *reason_row;
  GPtrArray         *migration_rows;   /* shown once an alternative is chosen */
};

G_DEFINE_FINAL_TYPE (RelaisToolRow, relais_tool_row, ADW_TYPE_EXPANDER_ROW)

static void
update_summary (RelaisToolRow *self)
{
  const char *choice = relais_profile_tool_get_choice (self->tool);
  RelaisAlternative *chosen = choice != NULL ? relais_catalog_lookup_alternative (self->catalog, choice) : NULL;
  g_autofree char *subtitle = NULL;
  guint users = relais_profile_tool_get_users (self->tool);

  if (chosen != NULL)
    /* TRANSLATORS: the free alternative the user chose, e.g. “Chosen: LibreOffice Writer” */
    subtitle = g_strdup_printf (_("Chosen: %s"), chosen->name);
  else if (g_strcmp0 (choice, RELAIS_CHOICE_NOT_NOW) == 0)
    subtitle = g_strdup (_("Not now"));
  else
    subtitle = g_strdup_printf (ngettext ("Nothing chosen yet · %u person uses it",
                                          "Nothing chosen yet · %u people use it", users), users);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  for (guint i = 0; self->choose_buttons != NULL && i < self->choose_buttons->len; i++)
    {
      GtkButton *button = g_ptr_array_index (self->choose_buttons, i);
      const char *id = g_object_get_data (G_OBJECT (button), "relais-choice");
      gboolean is_chosen = g_strcmp0 (id, choice) == 0;

      const char *name = g_object_get_data (G_OBJECT (button), "relais-name");
      g_autofree char *label = g_strdup_printf (is_chosen ? _("%s is chosen") : _("Choose %s"), name);

      /* Setting a button's label resets its accessible name: set it after. */
      gtk_button_set_label (button, is_chosen ? _("Chosen") : _("Choose"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      if (is_chosen)
        gtk_widget_add_css_class (GTK_WIDGET (button), "suggested-action");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (button), "suggested-action");
    }
}

static void
choose_clicked_cb (GtkButton     *button,
                   RelaisToolRow *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "relais-choice");

  /* Choosing again what is chosen takes the choice back. */
  if (g_strcmp0 (relais_profile_tool_get_choice (self->tool), id) == 0)
    relais_profile_tool_set_choice (self->tool, NULL);
  else
    relais_profile_tool_set_choice (self->tool, id);
}

static GtkWidget *
new_choose_button (RelaisToolRow *self,
                   const char    *choice,
                   const char    *name)
{
  GtkWidget *button = gtk_button_new_with_label (_("Choose"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "relais-choice", g_strdup (choice), g_free);
  g_object_set_data_full (G_OBJECT (button), "relais-name", g_strdup (name), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (choose_clicked_cb), self, 0);
  g_ptr_array_add (self->choose_buttons, button);

  return button;
}

static void
open_page_clicked_cb (GtkButton *button,
                      gpointer   user_data)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "relais-uri");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));

  /* Through the OpenURI portal in the Flatpak. */
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static char *
describe (RelaisToolRow        *self,
          RelaisRecommendation *recommendation)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *facts = relais_alternative_describe_facts (recommendation->alternative, self->directory,
                                                              self->finder, self->profile);

  for (guint i = 0; i < recommendation->reasons->len; i++)
    {
      g_string_append (text, g_ptr_array_index (recommendation->reasons, i));
      g_string_append_c (text, '\n');
    }
  g_string_append (text, facts);

  return g_markup_escape_text (text->str, -1);
}

static GtkWidget *
new_alternative_row (RelaisToolRow        *self,
                     RelaisRecommendation *recommendation)
{
  RelaisAlternative *alternative = recommendation->alternative;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *open = gtk_button_new_from_icon_name ("adw-external-link-symbolic");
  g_autofree char *description = describe (self, recommendation);
  g_autofree char *open_label = g_strdup_printf (_("Open the website of %s"), alternative->name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), alternative->name);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (open, "flat");
  gtk_widget_set_tooltip_text (open, open_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, open_label, -1);
  /* Flathub's page says how to install it; otherwise the project's own. */
  g_object_set_data_full (G_OBJECT (open), "relais-uri",
                          alternative->flathub != NULL
                          ? g_strdup_printf ("https://flathub.org/apps/%s", alternative->flathub)
                          : g_strdup (alternative->homepage), g_free);
  g_signal_connect (open, "clicked", G_CALLBACK (open_page_clicked_cb), NULL);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_choose_button (self, alternative->id, alternative->name));

  return row;
}

static void
users_changed_cb (GtkSpinButton *spin,
                  RelaisToolRow *self)
{
  relais_profile_tool_set_users (self->tool, (guint) gtk_spin_button_get_value_as_int (spin));
}

static void
note_changed_cb (GtkEditable   *editable,
                 RelaisToolRow *self)
{
  relais_profile_tool_set_note (self->tool, gtk_editable_get_text (editable));
}

static void
status_selected_cb (AdwComboRow   *row,
                    GParamSpec    *pspec,
                    RelaisToolRow *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected < RELAIS_N_TOOL_STATUSES)
    relais_profile_tool_set_status (self->tool, selected);
}

/* Empty: the catalogue's public price counts; a number: the user's own. */
static void
price_changed_cb (GtkEditable   *editable,
                  RelaisToolRow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  char *end = NULL;
  double euros;

  g_strdelimit (text, ",", '.');
  if (text[0] == '\0')
    {
      gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
      relais_profile_tool_set_yearly_price (self->tool, RELAIS_PROFILE_TOOL_NO_PRICE);
      return;
    }

  euros = g_ascii_strtod (text, &end);
  if (end == NULL || *end != '\0' || !(euros >= 0 && euros <= RELAIS_PROFILE_TOOL_MAX_PRICE))
    {
      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  relais_profile_tool_set_yearly_price (self->tool, euros);
}

static void
noted_by_changed_cb (GtkEditable   *editable,
                     RelaisToolRow *self)
{
  relais_profile_tool_set_noted_by (self->tool, gtk_editable_get_text (editable));
}

static void
reason_changed_cb (GtkEditable   *editable,
                   RelaisToolRow *self)
{
  relais_profile_tool_set_set_aside_reason (self->tool, gtk_editable_get_text (editable));
}

static void
update_reason_row (RelaisToolRow *self)
{
  gtk_widget_set_visible (self->reason_row,
                          relais_profile_tool_get_status (self->tool) == RELAIS_TOOL_STATUS_SET_ASIDE);
}

/* Where the move of this tool stands, who says so, and why set aside. */
static void
add_status_rows (RelaisToolRow *self)
{
  const char *labels[RELAIS_N_TOOL_STATUSES + 1] = { NULL };
  g_autoptr(GtkStringList) model = NULL;
  GtkWidget *status_row, *noted_row;

  for (guint i = 0; i < RELAIS_N_TOOL_STATUSES; i++)
    labels[i] = relais_tool_status_get_label (i);
  model = gtk_string_list_new (labels);

  status_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (status_row), _("Where it stands"));
  adw_combo_row_set_model (ADW_COMBO_ROW (status_row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (status_row), relais_profile_tool_get_status (self->tool));
  g_signal_connect_object (status_row, "notify::selected", G_CALLBACK (status_selected_cb), self, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), status_row);

  self->reason_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), _("Why set aside"));
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), relais_profile_tool_get_set_aside_reason (self->tool));
  g_signal_connect_object (self->reason_row, "changed", G_CALLBACK (reason_changed_cb), self, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->reason_row);
  update_reason_row (self);

  {
    GtkWidget *price_row = adw_entry_row_new ();
    double own = relais_profile_tool_get_yearly_price (self->tool);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (price_row), _("What you pay a year, in € (optional)"));
    if (own >= 0)
      {
        g_autofree char *text = g_strdup_printf ("%.2f", own);

        gtk_editable_set_text (GTK_EDITABLE (price_row), text);
      }
    g_signal_connect_object (price_row, "changed", G_CALLBACK (price_changed_cb), self, 0);
    adw_expander_row_add_row (ADW_EXPANDER_ROW (self), price_row);
  }

  noted_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (noted_row), _("Noted by (optional)"));
  gtk_editable_set_text (GTK_EDITABLE (noted_row), relais_profile_tool_get_noted_by (self->tool));
  g_signal_connect_object (noted_row, "changed", G_CALLBACK (noted_by_changed_cb), self, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), noted_row);

  g_signal_connect_object (self->tool, "notify::status", G_CALLBACK (update_reason_row), self, G_CONNECT_SWAPPED);
}

static void
update_migration_rows (RelaisToolRow *self)
{
  const char *choice = relais_profile_tool_get_choice (self->tool);
  gboolean moving = choice != NULL && g_strcmp0 (choice, RELAIS_CHOICE_NOT_NOW) != 0;

  for (guint i = 0; i < self->migration_rows->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->migration_rows, i), moving);
}

static void
migration_step_toggled_cb (GtkCheckButton *check,
                           RelaisToolRow  *self)
{
  relais_profile_set_item_state (self->profile, g_object_get_data (G_OBJECT (check), "relais-item"),
                                 gtk_check_button_get_active (check) ? RELAIS_ITEM_DONE : RELAIS_ITEM_TODO);
}

/* The checklist of the kind of move this tool calls for, ticked per tool. */
static void
add_migration_rows (RelaisToolRow         *self,
                    RelaisProprietaryTool *entry)
{
  const RelaisMigration *migration = relais_path_get_migration (entry->category->id);
  GtkWidget *heading = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (heading), _(migration->title));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (heading), FALSE);
  gtk_widget_add_css_class (heading, "heading");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), heading);
  g_ptr_array_add (self->migration_rows, heading);

  for (guint i = 0; migration->steps[i] != NULL; i++)
    {
      g_autofree char *id = relais_path_migration_step_id (migration, entry->id, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(migration->steps[i]));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   relais_profile_get_item_state (self->profile, id) == RELAIS_ITEM_DONE);
      g_object_set_data_full (G_OBJECT (check), "relais-item", g_steal_pointer (&id), g_free);
      g_signal_connect_object (check, "toggled", G_CALLBACK (migration_step_toggled_cb), self, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
      g_ptr_array_add (self->migration_rows, row);
    }

  update_migration_rows (self);
  g_signal_connect_object (self->tool, "notify::choice", G_CALLBACK (update_migration_rows), self, G_CONNECT_SWAPPED);
}

static void
remove_clicked_cb (GtkButton     *button,
                   RelaisToolRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "tools.remove", "s",
                              relais_profile_tool_get_tool_id (self->tool));
}

static void
fill_alternatives (RelaisToolRow *self)
{
  RelaisProprietaryTool *entry = relais_catalog_lookup_tool (self->catalog, relais_profile_tool_get_tool_id (self->tool));
  g_autoptr(GPtrArray) ranked = NULL;
  GtkWidget *child;

  g_ptr_array_set_size (self->choose_buttons, 0);
  while ((child = gtk_widget_get_first_child (self->alternatives_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->alternatives_list), child);

  ranked = relais_recommend (self->profile, entry, relais_this_platform (), relais_profile_tool_get_users (self->tool));
  for (guint i = 0; i < ranked->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->alternatives_list), new_alternative_row (self, g_ptr_array_index (ranked, i)));

  {
    GtkWidget *later = adw_action_row_new ();

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (later), _("Not now"));
    adw_action_row_set_subtitle (ADW_ACTION_ROW (later), _("Keep this tool for the moment; you can choose later."));
    adw_action_row_add_suffix (ADW_ACTION_ROW (later), new_choose_button (self, RELAIS_CHOICE_NOT_NOW, _("Not now")));
    gtk_list_box_append (GTK_LIST_BOX (self->alternatives_list), later);
  }

  update_summary (self);
}

/* A sentence the tool's row says before anything else, on as many lines as
 * it needs. */
static void
add_note_row (RelaisToolRow *self,
              const char    *text,
              const char    *css_class)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (row, css_class);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
}

static void
build (RelaisToolRow *self)
{
  RelaisProprietaryTool *entry = relais_catalog_lookup_tool (self->catalog, relais_profile_tool_get_tool_id (self->tool));
  g_autofree char *list_label = NULL;
  GtkWidget *users_row, *spin, *note_row, *heading, *remove, *remove_row;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), entry->name);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self), FALSE);

  /* A tool that closed: said first, with what to do instead. */
  if (entry->closed != NULL)
    {
      g_autofree char *closure = relais_tool_describe_closure (entry);

      add_note_row (self, closure, "warning");
    }

  /* No free alternative fits yet: said, so the empty list is not a mystery. */
  if (entry->meanwhile != NULL)
    {
      g_autofree char *meanwhile = relais_tool_describe_meanwhile (entry);

      add_note_row (self, meanwhile, NULL);
    }

  users_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (users_row), _("People using it"));
  spin = gtk_spin_button_new_with_range (0, RELAIS_PROFILE_TOOL_MAX_USERS, 1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), relais_profile_tool_get_users (self->tool));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("People using it"), -1);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (users_changed_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (users_row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (users_row), spin);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), users_row);

  note_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note_row), _("What for (optional)"));
  gtk_editable_set_text (GTK_EDITABLE (note_row), relais_profile_tool_get_note (self->tool));
  g_signal_connect_object (note_row, "changed", G_CALLBACK (note_changed_cb), self, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), note_row);

  add_status_rows (self);

  heading = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (heading), _("Free alternatives, the best for you first"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (heading), FALSE);
  gtk_widget_add_css_class (heading, "heading");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), heading);

  self->alternatives_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->alternatives_list), GTK_SELECTION_NONE);
  list_label = g_strdup_printf (_("Free alternatives to %s"), entry->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->alternatives_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, list_label, -1);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->alternatives_list);

  add_migration_rows (self, entry);

  remove_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("Not using it any more?"));
  remove = gtk_button_new_with_mnemonic (_("_Remove From the List"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), remove_row);

  fill_alternatives (self);
  g_signal_connect_object (self->tool, "notify::choice", G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tool, "notify::users", G_CALLBACK (fill_alternatives), self, G_CONNECT_SWAPPED);
}

static void
relais_tool_row_dispose (GObject *object)
{
  RelaisToolRow *self = (RelaisToolRow *)object;

  g_clear_object (&self->catalog);
  g_clear_object (&self->profile);
  g_clear_object (&self->tool);
  g_clear_pointer (&self->choose_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->migration_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (relais_tool_row_parent_class)->dispose (object);
}

static void
relais_tool_row_class_init (RelaisToolRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = relais_tool_row_dispose;
}

static void
relais_tool_row_init (RelaisToolRow *self)
{
  self->choose_buttons = g_ptr_array_new ();
  self->migration_rows = g_ptr_array_new ();
}

/**
 * relais_tool_row_new:
 * @tool: an entry of @profile naming a tool of @catalog
 */
GtkWidget *
relais_tool_row_new (RelaisCatalog     *catalog,
                     RelaisProfile     *profile,
                     RelaisProfileTool *tool)
{
  RelaisToolRow *self;

  g_return_val_if_fail (RELAIS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (RELAIS_IS_PROFILE_TOOL (tool), NULL);
  g_return_val_if_fail (relais_catalog_lookup_tool (catalog, relais_profile_tool_get_tool_id (tool)) != NULL, NULL);

  self = g_object_new (RELAIS_TYPE_TOOL_ROW, NULL);
  self->catalog = g_object_ref (catalog);
  self->profile = g_object_ref (profile);
  self->tool = g_object_ref (tool);
  build (self);

  return GTK_WIDGET (self);
}

/**
 * relais_tool_row_set_nearby:
 * @directory: (nullable): the hosters
 * @finder: (nullable): the places, to know where the profile is
 *
 * With them, an alternative that is an online service names the CHATONS
 * hosters nearest to the user that offer it.
 */
void
relais_tool_row_set_nearby (RelaisToolRow     *self,
                            RelaisDirectory   *directory,
                            RelaisPlaceFinder *finder)
{
  g_return_if_fail (RELAIS_IS_TOOL_ROW (self));

  if (self->directory == directory && self->finder == finder)
    return;
  self->directory = directory;
  self->finder = finder;
  fill_alternatives (self);
}

RelaisProfileTool *
relais_tool_row_get_tool (RelaisToolRow *self)
{
  g_return_val_if_fail (RELAIS_IS_TOOL_ROW (self), NULL);
  return self->tool;
}
