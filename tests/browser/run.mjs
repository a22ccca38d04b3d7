// Browser tests of the public web pages: headless Debian Chromium driven by
// playwright-core, accessibility checked with axe-core (WCAG 2.1 A/AA).
//
// Builds nothing. Starts `${BERATUNGSNETZ_BIN:-target/debug/beratungsnetz} serve`
// on a free port with a fresh data directory (sample data), runs the tests,
// stops the server. Run with `node --test run.mjs` (or ./run.sh).
//
// Every page type exists: a page that answers 404, or lacks what a test looks for,
// fails the test (nothing is skipped).
// CHROMIUM=/path/to/chromium overrides the browser.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const ARTIFACTS = join(HERE, 'artifacts');
const BIN = (() => {
  const b = process.env.BERATUNGSNETZ_BIN || 'target/debug/beratungsnetz';
  return isAbsolute(b) ? b : join(REPO, b);
})();
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
};

// Search used throughout: German "Schulden" near Halle (Saale).
const Q_DE = 'Schulden';
const Q_AR = 'ديون';
const NEAR = '06108';
// District page: the Salzlandkreis ("Hilfe im Salzlandkreis").
const DISTRICT = { key: '15089', name: 'Salzlandkreis' };

let server; // { proc, base, dataDir }
let context; // playwright persistent context
let userDataDir;
let ids = {}; // ids of a service, its organization, a district (from the JSON API)

// ---------------------------------------------------------------- server

function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'beratungsnetz-browser-data-'));
  // Map tiles from a port where nothing answers: the map works, no request leaves the machine.
  const tiles = 'http://127.0.0.1:9/{z}/{x}/{y}.png';
  const proc = spawn(BIN, ['serve', '--bind', '127.0.0.1:0', '--data-dir', dataDir, '--map-tiles', tiles], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RUST_LOG: process.env.RUST_LOG || 'warn' },
  });
  let stderr = '';
  proc.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-8000);
  });
  return new Promise((resolvePromise, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`server did not print its address within 120 s\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, 120_000);
    proc.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${BIN}: ${e.message} (build it with \`cargo build -p beratungsnetz\`)`));
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (code ${code}, signal ${signal})\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
    proc.stdout.on('data', (d) => {
      stdout += d;
      const m = stdout.match(/beratungsnetz is running: open (http:\/\/[^\s/]+)\/?/);
      if (m) {
        clearTimeout(timer);
        proc.removeAllListeners('exit');
        resolvePromise({ proc, base: m[1], dataDir, stderr: () => stderr });
      }
    });
  });
}

async function waitReady(base) {
  const deadline = Date.now() + 120_000;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`${base}/readyz`);
      if (r.status === 200) return;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`/readyz not ready within 120 s (${last})`);
}

async function stopServer() {
  if (!server) return;
  const { proc, dataDir } = server;
  if (proc.exitCode === null && proc.signalCode === null) {
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(t);
  }
  rmSync(dataDir, { recursive: true, force: true });
  server = undefined;
}

// ---------------------------------------------------------------- helpers

const url = (path) => `${server.base}${path}`;
const withLang = (path, lang) =>
  lang === 'de' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

async function api(path) {
  const r = await fetch(url(path));
  assert.equal(r.status, 200, `GET ${path}`);
  return r.json();
}

/** A page or feature a test needs is missing: always a failure. */
function missing(t, why) {
  assert.fail(why);
}

/** Page types; `path(ids)` is the German URL. */
const PAGE_TYPES = {
  home: {
    path: () => '/',
    async check(page) {
      assert.ok(await page.locator('main h1').count(), 'home has an <h1> in <main>');
      assert.equal(await page.locator('a.skip[href="#main"], a[href="#main"]').count() > 0, true, 'skip link');
    },
  },
  results: {
    path: () => `/suche?q=${encodeURIComponent(Q_DE)}&near=${NEAR}`,
    async check(page) {
      const first = await firstResult(page);
      assert.ok(first, 'results page lists at least one service');
      assert.match(first.text, /Schuldner/, 'first result for "Schulden" near 06108 mentions Schuldner…');
    },
  },
  detail: {
    path: (i) => `/angebot/${i.service}`,
    async check(page, lang) {
      const h1 = await page.locator('h1').first().innerText();
      assert.ok(h1.includes(ids.serviceName), `detail <h1> "${h1}" names the service "${ids.serviceName}"`);
      if (ids.servicePhones) {
        assert.ok(await page.locator('a[href^="tel:"]').count(), 'phone number is a tel: link');
      }
      if (lang !== 'de') {
        // The service's German free text, untranslated, is marked as German.
        const de = await page.locator('main [lang="de"]').allInnerTexts();
        assert.ok(
          de.some((x) => x.includes('Beispieldaten')),
          'the German description is inside an element with lang="de"',
        );
      }
    },
  },
  organization: {
    path: (i) => `/traeger/${i.organization}`,
    async check(page) {
      const h1 = await page.locator('h1').first().innerText();
      const name = ids.organizationName.replace(/\s*\(Beispiel\)\s*$/, '');
      assert.ok(h1.includes(name), `organization <h1> "${h1}" names "${name}"`);
      assert.ok(
        (await page.locator(`main a[href*="/angebot/${ids.service}"]`).count()) > 0,
        'organization page links to its service',
      );
    },
  },
  handout: {
    path: (i) => `/handzettel?id=${i.service}&id=${i.service2}`,
    async check(page, lang) {
      const text = await page.locator('main').innerText();
      for (const name of [ids.serviceName, ids.service2Name]) {
        assert.ok(text.includes(name), `the handout lists "${name}"`);
      }
      if (lang !== 'de') {
        // Side by side: the client's language and German.
        assert.ok(await page.locator('main [lang="de"]').count(), 'the handout has a German column (lang="de")');
        assert.ok(await page.locator(`main [lang="${lang}"]`).count(), `the handout has a ${lang} column`);
      }
      const printCss = await page.evaluate(() =>
        [...document.styleSheets].some((sh) => {
          try {
            return [...sh.cssRules].some((r) => r.media && [...r.media].includes('print'));
          } catch {
            return false;
          }
        }) || [...document.querySelectorAll('link[rel=stylesheet][media*=print]')].length > 0,
      );
      assert.ok(printCss, 'the handout has print CSS (@media print)');
      const pdfHref = await page.locator('#pdf-link').getAttribute('href');
      const pdf = await fetch(url(pdfHref));
      assert.equal(pdf.status, 200, `GET ${pdfHref}`);
      assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    },
  },
  district: {
    path: () => `/region/${DISTRICT.key}`,
    async check(page) {
      const h1 = await page.locator('h1').first().innerText();
      assert.ok(h1.includes(DISTRICT.name), `district <h1> "${h1}" names ${DISTRICT.name}`);
      assert.ok((await page.locator('main a[href*="/angebot/"]').count()) > 0, 'district page lists services');
    },
  },
};

/** The first result of a results page: its link to the detail page and its text. */
async function firstResult(page) {
  const link = page.locator('main a[href*="/angebot/"]').first();
  if (!(await link.count())) return null;
  const href = await link.getAttribute('href');
  const text = await link.evaluate((a) => (a.closest('li, article') || a).innerText);
  return { href, text };
}

/** Number of distinct services a results page lists. */
async function resultCount(page) {
  const hrefs = await page
    .locator('main a[href*="/angebot/"]')
    .evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  return new Set(hrefs).size;
}

/** Navigates; returns the response. */
async function open(page, path) {
  const resp = await page.goto(url(path), { waitUntil: 'load' });
  return resp;
}

/** Runs axe-core with the WCAG 2.1 A/AA tags; returns the violations. */
async function axe(page, name) {
  await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  writeFileSync(join(ARTIFACTS, `axe-${name}.json`), JSON.stringify(result.violations, null, 2));
  return result.violations;
}

function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `      - ${n.target.join(' ')}\n        ${(n.failureSummary || '').replace(/\n\s*/g, ' / ')}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n      … ${v.nodes.length - 8} more nodes` : '';
      return `  ${v.id} [${v.impact}] ${v.help} (${v.nodes.length} nodes)\n${nodes}${more}`;
    })
    .join('\n');
}

