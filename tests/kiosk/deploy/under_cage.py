#!/usr/bin/env python3
"""kiosk_under_cage: the real app under the real cage, started the way mapje-kiosk.service does.

The unit's Environment= lines (its folders moved into a temporary folder), its session wrapper and
its cage options, with wlroots' headless backend and software renderer instead of a screen, in a
network namespace of its own (no network at all) when the test may make one. Passes when:
- the app drew its first frame and exited 0 (through cage, through the wrapper);
- its Wayland traffic shows a toplevel that cage configured and a buffer committed to it (it drew
  on cage's Wayland, not somewhere else);
- no compiled QML or shader cache was written (the unit's environment keeps them off disk);
- an app that exits 80 (leaving kiosk mode) makes the wrapper exit 80, which the unit's
  RestartPreventExitStatus= needs, since cage 0.1.4 itself always exits 0;
- nothing is left running afterwards.
"""
import argparse
import os
import pwd
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

UNIT_RUNTIME = "/run/mapje-kiosk"
TIMEOUT_SECONDS = 40


def fail(message):
    print(f"FAIL: {message}", flush=True)
    sys.exit(1)


def unit_settings(unit_path):
    """The [Service] Environment= assignments and the ExecStart= words of the unit."""
    environment = {}
    exec_start = None
    for line in open(unit_path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("Environment="):
            for assignment in shlex.split(line[len("Environment="):]):
                key, _, value = assignment.partition("=")
                environment[key] = value
        elif line.startswith("ExecStart="):
            exec_start = shlex.split(line[len("ExecStart="):])
    if exec_start is None:
        fail(f"{unit_path} has no ExecStart=")
    return environment, exec_start


def launcher(exec_start, session):
    """The unit's command up to and including cage's '--', with the shipped wrapper first."""
    if exec_start[0] != "/usr/local/lib/mapje/mapje-kiosk-session":
        fail(f"ExecStart does not start the session wrapper: {exec_start}")
    dashes = [i for i, word in enumerate(exec_start) if word == "--"]
    if len(dashes) != 2 or "/usr/bin/cage" not in exec_start[dashes[0]:dashes[1]]:
        fail(f"ExecStart is not 'session ... -- /usr/bin/cage ... -- app ...': {exec_start}")
    return [session] + exec_start[1:dashes[1] + 1]


def runner_user():
    """cage refuses to run as root: as root the test runs it as nobody."""
    if os.geteuid() != 0:
        return None
    return pwd.getpwnam("nobody")


def accessible_to(user, path):
    """True when every folder up to path lets user pass and path is executable for others."""
    if user is None:
        return os.access(path, os.X_OK)
    parts = os.path.realpath(path).split("/")
    for i in range(2, len(parts) + 1):
        mode = os.stat("/".join(parts[:i]) or "/").st_mode
        if not mode & 0o001:
            return False
    return True


def prefix_for(user):
    """A network namespace with no interface up (the kiosk's start needs no network at all), and
    as root the drop to nobody inside it."""
    unshare = ["unshare", "--net"] if user is not None else ["unshare", "--net", "--map-current-user"]
    words = []
    if subprocess.run(unshare + ["true"], capture_output=True).returncode == 0:
        words += unshare + ["--"]
    else:
        print("NOTE: no network namespace here; running with the host's network")
    if user is not None:
        words += ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}",
                  "--clear-groups", "--"]
    return words


