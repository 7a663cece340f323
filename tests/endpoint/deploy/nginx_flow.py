#!/usr/bin/env python3
"""The shipped nginx site (endpoint/deploy) in front of the real mapje-endpoint, on 127.0.0.1 with
a certificate made here: `nginx -t` passes, HTTPS reaches the endpoint with its headers, plain HTTP
and oversize bodies are refused by nginx, and the client's own address reaches the endpoint (the
lock on guessed codes is per client, not per proxy). Every wait is bounded.

Usage: nginx_flow.py --endpoint BIN --site CONF --log-format CONF
"""
import argparse
import http.client
import os
import signal
import ssl
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import endpoint_flow as flow  # noqa: E402  (the Endpoint helper and check())


def https(port, cafile, method, path, body=None, source="127.0.0.1"):
    context = ssl.create_default_context(cafile=cafile)
    connection = http.client.HTTPSConnection("127.0.0.1", port, timeout=20, context=context, source_address=(source, 0))
    headers = {"Idempotency-Key": flow.new_key()}
    if body is not None:
        headers["Content-Type"] = "application/json"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--site", required=True)
    parser.add_argument("--log-format", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        endpoint = flow.Endpoint(args.endpoint, folder, "sqlite", extra_server="vertrouwdeProxies=127.0.0.1\n")
        endpoint.start()
        cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                        "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1"],
                       check=True, capture_output=True, timeout=60)
        port = flow.free_port()
        with open(args.site) as f:
            site = f.read()
        for name, value in {"UPSTREAM": "127.0.0.1:%d" % endpoint.port, "LISTEN": "127.0.0.1:%d" % port,
                            "SERVER_NAME": "localhost", "CERTIFICATE": cert, "CERTIFICATE_KEY": key,
                            "ACCESS_LOG": os.path.join(folder, "access.log"),
                            "ERROR_LOG": os.path.join(folder, "error.log")}.items():
            site = site.replace("@%s@" % name, value)
        with open(os.path.join(folder, "site.conf"), "w") as f:
            f.write(site)
        # The main configuration a Debian nginx would have around the site, in this folder. As
        # root in a test, the workers stay root so they can read this folder.
        with open(os.path.join(folder, "nginx.conf"), "w") as f:
            f.write("%spid %s/nginx.pid;\nerror_log %s/error.log warn;\nevents { worker_connections 64; }\n"
                    "http {\n client_body_temp_path %s/body; proxy_temp_path %s/proxy;\n"
                    " fastcgi_temp_path %s/fastcgi; uwsgi_temp_path %s/uwsgi; scgi_temp_path %s/scgi;\n"
                    " include %s;\n include %s/site.conf;\n}\n" % (
                        "user root;\n" if os.geteuid() == 0 else "", folder, folder, *([folder] * 5),
                        os.path.abspath(args.log_format), folder))
        nginx = ["nginx", "-p", folder, "-c", os.path.join(folder, "nginx.conf")]
        tested = subprocess.run(nginx + ["-t"], capture_output=True, text=True, timeout=30)
        flow.check(tested.returncode == 0, "nginx -t passes: %s" % tested.stderr)
        server = subprocess.Popen(nginx + ["-g", "daemon off;"], stderr=subprocess.DEVNULL)
        try:
            def up():
                try:
                    return https(port, cert, "GET", "/v1/openapi.json")[0] == 200
                except OSError:
                    return False
            flow.wait_until(up, 20, "nginx")
            status, headers, _ = https(port, cert, "GET", "/v1/openapi.json")
            flow.check(status == 200 and headers.get("api-version") == "1.0.0", "HTTPS reaches the endpoint")
            flow.check("strict-transport-security" in headers, "HSTS over HTTPS")
            flow.check("nginx/" not in headers.get("server", ""), "no nginx version shown")
            plain = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
            plain.request("GET", "/v1/openapi.json")
            refused = plain.getresponse()
            flow.check(refused.status == 400 and b"openapi" not in refused.read(), "plain HTTP is refused: %s" % refused.status)
            plain.close()
            status, _, _ = https(port, cert, "PUT", "/v1/deelnames/bord-0000001", body=b"{" * 300000)
            flow.check(status == 413, "nginx refuses an oversize body: %s" % status)
            check_addresses(port, cert)
            check_no_code_logged(port, cert, os.path.join(folder, "access.log"))
        finally:
            server.send_signal(signal.SIGQUIT)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
            endpoint.stop()
    print("nginx: %d checks failed" % len(flow.failures) if flow.failures else "nginx: every check passed")
    return 1 if flow.failures else 0


def check_addresses(port, cert):
    # Guessed codes from 127.0.0.2 lock 127.0.0.2 only: the endpoint sees each client's address.
    wrong = b'{"versie":1,"code":"AAAA-AAAA"}'
    statuses = [https(port, cert, "POST", "/v1/koppelingen", body=wrong, source="127.0.0.2")[0] for _ in range(6)]
    flow.check(statuses == [400] * 5 + [429], "guessing from one client locks it: %s" % statuses)
    other = https(port, cert, "POST", "/v1/koppelingen", body=wrong, source="127.0.0.3")[0]
    flow.check(other == 400, "another client behind the same proxy is not locked: %s" % other)


def check_no_code_logged(port, cert, access_log):
    # A hand-off code is the path of its mailbox: the access log keeps the path without it.
    body = b'{"versie":1,"telefoonSleutel":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}'
    status = https(port, cert, "POST", "/v1/overdrachten/KM4T-X7RA/telefoon", body=body, source="127.0.0.4")[0]
    flow.check(status == 404, "an unknown hand-off code through nginx: %s" % status)
    log = ""
    for _ in range(50):  # nginx writes the line just after the answer left
        with open(access_log) as f:
            log = f.read()
        if "/v1/overdrachten/" in log:
            break
        time.sleep(0.1)
    flow.check("/v1/overdrachten/-/telefoon" in log, "the access log names the mailbox's path: %s" % log[-300:])
    flow.check("KM4T" not in log, "the access log holds no hand-off code")


if __name__ == "__main__":
    sys.exit(main())
