/* relais-path.c — the eight stages of the path and their checklists
 *
 * No public text describes Artifaille's stages (../shared/DESIGN.md): they
 * follow the reasons of its deck and the practice of accompaniment by
 * CHATONS hosters. Each step is a plain action; some suit only a group (a
 * person on their own holds no general assembly).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-path"

#include "config.h"

#include <glib/gi18n.h>

#include "relais-path.h"

#define ALL        0x1f
#define PERSON     (1 << RELAIS_PROFILE_KIND_PERSON)
#define GROUPS     (ALL & ~PERSON)
#define ASSOCIATIONS ((1 << RELAIS_PROFILE_KIND_ASSOCIATION) | \
                      (1 << RELAIS_PROFILE_KIND_ASSOCIATION_EMPLOYER) | \
                      (1 << RELAIS_PROFILE_KIND_RESSOURCERIE))

static const RelaisPathItem understand[] = {
  { "understand.weigh", N_("Say how much each reason matters to you, in your profile"), ALL },
  { "understand.talk", N_("Talk about it with the people you work with"), GROUPS },
  { "understand.guide", N_("Read April’s “Guide Libre Association”"), GROUPS },
};

static const RelaisPathItem stock[] = {
  { "stock.tools", N_("List the tools you use today, in the Tools area"), ALL },
  { "stock.users", N_("Say how many people use each tool, and what for"), ALL },
  { "stock.equipment", N_("List your computers and how old they are"), ALL },
};

static const RelaisPathItem decide[] = {
  { "decide.who", N_("Agree on who decides about the tools"), GROUPS },
  { "decide.board", N_("Present the project to the board or at the general assembly"), ASSOCIATIONS },
  { "decide.first", N_("Find the people ready to try first"), GROUPS },
  { "decide.order", N_("Agree on what comes first"), GROUPS },
};

static const RelaisPathItem choose[] = {
  { "choose.pick", N_("Choose a free alternative for each tool, or say “not now”"), ALL },
  { "choose.try", N_("Try the chosen tools for a few weeks"), ALL },
};

static const RelaisPathItem host[] = {
  { "host.online", N_("For online services, choose a CHATONS hoster or a shared instance"), ALL },
  { "host.install", N_("For software, install it from Flathub or your system’s software"), ALL },
  { "host.contact", N_("Make sure someone knows how to reach the hoster"), GROUPS },
};

static const RelaisPathItem migrate[] = {
  { "migrate.documents", N_("Move your documents to open formats (ODF)"), ALL },
  { "migrate.contacts", N_("Move the address book and the calendars"), ALL },
  { "migrate.files", N_("Move the shared files"), GROUPS },
  { "migrate.tell", N_("Tell everyone where things are now"), GROUPS },
};

static const RelaisPathItem learn[] = {
  { "learn.workshop", N_("Find a training or a workshop near you"), ALL },
  { "learn.group", N_("Meet the local free software user group"), ALL },
  { "learn.inclusion", N_("Find the digital help places near you, for those far from computers"), ALL },
};

static const RelaisPathItem keep_going[] = {
  { "keep.review", N_("Look at the plan again every few months"), ALL },
  { "keep.share", N_("Share your plan with the board or a trainer"), GROUPS },
  { "keep.celebrate", N_("Celebrate what is done"), ALL },
};

static const RelaisStage stages[] = {
  { "understand", N_("Understand"), N_("Why free software: for your values, to keep control of your tools, and to stop paying licences."),
    ALL, understand, G_N_ELEMENTS (understand) },
  { "stock", N_("Take Stock"), N_("Which tools and services you use today, by how many people, for what, and on which computers."),
    ALL, stock, G_N_ELEMENTS (stock) },
  { "decide", N_("Decide Together"), N_("Who decides, who is on board, and what comes first."),
    GROUPS, decide, G_N_ELEMENTS (decide) },
  { "choose", N_("Choose"), N_("A free alternative for each tool, guided by your reasons."),
    ALL, choose, G_N_ELEMENTS (choose) },
  { "host", N_("Host and Install"), N_("Online services at a hoster you trust; software on your computers."),
    ALL, host, G_N_ELEMENTS (host) },
  { "migrate", N_("Migrate"), N_("Move your data tool by tool: files, address books, calendars, accounts."),
    ALL, migrate, G_N_ELEMENTS (migrate) },
  { "learn", N_("Learn and Get Help"), N_("Training, local groups and digital help places."),
    ALL, learn, G_N_ELEMENTS (learn) },
  { "keep-going", N_("Keep Going"), N_("Review, share the plan, celebrate what is done."),
    ALL, keep_going, G_N_ELEMENTS (keep_going) },
};

/* --- Migrations, by kind of move ------------------------------------------ */

static const char *documents_categories[] = { "office", "pdf", "collaborative-writing", NULL };
static const char *documents_steps[] = {
  N_("Gather the documents in one place"),
  N_("Open them in the new tool and save them in an open format (.odt, .ods, .odp)"),
  N_("Check the layout of the important ones"),
  N_("Keep the old files until everyone has moved"),
  NULL
};

static const char *mail_categories[] = { "email", NULL };
static const char *mail_steps[] = {
  N_("Set up the new mailbox or the new mail program"),
  N_("Export the address book (vCard) and import it in the new tool"),
  N_("Move the old messages, or keep them where they are"),
  N_("Tell your contacts the new address, or forward the old one"),
  NULL
};

