#!/usr/bin/env python3
"""A kiosk session leaves no trace (docs/kiosk.md).

Runs the kiosk's QML test (tests/qml/tst_kiosk.qml: whole sessions on the real pages, a marker
typed into every kind of field through the keyboard on the screen, ended once by the button and
once by the idle countdown) with HOME, the XDG folders and TMPDIR in a fresh, empty place. Then it
scans every file under those folders and /dev/shm for the marker in UTF-8 and UTF-16 (both byte
orders). The QML test itself checks the process's open files while it runs.

Before the real scan, the scanner must find a marker planted in UTF-16 in a file of its own:
a scan that can never fail proves nothing.
"""
import argparse
import os
import secrets
import string
import subprocess
import sys
import tempfile


def encodings(marker):
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def files_holding(roots, marker):
    """Every readable file under roots that holds the marker in one of its encodings."""
    needles = encodings(marker)
    found = []
    for root in roots:
        for folder, _, names in os.walk(root, followlinks=False):
            for name in names:
                path = os.path.join(folder, name)
                if os.path.islink(path) or not os.path.isfile(path):
                    continue
                try:
                    with open(path, "rb") as file:
                        data = file.read()
                except OSError:
                    continue
                if any(needle in data for needle in needles):
                    found.append(path)
    return found


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runner", required=True, help="the tst_qml executable")
    parser.add_argument("--test", required=True, help="tests/qml/tst_kiosk.qml")
    args = parser.parse_args()

    # Letters only: the test types it key by key on the keyboard on the screen.
    marker = "zqx" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(12))
    with tempfile.TemporaryDirectory(prefix="kiosk-trace-") as root:
        folders = {name: os.path.join(root, name) for name in
                   ["home", "config", "cache", "data", "state", "runtime", "tmp"]}
        for folder in folders.values():
            os.makedirs(folder, mode=0o700)

        planted = os.path.join(folders["tmp"], "planted")
        with open(planted, "wb") as file:
            file.write(b"\0" + marker.encode("utf-16-le") + b"\0")
        if files_holding([root], marker) != [planted]:
            fail("the scan does not find a marker planted in UTF-16")
        os.remove(planted)

        shm_before = set(os.listdir("/dev/shm")) if os.path.isdir("/dev/shm") else set()
        environment = dict(os.environ)
        environment.update({
            "HOME": folders["home"], "XDG_CONFIG_HOME": folders["config"],
            "XDG_CACHE_HOME": folders["cache"], "XDG_DATA_HOME": folders["data"],
            "XDG_STATE_HOME": folders["state"], "XDG_RUNTIME_DIR": folders["runtime"],
            "TMPDIR": folders["tmp"], "MAPJE_TEST_KIOSK": "1", "MAPJE_TEST_MARKER": marker,
            "QT_QPA_PLATFORM": "offscreen", "QT_IM_MODULE": "qtvirtualkeyboard",
            "QT_VIRTUALKEYBOARD_DESKTOP_DISABLE": "1", "QML_DISABLE_DISK_CACHE": "1",
        })
        run = subprocess.run([args.runner, "-input", args.test], env=environment,
                             capture_output=True, text=True, timeout=540)
        print(run.stdout[-4000:])
        print(run.stderr[-4000:])
        if run.returncode != 0:
            fail(f"the kiosk's QML test failed (exit {run.returncode})")
        if "Totals:" not in run.stdout or " 0 passed" in run.stdout:
            fail("the kiosk's QML test ran nothing")

        holding = files_holding([root], marker)
        shm_new = set(os.listdir("/dev/shm")) - shm_before if os.path.isdir("/dev/shm") else set()
        holding += files_holding(["/dev/shm"], marker) if os.path.isdir("/dev/shm") else []
        if holding:
            fail("files hold what the visitor typed: " + ", ".join(sorted(holding)))
        written = sorted(os.path.relpath(os.path.join(folder, name), root)
                         for folder, _, names in os.walk(root) for name in names)
        print(f"marker {marker}: in no file of {len(written)} under HOME, XDG and TMPDIR, "
              f"nor in /dev/shm ({len(shm_new)} new entries there)")
        for path in written:
            print("  written: " + path)
    print("leave_no_trace: passed")


if __name__ == "__main__":
    main()
