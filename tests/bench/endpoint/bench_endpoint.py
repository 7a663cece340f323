#!/usr/bin/env python3
"""mapje-endpoint under load with wrk: 50 connections of mixed put/pull/delete (mixed.lua) for one
instance on SQLite, one on PostgreSQL and two instances on one PostgreSQL, next to a baseline of
the same run: the service answering the static GET /v1/openapi.json. Prints throughput, p50/p99,
errors (must be zero), whether every acknowledged write is in the database exactly once, and the
endpoint's peak RSS. Run under pg_virtualenv (run_bench.sh). A figure, never a pass/fail on speed:
it fails only on errors or on writes lost or doubled.

Usage: bench_endpoint.py --endpoint BIN [--quick]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "endpoint"))
import endpoint_flow as flow  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CONNECTIONS = 50


def pair(endpoint):
    """A staff code and one device paired on it: the device token for wrk."""
    direct = flow.Client(endpoint.port, "/v1")
    _, _, code = direct.call("POST", "/koppelcodes", {"versie": 1, "label": "bench"}, token=flow.STAFF["joris"], key=flow.new_key())
    _, _, pairing = direct.call("POST", "/koppelingen", {"versie": 1, "code": code["code"]}, key=flow.new_key())
    # Something to read on GET /v1/afspraken.
    direct.call("POST", "/koppelingen/%s/afspraken" % pairing["koppelingId"], {"versie": 1, "begin": "2026-12-14T09:30:00Z",
                "waar": "Stadskantoor", "metWie": "Joris"}, token=flow.STAFF["joris"], key=flow.new_key())
    return pairing["apparaattoken"]


def wrk(port, seconds, script, connections, token="", prefix="a", out=os.devnull):
    environment = dict(os.environ, MAPJE_BENCH_TOKEN=token, MAPJE_BENCH_PREFIX=prefix, MAPJE_BENCH_OUT=out)
    path = "/v1/openapi.json" if script == "static.lua" else "/"
    return subprocess.Popen(["wrk", "-t2", "-c%d" % connections, "-d%ds" % seconds, "--timeout", "10s",
                             "-s", os.path.join(HERE, script), "http://127.0.0.1:%d%s" % (port, path)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=environment)


def summary(process):
    output, _ = process.communicate(timeout=600)
    for line in output.splitlines():
        if line.startswith("MAPJE "):
            return json.loads(line[6:])
    raise SystemExit("wrk gave no summary:\n" + output)


def peak_rss_mb(endpoint):
    with open("/proc/%d/status" % endpoint.process.pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def fresh_database(name):
    subprocess.run(["dropdb", "--if-exists", name], check=True, capture_output=True)
    subprocess.run(["createdb", name], check=True, capture_output=True)
    os.environ["PGDATABASE"] = name


def run(binary, folder, label, backend, instances, seconds, script="mixed.lua"):
    if backend == "postgres":
        fresh_database("bench_%s" % label.replace(" ", "_").replace(",", ""))
    endpoints = []
    # Every endpoint stops, also when a run fails halfway: nothing is left running.
    try:
        return measure(binary, folder, label, backend, instances, seconds, script, endpoints)
    finally:
        for endpoint in endpoints:
            if endpoint.process:
                endpoint.process.kill()
                endpoint.process.wait(timeout=20)
                endpoint.process = None


def measure(binary, folder, label, backend, instances, seconds, script, endpoints):
    for i in range(instances):
        sub = os.path.join(folder, "%s-%d" % (label.replace(" ", "_"), i))
        os.makedirs(sub)
        # Threads above the connections (each keep-alive connection holds one while open), and
        # for two instances together below PostgreSQL's 100 connections (one per thread).
        endpoint = flow.Endpoint(binary, sub, backend, extra_server="draden=%d\n" % (CONNECTIONS // instances + 10))
        if i > 0 and backend == "sqlite":
            raise SystemExit("two instances share a database only on PostgreSQL")
        endpoint.start()
        endpoints.append(endpoint)
    token = pair(endpoints[0]) if script == "mixed.lua" else ""
    per = CONNECTIONS // instances
    # One file per wrk process: two processes appending to one file could break each other's lines.
    kept = [os.path.join(folder, "%s-kept-%d.txt" % (label.replace(" ", "_"), i)) for i in range(instances)]
    processes = [wrk(e.port, seconds, script, per, token, "i%d" % i, kept[i]) for i, e in enumerate(endpoints)]
    results = [summary(p) for p in processes]
    total = {k: sum(r[k] for r in results) for k in ("requests", "created", "deleted", "failed", "non2xx", "socket")}
    total["rps"] = sum(r["requests"] / r["seconds"] for r in results)
    total["p50_ms"] = max(r["p50_ms"] for r in results)
    total["p99_ms"] = max(r["p99_ms"] for r in results)
    total["rss_mb"] = max(peak_rss_mb(e) for e in endpoints) # before they stop
    # Every acknowledged share no DELETE was sent for is stored, each once (the key is unique).
    ids = []
    for path in kept if script == "mixed.lua" else []:
        if os.path.exists(path):
            with open(path) as f:
                ids += [line.strip().rsplit("/", 1)[-1] for line in f if line.strip()]
    for endpoint in endpoints:
        endpoint.stop()
    stored = endpoints[0].count_ids("deelnames", ids)
    total["exactly_once"] = stored == len(ids) == len(set(ids))
    total["rows"] = stored
    total["kept"] = len(ids)
    return total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    seconds = 2 if args.quick else 30
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        figures = [("baseline: static GET /v1/openapi.json", run(args.endpoint, folder, "baseline", "sqlite", 1, seconds, "static.lua"))]
        figures.append(("mixed, one instance, SQLite", run(args.endpoint, folder, "sqlite one", "sqlite", 1, seconds)))
        if "PGUSER" in os.environ:
            figures.append(("mixed, one instance, PostgreSQL", run(args.endpoint, folder, "pg one", "postgres", 1, seconds)))
            figures.append(("mixed, two instances, one PostgreSQL", run(args.endpoint, folder, "pg two", "postgres", 2, seconds)))
        else:
            problems.append("no PostgreSQL (run under pg_virtualenv)")
    print("mapje-endpoint under wrk, %d connections, %d s each%s" % (CONNECTIONS, seconds, " (quick mode)" if args.quick else ""))
    print("%-40s %9s %9s %9s %7s %9s %12s %8s" % ("", "req/s", "p50 ms", "p99 ms", "errors", "kept", "stored once", "RSS MB"))
    base = figures[0][1]["rps"]
    for name, f in figures:
        errors = f["failed"] + f["non2xx"] + f["socket"]
        acked = f["kept"]
        print("%-40s %9.0f %9.2f %9.2f %7d %9d %12s %8.1f   %.2fx of baseline" % (
            name, f["rps"], f["p50_ms"], f["p99_ms"], errors, acked,
            "yes" if f["exactly_once"] else "NO (%d rows)" % f["rows"], f["rss_mb"], f["rps"] / base if base else 0))
        if errors:
            problems.append("%s: %d errors" % (name, errors))
        if not f["exactly_once"]:
            problems.append("%s: %d acknowledged and kept, %d of them stored" % (name, acked, f["rows"]))
    for problem in problems:
        print("FAIL:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
