#!/usr/bin/env node
// The klantmanager's web page (docs/staff-page.md) in a real browser, against the real
// mapje-endpoint on 127.0.0.1 and the real app's sync (citizen_driver: the app's Composition on a
// real vault, commands on its standard input). Debian's chromium, headless, driven by
// puppeteer-core; axe-core in the same browser checks every page against WCAG 2.1 A and AA.
//
//   node staff_page_browser.js --endpoint BIN --citizen BIN --screenshots DIR [--api-only]
//
// The flow: sign in; make a pairing code with a label; the app pairs with it and shares a board
// and a goal (whose words try to break out of the HTML); the page shows them as her words, as
// text; a proposal from the page reaches the app, which takes it over; "Ik kan niet komen" shows
// on the page and is answered with a new proposal; the withdrawn goal is gone from the page; the
// reading pages work without JavaScript; ending the pairing; signing out. Every page visited:
// axe, no horizontal scrolling at 200 % zoom, screenshots at 1280x800 and at 200 % zoom.
//
// --api-only checks the citizen driver and this harness against the JSON API with a staff token,
// without a browser (no page steps, no screenshots): the app's side of the same flow.
//
// Every wait is bounded; the whole run stops itself after --limit seconds (default 90). Only
// 127.0.0.1 is used; the endpoint and the driver die with this process (setpriv --pdeathsig).
'use strict';

const childProcess = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const root = path.resolve(__dirname, '..', '..');

function parseArgs(argv) {
    const args = {limit: 90, apiOnly: false, chromium: '/usr/bin/chromium'};
    for (let i = 0; i < argv.length; ++i) {
        const name = argv[i];
        const value = () => {
            if (i + 1 >= argv.length) throw new Error(`${name} needs a value`);
            return argv[++i];
        };
        if (name === '--endpoint') args.endpoint = value();
        else if (name === '--citizen') args.citizen = value();
        else if (name === '--screenshots') args.screenshots = value();
        else if (name === '--chromium') args.chromium = value();
        else if (name === '--limit') args.limit = Number(value());
        else if (name === '--api-only') args.apiOnly = true;
        else throw new Error(`unknown argument ${name}`);
    }
    for (const needed of ['endpoint', 'citizen']) {
        if (!args[needed]) throw new Error(`--${needed} is needed`);
    }
    if (!args.apiOnly && !args.screenshots) throw new Error('--screenshots is needed');
    return args;
}

// ---------------------------------------------------------------------------------------------
// What runs, and how it is stopped (also when a step fails or the time is up).

const cleanups = [];
let finished = false;

async function cleanUp() {
    while (cleanups.length) {
        const step = cleanups.pop();
        try {
            await within(5000, 'a clean-up step', Promise.resolve().then(step));
        } catch (error) {
            console.error(`clean-up: ${error.message}`);
        }
    }
}

function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// Resolves with what promise gives, or fails after ms with the words of what it waited for.
function within(ms, what, promise) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const {port} = server.address();
            server.close(() => resolve(port));
        });
    });
}

// A child that dies with this process, even when this one is killed (setpriv --pdeathsig).
function spawnTied(binary, argv, options = {}) {
    const child = childProcess.spawn('setpriv', ['--pdeathsig', 'TERM', '--', binary, ...argv], {
        stdio: options.stdio || ['ignore', 'inherit', 'inherit'],
        env: options.env || process.env,
    });
    cleanups.push(() => stopChild(child));
    return child;
}

function stopChild(child) {
    return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const killer = setTimeout(() => child.kill('SIGKILL'), 4000);
        child.once('exit', () => {
            clearTimeout(killer);
            resolve();
        });
        child.kill('SIGTERM');
    });
}

// ---------------------------------------------------------------------------------------------
// The endpoint: a fresh folder, a fresh SQLite database, a fresh config.