/** A fresh tab; cookies cleared, so a language remembered by an earlier test does not leak. */
async function newPage(viewport = VIEWPORTS.desktop) {
  await context.clearCookies();
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  return page;
}

async function htmlAttrs(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
  }));
}

/** Asserts the page is in `lang`; for Arabic skips if the server does not offer it yet. */
async function checkLang(t, page, lang) {
  const a = await htmlAttrs(page);
  if (lang === 'ar' && a.lang !== 'ar') {
    missing(t, `Arabic not implemented yet: ?lang=ar served <html lang="${a.lang}" dir="${a.dir}">`);
    return false;
  }
  assert.equal(a.lang, lang, '<html lang>');
  assert.equal(a.dir, lang === 'ar' ? 'rtl' : 'ltr', '<html dir>');
  return true;
}

// ---------------------------------------------------------------- setup

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer();
  await waitReady(server.base);

  const found = await api(`/api/v1/search?q=${encodeURIComponent(Q_DE)}&near=${NEAR}`);
  const first = found.contents[0];
  const svc = await api(`/api/v1/services/${first.id}`);
  ids = {
    service: first.id,
    serviceName: first.name,
    servicePhones: Array.isArray(svc.phones) && svc.phones.length > 0,
    organization: svc.organization_id,
    organizationName: first.organization,
    service2: found.contents[1].id,
    service2Name: found.contents[1].name,
    district: DISTRICT.key,
    location: (svc.service_at_locations || []).map((s) => s.location_id).find(Boolean),
  };

  userDataDir = mkdtempSync(join(tmpdir(), 'beratungsnetz-browser-profile-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: VIEWPORTS.desktop,
    locale: 'de-DE',
    // Our Content-Security-Policy forbids inline scripts; only axe-core's injection needs this.
    bypassCSP: true,
  });
});

after(async () => {
  await context?.close().catch(() => {});
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  await stopServer();
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    server?.proc.kill('SIGKILL');
    process.exit(130);
  });
}

// ---------------------------------------------------------------- tests

for (const [type, spec] of Object.entries(PAGE_TYPES)) {
  describe(`page type: ${type}`, () => {
    for (const lang of ['de', 'ar']) {
      it(`${type} (${lang}): HTTP 200, content, lang/dir, 0 axe violations, screenshots`, async (t) => {
        const path = withLang(spec.path(ids), lang);
        const page = await newPage(VIEWPORTS.desktop);
        try {
          const resp = await open(page, path);
          if (resp.status() === 404 && type !== 'home') {
            return missing(t, `${path} is 404: page type "${type}" not implemented yet`);
          }
          assert.equal(resp.status(), 200, `GET ${path}`);
          assert.match(resp.headers()['content-type'] || '', /^text\/html/, 'content-type');
          for (const [vp, size] of Object.entries(VIEWPORTS)) {
            await page.setViewportSize(size);
            // What a person sees first, and the whole page.
            await page.screenshot({ path: join(ARTIFACTS, `${type}-${lang}-${vp}.png`) });
            await page.screenshot({ path: join(ARTIFACTS, `${type}-${lang}-${vp}-full.png`), fullPage: true });
            if (vp === 'phone') {
              // Reflow (WCAG 1.4.10): no horizontal scrolling at phone width.
              const { scroll, client } = await page.evaluate(() => ({
                scroll: document.documentElement.scrollWidth,
                client: document.documentElement.clientWidth,
              }));
              assert.ok(scroll <= client, `no horizontal scrolling at 390 px: scrollWidth ${scroll} > ${client}`);
            }
          }
          await page.setViewportSize(VIEWPORTS.desktop);
          if (!(await checkLang(t, page, lang))) return;
          await spec.check(page, lang);
          const violations = await axe(page, `${type}-${lang}`);
          assert.equal(
            violations.length,
            0,
            `axe-core found ${violations.length} WCAG 2.1 A/AA violation(s) on ${path}:\n${formatViolations(violations)}`,
          );
        } finally {
          await page.close();
        }
      });
    }
  });
}

describe('search', () => {
  it(`search (de): "${Q_DE}" near ${NEAR} → first result mentions Schuldner…`, async (t) => {
    const page = await newPage();
    try {
      const path = `/suche?q=${encodeURIComponent(Q_DE)}&near=${NEAR}`;
      const resp = await open(page, path);
      if (resp.status() === 404) return missing(t, `${path} is 404: results page not implemented yet`);
      assert.equal(resp.status(), 200);
      const first = await firstResult(page);
      assert.ok(first, 'at least one result');
      assert.match(first.text, /Schuldner/);
      assert.match(first.text, /km/, 'the result shows its distance');
    } finally {
      await page.close();
    }
  });

  it(`search (ar): "${Q_AR}" near ${NEAR} (home page form in Arabic, else the results URL)`, async (t) => {
    const page = await newPage(VIEWPORTS.phone);
    try {
      await open(page, '/?lang=ar');
      const q = page.locator('form input[name="q"]').first();
      if (await q.count()) {
        await q.fill(Q_AR);
        const near = page.locator('form input[name="near"]').first();
        if (await near.count()) await near.fill(NEAR);
        const [resp] = await Promise.all([page.waitForNavigation(), q.press('Enter')]);
        assert.match(page.url(), /\/suche\?/, 'the form leads to /suche');
        if (resp.status() === 404) return missing(t, `${page.url()} is 404: results page not implemented yet`);
        assert.equal(resp.status(), 200);
      } else {
        const path = `/suche?q=${encodeURIComponent(Q_AR)}&near=${NEAR}&lang=ar`;
        const resp = await open(page, path);
        if (resp.status() === 404) return missing(t, `no search form on the home page and ${path} is 404`);
        assert.equal(resp.status(), 200);
      }
      const u = new URL(page.url());
      assert.equal(u.searchParams.get('q'), Q_AR);
      const first = await firstResult(page);
      assert.ok(first, 'at least one result for ديون');
      assert.match(first.text, /Schuldner/, 'ديون (debts) finds the debt counselling');
      await page.screenshot({ path: join(ARTIFACTS, 'search-ar-phone.png') });
      // Language last, so the search itself is tested even before the Arabic UI exists.
      if (!(await checkLang(t, page, 'ar'))) return;
      assert.equal(u.searchParams.get('lang'), 'ar', 'the search keeps the language in the URL');
    } finally {
      await page.close();
    }
  });

  it('keyboard only: Tab to the search box on the home page, type, Enter → results', async (t) => {
    const page = await newPage();
    try {
      await open(page, '/');
      if (!(await page.locator('form input[name="q"]').count())) {
        return missing(t, 'the home page has no search form (input name="q") yet');
      }
      // The skip link comes first.
      await page.keyboard.press('Tab');
      const firstFocus = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      assert.equal(firstFocus, '#main', 'the first Tab stop is the skip link to #main');
      let name = null;
      for (let i = 0; i < 40 && name !== 'q'; i++) {
        await page.keyboard.press('Tab');
        name = await page.evaluate(() => document.activeElement?.getAttribute('name'));
      }
      assert.equal(name, 'q', 'the search box is reachable with Tab');
      const focusVisible = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement);
        return s.outlineStyle !== 'none' || s.boxShadow !== 'none';
      });
      assert.ok(focusVisible, 'the focused search box shows a focus indicator');
      await page.keyboard.type(Q_DE);
      // Tab on to the place field if the form has one.
      if (await page.locator('form input[name="near"]').count()) {
        for (let i = 0; i < 5 && name !== 'near'; i++) {
          await page.keyboard.press('Tab');
          name = await page.evaluate(() => document.activeElement?.getAttribute('name'));
        }
        assert.equal(name, 'near', 'the place field follows the search box in focus order');
        await page.keyboard.type(NEAR);
      }
      const [resp] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      const u = new URL(page.url());
      assert.equal(u.pathname, '/suche', 'Enter submits the form to /suche');
      assert.equal(u.searchParams.get('q'), Q_DE);
      if (resp.status() === 404) return missing(t, `${page.url()} is 404: results page not implemented yet`);
      assert.equal(resp.status(), 200);
      const first = await firstResult(page);
      assert.ok(first, 'at least one result');
      assert.match(first.text, /Schuldner/);
    } finally {
      await page.close();
    }
  });

  it('filters: tick a checkbox, submit, the results narrow', async (t) => {
    const page = await newPage();
    try {
      const path = `/suche?q=${encodeURIComponent(Q_DE)}&near=${NEAR}`;
      const resp = await open(page, path);
      if (resp.status() === 404) return missing(t, `${path} is 404: results page not implemented yet`);
      const before = await resultCount(page);
      assert.ok(before > 1, `more than one result to narrow (got ${before})`);
      const boxes = page.locator('main form input[type="checkbox"]:not(:checked)');
      const n = await boxes.count();
      if (!n) return missing(t, 'the results page has no filter checkboxes yet');
      const tried = [];
      for (let i = 0; i < Math.min(n, 12); i++) {
        if (i > 0) await open(page, path);
        const box = page.locator('main form input[type="checkbox"]:not(:checked)').nth(i);
        const nameAttr = await box.getAttribute('name');
        const value = await box.getAttribute('value');
        await box.check(); // clicks its label target, like a person
        const form = box.locator('xpath=ancestor::form[1]');
        const submit = form.locator('button[type="submit"], button:not([type]), input[type="submit"]').first();
        await Promise.all([
          page.waitForNavigation(),
          (await submit.count()) ? submit.click() : form.evaluate((f) => f.requestSubmit()),
        ]);
        const u = new URL(page.url());
        assert.ok(
          u.searchParams.getAll(nameAttr).includes(value),
          `the URL carries the ticked filter ${nameAttr}=${value}: ${page.url()}`,
        );
        assert.equal(u.searchParams.get('q'), Q_DE, 'the query survives filtering');
        const afterCount = await resultCount(page);
        assert.ok(afterCount <= before, `a filter never widens the results (${before} → ${afterCount})`);
        const still = page.locator(`main form input[type="checkbox"][name="${nameAttr}"][value="${value}"]`);
        if (await still.count()) assert.ok(await still.first().isChecked(), 'the ticked box stays ticked');
        tried.push(`${nameAttr}=${value}: ${afterCount}`);
        if (afterCount < before) {
          t.diagnostic(`${nameAttr}=${value} narrowed ${before} → ${afterCount}`);
          await page.screenshot({ path: join(ARTIFACTS, 'filters-de-desktop.png'), fullPage: true });
          return;
        }
      }
      assert.fail(`no filter narrowed the ${before} results: ${tried.join(', ')}`);
    } finally {
      await page.close();
    }
  });

  it('detail: open a detail page from the results', async (t) => {
    const page = await newPage(VIEWPORTS.phone);
    try {
      const path = `/suche?q=${encodeURIComponent(Q_DE)}&near=${NEAR}`;
      const resp = await open(page, path);
      if (resp.status() === 404) return missing(t, `${path} is 404: results page not implemented yet`);
      const link = page.locator('main a[href*="/angebot/"]').first();
      assert.ok(await link.count(), 'a result links to its detail page');
      const title = (await link.innerText()).trim();
      const [r] = await Promise.all([page.waitForNavigation(), link.click()]);
      if (r && r.status() === 404) return missing(t, 'detail page /angebot/{id} is 404: not implemented yet');
      assert.equal(r?.status() ?? 200, 200);
      assert.match(new URL(page.url()).pathname, /^\/angebot\/[^/]+$/);
      const h1 = (await page.locator('h1').first().innerText()).trim();
      assert.ok(h1.includes(title) || title.includes(h1), `detail <h1> "${h1}" matches the link "${title}"`);
    } finally {
      await page.close();
    }
  });
});

