#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Taking stock and choosing, end to end, through the accessibility bus.

An association that weighs money most opens the Tools area, types "word",
adds Microsoft Word, sees LibreOffice Writer ranked first in the tool's own
line, chooses it there with one click, quits; the choice is in the JSON
document; at the next start it is still there.

usage (inside Xvfb + dbus-run-session + AT-SPI bus, see run-e2e):
    test-choose-alternative.py RELAIS_BINARY SCHEMA_DIR
"""
import json
import os
import sys
import uuid

from relais_e2e import App, run_test, tap

PROFILE_ID = str(uuid.UUID("5b1f0d7e-2c4a-4e8f-9d3b-7a6c5e4f3a21"))


PROFILE = {
    "format": "fr.artifaille.Relais.Profile", "version": 1, "id": PROFILE_ID,
    "name": "Amicale des cyclistes", "kind": "association",
    "departement": "14", "postcode": "14000",
    "reasons": {"values": 1, "technical": 1, "financial": 3},
    "created": "2026-11-01T10:00:00Z", "modified": "2026-11-01T10:00:00Z",
}


BEST = "Best for you: "


def first_alternative(app):
    """The alternative the tool's one line suggests."""
    listing = app.find(lambda n: n.roleName == "list" and n.name == "Your Tools", "the profile's tools are listed")
    said = [n.name for n in app.find_all(lambda n: n.roleName == "label" and (n.name or "").startswith(BEST), listing)]
    return said[0][len(BEST):] if said else None


def choose(binary, env, profiles):
    with App(binary, env) as app:
        app.wait_for(lambda: app.find_all(lambda n: n.name == "Amicale des cyclistes"), "the profile opens")
        search = app.key_until("<Alt>2", lambda: (app.find_all(
            lambda n: n.roleName in ("text", "entry") and n.name == "Search for a tool") or [None])[0],
            "the Tools area shows its search")
        app.set_text(search, "word")
        app.click(app.button("Add Microsoft Word"))
        first = app.wait_for(lambda: first_alternative(app), "the alternatives are ranked")
        tap.check(first == "LibreOffice Writer", "LibreOffice Writer comes first when money matters most", first)
        app.screenshot("choose-alternative")
        listing = app.find(lambda n: n.roleName == "list" and n.name == "Your Tools", "the profile's tools are listed")
        app.click(app.button("Choose LibreOffice Writer", listing))
        app.wait_for(lambda: app.find_all(lambda n: n.name == "Chosen: LibreOffice Writer"),
                     "the row says what was chosen")
        app.quit()

    with open(os.path.join(profiles, PROFILE_ID + ".json"), encoding="utf-8") as f:
        tools = json.load(f).get("tools", [])
    tap.check(len(tools) == 1 and tools[0].get("tool") == "microsoft-word",
              "the tool used today is saved by its id", tools)
    tap.check(tools and tools[0].get("choice") == "libreoffice-writer",
              "the choice is saved by its id", tools)

    with App(binary, env) as app:
        app.wait_for(lambda: app.find_all(lambda n: n.name == "Amicale des cyclistes"), "the profile opens again")
        app.key_until("<Alt>2", lambda: app.find_all(lambda n: n.name == "Chosen: LibreOffice Writer"),
                      "after a restart the choice is still there")
        tap.check(True, "the choice survives a restart")
        app.quit()


if __name__ == "__main__":
    sys.exit(run_test(choose, PROFILE))
