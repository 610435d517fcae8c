// The npm package, tested as an embedder uses it. The packed tarball (from
// scripts/release.sh), not the source tree, is installed into fresh host
// projects written here, in tests/package/.hosts/run-*/:
//   - plain/: an HTML page that loads the element from node_modules;
//   - react/: a Vite + React 19 app (hosts/react), built with `vite build`;
//     its TypeScript is checked with tsc, including @ts-expect-error lines
//     and one file that must fail to compile.
// Both are served under the strict CSP of tests/e2e/serve.mjs and checked in
// Debian's Chromium. The Custom Elements Manifest and the type declarations
// are checked against the running element: attributes, the values they take,
// events and their detail fields, CSS parts and custom properties.
//
//   node --test --test-reporter=spec package.test.mjs
//
// Environment: HSW_TARBALL=<path.tgz> tests that tarball; HSW_REUSE_DIST=1
// packs the dist/ already built (scripts/release.sh --no-build) instead of
// building; HSW_KEEP_HOSTS=1 keeps the host projects for a look.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile as execFileCb, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import Ajv from 'ajv';

const execFile = promisify(execFileCb);
// No single test may hang the run.
const T = { timeout: 120_000 };
const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');
const bin = join(here, 'node_modules/.bin');
let origin;

let work;
let tarball;
let server;
let browser;
let manifest;
let element; // the manifest's declaration of <heartstopper-widget>
let dts; // the installed heartstopper-widget.d.ts

// Runs a command; resolves with { code, out } (stdout and stderr together).
function run(cmd, args, options = {}) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { ...options, env: { ...process.env, ...options.env } });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out }));
  });
}

async function must(cmd, args, options) {
  const result = await run(cmd, args, options);
  if (result.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${result.code}):\n${result.out}`);
  return result.out;
}

const npmInstall = (dir) =>
  must('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: dir });

// A port nobody listens on (other test servers may run on this machine).
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${origin}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('the test server did not start');
}

before(async () => {
  if (process.env.HSW_TARBALL) {
    tarball = resolve(process.env.HSW_TARBALL);
  } else {
    const args = process.env.HSW_REUSE_DIST ? ['--no-build'] : [];
    const out = await must(join(root, 'scripts/release.sh'), args, { cwd: root });
    tarball = out.match(/^npm: (.+\.tgz)$/m)?.[1];
    assert.ok(tarball, `release.sh printed no tarball path:\n${out}`);
  }
  await mkdir(join(here, '.hosts'), { recursive: true });
  work = await mkdtemp(join(here, '.hosts', 'run-'));
  await cp(join(here, 'hosts'), work, { recursive: true });
  // Both hosts install the tarball; the React app's own tools (vite, react,
  // typescript) are this folder's pinned devDependencies, found by Node's
  // resolution from the parent folders.
  await Promise.all([npmInstall(join(work, 'plain')), npmInstall(join(work, 'react'))]);
  await must(join(bin, 'vite'), ['build', '--logLevel', 'warn'], { cwd: join(work, 'react') });
  // A fan site's own data file and pictures, next to the app's page.
  await cp(join(root, 'static/demo-data.json'), join(work, 'react/dist/custom.json'));
  await cp(join(root, 'static/sample-images'), join(work, 'react/dist/sample-images'), { recursive: true });

  const port = Number(process.env.HSW_PACKAGE_PORT ?? (await freePort()));
  origin = `http://127.0.0.1:${port}`;
  server = spawn('node', [join(root, 'tests/e2e/serve.mjs'), work, String(port)], { stdio: 'ignore' });
  await waitForServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });

  const pkgDir = join(work, 'plain/node_modules/heartstopper-widget');
  manifest = JSON.parse(await readFile(join(pkgDir, 'custom-elements.json'), 'utf8'));
  element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'heartstopper-widget');
  dts = await readFile(join(pkgDir, 'heartstopper-widget.d.ts'), 'utf8');
}, { timeout: 900_000 });