def run(command, environment, label):
    started = time.monotonic()
    process = subprocess.Popen(command, env=environment, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True, text=True, errors="replace")
    try:
        output, _ = process.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        print(output[-4000:])
        fail(f"{label}: no end after {TIMEOUT_SECONDS} s")
    # Nothing of the run may stay behind (the wrapper ends the app when cage ends).
    time.sleep(0.3)
    try:
        os.killpg(process.pid, 0)
        os.killpg(process.pid, signal.SIGKILL)
        fail(f"{label}: processes were still running after the wrapper ended")
    except ProcessLookupError:
        pass
    print(f"{label}: exit {process.returncode} after {time.monotonic() - started:.1f} s")
    return process.returncode, output


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--unit", required=True)
    parser.add_argument("--session", required=True)
    parser.add_argument("--app", required=True)
    args = parser.parse_args()

    cage = shutil.which("cage", path="/usr/bin")
    if cage is None:
        fail("/usr/bin/cage is not installed (Debian package cage)")
    unit_environment, exec_start = unit_settings(args.unit)
    command = launcher(exec_start, args.session)
    for key in ("QT_QPA_PLATFORM", "QT_IM_MODULE", "QML_DISABLE_DISK_CACHE"):
        if key not in unit_environment:
            fail(f"the unit does not set {key}")
    if unit_environment["QT_QPA_PLATFORM"] != "wayland":
        fail("the unit does not run Qt on Wayland")

    user = runner_user()
    for path in (args.app, args.session):
        if not accessible_to(user, path):
            fail(f"{path} cannot be run by {user.pw_name if user else 'this user'}: "
                 "every folder on its way needs o+x")

    work = tempfile.mkdtemp(prefix="kiosk-under-cage-")
    os.chmod(work, 0o755)
    try:
        run_root = os.path.join(work, "run")
        environment = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        for key, value in unit_environment.items():
            environment[key] = value.replace(UNIT_RUNTIME, run_root)
        command = [word.replace(UNIT_RUNTIME, run_root) for word in command]
        # The unit's RuntimeDirectory= folders: 0700, the kiosk user's.
        folders = {run_root, os.path.join(run_root, "runtime")}
        folders |= {value for key, value in environment.items() if value.startswith(run_root)}
        for folder in sorted(folders):
            os.makedirs(folder, mode=0o700, exist_ok=True)
            os.chmod(folder, 0o700)
        data = os.path.join(work, "data")
        os.makedirs(data, mode=0o700)
        if user is not None:
            for folder in sorted(folders) + [data]:
                os.chown(folder, user.pw_uid, user.pw_gid)
        # No screen: wlroots' headless output, software rendering, no input devices.
        environment.update({"WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman",
                            "WLR_LIBINPUT_NO_DEVICES": "1", "WAYLAND_DEBUG": "client"})
        prefix = prefix_for(user)

        # A kiosk.ini as install-kiosk.sh writes it, with a real admin PIN hash.
        made = subprocess.run([args.app, "--kiosk-hash-pin"], input="246810\n",
                              capture_output=True, text=True, timeout=30)
        if made.returncode != 0 or not made.stdout.startswith("$argon2id$"):
            fail(f"mapje --kiosk-hash-pin made no hash: {made.stderr}")
        ini = os.path.join(data, "kiosk.ini")
        with open(ini, "w", encoding="utf-8") as file:
            file.write("[gemeente]\nnaam=Gemeente Voorbeeld\n[beheer]\npincode="
                       + made.stdout.strip() + "\n")
        if user is not None:
            os.chown(ini, user.pw_uid, user.pw_gid)
        code, output = run(prefix + command + [args.app, "--kiosk", ini, "--self-test"],
                           environment, "mapje --kiosk --self-test under cage")
        left = sorted(set(os.listdir(data)) - {"kiosk.ini"})
        if left:
            fail(f"the kiosk wrote files beside its config: {left}")
        print(re.sub(r"(?m)^\[.*\n", "", output)[-3000:])
        if code != 0:
            print(output[-6000:])
            fail(f"mapje under cage exited {code}, not 0")
        if "first frame" not in output:
            fail("mapje did not report its first frame")
        toplevel = re.search(r"-> xdg_surface@\d+\.get_toplevel\(new id xdg_toplevel@(\d+)\)", output)
        if not toplevel:
            fail("mapje made no xdg_toplevel on cage's Wayland")
        if not re.search(rf"xdg_toplevel@{toplevel.group(1)}\.configure\(", output):
            fail("cage never configured mapje's window")
        surface = re.search(r"-> wl_surface@(\d+)\.attach\(wl_buffer@\d+, ", output)
        if not surface or f"-> wl_surface@{surface.group(1)}.commit()" not in output[surface.end():]:
            fail("mapje committed no buffer to cage (nothing drawn on Wayland)")
        print("mapje drew its window on cage's Wayland (toplevel configured, buffer committed)")

        for folder in (environment.get("XDG_CACHE_HOME", ""), environment.get("HOME", "")):
            if not folder:
                continue
            for base, dirs, _files in os.walk(folder):
                for name in dirs:
                    if name.startswith("qtshadercache") or name == "qmlcache":
                        fail(f"a compiled cache was written: {os.path.join(base, name)}")
        print("no compiled QML or shader cache written")

        code, output = run(prefix + command + ["/bin/sh", "-c", "exit 80"], environment,
                           "an app exiting 80 under cage")
        if code != 80:
            print(output[-3000:])
            fail(f"the session wrapper exited {code} for an app that exited 80")
        print("the wrapper passes the app's exit status 80 on")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("PASS")


if __name__ == "__main__":
    main()
