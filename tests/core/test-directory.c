/* test-directory.c — who can help: the shipped directory, who comes first
 * for each kind of profile, hosters by service, refreshed hosters merged or
 * set aside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "relais-directory-contacts.h"
#include "relais-test-utils.h"

static GBytes *
shipped_part (const char *part)
{
  g_autofree char *name = g_strconcat (part, ".json", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "directory", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

static RelaisDirectory *
load_shipped (void)
{
  g_autoptr(GBytes) contacts = shipped_part ("contacts");
  g_autoptr(GBytes) hosters = shipped_part ("hosters");
  g_autoptr(GBytes) tools = shipped_part ("inclusion-tools");
  g_autoptr(GBytes) funding = shipped_part ("funding");
  g_autoptr(GError) error = NULL;
  RelaisDirectory *directory = relais_directory_new_from_data (contacts, hosters, tools, funding, &error);

  g_assert_no_error (error);
  return directory;
}

static gboolean
first_includes (GArray     *ranks,
                guint       n_first,
                const char *id)
{
  for (guint i = 0; i < n_first; i++)
    if (g_str_equal (g_array_index (ranks, RelaisContactRank, i).contact->id, id))
      return TRUE;
  return FALSE;
}

static guint
position_of (GArray     *ranks,
             const char *id)
{
  for (guint i = 0; i < ranks->len; i++)
    if (g_str_equal (g_array_index (ranks, RelaisContactRank, i).contact->id, id))
      return i;
  g_assert_not_reached ();
}

/* The contacts for a profile of @kind in Paris, where no contact of the
 * directory works: only the kind decides. */
static GArray *
contacts_in_paris (RelaisDirectory   *directory,
                   RelaisProfileKind  kind,
                   guint             *n_first)
{
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Paris");

  relais_profile_set_kind (profile, kind);
  relais_profile_set_departement (profile, "75");
  return relais_directory_contacts_for_profile (directory, NULL, profile, n_first);
}

static void
test_directory_shipped (void)
{
  g_autoptr(RelaisDirectory) directory = load_shipped ();

  g_assert_cmpuint (relais_directory_get_contacts (directory)->len, >=, 14);
  g_assert_cmpuint (relais_directory_get_inclusion_tools (directory)->len, >=, 7);
  /* Two unsourced aids were removed (tests/check-directory, MIN_FUNDING). */
  g_assert_cmpuint (relais_directory_get_funding (directory)->len, >=, 5);
  g_assert_cmpuint (relais_directory_get_hosters (directory)->len, >=, 2);

  for (guint i = 0; i < relais_directory_get_contacts (directory)->len; i++)
    {
      RelaisContact *contact = g_ptr_array_index (relais_directory_get_contacts (directory), i);

      g_assert_true (g_str_has_prefix (contact->website, "https://"));
      g_assert_cmpuint (contact->sources->len, >, 0);
      g_assert_nonnull (relais_sources_get_latest_check (contact->sources));
    }
}

/* The rule: a person is pointed to CHATONS and AFUL first; an
 * association or collective to CHATONS, Guid'Asso (which absorbs PANA) and
 * Emancip'Asso first, an employer association to the DLA too; everyone to
 * April and the local groups. */