describe('no dead ends (issue 12)', () => {
  it('a misspelt and a Cyrillic place keep the results page, the form and a way on', async () => {
    const page = await newPage(VIEWPORTS.phone);
    try {
      let resp = await open(page, `/suche?q=${encodeURIComponent(Q_DE)}&near=Hale`);
      assert.equal(resp.status(), 200, 'a misspelt town is not a 400');
      assert.ok(await page.locator('#place-unknown').isVisible(), 'the page says the place was not found');
      assert.equal(await page.locator('#near').inputValue(), 'Hale', 'the form keeps what was typed');
      const meant = page.locator('#place-unknown a', { hasText: 'Halle (Saale)' });
      await Promise.all([page.waitForNavigation(), meant.click()]);
      const first = await firstResult(page);
      assert.ok(first, 'the suggested town finds services');
      assert.match(first.text, /km/);
      await page.screenshot({ path: join(ARTIFACTS, 'results-misspelt-place-de-phone.png'), fullPage: true });

      resp = await open(page, `/suche?q=${encodeURIComponent(Q_DE)}&near=${encodeURIComponent('Галле')}&lang=uk`);
      assert.equal(resp.status(), 200);
      assert.equal(await page.locator('#place-unknown').count(), 0, 'Галле is understood');
      const uk = await firstResult(page);
      assert.ok(uk, 'a result near Галле');
      assert.match(uk.text, /km/);
      await page.screenshot({ path: join(ARTIFACTS, 'results-cyrillic-place-uk-phone.png'), fullPage: true });
      await expectNoAxe(page, 'results-cyrillic-place-uk');
    } finally {
      await page.close();
    }
  });

  it('"near me" puts the location in the place field and searches', async () => {
    const page = await newPage(VIEWPORTS.phone);
    try {
      await context.grantPermissions(['geolocation'], { origin: server.base });
      await context.setGeolocation({ latitude: 51.48213, longitude: 11.96954 });
      await open(page, '/');
      const button = page.locator('[data-near-me]');
      assert.ok(await button.isVisible(), 'the button shows where the browser can locate');
      await Promise.all([page.waitForNavigation(), button.click()]);
      const u = new URL(page.url());
      assert.equal(u.searchParams.get('near'), '51.482,11.970', 'rounded to about 100 m');
      const first = await firstResult(page);
      assert.ok(first, 'services near the location');
      assert.match(first.text, /km/);
    } finally {
      await context.clearPermissions();
      await page.close();
    }
  });

  it('a results link shared with tracking parameters opens', async () => {
    const page = await newPage(VIEWPORTS.phone);
    try {
      const resp = await open(
        page,
        `/suche?q=${encodeURIComponent(Q_DE)}&near=${NEAR}&fbclid=IwAR0abc&utm_source=whatsapp&utm_medium=social`,
      );
      assert.equal(resp.status(), 200);
      assert.ok(await firstResult(page), 'results');
      const langLinks = await page.locator('a[hreflang]').evaluateAll((as) => as.map((a) => a.href));
      assert.ok(langLinks.every((h) => !h.includes('fbclid')), 'language links do not carry tracking parameters');
    } finally {
      await page.close();
    }
  });

  it('nothing found: the page offers ways forward that find something', async () => {
    const page = await newPage(VIEWPORTS.phone);
    try {
      const resp = await open(page, `/suche?q=${encodeURIComponent('Kieferorthopädie Zahnspange')}&near=${NEAR}`);
      assert.equal(resp.status(), 200);
      assert.equal(await resultCount(page), 0, 'nothing found');
      const offers = page.locator('#offers a');
      assert.ok((await offers.count()) > 0, 'ways forward are offered');
      await page.screenshot({ path: join(ARTIFACTS, 'results-none-de-phone.png'), fullPage: true });
      await expectNoAxe(page, 'results-none-de');
      await Promise.all([page.waitForNavigation(), offers.first().click()]);
      assert.ok((await resultCount(page)) > 0, `the first offer finds something: ${page.url()}`);
    } finally {
      await page.close();
    }
  });
});

describe('map', () => {
  it('the results page shows its hits on a map at the press of a button; the list stays', async () => {
    const page = await newPage();
    try {
      await open(page, `/suche?q=${encodeURIComponent(Q_DE)}&near=${NEAR}`);
      const toggle = page.locator('#map-toggle');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.ok(await page.locator('#map').isHidden(), 'the map waits for the button');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await page.waitForSelector('#map .leaflet-marker-icon');
      const markers = await page.locator('#map .leaflet-marker-icon').count();
      assert.ok(markers > 0 && markers <= (await resultCount(page)), `${markers} markers`);
      await page.screenshot({ path: join(ARTIFACTS, 'results-map-de-desktop.png') });
      await expectNoAxe(page, 'results-map-de');
    } finally {
      await page.close();
    }
  });
});

