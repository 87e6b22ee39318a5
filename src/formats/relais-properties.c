/* relais-properties.c — the ".properties" files of ChatonsInfos
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-properties"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relais-file-read.h"
#include "relais-properties.h"

/* Lines of "dotted.key = value", "#" comments, blank lines. The files are
 * read by StatoolInfos, which is written in Java, so the Java escapes are
 * honoured too (\n, \t, \uXXXX, a backslash ending a line continues it), and
 * the "[Section]" headers some generators write are skipped. */

struct _RelaisProperties
{
  GHashTable *values;   /* key → value, both owned */
  GPtrArray  *keys;     /* the keys in the order of the file, borrowed from values */
};

G_DEFINE_QUARK (relais-properties-error-quark, relais_properties_error)


static RelaisProperties *
properties_new (void)
{
  RelaisProperties *self = g_new0 (RelaisProperties, 1);

  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->keys = g_ptr_array_new ();
  return self;
}

static gboolean
ends_with_continuation (const char *line,
                        gsize       length)
{
  gsize n = 0;

  while (n < length && line[length - 1 - n] == '\\')
    n++;
  return n % 2 == 1;
}

static void
append_unichar (GString  *out,
                gunichar  c)
{
  if (!g_unichar_validate (c) || c == 0)
    c = 0xFFFD;
  g_string_append_unichar (out, c);
}

/* The Java escapes. Text that is already UTF-8 is copied as it is. */
static char *
unescape (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gunichar high = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      gunichar c;

      if (*p != '\\' || p[1] == '\0')
        {
          if (high != 0)
            append_unichar (out, 0xFFFD);
          high = 0;
          g_string_append_c (out, *p);
          continue;
        }

      p++;
      switch (*p)
        {
        case 'n': c = '\n'; break;
        case 't': c = '\t'; break;
        case 'r': c = '\r'; break;
        case 'f': c = '\f'; break;
        case 'u':
          if (g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2])
              && g_ascii_isxdigit (p[3]) && g_ascii_isxdigit (p[4]))
            {
              c = (g_ascii_xdigit_value (p[1]) << 12) | (g_ascii_xdigit_value (p[2]) << 8)
                  | (g_ascii_xdigit_value (p[3]) << 4) | g_ascii_xdigit_value (p[4]);
              p += 4;
            }
          else
            c = 'u';
          break;
        default:
          /* A backslash before any other character stands for that
           * character, whole: a letter such as "é" is several bytes. */
          c = g_utf8_get_char_validated (p, -1);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            c = 0xFFFD;
          else
            p = g_utf8_next_char (p) - 1;
          break;
        }

      /* Java writes characters outside the BMP as two \u escapes. */
      if (c >= 0xD800 && c <= 0xDBFF)
        {
          if (high != 0)
            append_unichar (out, 0xFFFD);
          high = c;
          continue;
        }
      if (c >= 0xDC00 && c <= 0xDFFF)
        {
          append_unichar (out, high != 0 ? 0x10000 + ((high - 0xD800) << 10) + (c - 0xDC00) : 0xFFFD);
          high = 0;
          continue;
        }
      if (high != 0)
        append_unichar (out, 0xFFFD);
      high = 0;
      append_unichar (out, c);
    }
  if (high != 0)
    append_unichar (out, 0xFFFD);

  return g_string_free (out, FALSE);
}

/* Some generators (chatonsinfos_ynh) write values inside matching quotes,
 * "subs.x = 'https://…'": the quotes are not part of the value. */
static char *
strip_quotes (char *value)
{
  gsize length = strlen (value);

  if (length >= 2 && (value[0] == '\'' || value[0] == '"') && value[length - 1] == value[0])
    {
      value[length - 1] = '\0';
      return value + 1;
    }
  return value;
}

static gboolean
add_line (RelaisProperties  *self,
          const char        *line,
          guint              line_number,
          GError           **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (line));
  g_autofree char *raw_key = NULL;
  const char *equal;
  char *key;
  char *value;

  if (stripped[0] == '\0' || stripped[0] == '#' || stripped[0] == '!')
    return TRUE;

  equal = strchr (stripped, '=');

  if (equal == NULL && stripped[0] == '[' && g_str_has_suffix (stripped, "]"))
    return TRUE;

  if (equal == NULL)
    {
      g_set_error (error, RELAIS_PROPERTIES_ERROR, RELAIS_PROPERTIES_ERROR_SYNTAX,
                   _("line %u: no “=” sign (each line must read “key = value”)"), line_number);
      return FALSE;
    }

  raw_key = g_strstrip (g_strndup (stripped, equal - stripped));
  if (raw_key[0] == '\0')
    {
      g_set_error (error, RELAIS_PROPERTIES_ERROR, RELAIS_PROPERTIES_ERROR_SYNTAX,
                   _("line %u: there is no key before the “=” sign"), line_number);
      return FALSE;
    }

  key = unescape (raw_key);
  value = unescape (strip_quotes (g_strstrip ((char *) equal + 1)));

  /* The last value wins, as in Java; the key keeps its first place (the
   * table keeps the first copy of a key and frees the new one). */
  if (!g_hash_table_contains (self->values, key))
    g_ptr_array_add (self->keys, key);
  g_hash_table_insert (self->values, key, value);

  return TRUE;
}

/* --- Public ---------------------------------------------------------------- */

/**
 * relais_properties_new_from_data:
 * @data: the text of the file, not necessarily nul-terminated
 * @length: its length in bytes
 *
 * Reads a whole file. A file that is too large, not UTF-8, or has a line
 * that is not "key = value" gives an error naming the line, and nothing.
 */