static void
test_directory_contacts_by_kind (void)
{
  g_autoptr(RelaisDirectory) directory = load_shipped ();
  g_autoptr(GArray) person = NULL;
  g_autoptr(GArray) association = NULL;
  g_autoptr(GArray) collective = NULL;
  guint n_person, n_association, n_collective;

  person = contacts_in_paris (directory, RELAIS_PROFILE_KIND_PERSON, &n_person);
  association = contacts_in_paris (directory, RELAIS_PROFILE_KIND_ASSOCIATION, &n_association);
  collective = contacts_in_paris (directory, RELAIS_PROFILE_KIND_COLLECTIVE, &n_collective);

  /* Everyone is listed, only the order changes. */
  g_assert_cmpuint (person->len, ==, relais_directory_get_contacts (directory)->len);
  g_assert_cmpuint (association->len, ==, person->len);

  g_assert_true (first_includes (person, n_person, "chatons"));
  g_assert_true (first_includes (person, n_person, "aful"));
  g_assert_false (first_includes (person, n_person, "pana"));
  g_assert_false (first_includes (person, n_person, "guid-asso"));
  g_assert_true (first_includes (person, n_person, "april"));
  g_assert_true (first_includes (person, n_person, "agenda-du-libre"));

  g_assert_true (first_includes (association, n_association, "chatons"));
  /* Guid'Asso, the State's network, is absorbing PANA's support points. */
  g_assert_true (first_includes (association, n_association, "guid-asso"));
  g_assert_true (first_includes (association, n_association, "emancipasso"));
  g_assert_false (first_includes (association, n_association, "pana"));
  g_assert_false (first_includes (association, n_association, "dla"));
  g_assert_false (first_includes (association, n_association, "aful"));
  g_assert_true (first_includes (association, n_association, "april"));
  g_assert_true (first_includes (collective, n_collective, "guid-asso"));
  g_assert_true (first_includes (collective, n_collective, "agenda-du-libre"));
  /* Artifaille works in Caen: not first in Paris. */
  g_assert_false (first_includes (association, n_association, "artifaille"));

  /* The DLA helps associations with employees, and them first. */
  {
    guint n_employer;
    g_autoptr(GArray) employer = contacts_in_paris (directory, RELAIS_PROFILE_KIND_ASSOCIATION_EMPLOYER, &n_employer);

    g_assert_true (first_includes (employer, n_employer, "dla"));
    g_assert_true (first_includes (employer, n_employer, "guid-asso"));
    /* The one for employers only before those for every organisation. */
    g_assert_cmpuint (position_of (employer, "dla"), <, position_of (employer, "guid-asso"));
  }

  /* The most particular to the kind first: AFUL (people only) before CHATONS
   * (everyone); April's Libre Association group before April. */
  g_assert_cmpuint (position_of (person, "aful"), <, position_of (person, "chatons"));
  g_assert_cmpuint (position_of (association, "april-libre-association"), <, position_of (association, "april"));

  for (guint i = 0; i < person->len; i++)
    {
      const RelaisContactRank *rank = &g_array_index (person, RelaisContactRank, i);

      g_assert_cmpint (rank->first, ==, i < n_person);
      g_assert_cmpint (relais_contact_is_first_for (rank->contact, RELAIS_PROFILE_KIND_PERSON), ==, i < n_person);
    }
}

static RelaisPlaceFinder *
shipped_finder (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "directory", "communes.tsv", NULL);
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  g_autoptr(GBytes) table = g_mapped_file_get_bytes (file);
  g_autoptr(GBytes) json = shipped_part ("places");
  g_autoptr(RelaisPlaces) places = NULL;
  static RelaisCommunes *communes;
  g_autoptr(GError) error = NULL;

  /* The finder borrows the communes, as the program's own table. */
  if (communes == NULL)
    communes = relais_communes_new_from_bytes (table, &error);
  g_assert_no_error (error);
  places = relais_places_load_from_bytes (json, "places.json", &error);
  g_assert_no_error (error);
  return relais_place_finder_new (places, communes);
}

/* The shipped contacts and one more, a repair café in Lisieux, after
 * Artifaille in the data. */
