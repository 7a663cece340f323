#!/usr/bin/env python3
"""Without a pairing with a municipality, Mapje makes no network connection at all.

`run` drives the real Mapje code through its main flows, each under
`strace -f -qq -e trace=%network,execve,clone,...`, and fails on any socket call that is not
local: only AF_UNIX (the session bus, speech-dispatcher, the X server, the accessibility bus) and
AF_NETLINK (Qt asking the kernel about network interfaces; nothing leaves the device) are
allowed. AF_INET and AF_INET6 fail even to 127.0.0.1 or ::1, and so does a host name lookup,
also one through a local resolver (nscd, systemd-resolved, avahi). Each call is put down to the
program that made it (threads and children followed through clone and execve). A run that did not
reach its flow fails too, so the test never passes on an empty trace.

`check LOG...` judges strace logs that are already there (the self-test feeds it fake ones).
Python 3 standard library only.
"""
import argparse
import codecs
import collections
import ctypes
import dataclasses
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import time

ALLOWED_FAMILIES = {"AF_UNIX", "AF_LOCAL", "AF_NETLINK"}
# Sockets only used to look up host names: connecting to one is a name lookup.
RESOLVER_SOCKETS = {
    "/run/systemd/resolve/io.systemd.Resolve",
    "/var/run/avahi-daemon/socket",
    "/run/avahi-daemon/socket",
}
# nscd also answers user and group lookups (libspeechd asks who the user is): only a request for
# a host is a name lookup. Its request starts with int32 version 2, int32 type (glibc's
# nscd-client.h: GETHOSTBYNAME 4, GETHOSTBYNAMEv6 5, GETHOSTBYADDR 6, GETHOSTBYADDRv6 7,
# GETFDHST 13, GETAI 14).
NSCD_SOCKETS = {"/var/run/nscd/socket", "/run/nscd/socket"}
NSCD_HOST_REQUESTS = {4, 5, 6, 7, 13, 14}
ADDRESS_CALLS = {"connect", "bind"}
FAMILY_CALLS = {"socket", "socketpair"}
SEND_CALLS = {"sendto", "sendmsg", "sendmmsg"}
PROCESS_CALLS = {"clone", "clone3", "fork", "vfork"}
STRACE_FILTER = "trace=%network,execve,clone,clone3,fork,vfork"


@dataclasses.dataclass(frozen=True)
class Allowed:
    """A TCP connect to a local system service on loopback that is allowed all the same, with
    the socket() made for it. Anything else to that port, or from another program or flow, fails.
    """

    port: int
    why: str
    programs: tuple = ()  # base names of the programs that may; empty: any
    flows: tuple = ()  # the flows in which it may happen; empty: any
    addresses: tuple = ("127.0.0.1", "::1")


# Each one is a decision: take an entry out and the test fails on it again.
ALLOWED = (
    # Printing (the citizen pressed "Afdrukken"): Qt Print Support asks CUPS for the printers.
    # libcups uses /run/cups/cups.sock when cupsd is there, else IPP on localhost:631.
    Allowed(631, "printing: libcups asks the local CUPS server over loopback IPP (port 631), as "
            "it does when there is no /run/cups/cups.sock", flows=("qml:summary",)),
    # speech-dispatcher, which libspeechd spawns for read aloud when it is not running yet, checks
    # whether a MaryTTS server listens on localhost:59125 (GenericPortDependency in
    # /etc/speech-dispatcher/modules/mary-generic.conf, tried when curl is installed).
    Allowed(59125, "speech-dispatcher (spawned for read aloud) looks for a local MaryTTS server "
            "(mary-generic.conf, GenericPortDependency 59125); not Mapje's code",
            programs=("speech-dispatcher",)),
)