function request(url, {method = 'GET', headers = {}, body} = {}) {
    return new Promise((resolve, reject) => {
        // No keep-alive: an open connection would hold one of the endpoint's threads at its stop.
        const req = http.request(url, {method, headers, timeout: 10000, agent: false}, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () =>
                resolve({status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8')}));
        });
        req.on('timeout', () => req.destroy(new Error(`${method} ${url}: timed out`)));
        req.on('error', reject);
        if (body !== undefined) req.write(body);
        req.end();
    });
}

async function startEndpoint(args, folder) {
    const port = await freePort();
    const secret = path.join(folder, 'servergeheim');
    fs.writeFileSync(secret, crypto.randomBytes(48).toString('base64'), {mode: 0o600});
    const staffToken = crypto.randomBytes(32).toString('base64url');
    const ini = path.join(folder, 'endpoint.ini');
    fs.writeFileSync(ini, [
        '[server]', 'adres=127.0.0.1', `poort=${port}`,
        // The browser, the app and this script all come from 127.0.0.1.
        '[grenzen]', 'verzoekenPerMinuut=100000',
        '[gemeente]', 'naam=Gemeente Voorbeeld',
        '[database]', 'soort=sqlite', `pad=${path.join(folder, 'mapje.sqlite')}`,
        '[geheimen]', `servergeheim=${secret}`,
        '[medewerkers]', `joris=${crypto.createHash('sha256').update(staffToken).digest('hex')}`,
        // Plain HTTP on 127.0.0.1 is allowed for this test only (docs/staff-page.md).
        '[medewerkerspagina]', 'testZonderHttps=ja',
        '',
    ].join('\n'), {mode: 0o600});
    const base = `http://127.0.0.1:${port}`;
    const endpoint = {base, api: `${base}/v1`, ini, staffToken, binary: args.endpoint};
    // Its log (method, path, status) goes to a file, shown when the test fails.
    endpoint.log = path.join(folder, 'endpoint.log');
    const log = fs.openSync(endpoint.log, 'w');
    endpoint.process = spawnTied(args.endpoint, ['serve', '--config', ini],
        {stdio: ['ignore', log, log], env: {...process.env, QT_FORCE_STDERR_LOGGING: '1'}});
    fs.closeSync(log);
    const started = Date.now();
    for (;;) {
        if (endpoint.process.exitCode !== null) throw new Error('mapje-endpoint stopped at start');
        try {
            if ((await request(`${endpoint.api}/openapi.json`)).status === 200) break;
        } catch (_) {
            // not listening yet
        }
        if (Date.now() - started > 15000) throw new Error('mapje-endpoint did not answer within 15 s');
        await sleep(100);
    }
    return endpoint;
}

// An administrator adds a staff account on the server, the password on standard input.
function addStaffAccount(endpoint, name, password) {
    return within(15000, 'mapje-endpoint medewerker toevoegen', new Promise((resolve, reject) => {
        const child = childProcess.spawn(endpoint.binary,
            ['medewerker', 'toevoegen', name, '--config', endpoint.ini], {stdio: ['pipe', 'pipe', 'pipe']});
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve(output.trim())
            : reject(new Error(`medewerker toevoegen exited ${code}: ${output.trim()}`))));
        child.stdin.end(`${password}\n`);
    }));
}

