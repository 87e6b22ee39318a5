#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The path and its progress, end to end, with the keyboard only.

An association with two tools ticks two steps of the first stage, says that
it has adopted LibreOffice Writer instead of Word and is trying Signal instead
of WhatsApp; the Progress area moves; it quits; the JSON document holds all of
it; at the next start the steps are still ticked and the statuses still set.

usage (inside Xvfb + dbus-run-session + AT-SPI bus, see run-e2e):
    test-path-progress.py RELAIS_BINARY SCHEMA_DIR
"""
import json
import os
import sys
import time

from dogtail import rawinput

from relais_e2e import App, run_test, tap

PROFILE_ID = "7c2e4a10-9b3d-4f5e-8a61-2d4c6b8e0f13"
STATUSES = ("To consider", "Trying", "Adopted", "Migrated", "Set aside")
STEPS = ("Talk about it with the people you work with",
         "Read April’s “Guide Libre Association”")


ADDED = "2026-11-03T09:00:00Z"
PROFILE = {
    "format": "fr.artifaille.Relais.Profile", "version": 1, "id": PROFILE_ID,
    "name": "Ressourcerie du Bocage", "kind": "association",
    "departement": "14", "postcode": "14500",
    "reasons": {"values": 2, "technical": 1, "financial": 3},
    "tools": [
        {"tool": "microsoft-word", "users": 3, "choice": "libreoffice-writer", "added": ADDED},
        {"tool": "whatsapp", "choice": "signal", "added": ADDED},
    ],
    "created": "2026-11-01T10:00:00Z", "modified": "2026-11-01T10:00:00Z",
}


def show_area(app, shortcut, predicate, description):
    return app.key_until(shortcut, lambda: (app.find_all(predicate) or [None])[0], description)


def step_box(app, label):
    return app.find(lambda n: n.roleName == "check box" and n.name == label, f"the step “{label}” is listed")


def tool_row(app, name):
    """The line of a tool of the profile (not of the catalogue) and the
    expander row around it. An expander row shows as a list item holding the
    line's list and, beside it, the list of its rows."""
    listing = app.find(lambda n: n.roleName == "list" and n.name == "Your Tools", "the profile's tools are listed")
    header = app.find(lambda n: n.roleName == "list item" and n.name == name, f"“{name}” is among the tools of the profile",
                      listing)
    return header, header.parent.parent.parent


def status_in_line(app, name):
    """Where the tool stands, as its one line says it."""
    header, _ = tool_row(app, name)
    said = [n.name for n in app.find_all(lambda n: n.roleName == "label" and n.name in STATUSES, header)]
    return said[0] if said else None


def status_of(app, combo):
    labels = [n.name for n in app.find_all(lambda n: n.roleName == "label", combo)]
    return labels[-1] if labels else None


def set_status(app, name, downs, expected):
    row, expander = tool_row(app, name)
    app.press(row, "space")           # opens the row: its details are made
    combo = app.find(lambda n: n.roleName == "combo box" and n.name == "Where it stands",
                     f"the details of “{name}” say where it stands", expander)
    app.press(combo, "Return")        # opens the list of statuses
    for _ in range(downs):
        rawinput.pressKey("Down")
        time.sleep(0.15)
    rawinput.pressKey("Return")
    app.wait_for(lambda: status_of(app, combo) == expected, f"“{name}” is “{expected}”", timeout=5)
    app.wait_for(lambda: status_in_line(app, name) == expected, f"the line of “{name}” says “{expected}”", timeout=5)


def progress_text(app, bar_name):
    """The text beside a progress bar: "1 of 2 done"."""
    bar = app.find(lambda n: n.roleName == "progress bar" and n.name == bar_name,
                   f"the progress of “{bar_name}” is drawn")
    siblings = list(bar.parent.children)
    index = siblings.index(bar)
    return siblings[index + 1].name if index + 1 < len(siblings) else None