# "1234  connect(3, {...}, 16) = 0", "[pid 1234] connect(...", "1234  <... connect resumed>) = 0"
LINE = re.compile(
    r"^(?:\[pid\s+)?(?P<pid>\d+)?\]?\s*"
    r"(?:<\.\.\.\s+(?P<resumed>\w+)\s+resumed>|(?P<call>\w+)\()(?P<rest>.*)$")
UNFINISHED = " <unfinished ...>"
SA_FAMILY = re.compile(r"sa_family=(?P<family>[\w?]+)")
SUN_PATH = re.compile(r'sun_path=(?P<at>@)?"(?P<path>(?:[^"\\]|\\.)*)"')
FIRST_STRING = re.compile(r'"(?P<text>(?:[^"\\]|\\.)*)"')
RESULT = re.compile(r"=\s*(?P<value>-?\d+)(?:\s|$)")
INET_ADDRESS = re.compile(r'sin_port=htons\((?P<port>\d+)\), sin_addr=inet_addr\("(?P<address>[^"]+)"\)')
INET6_ADDRESS = re.compile(
    r'sin6_port=htons\((?P<port>\d+)\).*?inet_pton\(AF_INET6, "(?P<address>[^"]+)"')


@dataclasses.dataclass
class Finding:
    line_number: int
    line: str
    reason: str
    program: str = "?"


@dataclasses.dataclass
class LogReport:
    """What one strace log shows."""

    lines: int = 0
    network_calls: int = 0
    families: collections.Counter = dataclasses.field(default_factory=collections.Counter)
    unix_paths: set = dataclasses.field(default_factory=set)
    executed: list = dataclasses.field(default_factory=list)
    findings: list = dataclasses.field(default_factory=list)
    excused: list = dataclasses.field(default_factory=list)

    @property
    def unix_lines(self):
        return self.families["AF_UNIX"] + self.families["AF_LOCAL"]

    @property
    def not_local(self):
        return len(self.findings)


@dataclasses.dataclass
class Call:
    line_number: int
    pid: int
    name: str
    text: str  # the arguments and the result, both halves of an interrupted call joined


def calls_in(text):
    """Every call in the log, in order of its first line; lines that are no call are counted."""
    calls, waiting, lines = [], {}, 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not line:
            continue
        lines += 1
        match = LINE.match(line)
        if not match:
            continue  # "--- SIGCHLD ... ---", "+++ exited ... +++"
        pid = int(match.group("pid") or 0)
        rest = match.group("rest")
        if match.group("resumed"):
            call = waiting.pop((pid, match.group("resumed")), None)
            if call is not None:
                call.text += rest
            continue
        call = Call(number, pid, match.group("call"), rest)
        calls.append(call)
        if rest.endswith(UNFINISHED):
            call.text = rest[: -len(UNFINISHED)]
            waiting[(pid, call.name)] = call
    return calls, lines


def result_of(call):
    match = RESULT.search(call.text[call.text.rfind(")"):]) if ")" in call.text else None
    return int(match.group("value")) if match else None


class Programs:
    """Which program each process ran at each line: its last execve, else its parent's."""

    def __init__(self, calls):
        self.execs = collections.defaultdict(list)
        self.parent = {}
        self.threads = set()
        for call in calls:
            if call.name == "execve" and result_of(call) == 0:
                path = FIRST_STRING.match(call.text)
                self.execs[call.pid].append((call.line_number, path.group("text") if path else "?"))
            elif call.name in PROCESS_CALLS and (result_of(call) or 0) > 0:
                self.parent[result_of(call)] = (call.pid, call.line_number)
                if "CLONE_THREAD" in call.text:
                    self.threads.add(result_of(call))

    def process(self, pid, depth=0):
        """The process a thread belongs to (its file descriptors are that process's)."""
        if pid in self.threads and depth < 1000:
            return self.process(self.parent[pid][0], depth + 1)
        return pid

    def at(self, pid, line_number, depth=0):
        ran = [path for number, path in self.execs.get(pid, []) if number <= line_number]
        if ran:
            return ran[-1]
        if pid in self.parent and depth < 1000:
            parent, cloned_at = self.parent[pid]
            return self.at(parent, cloned_at, depth + 1)
        return "?"


