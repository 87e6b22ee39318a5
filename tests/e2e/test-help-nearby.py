#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Help Nearby, end to end, in French.

An association of the Calvados sets its commune by typing "caen" and Enter;
the digital help places of Caen come first, nearest first, with their
opening hours; it keeps only the places that help to "Prendre en main un
ordinateur"; it opens the nearest one and sees its hours, what it offers and
where the facts come from; the commune is saved in the profile.

usage (inside Xvfb + dbus-run-session + AT-SPI bus, see run-e2e):
    test-help-nearby.py RELAIS_BINARY SCHEMA_DIR
"""
import json
import os
import re
import time

from dogtail import rawinput

from relais_e2e import App, Failure, run_test, tap

PROFILE_ID = "3e8b9c1d-6f2a-4d7e-b5c4-1a2b3c4d5e6f"
PROFILE = {
    "format": "fr.artifaille.Relais.Profile", "version": 2, "id": PROFILE_ID,
    "name": "Jardins partagés de la Prairie", "kind": "association",
    "place": {"departement": "14", "postcode": "", "commune": ""},
    "reasons": {"values": 3, "technical": 1, "financial": 2},
    "created": "2026-11-01T10:00:00Z", "modified": "2026-11-01T10:00:00Z",
}
SERVICE = "Prendre en main un ordinateur"
# The second line of a place's row: "0.4 km · Caen", then its hours, then
# its kind when it has a national label.
PLACE_LINE = re.compile(r"^([0-9]+[.,][0-9])\s*km · ([^\n]+)\n([^\n]+)(?:\n[^\n]+)?$")
HOURS = re.compile(r"^(Ouvert|Ouvre|Fermé|Horaires)")


def place_rows(app):
    """The places shown, in order: (row, distance, commune, hours)."""
    rows = []
    for label in app.find_all(lambda n: n.roleName == "label" and PLACE_LINE.match(n.name or "")):
        distance, commune, hours = PLACE_LINE.match(label.name).groups()
        rows.append((list_item_of(label), float(distance.replace(",", ".")), commune, hours))
    return rows


def list_item_of(node):
    while node is not None and node.roleName != "list item":
        node = node.parent
    return node


def item_text(item):
    labels = [n for n in item.findChildren(lambda n: n.roleName == "label")]
    return labels[0].name if labels else None


def choose_service(app):
    """Opens the "Aide pour" combo row with the keyboard and moves down its
    list until the wanted service has the focus, as a keyboard user would.
    Its list selects what the pointer hovers: the pointer is first moved out
    of the window (Xvfb leaves it in the middle of the screen), never used
    to click."""
    combo = app.find(lambda n: n.roleName == "combo box" and n.name == "Aide pour", "the filter on services")
    rawinput.absoluteMotion(1270, 1015)
    app.press(combo, "space")
    listing = app.wait_for(lambda: ([n for n in app.find_all(lambda n: n.roleName == "list" and n.name == "GtkListView")
                                     if any(item_text(c) == SERVICE for c in n.children)] or [None])[0],
                           "the list of services opens")
    tap.check(item_text(listing.children[0]) == "Tout", "the filter starts with everything",
              item_text(listing.children[0]))
    time.sleep(0.5)
    for _ in range(len(listing.children)):
        focused = [item_text(c) for c in listing.children if c.focused]
        if focused == [SERVICE]:
            rawinput.pressKey("Return")
            time.sleep(0.5)
            # Without a window manager the keyboard goes where the pointer
            # is: back over the header bar, where hovering does nothing.
            rawinput.absoluteMotion(450, 20)
            return
        rawinput.pressKey("Down")
        time.sleep(0.3)
    raise Failure(f"could not reach “{SERVICE}” in the list of services")


def nearby(binary, env, profiles):
    env = dict(env, LANGUAGE="fr")
    with App(binary, env) as app:
        app.wait_for(lambda: app.find_all(lambda n: n.name == PROFILE["name"]), "the profile opens")
        entry = app.key_until("<Alt>3", lambda: (app.find_all(
            lambda n: n.roleName in ("text", "entry") and n.name == "Commune ou code postal") or [None])[0],
            "Help Nearby shows where the user is")
        app.set_text(entry, "caen")
        app.tab_to(entry)
        rawinput.pressKey("Return")
        app.wait_for(lambda: app.find_all(lambda n: (n.name or "").startswith("Caen (14000)")),
                     "Caen is chosen")

        rows = app.wait_for(lambda: place_rows(app) or None, "the places are listed")
        tap.check(len(rows) == 10, "ten places are shown, with more a click away", len(rows))
        tap.check(all(commune == "Caen" for _, _, commune, _ in rows[:5]),
                  "the five nearest places are in Caen", [r[2] for r in rows])
        distances = [d for _, d, _, _ in rows]
        tap.check(distances == sorted(distances), "nearest first", distances)
        tap.check(all(HOURS.match(hours) for _, _, _, hours in rows),
                  "each place says whether it is open, or that its hours are not published",
                  [r[3] for r in rows])
        tap.check(any(hours.startswith(("Ouvert", "Ouvre")) for _, _, _, hours in rows),
                  "opening hours are read and put in words", [r[3] for r in rows])
        app.screenshot("help-nearby")

        before = [r[1:] for r in rows]
        choose_service(app)
        filtered = app.wait_for(lambda: (lambda r: r if r and [x[1:] for x in r] != before else None)(place_rows(app)),
                                "the list follows the filter")
        tap.check(filtered[0][2] == "Caen", "the nearest place that helps with a computer is in Caen",
                  filtered[0][2])

        first_row = filtered[0][0]
        app.tab_to(first_row)
        rawinput.pressKey("Return")
        details = app.wait_for(lambda: (app.find_all(
            lambda n: n.roleName == "label" and n.name == "Horaires d’ouverture") or [None])[0],
            "the place opens in its own window")
        tap.check(details is not None, "the details show the opening hours")
        tap.check(bool(app.find_all(lambda n: n.roleName == "label" and SERVICE in (n.name or ""))),
                  "the details list the help with a computer")
        tap.check(bool(app.find_all(lambda n: (n.name or "").startswith("Informations du ")
                                    and (n.name or "").endswith("appelez avant de vous déplacer."))),
                  "the details say when the place's facts were updated, in words, and to call first")
        app.screenshot("help-nearby-details")
        rawinput.pressKey("Escape")
        time.sleep(0.5)
        app.quit()

    with open(os.path.join(profiles, PROFILE_ID + ".json"), encoding="utf-8") as f:
        place = json.load(f).get("place", {})
    tap.check(place == {"departement": "14", "postcode": "14000", "commune": "14118"},
              "the commune, its postcode and its département are saved", place)


if __name__ == "__main__":
    raise SystemExit(run_test(nearby, PROFILE))