static RelaisDirectory *
load_with_lisieux_contact (void)
{
  g_autoptr(GBytes) contacts = shipped_part ("contacts");
  g_autoptr(GBytes) hosters = shipped_part ("hosters");
  g_autoptr(GBytes) tools = shipped_part ("inclusion-tools");
  g_autoptr(GBytes) funding = shipped_part ("funding");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) changed = NULL;
  JsonArray *array;
  JsonObject *local = NULL;
  RelaisDirectory *directory;
  char *data;
  gsize length;

  json_parser_load_from_data (parser, g_bytes_get_data (contacts, NULL), g_bytes_get_size (contacts), &error);
  g_assert_no_error (error);
  array = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "contacts");
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (array, i), "id"), "artifaille"))
      {
        /* A copy of its own: json_node_copy() shares the object. */
        g_autofree char *text = json_to_string (json_array_get_element (array, i), FALSE);
        g_autoptr(JsonNode) copy = json_from_string (text, NULL);

        local = json_object_ref (json_node_get_object (copy));
      }
  g_assert_nonnull (local);
  json_object_set_string_member (local, "id", "repair-lisieux");
  json_object_set_string_member (local, "name", "Repair Lisieux");
  json_object_set_string_member (local, "commune", "14366");
  json_array_add_object_element (array, local);

  data = json_to_string (json_parser_get_root (parser), FALSE);
  length = strlen (data);
  changed = g_bytes_new_take (data, length);
  directory = relais_directory_new_from_data (changed, hosters, tools, funding, &error);
  g_assert_no_error (error);
  return directory;
}

/* An association of Lisieux: the local contacts first, nearest first, with
 * their distance; then those for associations. */
static void
test_directory_contacts_for_profile (void)
{
  g_autoptr(RelaisDirectory) shipped = load_shipped ();
  g_autoptr(RelaisDirectory) directory = load_with_lisieux_contact ();
  g_autoptr(RelaisPlaceFinder) finder = shipped_finder ();
  g_autoptr(RelaisProfile) profile = relais_profile_new ("Les Amis du Pays d’Auge");
  g_autoptr(GArray) ranks = NULL;
  g_autoptr(GArray) unlocated = NULL;
  g_autofree char *described = NULL;
  const RelaisContactRank *artifaille;
  guint n_first;

  relais_profile_set_kind (profile, RELAIS_PROFILE_KIND_ASSOCIATION);
  relais_profile_set_departement (profile, "14");
  relais_profile_set_postcode (profile, "14100");
  relais_profile_set_commune (profile, "14366");

  /* The shipped directory: Artifaille, in Caen, first, and how far. */
  ranks = relais_directory_contacts_for_profile (shipped, finder, profile, &n_first);
  artifaille = &g_array_index (ranks, RelaisContactRank, 0);
  g_assert_cmpstr (artifaille->contact->id, ==, "artifaille");
  g_assert_true (artifaille->local);
  g_assert_true (artifaille->first);
  g_assert_cmpint (artifaille->nearby.nearness, ==, RELAIS_NEARNESS_SAME_DEPARTEMENT);
  /* Lisieux to Caen: about 45 km as the crow flies. */
  g_assert_cmpfloat (artifaille->nearby.distance_km, >, 30);
  g_assert_cmpfloat (artifaille->nearby.distance_km, <, 60);
  described = relais_contact_rank_describe (artifaille);
  g_assert_true (g_str_has_suffix (described, " km · Caen"));
  g_assert_true (first_includes (ranks, n_first, "guid-asso"));
  /* National contacts say no distance. */
  g_clear_pointer (&described, g_free);
  described = relais_contact_rank_describe (&g_array_index (ranks, RelaisContactRank, 1));
  g_assert_null (strstr (described, "km"));
  g_clear_pointer (&ranks, g_array_unref);

  /* Two local contacts: the one in Lisieux before the one in Caen, though
   * it comes after in the data. */
  ranks = relais_directory_contacts_for_profile (directory, finder, profile, &n_first);
  g_assert_cmpstr (g_array_index (ranks, RelaisContactRank, 0).contact->id, ==, "repair-lisieux");
  g_assert_cmpint (g_array_index (ranks, RelaisContactRank, 0).nearby.nearness, ==, RELAIS_NEARNESS_SAME_COMMUNE);
  g_assert_cmpstr (g_array_index (ranks, RelaisContactRank, 1).contact->id, ==, "artifaille");
  g_assert_cmpfloat (g_array_index (ranks, RelaisContactRank, 0).nearby.distance_km, <,
                     g_array_index (ranks, RelaisContactRank, 1).nearby.distance_km);
  /* Then the particular before the general. */
  g_assert_cmpuint (position_of (ranks, "april-libre-association"), <, position_of (ranks, "chatons"));
  g_assert_cmpuint (position_of (ranks, "april-libre-association"), <, n_first);
  g_assert_cmpuint (position_of (ranks, "pana"), >=, n_first);

  /* Without the places (the plan made without them), the département
   * still puts Artifaille first, with no distance. */
  unlocated = relais_directory_contacts_for_profile (shipped, NULL, profile, NULL);
  g_assert_cmpstr (g_array_index (unlocated, RelaisContactRank, 0).contact->id, ==, "artifaille");
  g_assert_cmpfloat (g_array_index (unlocated, RelaisContactRank, 0).nearby.distance_km, <, 0);
}