after(async () => {
  await browser?.close();
  server?.kill();
  if (work && !process.env.HSW_KEEP_HOSTS) await rm(work, { recursive: true, force: true });
});

// A page of the plain host, with everything the page did wrong collected.
async function open(path, { width = 1280 } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    // (Failed loads are reported with their URL by the response listener.)
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(`console: ${msg.text()}`);
  });
  page.on('response', (response) => {
    // (The browser asks for /favicon.ico by itself; the host pages have none.)
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) problems.push(`outside request: ${request.url()}`);
  });
  page.problems = problems;
  await page.goto(`${origin}${path}`);
  return { page, problems };
}

// Waits until `count` widgets have started: the wasm has rendered them live
// (the element's 'hsw:rendered' performance mark, which the benchmark reads
// too), not only the pre-rendered first paint.
async function rendered(page, count = 1) {
  try {
    await page.waitForFunction((n) => performance.getEntriesByName('hsw:rendered').length >= n
      && document.querySelector('heartstopper-widget')?.shadowRoot?.querySelector('.hsw [part~="card"]'), count);
  } catch (error) {
    throw new Error(`the widget did not start: ${[...page.problems, error.message].join('; ')}`);
  }
}

// The literal string values of a manifest type text: '"a" | "b"' -> [a, b].
const literals = (text) => [...text.matchAll(/"([^"]*)"/g)].map((m) => m[1]);

// The field names of an interface in the .d.ts.
function fields(name) {
  const body = dts.match(new RegExp(`interface ${name}(?: extends [^{]+)? \\{([\\s\\S]*?)\\n\\}`))?.[1];
  assert.ok(body, `no interface ${name} in heartstopper-widget.d.ts`);
  return [...body.matchAll(/^ {2}'?([\w-]+)'?\??:/gm)].map((m) => m[1]).sort();
}

