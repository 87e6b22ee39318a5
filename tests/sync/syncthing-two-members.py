#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The real synchronisation test (issue 15): two Syncthing instances, each
with its own home, listening on 127.0.0.1 only, with global and local
discovery, relays, NAT traversal (UPnP and STUN), crash and usage reporting
all off, share one folder; two members (two profile stores, each in its own
tests/sync-editor process) edit the same profile at the same time —
statuses, notes, steps — and, once the sync settles, both hold the same
document with every edit. Then the link between them is paused while both
edit, so that Syncthing itself makes a .sync-conflict- file, merged by
relais_profile_store_merge_conflict_copies().

  syncthing-two-members.py SYNC-EDITOR PROFILE-FIXTURE

Skipped (77) when syncthing is not installed (tools/install-deps test
installs it). Every wait is for a condition, with a generous timeout.
"""

import copy
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import xml.etree.ElementTree as ET

PROFILE_ID = "0d6f3c5e-3f0b-4b8e-9a1e-2c7c1f7d9a10"
TIMEOUT = 90


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(what, condition, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def set_text(parent, tag, text):
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = text


class Instance:
    def __init__(self, top, name):
        self.name = name
        self.home = os.path.join(top, name, "home")
        self.folder = os.path.join(top, name, "shared")
        self.gui_port = free_port()
        self.sync_port = free_port()
        self.api_key = "relais-test-" + name
        os.makedirs(os.path.join(self.folder, ".stfolder"))
        out = subprocess.run(["syncthing", "generate", "--home=" + self.home,
                              "--skip-port-probing", "--no-default-folder"],
                             env=self.env(), check=True, capture_output=True, text=True)
        self.device_id = next(line.split(": ", 1)[1].strip()
                              for line in (out.stdout + out.stderr).splitlines()
                              if line.startswith("Device ID: ") or ": Device ID: " in line)
        self.process = None

    def env(self):
        env = dict(os.environ)
        env.update(STNODEFAULTFOLDER="1", STNOUPGRADE="1", STNORESTART="1")
        return env

    def configure(self, other):
        path = os.path.join(self.home, "config.xml")
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        set_text(gui, "address", f"127.0.0.1:{self.gui_port}")
        set_text(gui, "apikey", self.api_key)
        options = root.find("options")
        for tag, text in {
            "listenAddress": f"tcp://127.0.0.1:{self.sync_port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "stunKeepaliveStartS": "0",
            "stunKeepaliveMinS": "0",
            "urAccepted": "-1",
            "crashReportingEnabled": "false",
            "autoUpgradeIntervalH": "0",
            "startBrowser": "false",
            # Back together within a second after the pause below.
            "reconnectionIntervalS": "1",
        }.items():
            set_text(options, tag, text)
        for element in options.findall("listenAddress")[1:]:
            options.remove(element)
        device = ET.SubElement(root, "device", id=other.device_id, name=other.name,
                               compression="metadata", introducer="false")
        set_text(device, "address", f"tcp://127.0.0.1:{other.sync_port}")
        # The folder from Syncthing's own defaults (conflict copies kept,
        # as a member's Syncthing does), shared with the other.
        folder = copy.deepcopy(root.find("defaults/folder"))
        folder.attrib.update(id="relais", label="Relais", path=self.folder, type="sendreceive",
                             rescanIntervalS="5", fsWatcherEnabled="true", fsWatcherDelayS="1")
        for device in folder.findall("device"):
            folder.remove(device)
        ET.SubElement(folder, "device", id=self.device_id)
        ET.SubElement(folder, "device", id=other.device_id)
        assert int(folder.findtext("maxConflicts", "-1")) != 0
        root.append(folder)
        tree.write(path)

    def start(self, log):
        self.process = subprocess.Popen(["syncthing", "serve", "--home=" + self.home,
                                         "--no-browser", "--no-restart", "--no-upgrade"],
                                        env=self.env(), stdout=log, stderr=subprocess.STDOUT)

    def rest(self, method, path):
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}", method=method,
                                         headers={"X-API-Key": self.api_key})
        with urllib.request.urlopen(request, timeout=5) as response:
            body = response.read()
            return json.loads(body) if body else None

    def try_rest(self, method, path):
        try:
            return self.rest(method, path)
        except OSError:
            return None

    def scan(self):
        """What a member saved is seen now, not at the next watch or scan."""
        self.rest("POST", "/rest/db/scan?folder=relais")

    def connected_to(self, other):
        connections = self.try_rest("GET", "/rest/system/connections")
        return bool(connections and connections["connections"].get(other.device_id, {}).get("connected"))

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.try_rest("POST", "/rest/system/shutdown")
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Editor:
    """One member: a profile store in its own process, edited on command."""

    def __init__(self, program, folder, author):
        self.folder = folder
        self.process = subprocess.Popen([program, folder, author], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)

    def __call__(self, command):
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        if not answer.startswith("ok"):
            raise AssertionError(f"{command!r}: {answer}")
        return answer

    def document(self, scratch):
        self(f"dump {scratch}")
        with open(scratch, encoding="utf-8") as f:
            return f.read()

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


def file_text(folder):
    try:
        with open(os.path.join(folder, PROFILE_ID + ".json"), encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return None


def settled(editors, instances, scratch):
    """Each member merges what arrived (as the window does when the folder
    changes) and saves; settled when both members and both files hold the
    same document."""
    for editor, instance in zip(editors, instances):
        if editor("sync") != "ok same 0":
            instance.scan()
    documents = [editor.document(scratch) for editor in editors]
    files = [file_text(instance.folder) for instance in instances]
    if documents[0] == documents[1] and files[0] == files[1] == documents[0]:
        return json.loads(documents[0])
    return None


def tool(document, tool_id):
    return next(t for t in document["tools"] if t["tool"] == tool_id)


def main():
    program, fixture = sys.argv[1], sys.argv[2]
    if shutil.which("syncthing") is None:
        print("syncthing is not installed (tools/install-deps test)")
        return 77

    top = tempfile.mkdtemp(prefix="relais-syncthing-")
    instances = [Instance(top, "camille"), Instance(top, "dominique")]
    editors = []
    log = open(os.path.join(top, "syncthing.log"), "w")
    scratch = os.path.join(top, "dump.json")
    ok = False
    try:
        instances[0].configure(instances[1])
        instances[1].configure(instances[0])
        for instance in instances:
            instance.start(log)
        wait_until("both Syncthing instances connected",
                   lambda: instances[0].connected_to(instances[1]) and instances[1].connected_to(instances[0]))

        # The shared profile appears on both computers.
        shutil.copy(fixture, os.path.join(instances[0].folder, PROFILE_ID + ".json"))
        wait_until("the profile synced", lambda: file_text(instances[1].folder) == file_text(instances[0].folder))

        editors = [Editor(program, instances[0].folder, "Camille"),
                   Editor(program, instances[1].folder, "Dominique")]
        for editor in editors:
            editor("open " + PROFILE_ID)

        # Both edit at the same time, then both save.
        camille, dominique = editors
        camille("status microsoft-word trying")
        camille("step understand.weigh done")
        camille("note doodle Les dates des chantiers")
        dominique("status doodle adopted")
        dominique("step-note stock.list Liste faite au bureau")
        dominique("own-step stock Demander au trésorier")
        camille("save")
        dominique("save")
        for instance in instances:
            instance.scan()

        document = wait_until("both members hold the same document", lambda: settled(editors, instances, scratch))
        assert tool(document, "microsoft-word")["status"] == "trying", document
        assert tool(document, "doodle")["status"] == "adopted", document
        assert tool(document, "doodle")["note"] == "Les dates des chantiers", document
        assert document["checklist"]["understand.weigh"]["state"] == "done", document
        assert document["checklist"]["stock.list"]["note"] == "Liste faite au bureau", document
        assert [s["text"] for s in document["own_steps"]] == ["Demander au trésorier"], document
        assert document["changes"]["tools/doodle/status"]["by"] == "Dominique", document
        assert document["changes"]["tools/microsoft-word/status"]["by"] == "Camille", document

        # Apart for a while (paused), both change the same note and other
        # things: when they meet again, Syncthing keeps one file and makes a
        # .sync-conflict- copy of the other, which the member's Relais merges.
        for a, b in ((instances[0], instances[1]), (instances[1], instances[0])):
            a.rest("POST", f"/rest/system/pause?device={b.device_id}")
        wait_until("the link paused",
                   lambda: not instances[0].connected_to(instances[1]) and not instances[1].connected_to(instances[0]))
        camille("note microsoft-word Comptes rendus du bureau")
        camille("step choose.compare skipped")
        camille("save")
        dominique("note microsoft-word Comptes rendus et affiches")
        dominique("step-note understand.weigh Vu en assemblée générale")
        dominique("save")
        for instance in instances:
            instance.scan()
        for a, b in ((instances[0], instances[1]), (instances[1], instances[0])):
            a.rest("POST", f"/rest/system/resume?device={b.device_id}")

        def conflict_seen():
            for instance in instances:
                for folder in (instance.folder, os.path.join(instance.folder, ".relais-merged")):
                    if os.path.isdir(folder) and any(".sync-conflict-" in n for n in os.listdir(folder)):
                        return True
            return False

        # Without a sync by the members, Syncthing alone meets the two files.
        wait_until("Syncthing's conflict copy", conflict_seen)
        document = wait_until("both members hold the same document again",
                              lambda: settled(editors, instances, scratch))
        merged_aside = [n for instance in instances
                        for n in (os.listdir(os.path.join(instance.folder, ".relais-merged"))
                                  if os.path.isdir(os.path.join(instance.folder, ".relais-merged")) else [])
                        if ".sync-conflict-" in n]
        assert merged_aside, "the conflict copy was not merged and moved aside"
        note = tool(document, "microsoft-word")["note"]
        other = ({"Comptes rendus du bureau", "Comptes rendus et affiches"} - {note}).pop()
        assert note in ("Comptes rendus du bureau", "Comptes rendus et affiches"), document
        assert any(e["field"] == "tools/microsoft-word/note" and e["value"] == other
                   for e in document.get("overwritten", [])), document
        assert document["checklist"]["choose.compare"]["state"] == "skipped", document
        assert document["checklist"]["understand.weigh"]["note"] == "Vu en assemblée générale", document
        # Nothing of the first round lost.
        assert tool(document, "doodle")["status"] == "adopted", document
        assert [s["text"] for s in document["own_steps"]] == ["Demander au trésorier"], document
        ok = True
    finally:
        for editor in editors:
            editor.close()
        for instance in instances:
            instance.stop()
        log.close()
        if ok:
            shutil.rmtree(top, ignore_errors=True)
        else:
            print(f"Kept for inspection: {top}", file=sys.stderr)
    print("ok: two members, every edit on both sides")
    return 0


if __name__ == "__main__":
    sys.exit(main())