static gboolean
has_id (GPtrArray  *entries,
        const char *id)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (*(char **) g_ptr_array_index (entries, i), id))
      return TRUE;
  return FALSE;
}

static void
test_directory_funding_and_hosters (void)
{
  g_autoptr(RelaisDirectory) directory = load_shipped ();
  g_autoptr(GPtrArray) person = relais_directory_funding_for_kind (directory, RELAIS_PROFILE_KIND_PERSON);
  g_autoptr(GPtrArray) association = relais_directory_funding_for_kind (directory, RELAIS_PROFILE_KIND_ASSOCIATION);
  g_autoptr(GPtrArray) pads = relais_directory_hosters_offering (directory, "etherpad");
  g_autoptr(GPtrArray) nothing = relais_directory_hosters_offering (directory, "no-such-service");

  /* The CAF helps families, not associations. */
  g_assert_true (has_id (person, "caf"));
  g_assert_false (has_id (association, "caf"));
  g_assert_cmpuint (association->len, >, 0);

  g_assert_true (has_id (pads, "entraide-chatons"));
  g_assert_cmpuint (nothing->len, ==, 0);
  g_assert_cmpstr (relais_hoster_registration_label ("none"), ==, "No account needed");
}

static const char *refreshed =
  "{ \"format\": \"fr.artifaille.Relais.Directory\", \"version\": 1, \"part\": \"hosters\","
  "  \"hosters\": ["
  "    { \"id\": \"zaclys\", \"name\": \"Zaclys (refreshed)\", \"website\": \"https://www.zaclys.com\","
  "      \"type\": \"association\", \"chatons\": \"member\","
  "      \"location\": { \"departement\": \"25\", \"latitude\": 47.24, \"longitude\": 6.02 },"
  "      \"services\": [ { \"type\": \"nextcloud\", \"name\": \"Cloud\", \"registration\": \"client\" },"
  "                      { \"type\": \"etherpad\", \"name\": \"Old pads\", \"registration\": \"free\", \"status\": \"off\" } ],"
  "      \"sources\": [ { \"url\": \"https://www.zaclys.com/.well-known/chatonsinfos/organization.properties\","
  "                       \"checked\": \"2026-11-28\" } ] },"
  "    { \"id\": \"newcomer\", \"name\": \"Newcomer\", \"website\": \"https://newcomer.example.org\","
  "      \"type\": \"cooperative\", \"chatons\": \"member\","
  "      \"services\": [ { \"type\": \"etherpad\", \"name\": \"Pads\", \"registration\": \"none\" } ],"
  "      \"sources\": [ { \"url\": \"https://newcomer.example.org/organization.properties\","
  "                       \"checked\": \"2026-11-28\" } ] } ] }";

static RelaisHoster *
hoster_by_id (RelaisDirectory *directory,
              const char      *id)
{
  GPtrArray *hosters = relais_directory_get_hosters (directory);

  for (guint i = 0; i < hosters->len; i++)
    if (g_str_equal (((RelaisHoster *) g_ptr_array_index (hosters, i))->id, id))
      return g_ptr_array_index (hosters, i);
  return NULL;
}

