/* relais-file-filter.c — what the file choosers of the plan and of the
 * All Profiles window share: a kind of file that knows its ending, for a
 * name typed without one, and the choice of paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-file-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-file-filter.h"

/**
 * relais_file_filter_new:
 * @mime_type: (nullable): none for a kind of file only Relais knows
 * @suffix: the ending without its dot
 *
 * Returns: (transfer full): the filter; a chooser takes its own reference
 */
GtkFileFilter *
relais_file_filter_new (const char *name,
                        const char *mime_type,
                        const char *suffix)
{
  GtkFileFilter *filter;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (suffix != NULL, NULL);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  g_object_set_data_full (G_OBJECT (filter), "relais-suffix", g_strconcat (".", suffix, NULL), g_free);
  return filter;
}

/**
 * relais_file_filter_get_suffix:
 * @filter: (nullable): the filter the user chose
 *
 * Returns: (nullable): its ending with the dot, when Relais made it
 */
const char *
relais_file_filter_get_suffix (GtkFileFilter *filter)
{
  return filter != NULL ? g_object_get_data (G_OBJECT (filter), "relais-suffix") : NULL;
}

/**
 * relais_file_chooser_add_paper:
 * @paper: "a4" or "letter", the one chosen last time
 */
void
relais_file_chooser_add_paper (GtkFileChooser *chooser,
                               const char     *paper)
{
  static const char *paper_ids[] = { "a4", "letter", NULL };
  const char *paper_labels[] = { _("A4"), _("Letter"), NULL };

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));

  gtk_file_chooser_add_choice (chooser, "paper", _("Paper"), paper_ids, paper_labels);
  gtk_file_chooser_set_choice (chooser, "paper", g_strcmp0 (paper, "letter") == 0 ? "letter" : "a4");
}
