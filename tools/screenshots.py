#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Takes the screenshots of the README and of a review: the welcome page, the
New Profile window filled in, and the Path area, in one language.

usage (inside Xvfb + dbus-run-session + AT-SPI bus; tools/take-screenshots
does all that):  screenshots.py RELAIS_BINARY SCHEMA_DIR OUT_DIR
Set LANGUAGE=fr for French.
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "e2e"))
from relais_e2e import App  # noqa: E402

FRENCH = os.environ.get("LANGUAGE", "").startswith("fr")
T = {
    "start": "Commencer un parcours" if FRENCH else "Start a Journey",
    "new": "Nouveau profil" if FRENCH else "New Profile",
    "name": "Nom" if FRENCH else "Name",
    "postcode": "Code postal (facultatif)" if FRENCH else "Postcode (optional)",
    "kind": "Une ressourcerie ou une structure de réemploi" if FRENCH else "A ressourcerie or reuse structure",
    "create": "Créer" if FRENCH else "Create",
}


def shot(out, name):
    subprocess.run(["import", "-window", "root", os.path.join(out, name + ".png")], check=True)


def main():
    binary, schemas, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    home = tempfile.mkdtemp()
    config = os.path.join(home, "config", "glib-2.0", "settings")
    os.makedirs(config)
    with open(os.path.join(config, "keyfile"), "w") as f:
        f.write("[fr/artifaille/Relais]\nwindow-width=1000\nwindow-height=700\n")
    env = {"XDG_DATA_HOME": os.path.join(home, "data"), "XDG_CONFIG_HOME": os.path.join(home, "config"),
           "GSETTINGS_BACKEND": "keyfile", "GSETTINGS_SCHEMA_DIR": schemas}
    try:
        with App(binary, env) as app:
            app.wait_for(lambda: app.find_all(lambda n: n.roleName == "push button"), "the window is drawn")
            shot(out, "welcome")
            app.click(app.button(T["start"]))
            editor = app.window(T["new"])
            app.set_text(app.entry(T["name"], within=editor), "Ressourcerie La Boussole")
            app.choose(app.check_box(T["kind"], within=editor))
            app.set_text(app.entry(T["postcode"], within=editor), "14000")
            shot(out, "new-profile")
            app.click(app.button(T["create"], within=editor))
            app.wait_for(lambda: not [w for w in app.windows() if w.name == T["new"]], "the editor closes")
            app.wait_for(lambda: app.find_all(lambda n: n.name == "Ressourcerie La Boussole"), "the profile shows")
            shot(out, "path")
            app.quit()
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
