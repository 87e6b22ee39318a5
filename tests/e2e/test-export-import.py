#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Export a profile and import it back as a copy, end to end, by keyboard.

An association with three tools (statuses, a choice, a note) exports its
profile through the file chooser (Shift+Ctrl+E, a path typed, Enter): the file
is there and is the same profile. Importing it back (Ctrl+O, Ctrl+L, the path,
Enter) finds that this profile is already here: "Keep Both" imports a copy
beside it, the profile switcher lists both, and the copy has the same tools.

Without a file chooser portal on the test's session bus, GtkFileChooserNative
falls back to GTK's own file chooser dialog, which AT-SPI can drive.

usage (inside Xvfb + dbus-run-session + AT-SPI bus, see run-e2e):
    test-export-import.py RELAIS_BINARY SCHEMA_DIR
"""
import json
import os
import sys

from dogtail import rawinput

from relais_e2e import App, run_test, tap

PROFILE_ID = "3f9d2b64-1c7e-4a85-b0d3-6e2a9c4f1b57"
NAME = "Ressourcerie du Bocage"
COPY_NAME = NAME + " (imported)"
ADDED = "2026-11-03T09:00:00Z"
PROFILE = {
    "format": "fr.artifaille.Relais.Profile", "version": 1, "id": PROFILE_ID,
    "name": NAME, "kind": "association",
    "departement": "14", "postcode": "14500",
    "reasons": {"values": 2, "technical": 1, "financial": 3},
    "tools": [
        {"tool": "microsoft-word", "users": 3, "choice": "libreoffice-writer", "added": ADDED,
         "status": "adopted", "status_changed": "2026-11-10T18:00:00Z", "noted_by": "Camille"},
        {"tool": "whatsapp", "choice": "signal", "added": ADDED, "status": "trying",
         "note": "Le groupe des bénévoles"},
        {"tool": "doodle", "added": ADDED},
    ],
    "history": [
        {"at": "2026-11-10T18:00:00Z", "tool": "microsoft-word", "what": "status",
         "from": "trying", "to": "adopted"},
    ],
    "checklist": {"understand.weigh": {"state": "done", "note": ""}},
    "created": "2026-11-01T10:00:00Z", "modified": "2026-11-01T10:00:00Z",
}
TOOL_NAMES = ("Microsoft Word", "WhatsApp", "Doodle")


DEFAULTS = {"tool": None, "users": 1, "choice": None, "status": "to-consider", "note": "", "noted_by": ""}


def tools_of(document):
    """What must survive the trip: each tool and what was said about it (the
    members left out of PROFILE are written with their defaults)."""
    return [{k: t.get(k, v) for k, v in DEFAULTS.items()} for t in document.get("tools", [])]


def read_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def chooser_text(app, window, name):
    """The focused text field of the file chooser: GTK's dialog puts the
    focus on the file name (saving) or the location typed (after Ctrl+L)."""
    return app.find(lambda n: n.roleName == "text" and n.name == name and n.focused,
                    f"the file chooser's field “{name}” has the focus", within=window)


def export(app, path):
    app.key_until("<Shift><Control>e",
                  lambda: [w for w in app.windows() if w.name == "Export the Profile"],
                  "Shift+Ctrl+E opens the file chooser to export")
    chooser = app.window("Export the Profile")
    entry = chooser_text(app, chooser, "Name:")
    app.set_text(entry, path)
    rawinput.pressKey("Return")
    app.wait_for(lambda: not [w for w in app.windows() if w.name == "Export the Profile"],
                 "the file chooser closes")
    return app.wait_for(lambda: read_json(path), "the exported file is written and reads as JSON")


def import_back(app, path):
    app.key_until("<Control>o",
                  lambda: [w for w in app.windows() if w.name == "Import a Profile"],
                  "Ctrl+O opens the file chooser to import")
    chooser = app.window("Import a Profile")
    location = app.key_until("<Control>l",
                             lambda: (app.find_all(lambda n: n.roleName == "text" and n.focused
                                                   and n.name == "GtkFileChooserEntry", chooser)
                                      or [None])[0],
                             "Ctrl+L lets a location be typed")
    app.set_text(location, path)
    rawinput.pressKey("Return")
    keep_both = app.button("_Keep Both")
    tap.check(True, "importing the same profile again asks before keeping both")
    app.click(keep_both)
    app.wait_for(lambda: app.find_all(lambda n: n.roleName == "label" and n.name == COPY_NAME),
                 "the window shows the imported copy")


def switcher_names(app):
    """The profiles the header bar's switcher lists, opened with the keyboard
    (Tab to the button, space), as a keyboard user would."""
    # A GtkMenuButton shows as a button holding the toggle button that takes
    # the focus; both carry the accessible label.
    button = app.find(lambda n: n.roleName in ("push button", "toggle button") and n.name == "Switch Profile"
                      and "click" in n.actions, "the profile switcher's button is there")
    app.press(button, "space")
    listing = app.find(lambda n: n.roleName == "list" and n.name == "Profiles",
                       "the profile switcher shows its list")
    names = app.wait_for(lambda: sorted(n.name for n in app.find_all(lambda n: n.roleName == "list item", listing)
                                        if n.name) or None,
                         "the profile switcher lists profiles")
    rawinput.pressKey("Escape")
    app.wait_for(lambda: not listing.showing, "Escape closes the profile switcher", timeout=5)
    return names


def tool_rows(app):
    """The names of the profile's tools that the Tools area lists."""
    return {n.name for n in app.find_all(lambda n: n.roleName == "list item" and n.name in TOOL_NAMES)}