def judge_call(call):
    """(families named, unix path or None, reason it is not local or None) for one network call."""
    families = []
    if call.name in FAMILY_CALLS:
        first = call.text.split(",", 1)[0].strip()
        families.append(first.replace("PF_", "AF_", 1) if first.startswith("PF_") else first)
    families += [m.group("family") for m in SA_FAMILY.finditer(call.text)]
    path_match = SUN_PATH.search(call.text)
    path = None
    if path_match:
        path = ("@" if path_match.group("at") else "") + path_match.group("path")
    for family in families:
        if family not in ALLOWED_FAMILIES:
            return families, path, f"{family} is not a local socket"
    if path is not None and path.lstrip("@") in RESOLVER_SOCKETS:
        return families, path, "a name lookup through a resolver socket"
    if call.name in ADDRESS_CALLS and not families:
        return families, path, "an address strace could not decode"
    return families, path, None


def nscd_request(call):
    """The request type of what a call sends, or None when it cannot be read."""
    text = FIRST_STRING.search(call.text)
    if not text:
        return None
    try:
        data = codecs.escape_decode(text.group("text").encode("latin-1"))[0]
    except (ValueError, UnicodeEncodeError):
        return None
    return struct.unpack("<ii", data[:8])[1] if len(data) >= 8 else None


def excused(program, call, flow):
    """Why a non-local connect is allowed all the same (an entry of ALLOWED), or None."""
    if call.name != "connect":
        return None
    address = INET_ADDRESS.search(call.text) or INET6_ADDRESS.search(call.text)
    if not address:
        return None
    for allowed in ALLOWED:
        if (int(address.group("port")) == allowed.port
                and address.group("address") in allowed.addresses
                and (not allowed.programs or os.path.basename(program) in allowed.programs)
                and (flow is None or not allowed.flows or flow in allowed.flows)):
            return allowed.why
    return None


def parse_log(text, flow=None):
    """Reads one strace log (with or without pid prefixes) into a LogReport. flow names the flow
    for the entries of ALLOWED that are tied to one; None: any flow."""
    report = LogReport()
    calls, report.lines = calls_in(text)
    programs = Programs(calls)
    connected = {}  # (process, fd) -> the unix path it was connected to
    unconnected = {}  # (process, fd) -> a non-local socket() waiting for its connect

    for call in calls:
        if call.name == "execve":
            if result_of(call) == 0:
                report.executed.append(programs.at(call.pid, call.line_number))
            continue
        if call.name in PROCESS_CALLS:
            continue
        report.network_calls += 1
        program = programs.at(call.pid, call.line_number)
        finding = Finding(call.line_number, f"{call.pid} {call.name}({call.text}", "", program)
        families, path, reason = judge_call(call)
        for family in set(families):
            report.families[family] += 1
        fd = (programs.process(call.pid), call.text.split(",", 1)[0].strip())
        if path and call.name == "connect":
            connected[fd] = path.lstrip("@")
        if path:
            report.unix_paths.add(path)
        if (reason is None and call.name in SEND_CALLS and connected.get(fd) in NSCD_SOCKETS
                and nscd_request(call) in NSCD_HOST_REQUESTS):
            reason = "a host name lookup through nscd"
        if reason is None:
            continue
        finding.reason = reason
        if call.name == "socket" and (result_of(call) or -1) >= 0:
            # Judged with its connect: a socket made for an allowed connect is allowed too.
            made = (fd[0], str(result_of(call)))
            if made in unconnected:
                report.findings.append(unconnected.pop(made))
            unconnected[made] = finding
            continue
        made = unconnected.pop(fd, None)
        why = excused(program, call, flow)
        if why:
            finding.reason = why
            report.excused += [f for f in (made, finding) if f]
            if made:
                made.reason = why
        else:
            report.findings += [f for f in (made, finding) if f]
    report.findings += unconnected.values()  # never connected: still not local
    report.findings.sort(key=lambda f: f.line_number)
    report.excused.sort(key=lambda f: f.line_number)
    return report


