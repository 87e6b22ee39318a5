/* relais-accessible.c — what libadwaita 1.2 and GTK 4.8 do not tell a screen
 * reader on their own: an expander's state, the choices of a drop-down, a
 * toggle's state, an announcement
 *
 * Each helper works on the widgets as these versions build them and does
 * nothing where a newer version already does it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-accessible"

#include "config.h"

#include "relais-accessible.h"

/* The first widget under @widget, depth first, that @matches, not
 * looking inside list boxes unless @into_lists. */
static GtkWidget *
find_first (GtkWidget  *widget,
            gboolean  (*matches) (GtkWidget *),
            gboolean    into_lists)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (matches (child))
        return child;
      if ((into_lists || !GTK_IS_LIST_BOX (child)) && (found = find_first (child, matches, into_lists)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_row (GtkWidget *widget)
{
  return GTK_IS_LIST_BOX_ROW (widget);
}

/* The header of an AdwExpanderRow: the first row inside it, the one that
 * takes the focus and toggles it. */
static GtkWidget *
find_first_row (GtkWidget *widget)
{
  return find_first (widget, is_row, TRUE);
}

static void
expanded_cb (AdwExpanderRow *row)
{
  GtkWidget *header = find_first_row (GTK_WIDGET (row));

  if (header != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (header),
                                 GTK_ACCESSIBLE_STATE_EXPANDED, adw_expander_row_get_expanded (row),
                                 -1);
}

/**
 * relais_accessible_skip_focus:
 * @widget: a row that only holds other rows or widgets
 *
 * A list row takes the focus by default: one that only holds others is a
 * stop of the Tab chain where a screen reader has nothing to say.
 */
void
relais_accessible_skip_focus (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_set_focusable (widget, FALSE);
  if (GTK_IS_LIST_BOX_ROW (widget))
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (widget), FALSE);
}

/**
 * relais_accessible_expander_header:
 *
 * libadwaita 1.2 gives no access to the row that heads an expander (the one
 * with the title, which takes the focus): the first list row inside.
 *
 * Returns: (transfer none) (nullable): that row
 */
GtkWidget *
relais_accessible_expander_header (AdwExpanderRow *row)
{
  g_return_val_if_fail (ADW_IS_EXPANDER_ROW (row), NULL);

  return find_first_row (GTK_WIDGET (row));
}

/**
 * relais_accessible_follow_expander:
 *
 * libadwaita 1.2 does not say whether an expander row is open: its header
 * is told, each time it changes. The expander row itself is a list row
 * around its header, one more stop of the Tab chain with no name: it is
 * left out of the chain, its header takes the focus.
 */
void
relais_accessible_follow_expander (AdwExpanderRow *row)
{
  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));

  relais_accessible_skip_focus (GTK_WIDGET (row));
  g_signal_connect (row, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
  expanded_cb (row);
}

/**
 * relais_accessible_describe_expander:
 * @description: what the expander's header shows beside its title: a count
 *
 * A figure shown beside an expander's title is a label of its own, read
 * only in a review of the screen: it is said with the header.
 */
void
relais_accessible_describe_expander (AdwExpanderRow *row,
                                     const char     *description)
{
  GtkWidget *header;

  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));
  g_return_if_fail (description != NULL);

  header = find_first_row (GTK_WIDGET (row));
  if (header != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    description, -1);
}

/**
 * relais_accessible_set_label:
 *
 * Names @widget for a screen reader: what it is about, as its row says it.
 * GTK 4.8 reads a name and the labels it is labelled by one after the
 * other ("_Create Create"): the name given here is the only one.
 */
void
relais_accessible_set_label (GtkWidget  *widget,
                             const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (label != NULL);

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* The text of a row of a drop-down's list: its labels, in order. */
static void
append_text (GtkWidget *widget,
             GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      const char *label = gtk_label_get_text (GTK_LABEL (widget));

      if (label[0] != '\0')
        {
          if (text->len > 0)
            g_string_append_c (text, ' ');
          g_string_append (text, label);
        }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_text (child, text);
}

static void name_rows (GtkWidget *widget);

static void
row_label_changed_cb (GtkWidget *item)
{
  g_autoptr(GString) text = g_string_new (NULL);

  append_text (item, text);
  if (text->len > 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, text->str, -1);
}

/* GTK 4.8's list view gives each item of a drop-down a list-item widget
 * with no name: the label inside it is read only once focused, and not at
 * all by some readers. Each item is named after its text, and named again
 * when the item is recycled for another choice. */
static void
name_rows (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM
          && !GTK_IS_LIST_BOX_ROW (child))
        {
          if (g_object_get_data (G_OBJECT (child), "relais-named") == NULL)
            {
              g_object_set_data (G_OBJECT (child), "relais-named", GINT_TO_POINTER (TRUE));
              for (GtkWidget *label = gtk_widget_get_first_child (child);
                   label != NULL;
                   label = gtk_widget_get_next_sibling (label))
                g_signal_connect_object (label, "notify", G_CALLBACK (row_label_changed_cb),
                                         child, G_CONNECT_SWAPPED);
            }
          row_label_changed_cb (child);
        }
      else
        name_rows (child);
    }
}

static void
popover_shown_cb (GtkWidget *popover)
{
  name_rows (popover);
}

static gboolean
name_rows_idle (gpointer data)
{
  name_rows (data);
  g_object_unref (data);

  return G_SOURCE_REMOVE;
}

/* The value shown on the drop-down itself is a list of one item too, whose
 * row is made once the list is laid out, and made again for another value. */
static void
shown_cb (GtkWidget *widget)
{
  g_idle_add (name_rows_idle, g_object_ref (widget));
}

