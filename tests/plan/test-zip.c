/* test-zip.c — the ZIP writer: CRC-32 vectors, archives read back by our
 * reader, by Python's zipfile and by unzip, names refused, sizes refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "relais-zip.h"
#include "zip-read.h"

typedef struct
{
  const char *name;
  GBytes     *data;
  gboolean    compress;
  guint16     method;  /* expected */
} Entry;

static void
check_crc (const char *text,
           guint32     expected)
{
  g_assert_cmphex (relais_zip_crc32 (0, (const guint8 *) text, strlen (text)), ==, expected);
}

static void
test_crc32 (void)
{
  guint32 crc;

  check_crc ("", 0);
  check_crc ("123456789", 0xCBF43926);
  check_crc ("a", 0xE8B7BE43);
  check_crc ("The quick brown fox jumps over the lazy dog", 0x414FA339);

  /* In two pieces as in one. */
  crc = relais_zip_crc32 (0, (const guint8 *) "12345", 5);
  crc = relais_zip_crc32 (crc, (const guint8 *) "6789", 4);
  g_assert_cmphex (crc, ==, 0xCBF43926);
}

static GDateTime *
fixed_date (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new (utc, 2026, 11, 28, 14, 37, 59);
}

/* The entries of every kind the writer must handle. */
static GArray *
make_entries (void)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  GString *big = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint8 *noise = g_malloc (64 * 1024);
  guint8 all_bytes[256];
  Entry entry;

  while (big->len < 1024 * 1024)
    g_string_append_printf (big, "Étape %zu : remplacer l’outil, « former » les bénévoles.\n", big->len);
  for (guint i = 0; i < 64 * 1024; i++)
    noise[i] = g_rand_int_range (rand, 0, 256);
  for (guint i = 0; i < 256; i++)
    all_bytes[i] = i;

  entry = (Entry) { "mimetype", g_bytes_new_static ("application/vnd.oasis.opendocument.text", 39), FALSE, 0 };
  g_array_append_val (entries, entry);
  entry = (Entry) { "empty", g_bytes_new_static ("", 0), FALSE, 0 };
  g_array_append_val (entries, entry);
  /* Deflating nothing gives two bytes: stored instead. */
  entry = (Entry) { "empty-asked-deflated", g_bytes_new_static ("", 0), TRUE, 0 };
  g_array_append_val (entries, entry);
  entry = (Entry) { "dossier/été « plan » ☑.txt", g_bytes_new_static ("déjà vu\n", strlen ("déjà vu\n")), TRUE, 0 };
  g_array_append_val (entries, entry);
  entry = (Entry) { "big.txt", g_string_free_to_bytes (big), TRUE, 8 };
  g_array_append_val (entries, entry);
  /* Noise does not deflate: stored instead. */
  entry = (Entry) { "noise.bin", g_bytes_new_take (noise, 64 * 1024), TRUE, 0 };
  g_array_append_val (entries, entry);
  entry = (Entry) { "all-bytes.bin", g_bytes_new (all_bytes, sizeof all_bytes), FALSE, 0 };
  g_array_append_val (entries, entry);

  return entries;
}

static void
free_entries (GArray *entries)
{
  for (guint i = 0; i < entries->len; i++)
    g_bytes_unref (g_array_index (entries, Entry, i).data);
  g_array_unref (entries);
}

static GBytes *
write_archive (GArray    *entries,
               GDateTime *date)
{
  g_autoptr(RelaisZip) zip = relais_zip_new (date);

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      g_autoptr(GError) error = NULL;

      g_assert_true (relais_zip_add (zip, entry->name, entry->data, entry->compress, &error));
      g_assert_no_error (error);
    }

  return relais_zip_finish (zip);
}

/* The archive of make_entries() written in a new temporary folder. */
static char *
write_archive_file (GArray  *entries,
                    char   **dir)
{
  g_autoptr(GDateTime) date = fixed_date ();
  g_autoptr(GBytes) archive = write_archive (entries, date);
  char *path;

  *dir = g_dir_make_tmp ("relais-zip-XXXXXX", NULL);
  g_assert_nonnull (*dir);
  path = g_build_filename (*dir, "test.zip", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (archive, NULL), g_bytes_get_size (archive), NULL));
  return path;
}