def print_findings(name, report, out=None):
    out = out or sys.stdout
    for finding in report.excused:
        print(f"allowed in {name}, line {finding.line_number}, {finding.program} "
              f"({finding.reason}):\n    {finding.line}", file=out)
    for finding in report.findings:
        print(f"NOT LOCAL in {name}, line {finding.line_number}, {finding.program} "
              f"({finding.reason}):\n    {finding.line}", file=out)


def check_command(args):
    """Judges existing logs: exit 1 on anything not local, or on a log with nothing in it."""
    failed = False
    for path in args.logs:
        with open(path, encoding="utf-8", errors="replace") as handle:
            report = parse_log(handle.read())
        print(f"{path}: {report.network_calls} network calls, AF_UNIX {report.unix_lines}, "
              f"AF_NETLINK {report.families['AF_NETLINK']}, not local {report.not_local}, "
              f"allowed exceptions {len(report.excused)}")
        print_findings(path, report)
        if report.lines == 0:
            print(f"FAIL: {path} is empty: strace saw nothing", file=sys.stderr)
            failed = True
        failed = failed or bool(report.findings)
    print("FAIL" if failed else "PASS")
    return 1 if failed else 0

# ---- running the flows ------------------------------------------------------------------------

QML_FLOWS = ["firstrun", "board", "goals", "appointments", "checkins", "summary", "readaloud",
             "tandem", "settings", "routes", "rights", "glossary"]
PR_SET_CHILD_SUBREAPER = 36


@dataclasses.dataclass
class FlowResult:
    name: str
    report: LogReport
    problems: list
    seconds: float


