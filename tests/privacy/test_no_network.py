#!/usr/bin/env python3
"""The strace parser of no_network.py on small fake logs: what is not local must fail, what is
local must pass, and an empty log must never pass. Without this, a parser that accepts
everything would let no_network_without_pairing pass whatever Mapje does."""
import io
import os
import sys
import tempfile
import unittest
from contextlib import redirect_stdout, redirect_stderr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import no_network  # noqa: E402

LOCAL = """\
4100  execve("/build/app/mapje", ["/build/app/mapje"], 0x7ffd /* 30 vars */) = 0
4100  socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 7
4100  connect(7, {sa_family=AF_UNIX, sun_path="/tmp/dbus-Ab12Cd"}, 110) = 0
4100  sendmsg(7, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="\\0", iov_len=1}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, MSG_NOSIGNAL) = 1
4101  socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 9
4101  bind(9, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 0
4101  sendto(9, [{nlmsg_len=20, nlmsg_type=RTM_GETLINK}], 20, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20
4102  connect(11, {sa_family=AF_UNIX, sun_path=@"/tmp/.X11-unix/X99"}, 21) = 0
4103  connect(12, {sa_family=AF_UNIX, sun_path="/run/user/0/speech-dispatcher/speechd.sock"}, 110 <unfinished ...>
4103  <... connect resumed>) = 0
4100  socketpair(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0, [13, 14]) = 0
4100  --- SIGTERM {si_signo=SIGTERM, si_code=SI_USER, si_pid=1, si_uid=0} ---
"""


def judge(text):
    return no_network.parse_log(text)


