#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The reference journey of issue 13, end to end, in French, counting every
action a user makes.

A volunteer of a small association in Lisieux starts Relais for the first
time: makes the profile (postcode 14100, three reasons weighed); adds Word,
Excel, Gmail, WhatsApp, Facebook, Doodle, Dropbox and Zoom and chooses an
alternative for each; ticks two steps; looks at Help Nearby for Lisieux and
opens one place; looks at Progress; exports the plan as PDF. The goal is
LIMIT actions or fewer: the test fails above it, and prints the count of
each part.

What counts as one action: a click, a key (a shortcut is one key), a text
typed into a field. The journey only goes through click(), key() and
type_text(), which count. A click is one action however the test has to
reach the widget: GTK 4.8 gives check boxes and expander rows no action
on the accessibility bus and refuses to move the focus there, so the test
walks to them with Tab (App.tab_to), which a mouse user does not do.
Choosing in a combo row is two clicks (open it, pick the item) though the
test picks with the arrow keys, the pointer being out of the window
(HACKING.md: libadwaita 1.2's popover selects what the pointer hovers).

Each part of the journey is a small function, so that it can follow the
screens as they change: each reason weighed in one click, the tools
ticked under "What do you use today?" and their suggested alternatives
chosen in one click, the commune set from the postcode, the plan saved
under the name the file chooser proposes, in Documents.

usage (inside Xvfb + dbus-run-session + AT-SPI bus, see run-e2e):
    test-reference-journey.py RELAIS_BINARY SCHEMA_DIR
"""
import os
import re
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402
from dogtail import rawinput  # noqa: E402

from relais_e2e import App, Failure, run_test, tap  # noqa: E402

LIMIT = 30

NAME = "Les Amis du Pays d’Auge"
POSTCODE = "14100"
COMMUNE = "Lisieux"
# Each reason and the weight given to it (none is left at the default,
# "Important": each weight is a click, as the journey says).
REASONS = (("Valeurs", "Essentiel"), ("Raisons techniques", "Un peu"), ("Raisons financières", "Essentiel"))
# The tools ticked under "What do you use today?", by the name on their toggle.
TOOLS = ("Microsoft Word", "Microsoft Excel", "Gmail", "WhatsApp", "Facebook", "Doodle", "Dropbox", "Zoom")
STAGE = "Comprendre"
STEPS = ("En parler avec les personnes avec qui vous travaillez",
         "Lire le « Guide Libre Association » de l’April")
# Buttons. The toggles are check boxes (the tools) and radio buttons (the
# weights), checked when on: GTK 4.8 alone would say "pressed push button".
BUTTONS = ("push button", "toggle button")
# A place's row: "0.4 km · Lisieux" on its first line, then its hours (and its kind).
PLACE_LINE = re.compile(r"^([0-9]+[.,][0-9])\s*km · ([^\n]+)\n(.+)$", re.S)


class Counter:
    """The user's actions, by part of the journey."""

    def __init__(self):
        self.parts = []

    def start(self, part):
        self.parts.append([part, 0])

    def add(self, n=1):
        self.parts[-1][1] += n

    def total(self):
        return sum(n for _, n in self.parts)


actions = Counter()


# --- The only ways the journey acts: each counts -------------------------

def click(app, node):
    """One click: through the node's action when it has one, else reached
    with Tab and pressed with space, as GTK 4.8 leaves no other way."""
    actions.add()
    if "click" in (node.actions or {}):
        node.doActionNamed("click")
    else:
        app.press(node, "space")


def key(combo):
    """One key, or one shortcut."""
    actions.add()
    rawinput.keyCombo(combo)
    time.sleep(0.3)


def type_text(app, node, text):
    """Text typed into a field: one action."""
    actions.add()
    app.set_text(node, text)


def choose_in_combo(app, combo, wanted, steps=30):
    """Two clicks: open the combo row, pick @wanted. Driven with the keyboard
    from the current value, the pointer out of the window."""
    actions.add(2)
    rawinput.absoluteMotion(1270, 1015)
    app.press(combo, "space")
    listing = app.wait_for(lambda: ([n for n in app.find_all(lambda n: n.roleName == "list")
                                     if any(item_text(c) == wanted for c in n.children)] or [None])[0],
                           f"the list of “{combo.name}” opens")
    time.sleep(0.5)
    for _ in range(steps):
        if [item_text(c) for c in listing.children if c.focused] == [wanted]:
            break
        rawinput.pressKey("Down")
        time.sleep(0.3)
    rawinput.pressKey("Return")
    time.sleep(0.5)
    rawinput.absoluteMotion(450, 20)
    app.wait_for(lambda: current_value(app, combo) == wanted, f"“{combo.name}” is “{wanted}”", timeout=5)


# --- What the journey looks at (no action) -------------------------------

def plain(text):
    """French typography's no-break spaces as plain ones."""
    return (text or "").replace("\u00a0", " ").replace("\u202f", " ")


def item_text(item):
    labels = [n for n in item.findChildren(lambda n: n.roleName == "label")]
    return labels[0].name if labels else None


def current_value(app, combo):
    labels = [n.name for n in app.find_all(lambda n: n.roleName == "label", combo) if n.name]
    return labels[-1] if labels else None


def checked(node):
    """A toggle that is on, as a screen reader says it."""
    return node.getState().contains(Atspi.StateType.CHECKED)


def list_item_of(node):
    while node is not None and node.roleName != "list item":
        node = node.parent
    return node


def place_rows(app):
    rows = []
    for label in app.find_all(lambda n: n.roleName == "label" and PLACE_LINE.match(n.name or "")):
        distance, commune, _ = PLACE_LINE.match(label.name).groups()
        rows.append((list_item_of(label), commune))
    return rows


def read_head(path, size=5):
    try:
        with open(path, "rb") as f:
            return f.read(size)
    except OSError:
        return None


# --- The journey, part by part -------------------------------------------

def make_profile(app):
    actions.start("the profile")
    click(app, app.button("Commencer un parcours"))
    editor = app.window("Nouveau profil")
    type_text(app, app.entry("Nom", within=editor), NAME)
    kind = app.check_box("Une association sans salariés", within=editor)
    if not kind.checked:
        click(app, kind)
    type_text(app, app.entry("Code postal (facultatif)", within=editor), POSTCODE)
    app.wait_for(lambda: app.find_all(lambda n: n.name == "Calvados (14)" and n.roleName == "label", within=editor),
                 "the postcode selects the Calvados")
    # Twenty-odd communes share 14100: the editor asks which, the most
    # populous first.
    communes = app.find(lambda n: n.roleName == "combo box" and n.name == "Commune",
                        "the editor asks which commune of 14100", editor)
    app.wait_for(lambda: current_value(app, communes) not in (None, "", "Commune"),
                 "the communes of 14100 are listed")
    choose_in_combo(app, communes, COMMUNE)
    for reason, weight in REASONS:
        toggle = app.find(lambda n: n.roleName == "radio button" and plain(n.name) == f"{reason} : {weight}",
                          f"“{reason}” can be weighed “{weight}”", editor)
        click(app, toggle)
        app.wait_for(lambda: checked(toggle), f"“{reason}” is weighed “{weight}”", timeout=5)
    click(app, app.button("Créer", within=editor))
    app.wait_for(lambda: not [w for w in app.windows() if w.name == "Nouveau profil"],
                 "the New Profile window closes")
    app.wait_for(lambda: app.find_all(lambda n: n.name == NAME), "the window shows the new profile")


def show_tools(app):
    key("<Alt>2")
    return app.find(lambda n: n.roleName in ("text", "entry") and n.name == "Rechercher un outil",
                    "the Tools area shows its search")


def your_tools(app):
    return app.find(lambda n: n.roleName == "list" and n.name == "Vos outils", "the profile's tools are listed")


def labels_in(app, listing, test):
    return [plain(n.name) for n in app.find_all(lambda n: n.roleName == "label" and test(plain(n.name)), listing)]


def take_stock(app):
    actions.start("eight tools and their alternatives")
    show_tools(app)
    for tool in TOOLS:
        toggle = app.find(lambda n: n.roleName == "check box" and n.name == tool,
                          f"“{tool}” is offered under “What do you use today?”")
        click(app, toggle)
        app.wait_for(lambda: labels_in(app, your_tools(app), lambda name: name == tool), f"{tool} is added")
    click(app, app.button("Choisir les suggestions"))
    chosen = app.wait_for(lambda: (lambda found: found if len(found) == len(TOOLS) else None)(
        labels_in(app, your_tools(app), lambda name: name.startswith("Choisi : "))),
        "each tool has its suggested alternative chosen")
    for choice in chosen:
        print(f"# {choice}", flush=True)


def tick_steps(app):
    actions.start("two steps")
    key("<Alt>1")
    stage = app.find(lambda n: n.roleName == "list item" and plain(n.name) == STAGE, "the Path shows its stages")
    click(app, stage)
    for label in STEPS:
        box = app.find(lambda n: n.roleName == "check box" and plain(n.name) == label,
                       f"the step “{label}” is listed")
        click(app, box)
        app.wait_for(lambda: box.checked, f"“{label}” is ticked", timeout=5)


def help_nearby(app):
    actions.start("Help Nearby")
    key("<Alt>3")
    # The commune comes from the profile's postcode: nothing to type.
    app.wait_for(lambda: app.find_all(lambda n: (n.name or "").startswith(f"{COMMUNE} ({POSTCODE})")),
                 "Help Nearby is set on Lisieux from the postcode")
    rows = app.wait_for(lambda: place_rows(app) or None, "the places near Lisieux are listed")
    tap.check(rows[0][1] == COMMUNE, "the nearest place is in Lisieux", rows[0][1])
    click(app, rows[0][0])
    app.wait_for(lambda: app.find_all(lambda n: n.roleName == "label" and n.name == "Horaires d’ouverture"),
                 "the place opens with its hours")
    app.screenshot("reference-journey-place")
    key("Escape")


def look_at_progress(app):
    actions.start("Progress")
    key("<Alt>4")
    # "Chosen: 8 of 8": the choices made in the Tools area count here.
    app.find(lambda n: n.roleName == "label" and plain(n.name) == f"{len(TOOLS)} sur {len(TOOLS)}",
             "the Progress area shows the eight tools chosen")
    app.screenshot("reference-journey-progress")


def export_plan(app, path):
    actions.start("the plan as PDF")
    key("<Shift><Control>p")
    chooser = app.window("Exporter le plan")
    # The chooser proposes the plan's name in Documents: Enter saves there.
    app.find(lambda n: n.roleName == "text" and n.focused, "the file chooser's name has the focus", chooser)
    key("Return")
    app.wait_for(lambda: not [w for w in app.windows() if w.name == "Exporter le plan"], "the file chooser closes")
    app.wait_for(lambda: read_head(path) == b"%PDF-", "the plan is written as a PDF", timeout=60)


def journey(binary, env, profiles):
    # A home of the test's own, with its Documents folder named where
    # xdg-user-dirs names it: the plan must land there without a path typed.
    home = os.path.dirname(env["XDG_DATA_HOME"])
    documents = os.path.join(home, "Documents")
    os.makedirs(documents)
    os.makedirs(env["XDG_CONFIG_HOME"], exist_ok=True)
    with open(os.path.join(env["XDG_CONFIG_HOME"], "user-dirs.dirs"), "w") as f:
        f.write('XDG_DOCUMENTS_DIR="$HOME/Documents"\n')
    env = dict(env, LANGUAGE="fr", HOME=home)
    plan = os.path.join(documents, f"Plan – {NAME}.pdf")
    with App(binary, env, timeout=30) as app:
        try:
            make_profile(app)
            tap.check(True, "the profile is made")
            take_stock(app)
            tap.check(True, "eight tools are added, each with its alternative chosen")
            tick_steps(app)
            tap.check(True, "two steps are ticked")
            help_nearby(app)
            tap.check(True, "a place near Lisieux is opened")
            look_at_progress(app)
            tap.check(True, "Progress is shown")
            export_plan(app, plan)
            tap.check(True, "the plan is exported as PDF")
        except Failure:
            app.screenshot("reference-journey-failure")
            raise
        finally:
            for part, n in actions.parts:
                print(f"# {n:3} actions: {part}", flush=True)
            print(f"# {actions.total():3} actions in all (at most {LIMIT} wanted)", flush=True)
        app.quit()
    tap.check(actions.total() <= LIMIT, f"the reference journey takes {LIMIT} actions or fewer", actions.total())


if __name__ == "__main__":
    sys.exit(run_test(journey))