describe('suggestions while typing', () => {
  it('typing in the search and place boxes offers needs and towns (JavaScript enhancement)', async () => {
    const page = await newPage(VIEWPORTS.phone);
    try {
      await open(page, '/?lang=en');
      await page.locator('#q').pressSequentially('debt', { delay: 30 });
      await page.waitForFunction(() => document.querySelectorAll('#q-suggestions option').length > 0);
      const needs = await page.locator('#q-suggestions option').evaluateAll((os) => os.map((o) => o.value));
      assert.ok(needs.some((n) => /debt/i.test(n)), `suggestions for "debt": ${needs}`);
      await page.locator('#near').pressSequentially('Halle', { delay: 30 });
      await page.waitForFunction(() => document.querySelectorAll('#near-suggestions option').length > 0);
      const towns = await page.locator('#near-suggestions option').evaluateAll((os) => os.map((o) => o.value));
      assert.equal(towns[0], 'Halle (Saale)');
      await expectNoAxe(page, 'home-suggestions-en');
    } finally {
      await page.close();
    }
  });
});

describe('language switch', () => {
  it('the language links switch <html lang> (and dir) and keep the page', async () => {
    const page = await newPage();
    try {
      const resultsResp = await fetch(url(`/suche?q=${encodeURIComponent(Q_DE)}&near=${NEAR}`));
      const start = resultsResp.status === 200 ? `/suche?q=${encodeURIComponent(Q_DE)}&near=${NEAR}` : '/';
      await open(page, start);
      const links = page.locator('a[hreflang]');
      const codes = await links.evaluateAll((as) => as.map((a) => a.getAttribute('hreflang')));
      const target = codes.includes('ar') ? 'ar' : codes.find((c) => c !== 'de');
      assert.ok(target, 'there is a language other than German to switch to');
      const link = page.locator(`a[hreflang="${target}"]`).first();
      assert.equal(await link.getAttribute('lang'), target, 'the language name is marked up in its own language');
      await Promise.all([page.waitForNavigation(), link.click()]);
      let a = await htmlAttrs(page);
      assert.equal(a.lang, target);
      assert.equal(a.dir, ['ar', 'fa'].includes(target) ? 'rtl' : 'ltr');
      const u = new URL(page.url());
      assert.equal(u.pathname, new URL(url(start)).pathname, 'switching keeps the page');
      if (start !== '/') assert.equal(u.searchParams.get('q'), Q_DE, 'switching keeps the query');
      const back = page.locator('a[hreflang="de"]').first();
      assert.ok(await back.count(), 'the switched page links back to German');
      await Promise.all([page.waitForNavigation(), back.click()]);
      a = await htmlAttrs(page);
      assert.equal(a.lang, 'de');
      assert.equal(a.dir, 'ltr');
    } finally {
      await page.close();
    }
  });
});

describe('language negotiation', () => {
  it('?lang= beats the cookie, the cookie beats Accept-Language', async () => {
    const page = await newPage();
    try {
      // The context's locale (de-DE) would win over setExtraHTTPHeaders; rewrite the header.
      await page.route('**/*', (route) =>
        route.continue({ headers: { ...route.request().headers(), 'accept-language': 'tr-TR,tr;q=0.9' } }),
      );
      await open(page, '/');
      assert.equal((await htmlAttrs(page)).lang, 'tr', 'Accept-Language picks Turkish');
      await open(page, '/?lang=fa');
      assert.deepEqual(await htmlAttrs(page), { lang: 'fa', dir: 'rtl' }, '?lang=fa: Persian, right to left');
      await open(page, '/');
      assert.equal((await htmlAttrs(page)).lang, 'fa', 'the cookie remembers Persian');
      await open(page, '/?lang=de');
      assert.deepEqual(await htmlAttrs(page), { lang: 'de', dir: 'ltr' }, '?lang=de wins over the cookie');
    } finally {
      await page.close();
    }
  });
});