class ParserTest(unittest.TestCase):
    def test_local_sockets_pass(self):
        report = judge(LOCAL)
        self.assertEqual(report.findings, [])
        self.assertEqual(report.unix_lines, 5)
        self.assertEqual(report.families["AF_NETLINK"], 3)
        self.assertIn("/tmp/dbus-Ab12Cd", report.unix_paths)
        self.assertIn("@/tmp/.X11-unix/X99", report.unix_paths)
        self.assertEqual(report.executed, ["/build/app/mapje"])

    def assertNotLocal(self, line, reason_part, log=LOCAL):
        report = judge(log + line + "\n")
        self.assertEqual(len(report.findings), 1, report.findings)
        self.assertIn(reason_part, report.findings[0].reason)
        self.assertEqual(report.findings[0].line_number, len(log.splitlines()) + 1)
        return report.findings[0]

    def test_inet_connect_fails(self):
        self.assertNotLocal('4100  connect(15, {sa_family=AF_INET, sin_port=htons(443), '
                            'sin_addr=inet_addr("93.184.216.34")}, 16) = -1 EINPROGRESS '
                            '(Operation now in progress)', "AF_INET")

    def test_loopback_counts_too(self):
        self.assertNotLocal('4100  connect(15, {sa_family=AF_INET, sin_port=htons(8080), '
                            'sin_addr=inet_addr("127.0.0.1")}, 16) = 0', "AF_INET")
        self.assertNotLocal('4100  connect(15, {sa_family=AF_INET6, sin6_port=htons(8080), '
                            'sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), '
                            'sin6_scope_id=0}, 28) = 0', "AF_INET6")

    def test_dns_lookup_fails(self):
        self.assertNotLocal('4105  sendto(16, "\\x12\\x34\\x01\\x00", 36, MSG_NOSIGNAL, '
                            '{sa_family=AF_INET, sin_port=htons(53), '
                            'sin_addr=inet_addr("127.0.0.53")}, 16) = 36', "AF_INET")
        self.assertNotLocal('4105  connect(16, {sa_family=AF_UNIX, '
                            'sun_path="/run/systemd/resolve/io.systemd.Resolve"}, 42) = 0',
                            "name lookup")

    def test_host_lookup_through_nscd_fails_a_user_lookup_passes(self):
        connect = ('4107  connect(16, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110)'
                   ' = 0\n')
        # GETPWBYUID (1) for uid 0: libspeechd asks who the user is.
        user = '4107  sendto(16, "\\2\\0\\0\\0\\1\\0\\0\\0\\2\\0\\0\\0000\\0", 14, MSG_NOSIGNAL, NULL, 0) = 14\n'
        self.assertEqual(judge(LOCAL + connect + user).findings, [])
        # GETAI (14) for "example.org": a DNS lookup, answered by nscd.
        self.assertNotLocal('4107  sendto(16, "\\2\\0\\0\\0\\16\\0\\0\\0\\f\\0\\0\\0example.org\\0", '
                            '24, MSG_NOSIGNAL, NULL, 0) = 24', "host name lookup through nscd",
                            log=LOCAL + connect)

    def test_inet_socket_fails_even_unused(self):
        self.assertNotLocal("4100  socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 17",
                            "AF_INET6")
        self.assertNotLocal("4100  socket(PF_INET, SOCK_STREAM, IPPROTO_TCP) = 17", "AF_INET")

    def test_unfinished_inet_connect_fails(self):
        self.assertNotLocal('[pid  4106] connect(18, {sa_family=AF_INET, sin_port=htons(443), '
                            'sin_addr=inet_addr("10.0.0.1")}, 16 <unfinished ...>', "AF_INET")

    def test_other_families_fail(self):
        self.assertNotLocal("4100  socket(AF_PACKET, SOCK_RAW, 768) = 19", "AF_PACKET")
        self.assertNotLocal("4100  socket(0x2c /* AF_??? */, SOCK_STREAM, 0) = -1 EAFNOSUPPORT",
                            "0x2c")
        self.assertNotLocal("4100  connect(20, 0x7ffc12345678, 16) = -1 EFAULT", "decode")

    def test_sendmsg_to_an_inet_address_fails(self):
        self.assertNotLocal('4100  sendmsg(21, {msg_name={sa_family=AF_INET, sin_port=htons(5353), '
                            'sin_addr=inet_addr("224.0.0.251")}, msg_namelen=16}, 0) = 40',
                            "AF_INET")


    def test_each_call_is_put_down_to_its_program(self):
        log = LOCAL + ("4100  clone3({flags=CLONE_VM|CLONE_THREAD, exit_signal=0} <unfinished ...>\n"
                       "4120  socket(AF_UNIX, SOCK_STREAM, 0) = 22\n"
                       "4100  <... clone3 resumed> => {parent_tid=[4120]}, 88) = 4120\n"
                       "4100  clone(child_stack=NULL, flags=SIGCHLD) = 4121\n"
                       '4121  execve("/usr/bin/helper", ["helper"], 0x1 /* 3 vars */) = 0\n')
        thread = self.assertNotLocal('4120  connect(22, {sa_family=AF_INET6, sin6_port=htons(80), '
                                     'inet_pton(AF_INET6, "::1", &sin6_addr)}, 28) = 0', "AF_INET6",
                                     log=log)
        self.assertEqual(thread.program, "/build/app/mapje")
        child = self.assertNotLocal("4121  socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = 3", "AF_INET",
                                    log=log)
        self.assertEqual(child.program, "/usr/bin/helper")


SPEECHD = ("4100  clone(child_stack=NULL, flags=SIGCHLD) = 4130\n"
           '4130  execve("/usr/bin/speech-dispatcher", ["/usr/bin/speech-dispatcher", "--spawn"], '
           "0x1 /* 3 vars */) = 0\n")
MARYTTS = ('4130  socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 10\n'
           '4130  connect(10, {sa_family=AF_INET, sin_port=htons(59125), '
           'sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED (Connection refused)\n')


