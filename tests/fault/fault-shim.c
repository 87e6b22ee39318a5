/* fault-shim.c — makes a step of a save fail, on purpose
 *
 * Preloaded (LD_PRELOAD) into fault-writer by test-faults. RELAIS_FAIL is
 * "CALL:N:ERRNO": CALL (open, write, fsync or rename) on the profile folder
 * fails with ERRNO from its Nth call on (ENOSPC for a full disk, EACCES for a
 * permission denied, EROFS for a read-only disk, EIO for a failing disk).
 * RELAIS_FAIL_DIR limits open and rename to that folder; write and fsync count
 * only descriptors that were opened there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Both open and open64 are wrapped below: keep them distinct symbols. */
#undef _FILE_OFFSET_BITS
#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int tracked[1024];
static int counts[4];
static const char *names[] = { "open", "write", "fsync", "rename" };

static int
should_fail (int call)
{
  const char *spec = getenv ("RELAIS_FAIL");
  char name[16] = { 0 };
  int n = 0, err = 0;

  if (spec == NULL || sscanf (spec, "%15[^:]:%d:%d", name, &n, &err) != 3 ||
      strcmp (name, names[call]) != 0)
    return 0;

  /* From the Nth call on: a full or failing disk stays so, and the store's
   * last-chance retry at exit meets the same fault. */
  if (++counts[call] >= n)
    return err;
  return 0;
}

static int
in_folder (const char *path)
{
  const char *dir = getenv ("RELAIS_FAIL_DIR");

  return dir != NULL && path != NULL && strncmp (path, dir, strlen (dir)) == 0;
}

static int
do_open (const char *symbol,
         const char *path,
         int         flags,
         mode_t      mode)
{
  int (*real) (const char *, int, ...) = (int (*) (const char *, int, ...)) dlsym (RTLD_NEXT, symbol);
  int err, fd;

  if (in_folder (path) && (flags & (O_WRONLY | O_RDWR)) && (err = should_fail (0)) != 0)
    {
      errno = err;
      return -1;
    }

  fd = real (path, flags, mode);
  if (fd >= 0 && fd < 1024)
    tracked[fd] = in_folder (path);
  return fd;
}

int
open (const char *path, int flags, ...)
{
  va_list args;
  mode_t mode = 0;

  va_start (args, flags);
  if (flags & O_CREAT)
    mode = va_arg (args, mode_t);
  va_end (args);
  return do_open ("open", path, flags, mode);
}

int
open64 (const char *path, int flags, ...)
{
  va_list args;
  mode_t mode = 0;

  va_start (args, flags);
  if (flags & O_CREAT)
    mode = va_arg (args, mode_t);
  va_end (args);
  return do_open ("open64", path, flags, mode);
}

ssize_t
write (int fd, const void *buffer, size_t count)
{
  ssize_t (*real) (int, const void *, size_t) = (ssize_t (*) (int, const void *, size_t)) dlsym (RTLD_NEXT, "write");
  int err;

  if (fd >= 0 && fd < 1024 && tracked[fd] && (err = should_fail (1)) != 0)
    {
      /* Half of it first, as a disk filling up would. */
      if (count > 1)
        real (fd, buffer, count / 2);
      errno = err;
      return -1;
    }
  return real (fd, buffer, count);
}

int
fsync (int fd)
{
  int (*real) (int) = (int (*) (int)) dlsym (RTLD_NEXT, "fsync");
  int err;

  if (fd >= 0 && fd < 1024 && tracked[fd] && (err = should_fail (2)) != 0)
    {
      errno = err;
      return -1;
    }
  return real (fd);
}

int
rename (const char *from, const char *to)
{
  int (*real) (const char *, const char *) = (int (*) (const char *, const char *)) dlsym (RTLD_NEXT, "rename");
  int err;

  if (in_folder (to) && (err = should_fail (3)) != 0)
    {
      errno = err;
      return -1;
    }
  return real (from, to);
}