def walk(binary, env, profiles):
    with App(binary, env) as app:
        app.wait_for(lambda: app.find_all(lambda n: n.name == "Ressourcerie du Bocage"), "the profile opens")
        show_area(app, "<Alt>4", lambda n: n.roleName == "progress bar" and n.name == "Adopted",
                  "the Progress area shows")
        tap.check(progress_text(app, "Adopted") == "0 of 2", "no tool is done yet",
                  progress_text(app, "Adopted"))
        tap.check(progress_text(app, "Chosen") == "2 of 2", "both tools' choices count as chosen",
                  progress_text(app, "Chosen"))
        tap.check(progress_text(app, "Understand") == "0 of 3 done", "no step is done yet",
                  progress_text(app, "Understand"))

        stage = show_area(app, "<Alt>1", lambda n: n.roleName == "list item" and n.name == "Understand",
                          "the Path shows its stages")
        app.press(stage, "space")
        for label in STEPS:
            box = step_box(app, label)
            app.press(box, "space")
            app.wait_for(lambda: box.checked, f"“{label}” is ticked", timeout=5)
        tap.check(True, "two steps of Understand are ticked with the keyboard")

        show_area(app, "<Alt>2", lambda n: n.roleName == "entry" and n.name == "Search for a tool",
                  "the Tools area shows")
        set_status(app, "Microsoft Word", 2, "Adopted")
        set_status(app, "WhatsApp", 1, "Trying")
        tap.check(True, "two tools' statuses are set with the keyboard")

        show_area(app, "<Alt>4", lambda n: n.roleName == "progress bar" and n.name == "Adopted",
                  "the Progress area shows again")
        app.wait_for(lambda: progress_text(app, "Adopted") == "1 of 2",
                     "the progress counts the adopted tool", timeout=5)
        tap.check(True, "the progress of the tools moves to 1 of 2 adopted")
        tap.check(progress_text(app, "Trying") == "2 of 2", "the adopted and the tried tool count as tried",
                  progress_text(app, "Trying"))
        tap.check(progress_text(app, "Understand") == "2 of 3 done", "the stage counts the ticked steps",
                  progress_text(app, "Understand"))
        # No price of Microsoft 365 was read on Microsoft's own page: nothing
        # is counted rather than a price from elsewhere (the basis says why).
        tap.check(bool(app.find_all(lambda n: n.roleName == "label" and n.name == "0 € a year")),
                  "Word's subscription, with no price from its vendor, counts nothing")
        app.screenshot("path-progress")
        app.quit()

    with open(os.path.join(profiles, PROFILE_ID + ".json"), encoding="utf-8") as f:
        document = json.load(f)
    statuses = {t.get("tool"): t.get("status") for t in document.get("tools", [])}
    tap.check(statuses == {"microsoft-word": "adopted", "whatsapp": "trying"},
              "the statuses are saved by id", statuses)
    done = sorted(k for k, v in document.get("checklist", {}).items()
                  if (v.get("state") if isinstance(v, dict) else v) == "done")
    tap.check(len(done) == 2, "the two ticked steps are saved", document.get("checklist"))
    whats = [h for h in document.get("history", []) if h.get("what") == "status"]
    tap.check(len(whats) == 2, "the history keeps both changes of status", whats)

    with App(binary, env) as app:
        app.wait_for(lambda: app.find_all(lambda n: n.name == "Ressourcerie du Bocage"), "the profile opens again")
        stage = show_area(app, "<Alt>1", lambda n: n.roleName == "list item" and n.name == "Understand",
                          "the Path shows its stages again")
        app.press(stage, "space")         # a stage makes its rows when first opened
        tap.check(all(step_box(app, label).checked for label in STEPS),
                  "after a restart the steps are still ticked")
        show_area(app, "<Alt>2", lambda n: n.roleName == "entry" and n.name == "Search for a tool",
                  "the Tools area shows again")
        word = app.wait_for(lambda: status_in_line(app, "Microsoft Word"), "the line of Microsoft Word says where it stands")
        whatsapp = app.wait_for(lambda: status_in_line(app, "WhatsApp"), "the line of WhatsApp says where it stands")
        tap.check((word, whatsapp) == ("Adopted", "Trying"), "after a restart the statuses are still set",
                  (word, whatsapp))
        app.quit()


if __name__ == "__main__":
    sys.exit(run_test(walk, PROFILE))