static void
test_directory_merge_refreshed (void)
{
  g_autoptr(RelaisDirectory) directory = load_shipped ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (refreshed, strlen (refreshed));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pads = NULL;
  guint before = relais_directory_get_hosters (directory)->len;
  RelaisHoster *zaclys;

  g_assert_nonnull (hoster_by_id (directory, "zaclys"));
  g_assert_true (relais_directory_merge_hosters (directory, bytes, "hosters.json", &error));
  g_assert_no_error (error);

  /* Same id: replaced; new id: added; the collective's entry stays. */
  g_assert_cmpuint (relais_directory_get_hosters (directory)->len, ==, before + 1);
  zaclys = hoster_by_id (directory, "zaclys");
  g_assert_cmpstr (zaclys->name, ==, "Zaclys (refreshed)");
  g_assert_true (zaclys->place.has_location);
  g_assert_nonnull (hoster_by_id (directory, "entraide-chatons"));

  /* A service that is off is not offered. */
  pads = relais_directory_hosters_offering (directory, "etherpad");
  g_assert_true (has_id (pads, "newcomer"));
  g_assert_false (has_id (pads, "zaclys"));

  /* Nearest first: in the Doubs, Zaclys (located there) before anyone. */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "directory", "communes.tsv", NULL);
    g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
    g_autoptr(GBytes) table = g_mapped_file_get_bytes (file);
    g_autoptr(RelaisCommunes) communes = relais_communes_new_from_bytes (table, NULL);
    g_autoptr(GArray) clouds = NULL;
    g_autoptr(GArray) no_pads_here = NULL;
    RelaisOrigin origin;

    relais_origin_init (&origin, NULL, "25");
    clouds = relais_directory_hosters_near (directory, communes, &origin, "nextcloud");
    g_assert_cmpuint (clouds->len, >, 0);
    g_assert_cmpstr (((RelaisHoster *) g_ptr_array_index (relais_directory_get_hosters (directory),
                                                          g_array_index (clouds, RelaisNearby, 0).index))->id, ==, "zaclys");
    g_assert_cmpint (g_array_index (clouds, RelaisNearby, 0).nearness, ==, RELAIS_NEARNESS_SAME_DEPARTEMENT);

    no_pads_here = relais_directory_hosters_near (directory, communes, &origin, "etherpad");
    for (guint i = 0; i < no_pads_here->len; i++)
      g_assert_cmpstr (((RelaisHoster *) g_ptr_array_index (relais_directory_get_hosters (directory),
                                                            g_array_index (no_pads_here, RelaisNearby, i).index))->id, !=, "zaclys");
  }
}

static void
test_directory_refreshed_file (void)
{
  g_autoptr(RelaisDirectory) directory = load_shipped ();
  g_autofree char *folder = g_dir_make_tmp ("relais-directory-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "hosters.json", NULL);
  g_autofree char *warning = NULL;
  g_autoptr(GFile) tree = g_file_new_for_path (folder);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint hosters = relais_directory_get_hosters (directory)->len;
  gboolean set_aside = FALSE;

  /* None yet: nothing said. */
  g_assert_false (relais_directory_use_refreshed_hosters (directory, path, &warning));
  g_assert_null (warning);

  /* A damaged one: said, set aside, the shipped hosters kept. */
  g_assert_true (g_file_set_contents (path, "{ \"format\": \"fr.artifaille.Relais.Directory\", \"version\": 1,"
                                            "  \"part\": \"hosters\", \"hosters\": [ { \"id\": \"x\" } ] }", -1, NULL));
  g_assert_false (relais_directory_use_refreshed_hosters (directory, path, &warning));
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, "hosters[0]"));
  g_assert_cmpuint (relais_directory_get_hosters (directory)->len, ==, hosters);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    set_aside |= g_str_has_prefix (name, "hosters");
  g_assert_true (set_aside);
  g_clear_pointer (&warning, g_free);

  /* A good one: used. */
  g_assert_true (g_file_set_contents (path, refreshed, -1, NULL));
  g_assert_true (relais_directory_use_refreshed_hosters (directory, path, &warning));
  g_assert_null (warning);
  g_assert_cmpuint (relais_directory_get_hosters (directory)->len, ==, hosters + 1);

  relais_test_remove_tree (tree);
}