// The JSON API as the staff token sees it: what the endpoint keeps, and (--api-only) the staff
// actions the page stands in for.
function staffApi(endpoint) {
    const call = async (method, apiPath, body) => {
        const headers = {Authorization: `Bearer ${endpoint.staffToken}`};
        if (method !== 'GET') headers['Idempotency-Key'] = crypto.randomUUID();
        if (body !== undefined) headers['Content-Type'] = 'application/json';
        const answer = await request(`${endpoint.api}${apiPath}`,
            {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
        let json = null;
        try {
            json = answer.body ? JSON.parse(answer.body) : null;
        } catch (_) {
            // not JSON
        }
        return {status: answer.status, json};
    };
    return {
        call,
        async issueCode(label) {
            const answer = await call('POST', '/koppelcodes', {versie: 1, label});
            expect(answer.status === 201 || answer.status === 200, `POST /koppelcodes: ${answer.status}`);
            return answer.json.code;
        },
        async pairings() {
            const answer = await call('GET', '/koppelingen');
            expect(answer.status === 200, `GET /koppelingen: ${answer.status}`);
            return answer.json.koppelingen || [];
        },
        async proposeAppointment(pairingId, proposal) {
            const answer = await call('POST', `/koppelingen/${pairingId}/afspraken`, {versie: 1, ...proposal});
            expect(answer.status === 201 || answer.status === 200,
                `POST afspraken: ${answer.status} ${JSON.stringify(answer.json)}`);
            return answer.json.afspraakId;
        },
        async shares(pairingId) {
            const answer = await call('GET', `/koppelingen/${pairingId}/deelnames`);
            expect(answer.status === 200, `GET deelnames: ${answer.status}`);
            return answer.json.deelnames || [];
        },
        async requests(pairingId) {
            const answer = await call('GET', `/koppelingen/${pairingId}/verzoeken`);
            expect(answer.status === 200, `GET verzoeken: ${answer.status}`);
            return answer.json.verzoeken || [];
        },
        async endPairing(pairingId) {
            const answer = await call('DELETE', `/koppelingen/${pairingId}`);
            expect(answer.status === 204 || answer.status === 200, `DELETE koppeling: ${answer.status}`);
        },
    };
}

// ---------------------------------------------------------------------------------------------
// The citizen: the real app's sync, one command a line, one JSON answer a line.

async function startCitizen(args, endpoint) {
    // A build without the app (only the endpoint built) fails here at once, with the reason.
    expect(fs.existsSync(args.citizen), `${args.citizen} is not there: build the target staffweb_citizen_driver`);
    const child = spawnTied(args.citizen, ['--endpoint', endpoint.api], {
        stdio: ['pipe', 'pipe', 'inherit'],
        env: {...process.env, QT_QPA_PLATFORM: 'offscreen'},
    });
    const lines = readline.createInterface({input: child.stdout});
    const waiting = [];
    const early = [];
    lines.on('line', (line) => {
        let answer;
        try {
            answer = JSON.parse(line);
        } catch (_) {
            console.error(`citizen said (not JSON): ${line}`);
            return;
        }
        if (waiting.length) waiting.shift()(answer);
        else early.push(answer);
    });
    const next = (what) => within(40000, `the citizen's answer to ${what}`, new Promise((resolve) => {
        if (early.length) resolve(early.shift());
        else waiting.push(resolve);
    }));
    const start = await next('start');
    expect(start.ok && start.configured, `the citizen's app did not start: ${JSON.stringify(start)}`);
    const citizen = async (command) => {
        child.stdin.write(`${command}\n`);
        const answer = await next(command.split(' ')[0]);
        expect(answer.ok, `citizen ${command}: ${JSON.stringify(answer)}`);
        return answer;
    };
    cleanups.push(async () => {
        if (child.exitCode === null) child.stdin.end('quit\n');
        await sleep(200);
    });
    return citizen;
}

// ---------------------------------------------------------------------------------------------
// Checks and the report.

let stepCount = 0;
function step(words) {
    stepCount += 1;
    console.log(`ok ${stepCount} - ${words}`);
}

function expect(condition, why) {
    if (!condition) throw new Error(why);
}

function includesAll(text, wanted, where) {
    const missing = wanted.filter((words) => !text.includes(words));
    expect(missing.length === 0, `${where} does not show: ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
}

// Her words that try to break out of the page (docs/staff-page.md: every text is escaped).
const hostileGoal = 'Rust in mijn geld <script>alert(1)</script> en "><img src=x onerror=alert(2)> klaar';
const boardNote = 'De verwarming doet het niet';
const goalStep = 'Een vaste dag kiezen om rekeningen te betalen';
const requestMessage = 'Ik moet die ochtend werken. Kan het ook in de middag?';

// A day a week from now, in Dutch time, as a date field wants it (yyyy-mm-dd).
function dutchDay(daysAhead) {
    const day = new Date(Date.now() + daysAhead * 24 * 3600 * 1000);
    return new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/Amsterdam'}).format(day);
}

// ---------------------------------------------------------------------------------------------
// The app's side alone, against the JSON API (--api-only).

async function apiOnly(args, endpoint) {
    const api = staffApi(endpoint);
    const citizen = await startCitizen(args, endpoint);
    const code = await api.issueCode('Test inwoner A');
    step('a pairing code from POST /v1/koppelcodes');
    const paired = await citizen(`pair ${code}`);
    expect(paired.outcome === 'Paired' && paired.pairingId, `not paired: ${JSON.stringify(paired)}`);
    step(`the app paired: ${paired.pairedText}`);
    const board = await citizen('share-board');
    const goal = await citizen(`share-goal ${hostileGoal}`);
    includesAll(goal.preview.join('\n'), [hostileGoal, goalStep], 'the app\'s preview of the goal');
    let kept = await api.shares(paired.pairingId);
    expect(kept.length === 2, `the endpoint keeps ${kept.length} shares, not 2`);
    includesAll(JSON.stringify(kept), [boardNote, JSON.stringify(hostileGoal).slice(1, -1)], 'the endpoint');
    step(`the app shared its board (${board.stateText}) and a goal; the endpoint keeps both as sent`);
    const proposalId = await api.proposeAppointment(paired.pairingId, {
        begin: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z'),
        waar: 'Stadhuis, balie 3', metWie: 'Joris', onderwerp: 'Kennismaken',
    });
    const synced = await citizen('sync');
    expect(synced.proposals.some((p) => p.proposalId === proposalId && p.where === 'Stadhuis, balie 3'),
        `the proposal did not reach the app: ${JSON.stringify(synced.proposals)}`);
    const accepted = await citizen('accept-first-proposal');
    expect(accepted.accepted === proposalId && accepted.appointments.length === 1,
        `not taken over: ${JSON.stringify(accepted)}`);
    step(`the app took the proposal over: ${accepted.appointments[0].whenText}, ${accepted.appointments[0].where}`);
    const asked = await citizen(`cannot-come ${requestMessage}`);
    const requests = await api.requests(paired.pairingId);
    expect(requests.length === 1 && requests[0].bericht === requestMessage,
        `the endpoint has no request with her message: ${JSON.stringify(requests)}`);
    step(`"Ik kan niet komen" reached the endpoint: ${asked.requestText}`);
    await citizen('withdraw-goal');
    kept = await api.shares(paired.pairingId);
    expect(kept.length === 1 && kept[0].soort === 'bord', `after withdrawing: ${JSON.stringify(kept)}`);
    step('the withdrawn goal is gone from the endpoint; the board stays');
    await api.endPairing(paired.pairingId);
    const status = await citizen('sync').then(() => citizen('status'));
    expect(!status.paired && status.endedByMunicipality, `the app still counts as paired: ${JSON.stringify(status)}`);
    step(`the municipality ended the pairing; the app says: ${status.overview || status.pairedText}`);
}

// ---------------------------------------------------------------------------------------------
// The page in the browser.

async function launchBrowser(args, folder) {
    // eslint-disable-next-line global-require
    const puppeteer = require('puppeteer-core');
    expect(fs.existsSync(args.chromium), `${args.chromium} is not there: install chromium and chromium-l10n`
        + ' (scripts/debian-packages.txt, bash scripts/setup-debian.sh)');
    const profile = fs.mkdtempSync(path.join(folder, 'chromium-'));
    const browser = await within(30000, 'chromium start', puppeteer.launch({
        executablePath: args.chromium,
        headless: true,
        userDataDir: profile,
        // Chromium as root in a closed network: no sandbox, and none of its own connections.
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--disable-default-apps', '--disable-extensions', '--lang=nl-NL'],
        // A Dutch browser, as the klantmanager's: date and time fields as dd-mm-jjjj and 24 hours
        // (Debian keeps Chromium's languages in chromium-l10n).
        env: {...process.env, TZ: 'Europe/Amsterdam', LANGUAGE: 'nl'},
        protocolTimeout: 30000,
    }));
    cleanups.push(() => browser.close());
    const probe = await browser.newPage();
    const language = await probe.evaluate(() => navigator.language);
    await probe.close();
    expect(language === 'nl-NL', `the browser speaks ${language}, not nl-NL: is chromium-l10n installed?`);
    return browser;
}

const axeSource = () => fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

class StaffPage {
    constructor(page, endpoint, args) {
        this.page = page;
        this.endpoint = endpoint;
        this.args = args;
        this.dialogs = [];
        this.violations = [];
        this.requestsElsewhere = [];
        this.seen = [];
        page.on('dialog', async (dialog) => {
            this.dialogs.push(dialog.message());
            await dialog.dismiss();
        });
        page.on('request', (req) => {
            const url = req.url();
            if (!url.startsWith(endpoint.base) && !url.startsWith('data:') && !url.startsWith('about:')) {
                this.requestsElsewhere.push(url);
            }
        });
        page.setDefaultTimeout(15000);
        page.setDefaultNavigationTimeout(15000);
    }

    url(pathName) {
        return `${this.endpoint.base}${pathName}`;
    }

    async goto(pathName, wantStatus = 200) {
        const answer = await this.page.goto(this.url(pathName), {waitUntil: 'load'});
        expect(answer && answer.status() === wantStatus,
            `GET ${pathName}: ${answer ? answer.status() : 'no answer'}, not ${wantStatus}`);
        return answer;
    }

    // Clicks what leads to another page and waits for it; the final answer's status is checked.
    async follow(selector, wantStatus = 200) {
        const [answer] = await Promise.all([
            this.page.waitForNavigation({waitUntil: 'load'}),
            this.page.click(selector),
        ]);
        expect(answer && answer.status() === wantStatus,
            `after ${selector}: ${answer ? answer.status() : 'no answer'}, not ${wantStatus} (${this.page.url()})`);
        return answer;
    }

    // The link whose visible text is text (exactly, after trimming), as a selector-free handle.
    async linkByText(text, within = 'body') {
        const handle = await this.page.evaluateHandle((scope, words) => {
            const links = Array.from(document.querySelectorAll(`${scope} a`));
            return links.find((a) => a.textContent.replace(/\s+/g, ' ').trim() === words) || null;
        }, within, text);
        const element = handle.asElement();
        expect(element, `no link "${text}" in ${within} on ${this.page.url()}`);
        return element;
    }

    async followLink(text, within = 'body') {
        const link = await this.linkByText(text, within);
        const [answer] = await Promise.all([
            this.page.waitForNavigation({waitUntil: 'load'}),
            link.click(),
        ]);
        expect(answer && answer.status() === 200,
            `after the link "${text}": ${answer ? answer.status() : 'no answer'} (${this.page.url()})`);
    }

    async buttonByText(text) {
        const handle = await this.page.evaluateHandle((words) => {
            const buttons = Array.from(document.querySelectorAll('button, input[type=submit]'));
            return buttons.find((b) => (b.textContent || b.value).replace(/\s+/g, ' ').trim() === words) || null;
        }, text);
        const element = handle.asElement();
        expect(element, `no button "${text}" on ${this.page.url()}`);
        return element;
    }

    async press(text, wantStatus = 200) {
        const button = await this.buttonByText(text);
        // A form the browser itself refuses (required, min, pattern) never leaves: say which field.
        const invalid = await button.evaluate((b) => (b.form ? Array.from(b.form.elements)
            .filter((e) => e.willValidate && !e.checkValidity())
            .map((e) => `${e.name}="${e.value}": ${e.validationMessage}`) : []));
        expect(invalid.length === 0, `"${text}" cannot be sent, the browser refuses: ${invalid.join('; ')}`);
        const [answer] = await Promise.all([
            this.page.waitForNavigation({waitUntil: 'load'}),
            button.click(),
        ]);
        if (!answer || answer.status() !== wantStatus) {
            const said = (await this.text('main').catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
            throw new Error(`after "${text}": ${answer ? answer.status() : 'no answer'}, not ${wantStatus}`
                + ` (${this.page.url()}); the page says: ${said}`);
        }
        return answer;
    }

    async fill(name, value) {
        const selector = `[name="${name}"]`;
        await this.page.waitForSelector(selector);
        // Set as a person would end up with it (a date or time field's own format aside).
        await this.page.$eval(selector, (element, text) => {
            element.value = text;
            element.dispatchEvent(new Event('input', {bubbles: true}));
            element.dispatchEvent(new Event('change', {bubbles: true}));
        }, value);
    }

    async type(name, value) {
        const selector = `[name="${name}"]`;
        await this.page.click(selector, {clickCount: 3});
        await this.page.type(selector, value);
    }

    async text(selector = 'body') {
        return this.page.$eval(selector, (element) => element.innerText);
    }

    // axe in this browser on the page as it is now: WCAG 2.1 A and AA.
    async axe(name) {
        const found = await this.page.evaluate(async (source) => {
            if (!window.axe) {
                // eslint-disable-next-line no-eval
                (0, eval)(source);
            }
            const result = await window.axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                resultTypes: ['violations'],
            });
            return result.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`),
            }));
        }, axeSource());
        for (const violation of found) this.violations.push({page: name, url: this.page.url(), ...violation});
        return found;
    }

    // The page at 1280x800 and at 200 % zoom (640x400 CSS pixels at twice the density, as a
    // browser zoomed to 200 % on that screen lays it out); no sideways scrolling at 200 %.
    async screenshots(name) {
        const folder = this.args.screenshots;
        fs.mkdirSync(folder, {recursive: true});
        await this.page.setViewport({width: 1280, height: 800, deviceScaleFactor: 1});
        await this.page.screenshot({path: path.join(folder, `${name}-1280x800.png`), fullPage: true});
        await this.page.setViewport({width: 640, height: 400, deviceScaleFactor: 2});
        const widths = await this.page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
        }));
        await this.page.screenshot({path: path.join(folder, `${name}-200procent.png`), fullPage: true});
        await this.page.setViewport({width: 1280, height: 800, deviceScaleFactor: 1});
        expect(widths.scroll <= widths.client,
            `${name} scrolls sideways at 200 % zoom: ${widths.scroll} px wide in ${widths.client}`);
    }

    // Every page visited: axe, 200 % zoom, screenshots; remembered for the no-JavaScript check.
    async visit(name) {
        this.seen.push({name, url: this.page.url()});
        await this.screenshots(name);
        await this.headerOnOneLine(name);
        const found = await this.axe(name);
        step(`${name}: ${this.page.url().replace(this.endpoint.base, '')}, axe ${found.length ? `${found.length} violation(s)` : 'clean'}`);
    }

    // At 1280x800 the header (site, menu, who is signed in, "Afmelden") is one line: no part
    // starts below the bottom of another. At 200 % it may wrap.
    async headerOnOneLine(name) {
        const parts = await this.page.$$eval('.kop > *', (elements) => elements.map((e) => {
            const box = e.getBoundingClientRect();
            return {what: e.className || e.tagName.toLowerCase(), top: box.top, bottom: box.bottom};
        }));
        const lowestTop = Math.max(...parts.map((p) => p.top));
        const highestBottom = Math.min(...parts.map((p) => p.bottom));
        expect(lowestTop < highestBottom,
            `${name}: the header takes more than one line at 1280 px: ${JSON.stringify(parts)}`);
    }

    // The menu marks the page you are on: aria-current="page" and bold, not colour alone.
    async currentInMenu(words) {
        const marked = await this.page.$$eval('.kop nav a[aria-current="page"]', (links) => links.map((a) => ({
            text: a.textContent.trim(), weight: Number(getComputedStyle(a).fontWeight),
        })));
        expect(marked.length === 1 && marked[0].text === words && marked[0].weight >= 700,
            `the menu does not mark "${words}" as the current page (bold): ${JSON.stringify(marked)}`);
    }

    async noHostileMarkup(where) {
        const found = await this.page.evaluate(() => ({
            images: Array.from(document.querySelectorAll('img')).filter((img) =>
                img.getAttribute('src') === 'x' || img.hasAttribute('onerror')).length,
            scripts: Array.from(document.scripts).filter((s) => s.textContent.includes('alert(')).length,
            handlers: Array.from(document.querySelectorAll('*')).filter((e) =>
                Array.from(e.attributes).some((a) => a.name.startsWith('on'))).length,
        }));
        expect(found.images === 0 && found.scripts === 0 && found.handlers === 0,
            `${where}: her words became markup: ${JSON.stringify(found)}`);
        expect(this.dialogs.length === 0, `${where}: a dialog opened: ${this.dialogs.join(' | ')}`);
    }
}

