// Bad input, faults and hostile pages: every row of the bad-input table in
// docs/embedding.md (Robustness and security), a strict CSP, hostile strings,
// and host isolation.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const real = JSON.parse(readFileSync(new URL('../../dist/heartstopper.json', import.meta.url)));
const clone = () => structuredClone(real);
const widget = (page) => page.locator('heartstopper-widget');

/** Watches for anything the widget could throw into the host page. */
async function guard(page) {
  const seen = { pageerrors: [], csp: [], dialogs: [] };
  page.on('pageerror', (e) => seen.pageerrors.push(String(e)));
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss(); });
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) seen.csp.push(m.text()); });
  await page.addInitScript(() => {
    window.__onerror = 0;
    window.onerror = () => { window.__onerror += 1; };
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  return async () => {
    expect(seen.pageerrors, 'errors thrown into the host page').toEqual([]);
    expect(seen.dialogs, 'scripts run from data').toEqual([]);
    expect(await page.evaluate(() => window.__onerror), 'window.onerror calls').toBe(0);
    return seen;
  };
}

async function rendered(page) {
  await page.waitForFunction(() => performance.getEntriesByName('hsw:rendered').length > 0);
}

/** Points the widget at `body` served with `headers` (or a status), and returns the notice. */
async function load(page, { status = 200, body = '', contentType = 'application/json', headers = {}, hang = false }) {
  await page.route('**/__test__/data-under-test.json', async (route) => {
    if (hang) return; // never answers
    await route.fulfill({ status, body, contentType, headers });
  });
  await page.goto('__test__/one.html');
  await rendered(page);
  await page.evaluate(() => document.querySelector('heartstopper-widget').setAttribute('src', 'data-under-test.json'));
}

const expectFallback = async (page, message) => {
  const notice = widget(page).locator('.hsw-notice');
  await expect(notice).toContainText(message, { timeout: 15_000 });
  await expect(notice).toContainText('Showing the built-in data instead.');
  await expect(widget(page).locator('.hsw-status')).toContainText(`${real.people.length} of ${real.people.length} cast members`);
};

const json = (value) => ({ body: JSON.stringify(value) });
const cases = [
  ['invalid JSON', { body: '{"as_of": "2026-03-10",' }, 'the data is not valid JSON'],
  ['JSON of the wrong shape', json([1, 2, 3]), 'the data is not in the widget\'s format'],
  ['a missing required field', json((() => { const d = clone(); delete d.people[4].character; return d; })()), 'at people[4]: missing field `character`'],
  ['an unknown school id', json((() => { const d = clone(); d.people[2].appearances[1].school = 'hogwarts'; return d; })()), 'unknown school "hogwarts"'],
  ['an unknown season id', json((() => { const d = clone(); d.events[3].season = '7'; return d; })()), 'field `season`: unknown season "7"'],
  ['a duplicate id', json((() => { const d = clone(); d.people[1].id = d.people[0].id; return d; })()), 'is used by an earlier entry of people'],
  ['a dangling reference', json((() => { const d = clone(); d.events[9].people = ['nobody']; return d; })()), 'unknown person "nobody"'],
  ['an impossible date', json((() => { const d = clone(); d.events[0].date = '2023-02-30'; return d; })()), 'events[0].date: 2023-02-30 is not a day in the calendar'],
  ['a javascript: link', json((() => { const d = clone(); d.sources[0].url = 'javascript:alert(1)'; return d; })()), '"javascript:alert(1)" is not an http(s) address'],
  ['an HTTP 404', { status: 404, body: 'nope', contentType: 'text/plain' }, 'answered HTTP 404'],
  ['an HTTP 500', { status: 500, body: 'oops', contentType: 'text/plain' }, 'answered HTTP 500'],
  ['the wrong MIME type', { body: JSON.stringify(real), contentType: 'text/html' }, 'is not JSON (its type is "text/html")'],
  ['a 5 MB file', { body: ' '.repeat(5 * 1024 * 1024 + 10), contentType: 'application/json' }, 'more than the 5 MB allowed'],
];

for (const [name, response, message] of cases) {
  test(`bad data: ${name} → a clear message, the built-in data, nothing thrown`, async ({ page }) => {
    const check = await guard(page);
    await load(page, response);
    await expectFallback(page, message);
    await check();
  });
}

test('bad data: a URL that never answers times out with a message', async ({ page }) => {
  test.setTimeout(45_000);
  const check = await guard(page);
  await load(page, { hang: true });
  await expectFallback(page, 'did not answer within 10 seconds');
  await check();
});

test('bad data: a cross-origin URL refused by CORS', async ({ page }) => {
  const check = await guard(page);
  // Another origin (localhost, not 127.0.0.1), which sends no
  // Access-Control-Allow-Origin for this file.
  await page.goto('__test__/one.html?nocsp');
  await rendered(page);
  const port = new URL(page.url()).port;
  await page.evaluate((port) => document.querySelector('heartstopper-widget').setAttribute('src', `http://localhost:${port}/__test__/no-cors/data.json`), port);
  await expectFallback(page, 'could not be reached (offline, refused, or not allowed by CORS)');
  await check();
});

test('an empty dataset (no people, no events) shows an empty state, not an error', async ({ page }) => {
  const check = await guard(page);
  const d = clone();
  d.people = [];
  d.events = [];
  await load(page, json(d));
  await expect(widget(page).locator('.hsw-status')).toContainText('0 of 0 cast members');
  await expect(widget(page).locator('.hsw-notice')).toHaveCount(0);
  await expect(widget(page).locator('.hsw-empty').first()).toBeVisible();
  await check();
});

test('10,000 people: the first 120 cards, "Show more", and filters still work', async ({ page }) => {
  const check = await guard(page);
  const d = clone();
  d.people = Array.from({ length: 10_000 }, (_, i) => ({ ...real.people[i % real.people.length], id: `p-${i}` }));
  d.events = d.events.map((e) => ({ ...e, people: [] }));
  await load(page, json(d));
  await expect(widget(page).locator('.hsw-status')).toContainText('10000 of 10000 cast members');
  await expect(widget(page).locator('.hsw-card')).toHaveCount(120);
  await widget(page).getByRole('button', { name: /^Show 120 more/ }).click();
  await expect(widget(page).locator('.hsw-card')).toHaveCount(240);
  await widget(page).getByRole('button', { name: /^Lambert\b/ }).click();
  await expect(widget(page).locator('.hsw-status')).toContainText(/^\d+ of 10000 cast members/);
  await check();
});

test('hostile strings in the data render as text', async ({ page }) => {
  const check = await guard(page);
  const d = clone();
  d.people[0].character = '<img src=x onerror=alert(1)>';
  d.people[0].actor = '"><script>alert(2)</script>';
  d.events[0].title = '<svg onload=alert(3)>';
  await load(page, json(d));
  const first = widget(page).locator('.hsw-card').first();
  await expect(first.locator('.hsw-name')).toHaveText('<img src=x onerror=alert(1)>');
  await expect(first.locator('.hsw-actor')).toContainText('"><script>alert(2)</script>');
  await expect(widget(page).locator('img, svg, script')).toHaveCount(0);
  await first.getByRole('button').first().click();
  await expect(page.getByRole('dialog')).toContainText('<img src=x onerror=alert(1)>');
  const seen = await check();
  expect(seen.dialogs).toEqual([]);
});

test('odd URL parameters: unknown ids, repeated keys, 10,000 characters, broken encoding', async ({ page }) => {
  const check = await guard(page);
  const long = 'x'.repeat(10_000);
  await page.goto(`./?season=9&season=2&school=%ZZ&school=higgs&q=${long}&person=%E0%A4%A&view=${long}&lang=%%`);
  await rendered(page);
  await expect(page.locator('.hsw-option-2')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.hsw-option-higgs')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await check();
});

for (const path of ['./', 'embed.html', 'demo.html']) {
  test(`${path} works under a strict Content-Security-Policy with no violation`, async ({ page }) => {
    const check = await guard(page);
    const response = await page.goto(path);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await rendered(page);
    await expect(page.locator('.hsw-status').first()).toBeVisible();
    // The demo's broken data URL answers 404: a message, not a violation.
    // (after the data reader, a second wasm, has been fetched and started)
    if (path === 'demo.html') await expect(page.locator('#broken-widget .hsw-notice')).toContainText('HTTP 404', { timeout: 15_000 });
    const seen = await check();
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(seen.csp).toEqual([]);
  });
}

test('the widget defines no global but its custom element', async ({ page }) => {
  const check = await guard(page);
  await page.goto('__test__/blank.html');
  const before = await page.evaluate(() => Object.getOwnPropertyNames(window).sort());
  await page.addScriptTag({ url: '../heartstopper-widget.js', type: 'module' });
  await page.evaluate(() => document.querySelector('main').append(document.createElement('heartstopper-widget')));
  await rendered(page);
  const after = await page.evaluate(() => Object.getOwnPropertyNames(window).sort());
  expect(after.filter((k) => !before.includes(k))).toEqual([]);
  expect(await page.evaluate(() => typeof customElements.get('heartstopper-widget'))).toBe('function');
  await check();
});

test('keys typed in the host page are never taken by the widget', async ({ page }) => {
  const check = await guard(page);
  await page.goto('__test__/one.html');
  await rendered(page);
  await page.evaluate(() => {
    window.__prevented = [];
    document.getElementById('host-input').addEventListener('keydown', (e) => setTimeout(() => window.__prevented.push(e.defaultPrevented)));
  });
  const status = await widget(page).locator('.hsw-status').textContent();
  await page.locator('#host-input').focus();
  for (const key of ['ArrowDown', 'ArrowRight', 'Home', 'End', 'Escape', 'Enter', 'a']) await page.keyboard.press(key);
  await expect(page.locator('#host-input')).toHaveValue('a');
  await expect.poll(() => page.evaluate(() => window.__prevented)).toEqual([false, false, false, false, false, false, false]);
  await expect(widget(page).locator('.hsw-status')).toHaveText(status);
  await check();
});

test('custom data: the data reader (a second wasm) is fetched only by a widget with data; if it cannot load, a clear message', async ({ page }) => {
  const check = await guard(page);
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const READER = /\/hsw_reader(\.js|_bg\.wasm)$/;
  await page.goto('__test__/one.html');
  await rendered(page);
  expect(fetched.filter((p) => READER.test(p)), 'no custom data, no reader').toEqual([]);
  // The reader's wasm cannot be had: the built-in data stays, with a message.
  await page.route('**/hsw_reader_bg.wasm', (route) => route.abort());
  await load(page, json(clone()));
  // Said as for any of the widget's files that cannot be fetched; the
  // built-in data shows.
  await expect(widget(page).locator('.hsw-notice')).toContainText(/could not load its files from \S*hsw_reader_bg\.wasm\. Is the widget's whole folder on the server\?/, { timeout: 15_000 });
  await expect(widget(page).locator('.hsw-status')).toContainText(`${real.people.length} of ${real.people.length} cast members`);
  // Once it can, the next data loads (the reader is tried again).
  await page.unroute('**/hsw_reader_bg.wasm');
  const d = clone();
  d.people = d.people.slice(0, 2);
  d.events = [];
  await page.route('**/__test__/two.json', (route) => route.fulfill({ body: JSON.stringify(d), contentType: 'application/json' }));
  await page.evaluate(() => document.querySelector('heartstopper-widget').setAttribute('src', 'two.json'));
  await expect(widget(page).locator('.hsw-status')).toContainText('2 of 2 cast members');
  await expect(widget(page).locator('.hsw-notice')).toHaveCount(0);
  expect(fetched.filter((p) => READER.test(p)).sort()).toEqual(['/hsw_reader.js', '/hsw_reader_bg.wasm', '/hsw_reader_bg.wasm']);
  await check();
});

test('why custom data cannot be used follows the language: the reader module words it again', async ({ page }) => {
  const check = await guard(page);
  await load(page, { body: '{ "people": [' });
  await expectFallback(page, 'the data is not valid JSON');
  await page.evaluate(() => document.querySelector('heartstopper-widget').setAttribute('lang', 'fr'));
  const notice = widget(page).locator('.hsw-notice');
  await expect(notice).toContainText('les données ne sont pas du JSON valide\u00a0:');
  await expect(notice).toContainText('Les données intégrées sont affichées à la place.');
  await expect(notice).not.toContainText('Showing the built-in data');
  await check();
});
