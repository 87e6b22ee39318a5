#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every control speaks: the whole accessibility tree of the window, walked.

A ressourcerie with eight tools opens each of the four areas; every expander
is opened with the keyboard and every drop-down's popover is opened and
walked; then the main menu, the profile switcher and the Edit Profile window
(with its own drop-downs). Each node a screen reader would stop on (it can
take the focus or has an action) must have a meaningful name: not empty, not
a GTK class name ("GtkToggleButton", "GtkImage"), not an icon name, not the
same words twice ("Open Now Open Now", "_Remove Remove"). An image inside a
row that opens something must be named too: it is the arrow that says so.
Every expander must say whether it is expanded, and say it right.

The offenders are printed with their path. Those of the tool and alternative
rows, rewritten elsewhere, are listed in a11y-pending.txt and reported apart;
any other offender fails the test, and so does a pending line that no longer
matches anything (the list only shrinks).

usage (inside Xvfb + dbus-run-session + AT-SPI bus, see run-e2e):
    test-a11y-tree.py RELAIS_BINARY SCHEMA_DIR
"""
import fnmatch
import os
import re
import sys
import time

import pyatspi
from dogtail import rawinput

from relais_e2e import App, Failure, run_test, tap

ADDED = "2026-11-03T09:00:00Z"
TOOLS = ("microsoft-word", "microsoft-excel", "gmail", "google-drive",
         "whatsapp", "zoom", "dropbox", "doodle")
PROFILE = {
    "format": "fr.artifaille.Relais.Profile", "version": 2,
    "id": "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
    "name": "Ressourcerie du Bocage", "kind": "ressourcerie",
    "place": {"departement": "14", "postcode": "14000", "commune": "14118"},
    "reasons": {"values": 2, "technical": 1, "financial": 3},
    "tools": [dict({"tool": t, "users": 3, "added": ADDED},
                   **({"choice": "libreoffice-writer", "status": "trying"} if t == "microsoft-word" else {}))
              for t in TOOLS],
    "own_steps": [{"id": "own.1b2c", "stage": "understand", "text": "Watch a film together"}],
    "checklist": {"own.1b2c": {"state": "skipped", "note": "Later"}},
    "created": "2026-11-01T10:00:00Z", "modified": "2026-11-01T10:00:00Z",
}
START = time.monotonic()
PENDING = os.path.join(os.path.dirname(os.path.abspath(__file__)), "a11y-pending.txt")

# Roles that only hold other nodes: a screen reader does not stop on them.
CONTAINERS = {"application", "frame", "window", "dialog", "filler", "panel", "scroll pane",
              "viewport", "list", "page tab list", "tree", "table", "menu bar", "tool bar",
              "scroll bar", "separator", "label", "heading", "status bar", "popup menu",
              "section", "grouping", "landmark", "alert", "text", "document frame"}
# Controls, whatever their states say.
CONTROLS = {"push button", "toggle button", "check box", "radio button", "combo box", "entry",
            "password text", "spin button", "slider", "menu item", "check menu item",
            "radio menu item", "link", "page tab", "switch", "list item", "menu"}
CLASS_NAME = re.compile(r"^(Gtk|Adw|Relais)[A-Z][A-Za-z]*$")
ICON_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")


def name_problem(name):
    """Why @name says nothing to a listener, or None."""
    name = (name or "").strip()
    if not name:
        return "no name"
    if CLASS_NAME.match(name):
        return "a class name"
    if ICON_NAME.match(name) or name.endswith("-symbolic"):
        return "an icon name"
    words = name.split(" ")
    half = len(words) // 2
    if len(words) % 2 == 0 and half > 0 and \
            " ".join(words[:half]).replace("_", "").lower() == " ".join(words[half:]).lower():
        return "the same words twice"
    return None


def name_of(node):
    try:
        return (node.name or "").replace("\n", " ")
    except Exception:
        return ""


def states_of(node):
    try:
        return node.getState()
    except Exception:
        return None


def parent_of(node):
    try:
        return node.parent
    except Exception:
        return None


def count_of(node):
    try:
        return node.childCount
    except Exception:
        return 0


def settle(node, timeout=90):
    """Waits until the application answers again: opening a tool lays out
    its alternatives, which can keep it busy longer than a D-Bus call waits."""
    deadline = time.monotonic() + timeout
    while states_of(node) is None and time.monotonic() < deadline:
        time.sleep(1)


def actions_of(node):
    try:
        action = node.queryAction()
        return [action.getName(i) for i in range(action.nActions)]
    except Exception:
        return []


def children_of(node):
    try:
        return [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return []


def role_of(node):
    try:
        return node.getRoleName()
    except Exception:
        return "?"


def label_of(node):
    name = name_of(node)
    return f"{role_of(node)} “{name[:60]}”" if name else role_of(node)


def is_control(node, states):
    """A node a screen reader stops on: it takes the focus or has an action
    (check boxes have none in GTK 4.8, but take the focus)."""
    role = role_of(node)
    if role == "text":    # an editable field, not a label's text
        return states.contains(pyatspi.STATE_EDITABLE)
    if role in CONTAINERS and role not in CONTROLS:
        return False
    # GTK 4.8 also lists a widget's own action groups ("stage.count",
    # "clipboard.copy"): only "click", "activate" and the like act on it.
    return states.contains(pyatspi.STATE_FOCUSABLE) or any("." not in a for a in actions_of(node))


def where_of(path):
    """The last steps of @path, enough to find a node and the same from
    every walk that meets it; with the drop-down it is in, when open."""
    steps = " › ".join(path[1:][-5:])
    return f"{path[0]} › {steps}" if path[0].endswith("(open)") else steps


def walk(node, path, found, inside_row=None):
    """Adds to @found each offender under @node: (role, problem, name, path)."""
    states = states_of(node)
    if states is None or not states.contains(pyatspi.STATE_VISIBLE):
        return
    role = role_of(node)
    here = path + [label_of(node)]
    if is_control(node, states):
        problem = name_problem(name_of(node))
        if problem:
            found.add((role, problem, name_of(node), where_of(path)))
    # An image in a row that opens something says what: an arrow. Those of
    # a drop-down's list mark the choice made, which the list item says.
    elif role in ("image", "icon") and inside_row is not None \
            and not any("GtkPopoverContent" in step for step in path):
        problem = name_problem(name_of(node))
        if problem:
            found.add((role, problem + " (an image in a row)", name_of(node), where_of(path)))
    # libadwaita's own arrow in an expander header says nothing and needs
    # not: the header says expanded or collapsed.
    row = None
    if role == "list item" and states.contains(pyatspi.STATE_FOCUSABLE) \
            and not is_expander_header(node) and name_of(node).strip():
        row = node
    for child in children_of(node):
        walk(child, here, found, row or inside_row)


def is_expander_header(node):
    """libadwaita 1.2's AdwExpanderRow: a list item holding a box that holds
    a list of one list item (the header) and, in a revealer, the list of its
    rows."""
    if role_of(node) != "list item":
        return False
    listing = parent_of(node)
    if listing is None or role_of(listing) != "list" or count_of(listing) != 1:
        return False
    box = parent_of(listing)
    if box is None or role_of(box) != "panel" or count_of(box) != 2:
        return False
    outer = parent_of(box)
    return outer is not None and role_of(outer) == "list item"


def find_nodes(root, predicate):
    result = []

    def visit(node):
        states = states_of(node)
        if states is None or (role_of(node) != "application" and not states.contains(pyatspi.STATE_VISIBLE)):
            return
        if predicate(node):
            result.append(node)
        for child in children_of(node):
            visit(child)
    visit(root)
    return result


class Walker:
    def __init__(self, app):
        self.app = app
        self.offenders = set()
        self.expanders = 0
        self.popovers = 0
        self.unreached = 0      # an offender already

    def collect(self, root, where):
        found = set()
        walk(root, [where], found)
        if os.environ.get("RELAIS_A11Y_VERBOSE"):
            for offender in sorted(found - self.offenders):
                print(f"# found: {describe(offender)}", flush=True)
        self.offenders |= found

    def open_expanders(self, root, where):
        """Each expander of @root, in the order of the Tab chain, is reached
        with Tab and opened with space; opening one can show others."""
        opened = set()
        for _ in range(2):
            headers = [h for h in find_nodes(root, is_expander_header)
                       if self.key(h) not in opened]
            if not headers:
                return
            for header in headers:
                if os.environ.get("RELAIS_A11Y_VERBOSE"):
                    print(f"# opening “{name_of(header)}” at {time.monotonic() - START:.0f} s", flush=True)
                if not self.reach(header, where):
                    opened.add(self.key(header))
                    continue
                before = self.expanded_state(header)
                rawinput.pressKey("space")
                time.sleep(0.3)
                settle(header)
                opened.add(self.key(header))
                self.expanders += 1
                after = self.expanded_state(header)
                if before != "collapsed" or after != "expanded":
                    self.offenders.add(("expander", f"says {before} before, {after} once opened",
                                        name_of(header), where))

    def reach(self, node, where):
        """Tabs to @node; one that Tab never reaches is an offender too."""
        tabs, deadline = 0, time.monotonic() + 300
        while tabs < 250 and time.monotonic() < deadline:
            states = states_of(node)
            if states is None:      # busy laying out what was just opened
                time.sleep(1)
                continue
            # A drop-down's focus is on the button it holds.
            if states.contains(pyatspi.STATE_FOCUSED) or any(
                    (states_of(child) or states).contains(pyatspi.STATE_FOCUSED)
                    for child in (children_of(node) if role_of(node) == "combo box" else [])):
                return True
            rawinput.pressKey("Tab")
            tabs += 1
            time.sleep(0.05)
        self.offenders.add((role_of(node), "not reached with Tab", name_of(node), where))
        self.unreached += 1
        return False

    @staticmethod
    def key(node):
        """A node by its name and its ancestors': rows made again, or moved
        by what opens before them, keep it."""
        path = []
        while node is not None and role_of(node) not in ("application", "frame"):
            path.append((role_of(node), name_of(node)))
            node = parent_of(node)
        return tuple(path)

    @staticmethod
    def expanded_state(node):
        states = states_of(node)
        if states is None or not states.contains(pyatspi.STATE_EXPANDABLE):
            return "no state"
        return "expanded" if states.contains(pyatspi.STATE_EXPANDED) else "collapsed"

    def open_popovers(self, root, where):
        """Opens each drop-down of @root with the keyboard, walks what it
        shows, and closes it with Escape. The pointer is kept out of the
        window: libadwaita 1.2's list selects what it hovers."""
        combos = find_nodes(root, lambda n: role_of(n) == "combo box")
        for combo in combos:
            rawinput.absoluteMotion(1270, 1015)
            if not self.reach(combo, where):
                continue
            # The list a drop-down opens is one of its own descendants.
            before = len(find_nodes(combo, lambda n: role_of(n) == "list item"))
            rawinput.pressKey("space")
            try:
                self.app.wait_for(lambda: len(find_nodes(combo, lambda n: role_of(n) == "list item")) > before,
                                  f"the choices of “{name_of(combo)}” show", timeout=8)
            except Failure:
                self.offenders.add(("combo box", "its choices did not open with the keyboard",
                                    name_of(combo), where))
                continue
            self.popovers += 1
            self.collect(combo, f"{where} › {label_of(combo)} (open)")
            rawinput.pressKey("Escape")
            time.sleep(0.3)
            # Without a window manager the keyboard goes where the pointer
            # is: back over the header bar, where hovering does nothing.
            rawinput.absoluteMotion(450, 20)

    def area(self, shortcut, name, predicate):
        """Shows an area and walks it. The pages of the areas not shown stay
        in the tree, said visible: the area is the outermost scroll pane
        around a node only it has."""
        mark = self.app.key_until(shortcut, lambda: (find_nodes(self.app.root, predicate) or [None])[0],
                                  f"the area {name} shows")
        time.sleep(0.5)
        page, node = None, mark
        while node is not None and role_of(node) not in ("frame", "application"):
            if role_of(node) == "scroll pane":
                page = node
            node = parent_of(node)
        page = page or self.app.window("Relais")
        self.open_expanders(page, name)
        self.open_popovers(page, name)
        # The area alone: the whole window (header bar, menus) is walked
        # once, at the end.
        self.collect(page, name)
        print(f"# {name}: {self.expanders} expanders and {self.popovers} drop-downs opened so far, "
              f"{len(self.offenders)} offenders", flush=True)

    def menu(self, label, opener, predicate):
        """Opens the menu of the header bar's button @label with @opener
        and walks it: a menu is a descendant of its button."""
        button = self.app.find(lambda n: role_of(n) == "push button" and name_of(n) == label
                               and not actions_of(n), f"the button “{label}” is there")
        opener(button)
        try:
            self.app.wait_for(lambda: find_nodes(button, predicate), f"the menu of “{label}” opens", timeout=8)
        except Failure:
            self.offenders.add(("menu", "did not open", label, label))
            return
        self.collect(button, f"{label} (open)")
        rawinput.pressKey("Escape")
        time.sleep(0.3)
        # The whole window once, for its header bar.
        self.collect(self.app.window("Relais"), "window")