static void
test_directory_refuses_bad_data (void)
{
  static const struct { const char *part; const char *json; const char *in_message; } bad[] = {
    { "contacts", "[]", "not a directory file" },
    { "contacts", "{ \"format\": \"fr.artifaille.Relais.Directory\", \"version\": 1, \"part\": \"funding\", \"contacts\": [] }",
      "part" },
    { "contacts", "{ \"format\": \"fr.artifaille.Relais.Directory\", \"version\": 1, \"part\": \"contacts\","
                  "  \"contacts\": [ { \"id\": \"a\", \"name\": \"A\", \"what\": \"w\", \"for_whom\": \"f\","
                  "    \"website\": \"https://a.example\", \"sources\": [] } ] }", "contacts[0].sources" },
    { "contacts", "{ \"format\": \"fr.artifaille.Relais.Directory\", \"version\": 1, \"part\": \"contacts\","
                  "  \"contacts\": [ { \"id\": \"a\", \"name\": \"A\", \"what\": \"w\", \"for_whom\": \"f\","
                  "    \"website\": \"https://a.example\", \"latitude\": 49.1,"
                  "    \"sources\": [ { \"url\": \"https://a.example\", \"checked\": \"2026-11-28\" } ] } ] }",
      "contacts[0].longitude" },
    { "hosters", "{ \"format\": \"fr.artifaille.Relais.Directory\", \"version\": 1, \"part\": \"hosters\","
                 "  \"hosters\": [ { \"id\": \"h\", \"name\": \"H\", \"website\": \"https://h.example\","
                 "    \"type\": \"association\", \"chatons\": \"member\","
                 "    \"services\": [ { \"type\": \"etherpad\", \"name\": \"P\", \"registration\": \"maybe\" } ],"
                 "    \"sources\": [ { \"url\": \"https://h.example\", \"checked\": \"2026-11-28\" } ] } ] }",
      "hosters[0].services[0].registration" },
    { "funding", "{ \"format\": \"fr.artifaille.Relais.Directory\", \"version\": 1, \"part\": \"funding\","
                 "  \"funding\": [ { \"id\": \"f\", \"name\": \"F\", \"who\": \"w\", \"gives\": \"g\","
                 "    \"sources\": [ { \"url\": \"https://f.example\", \"checked\": \"28/11/2026\" } ] } ] }",
      "funding[0].sources" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) contacts = shipped_part ("contacts");
      g_autoptr(GBytes) hosters = shipped_part ("hosters");
      g_autoptr(GBytes) tools = shipped_part ("inclusion-tools");
      g_autoptr(GBytes) funding = shipped_part ("funding");
      g_autoptr(GBytes) broken = g_bytes_new_static (bad[i].json, strlen (bad[i].json));
      g_autoptr(GError) error = NULL;
      g_autoptr(RelaisDirectory) directory = NULL;

      directory = relais_directory_new_from_data (g_str_equal (bad[i].part, "contacts") ? broken : contacts,
                                                  g_str_equal (bad[i].part, "hosters") ? broken : hosters,
                                                  tools,
                                                  g_str_equal (bad[i].part, "funding") ? broken : funding,
                                                  &error);
      g_assert_null (directory);
      g_assert_error (error, RELAIS_DIRECTORY_ERROR, RELAIS_DIRECTORY_ERROR_INVALID);
      if (strstr (error->message, bad[i].in_message) == NULL)
        g_error ("case %u: “%s” does not mention “%s”", i, error->message, bad[i].in_message);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/directory/shipped", test_directory_shipped);
  g_test_add_func ("/directory/contacts-by-kind", test_directory_contacts_by_kind);
  g_test_add_func ("/directory/contacts-for-profile", test_directory_contacts_for_profile);
  g_test_add_func ("/directory/funding-and-hosters", test_directory_funding_and_hosters);
  g_test_add_func ("/directory/merge-refreshed", test_directory_merge_refreshed);
  g_test_add_func ("/directory/refreshed-file", test_directory_refreshed_file);
  g_test_add_func ("/directory/refuses-bad-data", test_directory_refuses_bad_data);

  return g_test_run ();
}