/* Our own reader: every header agrees, every CRC holds. */
static void
test_read_back (void)
{
  GArray *entries = make_entries ();
  g_autoptr(GDateTime) date = fixed_date ();
  g_autoptr(GBytes) archive = write_archive (entries, date);
  g_autoptr(GPtrArray) read = test_zip_read (archive);

  g_assert_cmpuint (read->len, ==, entries->len);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      TestZipEntry *got = g_ptr_array_index (read, i);

      g_assert_cmpstr (got->name, ==, entry->name);
      g_assert_cmpuint (got->method, ==, entry->method);
      g_assert_true (g_bytes_equal (got->data, entry->data));
      /* The UTF-8 flag, for the names that need it. */
      g_assert_cmpuint (got->flags, ==, g_str_is_ascii (entry->name) ? 0 : 1 << 11);
      g_assert_cmpuint (got->dos_date, ==, ((2026 - 1980) << 9) | (11 << 5) | 28);
      g_assert_cmpuint (got->dos_time, ==, (14 << 11) | (37 << 5) | (59 / 2));
    }
  g_assert_cmpuint (((TestZipEntry *) g_ptr_array_index (read, 0))->offset, ==, 0);
  /* The megabyte of text deflates well. */
  g_assert_cmpuint (g_bytes_get_size (archive), <, 200 * 1024);

  free_entries (entries);
}

/* Python's zipfile reads every entry back, with its date; a skip, not a
 * pass, where there is no Python. */
static void
test_read_by_zipfile (void)
{
  const char *python = g_getenv ("RELAIS_TEST_PYTHON");
  g_autofree char *python_path = NULL;
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "plan", "check-zip.py", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) argv = NULL;
  GArray *entries;

  if (python == NULL || python[0] == '\0')
    python = "python3";
  if (!(python_path = g_find_program_in_path (python)))
    {
      g_test_skip_printf ("no %s to read the archive with zipfile", python);
      return;
    }

  entries = make_entries ();
  path = write_archive_file (entries, &dir);
  argv = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (argv, g_strdup (python_path));
  g_ptr_array_add (argv, g_strdup (script));
  g_ptr_array_add (argv, g_strdup (path));
  for (guint i = 0; i < 6; i++)
    g_ptr_array_add (argv, g_strdup_printf ("%d", (int []) { 2026, 11, 28, 14, 37, 58 }[i]));
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      g_autofree char *expected = g_build_filename (dir, "expected", NULL);
      char *file = g_strdup_printf ("%s-%u", expected, i);

      g_assert_true (g_file_set_contents (file, g_bytes_get_data (entry->data, NULL),
                                          g_bytes_get_size (entry->data), NULL));
      g_ptr_array_add (argv, g_strdup (entry->name));
      g_ptr_array_add (argv, g_strdup_printf ("%u", entry->method));
      g_ptr_array_add (argv, file);
    }
  g_ptr_array_add (argv, NULL);

  g_assert_true (test_run ((const char * const *) argv->pdata));

  test_remove_tree (dir);
  free_entries (entries);
}

/* Info-ZIP's unzip -t: every CRC checked by another program; a skip, not a
 * pass, where unzip is not installed. */
static void
test_read_by_unzip (void)
{
  g_autofree char *unzip = g_find_program_in_path ("unzip");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  GArray *entries;

  if (unzip == NULL)
    {
      g_test_skip ("no unzip to test the archive with");
      return;
    }

  entries = make_entries ();
  path = write_archive_file (entries, &dir);
  g_assert_true (test_run ((const char * const[]) { unzip, "-t", path, NULL }));

  test_remove_tree (dir);
  free_entries (entries);
}

static void
test_reproducible (void)
{
  GArray *entries = make_entries ();
  g_autoptr(GDateTime) date = fixed_date ();
  g_autoptr(GDateTime) later = g_date_time_add_days (date, 1);
  g_autoptr(GBytes) first = write_archive (entries, date);
  g_autoptr(GBytes) second = write_archive (entries, date);
  g_autoptr(GBytes) third = write_archive (entries, later);

  g_assert_true (g_bytes_equal (first, second));
  g_assert_false (g_bytes_equal (first, third));

  free_entries (entries);
}

static guint16
dos_date_of (GDateTime *date,
             guint16   *time)
{
  g_autoptr(RelaisZip) zip = relais_zip_new (date);
  g_autoptr(GBytes) data = g_bytes_new_static ("x", 1);
  g_autoptr(GBytes) archive = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  TestZipEntry *entry;

  g_assert_true (relais_zip_add (zip, "x", data, FALSE, NULL));
  archive = relais_zip_finish (zip);
  entries = test_zip_read (archive);
  entry = g_ptr_array_index (entries, 0);
  *time = entry->dos_time;

  return entry->dos_date;
}

