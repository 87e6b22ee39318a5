/* relais-properties.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The ChatonsInfos files are public and written by hand: read them whole,
 * but never more than this. */
#define RELAIS_PROPERTIES_MAX_SIZE (1024 * 1024)

typedef enum
{
  RELAIS_PROPERTIES_ERROR_SYNTAX,
  RELAIS_PROPERTIES_ERROR_ENCODING,
  RELAIS_PROPERTIES_ERROR_TOO_LARGE,
} RelaisPropertiesError;

#define RELAIS_PROPERTIES_ERROR (relais_properties_error_quark ())
GQuark relais_properties_error_quark (void);

typedef struct _RelaisProperties RelaisProperties;

RelaisProperties  *relais_properties_new_from_data     (const char        *data,
                                                        gsize              length,
                                                        GError           **error);
RelaisProperties  *relais_properties_new_from_file     (const char        *path,
                                                        GError           **error);
void               relais_properties_free              (RelaisProperties  *properties);

guint              relais_properties_get_size          (RelaisProperties  *properties);
const char        *relais_properties_get               (RelaisProperties  *properties,
                                                        const char        *key);
char             **relais_properties_get_list          (RelaisProperties  *properties,
                                                        const char        *key);
GPtrArray         *relais_properties_get_keys_with_prefix (RelaisProperties *properties,
                                                           const char       *prefix);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaisProperties, relais_properties_free)

G_END_DECLS