def become_subreaper():
    """A daemon a flow starts (speech-dispatcher) becomes our child, so we can end it by its id."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def descendants(root):
    """The ids of every living process below root."""
    children = collections.defaultdict(list)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        if len(fields) > 1 and fields[0] != "Z":
            children[int(fields[1])].append(int(entry))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def end_leftovers(keep=()):
    """Ends what a flow left running (by id; all of it was started by this script), and reaps it.
    keep: the ids of processes to leave running (the X server of the flow)."""
    for sig, pause in ((signal.SIGTERM, 2.0), (signal.SIGKILL, 0.5)):
        left = [pid for pid in descendants(os.getpid()) if pid not in keep]
        if not left:
            break
        for pid in left:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        time.sleep(pause)
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            break


def process_named(root, executable):
    """The id of the process below root that runs executable, or None."""
    real = os.path.realpath(executable)
    for pid in descendants(root):
        try:
            if os.path.realpath(f"/proc/{pid}/exe") == real:
                return pid
        except OSError:
            continue
    return None


class Runner:
    def __init__(self, args):
        self.args = args
        self.work = os.path.abspath(args.work)
        shutil.rmtree(self.work, ignore_errors=True)
        os.makedirs(self.work)
        self.results = []
        self.keep = set()  # processes end_leftovers leaves running

    def environment(self, name, **extra):
        """A fresh HOME and XDG folders for one flow; no outer bus, display or speech address."""
        home = os.path.join(self.work, name.replace(":", "-"), "home")
        env = dict(os.environ)
        for key in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "SPEECHD_ADDRESS",
                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "AT_SPI_BUS_ADDRESS"):
            env.pop(key, None)
        folders = {"HOME": home, "XDG_CONFIG_HOME": f"{home}/.config",
                   "XDG_DATA_HOME": f"{home}/.local/share", "XDG_CACHE_HOME": f"{home}/.cache",
                   "XDG_STATE_HOME": f"{home}/.local/state", "XDG_RUNTIME_DIR": f"{home}/run"}
        for folder in folders.values():
            os.makedirs(folder, exist_ok=True)
        os.chmod(folders["XDG_RUNTIME_DIR"], 0o700)
        env.update(folders)
        env["QT_QPA_PLATFORM"] = "offscreen"
        env.update(extra)
        return env

    def traced(self, log, argv):
        return [self.args.strace, "-f", "-qq", "--seccomp-bpf", "-e", STRACE_FILTER, "-o", log,
                "--", *argv]

    def finish(self, name, log, problems, started, binary, on_bus=None):
        """Reads the flow's log and adds what shows the flow really ran. on_bus: why this flow
        must have reached the session bus (then it fails when it did not), or None."""
        try:
            with open(log, encoding="utf-8", errors="replace") as handle:
                report = parse_log(handle.read(), name)
        except OSError:
            report = LogReport()
            problems.append("strace wrote no log")
        if report.lines == 0:
            problems.append("strace saw nothing")
        real = os.path.realpath(binary)
        if not any(os.path.realpath(path) == real for path in report.executed):
            problems.append(f"strace never saw {os.path.basename(binary)} start")
        if on_bus and not reached_bus(report):
            problems.append(f"{os.path.basename(binary)} never reached the session bus ({on_bus})")
        result = FlowResult(name, report, problems, time.monotonic() - started)
        self.results.append(result)
        end_leftovers(self.keep)
        return result

    def qml_flow(self, flow):
        """One Qt Quick Test file of tests/qml on the real pages: it must pass, with tests run."""
        name = f"qml:{flow}"
        log = os.path.join(self.work, f"qml-{flow}.strace")
        started = time.monotonic()
        problems = []
        argv = [self.args.tst_qml, "-input", os.path.join(self.args.qml_dir, f"tst_{flow}.qml")]
        try:
            done = subprocess.run(self.traced(log, argv), env=self.environment(name),
                                  cwd=self.work, capture_output=True, text=True,
                                  timeout=self.args.flow_timeout)
            output = done.stdout + done.stderr
            totals = re.search(r"Totals:\s*(\d+) passed,\s*(\d+) failed", output)
            if done.returncode != 0:
                problems.append(f"tst_qml exited with {done.returncode}")
            if not totals or int(totals.group(1)) == 0 or int(totals.group(2)) != 0:
                problems.append("no passing Qt Quick tests reported")
            if problems:
                print(output[-3000:])
        except subprocess.TimeoutExpired:
            problems.append(f"did not finish within {self.args.flow_timeout} s")
        return self.finish(name, log, problems, started, self.args.tst_qml)

    def app_window(self, name, seconds, extra_env, before=None):
        """The real app, left running for a while on the session bus, then ended with SIGTERM."""
        log = os.path.join(self.work, f"{name.replace(':', '-')}.strace")
        started = time.monotonic()
        problems = []
        env = self.environment(name, **extra_env)
        argv = [self.args.dbus_run_session, "--", *self.traced(log, [self.args.app])]
        wrapper = subprocess.Popen(argv, env=env, cwd=self.work, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True)
        time.sleep(seconds)
        app = process_named(wrapper.pid, self.args.app)
        if wrapper.poll() is not None or app is None:
            problems.append("the app was not running any more when it was to be ended")
        else:
            os.kill(app, signal.SIGTERM)
        try:
            output, _ = wrapper.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            problems.append("the app did not end within 20 s of SIGTERM")
            end_leftovers(self.keep)
            output, _ = wrapper.communicate()
        if problems:
            print(output[-3000:])
        # main.cpp reaches the bus once the first frame is shown: proof the window came up.
        return self.finish(name, log, problems, started, self.args.app,
                           on_bus="it does after the first frame")

    def app_offscreen(self):
        return self.app_window("app:offscreen", self.args.app_seconds, {})

    def app_xcb(self):
        """The real app on an X server (Xvfb) with the accessibility bridge on, as on a desktop."""
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen([self.args.xvfb, "-displayfd", str(write_fd), "-screen", "0",
                                 "1280x900x24", "-nolisten", "tcp"],
                                pass_fds=[write_fd], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        self.keep.add(xvfb.pid)
        try:
            if not display:
                result = FlowResult("app:xcb", LogReport(), ["Xvfb did not start"], 0.0)
                self.results.append(result)
                return result
            return self.app_window("app:xcb", self.args.app_seconds,
                                   {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{display}",
                                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"})
        finally:
            self.keep.discard(xvfb.pid)
            xvfb.terminate()
            try:
                xvfb.wait(timeout=10)
            except subprocess.TimeoutExpired:
                xvfb.kill()
                xvfb.wait()

    def local_services(self):
        """Read aloud on the real speechd plugin and a real D-Bus notification (the probe).
        speech-dispatcher, which the probe spawns and strace follows, stays after the probe
        (often stuck on a device without sound): once the probe has ended, whatever strace still
        follows is ended by its id, so strace finishes its log and ends."""
        name = "probe:readaloud+notification"
        log = os.path.join(self.work, "probe.strace")
        started = time.monotonic()
        deadline = started + self.args.flow_timeout
        problems = []
        argv = [self.args.dbus_run_session, "--", *self.traced(log, [self.args.probe])]
        with open(os.path.join(self.work, "probe.out"), "w+", encoding="utf-8") as out:
            wrapper = subprocess.Popen(argv, env=self.environment(name), cwd=self.work,
                                       stdout=out, stderr=subprocess.STDOUT)
            probe = None
            while probe is None and wrapper.poll() is None and time.monotonic() < deadline:
                probe = process_named(wrapper.pid, self.args.probe)
                time.sleep(0.1)
            while probe and os.path.exists(f"/proc/{probe}") and time.monotonic() < deadline:
                if process_state(probe) == "Z":
                    break
                time.sleep(0.2)
            tracer = process_named(wrapper.pid, self.args.strace)
            if tracer:
                for pid in descendants(os.getpid()):
                    if tracer_of(pid) == tracer and pid != probe:
                        end_process(pid)
            try:
                wrapper.wait(timeout=max(1.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                problems.append(f"did not finish within {self.args.flow_timeout} s")
                end_leftovers(self.keep)
                wrapper.wait()
            out.seek(0)
            output = out.read()
        print("    " + "\n    ".join(l for l in output.splitlines() if l.startswith(
            ("read aloud:", "notification:"))))
        if "probe done" not in output:
            problems.append(f"the probe did not finish (exit {wrapper.returncode})")
            print(output[-3000:])
        return self.finish(name, log, problems, started, self.args.probe,
                           on_bus="for the notification")


def process_state(pid):
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as handle:
            stat = handle.read()
        return stat[stat.rfind(")") + 2:].split()[0]
    except (OSError, IndexError):
        return None


def tracer_of(pid):
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("TracerPid:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def end_process(pid, grace=2.0):
    """SIGTERM, and SIGKILL when it is still there after grace seconds (a stuck daemon)."""
    try:
        os.kill(pid, signal.SIGTERM)
        until = time.monotonic() + grace
        while time.monotonic() < until and process_state(pid) not in (None, "Z"):
            time.sleep(0.1)
        if process_state(pid) not in (None, "Z"):
            os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def reached_bus(report):
    """True when the log shows a connection to a D-Bus socket (dbus-run-session's is /tmp/dbus-*)."""
    return any("dbus" in path for path in report.unix_paths)


def relative(path, work):
    return path.replace(work, "<work>")


def run_command(args):
    become_subreaper()
    runner = Runner(args)
    flows = [(f"qml:{flow}", lambda flow=flow: runner.qml_flow(flow)) for flow in args.qml_flows]
    flows.append(("app:offscreen", runner.app_offscreen))
    if args.xvfb:
        flows.append(("app:xcb", runner.app_xcb))
    if args.probe:
        flows.append(("probe:readaloud+notification", runner.local_services))
    began = time.monotonic()
    for name, flow in flows:
        print(f"-- {name}", flush=True)
        result = flow()
        report = result.report
        print(f"   {report.network_calls} network calls: AF_UNIX {report.unix_lines}, "
              f"AF_NETLINK {report.families['AF_NETLINK']}, not local {report.not_local}, "
              f"allowed {len(report.excused)} ({result.seconds:.1f} s)", flush=True)

    print()
    print(f"{'flow':32} {'calls':>6} {'AF_UNIX':>8} {'NETLINK':>8} {'not local':>9} "
          f"{'allowed':>8}  ran")
    total = LogReport()
    failed = False

    def row(name, report, ran):
        print(f"{name:32} {report.network_calls:6} {report.unix_lines:8} "
              f"{report.families['AF_NETLINK']:8} {report.not_local:9} {len(report.excused):8}"
              f"  {ran}")

    for result in runner.results:
        row(result.name, result.report, "yes" if not result.problems else "NO")
        total.network_calls += result.report.network_calls
        total.families.update(result.report.families)
        total.unix_paths |= result.report.unix_paths
        total.findings += result.report.findings
        total.excused += result.report.excused
    row("all", total, "")
    inet = sum(n for family, n in total.families.items() if family not in ALLOWED_FAMILIES)
    print(f"families seen: {dict(sorted(total.families.items()))}; AF_INET/AF_INET6/other: {inet}"
          f" ({len(total.excused)} of them allowed exceptions, {total.not_local} not)")
    print("local sockets reached: "
          + (", ".join(sorted(relative(p, runner.work) for p in total.unix_paths)) or "none"))

    for result in runner.results:
        print_findings(result.name, result.report)
        if result.report.findings:
            failed = True
        for problem in result.problems:
            failed = True
            print(f"DID NOT RUN in {result.name}: {problem}")
    if total.unix_lines == 0:
        failed = True
        print("DID NOT RUN: not one AF_UNIX call in any flow; was the app traced at all?")
    print(f"logs: {runner.work} ({time.monotonic() - began:.0f} s in all)")
    if failed:
        print("FAIL: Mapje used a socket that is not local, or a flow did not run (see above)")
        return 1
    print(f"PASS: {len(runner.results)} flows, {total.unix_lines} AF_UNIX calls, "
          f"{total.families['AF_NETLINK']} AF_NETLINK, 0 not local from Mapje "
          f"({len(total.excused)} allowed exceptions, listed above)")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="judge strace logs that are already there")
    check.add_argument("logs", nargs="+")
    run = commands.add_parser("run", help="run the flows under strace and judge them")
    run.add_argument("--strace", required=True)
    run.add_argument("--app", required=True, help="the mapje executable")
    run.add_argument("--tst-qml", required=True, help="the tst_qml executable")
    run.add_argument("--qml-dir", required=True, help="tests/qml, where the tst_*.qml files are")
    run.add_argument("--dbus-run-session", required=True)
    run.add_argument("--probe", help="the local services probe (read aloud, notification)")
    run.add_argument("--xvfb", help="Xvfb, for the app on the xcb platform")
    run.add_argument("--work", required=True, help="a folder for the logs; emptied first")
    run.add_argument("--qml-flows", nargs="*", default=QML_FLOWS)
    run.add_argument("--app-seconds", type=float, default=5.0)
    run.add_argument("--flow-timeout", type=float, default=90.0)
    args = parser.parse_args(argv)
    if args.command == "check":
        return check_command(args)
    for tool in (args.strace, args.app, args.tst_qml, args.dbus_run_session):
        if not tool or not os.access(tool, os.X_OK):
            print(f"FAIL: {tool!r} is not there; the test cannot run without it", file=sys.stderr)
            return 1
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