static const char *calendar_categories[] = { "calendar-contacts", NULL };
static const char *calendar_steps[] = {
  N_("Export the calendars (iCalendar, .ics) and the contacts (vCard)"),
  N_("Import them in the new tool"),
  N_("Share the calendars with the team again"),
  NULL
};

static const char *files_categories[] = { "file-storage", "file-transfer", "shared-databases", NULL };
static const char *files_steps[] = {
  N_("Sort the shared files and leave out what is no longer needed"),
  N_("Copy them to the new space"),
  N_("Give the team access again"),
  N_("Check that the links you gave out still work"),
  NULL
};

static const char *members_categories[] = { "association-management", NULL };
static const char *members_steps[] = {
  N_("Tidy the members’ spreadsheet"),
  N_("Export it as CSV"),
  N_("Import it in the association tool"),
  N_("Check the fees and details of a few members"),
  NULL
};

static const char *community_categories[] = { "events-social", "newsletters", "chat", NULL };
static const char *community_steps[] = {
  N_("Create the group, the list or the events on the free service"),
  N_("Announce the move in the old group, with the new address"),
  N_("Post on both for a while"),
  N_("Close or archive the old group once the members have moved"),
  NULL
};

static const char *other_steps[] = {
  N_("Export your data from the old tool"),
  N_("Import it in the new one, or set it up again"),
  N_("Show the new tool to the people who use it"),
  N_("Stop the old subscription"),
  NULL
};

static const RelaisMigration migrations[] = {
  { "documents", N_("Documents to open formats"), documents_categories, documents_steps },
  { "mail", N_("Mail and address book"), mail_categories, mail_steps },
  { "calendars", N_("Calendars and contacts"), calendar_categories, calendar_steps },
  { "files", N_("Shared files"), files_categories, files_steps },
  { "members", N_("Members’ spreadsheet to an association tool"), members_categories, members_steps },
  { "community", N_("A group or a list to a free service"), community_categories, community_steps },
  { "other", N_("Moving to the new tool"), NULL, other_steps },
};

/**
 * relais_path_get_migration:
 * @category_id: the catalogue category of the tool being moved
 *
 * Returns: the checklist for that kind of move (a general one when no
 *   particular one fits)
 */
const RelaisMigration *
relais_path_get_migration (const char *category_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      if (migrations[i].categories != NULL && category_id != NULL &&
          g_strv_contains (migrations[i].categories, category_id))
        return &migrations[i];
    }

  return &migrations[G_N_ELEMENTS (migrations) - 1];
}

/**
 * relais_path_migration_step_id:
 *
 * Returns: (transfer full): the checklist id of a step for one tool,
 *   "migrate:TOOL:KIND.N", so that each tool keeps its own ticks
 */
char *
relais_path_migration_step_id (const RelaisMigration *migration,
                               const char            *tool_id,
                               guint                  step)
{
  g_return_val_if_fail (migration != NULL && tool_id != NULL, NULL);

  return g_strdup_printf ("migrate:%s:%s.%u", tool_id, migration->id, step);
}

guint
relais_path_get_n_stages (void)
{
  return G_N_ELEMENTS (stages);
}

const RelaisStage *
relais_path_get_stage (guint position)
{
  g_return_val_if_fail (position < G_N_ELEMENTS (stages), NULL);
  return &stages[position];
}

gboolean
relais_path_stage_applies (const RelaisStage *stage,
                           RelaisProfileKind  kind)
{
  g_return_val_if_fail (stage != NULL, FALSE);
  return (stage->kinds & (1u << kind)) != 0;
}

gboolean
relais_path_item_applies (const RelaisPathItem *item,
                          RelaisProfileKind     kind)
{
  g_return_val_if_fail (item != NULL, FALSE);
  return (item->kinds & (1u << kind)) != 0;
}

/**
 * relais_path_count:
 *
 * Counts the steps of @stage that suit @profile, and how many are done or
 * skipped, those Relais can see are done included (relais_path_item_get_state()).
 */
void
relais_path_count (const RelaisStage *stage,
                   RelaisProfile     *profile,
                   guint             *total,
                   guint             *done,
                   guint             *skipped)
{
  RelaisProfileKind kind = relais_profile_get_kind (profile);

  *total = *done = *skipped = 0;
  for (guint i = 0; i < stage->n_items; i++)
    {
      if (!relais_path_item_applies (&stage->items[i], kind))
        continue;

      (*total)++;
      switch (relais_path_item_get_state (profile, stage->items[i].id))
        {
        case RELAIS_ITEM_DONE:
          (*done)++;
          break;
        case RELAIS_ITEM_SKIPPED:
          (*skipped)++;
          break;
        case RELAIS_ITEM_TODO:
        default:
          break;
        }
    }

  /* The steps the user added count like the others. */
  for (guint i = 0; i < relais_profile_get_own_steps (profile)->len; i++)
    {
      RelaisOwnStep *step = g_ptr_array_index (relais_profile_get_own_steps (profile), i);
      RelaisItemState state;

      if (!g_str_equal (step->stage, stage->id))
        continue;
      (*total)++;
      state = relais_profile_get_item_state (profile, step->id);
      *done += state == RELAIS_ITEM_DONE;
      *skipped += state == RELAIS_ITEM_SKIPPED;
    }
}
