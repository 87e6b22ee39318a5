# SPDX-License-Identifier: GPL-3.0-or-later
"""Driving the real Relais through the accessibility bus, for end-to-end tests.

GTK 4.8 quirks handled here: a mnemonic button's accessible name repeats its
label ("_Create Create"), so names are matched by their visible label; the
"showing" state is unreliable, so widgets are found by name and role; actions
are triggered with doActionNamed("click") or the keyboard, never coordinates.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from dogtail import config, rawinput, tree

config.config.searchShowingOnly = False
config.config.defaultDelay = 0.2
config.config.actionDelay = 0.2
config.config.typingDelay = 0.02
config.config.logDebugToFile = False
config.config.logDebugToStdOut = False


class Failure(Exception):
    pass


class Tap:
    """Prints TAP as the checks run, so meson shows each one."""

    def __init__(self):
        self.count = 0
        self.failed = 0

    def check(self, condition, description, detail=None):
        self.count += 1
        if condition:
            print(f"ok {self.count} - {description}", flush=True)
        else:
            self.failed += 1
            print(f"not ok {self.count} - {description}", flush=True)
            if detail is not None:
                print(f"# {detail!r}", flush=True)
        return condition

    def fail(self, description):
        self.check(False, description)

    def done(self):
        print(f"1..{self.count}", flush=True)
        return 1 if self.failed or self.count == 0 else 0


tap = Tap()


def is_labelled(node, label):
    """GTK 4.8 names a mnemonic widget "<label with _> <label>": "_Create Create",
    and a widget that a row also labels "<label> <row title>"."""
    name = node.name or ""
    if name == label:
        return True
    # A button that a row labels as well: "Add Word" + " Word".
    if name.startswith(label + " "):
        return True
    return name.endswith(" " + label) and name[:-len(label) - 1].replace("_", "") == label


class App:
    def __init__(self, binary, env, timeout=20):
        self.binary = binary
        self.env = dict(os.environ, **env)
        self.timeout = timeout
        self.process = None
        self.root = None

    def __enter__(self):
        self.process = subprocess.Popen([self.binary], env=self.env)
        self.root = self.wait_for(self._find_application, "relais appears on the accessibility bus")
        return self

    def __exit__(self, kind, value, traceback):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        return False

    def _find_application(self):
        for app in tree.root.applications():
            try:
                if app.name == "relais" and app.get_process_id() == self.process.pid:
                    return app
            except Exception:
                continue
        if self.process.poll() is not None:
            raise Failure(f"relais exited early with code {self.process.returncode}")
        return None

    def wait_for(self, predicate, description, timeout=None):
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            result = predicate()
            if result:
                return result
            if time.monotonic() > deadline:
                raise Failure(f"timed out waiting until {description}")
            time.sleep(0.2)

    def find_all(self, predicate, within=None):
        node = within or self.root
        try:
            return node.findChildren(predicate)
        except Exception:
            return []

    def find(self, predicate, description, within=None):
        return self.wait_for(lambda: (self.find_all(predicate, within) or [None])[0], description)

    def button(self, label, within=None):
        return self.find(lambda n: n.roleName in ("push button", "toggle button")
                         and is_labelled(n, label),
                         f"a button “{label}” is there", within)

    def check_box(self, label, within=None):
        return self.find(lambda n: n.roleName in ("check box", "radio button")
                         and n.name in (label, label + " " + label),
                         f"a choice “{label}” is there", within)

    def entry(self, label, within=None):
        return self.find(lambda n: n.roleName in ("text", "entry") and n.name == label,
                         f"a text field “{label}” is there", within)

    def windows(self):
        try:
            return list(self.root.children)
        except Exception:
            return []

    def window(self, title):
        # A top level's role flips between "frame" and "filler" in GTK 4.8:
        # windows are the application's direct children, known by title.
        return self.wait_for(lambda: ([w for w in self.windows() if w.name == title] or [None])[0],
                             f"the window “{title}” opens")

    def click(self, node):
        node.doActionNamed("click")

    def choose(self, node, max_steps=12):
        """Checks a radio-like check box. GTK 4.8 gives check boxes no action
        and refuses to move the focus through AT-SPI, so walk the focus chain
        with Tab, as a keyboard user would, pressing space until it is checked."""
        for _ in range(max_steps):
            if node.checked:
                return
            rawinput.pressKey("Tab")
            time.sleep(0.2)
            rawinput.pressKey("space")
            time.sleep(0.2)
        raise Failure(f"could not reach “{node.name}” with the keyboard")

    def tab_to(self, node, max_steps=150):
        """Moves the keyboard focus to @node the way a keyboard user would,
        with Tab (GTK 4.8 refuses grabFocus through AT-SPI, but reports which
        widget has the focus)."""
        for _ in range(max_steps):
            if node.focused:
                return node
            rawinput.pressKey("Tab")
            time.sleep(0.12)
        raise Failure(f"could not reach “{node.name}” with Tab")

    def press(self, node, key="space"):
        """Presses @key on @node, reached with Tab: checks a check box, expands
        an expander row, opens a combo row."""
        self.tab_to(node)
        rawinput.pressKey(key)
        time.sleep(0.3)

    def set_text(self, node, text):
        """Typing goes through the accessibility bus; GTK 4.8 does not report
        the text back, so the effect is checked by the caller."""
        node.queryEditableText().setTextContents(text)
        time.sleep(0.3)

    def key(self, combo):
        rawinput.keyCombo(combo)

    def key_until(self, combo, predicate, description, attempts=6):
        """Presses a shortcut until it takes effect: a key pressed while the
        window is still being mapped and focused (slow under the sanitizers)
        is lost."""
        for _ in range(attempts):
            rawinput.keyCombo(combo)
            try:
                return self.wait_for(predicate, description, timeout=5)
            except Failure:
                continue
        raise Failure(f"timed out waiting until {description}")

    def screenshot(self, name):
        folder = os.environ.get("RELAIS_SCREENSHOT_DIR")
        if folder:
            os.makedirs(folder, exist_ok=True)
            subprocess.run(["import", "-window", "root", os.path.join(folder, name + ".png")],
                           check=False)

    def quit(self):
        self.key("<Control>q")
        try:
            code = self.process.wait(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            raise Failure("relais did not quit on Ctrl+Q")
        tap.check(code == 0, "relais quits cleanly", code)


def run_test(body, profile=None):
    """Runs @body(binary, env, profiles_folder) against the relais binary named
    on the command line, in a temporary home of its own (data, settings), and
    prints the TAP plan. @profile, a profile document, is written there first
    and set as the last one opened."""
    binary, schemas = sys.argv[1], sys.argv[2]
    home = tempfile.mkdtemp(prefix="relais-e2e-")
    profiles = os.path.join(home, "data", "relais", "profiles")
    env = {
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "GSETTINGS_BACKEND": "keyfile",
        "GSETTINGS_SCHEMA_DIR": schemas,
        "LANGUAGE": "en",
    }
    try:
        if profile is not None:
            os.makedirs(profiles)
            with open(os.path.join(profiles, profile["id"] + ".json"), "w", encoding="utf-8") as f:
                json.dump(profile, f)
            settings = os.path.join(home, "config", "glib-2.0", "settings")
            os.makedirs(settings)
            with open(os.path.join(settings, "keyfile"), "w") as f:
                f.write(f"[fr/artifaille/Relais]\nlast-profile='{profile['id']}'\n")
        body(binary, env, profiles)
    except Failure as failure:
        tap.fail(str(failure))
    except Exception as error:  # dogtail's own errors: still a TAP failure with its plan
        tap.fail(f"{type(error).__name__}: {error}")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return tap.done()