// Every UI language, on the pages with the most UI text: 0 axe violations.
const ALL_LANGS = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr'];
describe('axe in every language', () => {
  for (const lang of ALL_LANGS) {
    it(`axe (${lang}): home page 2 (both pagination links) and results`, async (t) => {
      const page = await newPage();
      try {
        const problems = [];
        for (const [name, path] of [
          ['home-p2', '/?page=2'],
          ['results', `/suche?q=${encodeURIComponent(Q_DE)}&near=${NEAR}`],
        ]) {
          const full = `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
          const resp = await open(page, full);
          if (resp.status() === 404) continue;
          assert.equal(resp.status(), 200, `GET ${full}`);
          const a = await htmlAttrs(page);
          if (a.lang !== lang) return missing(t, `language ${lang} not offered yet (got <html lang="${a.lang}">)`);
          assert.equal(a.dir, ['ar', 'fa'].includes(lang) ? 'rtl' : 'ltr', `<html dir> for ${lang}`);
          const v = await axe(page, `${name}-${lang}`);
          if (v.length) problems.push(`${full}:\n${formatViolations(v)}`);
        }
        assert.equal(problems.length, 0, `axe-core WCAG 2.1 A/AA violations:\n${problems.join('\n')}`);
      } finally {
        await page.close();
      }
    });
  }
});

// ---------------------------------------------------------------- signed-in area

/** Runs `beratungsnetz user add` against the server's database; returns the printed link. */
function inviteFromCli(email, role, organization) {
  const org = organization ? ['--organization', organization] : [];
  const out = execFileSync(
    BIN,
    ['user', 'add', '--data-dir', server.dataDir, '--role', role, ...org, '--public-url', server.base, email],
    { encoding: 'utf8', env: { ...process.env, BERATUNGSNETZ_LOG: 'warn' } },
  );
  const m = out.match(/(http:\/\/\S+\/einladung\/\S+)/);
  assert.ok(m, `no link in: ${out}`);
  return m[1];
}

/** Accepts an invitation in the browser, using the keyboard only. */
async function acceptInvitation(page, link) {
  await page.goto(link);
  await page.locator('#password').focus();
  await page.keyboard.type('ein langes Passwort');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ein langes Passwort');
  await Promise.all([page.waitForURL(/\/verwaltung$/), page.keyboard.press('Enter')]);
}

async function expectNoAxe(page, name) {
  const v = await axe(page, name);
  assert.equal(v.length, 0, `axe-core on ${page.url()}:\n${formatViolations(v)}`);
}

describe('signed-in area', () => {
  const NEW_NAME = 'Beratung am Lindenhof';
  let coordinatorCookies;

  it('a coordinator invites an editor, who edits a service that search then finds (0 axe violations)', async () => {
    const page = await newPage();
    try {
      await acceptInvitation(page, inviteFromCli('koordination@example.org', 'coordinator'));
      assert.match(await page.locator('h1').innerText(), /Verwaltung/);
      await page.screenshot({ path: join(ARTIFACTS, 'admin-home-de-desktop.png'), fullPage: true });
      await expectNoAxe(page, 'admin-home-de');

      await page.goto(url('/verwaltung/einladungen'));
      await expectNoAxe(page, 'admin-invitations-de');
      await page.fill('#email', 'redaktion@example.org');
      await page.selectOption('#role', 'editor');
      await page.selectOption('#organization', ids.organization);
      await Promise.all([page.waitForLoadState('load'), page.click('form.edit button[type=submit]')]);
      await page.waitForSelector('#sent');

      // No SMTP server: the mail waits in the outbox.
      await page.goto(url('/verwaltung/postausgang'));
      assert.ok(!(await page.locator('main pre').first().innerText()).match(/einladung\/[0-9a-f]{16}/), 'the database keeps no working link');
      // The coordinator makes the link to hand on (issue 13).
      await Promise.all([page.waitForLoadState('load'), page.locator('form.reveal button').first().click()]);
      const mail = await page.locator('main pre').first().innerText();
      const link = mail.match(/(http:\/\/\S+\/einladung\/\S+)/)[1];
      await expectNoAxe(page, 'admin-outbox-de');
      coordinatorCookies = await context.cookies();

      await context.clearCookies();
      await acceptInvitation(page, link);
      await page.goto(url(`/verwaltung/angebot/${ids.service}`));
      await expectNoAxe(page, 'admin-service-de');
      for (const [vp, size] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(size);
        await page.screenshot({ path: join(ARTIFACTS, `admin-service-de-${vp}-full.png`), fullPage: true });
        if (vp === 'phone') {
          const { scroll, client } = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }));
          assert.ok(scroll <= client, `no horizontal scrolling at 390 px: ${scroll} > ${client}`);
        }
      }
      await page.setViewportSize(VIEWPORTS.desktop);

      // A mistake is shown at its field, and nothing is saved.
      await page.fill('#name', '');
      await page.fill('#email', 'keine-adresse');
      await Promise.all([page.waitForLoadState('load'), page.click('form.edit button[type=submit]')]);
      assert.ok(await page.locator('#form-errors').isVisible(), 'error summary');
      assert.equal(await page.locator('#email').getAttribute('aria-invalid'), 'true');
      await expectNoAxe(page, 'admin-service-errors-de');

      await page.fill('#name', NEW_NAME);
      await page.fill('#email', 'team@example.org');
      await page.check('#languages-uk');
      await Promise.all([page.waitForLoadState('load'), page.click('form.edit button[type=submit]')]);
      assert.ok(await page.locator('#saved').isVisible(), 'saved');

      // The public search finds the new name within moments.
      let found = false;
      for (let i = 0; i < 50 && !found; i++) {
        await page.goto(url(`/suche?q=${encodeURIComponent('Lindenhof')}`));
        found = (await page.locator('main').innerText()).includes(NEW_NAME);
        if (!found) await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(found, 'search shows the edited name');
    } finally {
      await page.close();
    }
  });

  it('an hours edit shows on the public page, the handout and the PDF (issue 12)', async () => {
    assert.ok(coordinatorCookies, 'the first test signed in a coordinator');
    const page = await newPage();
    try {
      await context.addCookies(coordinatorCookies.filter((c) => c.name === 'bn_session'));
      await page.goto(url(`/verwaltung/angebot/${ids.service2}`));
      const rows = await page.locator('select[id^="day_"]').count();
      for (let i = 0; i < rows; i++) {
        await page.selectOption(`#day_${i}`, '');
        await page.fill(`#opens_${i}`, '');
        await page.fill(`#closes_${i}`, '');
        await page.fill(`#note_${i}`, '');
      }
      await page.selectOption('#day_0', 'TU');
      await page.fill('#opens_0', '13:00');
      await page.fill('#closes_0', '15:00');
      await page.fill('#note_0', 'offene Sprechstunde');
      await page.selectOption('#day_1', 'TH');
      await page.fill('#opens_1', '09:00');
      await page.fill('#closes_1', '11:00');
      await page.selectOption('#mode_1', 'phone');
      await Promise.all([page.waitForLoadState('load'), page.click('form.edit button[type=submit]')]);
      assert.ok(await page.locator('#saved').isVisible(), 'saved');

      await page.goto(url(`/angebot/${ids.service2}`));
      const hours = await page.locator('section[aria-labelledby="hours"]').innerText();
      assert.match(hours, /13:00–15:00/);
      assert.match(hours, /offene Sprechstunde/);
      assert.match(hours, /09:00–11:00/);
      assert.match(hours, /Telefon/);
      await page.screenshot({ path: join(ARTIFACTS, 'detail-hours-de-desktop.png'), fullPage: true });
      await page.goto(url(`/handzettel?id=${ids.service2}&lang=ar`));
      const handout = await page.locator('main').innerText();
      assert.match(handout, /13:00–15:00/);
      assert.match(handout, /offene Sprechstunde/);
      await page.screenshot({ path: join(ARTIFACTS, 'handout-hours-ar-desktop.png'), fullPage: true });
      const pdf = await fetch(url(`/handzettel.pdf?id=${ids.service2}`));
      assert.equal(pdf.status, 200);
      assert.match(pdf.headers.get('content-type') || '', /application\/pdf/);
      assert.ok((await pdf.arrayBuffer()).byteLength > 1000, 'a PDF document');
    } finally {
      await context.clearCookies();
      await page.close();
    }
  });

  it('the pages of the signed-in area have 0 axe violations in German and Arabic', async () => {
    assert.ok(coordinatorCookies, 'the first test signed in a coordinator');
    const page = await newPage();
    try {
      await context.addCookies(coordinatorCookies.filter((c) => c.name === 'bn_session'));
      for (const lang of ['de', 'ar']) {
        for (const [name, path] of [
          ['freshness', '/verwaltung/aktualitaet'],
          ['audit', '/verwaltung/protokoll'],
          ['organization', `/verwaltung/traeger/${ids.organization}`],
          ['service', `/verwaltung/angebot/${ids.service2}`],
          ['account', '/verwaltung/konto'],
          ['vocabulary', '/verwaltung/taxonomie'],
          ['invitations', '/verwaltung/einladungen'],
          ['outbox', '/verwaltung/postausgang'],
          ['location', `/verwaltung/ort/${ids.location}`],
          ['home', '/verwaltung'],
        ]) {
          const resp = await page.goto(url(withLang(path, lang)));
          assert.equal(resp.status(), 200, path);
          await page.screenshot({ path: join(ARTIFACTS, `admin-${name}-${lang}-desktop-full.png`), fullPage: true });
          const a = await htmlAttrs(page);
          assert.equal(a.dir, lang === 'ar' ? 'rtl' : 'ltr');
          await expectNoAxe(page, `admin-${name}-${lang}`);
        }
      }
      const audit = await page.goto(url('/verwaltung/protokoll?actor=redaktion%40example.org'));
      assert.equal(audit.status(), 200);
      assert.ok((await page.locator('#audit').innerText()).includes(NEW_NAME), 'the audit log shows the change');
      await context.clearCookies();
      for (const lang of ['de', 'ar']) {
        await page.goto(url(withLang('/anmelden', lang)));
        await expectNoAxe(page, `login-${lang}`);
        await page.screenshot({ path: join(ARTIFACTS, `login-${lang}-phone.png`) });
      }
    } finally {
      await page.close();
    }
  });
});

describe('case matching (issue 16)', () => {
  it('a counsellor matches trauma, debts and residence near 06108 without JavaScript (0 axe violations, de and ar)', async () => {
    const page = await newPage();
    try {
      const orgs = await api('/hsds/organizations?per_page=10');
      const org = orgs.contents.map((o) => o.id).find((o) => o !== ids.organization);
      await context.clearCookies();
      await acceptInvitation(page, inviteFromCli('fall@example.org', 'counsellor', org));
      await page.goto(url('/verwaltung/fallkonstellation'));
      await expectNoAxe(page, 'matching-form-de');
      for (const need of ['need:trauma', 'need:debts', 'need:residence']) {
        await page.check(`input[name=need][value="${need}"]`);
      }
      await page.fill('#near', '06108');
      await page.fill('#age', '20');
      await Promise.all([page.waitForURL(/need=need%3Atrauma/), page.click('form.matching button[type=submit]')]);
      for (const need of ['trauma', 'debts', 'residence']) {
        assert.ok(await page.locator(`#need-${need} ol.fitting li`).count() > 0, `${need} has a fit`);
      }
      // A closed <details>: its text is there, not shown until opened.
      assert.match(await page.locator('#need-residence .left-out').textContent(), /Altersgrenze/);
      await expectNoAxe(page, 'matching-answer-de');
      await page.screenshot({ path: join(ARTIFACTS, 'matching-de-desktop-full.png'), fullPage: true });
      await page.goto(`${page.url()}&lang=ar`);
      await expectNoAxe(page, 'matching-answer-ar');
      await page.screenshot({ path: join(ARTIFACTS, 'matching-ar-desktop-full.png'), fullPage: true });
    } finally {
      await context.clearCookies();
      await page.close();
    }
  });
});

describe('interface sheets (issue 16)', () => {
  it('a counsellor proposes a new wording, a coordinator accepts it as a new version; diff and matrix without JavaScript (0 axe violations, de and ar)', async () => {
    const page = await newPage();
    try {
      const orgs = await api('/hsds/organizations?per_page=10');
      const org = orgs.contents.map((o) => o.id).find((o) => o !== ids.organization);
      await context.clearCookies();
      await acceptInvitation(page, inviteFromCli('schnittstelle@example.org', 'counsellor', org));
      await page.goto(url('/verwaltung/schnittstellen'));
      await expectNoAxe(page, 'interfaces-list-de');
      await page.click('a[href="/verwaltung/schnittstellen/debt"]');
      assert.match(await page.locator('h1').innerText(), /Schuldner/);
      assert.match(await page.locator('#sheet').innerText(), /Wann verweisen\?/);
      await expectNoAxe(page, 'interface-sheet-de');
      await page.selectOption('#section', 'waiting_time');
      await page.fill('#body', 'Die Wartezeit ist seit dem Herbst länger.');
      await page.fill('#proposal', '10–12 Wochen; Krisentermin binnen einer Woche.');
      await Promise.all([page.waitForURL(/schnittstellen\/debt/), page.click('#comment-form button[type=submit]')]);
      assert.match(await page.locator('#comments').innerText(), /seit dem Herbst länger/);
      await page.goto(url('/verwaltung/schnittstellen/debt/vergleich?von=1&bis=2'));
      assert.ok(await page.locator('#diff del').count() > 0, 'something went');
      assert.ok(await page.locator('#diff ins').count() > 0, 'something came');
      await expectNoAxe(page, 'interface-diff-de');
      await page.goto(url('/verwaltung/schnittstellen/debt/vergleich?von=1&bis=2&lang=ar'));
      await expectNoAxe(page, 'interface-diff-ar');
      await page.screenshot({ path: join(ARTIFACTS, 'interface-diff-ar-desktop.png'), fullPage: true });

      await context.clearCookies();
      await acceptInvitation(page, inviteFromCli('schnittstellen-koordination@example.org', 'coordinator'));
      await page.goto(url('/verwaltung/schnittstellen/debt'));
      await Promise.all([page.waitForURL(/schnittstellen\/debt/), page.click('button[value=accept]')]);
      assert.match(await page.locator('#sheet').innerText(), /10–12 Wochen; Krisentermin binnen einer Woche\./);
      assert.match(await page.locator('#sheet-meta').innerText(), /Fassung 3/);
      await expectNoAxe(page, 'interface-sheet-accepted-de');
      await page.goto(url('/verwaltung/schnittstellen/debt?lang=ar'));
      await expectNoAxe(page, 'interface-sheet-ar');
      await page.goto(url('/verwaltung/schnittstellen/debt/bearbeiten'));
      await expectNoAxe(page, 'interface-edit-de');
      await page.goto(url('/verwaltung/schnittstellen/matrix'));
      await expectNoAxe(page, 'interface-matrix-de');
      const box = page.locator('input[value="kind:debt|need:debts"]');
      assert.ok(await box.isChecked());
      await box.uncheck();
      await Promise.all([page.waitForURL(/gespeichert/), page.click('#matrix-form button[type=submit]')]);
      assert.ok(!(await page.locator('input[value="kind:debt|need:debts"]').isChecked()), 'saved unticked');
      await page.locator('input[value="kind:debt|need:debts"]').check();
      await Promise.all([page.waitForURL(/gespeichert/), page.click('#matrix-form button[type=submit]')]);
      await page.screenshot({ path: join(ARTIFACTS, 'interface-matrix-de-desktop.png'), fullPage: true });
      await page.goto(url('/verwaltung/schnittstellen/matrix?lang=ar'));
      await expectNoAxe(page, 'interface-matrix-ar');
    } finally {
      await context.clearCookies();
      await page.close();
    }
  });
});

describe('referrals (issue 15)', () => {
  it('a counsellor refers with consent; the receiving service accepts, records the arrival and closes (0 axe violations, de and ar)', async () => {
    const page = await newPage();
    try {
      const orgs = await api('/hsds/organizations?per_page=10');
      const senderOrg = orgs.contents.map((o) => o.id).find((o) => o !== ids.organization);
      assert.ok(senderOrg, 'a second organization');
      await context.clearCookies();
      await acceptInvitation(page, inviteFromCli('verweisend@example.org', 'counsellor', senderOrg));
      const start = url(`/verwaltung/verweisungen/neu?angebot=${ids.service}`);
      await page.goto(start);
      await expectNoAxe(page, 'referral-new-de');
      // Sent empty: every problem shown at its field, nothing saved.
      await Promise.all([page.waitForLoadState('load'), page.click('button[value=send]')]);
      assert.ok(await page.locator('#form-errors').isVisible(), 'error summary');
      assert.equal(await page.locator('#consent_purpose').getAttribute('aria-invalid'), 'true');
      assert.ok(await page.locator('#need-error').isVisible(), 'the need is asked for');
      await expectNoAxe(page, 'referral-new-errors-de');
      await page.screenshot({ path: join(ARTIFACTS, 'referral-new-errors-de-desktop-full.png'), fullPage: true });

      await page.fill('#client_ref', 'MBE-17');
      await page.check('input[name=need][value="need:debts"]');
      await page.check('input[name=urgency][value=soon]');
      await page.fill('#languages', 'ar');
      await page.check('input[name=contact_way][value=phone]');
      await page.fill('#contact_value', '0000 123456');
      await page.fill('#note', 'Sperrandrohung');
      await page.check('input[name=consent_category][value=needs]');
      await page.check('input[name=consent_category][value=contact]');
      await page.fill('#consent_purpose', 'Schuldnerberatung');
      const until = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
      await page.fill('#consent_until', until);
      await page.check('input[name=consent_given][value=signed-form]');
      await Promise.all([page.waitForURL(/\/verwaltung\/verweisungen\/[0-9a-f-]{36}$/), page.click('button[value=send]')]);
      const referral = page.url();
      assert.match(await page.locator('#referral-state').innerText(), /gesendet/);
      await expectNoAxe(page, 'referral-case-sender-de');
      await page.goto(url(withLang(`/verwaltung/verweisungen/neu?angebot=${ids.service}`, 'ar')));
      await expectNoAxe(page, 'referral-new-ar');
      await page.goto(url(withLang('/verwaltung/verweisungen', 'ar')));
      await expectNoAxe(page, 'referral-list-ar');

      // The receiving side: sees the consented contact, not the note.
      await context.clearCookies();
      await acceptInvitation(page, inviteFromCli('aufnehmend@example.org', 'counsellor', ids.organization));
      await page.goto(url('/verwaltung/verweisungen'));
      await expectNoAxe(page, 'referral-list-de');
      await page.goto(referral);
      assert.match(await page.locator('#contact').innerText(), /0000 123456/);
      assert.doesNotMatch(await page.locator('#note').innerText(), /Sperrandrohung/);
      await expectNoAxe(page, 'referral-case-receiver-de');
      for (const action of ['accept', 'first-contact']) {
        await Promise.all([page.waitForLoadState('load'), page.click(`form.action:has(input[value="${action}"]) button`)]);
      }
      await page.selectOption('#outcome', 'got-help');
      await Promise.all([page.waitForLoadState('load'), page.click('form.action:has(input[value="close"]) button')]);
      assert.match(await page.locator('#referral-state').innerText(), /abgeschlossen/);
      assert.match(await page.locator('#timeline').innerText(), /Person angekommen/);
      await page.screenshot({ path: join(ARTIFACTS, 'referral-case-de-desktop-full.png'), fullPage: true });
      await page.goto(`${referral}?lang=ar`);
      await expectNoAxe(page, 'referral-case-ar');
      await page.screenshot({ path: join(ARTIFACTS, 'referral-case-ar-desktop-full.png'), fullPage: true });
      const receiverCookies = await context.cookies();

      // The slip route: the client goes themselves with a code; nothing about them travels.
      await context.clearCookies();
      await acceptInvitation(page, inviteFromCli('verweisend2@example.org', 'counsellor', senderOrg));
      await page.goto(start);
      await page.check('input[name=need][value="need:debts"]');
      await page.check('input[name=contact_way][value=client-calls]');
      await page.check('input[name=consent_category][value=needs]');
      await page.fill('#consent_purpose', 'Schuldnerberatung');
      await page.fill('#consent_until', until);
      await page.check('input[name=consent_given][value=signed-form]');
      await Promise.all([page.waitForURL(/\/verwaltung\/verweisungen\/[0-9a-f-]{36}$/), page.click('button[value=send]')]);
      const code = await page.locator('#slip strong').innerText();
      assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      await page.click('#slip a');
      await page.waitForLoadState('load');
      for (const lang of ['de', 'ar']) {
        await page.goto(`${page.url().split('?')[0]}?sprache=ar&lang=${lang}`);
        assert.ok((await page.locator('main').innerText()).includes(code), 'the slip shows the code');
        await expectNoAxe(page, `referral-slip-${lang}`);
      }
      await page.screenshot({ path: join(ARTIFACTS, 'referral-slip-ar-desktop-full.png'), fullPage: true });
      await context.clearCookies();
      await context.addCookies(receiverCookies.filter((c) => c.name === 'bn_session'));
      for (const lang of ['de', 'ar']) {
        await page.goto(url(withLang('/verwaltung/verweisungen/ankunft', lang)));
        await expectNoAxe(page, `referral-arrival-${lang}`);
      }
      await page.goto(url('/verwaltung/verweisungen/ankunft'));
      await page.fill('#code', code.toLowerCase());
      await Promise.all([page.waitForURL(/\/verwaltung\/verweisungen\/[0-9a-f-]{36}$/), page.click('form.edit button[type=submit]')]);
      assert.match(await page.locator('#referral-state').innerText(), /in Arbeit/);
    } finally {
      await context.clearCookies();
      await page.close();
    }
  });

  it('work lists filter by state; the client gets a record and an erasure; coordinators see figures only (0 axe violations, de and ar)', async () => {
    const page = await newPage();
    try {
      const orgs = await api('/hsds/organizations?per_page=10');
      const senderOrg = orgs.contents.map((o) => o.id).find((o) => o !== ids.organization);
      await context.clearCookies();
      await acceptInvitation(page, inviteFromCli('verweisend3@example.org', 'counsellor', senderOrg));
      // The first name shown on timelines.
      await page.goto(url('/verwaltung/konto'));
      await page.fill('#first_name', 'Amira');
      await Promise.all([page.waitForLoadState('load'), page.click('form[action="/verwaltung/konto/name"] button')]);
      assert.ok(await page.locator('#name-message').isVisible(), 'saved');
      await expectNoAxe(page, 'account-name-de');
      // The work list, filtered by state without JavaScript.
      await page.goto(url('/verwaltung/verweisungen'));
      await page.selectOption('#zustand', 'sent');
      await Promise.all([page.waitForURL(/zustand=sent/), page.click('form.filter button')]);
      await expectNoAxe(page, 'referral-list-filtered-de');
      // Access and erasure for the reference the first test used.
      for (const lang of ['de', 'ar']) {
        await page.goto(url(withLang('/verwaltung/verweisungen/auskunft', lang)));
        await expectNoAxe(page, `referral-rights-${lang}`);
      }
      await page.goto(url('/verwaltung/verweisungen/auskunft'));
      await page.fill('#ref', 'mbe-17');
      await Promise.all([page.waitForLoadState('load'), page.click('button[value=show]')]);
      assert.equal(await page.locator('#found tbody tr').count(), 1, 'the referral under MBE-17');
      await expectNoAxe(page, 'referral-rights-found-de');
      await page.screenshot({ path: join(ARTIFACTS, 'referral-rights-de-desktop-full.png'), fullPage: true });
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[value=json]')]);
      assert.match(download.suggestedFilename(), /^auskunft-.*\.json$/);
      await page.check('#confirm');
      await Promise.all([page.waitForLoadState('load'), page.click('button[value=erase]')]);
      assert.ok(await page.locator('#erased').isVisible(), 'erased');
      await page.fill('#ref', 'MBE-17');
      await Promise.all([page.waitForLoadState('load'), page.click('button[value=show]')]);
      assert.ok(await page.locator('#none-found').isVisible(), 'nothing held any more');
      // Coordinators: figures, none below five.
      await context.clearCookies();
      await acceptInvitation(page, inviteFromCli('koordination-zahlen@example.org', 'coordinator'));
      for (const lang of ['de', 'ar']) {
        const r = await page.goto(url(withLang('/verwaltung/verweisungen/statistik', lang)));
        assert.equal(r.status(), 200);
        await expectNoAxe(page, `referral-stats-${lang}`);
      }
      assert.doesNotMatch(await page.locator('main').innerText(), /\b[1-4]\b(?!\d)/, 'no figure below five');
    } finally {
      await context.clearCookies();
      await page.close();
    }
  });
});

describe('reports (issue 18)', () => {
  it('a coordinator sees where help is missing, uploads foreign population figures and the network in figures without JavaScript (0 axe violations, de and ar)', async () => {
    const page = await newPage();
    try {
      await context.clearCookies();
      await acceptInvitation(page, inviteFromCli('berichte@example.org', 'coordinator'));
      await page.goto(url('/verwaltung/berichte/luecken'));
      assert.equal(await page.locator('#districts tbody tr').count(), 14, 'every district');
      assert.ok(await page.locator('#map svg circle').count() > 500, 'the places are drawn');
      await expectNoAxe(page, 'report-gaps-de');
      await page.selectOption('#need', 'kind:debt');
      await page.selectOption('#sprache', 'ar');
      await Promise.all([page.waitForURL(/sprache=ar/), page.click('#report-form button[type=submit]')]);
      assert.match(await page.locator('#need-h').innerText(), /Schuldner/);
      await page.screenshot({ path: join(ARTIFACTS, 'report-gaps-de-desktop-full.png'), fullPage: true });
      await page.goto(`${page.url()}&lang=ar`);
      await expectNoAxe(page, 'report-gaps-ar');
      await page.screenshot({ path: join(ARTIFACTS, 'report-gaps-ar-desktop-full.png'), fullPage: true });

      // Population figures with a foreign column: every district of Sachsen-Anhalt.
      await page.goto(url('/verwaltung/berichte/bevoelkerung?lang=de'));
      await expectNoAxe(page, 'report-population-de');
      const shipped = await (await page.request.get(url('/verwaltung/berichte/bevoelkerung.csv'))).text();
      const lines = shipped.replace(/^\uFEFF/, '').trim().split('\n');
      const rows = lines.slice(1).filter((l) => l.startsWith('15')).map((l) => {
        const [ags, name, population] = l.split(';');
        return `${ags};${name};${population};${Math.round(Number(population) / 10)}`;
      });
      assert.equal(rows.length, 14);
      const file = join(ARTIFACTS, 'population-upload.csv');
      writeFileSync(file, ['AGS;name;population;foreign', ...rows].join('\n'));
      await page.fill('#source', 'Beispielzahlen für den Test');
      await page.setInputFiles('#file', file);
      await page.click('#upload-form button[type=submit]');
      await page.locator('#in-force', { hasText: 'Beispielzahlen für den Test' }).waitFor();
      // A broken file is refused, naming its line, and the figures stay.
      writeFileSync(file, 'AGS;population\n15002;viele\n');
      await page.fill('#source', 'Kaputt');
      await page.setInputFiles('#file', file);
      await page.click('#upload-form button[type=submit]');
      assert.match(await page.locator('#file-error').innerText(), /Zeile 2/);
      assert.match(await page.locator('#in-force').innerText(), /Beispielzahlen für den Test/);
      await expectNoAxe(page, 'report-population-error-de');
      await page.goto(url('/verwaltung/berichte/bevoelkerung?lang=ar'));
      await expectNoAxe(page, 'report-population-ar');
      await page.goto(url('/verwaltung/berichte/luecken?lang=de'));
      await page.selectOption('#bezug', 'foreign');
      await Promise.all([page.waitForURL(/bezug=foreign/), page.click('#report-form button[type=submit]')]);
      assert.match(await page.locator('#districts thead').innerText(), /Ausländische Bevölkerung/);
      await expectNoAxe(page, 'report-gaps-foreign-de');

      await page.goto(url('/verwaltung/berichte/netz?lang=de'));
      assert.equal(await page.locator('svg.bar-chart').count(), 3);
      assert.match(await page.locator('#verified-summary').innerText(), /von \d+ Angeboten/);
      await expectNoAxe(page, 'report-network-de');
      await page.screenshot({ path: join(ARTIFACTS, 'report-network-de-desktop-full.png'), fullPage: true });
      await page.goto(url('/verwaltung/berichte/netz?lang=ar'));
      await expectNoAxe(page, 'report-network-ar');
      await page.screenshot({ path: join(ARTIFACTS, 'report-network-ar-desktop-full.png'), fullPage: true });
      await page.goto(url('/verwaltung/berichte/verweisungen?lang=de'));
      assert.equal(await page.locator('table.figures').count(), 5, 'need, kind, district, month, route');
      await expectNoAxe(page, 'report-referrals-de');
      await page.goto(url('/verwaltung/berichte/verweisungen?lang=ar'));
      await expectNoAxe(page, 'report-referrals-ar');
      await page.screenshot({ path: join(ARTIFACTS, 'report-referrals-ar-desktop-full.png'), fullPage: true });
      // The shipped figures count again after a reset.
      await page.goto(url('/verwaltung/berichte/bevoelkerung?lang=de'));
      await page.click('#reset-form button[type=submit]');
      await page.locator('#in-force', { hasText: 'Destatis' }).waitFor();
    } finally {
      await context.clearCookies();
      await page.close();
    }
  });
});

describe('Fachtag (issue 17)', () => {
  it('the programme as a timetable, registration in Arabic with its QR code, check-in, feedback, the certificate check, workshop results, cancelling, and the coordinators\' pages (0 axe violations, de and ar)', async () => {
    const page = await newPage();
    const phone = await newPage(VIEWPORTS.phone);
    try {
      await context.clearCookies();
      await page.goto(url('/fachtag'));
      await expectNoAxe(page, 'fachtag-list-de');
      await page.goto(url('/fachtag/2020'));
      assert.equal(await page.locator('.block.parallel .session.workshop').count(), 3, 'three parallel workshops');
      await expectNoAxe(page, 'fachtag-programme-de');
      // Wide: the workshops side by side; on a phone one below the other.
      const wide = await page.locator('.block.parallel .session').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
      assert.ok(wide.every((t) => Math.abs(t - wide[0]) < 2), `side by side: ${wide}`);
      await phone.goto(url('/fachtag/2020?lang=ar'));
      const narrow = await phone.locator('.block.parallel .session').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
      assert.ok(narrow[1] > narrow[0] && narrow[2] > narrow[1], `stacked: ${narrow}`);
      await expectNoAxe(phone, 'fachtag-programme-ar-phone');
      await phone.screenshot({ path: join(ARTIFACTS, 'fachtag-programme-ar-phone.png'), fullPage: true });

      // Next year's Fachtag: register in Arabic, with a workshop.
      await page.goto(url('/fachtag'));
      const next = (await page.locator('.events a').first().getAttribute('href')).split('?')[0];
      await page.goto(url(`${next}/anmeldung?lang=ar`));
      await expectNoAxe(page, 'fachtag-register-ar');
      await page.fill('#name', 'A. Beispiel');
      await page.fill('#email', 'fachtag-browser@example.org');
      await page.fill('#organisation', 'Migrationsberatung (Beispiel)');
      await page.fill('#postcode', '39104');
      await page.locator('fieldset.choices-list').first().locator('input[type=radio]').nth(1).check();
      await page.check('#consent');
      await Promise.all([page.waitForURL(/\/fachtag\/anmeldung\//), page.click('#register-form button[type=submit]')]);
      assert.equal((await htmlAttrs(page)).dir, 'rtl');
      assert.equal(await page.locator('.qr svg').count(), 1, 'the QR code for check-in');
      assert.equal(await page.locator('#my-workshops li').count(), 1);
      await expectNoAxe(page, 'fachtag-personal-ar');
      await page.screenshot({ path: join(ARTIFACTS, 'fachtag-personal-ar.png'), fullPage: true });
      const personal = page.url().split('?')[0];
      const code = (await page.locator('#checkin-code').innerText()).trim();
      await page.goto(`${personal}?lang=de`);
      await expectNoAxe(page, 'fachtag-personal-de');
      assert.equal(await page.locator('#after').count(), 0, 'no certificate before the door');

      // Coordinators plan it, and check the person in at the desk.
      await context.clearCookies();
      await acceptInvitation(page, inviteFromCli('fachtag-koordination@example.org', 'coordinator'));
      await page.goto(url('/verwaltung/fachtag/2020'));
      const resultsHref = await page.locator('#session-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const [path, name] of [
        ['/verwaltung/fachtag', 'fachtag-admin'],
        ['/verwaltung/fachtag/2020', 'fachtag-event'],
        ['/verwaltung/fachtag/2020/sitzungen/neu', 'fachtag-session'],
        ['/verwaltung/fachtag/2020/auswertung', 'fachtag-evaluation'],
      ]) {
        for (const lang of ['de', 'ar']) {
          const r = await page.goto(url(withLang(path, lang)));
          assert.equal(r.status(), 200, path);
          await expectNoAxe(page, `${name}-${lang}`);
        }
      }
      // A workshop's results page: notes and a revised sheet, shown in the programme.
      let resultsPage = null;
      for (const href of resultsHref) {
        await page.goto(url(href));
        if (await page.locator('#results-link').count()) {
          resultsPage = await page.locator('#results-link').getAttribute('href');
          break;
        }
      }
      assert.ok(resultsPage, 'a workshop links to its results');
      for (const lang of ['de', 'ar']) {
        await page.goto(url(withLang(resultsPage, lang)));
        await expectNoAxe(page, `fachtag-results-${lang}`);
      }
      await page.goto(url(resultsPage));
      await page.fill('#notes', 'Verweisung nur mit Einwilligung (Beispiel).');
      await page.locator('#results-form input[name=sheet]').first().check();
      await Promise.all([page.waitForLoadState('load'), page.click('#results-form button[type=submit]')]);
      await page.goto(url('/fachtag/2020'));
      assert.equal(await page.locator('.session.workshop .results').count(), 3, 'results under each sample workshop');
      assert.equal(await page.getByText('Verweisung nur mit Einwilligung (Beispiel).').count(), 1, 'the notes just written');
      await expectNoAxe(page, 'fachtag-programme-results-de');

      await page.goto(url(`${next}/einlass`.replace('/fachtag/', '/verwaltung/fachtag/')));
      await page.fill('#code', code);
      await Promise.all([page.waitForLoadState('load'), page.click('#checkin-form button[type=submit]')]);
      await page.waitForFunction(() => /A\. Beispiel/.test(document.querySelector('#checkin-result')?.textContent || ''));

      // After the door: the certificate link and feedback, in Arabic.
      await page.goto(`${personal}?lang=ar`);
      assert.equal(await page.locator('#after a').count(), 2, 'certificate and feedback');
      await expectNoAxe(page, 'fachtag-personal-after-ar');
      await page.goto(`${personal}/rueckmeldung?lang=ar`);
      await expectNoAxe(page, 'fachtag-feedback-ar');
      await page.check('#overall-5');
      await page.check('#useful-4');
      await page.fill('#comment', 'مفيد جدا');
      await Promise.all([page.waitForLoadState('load'), page.click('#feedback-form button[type=submit]')]);
      assert.equal(await page.locator('#feedback-thanks').count(), 1);
      await expectNoAxe(page, 'fachtag-feedback-thanks-ar');
      for (const lang of ['de', 'ar']) {
        const r = await page.goto(url(withLang('/fachtag/bescheinigung?code=2222-2222-2222', lang)));
        assert.equal(r.status(), 404);
        await expectNoAxe(page, `fachtag-certificate-check-${lang}`);
      }

      // Cancelling gives the place back.
      await page.goto(`${personal}?lang=de`);
      await Promise.all([page.waitForLoadState('load'), page.click('#cancel-form button[type=submit]')]);
      await page.goto(`${personal}?lang=de`);
      assert.match(await page.locator('#state').innerText(), /abgemeldet/);
      assert.equal(await page.locator('#cancel-form').count(), 0, 'nothing left to cancel');
    } finally {
      await context.clearCookies();
      await phone.close();
      await page.close();
    }
  });
});
