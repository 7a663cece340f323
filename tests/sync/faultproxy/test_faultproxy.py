#!/usr/bin/env python3
"""Self-test of faultproxy.py: a small recording upstream on 127.0.0.1, the proxy as a subprocess
in front of it, and each mode checked from the client's side and the upstream's. Every wait is
bounded; the whole test takes a few seconds."""

import http.client
import http.server
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
PROXY = os.path.join(HERE, "faultproxy.py")
SECRET = "token-dat-nooit-in-een-log-mag"
BODY_MARKER = "lichaam-dat-nooit-in-een-log-mag"
ETAG = '"7"'


def pattern(size):
    """A body of `size` bytes in which a shifted or lost piece shows."""
    return (b"0123456789abcdefghijklmnopqrstuvwxyz" * (size // 36 + 1))[:size]


class Recorder(http.server.BaseHTTPRequestHandler):
    """The upstream: writes down every request (method, target, header lines, body) and answers
    with an ETag. /big?n=N answers N bytes, /chunked answers in chunks, /empty answers 204."""

    protocol_version = "HTTP/1.1"

    def handle_any(self):
        if "chunked" in self.headers.get("Transfer-Encoding", ""):
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                body += self.rfile.read(size)
                self.rfile.readline()
        elif self.path.startswith("/inkomend"):  # says when the first 5 bytes are in
            body = self.rfile.read(5)
            self.server.first_part.set()
            body += self.rfile.read(int(self.headers["Content-Length"]) - 5)
        else:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.server.records.append({"method": self.command, "target": self.path,
                                    "headers": list(self.headers.items()), "body": body})
        if self.path.startswith("/empty"):
            self.send_response(204)
            self.send_header("ETag", ETAG)
            self.end_headers()
            return
        if self.path.startswith("/chunked"):
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("ETag", ETAG)
            self.end_headers()
            for piece in (b"eerste stuk ", pattern(70000), b" laatste"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.flush()
                if self.path == "/chunked/druppel":  # the rest once the client has the first piece
                    self.server.gate.wait(5)
            self.wfile.write(b"0\r\n\r\n")
            return
        if self.path.startswith("/big?n="):
            answer = pattern(int(self.path.split("=", 1)[1]))
        else:
            answer = json.dumps({"versie": 1, "ontvangen": len(body)}).encode()
        self.send_response(201 if self.command in ("PUT", "POST") else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.send_header("ETag", ETAG)
        self.send_header("Retry-After", "7")
        self.send_header("X-Upstream-Mixed-Case", "Waarde, met komma")
        self.end_headers()
        self.wfile.write(answer)

    do_GET = do_PUT = do_POST = do_DELETE = handle_any

    def log_message(self, *args):
        pass


class Upstream(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Recorder)
        self.records = []
        self.first_part = threading.Event()
        self.gate = threading.Event()
        self.port = self.server_address[1]
        threading.Thread(target=self.serve_forever, daemon=True).start()


def wait_for(what, seconds, message):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = what()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("waited %g s for %s" % (seconds, message))


class Proxy:
    """faultproxy.py as a subprocess, its ports read from its port files."""

    def __init__(self, folder, upstream_port, max_seconds=60):
        self.folder = folder
        self.files = {name: os.path.join(folder, name) for name in ("port", "control", "tls")}
        self.log = os.path.join(folder, "proxy.log")
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, PROXY, "--upstream", "http://127.0.0.1:%d" % upstream_port,
                 "--port-file", self.files["port"], "--control-port-file", self.files["control"],
                 "--tls-port-file", self.files["tls"], "--max-seconds", str(max_seconds)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log)
        wait_for(lambda: os.path.exists(self.files["port"]) or self.process.poll() is not None, 15, "the port file")
        if self.process.poll() is not None:
            raise AssertionError("the proxy stopped at once: " + self.log_text())
        self.port, self.control_port, self.tls_port = (int(self.read(name)) for name in ("port", "control", "tls"))

    def read(self, name):
        with open(self.files[name]) as f:
            return f.read()

    def log_text(self):
        with open(self.log, encoding="utf-8", errors="replace") as f:
            return f.read()

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(10)


def request(port, method, target, body=None, headers=None, timeout=5, context=None):
    """One request on its own connection: (status, [(name, value)], body)."""
    if context is None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    else:
        connection = http.client.HTTPSConnection("127.0.0.1", port, timeout=timeout, context=context)
    try:
        connection.request(method, target, body=body, headers=headers or {})
        answer = connection.getresponse()
        return answer.status, answer.getheaders(), answer.read()
    finally:
        connection.close()


def header(headers, name):
    values = [value for field, value in headers if field.lower() == name.lower()]
    return values[0] if len(values) == 1 else values or None


class FaultProxyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        cls.upstream = Upstream()
        cls.proxy = Proxy(cls.folder.name, cls.upstream.port)

    @classmethod
    def tearDownClass(cls):
        code = cls.proxy.stop()
        # Shown by ctest only when the test fails; it holds no header value and no body.
        print("--- the proxy's log, its last lines:\n" + "".join(cls.proxy.log_text().splitlines(True)[-30:]),
              file=sys.stderr)
        cls.upstream.shutdown()
        cls.upstream.server_close()
        cls.folder.cleanup()
        assert code == 0, "the proxy ended SIGTERM with %s" % code

    def setUp(self):
        status, _ = self.control("POST", "/reset")
        self.assertEqual(status, 200)
        self.upstream.records.clear()
        self.upstream.first_part.clear()
        self.upstream.gate.clear()

    def control(self, method, path, payload=None):
        body = None if payload is None else (payload if isinstance(payload, bytes) else json.dumps(payload).encode())
        status, _, data = request(self.proxy.control_port, method, path, body,
                                  {"Content-Type": "application/json"} if body is not None else {})
        return status, json.loads(data)

    def set_mode(self, **fields):
        status, answer = self.control("POST", "/mode", fields)
        self.assertEqual(status, 200, answer)
        return answer

    def stats(self):
        return self.control("GET", "/stats")[1]

    def records(self, count):
        """The upstream's records once there are `count` (the upstream writes them in its own thread)."""
        wait_for(lambda: len(self.upstream.records) >= count, 5, "%d upstream records" % count)
        time.sleep(0.05)
        self.assertEqual(len(self.upstream.records), count)
        return self.upstream.records

    # pass
    def test_pass_keeps_headers_and_bodies_both_ways(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.proxy.port, timeout=5)
        body = json.dumps({"versie": 1, "tekst": "één item"}).encode()
        connection.putrequest("PUT", "/v1/deelnames/abc12345?x=1")
        sent = [("Authorization", "Bearer " + SECRET), ("If-Match", '"3"'),
                ("Idempotency-Key", "sleutel-0123456789abcdef"), ("Content-Type", "application/json"),
                ("X-Dubbel", "een"), ("X-Dubbel", "twee"), ("Content-Length", str(len(body)))]
        for name, value in sent:
            connection.putheader(name, value)
        connection.endheaders(body)
        answer = connection.getresponse()
        data = answer.read()
        self.assertEqual(answer.status, 201)
        self.assertEqual(answer.getheader("ETag"), ETAG)
        self.assertEqual(answer.getheader("Retry-After"), "7")
        self.assertEqual(answer.getheader("X-Upstream-Mixed-Case"), "Waarde, met komma")
        self.assertEqual(json.loads(data), {"versie": 1, "ontvangen": len(body)})
        record = self.records(1)[0]
        self.assertEqual((record["method"], record["target"], record["body"]), ("PUT", "/v1/deelnames/abc12345?x=1", body))
        received = [(name, value) for name, value in record["headers"] if name not in ("Host", "Accept-Encoding")]
        self.assertEqual(received, sent)  # the same lines, in the same order
        self.assertEqual(header(record["headers"], "Host"), "127.0.0.1:%d" % self.upstream.port)
        # The same connection carries the next request.
        socket_before = connection.sock
        connection.request("GET", "/v1/deelnames/abc12345", headers={"If-None-Match": ETAG})
        answer = connection.getresponse()
        answer.read()
        self.assertEqual(answer.status, 200)
        self.assertIs(connection.sock, socket_before)
        self.assertEqual(header(self.records(2)[1]["headers"], "If-None-Match"), ETAG)
        connection.close()

    def test_pass_streams_large_and_chunked_bodies(self):
        big = pattern(3 * 1024 * 1024 + 7)
        status, headers, data = request(self.proxy.port, "PUT", "/big?n=%d" % len(big), big)
        self.assertEqual((status, len(data), data == big), (201, len(big), True))
        self.assertEqual(self.records(1)[0]["body"], big)
        connection = http.client.HTTPConnection("127.0.0.1", self.proxy.port, timeout=5)
        connection.request("POST", "/chunked", body=iter([b"a" * 1000, b"b" * 70000, b"c"]), encode_chunked=True)
        answer = connection.getresponse()
        self.assertEqual(answer.getheader("Transfer-Encoding"), "chunked")  # passed on as it came
        self.assertEqual(answer.read(), b"eerste stuk " + pattern(70000) + b" laatste")
        connection.close()
        self.assertEqual(self.records(2)[1]["body"], b"a" * 1000 + b"b" * 70000 + b"c")

    def test_pass_streams_without_waiting_for_the_whole_body(self):
        # The request body: the upstream has its first bytes before the client sent the rest.
        client = socket.create_connection(("127.0.0.1", self.proxy.port), timeout=5)
        client.sendall(b"PUT /inkomend HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n12345")
        self.assertTrue(self.upstream.first_part.wait(3), "the first part did not reach the upstream alone")
        client.sendall(b"67890")
        answer = http.client.HTTPResponse(client)
        answer.begin()
        self.assertEqual(answer.status, 201)
        answer.read()
        client.close()
        self.assertEqual(self.records(1)[0]["body"], b"1234567890")
        # The answer body: the client has the first piece while the upstream holds back the rest.
        connection = http.client.HTTPConnection("127.0.0.1", self.proxy.port, timeout=5)
        connection.request("GET", "/chunked/druppel")
        answer = connection.getresponse()
        self.assertEqual(answer.read(12), b"eerste stuk ")
        self.assertFalse(self.upstream.gate.is_set())
        self.upstream.gate.set()
        self.assertEqual(answer.read(), pattern(70000) + b" laatste")
        connection.close()

    # answers made by the proxy without forwarding
    def test_error500_answers_without_forwarding(self):
        self.set_mode(mode="error500")
        status, headers, data = request(self.proxy.port, "PUT", "/v1/deelnames/x", b'{"versie":1}',
                                        {"Idempotency-Key": "k" * 20})
        self.assertEqual(status, 500)
        self.assertEqual(header(headers, "Content-Type"), "application/problem+json")
        self.assertEqual(json.loads(data)["status"], 500)
        time.sleep(0.1)
        self.assertEqual(self.upstream.records, [])
        self.assertEqual(self.stats()["forwarded"], 0)

    def test_throttle429_has_retry_after(self):
        self.set_mode(mode="throttle429", retryAfter=9)
        status, headers, data = request(self.proxy.port, "GET", "/v1/afspraken")
        self.assertEqual((status, header(headers, "Retry-After")), (429, "9"))
        self.assertEqual(json.loads(data)["status"], 429)
        time.sleep(0.1)
        self.assertEqual(self.upstream.records, [])

    # forward, then fail
    def test_error500after_reaches_upstream_once_then_answers_500(self):
        self.set_mode(mode="error500after", count=1)
        key = {"Idempotency-Key": "herhaal-0123456789", "If-Match": '"2"'}
        status, headers, data = request(self.proxy.port, "PUT", "/v1/deelnames/x", b'{"versie":1}', key)
        self.assertEqual(status, 500)
        self.assertIsNone(header(headers, "ETag"))
        self.assertEqual(json.loads(data)["type"], "https://mapje.nl/problemen/serverfout")
        first = self.records(1)[0]
        self.assertEqual((first["body"], header(first["headers"], "Idempotency-Key")),
                         (b'{"versie":1}', "herhaal-0123456789"))
        # The client's retry, with the same key, passes (count 1 is used up): the upstream sees it
        # a second time; that it stores nothing twice is the endpoint's idempotency.
        status, headers, _ = request(self.proxy.port, "PUT", "/v1/deelnames/x", b'{"versie":1}', key)
        self.assertEqual((status, header(headers, "ETag")), (201, ETAG))
        self.assertEqual(len(self.records(2)), 2)
        stats = self.stats()
        self.assertEqual((stats["requests"], stats["forwarded"], stats["faulted"]["error500after"]), (2, 2, 1))

    def test_drop_mid_body_gives_an_incomplete_read(self):
        self.set_mode(mode="dropMidBody")
        connection = http.client.HTTPConnection("127.0.0.1", self.proxy.port, timeout=5)
        connection.request("GET", "/big?n=10000")
        answer = connection.getresponse()
        self.assertEqual((answer.status, answer.getheader("Content-Length"), answer.getheader("ETag")),
                         (200, "10000", ETAG))
        with self.assertRaises(http.client.IncompleteRead) as caught:
            answer.read()
        self.assertEqual(caught.exception.partial, pattern(5000))
        connection.close()
        # A chunked answer is sent with its real length, and cut too.
        connection = http.client.HTTPConnection("127.0.0.1", self.proxy.port, timeout=5)
        connection.request("GET", "/chunked")
        answer = connection.getresponse()
        self.assertEqual(answer.getheader("Content-Length"), str(len(b"eerste stuk  laatste") + 70000))
        with self.assertRaises(http.client.IncompleteRead):
            answer.read()
        connection.close()
        # An answer without a body is cut inside its status line.
        with self.assertRaises((http.client.HTTPException, OSError)):
            request(self.proxy.port, "DELETE", "/empty")
        self.assertEqual(len(self.records(3)), 3)

    def test_garbage_is_not_json_and_has_no_etag(self):
        self.set_mode(mode="garbage")
        status, headers, data = request(self.proxy.port, "PUT", "/v1/deelnames/x", b'{"versie":1}')
        self.assertEqual((status, header(headers, "Content-Type"), header(headers, "ETag")),
                         (200, "application/json", None))
        with self.assertRaises(ValueError):
            json.loads(data)
        self.assertEqual(len(self.records(1)), 1)

    def test_slow_outlasts_a_short_client_timeout(self):
        self.set_mode(mode="slow", delay=2, count=1)
        started = time.monotonic()
        with self.assertRaises(TimeoutError):
            request(self.proxy.port, "PUT", "/v1/deelnames/x", b'{"versie":1}', timeout=0.5)
        self.assertLess(time.monotonic() - started, 1.5)
        self.assertEqual(len(self.records(1)), 1)  # forwarded at once; only the answer waits
        # With a patient client the real answer comes, late.
        self.set_mode(mode="slow", delay=0.3)
        started = time.monotonic()
        status, headers, _ = request(self.proxy.port, "GET", "/v1/deelnames/x", timeout=5)
        self.assertEqual((status, header(headers, "ETag")), (200, ETAG))
        self.assertGreaterEqual(time.monotonic() - started, 0.3)

    # connections
    def test_down_closes_without_an_answer(self):
        kept = http.client.HTTPConnection("127.0.0.1", self.proxy.port, timeout=5)
        kept.request("GET", "/v1/afspraken")
        kept.getresponse().read()
        self.set_mode(mode="down", count=2)
        with self.assertRaises((http.client.HTTPException, OSError)):  # on the kept-alive connection
            kept.request("GET", "/v1/afspraken")
            kept.getresponse().read()
        kept.close()
        with self.assertRaises((http.client.HTTPException, OSError)):  # on a new one
            request(self.proxy.port, "GET", "/v1/afspraken")
        self.assertEqual(request(self.proxy.port, "GET", "/v1/afspraken")[0], 200)
        self.assertEqual(len(self.records(2)), 2)
        stats = self.stats()
        self.assertEqual((stats["faulted"]["down"], stats["mode"]), (2, "pass"))

    def test_refuse_closes_the_listening_socket_until_pass(self):
        kept = http.client.HTTPConnection("127.0.0.1", self.proxy.port, timeout=5)
        kept.request("GET", "/v1/afspraken")
        kept.getresponse().read()
        status, answer = self.control("POST", "/mode", {"mode": "refuse", "count": 1})
        self.assertEqual(status, 400, answer)
        self.set_mode(mode="refuse")
        with self.assertRaises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", self.proxy.port), timeout=2).close()
        with self.assertRaises((http.client.HTTPException, OSError)):  # open connections were cut
            kept.request("GET", "/v1/afspraken")
            kept.getresponse().read()
        kept.close()
        self.assertFalse(self.stats()["listening"])
        self.set_mode(mode="pass")
        self.assertEqual(request(self.proxy.port, "GET", "/v1/afspraken")[0], 200)  # the same port
        self.assertTrue(self.stats()["listening"])

    def test_bad_tls_fails_certificate_verification(self):
        with self.assertRaises(ssl.SSLCertVerificationError):
            request(self.proxy.tls_port, "GET", "/v1/afspraken", context=ssl.create_default_context())
        wait_for(lambda: self.stats()["tls"]["handshakeFailures"] >= 1, 5, "the failed handshake in /stats")
        self.assertEqual(self.stats()["tls"]["requests"], 0)
        self.assertEqual(self.upstream.records, [])
        status, answer = self.control("POST", "/mode", {"mode": "badTls"})
        self.assertEqual(status, 400)
        self.assertIn("TLS listener", answer["error"])
        # Qt checks the certificate after the handshake and then closes: that shows as a
        # connection without a request.
        unchecked = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        unchecked.check_hostname, unchecked.verify_mode = False, ssl.CERT_NONE
        with socket.create_connection(("127.0.0.1", self.proxy.tls_port), timeout=5) as raw:
            unchecked.wrap_socket(raw).close()
        wait_for(lambda: self.stats()["tls"]["closedBeforeRequest"] == 1, 5, "the connection without a request")
        # A client that trusts this very certificate gets through, like pass.
        trusting = ssl.create_default_context(cafile=self.stats()["tlsCertificate"])
        status, headers, _ = request(self.proxy.tls_port, "GET", "/v1/afspraken", context=trusting,
                                     headers={"Authorization": "Bearer " + SECRET})
        self.assertEqual((status, header(headers, "ETag")), (200, ETAG))
        self.assertEqual(header(self.records(1)[0]["headers"], "Authorization"), "Bearer " + SECRET)

    # the control API
    def test_count_returns_to_pass_after_n_requests(self):
        answer = self.set_mode(mode="error500", count=2)
        self.assertEqual((answer["mode"], answer["remaining"]), ("error500", 2))
        statuses = [request(self.proxy.port, "GET", "/v1/afspraken")[0] for _ in range(3)]
        self.assertEqual(statuses, [500, 500, 200])
        self.assertEqual(self.control("GET", "/mode")[1]["mode"], "pass")

    def test_stats_count_and_reset_clears(self):
        self.set_mode(mode="throttle429", count=1)
        request(self.proxy.port, "GET", "/v1/afspraken")
        self.set_mode(mode="garbage", count=2)
        for _ in range(3):
            request(self.proxy.port, "GET", "/v1/afspraken")
        stats = self.stats()
        self.assertEqual((stats["requests"], stats["forwarded"], stats["upstreamErrors"]), (4, 3, 0))
        self.assertEqual({mode: n for mode, n in stats["faulted"].items() if n}, {"throttle429": 1, "garbage": 2})
        self.assertEqual((stats["port"], stats["controlPort"], stats["tlsPort"]),
                         (self.proxy.port, self.proxy.control_port, self.proxy.tls_port))
        status, stats = self.control("POST", "/reset")
        self.assertEqual((stats["requests"], stats["forwarded"], sum(stats["faulted"].values()), stats["mode"]),
                         (0, 0, 0, "pass"))

    def test_control_refuses_what_it_does_not_know(self):
        for payload in ({"mode": "nothing"}, {"mode": "slow", "delay": -1}, {"mode": "error500", "count": 0},
                        {"mode": "error500", "count": True}, {"mode": "error500", "retry_after": 3},
                        {"mode": "throttle429", "retryAfter": "3"}, [1], b"{niet json"):
            status, answer = self.control("POST", "/mode", payload)
            self.assertEqual(status, 400, payload)
            self.assertTrue(answer["error"])
        self.assertEqual(self.control("GET", "/nothing")[0], 404)
        self.assertEqual(self.control("GET", "/reset")[0], 405)
        self.assertEqual(self.stats()["mode"], "pass")

    def test_log_has_a_line_per_request_and_no_secrets(self):
        request(self.proxy.port, "PUT", "/v1/deelnames/logcheck?cursor=12",
                json.dumps({"tekst": BODY_MARKER}).encode(), {"Authorization": "Bearer " + SECRET})
        self.set_mode(mode="error500after", count=1)
        request(self.proxy.port, "PUT", "/v1/deelnames/logcheck2", b"{}", {"Authorization": "Bearer " + SECRET})
        wait_for(lambda: "logcheck2" in self.proxy.log_text(), 5, "the log line")
        log = self.proxy.log_text()
        self.assertIn("PUT /v1/deelnames/logcheck mode=pass status=201", log)
        self.assertIn("PUT /v1/deelnames/logcheck2 mode=error500after status=500 (upstream answered 201)", log)
        for secret in (SECRET, BODY_MARKER, "cursor=12"):
            self.assertNotIn(secret, log)

    def test_port_files_hold_the_whole_number_only(self):
        for name in ("port", "control", "tls"):
            self.assertRegex(self.proxy.read(name), r"^[0-9]{1,5}$")
        self.assertEqual([name for name in os.listdir(self.folder.name) if name.startswith(".faultproxy-")], [])

    # bounded
    def test_stops_by_itself_at_max_seconds_and_on_sigterm(self):
        with tempfile.TemporaryDirectory() as folder:
            started = time.monotonic()
            short = Proxy(folder, self.upstream.port, max_seconds=1.5)
            self.assertEqual(short.process.wait(10), 0)
            self.assertLess(time.monotonic() - started, 6)
            self.assertIn("--max-seconds 1.5 reached", short.log_text())
            self.assertFalse(os.path.exists(short.files["port"]))  # a port file only while it runs
        with tempfile.TemporaryDirectory() as folder:
            proxy = Proxy(folder, self.upstream.port)
            _, _, data = request(proxy.control_port, "GET", "/stats")
            certificate = json.loads(data)["tlsCertificate"]
            self.assertTrue(os.path.exists(certificate))
            started = time.monotonic()
            self.assertEqual(proxy.stop(), 0)
            self.assertLess(time.monotonic() - started, 5)
            self.assertFalse(os.path.exists(os.path.dirname(certificate)))  # its temporary folder is gone


if __name__ == "__main__":
    unittest.main(verbosity=2)
