/* sync-editor.c — one member editing a profile through a profile store, on
 * command, for the real synchronisation test (tests/sync/syncthing-two-members.py)
 *
 *   sync-editor FOLDER AUTHOR
 *
 * reads one command a line on its standard input and answers one line,
 * "ok …" or "error …":
 *
 *   open ID                 status TOOL STATUS       note TOOL TEXT…
 *   step ITEM todo|done|skipped                      step-note ITEM TEXT…
 *   own-step STAGE TEXT…    save                     sync
 *   dump PATH  (writes the profile as it would be saved)
 *
 * "sync" does what the window does when the folder changes: the file merged
 * (relais_profile_store_sync_profile()), the sync client's conflict copies
 * merged, then the result saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "relais-profile-store.h"
#include "relais-profile-tool.h"

static RelaisProfileStore *store;
static RelaisProfile *profile;

static gboolean
parse_status (const char       *text,
              RelaisToolStatus *status)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (RELAIS_TYPE_TOOL_STATUS);
  GEnumValue *value = g_enum_get_value_by_nick (klass, text);

  if (value == NULL)
    return FALSE;
  *status = value->value;
  return TRUE;
}

static char *
run (char **words,
     const char *rest)
{
  g_autoptr(GError) error = NULL;
  RelaisProfileTool *tool;
  RelaisToolStatus status;

  if (g_str_equal (words[0], "open") && words[1] != NULL)
    {
      profile = relais_profile_store_open (store, words[1], &error);
      return profile != NULL ? g_strdup ("ok") : g_strdup_printf ("error %s", error->message);
    }
  if (profile == NULL)
    return g_strdup ("error no profile open");

  if (g_str_equal (words[0], "status") && words[1] != NULL && words[2] != NULL)
    {
      if (!(tool = relais_profile_find_tool (profile, words[1], NULL)) || !parse_status (words[2], &status))
        return g_strdup ("error no such tool or status");
      relais_profile_tool_set_status (tool, status);
      return g_strdup ("ok");
    }
  if (g_str_equal (words[0], "note") && words[1] != NULL && rest != NULL)
    {
      if (!(tool = relais_profile_find_tool (profile, words[1], NULL)))
        return g_strdup ("error no such tool");
      relais_profile_tool_set_note (tool, rest);
      return g_strdup ("ok");
    }
  if (g_str_equal (words[0], "step") && words[1] != NULL && words[2] != NULL)
    {
      static const char * const states[] = { "todo", "done", "skipped" };

      for (guint i = 0; i < G_N_ELEMENTS (states); i++)
        if (g_str_equal (words[2], states[i]))
          {
            relais_profile_set_item_state (profile, words[1], (RelaisItemState) i);
            return g_strdup ("ok");
          }
      return g_strdup ("error no such state");
    }
  if (g_str_equal (words[0], "step-note") && words[1] != NULL && rest != NULL)
    {
      relais_profile_set_item_note (profile, words[1], rest);
      return g_strdup ("ok");
    }
  if (g_str_equal (words[0], "own-step") && words[1] != NULL && rest != NULL)
    return g_strdup_printf ("ok %s", relais_profile_add_own_step (profile, words[1], rest));
  if (g_str_equal (words[0], "save"))
    {
      if (!relais_profile_store_flush (store, &error))
        return g_strdup_printf ("error %s", error->message);
      return g_strdup ("ok");
    }
  if (g_str_equal (words[0], "sync"))
    {
      g_autofree char *summary = NULL;
      g_autofree char *copies_summary = NULL;
      guint copies;

      if (!relais_profile_store_sync_profile (store, profile, &summary, &error))
        return g_strdup_printf ("error %s", error->message);
      copies = relais_profile_store_merge_conflict_copies (store, profile, &copies_summary, &error);
      if (error != NULL)
        return g_strdup_printf ("error %s", error->message);
      if (!relais_profile_store_flush (store, &error))
        return g_strdup_printf ("error %s", error->message);
      return g_strdup_printf ("ok %s %u", summary != NULL ? "merged" : "same", copies);
    }
  if (g_str_equal (words[0], "dump") && words[1] != NULL)
    {
      g_autofree char *data = NULL;
      gsize length;

      data = relais_profile_to_data (profile, &length);
      if (!g_file_set_contents (words[1], data, (gssize) length, &error))
        return g_strdup_printf ("error %s", error->message);
      return g_strdup ("ok");
    }

  return g_strdup ("error unknown command");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) folder = NULL;
  char line[4096];

  setlocale (LC_ALL, "");
  if (argc != 3)
    {
      fprintf (stderr, "Usage: %s FOLDER AUTHOR\n", argv[0]);
      return 2;
    }

  folder = g_file_new_for_commandline_arg (argv[1]);
  store = relais_profile_store_new (folder);
  relais_profile_store_set_author (store, argv[2]);
  /* Saved when told: the test decides when each member saves. */
  relais_profile_store_set_save_delay (store, G_MAXINT);

  while (fgets (line, sizeof line, stdin) != NULL)
    {
      g_auto(GStrv) words = NULL;
      g_autofree char *answer = NULL;
      const char *rest;

      g_strchomp (line);
      words = g_strsplit (line, " ", 3);
      if (words[0] == NULL)
        continue;
      /* Free text is everything after the second word. */
      rest = words[1] != NULL ? words[2] : NULL;
      answer = run (words, rest);
      printf ("%s\n", answer);
      fflush (stdout);
    }

  g_clear_object (&store);
  return 0;
}