class ExceptionTest(unittest.TestCase):
    """The one allowed non-local call is speech-dispatcher's own MaryTTS probe, and only that."""

    def test_speech_dispatcher_probing_marytts_is_allowed_and_listed(self):
        report = judge(LOCAL + SPEECHD + MARYTTS)
        self.assertEqual(report.findings, [])
        self.assertEqual(len(report.excused), 2)
        self.assertEqual(report.excused[0].program, "/usr/bin/speech-dispatcher")

    def test_the_same_probe_from_mapje_fails(self):
        report = judge(LOCAL + MARYTTS.replace("4130", "4100"))
        self.assertEqual(len(report.findings), 2)
        self.assertEqual(report.excused, [])

    def test_speech_dispatcher_elsewhere_fails(self):
        for other in ('4130  connect(10, {sa_family=AF_INET, sin_port=htons(443), '
                      'sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
                      '4130  connect(10, {sa_family=AF_INET, sin_port=htons(59125), '
                      'sin_addr=inet_addr("10.0.0.5")}, 16) = 0',
                      '4130  sendto(10, "x", 1, 0, {sa_family=AF_INET, sin_port=htons(53), '
                      'sin_addr=inet_addr("127.0.0.53")}, 16) = 1',
                      "4130  socket(AF_INET6, SOCK_STREAM, IPPROTO_IP) = 11"):
            with self.subTest(other=other):
                report = judge(LOCAL + SPEECHD + other + "\n")
                self.assertEqual(len(report.findings), 1, report.findings)


CUPS = ('4100  socket(AF_INET6, SOCK_STREAM, IPPROTO_IP) = 11\n'
        '4100  setsockopt(11, SOL_TCP, TCP_NODELAY, [1], 4) = 0\n'
        '4100  connect(11, {sa_family=AF_INET6, sin6_port=htons(631), sin6_flowinfo=htonl(0), '
        'inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 EINPROGRESS\n')


class PrintingTest(unittest.TestCase):
    """Printing may reach CUPS on loopback port 631, in the print flow only."""

    def test_cups_on_loopback_is_allowed_in_the_print_flow(self):
        for flow in ("qml:summary", None):
            report = no_network.parse_log(LOCAL + CUPS, flow)
            self.assertEqual(report.findings, [])
            self.assertEqual([f.line_number for f in report.excused], [13, 15])

    def test_cups_in_another_flow_fails(self):
        report = no_network.parse_log(LOCAL + CUPS, "app:offscreen")
        self.assertEqual([f.line_number for f in report.findings], [13, 15])

    def test_a_print_server_elsewhere_fails(self):
        remote = CUPS.replace('"::1"', '"2001:db8::7"')
        report = no_network.parse_log(LOCAL + remote, "qml:summary")
        self.assertEqual([f.line_number for f in report.findings], [13, 15])
        self.assertEqual(report.excused, [])


class CheckCommandTest(unittest.TestCase):
    def check(self, text):
        with tempfile.NamedTemporaryFile("w", suffix=".strace", delete=False) as log:
            log.write(text)
        try:
            out = io.StringIO()
            with redirect_stdout(out), redirect_stderr(out):
                code = no_network.main(["check", log.name])
            return code, out.getvalue()
        finally:
            os.unlink(log.name)

    def test_af_inet_connect_is_reported_and_fails(self):
        code, out = self.check(LOCAL + '4100  connect(15, {sa_family=AF_INET, sin_port=htons(80), '
                                       'sin_addr=inet_addr("127.0.0.1")}, 16) = 0\n')
        self.assertEqual(code, 1)
        self.assertIn("NOT LOCAL", out)
        self.assertIn('inet_addr("127.0.0.1")', out)

    def test_local_log_passes(self):
        code, out = self.check(LOCAL)
        self.assertEqual(code, 0, out)
        self.assertIn("AF_UNIX 5", out)

    def test_empty_log_never_passes(self):
        code, out = self.check("")
        self.assertEqual(code, 1)
        self.assertIn("strace saw nothing", out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
