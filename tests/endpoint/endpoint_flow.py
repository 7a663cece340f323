#!/usr/bin/env python3
"""The real mapje-endpoint on 127.0.0.1, on SQLite or on PostgreSQL (run under pg_virtualenv),
driven like the app and a klantmanager would, through Prism in proxy mode, which answers with an
error of its own for any request or response that does not match docs/api/openapi.yaml. Bad input
goes straight to the endpoint (Prism would refuse it before it arrives). Each wait is bounded.

Usage: endpoint_flow.py --endpoint BIN --prism BIN --spec YAML --backend sqlite|postgres
"""
import argparse
import hashlib
import http.client
import json
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse

STAFF = {"joris": "medewerker-joris-" + secrets.token_hex(16), "anna": "medewerker-anna-" + secrets.token_hex(16)}
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(predicate, seconds, what):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.1)
    raise SystemExit("gave up waiting for " + what)


class Client:
    """HTTP to one base ("" for Prism, "/v1" for the endpoint itself)."""

    def __init__(self, port, base):
        self.port, self.base = port, base

    def call(self, method, path, body=None, token=None, key=None, headers=None, raw=None):
        extra = dict(headers or {})
        if token:
            extra["Authorization"] = "Bearer " + token
        if key:
            extra["Idempotency-Key"] = key
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
        if data is not None and "Content-Type" not in extra:
            extra["Content-Type"] = "application/json"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        connection.request(method, self.base + path, body=data, headers=extra)
        response = connection.getresponse()
        text = response.read()
        connection.close()
        parsed = None
        if text:
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = text
        if isinstance(parsed, dict) and str(parsed.get("type", "")).startswith("https://stoplight.io/prism"):
            check(False, "Prism: %s %s does not match the spec: %s" % (method, path, parsed))
        return response.status, {k.lower(): v for k, v in response.getheaders()}, parsed


def new_key():
    return "k-" + secrets.token_hex(12)


def share_board():
    return {"versie": 1, "soort": "bord", "inhoud": {"bordVan": "2026-12-06", "leefgebieden": [
        {"leefgebied": "money", "naam": "Geld", "fiches": [
            {"persoon": {"rol": "ik"}, "gevoel": "verdrietig", "wens": "ja", "notitie": "De post blijft liggen"},
            {"persoon": {"rol": "ervaringswerker", "naam": "Sanne"}, "gevoel": "weet-ik-niet", "wens": "nog-niet"}]}]}}


def share_goal(words):
    return {"versie": 1, "soort": "doel", "inhoud": {"leefgebied": "money", "leefgebiedNaam": "Geld",
            "eigenWoorden": words, "stappen": [{"tekst": "Een vaste dag kiezen", "klaar": False}]}}


class Endpoint:
    def __init__(self, binary, folder, backend, extra_server=""):
        self.binary, self.folder, self.backend = binary, folder, backend
        self.port = free_port()
        self.process = None
        with open(os.path.join(folder, "secret"), "w") as f:
            f.write(secrets.token_urlsafe(48))
        staff = "\n".join("%s=%s" % (name, hashlib.sha256(token.encode()).hexdigest()) for name, token in STAFF.items())
        if backend == "postgres":
            database = "soort=postgresql\nhost=%s\npoort=%s\nnaam=%s\ngebruiker=%s\nwachtwoord=%s\n" % (
                os.environ.get("PGHOST", "localhost"), os.environ.get("PGPORT", "5432"),
                os.environ.get("PGDATABASE", "postgres"), os.environ["PGUSER"], os.environ["PGPASSWORD"])
        else:
            database = "soort=sqlite\npad=%s\n" % os.path.join(folder, "endpoint.sqlite")
        self.config = os.path.join(folder, "endpoint.ini")
        with open(self.config, "w") as f:
            f.write("[server]\nadres=127.0.0.1\npoort=%d\n" % self.port + extra_server + "[grenzen]\nverzoekenPerMinuut=100000000\n"
                    "[gemeente]\nnaam=Gemeente Voorbeeld\n[database]\n%s[geheimen]\nservergeheim=%s\n"
                    "[medewerkers]\n%s\n" % (database, os.path.join(folder, "secret"), staff))

    def start(self):
        self.log = open(os.path.join(self.folder, "endpoint.log"), "a")
        self.process = subprocess.Popen([self.binary, "serve", "--config", self.config], stdout=self.log, stderr=self.log)
        direct = Client(self.port, "/v1")

        def up():
            try:
                return direct.call("GET", "/openapi.json")[0] == 200
            except OSError:
                return False
        wait_until(up, 20, "the endpoint")

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=20)
            check(self.process.returncode == 0, "the endpoint stops cleanly on SIGTERM (%s)" % self.process.returncode)
            self.process = None

    def count(self, sql):
        """One COUNT(*) query on the endpoint's database, whichever it is."""
        if self.backend == "postgres":
            out = subprocess.run(["psql", "-tAc", sql], capture_output=True, text=True, check=True)
            return int(out.stdout.strip())
        with sqlite3.connect(os.path.join(self.folder, "endpoint.sqlite")) as db:
            return db.execute(sql).fetchone()[0]

    def count_ids(self, table, ids):
        """How many of these ids have a row (in batches, so the statement stays small)."""
        found = 0
        for start in range(0, len(ids), 500):
            quoted = ",".join("'%s'" % i for i in ids[start:start + 500] if all(c.isalnum() or c == "-" for c in i))
            if quoted:
                found += self.count("SELECT COUNT(*) FROM %s WHERE id IN (%s)" % (table, quoted))
        return found

    def rows(self, table):
        return self.count("SELECT COUNT(*) FROM %s" % table)

