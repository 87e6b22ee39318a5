#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Share with Your Team, in French, as a volunteer does it: the main menu,
Partager avec votre équipe…, the name typed once, Choisir le dossier…, a
folder chosen in the file chooser (Ctrl+L and its path typed, which stands
for a click on it), Partager ici. The profile's file is then in that folder
and the profile switcher says so. The user's actions are counted and
printed; RELAIS_SCREENSHOT_DIR keeps a screenshot of each screen, and
RELAIS_E2E_WINDOW ("W H") sets the window size.

Without a file chooser portal on the test's session bus, GtkFileChooserNative
falls back to GTK's own dialog, which AT-SPI can drive."""

import os
import time

from dogtail import rawinput

from relais_e2e import App, Failure, run_test, tap

PROFILE_ID = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
PROFILE = {
    "format": "fr.artifaille.Relais.Profile", "version": 2, "id": PROFILE_ID,
    "name": "Ressourcerie du Bocage", "kind": "association",
    "place": {"departement": "50", "postcode": "", "commune": ""},
    "reasons": {"values": 3, "technical": 1, "financial": 2},
    "created": "2026-11-01T10:00:00Z", "modified": "2026-11-01T10:00:00Z",
}
# Menu, Partager…, Choisir le dossier…, the folder, Partager ici.
LIMIT = 5


class Counter:
    def __init__(self, app):
        self.app = app
        self.actions = 0

    def click(self, node):
        self.actions += 1
        self.app.click(node)



def share(binary, env, profiles):
    home = os.path.dirname(env["XDG_DATA_HOME"])
    folder = os.path.join(home, "Nextcloud", "Association")
    os.makedirs(folder)
    width, height = os.environ.get("RELAIS_E2E_WINDOW", "1000 700").split()
    settings = os.path.join(env["XDG_CONFIG_HOME"], "glib-2.0", "settings", "keyfile")
    with open(settings, "w") as f:
        f.write(f"[fr/artifaille/Relais]\nlast-profile='{PROFILE_ID}'\n"
                f"window-width={width}\nwindow-height={height}\n")
    env = dict(env, LANGUAGE="fr")

    with App(binary, env) as app:
        count = Counter(app)
        app.find(lambda n: n.roleName == "label" and n.name == PROFILE["name"],
                 "the window shows the profile")

        menu = app.find(lambda n: n.roleName in ("push button", "toggle button") and n.name == "Menu principal"
                        and "click" in n.actions, "the main menu's button is there")
        count.click(menu)
        item = app.find(lambda n: (n.name or "").replace("_", "").startswith("Partager avec votre équipe"),
                        "the main menu offers to share with the team")
        app.screenshot("share-1-menu")
        count.click(item)

        dialog = app.window("Partager avec votre équipe")
        app.screenshot("share-2-explained")
        name = app.find(lambda n: n.roleName in ("text", "entry") and n.name == "Votre nom",
                        "the dialog asks for the member's name", within=dialog)
        app.set_text(name, "Camille")
        count.click(app.button("_Choisir le dossier…", within=dialog))

        chooser = app.window("Choisir le dossier partagé")
        count.actions += 1
        location = app.key_until("<Control>l",
                                 lambda: (app.find_all(lambda n: n.roleName == "text" and n.focused
                                                       and n.name == "GtkFileChooserEntry", chooser)
                                          or [None])[0],
                                 "Ctrl+L lets a location be typed")
        app.set_text(location, folder + "/")
        time.sleep(0.5)
        app.screenshot("share-3-chooser")
        count.click(app.button("_Partager ici", within=chooser))

        target = os.path.join(folder, PROFILE_ID + ".json")
        app.wait_for(lambda: os.path.exists(target), "the profile's file is in the shared folder")
        tap.check(not os.path.exists(os.path.join(profiles, PROFILE_ID + ".json")),
                  "the profile left the folder of this computer's profiles")
        backups = os.path.join(os.path.dirname(profiles), "backups")
        tap.check(os.path.isdir(backups) and len(os.listdir(backups)) == 1,
                  "a copy of it stays in the local backups")
        app.screenshot("share-4-done")

        switcher = app.find(lambda n: n.roleName in ("push button", "toggle button") and n.name == "Changer de profil"
                            and "click" in n.actions, "the profile switcher's button is there")
        app.click(switcher)
        listing = app.find(lambda n: n.roleName == "list" and n.name == "Profils",
                           "the profile switcher shows its list")
        app.find(lambda n: (n.name or "").find("Partagé dans « Association »") >= 0,
                 "the profile switcher says the profile is shared, and where")
        app.screenshot("share-5-switcher")
        rawinput.absoluteMotion(150, 20)
        rawinput.pressKey("Escape")
        app.wait_for(lambda: not listing.showing, "Escape closes the profile switcher", timeout=5)

        print(f"# actions to share a profile: {count.actions} (limit {LIMIT})")
        tap.check(count.actions <= LIMIT, f"sharing takes at most {LIMIT} actions besides typing the name",
                  count.actions)
        # Without a window manager the keyboard goes where the pointer is,
        # which Xvfb leaves mid-screen, outside a narrow window: over the
        # header bar (never to click).
        rawinput.absoluteMotion(150, 20)
        app.quit()


if __name__ == "__main__":
    raise SystemExit(run_test(share, PROFILE))