static gboolean
find_popovers (GtkWidget *widget)
{
  gboolean found = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child))
        {
          g_signal_connect (child, "map", G_CALLBACK (popover_shown_cb), NULL);
          found = TRUE;
        }
      else
        found |= find_popovers (child);
    }

  return found;
}

/**
 * relais_accessible_name_choices:
 * @widget: a #GtkDropDown, or an #AdwComboRow
 *
 * Names each choice of the list @widget opens, each time it opens.
 */
void
relais_accessible_name_choices (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (!find_popovers (widget))
    g_warning ("%s has no popover to name the choices of", G_OBJECT_TYPE_NAME (widget));
  g_signal_connect (widget, "map", G_CALLBACK (shown_cb), NULL);
  g_signal_connect (widget, "notify::selected", G_CALLBACK (shown_cb), NULL);
}

/**
 * relais_accessible_name_mnemonics:
 * @widget: a widget and its descendants, made from a template
 *
 * GTK 4.8 names a button with a mnemonic after its label twice, once with
 * the underline ("_Create Create"): each such button under @widget is named
 * after its label as it is read, once.
 */
void
relais_accessible_name_mnemonics (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_use_underline (GTK_BUTTON (child))
          && gtk_button_get_label (GTK_BUTTON (child)) != NULL)
        {
          g_autoptr(GString) plain = g_string_new (gtk_button_get_label (GTK_BUTTON (child)));

          g_string_replace (plain, "_", "", 0);
          relais_accessible_set_label (child, plain->str);
        }
      relais_accessible_name_mnemonics (child);
    }
}

static gboolean
is_heading (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "heading");
}

/**
 * relais_accessible_wrap_group_titles:
 * @widget: a widget and its descendants, made from a template
 *
 * libadwaita 1.2 cuts a group's title that does not fit on one line: with
 * large text on a phone, "Pourquoi passer au logi…", the end of it lost
 * to the very reader who enlarged it. The title of each group under
 * @widget wraps onto a second line instead.
 */
void
relais_accessible_wrap_group_titles (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (ADW_IS_PREFERENCES_GROUP (widget))
    {
      /* libadwaita 1.2's group title: the first heading, above its rows. */
      GtkWidget *title = find_first (widget, is_heading, FALSE);

      if (title != NULL)
        {
          gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_NONE);
          gtk_label_set_wrap (GTK_LABEL (title), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    relais_accessible_wrap_group_titles (child);
}

static void
toggle_active_cb (GtkToggleButton *toggle)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_STATE_CHECKED,
                               gtk_toggle_button_get_active (toggle) ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                                                     : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

/**
 * relais_accessible_toggle_new:
 * @label: what the toggle shows
 * @role: %GTK_ACCESSIBLE_ROLE_CHECKBOX for a toggle on its own,
 *   %GTK_ACCESSIBLE_ROLE_RADIO for one of a group of which one is on
 *
 * GTK 4.8 has no toggle-button role: a toggle button is a push button said
 * "pressed", which a screen reader does not read as a choice made. It is a
 * check box, or a radio button, checked when it is on. Its words wrap: a
 * long name in large text on a phone ("Client de bureau Nextcloud") would
 * make the window wider than the screen.
 *
 * Returns: (transfer floating): a #GtkToggleButton
 */
GtkWidget *
relais_accessible_toggle_new (const char        *label,
                              GtkAccessibleRole  role)
{
  GtkWidget *toggle;
  GtkWidget *text;

  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (role == GTK_ACCESSIBLE_ROLE_CHECKBOX || role == GTK_ACCESSIBLE_ROLE_RADIO, NULL);

  toggle = g_object_new (GTK_TYPE_TOGGLE_BUTTON, "label", label, "accessible-role", role, NULL);
  text = gtk_button_get_child (GTK_BUTTON (toggle));
  if (GTK_IS_LABEL (text))
    {
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
    }
  g_signal_connect (toggle, "notify::active", G_CALLBACK (toggle_active_cb), NULL);
  toggle_active_cb (GTK_TOGGLE_BUTTON (toggle));

  return toggle;
}

static void
window_active_cb (GtkWindow  *window,
                  GParamSpec *pspec,
                  GtkWidget  *widget)
{
  if (!gtk_window_is_active (window))
    return;

  g_signal_handlers_disconnect_by_func (window, window_active_cb, widget);
  if (gtk_widget_get_root (widget) != GTK_ROOT (window))
    return;
  /* Focus taken again, once the window is active, is a change GTK reports. */
  gtk_window_set_focus (window, NULL);
  gtk_widget_grab_focus (widget);
}

/**
 * relais_accessible_focus_first:
 * @window: a window about to be shown
 * @widget: what in @window takes the focus first
 *
 * GTK 4.8 sends no focus event for the focus a window opens with: a screen
 * reader says the window's title and nothing of the field the user is in.
 * The focus is given now, and given again once @window is active, when
 * the change is reported.
 */
void
relais_accessible_focus_first (GtkWindow *window,
                               GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_grab_focus (widget);
  g_signal_connect_object (window, "notify::is-active", G_CALLBACK (window_active_cb), widget, 0);
}

/**
 * relais_accessible_announce:
 *
 * Says @message to a screen reader without moving the focus: a toast, a
 * message that appears. GTK 4.14 has a way; where it is not there at build
 * time the caller also puts what matters where the focus goes.
 */
void
relais_accessible_announce (GtkWidget  *widget,
                            const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

#if GTK_CHECK_VERSION (4, 14, 0)
  /* The version macros pin what may be called to GTK 4.8, so GTK 4.14's
   * headers mark this call as unavailable: it is, where it is compiled. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_accessible_announce (GTK_ACCESSIBLE (widget), message, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  G_GNUC_END_IGNORE_DEPRECATIONS
#endif
}
