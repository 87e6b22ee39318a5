#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The first journey, end to end, through the accessibility bus.

Starts the real relais binary with an empty data folder, creates a profile
the way a volunteer would (button, typing, choosing, Create), quits, checks the
JSON document on disk, starts relais again and finds the profile open.

usage (inside Xvfb + dbus-run-session + AT-SPI bus, see run-e2e):
    test-first-journey.py RELAIS_BINARY SCHEMA_DIR
"""
import json
import os
import sys

from relais_e2e import App, run_test, tap

NAME = "Les Ateliers du Vélo « Rustine »"


def create_profile(app):
    app.click(app.button("Start a Journey"))
    editor = app.window("New Profile")
    create = app.button("Create", within=editor)
    tap.check(not create.sensitive, "Create is disabled while the name is empty")

    app.set_text(app.entry("Name", within=editor), NAME)
    app.wait_for(lambda: create.sensitive, "Create is enabled once a name is typed")
    app.choose(app.check_box("An informal collective", within=editor))
    app.set_text(app.entry("Postcode (optional)", within=editor), "50100")
    app.wait_for(lambda: app.find_all(lambda n: n.name == "Manche (50)" and n.roleName == "label", within=editor),
                 "the postcode 50100 selects the département Manche")
    tap.check(create.sensitive, "Create is still enabled with a valid postcode")
    app.screenshot("new-profile")
    app.click(create)
    app.wait_for(lambda: not [w for w in app.windows() if w.name == "New Profile"],
                 "the New Profile window closes")
    app.wait_for(lambda: app.find_all(lambda n: n.name == NAME),
                 "the window shows the new profile")


def check_document(data_home):
    folder = os.path.join(data_home, "relais", "profiles")
    files = [f for f in os.listdir(folder) if f.endswith(".json")]
    tap.check(len(files) == 1, "one profile file on disk", files)
    with open(os.path.join(folder, files[0]), encoding="utf-8") as f:
        doc = json.load(f)
    tap.check(doc.get("format") == "fr.artifaille.Relais.Profile" and doc.get("version") == 3,
              "the document has its format name and version", doc)
    tap.check(doc.get("name") == NAME, "the name is saved as typed", doc.get("name"))
    tap.check(doc.get("kind") == "collective", "the kind is saved as its stable id", doc.get("kind"))
    place = doc.get("place", {})
    tap.check(place.get("postcode") == "50100" and place.get("departement") == "50",
              "the postcode and its département are saved", doc)
    tap.check(files[0] == doc.get("id") + ".json", "the file is named after the profile's id")
    leftovers = [f for f in os.listdir(folder) if not f.endswith((".json", ".json~"))]
    tap.check(not leftovers, "no temporary file is left in the folder", leftovers)


def journey(binary, env, profiles):
    with App(binary, env) as app:
        create_profile(app)
        app.screenshot("first-journey")
        app.quit()
    check_document(env["XDG_DATA_HOME"])

    with App(binary, env) as app:
        app.wait_for(lambda: app.find_all(lambda n: n.name == NAME),
                     "on the next start the last profile opens")
        tap.check(not app.find_all(lambda n: n.name.startswith("_Start a Journey")
                                   and n.showing),
                  "the welcome page is not shown")
        app.quit()


if __name__ == "__main__":
    sys.exit(run_test(journey))
