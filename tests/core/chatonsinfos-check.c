/* chatonsinfos-check.c — what the fixtures of tests/data/chatonsinfos give
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "chatonsinfos-check.h"

char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "chatonsinfos", name, NULL);
}


static JsonObject *
hoster_at (JsonArray *hosters,
           guint      i)
{
  return json_array_get_object_element (hosters, i);
}

static void
check_service (JsonArray  *services,
               guint       i,
               const char *type,
               const char *name,
               const char *registration,
               const char *load,
               const char *status)
{
  JsonObject *service = json_array_get_object_element (services, i);

  g_assert_cmpstr (json_object_get_string_member (service, "type"), ==, type);
  g_assert_cmpstr (json_object_get_string_member (service, "name"), ==, name);
  g_assert_cmpstr (json_object_get_string_member_with_default (service, "registration", NULL), ==, registration);
  g_assert_cmpstr (json_object_get_string_member_with_default (service, "load", NULL), ==, load);
  g_assert_cmpstr (json_object_get_string_member_with_default (service, "status", NULL), ==, status);
}

/* The fixtures give Alpha (when @with_alpha) and Beta; Gamma left the
 * collective and Delta's file is broken. */
void
check_hosters (const char *json,
               gsize       length,
               gboolean    with_alpha,
               const char *source_prefix)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *hosters;
  JsonObject *beta;
  JsonArray *services;
  JsonObject *source;
  guint next = 0;

  json_parser_load_from_data (parser, json, length, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "fr.artifaille.Relais.Directory");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "part"), ==, "hosters");
  hosters = json_object_get_array_member (root, "hosters");
  g_assert_cmpuint (json_array_get_length (hosters), ==, with_alpha ? 2 : 1);

  if (with_alpha)
    {
      JsonObject *alpha = hoster_at (hosters, next++);
      JsonObject *contact = json_object_get_object_member (alpha, "contact");
      JsonObject *location = json_object_get_object_member (alpha, "location");

      g_assert_cmpstr (json_object_get_string_member (alpha, "id"), ==, "alpha-example");
      g_assert_cmpstr (json_object_get_string_member (alpha, "name"), ==, "Alpha Libre");
      g_assert_cmpstr (json_object_get_string_member (alpha, "website"), ==, "https://www.alpha.example.org/");
      g_assert_cmpstr (json_object_get_string_member (alpha, "type"), ==, "association");
      g_assert_cmpstr (json_object_get_string_member (alpha, "status"), ==, "active");
      g_assert_cmpstr (json_object_get_string_member (alpha, "chatons"), ==, "member");
      g_assert_cmpstr (json_object_get_string_member (contact, "url"), ==, "https://alpha.example.org/contact");
      g_assert_cmpstr (json_object_get_string_member (contact, "email"), ==, "contact@alpha.example.org");
      g_assert_cmpstr (json_object_get_string_member (location, "address"), ==, "1 rue de l’Exemple, 14000 Caen");
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (location, "latitude"), 49.18251, 1e-9);
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (location, "longitude"), -0.37061, 1e-9);

      /* The pad is OFF: three services of four. */
      services = json_object_get_array_member (alpha, "services");
      g_assert_cmpuint (json_array_get_length (services), ==, 3);
      check_service (services, 0, "nextcloud", "Alpha Cloud", "free", "open", "on");
      check_service (services, 1, "jitsi", "Alpha Visio", "none", NULL, "on");
      check_service (services, 2, "framadate", "Alpha Sondages", "member", "full", "maintenance");
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (services, 0), "software"), ==, "Nextcloud");
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (services, 0), "website"), ==, "https://cloud.alpha.example.org/");

      source = json_array_get_object_element (json_object_get_array_member (alpha, "sources"), 0);
      g_assert_true (g_str_has_prefix (json_object_get_string_member (source, "url"), source_prefix));
      g_assert_true (g_str_has_suffix (json_object_get_string_member (source, "url"),
                                       "alpha.example.org/.well-known/chatonsinfos/organization.properties"));
      g_assert_cmpstr (json_object_get_string_member (source, "checked"), ==, TODAY);
    }

  beta = hoster_at (hosters, next);
  g_assert_cmpstr (json_object_get_string_member (beta, "id"), ==, "beta-example");
  g_assert_cmpstr (json_object_get_string_member (beta, "name"), ==, "Bêta Services");
  g_assert_cmpstr (json_object_get_string_member (beta, "description"), ==, "Hébergement coopératif pour les petites structures.");
  g_assert_cmpstr (json_object_get_string_member (beta, "type"), ==, "cooperative");
  g_assert_cmpstr (json_object_get_string_member (beta, "status"), ==, "idle");
  /* A latitude of 91.5 is no place on Earth; no address either. */
  g_assert_false (json_object_has_member (beta, "location"));
  g_assert_false (json_object_has_member (beta, "contact"));
  services = json_object_get_array_member (beta, "services");
  g_assert_cmpuint (json_array_get_length (services), ==, 2);
  check_service (services, 0, "roundcube", "Beta Mail", "client", NULL, "down");
  check_service (services, 1, "wallabag", "Beta Lecture", "free", NULL, "on");
  source = json_array_get_object_element (json_object_get_array_member (beta, "sources"), 0);
  g_assert_true (g_str_has_suffix (json_object_get_string_member (source, "url"), "beta.example.net.properties"));
  g_assert_cmpstr (json_object_get_string_member (source, "checked"), ==, TODAY);
}

