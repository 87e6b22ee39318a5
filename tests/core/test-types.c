/* test-types.c — the shared vocabulary registered as GTypes: every value
 * counted, and the nicks written in profile files unchanged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "relais-types.h"

static void
check_enum (GType        type,
            guint        n_values,
            const char  *first_nick,
            const char  *last_nick)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  g_test_message ("%s", g_type_name (type));
  g_assert_true (G_TYPE_IS_ENUM (type));
  g_assert_cmpuint (klass->n_values, ==, n_values);
  g_assert_cmpstr (g_enum_get_value (klass, 0)->value_nick, ==, first_nick);
  g_assert_cmpstr (g_enum_get_value (klass, (int) n_values - 1)->value_nick, ==, last_nick);
}

static void
test_enums (void)
{
  check_enum (RELAIS_TYPE_PROFILE_KIND, RELAIS_PROFILE_KIND_RESSOURCERIE + 1, "person", "ressourcerie");
  check_enum (RELAIS_TYPE_REASON, RELAIS_N_REASONS, "values", "financial");
  check_enum (RELAIS_TYPE_WEIGHT, RELAIS_N_WEIGHTS, "not-important", "essential");
  check_enum (RELAIS_TYPE_ITEM_STATE, RELAIS_ITEM_SKIPPED + 1, "todo", "skipped");
  check_enum (RELAIS_TYPE_TOOL_STATUS, RELAIS_N_TOOL_STATUSES, "to-consider", "set-aside");
  check_enum (RELAIS_TYPE_TOOL_KIND, RELAIS_TOOL_KIND_BOTH + 1, "software", "both");
}

/* The kinds and statuses of profile files, read back by their nicks. */
static void
test_file_nicks (void)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (RELAIS_TYPE_PROFILE_KIND);
  g_autoptr(GEnumClass) statuses = g_type_class_ref (RELAIS_TYPE_TOOL_STATUS);

  g_assert_cmpint (g_enum_get_value_by_nick (kinds, "association-employer")->value, ==, RELAIS_PROFILE_KIND_ASSOCIATION_EMPLOYER);
  g_assert_cmpint (g_enum_get_value_by_nick (kinds, "collective")->value, ==, RELAIS_PROFILE_KIND_COLLECTIVE);
  g_assert_cmpint (g_enum_get_value_by_nick (statuses, "adopted")->value, ==, RELAIS_TOOL_STATUS_ADOPTED);
  g_assert_cmpint (g_enum_get_value_by_nick (statuses, "migrated")->value, ==, RELAIS_TOOL_STATUS_MIGRATED);
}

static void
test_platforms (void)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (RELAIS_TYPE_PLATFORMS);

  g_assert_true (G_TYPE_IS_FLAGS (RELAIS_TYPE_PLATFORMS));
  g_assert_cmpuint (klass->n_values, ==, 6);
  g_assert_cmpuint (klass->mask, ==, RELAIS_PLATFORM_LINUX | RELAIS_PLATFORM_WINDOWS | RELAIS_PLATFORM_MACOS |
                                     RELAIS_PLATFORM_ANDROID | RELAIS_PLATFORM_IOS | RELAIS_PLATFORM_WEB);
  g_assert_cmpstr (g_flags_get_first_value (klass, RELAIS_PLATFORM_WEB)->value_nick, ==, "web");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/types/enums", test_enums);
  g_test_add_func ("/types/file-nicks", test_file_nicks);
  g_test_add_func ("/types/platforms", test_platforms);

  return g_test_run ();
}
