#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up of the real Relais window against a bare libadwaita window.

Each program is started with RELAIS_BENCH_FIRST_FRAME set; it prints the
monotonic time of its first painted frame and quits. The time from starting
the process to that frame, and the process's peak RSS, are recorded. The
programs run alternately, RUNS rounds after one warm-up round, under the same
display. Prints medians and minima, their ratios to the bare window, and the peak memory.

The realistic case is the reference journey of issue 12: one association in
Lisieux with eight tools, an alternative chosen for each, its commune set,
opened on the Path area (the area a profile opens on).

usage (under Xvfb and a session bus):
    startup.py RELAIS BARE_WINDOW SCHEMA_DIR [RUNS [CASE_WORD...]]
e.g. startup.py … 10 realistic   (the bare window and the realistic case only)
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid


# The reference journey of a small association in Lisieux: eight tools, an
# alternative chosen for each, the commune set (issue 12, part 4).
REALISTIC_TOOLS = [
    ("microsoft-word", "libreoffice-writer", 4), ("microsoft-excel", "libreoffice-calc", 2),
    ("gmail", "thunderbird", 6), ("whatsapp", "signal", 12), ("facebook", "mobilizon", 1),
    ("doodle", "framadate", 3), ("dropbox", "nextcloud", 5), ("zoom", "jitsi-meet", 8),
]


def realistic_profile(pid, name, modified):
    tools = [{
        "tool": tool, "users": users, "note": "", "choice": choice,
        "added": "2026-11-03T09:00:00Z", "status": "to-consider",
        "status_changed": "2026-11-03T09:10:00Z", "noted_by": "",
        "set_aside_reason": "", "yearly_price": None,
    } for tool, choice, users in REALISTIC_TOOLS]
    return {
        "format": "fr.artifaille.Relais.Profile", "version": 2, "id": pid,
        "name": name, "kind": "association",
        "place": {"departement": "14", "postcode": "14100", "commune": "14366"},
        "reasons": {"values": 3, "technical": 2, "financial": 3},
        "tools": tools, "history": [], "own_steps": [],
        "checklist": {"understand.weigh": {"state": "done", "note": ""}},
        "created": "2026-11-01T10:00:00Z", "modified": modified,
    }


def make_home(n_profiles, last, realistic=False):
    home = tempfile.mkdtemp(prefix="relais-bench-")
    profiles = os.path.join(home, "data", "relais", "profiles")
    os.makedirs(profiles)
    ids = []
    for i in range(n_profiles):
        pid = str(uuid.uuid4())
        ids.append(pid)
        modified = f"2026-11-02T11:{i % 60:02d}:00Z"
        name = f"Association numéro {i:03d}"
        doc = realistic_profile(pid, name, modified) if realistic else {
            "format": "fr.artifaille.Relais.Profile", "version": 1, "id": pid,
            "name": name, "kind": "association",
            "departement": "14", "postcode": "14000",
            "reasons": {"values": 3, "technical": 2, "financial": 1},
            "created": "2026-11-01T10:00:00Z", "modified": modified,
        }
        with open(os.path.join(profiles, pid + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
    settings = os.path.join(home, "config", "glib-2.0", "settings")
    os.makedirs(settings)
    with open(os.path.join(settings, "keyfile"), "w") as f:
        f.write("[fr/artifaille/Relais]\n")
        if last and ids:
            f.write(f"last-profile='{ids[0]}'\n")
    return home


def run_once(binary, home, schemas):
    env = dict(os.environ,
               RELAIS_BENCH_FIRST_FRAME="1",
               XDG_DATA_HOME=os.path.join(home, "data"),
               XDG_CONFIG_HOME=os.path.join(home, "config"),
               GSETTINGS_BACKEND="keyfile",
               GSETTINGS_SCHEMA_DIR=schemas,
               GDK_BACKEND="x11",
               NO_AT_BRIDGE="1")
    start = time.monotonic_ns() // 1000
    process = subprocess.Popen([binary], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    first = None
    for line in process.stdout:
        if line.startswith(b"first-frame "):
            first = int(line.split()[1])
    _, status, usage = os.wait4(process.pid, 0)
    if first is None or status != 0:
        raise SystemExit(f"{binary} did not report a first frame (status {status})")
    return (first - start) / 1000.0, usage.ru_maxrss / 1024.0


def main():
    relais, bare, schemas = sys.argv[1:4]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 15
    # Case names given after RUNS keep only those cases (and the bare window).
    only = sys.argv[5:]
    cases = [
        ("bare libadwaita window", bare, make_home(0, False)),
        ("Relais, first start (welcome page)", relais, make_home(0, False)),
        ("Relais, one profile opened", relais, make_home(1, True)),
        ("Relais, 500 profiles, the last one opened", relais, make_home(500, True)),
        ("Relais, realistic profile (8 tools, commune), Path area", relais, make_home(1, True, True)),
    ]
    made = list(cases)
    if only:
        cases = [case for i, case in enumerate(cases) if i == 0 or any(o in case[0] for o in only)]
    times = {name: [] for name, _, _ in cases}
    memory = {name: [] for name, _, _ in cases}
    try:
        for round_ in range(runs + 1):
            for name, binary, home in cases:
                ms, rss = run_once(binary, home, schemas)
                if round_ > 0:          # the first round only warms the caches
                    times[name].append(ms)
                    memory[name].append(rss)
        for name, _, home in cases:
            # A profile Relais could not read is set aside and the welcome page
            # measured instead: that is no measure of the case.
            profiles = os.path.join(home, "data", "relais", "profiles")
            if os.path.isdir(profiles) and any(".damaged-" in f for f in os.listdir(profiles)):
                raise SystemExit(f"{name}: Relais set its profile aside as damaged")
    finally:
        for _, _, home in made:
            shutil.rmtree(home, ignore_errors=True)

    bare_ms = statistics.median(times[cases[0][0]])
    bare_min = min(times[cases[0][0]])
    bare_rss = statistics.median(memory[cases[0][0]])
    # On a shared machine the other programs only ever add time: the
    # minimum is the least disturbed figure, the median the usual one.
    print(f"{runs} rounds after one warm-up round: medians, and minima")
    print("| case | first frame (ms) | ratio to bare | minimum (ms) | ratio of minima "
          "| peak RSS (MiB) | RSS over bare (MiB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, _, _ in cases:
        ms = statistics.median(times[name])
        least = min(times[name])
        rss = statistics.median(memory[name])
        print(f"| {name} | {ms:.1f} | {ms / bare_ms:.2f} | {least:.1f} | {least / bare_min:.2f} "
              f"| {rss:.1f} | {rss - bare_rss:+.1f} |")


if __name__ == "__main__":
    main()
