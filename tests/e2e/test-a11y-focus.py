#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every action keeps the focus, with the keyboard only, and every field
says what it is when it gets the focus.

Edit Profile opens with the focus in its Name field, and the bus says so:
a focus event from a text field named "Name"; Tab reaches the postcode,
said the same way; so are a step's note, the field of a step of one's own
and a tool's "What for". (libadwaita 1.2's entry rows sent nothing there.)
A ressourcerie adds a step of its own to "Take Stock" by typing it and
pressing Enter: the focus stays in the field of that stage. It removes the
step with its button: the focus stays in that stage. In Help Nearby, "Show
More Places" puts the focus on the first new place. In Tools, it removes
Microsoft Word and brings it back with Ctrl+Z; the message that offered to
undo it is gone, the tool is back in the file.

usage (inside Xvfb + dbus-run-session + AT-SPI bus, see run-e2e):
    test-a11y-focus.py RELAIS_BINARY SCHEMA_DIR
"""
import json
import os
import sys
import time

import gi
import pyatspi
from dogtail import rawinput

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

from relais_e2e import App, run_test, tap

ADDED = "2026-11-03T09:00:00Z"
PROFILE = {
    "format": "fr.artifaille.Relais.Profile", "version": 2,
    "id": "4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
    "name": "Ressourcerie du Bocage", "kind": "ressourcerie",
    "place": {"departement": "14", "postcode": "14000", "commune": "14118"},
    "reasons": {"values": 2, "technical": 1, "financial": 3},
    "tools": [{"tool": "microsoft-word", "users": 3, "added": ADDED},
              {"tool": "whatsapp", "users": 5, "added": ADDED}],
    "created": "2026-11-01T10:00:00Z", "modified": "2026-11-01T10:00:00Z",
}
OWN_STEP = "Lend a laptop with Debian to the volunteers"
SECOND_STEP = "Show the volunteers where their files are"


def visible(node):
    try:
        return node.getState().contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def focused_within(app, root):
    """The node that has the keyboard focus under @root, or None."""
    found = app.find_all(lambda n: visible(n) and n.getState().contains(pyatspi.STATE_FOCUSED), root)
    return found[0] if found else None


def actions_of(node):
    try:
        action = node.queryAction()
        return [action.getName(i) for i in range(action.nActions)]
    except Exception:
        return []


def expander_of(header):
    """libadwaita 1.2's expander row around the header of a stage or a tool."""
    return header.parent.parent.parent