describe('the package', () => {
  test('holds the runtime files, types and manifest, and no demo pages', T, async () => {
    const { stdout } = await execFile('tar', ['-tzf', tarball]);
    const files = stdout.trim().split('\n').map((f) => f.replace(/^package\//, ''));
    for (const file of ['package.json', 'heartstopper-widget.js', 'hsw.js', 'hsw_bg.wasm', 'hsw_reader.js', 'hsw_reader_bg.wasm', 'widget.css',
      'heartstopper.json', 'heartstopper.schema.json', 'embed.html', 'embed.js', 'heartstopper-frame.js',
      'custom-elements.json', 'heartstopper-widget.d.ts', 'react.js', 'react.d.ts', 'README.md', 'LICENSE',
      'CHANGELOG.md', 'sheet/our-cast.csv', 'builder.html', 'builder.js', 'builder.css']) {
      assert.ok(files.includes(file), `${file} is in the package`);
    }
    for (const file of files) {
      assert.doesNotMatch(file, /^(index\.html|demo[.-]|favicon)/, `${file} is a page of the site, not the element`);
    }
  });

  test('package.json: name, version from Cargo.toml, license, module, exports, files, types, customElements', T, async () => {
    const pkg = JSON.parse(await readFile(join(work, 'plain/node_modules/heartstopper-widget/package.json'), 'utf8'));
    const cargo = await readFile(join(root, 'Cargo.toml'), 'utf8');
    assert.equal(pkg.name, 'heartstopper-widget');
    assert.equal(pkg.version, cargo.match(/^version = "(.+)"/m)[1]);
    assert.equal(pkg.license, 'MIT');
    assert.equal(pkg.type, 'module');
    assert.equal(pkg.exports['.'].default, './heartstopper-widget.js');
    assert.equal(pkg.exports['.'].types, './heartstopper-widget.d.ts');
    assert.equal(pkg.types, './heartstopper-widget.d.ts');
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(Array.isArray(pkg.files) && pkg.files.includes('hsw_bg.wasm'));
  });

  test('uses relative URLs only', T, async () => {
    const dir = join(work, 'plain/node_modules/heartstopper-widget');
    for (const file of ['heartstopper-widget.js', 'hsw.js', 'hsw_reader.js', 'embed.html', 'embed.js', 'react.js']) {
      const text = await readFile(join(dir, file), 'utf8');
      // Whatever the files load: src/href attributes, imports, new URL(...).
      const loads = [
        ...text.matchAll(/\b(?:src|href)=["']([^"']+)["']/g),
        ...text.matchAll(/\b(?:import|from)\s*\(?\s*["']([^"']+)["']/g),
        ...text.matchAll(/new URL\(\s*["'`]([^"'`]+)["'`]/g),
      ].map((m) => m[1]);
      for (const url of loads) {
        assert.doesNotMatch(url, /^(\/|[a-z][a-z0-9+.-]*:)/i, `${file} loads ${url}: not a relative URL`);
      }
    }
  });

  test('custom-elements.json is a valid Custom Elements Manifest', T, async () => {
    const schema = JSON.parse(await readFile(join(here, 'node_modules/custom-elements-manifest/schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(manifest), ajv.errorsText(validate.errors));
    assert.ok(element, 'the manifest declares <heartstopper-widget>');
    const exported = manifest.modules.flatMap((m) => m.exports ?? []);
    assert.ok(exported.some((e) => e.kind === 'custom-element-definition' && e.name === 'heartstopper-widget'));
  });

  test('the types and the manifest name the same attributes and events', T, () => {
    assert.deepEqual(fields('HeartstopperWidgetAttributes'), element.attributes.map((a) => a.name).sort());
    assert.deepEqual(fields('HeartstopperWidgetEventMap'), element.events.map((e) => e.name).sort());
  });
});

// The string literals a type of the .d.ts allows, following its aliases,
// and whether it also allows a pattern (a template literal type).
function dtsValues(type, seen = new Set()) {
  const values = new Set([...type.matchAll(/'([^']*)'/g)].map((m) => m[1]));
  let pattern = /`/.test(type);
  for (const [, alias] of type.matchAll(/\b(Heartstopper\w+)\b/g)) {
    if (seen.has(alias)) continue;
    seen.add(alias);
    const body = dts.match(new RegExp(`export type ${alias} =([^;]+);`))?.[1];
    assert.ok(body, `no type ${alias} in heartstopper-widget.d.ts`);
    const inner = dtsValues(body, seen);
    inner.values.forEach((v) => values.add(v));
    pattern ||= inner.pattern;
  }
  return { values, pattern };
}

describe('the types', () => {
  test('allow exactly the attribute values the manifest lists', T, () => {
    const body = dts.match(/interface HeartstopperWidgetAttributes \{([\s\S]*?)\n\}/)[1];
    for (const attribute of element.attributes) {
      const listed = literals(attribute.type.text);
      if (!listed.length) continue;
      const name = attribute.name.includes('-') ? `'${attribute.name}'` : attribute.name;
      const type = body.match(new RegExp(`^  ${name}\\?: ([^;]+);`, 'm'))?.[1];
      assert.ok(type, `${attribute.name} is typed`);
      const { values, pattern } = dtsValues(type);
      for (const value of listed) assert.ok(values.has(value), `${attribute.name}="${value}" is allowed by the types`);
      // A pattern (lang="en-GB") may allow more; otherwise the lists are equal.
      if (!pattern) assert.deepEqual([...values].sort(), [...listed].sort(), `${attribute.name}: types and manifest`);
    }
  });
});

describe('a plain HTML page', () => {
  test('loads the element from node_modules under a strict CSP, and hears its events', T, async () => {
    const { page, problems } = await open('/plain/index.html');
    await rendered(page);
    const state = await page.evaluate(() => {
      const root = document.querySelector('heartstopper-widget').shadowRoot;
      const pressed = [...root.querySelectorAll('[aria-pressed="true"]')].map((b) => b.textContent);
      const card = root.querySelector('[part~="card"]');
      return {
        pressed,
        cards: root.querySelectorAll('[part~="card"]').length,
        outline: getComputedStyle(card).outlineColor,
        radius: getComputedStyle(root.querySelector('.hsw')).borderTopLeftRadius,
      };
    });
    assert.ok(state.pressed.some((t) => /2/.test(t)), `season 2 is pressed: ${state.pressed}`);
    assert.ok(state.cards > 5, `cards shown: ${state.cards}`);
    assert.equal(state.outline, 'rgb(1, 2, 3)', 'the host styles ::part(card)');
    assert.equal(state.radius, '0px', 'the host sets --hsw-border-radius');
    // A click in the widget reaches the host page's listener.
    await page.locator('heartstopper-widget').getByRole('button', { name: /Truham/ }).first().click();
    await page.waitForFunction(() => document.getElementById('log').textContent.includes('truham'));
    const events = (await page.locator('#log').textContent()).trim().split('\n').map((l) => JSON.parse(l));
    const last = events.at(-1);
    assert.equal(last.type, 'heartstopper-change');
    assert.deepEqual(last.detail.season, ['2']);
    assert.deepEqual(last.detail.school, ['truham']);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('a Vite + React 19 app', () => {
  test('renders <heartstopper-widget season="2"> and handles heartstopper-change', T, async () => {
    const { page, problems } = await open('/react/dist/index.html');
    await rendered(page);
    // An event reaches React's handler: a filter click changes the state.
    await page.locator('heartstopper-widget').getByRole('button', { name: /Higgs/ }).first().click();
    await page.waitForFunction(() => /^\d+$/.test(document.getElementById('shown').textContent));
    assert.equal(await page.locator('#season').textContent(), '2');
    // React state becomes an attribute, and the widget follows it.
    await page.locator('#grid-only').click();
    await page.waitForFunction(() => {
      const root = document.querySelector('heartstopper-widget').shadowRoot;
      return document.querySelector('heartstopper-widget').getAttribute('view') === 'grid'
        && !root.querySelector('[part~="timeline"]');
    });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('custom data: the bundle carries the data reader (the second wasm), fetched only when asked for', T, async () => {
    const { page, problems } = await open('/react/dist/index.html');
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await rendered(page);
    const reader = (p) => /hsw_reader/.test(p);
    assert.deepEqual(fetched.filter(reader), [], 'no custom data, no reader');
    const custom = JSON.parse(await readFile(join(root, 'static/demo-data.json'), 'utf8'));
    const n = custom.people.length;
    await page.locator('heartstopper-widget').evaluate((el) => el.setAttribute('src', 'custom.json'));
    await page.waitForFunction((n) => new RegExp(`^${n} of ${n} cast members`)
      .test(document.querySelector('heartstopper-widget').shadowRoot.querySelector('.hsw-status')?.textContent.trim()), n);
    assert.equal(await page.locator('heartstopper-widget').evaluate((el) => el.shadowRoot.querySelectorAll('.hsw-notice').length), 0);
    // Vite emitted the reader's glue and wasm as assets of its own.
    assert.ok(fetched.some((p) => reader(p) && p.endsWith('.js')), `reader glue fetched: ${fetched}`);
    assert.ok(fetched.some((p) => reader(p) && p.endsWith('.wasm')), `reader wasm fetched: ${fetched}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('tsc --noEmit accepts the typed usage, and every @ts-expect-error is an error', T, async () => {
    const { code, out } = await run(join(bin, 'tsc'), ['--noEmit', '-p', 'tsconfig.json'], { cwd: join(work, 'react') });
    assert.equal(code, 0, out);
  });

  test('tsc --noEmit rejects a wrong attribute value in a file of its own', T, async () => {
    const { code, out } = await run(join(bin, 'tsc'), ['--noEmit', '-p', 'tsconfig.bad.json'], { cwd: join(work, 'react') });
    assert.notEqual(code, 0, 'bad.tsx compiled');
    assert.match(out, /bad\/bad\.tsx\(\d+,\d+\): error TS2322: .*"random"/);
  });
});

describe('the manifest matches the running element', () => {
  test('attributes: observedAttributes', T, async () => {
    const { page } = await open('/plain/index.html');
    const observed = await page.evaluate(async () => {
      await customElements.whenDefined('heartstopper-widget');
      return [...customElements.get('heartstopper-widget').observedAttributes];
    });
    assert.deepEqual([...observed].sort(), element.attributes.map((a) => a.name).sort());
    await page.close();
  });

  test('attribute values: each one the manifest lists takes effect', T, async () => {
    const { page, problems } = await open('/plain/index.html');
    // The retries below, in the test's own output.
    page.on('console', (m) => { if (m.text().startsWith('no heartstopper-change yet')) console.log(`# ${m.text()}`); });
    await rendered(page);
    const attr = (name) => literals(element.attributes.find((a) => a.name === name).type.text);
    // State attributes: the value shows in the change event's detail.
    const cases = [
      ...attr('season').map((v) => ['season', v, (d) => d.season.includes(v)]),
      ...attr('school').map((v) => ['school', v, (d) => d.school.includes(v)]),
      ...attr('role').map((v) => ['role', v, (d) => d.role.includes(v)]),
      ...attr('sort').map((v) => ['sort', v, (d) => d.sort === v]),
      ...attr('view').map((v) => ['view', v, (d) => d.view === v]),
      // "Only people new in a selected season": with a season.
      ...attr('new').map((v) => ['new', v, (d) => d.new === true, { season: '2' }]),
    ];
    for (const [name, value, check, extra = {}] of cases) {
      const detail = await page.evaluate(([name, value, extra]) => new Promise((done, fail) => {
        setTimeout(() => fail(new Error(`no heartstopper-change from ${name}="${value}"`)), 20_000);
        const before = performance.getEntriesByName('hsw:rendered').length;
        const widget = document.createElement('heartstopper-widget');
        for (const [k, v] of Object.entries(extra)) widget.setAttribute(k, v);
        widget.setAttribute(name, value);
        widget.setAttribute('loading', 'eager');
        document.body.prepend(widget);
        const check = () => {
          if (performance.getEntriesByName('hsw:rendered').length === before) return requestAnimationFrame(check);
          // Any change makes the widget tell its whole state.
          widget.addEventListener('heartstopper-change', (e) => { clearInterval(again); done(e.detail); widget.remove(); }, { once: true });
          widget.setAttribute('q', 'a');
          // Rarely (about one full run in four, one of the first widgets
          // of the test, not reproduced alone) the first change after the
          // start is not heard: it is set again, and said, so that the
          // flake stays visible while it is looked into.
          const again = setInterval(() => {
            console.warn(`no heartstopper-change yet from ${name}="${value}": q set again`);
            widget.setAttribute('q', widget.getAttribute('q') === 'a' ? 'b' : 'a');
          }, 4_000);
        };
        check();
      }), [name, value, extra]);
      assert.ok(check(detail), `${name}="${value}" gives ${JSON.stringify(detail)}`);
    }
    // Theme and language: on the rendered widget.
    for (const theme of attr('theme')) {
      await page.evaluate((t) => document.querySelector('heartstopper-widget').setAttribute('theme', t), theme);
      // Styled from the element's own attribute (:host([theme])).
      await page.waitForFunction((t) => getComputedStyle(document.querySelector('heartstopper-widget').shadowRoot
        .querySelector('.hsw')).colorScheme === (t === 'dark' ? 'dark' : 'light'), theme);
    }
    for (const lang of attr('lang')) {
      await page.evaluate((l) => document.querySelector('heartstopper-widget').setAttribute('lang', l), lang);
      await page.waitForFunction((l) => document.querySelector('heartstopper-widget').shadowRoot
        .querySelector('.hsw').lang.toLowerCase().startsWith(l.toLowerCase().split('-')[0]), lang);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('events: the ones fired, and their detail fields', T, async () => {
    const { page } = await open('/plain/index.html');
    await rendered(page);
    const widget = page.locator('heartstopper-widget');
    await widget.getByRole('button', { name: /Higgs/ }).first().click();
    // Selecting a person fires heartstopper-select.
    await widget.locator('[part~="card"] button').first().click();
    await page.waitForFunction(() => document.getElementById('log').textContent.includes('heartstopper-select'));
    const events = (await page.locator('#log').textContent()).trim().split('\n').map((l) => JSON.parse(l));
    const fired = [...new Set(events.map((e) => e.type))].sort();
    assert.deepEqual(fired, element.events.map((e) => e.name).sort());
    const change = events.find((e) => e.type === 'heartstopper-change').detail;
    const select = events.find((e) => e.type === 'heartstopper-select').detail;
    assert.deepEqual(Object.keys(change).sort(), fields('HeartstopperChangeDetail'));
    assert.deepEqual(Object.keys(select).sort(), fields('HeartstopperSelectDetail'));
    // The manifest's description of each detail names the same fields.
    for (const [name, detail] of [['heartstopper-change', change], ['heartstopper-select', select]]) {
      const text = element.events.find((e) => e.name === name).description;
      for (const key of Object.keys(detail)) assert.match(text, new RegExp(`\\b${key}:`), `${name} describes ${key}`);
    }
    await page.close();
  });

  test('CSS parts: every [part] rendered across states', T, async () => {
    const { page } = await open('/plain/index.html');
    await rendered(page);
    const parts = new Set();
    const collect = async () => {
      for (const p of await page.evaluate(() => [...document.querySelectorAll('heartstopper-widget')]
        .flatMap((w) => [...w.shadowRoot.querySelectorAll('[part]')].flatMap((el) => el.part.value.split(/\s+/))))) {
        parts.add(p);
      }
    };
    await collect();
    // The details dialog, and the notice of data that could not be used.
    await page.locator('heartstopper-widget').locator('[part~="card"] button').first().click();
    await page.waitForFunction(() => document.querySelector('heartstopper-widget').shadowRoot.querySelector('dialog[open]'));
    await collect();
    await page.evaluate(() => {
      const broken = document.createElement('heartstopper-widget');
      broken.setAttribute('src', 'no-such-file.json');
      broken.setAttribute('loading', 'eager');
      document.body.append(broken);
    });
    await page.waitForFunction(() => document.querySelectorAll('heartstopper-widget')[1].shadowRoot.querySelector('[part~="notice"]'));
    await collect();
    assert.deepEqual([...parts].sort(), element.cssParts.map((p) => p.name).sort());
    await page.close();
  });

  test('CSS custom properties: the --hsw-* properties widget.css reads and never sets', T, async () => {
    const { page } = await open('/plain/index.html');
    await rendered(page);
    // The stylesheet the element really loaded, from the CSSOM.
    const css = await page.evaluate(() => [...document.querySelector('heartstopper-widget').shadowRoot.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'));
    const read = new Set([...css.matchAll(/var\(\s*(--hsw-[\w-]+)/g)].map((m) => m[1]));
    const set = new Set([...css.matchAll(/(--hsw-[\w-]+)\s*:/g)].map((m) => m[1]));
    const inputs = [...read].filter((p) => !set.has(p)).sort();
    assert.ok(inputs.length > 0, 'widget.css was loaded');
    assert.deepEqual(inputs, element.cssProperties.map((p) => p.name).sort());
    await page.close();
  });
});