def read_pending():
    patterns = []
    with open(PENDING, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                patterns.append(line)
    return patterns


def describe(offender):
    role, problem, name, path = offender
    return f"{role} | {problem} | “{name}” | {path}"


def tree(binary, env, profiles):
    # Quitting tears down a large tree: more time than the other tests give.
    with App(binary, env, timeout=60) as app:
        app.wait_for(lambda: app.find_all(lambda n: name_of(n) == PROFILE["name"]), "the profile opens")
        walker = Walker(app)
        walker.area("<Alt>1", "Path", lambda n: role_of(n) == "list" and name_of(n) == "The Path")
        walker.area("<Alt>2", "Tools", lambda n: role_of(n) == "list" and name_of(n) == "Your Tools")
        walker.area("<Alt>3", "Help Nearby", lambda n: role_of(n) == "combo box" and name_of(n) == "Help With")
        walker.area("<Alt>4", "Progress", lambda n: role_of(n) == "progress bar")
        walker.menu("Main Menu", lambda button: rawinput.pressKey("F10"),
                    lambda n: role_of(n) == "menu item" and "Export the Plan" in name_of(n))
        # Its inner button has the click action (GTK 4.8 refuses grabFocus).
        walker.menu("Switch Profile",
                    lambda button: app.click(app.find(lambda n: role_of(n) == "push button" and bool(actions_of(n)),
                                                      "the profile switcher's button", button)),
                    lambda n: role_of(n) in ("entry", "text") or
                    (role_of(n) == "list item" and PROFILE["name"] in name_of(n)))

        app.key("<Control>e")
        editor = app.window("Edit Profile")
        walker.open_popovers(editor, "Edit Profile")
        walker.collect(editor, "Edit Profile")
        app.key_until("Escape", lambda: "Edit Profile" not in [name_of(w) for w in app.windows()],
                      "Edit Profile closes")

        # The trainer's table of every profile, and its menu of exports.
        app.key("<Shift><Control>a")
        table = app.window("All Profiles")
        walker.collect(table, "All Profiles")
        app.key("F10")
        app.wait_for(lambda: find_nodes(table, lambda n: role_of(n) == "menu item" and "Export Plans" in name_of(n)),
                     "the menu of All Profiles opens", timeout=8)
        walker.collect(table, "All Profiles › menu (open)")
        rawinput.pressKey("Escape")
        time.sleep(0.3)
        app.key_until("Escape", lambda: "All Profiles" not in [name_of(w) for w in app.windows()],
                      "All Profiles closes")

        tap.check(walker.expanders >= len(TOOLS) + 8, "every expander is opened with the keyboard",
                  walker.expanders)
        # Each tool's status, Help Nearby's three filters and the editor's
        # département (its reasons are toggles, its commune is asked only
        # when the postcode has several): opened, or an offender already.
        tap.check(walker.popovers + walker.unreached >= len(TOOLS) + 3 + 1,
                  "every drop-down's choices are opened and walked", (walker.popovers, walker.unreached))

        pending = read_pending()
        matched = set()
        failing, waiting = [], []
        for offender in sorted(walker.offenders):
            text = describe(offender)
            hits = [p for p in pending if fnmatch.fnmatchcase(text, p)]
            matched.update(hits)
            (waiting if hits else failing).append(text)
        print(f"# {len(walker.offenders)} offenders: {len(failing)} to fix, {len(waiting)} pending "
              f"(a11y-pending.txt)", flush=True)
        if not tap.check(not failing, "every control outside the pending list has a meaningful name, "
                         "is reached with Tab, and every expander says whether it is open",
                         len(failing)):
            for text in failing:
                print(f"#   {text}", flush=True)
        for text in waiting:
            print(f"#   pending: {text}", flush=True)
        stale = [p for p in pending if p not in matched]
        if not tap.check(not stale, "every line of a11y-pending.txt still matches an offender (remove those fixed)"):
            for pattern in stale:
                print(f"#   fixed, remove from a11y-pending.txt: {pattern}", flush=True)
        app.quit()


if __name__ == "__main__":
    sys.exit(run_test(tree, PROFILE))