RelaisProperties *
relais_properties_new_from_data (const char  *data,
                                 gsize        length,
                                 GError     **error)
{
  /* Freed by hand: clang's analyzer does not follow g_autoptr here. */
  RelaisProperties *self;
  g_autoptr(GString) logical = NULL;
  const char *end = NULL;
  const char *p;
  const char *stop;
  guint line_number = 0;
  guint logical_start = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > RELAIS_PROPERTIES_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (RELAIS_PROPERTIES_MAX_SIZE);

      g_set_error (error, RELAIS_PROPERTIES_ERROR, RELAIS_PROPERTIES_ERROR_TOO_LARGE,
                   _("the file is larger than %s"), size);
      return NULL;
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      guint line = 1;

      for (p = data; p < end; p++)
        if (*p == '\n')
          line++;
      g_set_error (error, RELAIS_PROPERTIES_ERROR, RELAIS_PROPERTIES_ERROR_ENCODING,
                   _("line %u: the text is not in UTF-8"), line);
      return NULL;
    }

  self = properties_new ();
  logical = g_string_new (NULL);
  stop = data + length;

  for (p = data; p < stop;)
    {
      const char *eol = p;
      const char *next;
      gsize line_length;
      gboolean comment;

      while (eol < stop && *eol != '\n' && *eol != '\r')
        eol++;
      next = eol;
      if (next < stop && *next == '\r')
        next++;
      if (next < stop && *next == '\n' && (next == eol || *eol == '\r'))
        next++;
      line_number++;

      line_length = eol - p;
      if (logical->len == 0)
        {
          const char *q = p;

          logical_start = line_number;
          while (q < eol && g_ascii_isspace (*q))
            q++;
          comment = q < eol && (*q == '#' || *q == '!');
        }
      else
        {
          /* A continued line starts at its first visible character. */
          while (line_length > 0 && g_ascii_isspace (*p))
            {
              p++;
              line_length--;
            }
          comment = FALSE;
        }

      if (!comment && ends_with_continuation (p, line_length))
        {
          g_string_append_len (logical, p, line_length - 1);
          p = next;
          continue;
        }

      g_string_append_len (logical, p, line_length);
      if (!add_line (self, logical->str, logical_start, error))
        {
          relais_properties_free (self);
          return NULL;
        }
      g_string_truncate (logical, 0);
      p = next;
    }

  if (logical->len > 0 && !add_line (self, logical->str, logical_start, error))
    {
      relais_properties_free (self);
      return NULL;
    }

  return self;
}

/**
 * relais_properties_new_from_file:
 *
 * Reads the file at @path with relais_properties_new_from_data(); the errors
 * of the file system come as they are.
 */
RelaisProperties *
relais_properties_new_from_file (const char  *path,
                                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Not mapped: a FIFO or a device in the folder would hang the opening. */
  bytes = relais_file_read_path (path, RELAIS_PROPERTIES_MAX_SIZE, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
        {
          g_autofree char *size = g_format_size (RELAIS_PROPERTIES_MAX_SIZE);

          g_set_error (error, RELAIS_PROPERTIES_ERROR, RELAIS_PROPERTIES_ERROR_TOO_LARGE,
                       _("the file is larger than %s"), size);
        }
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  data = g_bytes_get_data (bytes, &length);
  return relais_properties_new_from_data (data != NULL ? data : "", length, error);
}

void
relais_properties_free (RelaisProperties *properties)
{
  if (properties == NULL)
    return;

  g_ptr_array_unref (properties->keys);
  g_hash_table_unref (properties->values);
  g_free (properties);
}

guint
relais_properties_get_size (RelaisProperties *properties)
{
  g_return_val_if_fail (properties != NULL, 0);

  return properties->keys->len;
}

/**
 * relais_properties_get:
 *
 * Returns: (nullable): the value of @key, "" when the file leaves it empty,
 *   %NULL when the file does not have it. Keys are case-sensitive.
 */
const char *
relais_properties_get (RelaisProperties *properties,
                       const char       *key)
{
  g_return_val_if_fail (properties != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (properties->values, key);
}

/**
 * relais_properties_get_list:
 *
 * Returns: (transfer full): the items of a list value (separated by ";"),
 *   each trimmed, empty items left out; an empty array when there are none.
 */
char **
relais_properties_get_list (RelaisProperties *properties,
                            const char       *key)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) items = NULL;
  const char *value;

  g_return_val_if_fail (properties != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  value = relais_properties_get (properties, key);
  if (value != NULL)
    items = g_strsplit (value, ";", -1);
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_strstrip (items[i]);
      if (items[i][0] != '\0')
        g_strv_builder_add (builder, items[i]);
    }

  return g_strv_builder_end (builder);
}

/**
 * relais_properties_get_keys_with_prefix:
 *
 * Returns: (transfer container) (element-type utf8): the keys starting with
 *   @prefix, in the order of the file; the strings belong to @properties.
 */
GPtrArray *
relais_properties_get_keys_with_prefix (RelaisProperties *properties,
                                        const char       *prefix)
{
  GPtrArray *keys;

  g_return_val_if_fail (properties != NULL, NULL);
  g_return_val_if_fail (prefix != NULL, NULL);

  keys = g_ptr_array_new ();
  for (guint i = 0; i < properties->keys->len; i++)
    {
      const char *key = g_ptr_array_index (properties->keys, i);

      if (g_str_has_prefix (key, prefix))
        g_ptr_array_add (keys, (gpointer) key);
    }

  return keys;
}
