#!/usr/bin/env python3
"""faultproxy: a fault-injecting HTTP proxy on 127.0.0.1 for the sync tests (README.md beside it).

It sits between the app's client and a mapje-endpoint on loopback. In mode `pass` it forwards each
request exactly and streams both bodies; on its control port a test makes it fail the next
requests the way a network or a server fails: a closed or refused connection, a late answer, a
500 before or after the endpoint acted, a 429, half a body, garbage. A second listener speaks TLS
with a self-signed certificate that a client which checks certificates must refuse.

Python 3.11 standard library only. Bounded: it stops by itself after --max-seconds, and on
SIGTERM or SIGINT. One line per request on stderr: method, path (no query), mode, status; never a
header value or a body.

Usage: faultproxy.py --upstream http://127.0.0.1:PORT --port-file F --control-port-file F
                     [--tls-port-file F] [--max-seconds 600]
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import re
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

MODES = ("pass", "down", "refuse", "slow", "error500", "error500after", "throttle429", "dropMidBody", "garbage")
FAULTS = MODES[1:]
HEAD_LIMIT = 64 * 1024  # a request or answer head; also the longest chunk-size line
PIECE = 64 * 1024  # bodies are streamed in pieces of at most this size
CONTROL_BODY_LIMIT = 16 * 1024
UPSTREAM_CONNECT_SECONDS = 5
TLS_HANDSHAKE_SECONDS = 5
DEFAULT_RETRY_AFTER = 1
DEFAULT_DELAY = 30.0  # longer than the app's default time-out (ShareClient: 20 s)
# Looks like the start of an answer, then is not JSON and not even UTF-8.
GARBAGE = b'{"versie": 1, "id": \x00\xff\xfe<html>geen json</html>,,]'
REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
           413: "Content Too Large", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway"}


def log(text):
    print("faultproxy: " + text, file=sys.stderr, flush=True)


class BadMessage(Exception):
    """A request or answer that is not HTTP/1.1 as this proxy reads it. Its text never quotes it."""


class Head:
    """The first line and the header lines of a request or answer, kept byte for byte."""

    def __init__(self, raw: bytes):
        self.raw = raw
        lines = raw[:-4].split(b"\r\n")
        self.first = lines[0]
        self.fields = []  # (lower-case name, value, the line as received)
        for line in lines[1:]:
            name, colon, value = line.partition(b":")
            if not colon or not name or name != name.strip() or line[:1] in (b" ", b"\t"):
                raise BadMessage("a malformed header line")
            self.fields.append((name.decode("latin-1").lower(), value.strip().decode("latin-1"), line))

    def values(self, name):
        return [value for field, value, _ in self.fields if field == name]

    def tokens(self, name):
        return {token.strip().lower() for value in self.values(name) for token in value.split(",") if token.strip()}

    def wants_close(self, version):
        tokens = self.tokens("connection")
        return "close" in tokens or (version == "HTTP/1.0" and "keep-alive" not in tokens)


async def read_head(reader):
    """The next head, or None when the connection closed cleanly before one began."""
    while True:
        try:
            raw = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError as error:
            if not error.partial.strip():
                return None
            raise BadMessage("the connection closed inside a head") from None
        except asyncio.LimitOverrunError:
            raise BadMessage("a head over 64 KiB") from None
        raw = raw.lstrip(b"\r\n")  # empty lines before a request are allowed (RFC 9112, 2.2)
        if raw:
            return Head(raw)


def framing_of(head, request_method=None, status=None):
    """How the body after `head` ends: ("none", 0), ("length", n), ("chunked", None) or ("close", None).
    request_method is given for an answer (the request's method), None for a request."""
    answer = request_method is not None
    if answer and (request_method == "HEAD" or status < 200 or status in (204, 304)):
        return ("none", 0)
    codings = [token.strip().lower() for value in head.values("transfer-encoding")
               for token in value.split(",") if token.strip()]
    lengths = head.values("content-length")
    if codings:
        if lengths:
            raise BadMessage("both Transfer-Encoding and Content-Length")
        if codings[-1] == "chunked":
            return ("chunked", None)
        if not answer:
            raise BadMessage("a request body whose last coding is not chunked")
        return ("close", None)
    if lengths:
        values = {value.strip() for value in ",".join(lengths).split(",")}
        length = values.pop() if len(values) == 1 else ""
        if not re.fullmatch(r"[0-9]{1,18}", length):
            raise BadMessage("a bad Content-Length")
        return ("length", int(length))
    return ("close", None) if answer else ("none", 0)


async def exactly(reader, length):
    """Yields the next `length` bytes in pieces as they arrive."""
    while length:
        data = await reader.read(min(length, PIECE))
        if not data:
            raise BadMessage("the connection closed inside a body")
        length -= len(data)
        yield data


async def body_pieces(reader, framing):
    """Yields (bytes as on the wire, the body bytes in them) until the body framed so has ended."""
    kind, length = framing
    try:
        if kind == "length":
            async for data in exactly(reader, length):
                yield data, data
        elif kind == "chunked":
            while True:
                line = await reader.readuntil(b"\r\n")
                size = line[:-2].split(b";", 1)[0].strip()
                if not re.fullmatch(rb"[0-9A-Fa-f]{1,15}", size):
                    raise BadMessage("a bad chunk size")
                if int(size, 16) == 0:
                    trailer = line
                    while True:
                        field = await reader.readuntil(b"\r\n")
                        trailer += field
                        if field == b"\r\n":
                            break
                    yield trailer, b""
                    return
                yield line, b""
                async for data in exactly(reader, int(size, 16)):
                    yield data, data
                end = await reader.readexactly(2)
                if end != b"\r\n":
                    raise BadMessage("a chunk without its CRLF")
                yield end, b""
        elif kind == "close":
            while True:
                data = await reader.read(PIECE)
                if not data:
                    return
                yield data, data
    except asyncio.IncompleteReadError:
        raise BadMessage("the connection closed inside a body") from None
    except asyncio.LimitOverrunError:
        raise BadMessage("a chunk-size line over 64 KiB") from None


def answer_bytes(status, fields, body):
    lines = ["HTTP/1.1 %d %s" % (status, REASONS.get(status, "Unknown"))]
    lines += ["%s: %s" % field for field in fields]
    lines += ["Content-Length: %d" % len(body), "", ""]
    return "\r\n".join(lines).encode("latin-1") + body


def problem_bytes(status, slug, title, detail, extra=()):
    """An RFC 9457 problem with the endpoint's own type, title and standard headers."""
    body = json.dumps({"type": "https://mapje.nl/problemen/" + slug, "title": title, "status": status,
                       "detail": detail}, ensure_ascii=False, separators=(",", ":")).encode()
    fields = [("Content-Type", "application/problem+json"), ("API-Version", "1.0.0"),
              ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff"), *extra]
    return answer_bytes(status, fields, body)


def server_error(mode):
    return problem_bytes(500, "serverfout", "Er ging iets mis bij de server.", "faultproxy: " + mode)


def cut_answer(answer, body):
    """The answer's status line and headers with the real Content-Length, then half its body. An
    answer without a body (204) is cut inside its status line, which no client can take for whole."""
    if not body:
        return answer.first[:len(answer.first) // 2], "cut inside the status line (no body)"
    lines = [answer.first] + [raw for name, _, raw in answer.fields
                              if name not in ("content-length", "transfer-encoding")]
    lines.append(b"Content-Length: %d" % len(body))
    half = len(body) // 2
    return b"\r\n".join(lines) + b"\r\n\r\n" + body[:half], "cut after %d of %d body bytes" % (half, len(body))


class Fault:
    def __init__(self, mode="pass", count=None, retry_after=DEFAULT_RETRY_AFTER, delay=DEFAULT_DELAY):
        self.mode, self.remaining, self.retry_after, self.delay = mode, count, retry_after, delay

    def describe(self):
        return {"mode": self.mode, "remaining": self.remaining, "retryAfter": self.retry_after, "delay": self.delay}


def parse_fault(body, max_seconds):
    """The body of POST /mode; ValueError with the reason when it is not one."""
    try:
        data = json.loads(body)
    except ValueError:
        raise ValueError("the body is not JSON") from None
    if not isinstance(data, dict):
        raise ValueError("the body must be a JSON object")
    unknown = sorted(set(data) - {"mode", "count", "retryAfter", "delay"})
    if unknown:
        raise ValueError("unknown field(s): " + ", ".join(unknown))
    mode = data.get("mode")
    if mode not in MODES:
        hint = (" (badTls is not a mode: the TLS listener, its port in --tls-port-file and /stats, always "
                "has the self-signed certificate)") if mode == "badTls" else ""
        raise ValueError("mode must be one of " + ", ".join(MODES) + hint)
    count = data.get("count")
    if count is not None:
        if type(count) is not int or count < 1:
            raise ValueError("count must be a whole number of 1 or more")
        if mode == "refuse":
            raise ValueError("refuse cannot count: a refused connection never reaches the proxy; "
                             "leave count out and set pass to end it")
        if mode == "pass":
            count = None
    retry_after = data.get("retryAfter", DEFAULT_RETRY_AFTER)
    if type(retry_after) is not int or retry_after < 0:
        raise ValueError("retryAfter must be a whole number of seconds, 0 or more")
    delay = data.get("delay", DEFAULT_DELAY)
    if type(delay) not in (int, float) or not 0 <= delay <= max_seconds:
        raise ValueError("delay must be a number of seconds from 0 to --max-seconds")
    return Fault(mode, count, retry_after, float(delay))


def new_stats():
    return {"requests": 0, "forwarded": 0, "faulted": {mode: 0 for mode in FAULTS}, "upstreamErrors": 0,
            "tls": {"connections": 0, "handshakeFailures": 0, "closedBeforeRequest": 0, "requests": 0,
                    "forwarded": 0}}


class Proxy:
    def __init__(self, upstream_url, upstream_host, upstream_port, tls_context, certificate, max_seconds):
        self.upstream_url = upstream_url
        self.upstream = (upstream_host, upstream_port)
        host = "[%s]" % upstream_host if ":" in upstream_host else upstream_host
        self.host_field = b"Host: " + ("%s:%d" % (host, upstream_port)).encode()
        self.tls_context = tls_context
        self.certificate = certificate
        self.max_seconds = max_seconds
        self.fault = Fault()
        self.stats = new_stats()
        self.plain_server = None  # None while refusing
        self.port = 0
        self.ports = {}
        self.plain_writers = set()
        self.all_writers = set()

    # The listener that the app's client talks to.
    async def open_plain(self):
        self.plain_server = await asyncio.start_server(self.on_plain, "127.0.0.1", self.port, limit=HEAD_LIMIT)
        self.port = self.plain_server.sockets[0].getsockname()[1]

    def close_plain(self):
        """Closes the listening socket (new connections are refused) and cuts every open connection,
        as if the endpoint's process had gone. Returns how many were cut."""
        self.plain_server.close()
        self.plain_server = None
        writers = list(self.plain_writers)
        for writer in writers:
            writer.transport.abort()
        return len(writers)

    async def set_fault(self, fault):
        if fault.mode == "refuse":
            if self.plain_server is not None:
                cut = self.close_plain()
                self.stats["faulted"]["refuse"] += cut
                log("refuse: port %d closed, %d open connection(s) cut" % (self.port, cut))
        elif self.plain_server is None:
            await self.open_plain()  # the same port again; OSError if it was taken meanwhile
            log("listening on port %d again" % self.port)
        self.fault = fault

    def take(self):
        """The fault for the request that just arrived; counts it down, back to pass after the last."""
        fault = self.fault
        if fault.remaining is not None:
            fault.remaining -= 1
            if fault.remaining == 0:
                self.fault = Fault()
        return fault

    def snapshot(self):
        return {**self.fault.describe(), "listening": self.plain_server is not None, "upstream": self.upstream_url,
                **self.ports, "tlsCertificate": self.certificate, **json.loads(json.dumps(self.stats))}

    # Connections.
    async def on_plain(self, reader, writer):
        self.plain_writers.add(writer)
        self.all_writers.add(writer)
        try:
            if self.fault.mode in ("down", "refuse"):
                fault = self.take()
                self.stats["requests"] += 1
                self.stats["faulted"][fault.mode] += 1
                log("- - mode=%s status=closed on accept, without an answer" % fault.mode)
                return
            await self.serve(reader, writer, tls=False)
        except (BadMessage, OSError, ssl.SSLError) as error:
            log("connection ended: %s" % describe(error))
        finally:
            self.plain_writers.discard(writer)
            self.all_writers.discard(writer)
            writer.close()

    async def on_tls(self, reader, writer):
        tls = self.stats["tls"]
        tls["connections"] += 1
        self.all_writers.add(writer)
        served = []
        try:
            try:
                await writer.start_tls(self.tls_context, ssl_handshake_timeout=TLS_HANDSHAKE_SECONDS)
            except (ssl.SSLError, OSError, asyncio.TimeoutError) as error:
                tls["handshakeFailures"] += 1
                log("tls handshake failed: %s" % describe(error))
                return
            served.append(0)
            await self.serve(reader, writer, tls=True, served=served)
        except (BadMessage, OSError, ssl.SSLError) as error:
            log("tls connection ended: %s" % describe(error))
        finally:
            if served == [0]:  # Qt checks the certificate after the handshake, then closes
                tls["closedBeforeRequest"] += 1
                log("tls connection closed before a request")
            self.all_writers.discard(writer)
            writer.close()

    async def serve(self, reader, writer, tls, served=None):
        """Requests on one connection until it closes; counted in served[0] when given."""
        while True:
            try:
                head = await read_head(reader)
            except BadMessage as error:
                if served:
                    served[0] += 1
                await self.refuse_request(writer, "-", "-", error)
                return
            if head is None:
                return
            if served:
                served[0] += 1
            if not await self.handle(head, reader, writer, tls):
                return

    async def refuse_request(self, writer, method, path, error):
        log("%s %s status=400 (%s)" % (method, path, error))
        writer.write(problem_bytes(400, "ongeldig-verzoek", "Het verzoek klopt niet.", "faultproxy: %s" % error))
        await writer.drain()

    async def handle(self, head, reader, writer, tls):
        """One request; True when the connection may carry the next one."""
        parts = head.first.decode("latin-1").split(" ")
        method, path = (parts[0], parts[1].split("?", 1)[0]) if len(parts) == 3 else ("-", "-")
        try:
            if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
                raise BadMessage("a malformed request line")
            framing = framing_of(head)
        except BadMessage as error:
            await self.refuse_request(writer, method, path, error)
            return False
        close_after = head.wants_close(parts[2])
        if tls:
            fault = Fault()
            self.stats["tls"]["requests"] += 1
        else:
            fault = self.take()
            self.stats["requests"] += 1
            if fault.mode != "pass":
                self.stats["faulted"][fault.mode] += 1
        where = "%s %s mode=%s%s" % (method, path, fault.mode, " (tls)" if tls else "")
        if fault.mode in ("down", "refuse"):
            log(where + " status=closed without an answer")
            return False
        if fault.mode in ("error500", "throttle429"):
            async for _ in body_pieces(reader, framing):
                pass
            if fault.mode == "error500":
                status, out = 500, server_error("error500")
            else:
                status, out = 429, problem_bytes(429, "te-veel-verzoeken", "Te veel verzoeken. Probeer het zo opnieuw.",
                                                 "faultproxy: throttle429",
                                                 [("Retry-After", str(fault.retry_after))])
            writer.write(out)
            await writer.drain()
            log("%s status=%d (not forwarded)" % (where, status))
            return not close_after
        return await self.forward(head, method, framing, reader, writer, fault, where, close_after, tls)

    async def forward(self, head, method, framing, reader, writer, fault, where, close_after, tls):
        try:
            up_reader, up_writer = await asyncio.wait_for(
                asyncio.open_connection(*self.upstream, limit=HEAD_LIMIT), UPSTREAM_CONNECT_SECONDS)
        except (OSError, asyncio.TimeoutError) as error:
            self.stats["upstreamErrors"] += 1
            log("%s status=502 (upstream not reached: %s)" % (where, describe(error)))
            writer.write(problem_bytes(502, "serverfout", "Er ging iets mis bij de server.",
                                       "faultproxy: the upstream cannot be reached"))
            await writer.drain()
            return False
        (self.stats["tls"] if tls else self.stats)["forwarded"] += 1
        lines = [head.first] + [self.host_field if name == "host" else raw for name, _, raw in head.fields]
        up_writer.write(b"\r\n".join(lines) + b"\r\n\r\n")
        pump = asyncio.create_task(self.pump(reader, framing, up_writer))
        pump.add_done_callback(lambda task: task.cancelled() or task.exception())
        sent = False
        try:
            while True:
                answer = await read_head(up_reader)
                if answer is None:
                    raise BadMessage("the upstream closed without an answer")
                first = answer.first.split(b" ", 2)
                if len(first) < 2 or not re.fullmatch(rb"[1-5][0-9][0-9]", first[1]):
                    raise BadMessage("a malformed status line from the upstream")
                status = int(first[1])
                if status >= 200 or status == 101:
                    break
                writer.write(answer.raw)  # 100 Continue and other interim answers, in every mode
            answer_framing = framing_of(answer, method, status)
            keep = not close_after
            if fault.mode == "pass":
                keep = keep and answer_framing[0] != "close" and not answer.wants_close(first[0].decode("latin-1"))
                writer.write(answer.raw)
                sent = True
                async for raw, _ in body_pieces(up_reader, answer_framing):
                    writer.write(raw)
                    await writer.drain()
                outcome = "status=%d" % status
            else:
                raw_body, body = bytearray(), bytearray()
                async for raw, data in body_pieces(up_reader, answer_framing):
                    raw_body += raw
                    body += data
                sent = True
                if fault.mode == "slow":
                    keep = keep and answer_framing[0] != "close" and not answer.wants_close(first[0].decode("latin-1"))
                    await asyncio.sleep(fault.delay)
                    writer.write(answer.raw + bytes(raw_body))
                    outcome = "status=%d (held %g s)" % (status, fault.delay)
                elif fault.mode == "error500after":
                    writer.write(server_error("error500after"))
                    outcome = "status=500 (upstream answered %d)" % status
                elif fault.mode == "garbage":
                    writer.write(answer_bytes(200, [("Content-Type", "application/json")], GARBAGE))
                    outcome = "status=200 garbage (upstream answered %d)" % status
                else:  # dropMidBody
                    out, how = cut_answer(answer, bytes(body))
                    writer.write(out)
                    keep = False
                    outcome = "status=%d %s" % (status, how)
            await writer.drain()
            if not await finished(pump):
                keep = False
            log("%s %s" % (where, outcome))
            return keep
        except (BadMessage, OSError) as error:
            if pump.done() and not pump.cancelled() and pump.exception() is not None:
                log("%s status=- (the client went away inside the request body: %s)" % (where, describe(pump.exception())))
                return False
            self.stats["upstreamErrors"] += 1
            log("%s status=%s (%s)" % (where, "cut" if sent else "502", describe(error)))
            if not sent:
                writer.write(problem_bytes(502, "serverfout", "Er ging iets mis bij de server.",
                                           "faultproxy: no answer from the upstream"))
                await writer.drain()
            return False
        finally:
            if not pump.done():
                pump.cancel()
            up_writer.close()

    @staticmethod
    async def pump(reader, framing, up_writer):
        """The request body, piece by piece as it arrives, to the upstream."""
        try:
            async for raw, _ in body_pieces(reader, framing):
                up_writer.write(raw)
                await up_writer.drain()
        except BaseException:
            up_writer.transport.abort()  # so that waiting for the answer ends too
            raise

    # The control port.
    async def on_control(self, reader, writer):
        self.all_writers.add(writer)
        try:
            while True:
                head = await read_head(reader)
                if head is None:
                    return
                parts = head.first.decode("latin-1").split(" ")
                if len(parts) != 3:
                    raise BadMessage("a malformed request line")
                method, path = parts[0], parts[1].split("?", 1)[0]
                body = b""
                async for _, data in body_pieces(reader, framing_of(head)):
                    body += data
                    if len(body) > CONTROL_BODY_LIMIT:
                        raise BadMessage("a control body over 16 KiB")
                status, payload = await self.control(method, path, body)
                writer.write(answer_bytes(status, [("Content-Type", "application/json"), ("Cache-Control", "no-store")],
                                          json.dumps(payload).encode() + b"\n"))
                await writer.drain()
                detail = " mode=%s remaining=%s" % (self.fault.mode, self.fault.remaining) if path != "/stats" else ""
                if status != 200:
                    detail += " (%s)" % payload.get("error")
                log("control %s %s status=%d%s" % (method, path, status, detail))
                if head.wants_close(parts[2]):
                    return
        except (BadMessage, OSError) as error:
            log("control connection ended: %s" % describe(error))
        finally:
            self.all_writers.discard(writer)
            writer.close()

    async def control(self, method, path, body):
        routes = {"/mode": ("POST", "GET"), "/stats": ("GET",), "/reset": ("POST",)}
        if path not in routes:
            return 404, {"error": "no such path; the control API is POST /mode, GET /stats, POST /reset"}
        if method not in routes[path]:
            return 405, {"error": "use " + " or ".join(routes[path]) + " " + path}
        if path == "/stats":
            return 200, self.snapshot()
        if path == "/mode" and method == "GET":
            return 200, self.fault.describe()
        try:
            fault = Fault() if path == "/reset" else parse_fault(body, self.max_seconds)
        except ValueError as error:
            return 400, {"error": str(error)}
        try:
            await self.set_fault(fault)
        except OSError as error:
            return 500, {"error": "cannot listen on port %d again: %s" % (self.port, describe(error))}
        if path == "/reset":
            self.stats = new_stats()
            return 200, self.snapshot()
        return 200, fault.describe()


async def finished(pump):
    """Whether the request body was read to its end (so the connection can carry another request)."""
    done, _ = await asyncio.wait({pump}, timeout=1.0)
    if not done:
        pump.cancel()
        return False
    return not pump.cancelled() and pump.exception() is None


def describe(error):
    """The kind of an error and its reason, never data from a message."""
    if isinstance(error, ssl.SSLError):
        return "%s %s" % (type(error).__name__, error.reason or "")
    if isinstance(error, BadMessage):
        return str(error)
    return type(error).__name__ + (" %s" % error.strerror if getattr(error, "strerror", None) else "")


def write_port_file(path, port):
    """Writes the port to a temporary file beside `path` and renames it, so that a reader sees
    either no file or the whole number."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=".faultproxy-", dir=folder)
    with os.fdopen(handle, "w") as f:
        f.write(str(port))
    os.replace(temporary, path)


def make_certificate(folder):
    """A self-signed certificate for 127.0.0.1, made by the openssl CLI; its paths."""
    certificate, key = os.path.join(folder, "certificate.pem"), os.path.join(folder, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", key, "-out", certificate, "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=30)
    return certificate, key


def upstream_address(url):
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "http" or parts.path not in ("", "/") or parts.query or parts.username:
        raise ValueError("--upstream must be http://127.0.0.1:PORT (no path)")
    try:
        port = parts.port
        loopback = parts.hostname == "localhost" or ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        raise ValueError("--upstream must be http://127.0.0.1:PORT") from None
    if not loopback or not port:
        raise ValueError("--upstream must be on loopback, with a port")
    return parts.hostname, port


async def run(args, upstream, deadline, certificate, key, written):
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    why = []
    for number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(number, lambda name=signal.Signals(number).name: (why.append(name), stop.set()))
    # asyncio's own reports in one line, without their tracebacks.
    loop.set_exception_handler(lambda _, context: log("asyncio: %s %s" % (
        context.get("message"), describe(context["exception"]) if "exception" in context else "")))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate, key)
    context.set_alpn_protocols(["http/1.1"])
    proxy = Proxy(args.upstream, *upstream, context, certificate, args.max_seconds)
    control = await asyncio.start_server(proxy.on_control, "127.0.0.1", 0, limit=HEAD_LIMIT)
    tls = await asyncio.start_server(proxy.on_tls, "127.0.0.1", 0, limit=HEAD_LIMIT)
    await proxy.open_plain()
    proxy.ports = {"port": proxy.port, "controlPort": control.sockets[0].getsockname()[1],
                   "tlsPort": tls.sockets[0].getsockname()[1]}
    # The port file last: once it is there, everything listens.
    for path, port in ((args.tls_port_file, proxy.ports["tlsPort"]),
                       (args.control_port_file, proxy.ports["controlPort"]), (args.port_file, proxy.port)):
        if path:
            write_port_file(path, port)
            written.append(path)
    log("ready: port %d, control %d, tls %d, upstream %s, at most %g s" % (
        proxy.port, proxy.ports["controlPort"], proxy.ports["tlsPort"], args.upstream, args.max_seconds))
    try:
        await asyncio.wait_for(stop.wait(), max(0.0, deadline - time.monotonic()))
        log("stopping: %s" % why[0])
    except asyncio.TimeoutError:
        log("stopping: --max-seconds %g reached" % args.max_seconds)
    for server in (control, tls, proxy.plain_server):
        if server is not None:
            server.close()
    for writer in list(proxy.all_writers):
        writer.transport.abort()
    return 0


def main(argv=None):
    started = time.monotonic()
    # Until asyncio takes over the signals: leave through the clean-up below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    parser = argparse.ArgumentParser(description="A fault-injecting HTTP proxy on 127.0.0.1 (README.md).")
    parser.add_argument("--upstream", required=True, help="http://127.0.0.1:PORT of the endpoint")
    parser.add_argument("--port-file", required=True, help="gets the proxy's port; written last")
    parser.add_argument("--control-port-file", required=True, help="gets the control port")
    parser.add_argument("--tls-port-file", help="gets the port of the TLS listener (self-signed)")
    parser.add_argument("--max-seconds", type=float, default=600.0, help="stop by itself after this (600)")
    args = parser.parse_args(argv)
    if not 0 < args.max_seconds <= 24 * 3600:
        parser.error("--max-seconds must be more than 0 and at most a day")
    try:
        upstream = upstream_address(args.upstream)
    except ValueError as error:
        parser.error(str(error))
    # Should the event loop ever hang, this still ends the process.
    watchdog = threading.Timer(args.max_seconds + 15, lambda: (log("watchdog: stopping hard"), os._exit(3)))
    watchdog.daemon = True
    watchdog.start()
    folder = tempfile.mkdtemp(prefix="faultproxy-")
    written = []
    try:
        certificate, key = make_certificate(folder)
        return asyncio.run(run(args, upstream, started + args.max_seconds, certificate, key, written))
    finally:
        for path in written:  # a port file names a port only while the proxy runs
            try:
                os.remove(path)
            except OSError:
                pass
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