async function signIn(staff, name, password) {
    await staff.goto('/medewerkers/');
    expect(new URL(staff.page.url()).pathname === '/medewerkers/aanmelden',
        `/medewerkers/ while signed out went to ${staff.page.url()}, not aanmelden`);
    const scripts = await staff.page.evaluate(() => document.scripts.length);
    expect(scripts === 0, `the sign-in page has ${scripts} script(s); docs/staff-page.md says no JavaScript`);
    await staff.visit('aanmelden');
    // A wrong password first: the form again, in words.
    await staff.type('naam', name);
    await staff.type('wachtwoord', `${password}x`);
    await staff.press('Aanmelden', 401);
    includesAll(await staff.text(), ['Je naam of je wachtwoord klopt niet.'], 'a wrong password');
    await staff.visit('aanmelden-fout');
    await staff.type('naam', name);
    await staff.type('wachtwoord', password);
    // What the browser itself sends with the form: under the page's Referrer-Policy
    // (same-origin) its own origin, never "null", which the page refuses (docs/staff-page.md).
    const sent = [];
    const remember = (req) => {
        if (req.method() === 'POST') sent.push(req.headers());
    };
    staff.page.on('request', remember);
    const answer = await staff.press('Aanmelden');
    staff.page.off('request', remember);
    expect(answer.headers()['referrer-policy'] === 'same-origin',
        `the page's Referrer-Policy is ${answer.headers()['referrer-policy']}, not same-origin`);
    expect(new URL(staff.page.url()).pathname === '/medewerkers/inwoners',
        `signing in went to ${staff.page.url()}, not inwoners`);
    const origins = sent.map((h) => h.origin);
    expect(origins.length === 1 && origins[0] === staff.endpoint.base,
        `the sign-in form was sent with Origin ${JSON.stringify(origins)}, not ${staff.endpoint.base}`);
    step(`signed in with the form as the browser sends it (Origin: ${origins[0]}, Referrer-Policy: same-origin)`);
    const cookies = await staff.page.cookies();
    expect(cookies.length > 0 && cookies.every((c) => c.httpOnly && c.sameSite && c.sameSite !== 'None'),
        `the session cookie is not HttpOnly with SameSite: ${JSON.stringify(cookies.map(({name: n, httpOnly, sameSite, secure}) => ({n, httpOnly, sameSite, secure})))}`);
}