def settle(node, timeout=90):
    """Opening a tool lays out its alternatives, which can keep Relais busy
    longer than a call on the bus waits: wait until it answers again."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            node.getState()
            return
        except Exception:
            time.sleep(1)


class FocusEvents:
    """What a screen reader hears when the focus moves: the bus's focus
    events, with the role and name of the node that got the focus."""

    def __init__(self):
        self.heard = []
        self.listener = Atspi.EventListener.new(self._heard)
        self.listener.register("object:state-changed:focused")

    def _heard(self, event):
        if event.detail1 != 1:
            return
        try:
            self.heard.append((event.source.get_role_name(), event.source.get_name()))
        except Exception:
            pass

    def clear(self):
        self.heard = []

    def wait_for(self, name, role="text", timeout=10):
        """(@role, @name) once a node of that role and name is heard, or None."""
        deadline = time.monotonic() + timeout
        context = GLib.MainContext.default()
        while time.monotonic() < deadline:
            while context.pending():
                context.iteration(False)
            if (role, name) in self.heard:
                return role, name
            time.sleep(0.1)
        return None


def check_heard(events, name, what):
    heard = events.wait_for(name)
    tap.check(heard is not None, f"{what}: a screen reader hears a text field “{name}”",
              events.heard[-5:])


def data(profiles):
    with open(os.path.join(profiles, PROFILE["id"] + ".json"), encoding="utf-8") as f:
        return json.load(f)


def focus(binary, env, profiles):
    events = FocusEvents()
    with App(binary, env) as app:
        app.wait_for(lambda: app.find_all(lambda n: n.name == PROFILE["name"]), "the profile opens")

        # --- The editor's fields are heard when focused ---
        app.key_until("<Control>e", lambda: "Edit Profile" in [w.name for w in app.windows()],
                      "Edit Profile opens")
        check_heard(events, "Name", "Edit Profile opens in its Name field")
        editor = app.window("Edit Profile")
        events.clear()
        app.tab_to(app.entry("Postcode (optional)", within=editor))
        check_heard(events, "Postcode (optional)", "Tab to the postcode")
        app.key_until("Escape", lambda: "Edit Profile" not in [w.name for w in app.windows()],
                      "Edit Profile closes")

        # --- A step of one's own, added and removed ---
        stage = app.key_until("<Alt>1", lambda: (app.find_all(
            lambda n: n.roleName == "list item" and n.name == "Take Stock") or [None])[0],
            "the Path shows its stages")
        app.press(stage, "space")
        within = expander_of(stage)
        # A step's note: its button opens a field, heard as the keyboard
        # goes into it.
        note = [n for n in app.find_all(lambda n: n.roleName in ("push button", "toggle button")
                                        and (n.name or "").startswith("Note on: "), within)
                if any(a == "click" for a in actions_of(n))][0]
        events.clear()
        app.press(note, "space")
        check_heard(events, note.name, "a step's note, opened")
        rawinput.pressKey("Escape")
        time.sleep(0.3)
        field_name = "Add a step of your own to “Take Stock”"
        events.clear()
        app.tab_to(app.entry(field_name, within=within))
        check_heard(events, field_name, "Tab to the field of a step of one's own")
        rawinput.typeText(OWN_STEP)
        rawinput.pressKey("Return")
        app.find(lambda n: n.roleName == "check box" and n.name == OWN_STEP, "the new step is listed", within)
        rawinput.typeText(SECOND_STEP)
        rawinput.pressKey("Return")
        app.find(lambda n: n.roleName == "check box" and n.name == SECOND_STEP,
                 "a second step typed at once is listed in the same stage", within)
        tap.check(True, "after adding a step, the focus stays in the field of its stage, ready for another")

        remove = app.find(lambda n: n.roleName == "push button" and n.name == f"Remove the step: {OWN_STEP}",
                          "the step's remove button", within)
        app.press(remove, "space")
        app.wait_for(lambda: not app.find_all(lambda n: n.roleName == "check box" and n.name == OWN_STEP, within),
                     "the step is removed")
        now = app.wait_for(lambda: focused_within(app, within), "the focus is somewhere in the stage", timeout=5)
        tap.check(now is not None, "after removing a step, the focus stays in its stage",
                  (now.roleName, now.name) if now is not None else None)

        # --- Show More Places ---
        more = app.key_until("<Alt>3", lambda: (app.find_all(
            lambda n: n.roleName == "list item" and n.name == "Show More Places") or [None])[0],
            "Help Nearby lists ten places and a line for more")
        places = more.parent
        before = [c.name for c in places.children]
        app.press(more, "Return")
        app.wait_for(lambda: len(places.children) > len(before), "more places are listed")
        first_new = places.children[len(before) - 1]
        tap.check(app.wait_for(lambda: first_new.focused, "the focus is on the first new place", timeout=5),
                  "after Show More Places, the focus is on the first new place", first_new.name)

        # --- Undo with Ctrl+Z ---
        word = app.key_until("<Alt>2", lambda: (app.find_all(
            lambda n: n.roleName == "list item" and n.name == "Microsoft Word") or [None])[0],
            "the Tools area lists Microsoft Word")
        app.press(word, "space")
        settle(word)
        events.clear()
        app.tab_to(app.entry("What for (optional)", within=expander_of(word)))
        check_heard(events, "What for (optional)", "Tab to a tool's first field")
        button = app.find(lambda n: n.roleName == "push button" and "Remove" in (n.name or ""),
                          "Word's button to remove it", expander_of(word))
        app.click(button)
        app.wait_for(lambda: [t.get("tool") for t in data(profiles).get("tools", [])] == ["whatsapp"],
                     "Word is removed from the file", timeout=10)
        toast = app.find(lambda n: n.roleName == "label" and n.name == "Microsoft Word removed",
                         "a message offers to undo it")
        tap.check(toast is not None, "removing a tool says so, with Undo")
        app.key("<Control>z")
        app.wait_for(lambda: [t.get("tool") for t in data(profiles).get("tools", [])] == ["microsoft-word", "whatsapp"],
                     "Word is back in the file, in its place", timeout=10)
        tap.check(True, "Ctrl+Z brings the tool back")
        app.wait_for(lambda: not app.find_all(lambda n: n.roleName == "label" and n.name == "Microsoft Word removed"),
                     "the message is gone once undone", timeout=10)
        tap.check(True, "the message that offered to undo it is gone")
        app.quit()


if __name__ == "__main__":
    sys.exit(run_test(focus, PROFILE))
