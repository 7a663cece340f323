#!/usr/bin/python3
"""What a screen reader hears on the PIN page, read over AT-SPI itself.

Starts the real app on the xcb platform under Xvfb with the accessibility bridge on, presses
"Beginnen" through AT-SPI as a screen reader user would, and checks that the PIN field is a
password field that carries its name ("Pincode"). Run inside `dbus-run-session`, which gives the
session bus on which the accessibility bus is started. Every wait is bounded and everything this
script starts is stopped again.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi  # Debian: python3-pyatspi (needs the system python3)

DEADLINE_SECONDS = 60


def walk(node, depth=0):
    """Yields every accessible under node, node first."""
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.childCount
    except Exception:  # an object that went away while walking
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def find(app_name, test, deadline):
    """The first accessible of the app for which test(node) holds, waiting until the deadline."""
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is None or app.name.lower() != app_name.lower():
                continue
            for node in walk(app):
                try:
                    if test(node):
                        return node
                except Exception:
                    continue
        time.sleep(0.3)
    return None


def describe(app_name):
    lines = []
    for app in pyatspi.Registry.getDesktop(0):
        if app is None:
            continue
        for node in walk(app):
            try:
                lines.append(f"{node.getRoleName()}: {node.name!r}")
            except Exception:
                pass
    return "\n".join(lines[:80]) or "(no accessible applications)"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True, help="the mapje executable")
    args = parser.parse_args()
    deadline = time.monotonic() + DEADLINE_SECONDS

    work = tempfile.mkdtemp(prefix="mapje-atspi-")
    processes = []
    try:
        # Xvfb picks a free display and writes its number to the pipe.
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24",
                                 "-nolisten", "tcp"], pass_fds=(write_fd,),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(xvfb)
        os.close(write_fd)
        display = b""
        while not display.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(read_fd, 16)
            if not chunk:
                break
            display += chunk
        os.close(read_fd)
        if not display.strip():
            print("FAIL: Xvfb did not start")
            return 1

        env = dict(os.environ)
        env.update({
            "DISPLAY": ":" + display.decode().strip(),
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "XDG_RUNTIME_DIR": work,
            "HOME": work,
            "LANG": "nl_NL.UTF-8",
        })
        app = subprocess.Popen([args.app, "--data-dir", os.path.join(work, "data")], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        processes.append(app)

        start = find("mapje", lambda n: n.getRole() == pyatspi.ROLE_PUSH_BUTTON and n.name == "Beginnen",
                     deadline)
        if start is None:
            print("FAIL: no button 'Beginnen' over AT-SPI\n" + describe("mapje"))
            return 1
        start.queryAction().doAction(0)

        field = find("mapje", lambda n: n.getRole() == pyatspi.ROLE_PASSWORD_TEXT, deadline)
        if field is None:
            print("FAIL: no password field over AT-SPI after 'Beginnen'\n" + describe("mapje"))
            return 1
        # The name is read again after a moment: it must not be wiped once the bridge is active.
        time.sleep(0.5)
        name = field.name
        print(f"PIN field over AT-SPI: role {field.getRoleName()!r}, name {name!r}")
        if name != "Pincode":
            print("FAIL: the PIN field's accessible name is " + repr(name) + ", not 'Pincode'")
            return 1
        print("PASS")
        return 0
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=5)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