async function browserFlow(args, endpoint, folder, shown) {
    const name = 'joris';
    const password = `wachtwoord-${crypto.randomBytes(9).toString('base64url')}`;
    const said = await addStaffAccount(endpoint, name, password);
    step(`the administrator added the account ${name} (${said || 'no words'})`);

    const api = staffApi(endpoint);
    const citizen = await startCitizen(args, endpoint);
    const browser = await launchBrowser(args, folder);
    const context = browser.defaultBrowserContext();
    const page = await context.newPage();
    await page.setBypassCSP(true); // so axe can run on a page that (rightly) allows no scripts
    await page.emulateTimezone('Europe/Amsterdam');
    const staff = new StaffPage(page, endpoint, args);
    shown.staff = staff; // its axe findings are listed even when a later step fails

    await signIn(staff, name, password);
    await staff.visit('inwoners-leeg');
    await staff.currentInMenu('Inwoners');

    // A pairing code with a label.
    await staff.followLink('Nieuwe koppelcode maken');
    await staff.visit('koppelcode-formulier');
    await staff.currentInMenu('Nieuwe koppelcode maken');
    step('the menu marks the page you are on; the header is one line at 1280 px');
    await staff.type('label', 'Inwoner A (test)');
    await staff.press('Maak de code');
    const code = (await staff.text('#koppelcode')).trim();
    expect(/^[A-Z0-9 -]{8,}$/i.test(code), `no readable code on the page: "${code}"`);
    includesAll(await staff.text(), ['Inwoner A (test)'], 'the code page');
    await staff.visit('koppelcode');

    // The app pairs with it and shares her board and a goal.
    const paired = await citizen(`pair ${code}`);
    expect(paired.outcome === 'Paired', `the app did not pair with the page's code: ${JSON.stringify(paired)}`);
    step(`the app paired with the code "${code}": ${paired.pairedText}`);
    const board = await citizen('share-board');
    const goal = await citizen(`share-goal ${hostileGoal}`);
    step(`the app shared its board and a goal: ${board.stateText} / ${goal.stateText}`);

    // The page shows them, in her words, as text.
    await staff.goto('/medewerkers/inwoners');
    await staff.visit('inwoners');
    await staff.followLink('Inwoner A (test)');
    const citizenPath = new URL(staff.page.url()).pathname;
    const shared = await staff.text('#gedeeld');
    includesAll(shared, [boardNote, 'Wonen', 'Geld', hostileGoal, goalStep], 'the citizen\'s page (#gedeeld)');
    await staff.noHostileMarkup('the citizen\'s page');
    step('the citizen\'s page shows her board and her goal in her words, the markup in them as text');
    await staff.visit('inwoner');

    // A proposal from the page reaches the app, which takes it over.
    await staff.followLink('Stel een afspraak voor');
    await staff.visit('afspraak-formulier');
    const day = dutchDay(7);
    await staff.fill('datum', day);
    await staff.fill('begin', '10:00');
    await staff.fill('eind', '10:45');
    await staff.type('waar', 'Stadhuis, balie 3');
    await staff.type('met', 'Joris de Vries');
    await staff.type('onderwerp', 'Kennismaken');
    await staff.type('meenemen', 'Legitimatie\nLaatste loonstrook');
    await staff.press('Stuur het voorstel');
    expect(new URL(staff.page.url()).pathname === citizenPath, `after proposing: ${staff.page.url()}`);
    includesAll(await staff.text('#voorstellen'), ['Stadhuis, balie 3', '10:00'], 'the proposals (#voorstellen)');
    const synced = await citizen('sync');
    const proposal = synced.proposals.find((p) => p.where === 'Stadhuis, balie 3');
    expect(proposal, `the page's proposal did not reach the app: ${JSON.stringify(synced.proposals)}`);
    expect(proposal.whenText.includes('10:00'), `the app shows another time: ${proposal.whenText}`);
    expect(proposal.bring.includes('Legitimatie') && proposal.bring.includes('Laatste loonstrook'),
        `what to bring did not arrive as two things: ${proposal.bring}`);
    const accepted = await citizen('accept-first-proposal');
    step(`the app received the proposal (${proposal.heading}, ${proposal.whenText}) and took it over`);
    expect(accepted.appointments.length === 1, 'no appointment in the app');

    // "Ik kan niet komen": the list says who asks, her page shows the request first, and it is
    // answered from the page.
    await citizen(`cannot-come ${requestMessage}`);
    await staff.goto('/medewerkers/inwoners');
    const todo = 'Vraagt om een ander moment';
    includesAll(await staff.text('.inwoners li'), ['Inwoner A (test)', todo], 'her line on the list');
    await staff.visit('inwoners-verzoek');
    await staff.goto(citizenPath);
    includesAll(await staff.text('#verzoeken'), [requestMessage, 'Stadhuis, balie 3', '10:00'],
        'the requests (#verzoeken)');
    const where = await staff.page.evaluate(() => ({
        request: document.querySelector('#verzoeken').getBoundingClientRect().top,
        shared: document.querySelector('#gedeeld').getBoundingClientRect().top,
        screen: window.innerHeight,
    }));
    expect(where.request < where.shared && where.request < where.screen,
        `her request is not the first thing on her page at 1280x800: ${JSON.stringify(where)}`);
    step('the list says "Vraagt om een ander moment"; her page shows the request first, on the first screen');
    await staff.visit('inwoner-verzoek');
    const answerLink = await staff.page.$('#verzoeken a[href*="verzoek="]');
    expect(answerLink, 'no link in #verzoeken to answer the request (afspraak?verzoek=…)');
    await Promise.all([staff.page.waitForNavigation({waitUntil: 'load'}), answerLink.click()]);
    expect(await staff.page.$eval('[name="waar"]', (e) => e.value) === 'Stadhuis, balie 3',
        'the answer form is not filled in from the appointment she could not come to');
    const question = await staff.page.evaluate(() => {
        const box = document.querySelector('.antwoord-op');
        const form = document.querySelector('main form');
        return box && form && (box.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING)
            ? box.innerText : null;
    });
    expect(question, 'the answer form does not say above it which request it answers');
    includesAll(question, [requestMessage, 'Stadhuis, balie 3', '10:00'], 'the request above the answer form');
    await staff.visit('verzoek-beantwoorden');
    await staff.fill('datum', dutchDay(8));
    await staff.fill('begin', '14:00');
    await staff.fill('eind', '14:45');
    await staff.press('Stuur het voorstel');
    const again = await citizen('sync');
    expect(again.proposals.some((p) => p.whenText.includes('14:00')),
        `the answer did not reach the app: ${JSON.stringify(again.proposals.map((p) => p.whenText))}`);
    expect(!(await staff.page.$('#verzoeken')), 'the answered request still waits above her shares');
    includesAll(await staff.text('#voorstellen'), ['De inwoner kan hier niet komen', 'Je stuurde op',
        requestMessage], 'the proposals after the answer (#voorstellen)');
    await staff.visit('inwoner-beantwoord');
    await staff.goto('/medewerkers/inwoners');
    expect(!(await staff.text('main')).includes(todo), 'the list still says she asks for another moment');
    step('the answer (a new proposal at 14:00) reached the app; the request shows as answered, and is off the list');

    // An agreed moment from the page reaches the app as a moment.
    await staff.goto(citizenPath);
    await staff.followLink('Stel een moment voor');
    await staff.visit('moment-formulier');
    await staff.fill('datum', dutchDay(30));
    await staff.fill('tijd', '09:30');
    await staff.press('Stuur het voorstel');
    const moments = (await citizen('sync')).proposals.filter((p) => !p.isAppointment);
    expect(moments.length === 1 && moments[0].whenText.includes('09:30'),
        `the moment did not reach the app at 09:30: ${JSON.stringify(moments)}`);
    step(`the agreed moment reached the app: ${moments[0].heading}, ${moments[0].whenText}`);

    // She withdraws the goal: gone at the next page load; the board stays.
    await citizen('withdraw-goal');
    await staff.goto(citizenPath);
    const afterWithdrawal = await staff.text('#gedeeld');
    expect(!afterWithdrawal.includes('Rust in mijn geld') && !afterWithdrawal.includes(goalStep),
        'the withdrawn goal is still on the page');
    includesAll(afterWithdrawal, [boardNote], 'the citizen\'s page after the withdrawal');
    step('the withdrawn goal is gone from the page; her board stays');
    await staff.visit('inwoner-na-terughalen');

    // The print view: only what she shares.
    await staff.followLink('Afdrukken');
    includesAll(await staff.text(), [boardNote], 'the print view');
    const hint = 'Druk af met Ctrl+P';
    includesAll(await staff.text(), [hint], 'the print view on screen');
    await staff.visit('afdrukken');
    await staff.page.emulateMediaType('print');
    const onPaper = await staff.text();
    await staff.page.emulateMediaType(null);
    expect(!onPaper.includes(hint) && onPaper.includes(boardNote),
        'on paper the print view shows the hint, or not her words');
    step('the print view says how to print (Ctrl+P) on screen, and leaves that out on paper');

    // The reading pages without JavaScript: the same words.
    await noJavaScript(staff, citizenPath);

    // Ending the pairing, after "Weet je het zeker?".
    await staff.goto(citizenPath);
    await staff.followLink('Koppeling beëindigen');
    await staff.visit('beeindigen');
    await staff.press('Ja, beëindig de koppeling');
    expect(new URL(staff.page.url()).pathname === '/medewerkers/inwoners', `after ending: ${staff.page.url()}`);
    expect(!(await staff.text()).includes('Inwoner A (test)'), 'the ended pairing is still listed');
    await staff.goto(citizenPath, 404);
    await staff.goto('/medewerkers/inwoners');
    await citizen('sync');
    const status = await citizen('status');
    expect(!status.paired && status.endedByMunicipality, `the app still counts as paired: ${JSON.stringify(status)}`);
    step(`the pairing ended from the page; the app says: ${status.overview || status.pairedText}`);
    expect((await api.pairings()).length === 0, 'the endpoint still lists a pairing');

    // Signing out.
    await staff.press('Afmelden');
    expect(new URL(staff.page.url()).pathname === '/medewerkers/aanmelden', `after signing out: ${staff.page.url()}`);
    await staff.visit('afgemeld');
    await staff.goto('/medewerkers/inwoners');
    expect(new URL(staff.page.url()).pathname === '/medewerkers/aanmelden',
        'after signing out, inwoners is still open');
    step('signed out: the citizens\' list asks to sign in again');

    expect(staff.requestsElsewhere.length === 0,
        `the pages asked for something not on the endpoint: ${staff.requestsElsewhere.join(', ')}`);
    await staff.noHostileMarkup('the last page');
}

