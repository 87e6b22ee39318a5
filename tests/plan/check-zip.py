#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Another reader's view of an archive relais-zip.c wrote: Python's zipfile
checks every CRC (testzip), then the names in order, each method, the date
and the bytes of every entry.

  check-zip.py ARCHIVE YEAR MONTH DAY HOUR MINUTE SECOND [NAME METHOD FILE]...

FILE holds what the entry NAME must contain; METHOD is 0 (stored) or 8."""

import sys
import zipfile


def main(argv):
    archive = argv[1]
    date = tuple(int(x) for x in argv[2:8])
    rest = argv[8:]
    expected = [(rest[i], int(rest[i + 1]), rest[i + 2]) for i in range(0, len(rest), 3)]
    problems = []

    with zipfile.ZipFile(archive) as z:
        bad = z.testzip()
        if bad is not None:
            problems.append(f"testzip: {bad!r} is damaged")
        infos = z.infolist()
        names = [info.filename for info in infos]
        if names != [name for name, _, _ in expected]:
            problems.append(f"names {names!r}, expected {[n for n, _, _ in expected]!r}")
        for info, (name, method, path) in zip(infos, expected):
            if info.compress_type != method:
                problems.append(f"{name}: method {info.compress_type}, expected {method}")
            if info.date_time != date:
                problems.append(f"{name}: date {info.date_time}, expected {date}")
            if not name.isascii() and not info.flag_bits & 0x800:
                problems.append(f"{name}: no UTF-8 flag")
            with open(path, "rb") as f:
                if z.read(info) != f.read():
                    problems.append(f"{name}: contents differ")

    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{archive}: {len(expected)} entries read back by zipfile")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