def staff_page(endpoint, pairing_id, request_id):
    """The staff page (docs/staff-page.md) as a browser on this site uses it: a web account added
    with the password on stdin, signing in, the list, one citizen's page, and answering her
    request for another moment (which writes verzoeken.beantwoord_met)."""
    password = "wachtwoord-" + secrets.token_hex(8)
    added = subprocess.run([endpoint.binary, "medewerker", "toevoegen", "joris", "--config", endpoint.config],
                           input=password + "\n", capture_output=True, text=True, timeout=30)
    check(added.returncode == 0, "a web account is added: %s" % (added.stdout + added.stderr).strip())
    page = Client(endpoint.port, "")
    origin = {"Origin": "http://127.0.0.1:%d" % endpoint.port, "Sec-Fetch-Site": "same-origin",
              "Content-Type": "application/x-www-form-urlencoded"}

    def text(answer):
        body = answer[2]
        return body.decode() if isinstance(body, bytes) else str(body or "")
    status, headers, _ = page.call("POST", "/medewerkers/aanmelden", headers=origin,
                                   raw=urllib.parse.urlencode({"naam": "joris", "wachtwoord": password}).encode())
    cookie = headers.get("set-cookie", "").split(";")[0]
    check(status == 303 and cookie.startswith("__Host-mapje-sessie="), "signing in on the page: %s" % status)
    signed_in = {"Cookie": cookie}
    listed = page.call("GET", "/medewerkers/inwoners", headers=signed_in)
    check(listed[0] == 200 and "dossier 12" in text(listed) and "Vraagt om een ander moment" in text(listed),
          "the list shows her label and that she asks for another moment: %s" % listed[0])
    citizen = page.call("GET", "/medewerkers/inwoners/" + pairing_id, headers=signed_in)
    shown = text(citizen)
    check(citizen[0] == 200 and "Mijn post elke week openen, op maandag" in shown and "nachtdienst" in shown
          and shown.find('id="verzoeken"') < shown.find('id="gedeeld"'),
          "her page shows her goal and, first, her request: %s" % citizen[0])
    form = page.call("GET", "/medewerkers/inwoners/%s/afspraak?verzoek=%s" % (pairing_id, request_id), headers=signed_in)
    csrf = text(form).split('name="csrf" value="')[1].split('"')[0] if 'name="csrf" value="' in text(form) else ""
    sent = page.call("POST", "/medewerkers/inwoners/%s/afspraak" % pairing_id, headers={**origin, **signed_in},
                     raw=urllib.parse.urlencode({"csrf": csrf, "verzoek": request_id, "datum": "2027-01-20", "begin": "14:00",
                                                 "waar": "Stadskantoor", "met": "Joris"}).encode())
    check(sent[0] == 303, "a new proposal from the page answers her request: %s" % sent[0])
    check(endpoint.count("SELECT COUNT(*) FROM verzoeken WHERE beantwoord_met IS NOT NULL") == 1,
          "the database notes the answer")
    check("Vraagt om een ander moment" not in text(page.call("GET", "/medewerkers/inwoners", headers=signed_in)),
          "the list no longer says she asks")
    check(endpoint.count("SELECT COUNT(*) FROM logboek WHERE handeling = 'inwoner-bekeken'") == 1,
          "the audit log has the page view")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--prism", required=True)
    parser.add_argument("--spec", required=True)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        endpoint = Endpoint(args.endpoint, folder, args.backend)
        endpoint.start()
        prism_port = free_port()
        prism_log = open(os.path.join(folder, "prism.log"), "w")
        prism = subprocess.Popen([args.prism, "proxy", args.spec, "http://127.0.0.1:%d/v1" % endpoint.port,
                                  "--errors", "--host", "127.0.0.1", "--port", str(prism_port)],
                                 stdout=prism_log, stderr=subprocess.STDOUT)
        api = Client(prism_port, "")
        direct = Client(endpoint.port, "/v1")

        def prism_up():
            try:
                return api.call("GET", "/openapi.json")[0] == 200
            except OSError:
                return False
        try:
            wait_until(prism_up, 60, "Prism")
            run(api, direct, endpoint)
        finally:
            prism.terminate()
            prism.wait(timeout=20)
            endpoint.stop()
            prism_log.close()
            with open(os.path.join(folder, "prism.log")) as f:
                violations = [line for line in f if "violation" in line.lower() and "error" in line.lower()]
            check(not violations, "Prism logged no violations: %s" % violations[:3])
            if failures:
                with open(os.path.join(folder, "endpoint.log")) as f:
                    print(f.read()[-3000:])
    print("%s: %d checks failed" % (args.backend, len(failures)) if failures else "%s: every check passed" % args.backend)
    return 1 if failures else 0