static void
test_dos_dates (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) before = g_date_time_new (utc, 1970, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) first = g_date_time_new (utc, 1980, 1, 1, 0, 0, 1);
  g_autoptr(GDateTime) after = g_date_time_new (utc, 2200, 6, 1, 12, 0, 0);
  guint16 time;

  /* ZIP cannot say a date before 1980: its first day instead. */
  g_assert_cmphex (dos_date_of (before, &time), ==, (1 << 5) | 1);
  g_assert_cmphex (time, ==, 0);
  g_assert_cmphex (dos_date_of (first, &time), ==, (1 << 5) | 1);
  g_assert_cmphex (time, ==, 0);
  /* Nor one after 2107: its last moment. */
  g_assert_cmphex (dos_date_of (after, &time), ==, (127 << 9) | (12 << 5) | 31);
  g_assert_cmphex (time, ==, (23 << 11) | (59 << 5) | 29);
}

static void
check_refused (RelaisZip  *zip,
               const char *name)
{
  g_autoptr(GBytes) data = g_bytes_new_static ("x", 1);
  g_autoptr(GError) error = NULL;

  g_assert_false (relais_zip_add (zip, name, data, TRUE, &error));
  g_assert_error (error, RELAIS_ZIP_ERROR, RELAIS_ZIP_ERROR_INVALID_NAME);
}

static void
test_bad_names (void)
{
  g_autoptr(RelaisZip) zip = relais_zip_new (NULL);
  g_autoptr(GBytes) data = g_bytes_new_static ("kept", 4);
  g_autoptr(GBytes) archive = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_assert_true (relais_zip_add (zip, "a.txt", data, FALSE, NULL));
  check_refused (zip, "");
  check_refused (zip, "/etc/passwd");
  check_refused (zip, "dossier\\a.txt");
  check_refused (zip, "caf\xe9.txt");
  check_refused (zip, "a.txt");

  /* What was refused left no trace: the archive holds the one entry. */
  archive = relais_zip_finish (zip);
  entries = test_zip_read (archive);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_true (g_bytes_equal (((TestZipEntry *) g_ptr_array_index (entries, 0))->data, data));
}

static void
test_no_entries (void)
{
  g_autoptr(RelaisZip) zip = relais_zip_new (NULL);
  g_autoptr(GBytes) archive = relais_zip_finish (zip);
  g_autoptr(GPtrArray) entries = test_zip_read (archive);

  g_assert_cmpuint (g_bytes_get_size (archive), ==, 22);
  g_assert_cmpuint (entries->len, ==, 0);
}

/* Past 4 GiB, refused before the data is read: a sparse file, mapped,
 * gives the size without the memory. */
static void
test_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("relais-zip-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge", NULL);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) huge = NULL;
  g_autoptr(RelaisZip) zip = relais_zip_new (NULL);
  g_autoptr(GError) error = NULL;
  int fd = g_open (path, O_CREAT | O_WRONLY, 0600);

  g_assert_cmpint (fd, >=, 0);
  if (ftruncate (fd, (off_t) G_MAXUINT32 + 1) != 0)
    {
      g_test_skip ("this file system cannot hold a sparse file of 4 GiB");
      close (fd);
      test_remove_tree (dir);
      return;
    }
  close (fd);

  mapped = g_mapped_file_new (path, FALSE, &error);
  if (mapped == NULL)
    {
      g_test_skip (error->message);
      test_remove_tree (dir);
      return;
    }
  huge = g_mapped_file_get_bytes (mapped);
  g_assert_cmpuint (g_bytes_get_size (huge), ==, (gsize) G_MAXUINT32 + 1);

  g_assert_false (relais_zip_add (zip, "huge", huge, TRUE, &error));
  g_assert_error (error, RELAIS_ZIP_ERROR, RELAIS_ZIP_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "4 GiB"));

  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/zip/crc32", test_crc32);
  g_test_add_func ("/zip/read-back", test_read_back);
  g_test_add_func ("/zip/read-back/zipfile", test_read_by_zipfile);
  g_test_add_func ("/zip/read-back/unzip", test_read_by_unzip);
  g_test_add_func ("/zip/reproducible", test_reproducible);
  g_test_add_func ("/zip/dos-dates", test_dos_dates);
  g_test_add_func ("/zip/bad-names", test_bad_names);
  g_test_add_func ("/zip/no-entries", test_no_entries);
  g_test_add_func ("/zip/too-large", test_too_large);

  return g_test_run ();
}