def walk(binary, env, profiles):
    outside = os.path.join(os.path.dirname(env["XDG_DATA_HOME"]), "usb-key")
    os.makedirs(outside)
    exported_path = os.path.join(outside, "bocage.relais")
    original = PROFILE

    with App(binary, env) as app:
        app.wait_for(lambda: app.find_all(lambda n: n.roleName == "label" and n.name == NAME), "the profile opens")

        exported = export(app, exported_path)
        tap.check(True, "the profile is exported through the file chooser by keyboard")
        tap.check(exported.get("format") == "fr.artifaille.Relais.Profile" and exported.get("version") == 3,
                  "the exported file is a Relais profile document", exported.get("format"))
        tap.check(exported.get("name") == NAME and exported.get("id") == PROFILE_ID,
                  "the exported file holds the profile's name and id", (exported.get("name"), exported.get("id")))
        tap.check(tools_of(exported) == tools_of(original), "the exported file holds the tools and their statuses",
                  tools_of(exported))

        import_back(app, exported_path)
        files = app.wait_for(lambda: [f for f in os.listdir(profiles) if f.endswith(".json")]
                             if len([f for f in os.listdir(profiles) if f.endswith(".json")]) == 2 else None,
                             "the copy is saved beside the profile")
        tap.check(PROFILE_ID + ".json" in files, "the profile already here is still there", files)
        names = switcher_names(app)
        tap.check(names == sorted([NAME, COPY_NAME]), "the profile switcher lists the profile and its copy", names)
        app.key_until("<Alt>2", lambda: tool_rows(app) == set(TOOL_NAMES),
                      "the Tools area lists the copy's tools")
        tap.check(True, "the copy shows the same tools in the Tools area")
        app.screenshot("export-import")
        app.quit()

    copies = [f for f in os.listdir(profiles) if f.endswith(".json") and f != PROFILE_ID + ".json"]
    copy = read_json(os.path.join(profiles, copies[0])) if len(copies) == 1 else None
    tap.check(copy is not None and copy.get("id") != PROFILE_ID and copy.get("name") == COPY_NAME,
              "the copy has an id of its own and says it was imported", copy and (copy.get("id"), copy.get("name")))
    tap.check(copy is not None and tools_of(copy) == tools_of(original),
              "the copy has the same tools, statuses, choices and notes", copy and tools_of(copy))
    kept = read_json(os.path.join(profiles, PROFILE_ID + ".json"))
    tap.check(kept is not None and kept.get("name") == NAME and tools_of(kept) == tools_of(original),
              "the profile already here was not written over", kept and kept.get("name"))


if __name__ == "__main__":
    sys.exit(run_test(walk, PROFILE))