def run(api, direct, endpoint):
    joris, anna = STAFF["joris"], STAFF["anna"]
    # A klantmanager issues a code; the same request again shows the same code.
    key = new_key()
    status, headers, code = api.call("POST", "/koppelcodes", {"versie": 1, "label": "dossier 12"}, token=joris, key=key)
    check(status == 201 and len(code["code"]) == 9, "a code is issued: %s %s" % (status, code))
    for name in ("api-version", "cache-control", "x-content-type-options", "strict-transport-security"):
        check(name in headers, "every response has %s" % name)
    again = api.call("POST", "/koppelcodes", {"versie": 1, "label": "dossier 12"}, token=joris, key=key)
    check(again[0] == 201 and again[2]["code"] == code["code"], "a repeated request shows the same code")

    # The citizen types it, in small letters with a space; a repeat gets the same token.
    pair_key = new_key()
    typed = code["code"].lower().replace("-", " ")
    status, headers, pairing = api.call("POST", "/koppelingen", {"versie": 1, "code": typed}, key=pair_key)
    check(status == 201 and pairing["gemeente"] == "Gemeente Voorbeeld", "the device pairs: %s %s" % (status, pairing))
    token, pairing_id = pairing["apparaattoken"], pairing["koppelingId"]
    again = api.call("POST", "/koppelingen", {"versie": 1, "code": typed}, key=pair_key)
    check(again[0] == 201 and again[2]["apparaattoken"] == token, "a repeated pairing gets the same token")
    used = api.call("POST", "/koppelingen", {"versie": 1, "code": typed}, key=new_key())
    check(used[0] == 400, "a used code does not work twice: %s" % used[0])
    check(endpoint.rows("koppelingen") == 1 and endpoint.rows("koppelcodes") == 0, "one pairing, the code gone")

    # Shares: put, replace from the version seen, refuse a stale or missing If-Match.
    status, headers, board = api.call("PUT", "/deelnames/bord-0000001", share_board(), token=token, key=new_key())
    check(status == 201 and headers.get("etag") == '"1"', "a board is shared: %s %s" % (status, headers.get("etag")))
    status, headers, goal = api.call("PUT", "/deelnames/doel-0000001", share_goal("Mijn post elke week openen"), token=token, key=new_key())
    check(status == 201, "a goal is shared: %s" % status)
    replace_key = new_key()
    changed = share_goal("Mijn post elke week openen, op maandag")
    status, headers, _ = api.call("PUT", "/deelnames/doel-0000001", changed, token=token, key=replace_key, headers={"If-Match": '"1"'})
    check(status == 200 and headers.get("etag") == '"2"', "the goal is replaced from version 1: %s" % status)
    repeat = api.call("PUT", "/deelnames/doel-0000001", changed, token=token, key=replace_key, headers={"If-Match": '"1"'})
    check(repeat[0] == 200 and repeat[1].get("etag") == '"2"', "a repeat gets the stored answer, not a second change")
    other = api.call("PUT", "/deelnames/doel-0000001", share_goal("iets anders"), token=token, key=replace_key, headers={"If-Match": '"1"'})
    check(other[0] == 422, "the same key with another body: 422 (%s)" % other[0])
    stale = api.call("PUT", "/deelnames/doel-0000001", share_goal("oud"), token=token, key=new_key(), headers={"If-Match": '"1"'})
    check(stale[0] == 412, "a stale If-Match is refused: %s" % stale[0])
    missing = api.call("PUT", "/deelnames/doel-0000001", share_goal("zonder"), token=token, key=new_key())
    check(missing[0] == 428, "replacing without If-Match: 428 (%s)" % missing[0])
    status, _, got = api.call("GET", "/deelnames/doel-0000001", token=token)
    check(status == 200 and got["inhoud"]["eigenWoorden"] == "Mijn post elke week openen, op maandag", "the newest version is kept")

    # Pages with a cursor.
    status, _, first = api.call("GET", "/deelnames?limiet=1", token=token)
    check(status == 200 and len(first["deelnames"]) == 1 and first["meer"], "a first page of one, with more")
    status, _, second = api.call("GET", "/deelnames?limiet=1&sinds=" + first["cursor"], token=token)
    check(status == 200 and len(second["deelnames"]) == 1 and not second["meer"], "the second and last page")

    # The klantmanager reads them; another klantmanager sees nothing, not even that it exists.
    status, _, read = api.call("GET", "/koppelingen/%s/deelnames" % pairing_id, token=joris)
    check(status == 200 and len(read["deelnames"]) == 2, "the klantmanager reads both shares")
    check(api.call("GET", "/koppelingen/%s/deelnames" % pairing_id, token=anna)[0] == 404, "another klantmanager: 404")
    check(api.call("GET", "/koppelingen/%s" % pairing_id, token=anna)[0] == 404, "another klantmanager cannot guess the pairing")
    status, _, mine = api.call("GET", "/koppelingen", token=anna)
    check(status == 200 and mine["koppelingen"] == [], "another klantmanager's list is empty")

    # Restarted mid-run: everything acknowledged is still there.
    endpoint.stop()
    endpoint.start()
    status, _, after = api.call("GET", "/deelnames", token=token)
    check(status == 200 and len(after["deelnames"]) == 2, "after a restart both shares are there")

    # Withdrawn: the row is gone; a retry is no error.
    withdraw_key = new_key()
    check(api.call("DELETE", "/deelnames/bord-0000001", token=token, key=withdraw_key)[0] == 204, "the board is withdrawn")
    check(api.call("DELETE", "/deelnames/bord-0000001", token=token, key=withdraw_key)[0] == 204, "a repeated withdraw: 204")
    check(api.call("GET", "/deelnames/bord-0000001", token=token)[0] == 404, "a withdrawn share is gone")
    check(endpoint.rows("deelnames") == 1, "one share row left")

    # Bad input, straight to the endpoint: the right status, problem+json, the service stays up.
    def problem(status_headers_body, status, what):
        got_status, got_headers, got_body = status_headers_body
        check(got_status == status, "%s: %s (wanted %s)" % (what, got_status, status))
        check(got_headers.get("content-type", "").startswith("application/problem+json"), "%s: problem+json" % what)
        check("api-version" in got_headers, "%s: API-Version" % what)
    problem(direct.call("PUT", "/deelnames/doel-0000002", raw=b"{" * 300000, token=token, key=new_key()), 413, "an oversize body")
    problem(direct.call("PUT", "/deelnames/doel-0000002", raw=b"<xml/>", token=token, key=new_key(), headers={"Content-Type": "text/xml"}), 415, "a wrong content type")
    problem(direct.call("PUT", "/deelnames/doel-0000002", raw=b'{"versie":1,', token=token, key=new_key()), 400, "broken JSON")
    problem(direct.call("PUT", "/deelnames/doel-0000002", raw=b'{"versie":1,"versie":1,"soort":"doel","inhoud":{}}', token=token, key=new_key()), 400, "a duplicate key")
    problem(direct.call("PUT", "/deelnames/doel-0000002", {"versie": 2, "soort": "doel", "inhoud": {}}, token=token, key=new_key()), 400, "an unknown version")
    problem(direct.call("PUT", "/deelnames/doel-0000002", share_goal("x"), token=token), 400, "no Idempotency-Key")
    problem(direct.call("PUT", "/deelnames/doel-0000002", share_goal("x"), token="not-a-token", key=new_key()), 401, "a wrong token")
    problem(direct.call("GET", "/deelnames/", token=token), 404, "a trailing slash")
    problem(direct.call("POST", "/koppelcodes", {"versie": 1, "label": "x"}, token=token, key=new_key()), 401,
            "a device token on the back-office API")
    problem(direct.call("GET", "/deelnames", token=joris), 401, "a staff token where a device token is needed")
    problem(direct.call("PUT", "/deelnames/doel-0000002", raw=b'{"versie":1,"soort":"doel","inhoud":' + b'[' * 5000 + b']' * 5000 + b'}',
                        token=token, key=new_key()), 400, "hostile nesting")
    problem(direct.call("GET", "/bestaat-niet", token=token), 404, "an unknown path")

    # The klantmanager proposes appointments and a moment; the device reads them page by page.
    for day in (14, 15, 16):
        status, _, made = api.call("POST", "/koppelingen/%s/afspraken" % pairing_id, {
            "versie": 1, "begin": "2026-12-%dT09:30:00Z" % day, "eind": "2026-12-%dT10:00:00Z" % day,
            "waar": "Stadskantoor, spreekkamer 3", "metWie": "Joris", "meenemen": ["Loonstrook"]}, token=joris, key=new_key())
        check(status == 201 and made["afspraakId"], "an appointment is proposed: %s" % status)
    check(api.call("POST", "/koppelingen/%s/afspraken" % pairing_id, {"versie": 1, "begin": "2026-12-14T09:30:00Z",
          "waar": "x", "metWie": "y"}, token=anna, key=new_key())[0] == 404, "another klantmanager cannot propose")
    status, _, moment = api.call("POST", "/koppelingen/%s/momenten" % pairing_id, {"versie": 1, "momentOp": "2026-12-20T15:00:00Z",
                                 "metWie": "Sanne"}, token=joris, key=new_key())
    check(status == 201 and moment["momentId"], "a moment is proposed: %s" % status)
    status, _, page1 = api.call("GET", "/afspraken?limiet=2", token=token)
    check(status == 200 and len(page1["afspraken"]) == 2 and page1["meer"], "the first page of appointments")
    status, _, page2 = api.call("GET", "/afspraken?limiet=2&sinds=" + page1["cursor"], token=token)
    check(status == 200 and len(page2["afspraken"]) == 1 and not page2["meer"], "the last page of appointments")
    status, _, page3 = api.call("GET", "/afspraken?sinds=" + page2["cursor"], token=token)
    check(status == 200 and page3["afspraken"] == [] and page3["cursor"] == page2["cursor"], "nothing new after the cursor")
    status, _, moments = api.call("GET", "/momenten", token=token)
    check(status == 200 and [m["momentId"] for m in moments["momenten"]] == [moment["momentId"]], "the moment arrives")

    # "Ik kan niet komen": a request for another moment, read by the klantmanager.
    first = page1["afspraken"][0]["afspraakId"]
    status, _, asked = api.call("POST", "/verzoeken", {"versie": 1, "afspraakId": first,
                                "bericht": "Ik werk die week in de nachtdienst."}, token=token, key=new_key())
    check(status == 201 and asked["afspraakId"] == first, "the request is received: %s" % status)
    check(api.call("POST", "/verzoeken", {"versie": 1, "afspraakId": "onbekend-00000"}, token=token, key=new_key())[0] == 404,
          "a request for an unknown appointment: 404")
    status, _, requests = api.call("GET", "/koppelingen/%s/verzoeken" % pairing_id, token=joris)
    check(status == 200 and requests["verzoeken"][0]["bericht"] == "Ik werk die week in de nachtdienst.", "the klantmanager reads it")
    check(api.call("GET", "/koppelingen/%s/verzoeken" % pairing_id, token=anna)[0] == 404, "another klantmanager does not")

    # The staff page on this database too: sign in, the list, her page, answering her request.
    staff_page(endpoint, pairing_id, requests["verzoeken"][0]["verzoekId"])

    # The device ends the pairing: its token stops working and nothing of it is kept.
    check(api.call("DELETE", "/koppelingen/%s" % pairing_id, token=token, key=new_key())[0] == 204, "the device ends the pairing")
    problem(direct.call("GET", "/deelnames", token=token), 401, "a token after the pairing ended")
    check(all(endpoint.rows(table) == 0 for table in ("deelnames", "koppelingen", "voorstellen", "verzoeken")),
          "nothing of the pairing is kept")

    # The municipality's staff from a terminal: `mapje-endpoint admin` issues a code, proposes an
    # appointment and ends the pairing; the token comes from the environment, never an argument.
    def admin(*arguments, token=joris):
        environment = dict(os.environ, MAPJE_MEDEWERKERSTOKEN=token)
        done = subprocess.run([endpoint.binary, "admin", *arguments, "--url", "http://127.0.0.1:%d" % endpoint.port],
                              capture_output=True, text=True, env=environment, timeout=30)
        return done.returncode, done.stdout + done.stderr
    status, printed = admin("koppelcode", "--label", "dossier 14")
    check(status == 0 and "Code: " in printed, "admin koppelcode: %s" % printed)
    code2 = printed.split("Code: ")[1].split()[0] if "Code: " in printed else ""
    status, _, pairing2 = api.call("POST", "/koppelingen", {"versie": 1, "code": code2}, key=new_key())
    check(status == 201, "a second device pairs with the code from the terminal")
    second = pairing2["koppelingId"]
    status, printed = admin("afspraak", "--koppeling", second, "--begin", "2026-12-14T09:30:00Z", "--waar", "Stadskantoor", "--met", "Joris")
    check(status == 0 and "Voorgesteld" in printed, "admin afspraak: %s" % printed)
    status, printed = admin("beeindig", "--koppeling", second, token=STAFF["anna"])
    check(status != 0, "another klantmanager cannot end it from the terminal")
    status, printed = admin("koppelingen")
    check(status == 0 and second in printed, "admin koppelingen lists it")
    status, printed = admin("beeindig", "--koppeling", second)
    check(status == 0 and "beëindigd" in printed, "admin beeindig: %s" % printed)
    check(api.call("GET", "/afspraken", token=pairing2["apparaattoken"])[0] == 401, "the ended pairing's token no longer works")

    # Guessing codes: locked after a few wrong tries from one address.
    # The used code above was the first wrong try from this address; four more, then the lock.
    statuses = [direct.call("POST", "/koppelingen", {"versie": 1, "code": "AAAA-AAAA"}, key=new_key())[0] for _ in range(5)]
    check(statuses == [400] * 4 + [429], "guessing is locked after five wrong tries: %s" % statuses)
    locked = direct.call("POST", "/koppelingen", {"versie": 1, "code": "AAAA-AAAA"}, key=new_key())
    check(locked[1].get("retry-after") == "900", "the lock says when to try again")
    check(direct.call("GET", "/openapi.json")[0] == 200, "the service is still up")

    # The log has methods, paths and statuses: no token, no code, no words of the citizen.
    with open(os.path.join(endpoint.folder, "endpoint.log")) as f:
        log = f.read()
    for secret in (token, code["code"], code["code"].replace("-", ""), "De post blijft liggen", "nachtdienst", joris):
        check(secret not in log, "the log does not hold %r" % secret[:12])


if __name__ == "__main__":
    sys.exit(main())
