/* relais-soup.h — libsoup, loaded when Relais first goes online
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* The few functions of libsoup the CHATONS refresh calls, with libsoup's
 * own signatures. Nothing else in Relais may call libsoup directly: a call
 * would link it again, and every start-up would load it and the dozen
 * libraries it needs (tests/check-startup-libraries). */
typedef struct
{
  __typeof__ (soup_session_get_type)                   *session_get_type;
  __typeof__ (soup_session_send_async)                 *session_send_async;
  __typeof__ (soup_session_send_finish)                *session_send_finish;
  __typeof__ (soup_message_new)                        *message_new;
  __typeof__ (soup_message_get_uri)                    *message_get_uri;
  __typeof__ (soup_message_get_status)                 *message_get_status;
  __typeof__ (soup_message_get_reason_phrase)          *message_get_reason_phrase;
  __typeof__ (soup_message_get_response_headers)       *message_get_response_headers;
  __typeof__ (soup_message_headers_get_encoding)       *message_headers_get_encoding;
  __typeof__ (soup_message_headers_get_content_length) *message_headers_get_content_length;
  __typeof__ (soup_status_get_phrase)                  *status_get_phrase;
} RelaisSoup;

const RelaisSoup *relais_soup_get (GError **error);

G_END_DECLS