// Reading pages with JavaScript off in the same session: the words are all there.
async function noJavaScript(staff, citizenPath) {
    const page = await staff.page.browserContext().newPage();
    cleanups.push(() => page.close().catch(() => {}));
    await page.setJavaScriptEnabled(false);
    for (const [pathName, wanted] of [
        ['/medewerkers/inwoners', ['Inwoner A (test)', 'Nieuwe koppelcode maken']],
        [citizenPath, [boardNote, requestMessage, 'Stadhuis, balie 3']],
        [`${citizenPath}/afdrukken`, [boardNote]],
    ]) {
        const answer = await page.goto(`${staff.endpoint.base}${pathName}`, {waitUntil: 'load'});
        expect(answer && answer.status() === 200, `without JavaScript, ${pathName}: ${answer && answer.status()}`);
        const text = await page.$eval('body', (b) => b.innerText);
        includesAll(text, wanted, `${pathName} without JavaScript`);
    }
    step('the reading pages (list, citizen, print) show the same words with JavaScript off');
    await page.close();
}

async function main() {
    const args = parseArgs(process.argv.slice(2));
    const limit = setTimeout(async () => {
        console.error(`not ok - the test took longer than ${args.limit} s`);
        await cleanUp();
        process.exit(1);
    }, args.limit * 1000);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'staffweb-'));
    cleanups.push(() => fs.rmSync(folder, {recursive: true, force: true}));
    const started = Date.now();
    let failedWith = null;
    let endpointLog = null;
    const shown = {staff: null};
    try {
        const endpoint = await startEndpoint(args, folder);
        endpointLog = endpoint.log;
        step(`mapje-endpoint answers on ${endpoint.base} (fresh SQLite database)`);
        if (args.apiOnly) await apiOnly(args, endpoint);
        else await browserFlow(args, endpoint, folder, shown);
    } catch (error) {
        failedWith = error;
    }
    const staff = shown.staff;
    if (staff && staff.violations.length) {
        console.log(`axe (WCAG 2.1 A/AA) found ${staff.violations.length} violation(s):`);
        for (const v of staff.violations) {
            console.log(`- ${v.page} (${v.url}): ${v.id} [${v.impact}] ${v.help}`);
            for (const node of v.nodes) console.log(`    ${node}`);
        }
        if (!failedWith) failedWith = new Error('axe found WCAG 2.1 A/AA violations (listed above)');
    }
    if (failedWith && endpointLog && fs.existsSync(endpointLog)) {
        const lines = fs.readFileSync(endpointLog, 'utf8').trim().split('\n');
        console.log(`the endpoint's last log lines:\n  ${lines.slice(-25).join('\n  ')}`);
    }
    await cleanUp();
    clearTimeout(limit);
    finished = true;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (failedWith) {
        console.log(`not ok ${stepCount + 1} - ${failedWith.message}`);
        console.log(`${stepCount} passed, 1 failed (${seconds} s)`);
        process.exitCode = 1;
    } else {
        console.log(`${stepCount} passed, 0 failed (${seconds} s)`);
    }
}

process.on('SIGTERM', async () => {
    if (!finished) await cleanUp();
    process.exit(1);
});

main();
