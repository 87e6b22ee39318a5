/* relais-bench.c — the start-up benchmark's probe
 *
 * With RELAIS_BENCH_FIRST_FRAME set, the window prints the monotonic time of
 * its first painted frame and the application quits. bench/startup.py starts
 * the program, reads that line and compares it with the time it started the
 * process (both CLOCK_MONOTONIC). The bare libadwaita window of bench/ uses
 * the same probe, so both are measured the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-bench"

#include "config.h"

#include <stdio.h>

#include "relais-bench.h"

static void
after_paint_cb (GdkFrameClock *frame_clock,
                GtkWindow     *window)
{
  GApplication *application = G_APPLICATION (gtk_window_get_application (window));

  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, window);
  printf ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);

  if (application != NULL)
    g_application_quit (application);
}

static void
map_cb (GtkWidget *widget)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, map_cb, NULL);
  g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), widget, 0);
}

void
relais_bench_watch_first_frame (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_getenv ("RELAIS_BENCH_FIRST_FRAME") == NULL)
    return;

  g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
}
