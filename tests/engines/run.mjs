// Runs the user journeys (journeys.mjs) in Firefox ESR, WebKitGTK and
// Chromium against the release build, served by tests/e2e/serve.mjs with its
// strict CSP. Prints one line per journey and closes with
// "engines: N passed, M failed" (scripts/test.sh adds those up).
//
//   node run.mjs                      every engine, every journey
//   node run.mjs firefox webkit       some engines
//   node run.mjs --grep timeline      journeys whose name matches
//   HSW_DIST=../../dist HSW_PORT=4186 (defaults; not 4190, a port browsers refuse)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { journeys } from './journeys.mjs';

const ENGINES = {
  chromium: () => import('./drivers/puppeteer.mjs'),
  firefox: () => import('./drivers/puppeteer.mjs'),
  webkit: () => import('./drivers/selenium.mjs'),
};
const args = process.argv.slice(2);
const grepAt = args.indexOf('--grep');
const grep = grepAt >= 0 ? new RegExp(args.splice(grepAt, 2)[1], 'i') : null;
const engines = args.length ? args : ['firefox', 'webkit', 'chromium'];
for (const e of engines) if (!ENGINES[e]) throw new Error(`unknown engine ${e} (${Object.keys(ENGINES).join(', ')})`);
const selected = journeys.filter((j) => !grep || grep.test(j.name));
const port = Number(process.env.HSW_PORT ?? 4186);
const dist = process.env.HSW_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));
// Every page under /__guard__/ gets fixtures/guard.js first (see serve.mjs).
const base = `http://127.0.0.1:${port}/__guard__/`;
const JOURNEY_MS = Number(process.env.HSW_JOURNEY_MS ?? 90_000);
const WAIT_MS = 10_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const serve = spawn(process.execPath, ['--max-http-header-size=65536', fileURLToPath(new URL('../e2e/serve.mjs', import.meta.url)), dist, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  serve.stdout.once('data', resolve);
  serve.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
});

/** The journeys' `t`: the driver plus waiting, assertions and the error guard. */
function context(driver) {
  const t = Object.create(driver);
  // Everything the pages (and their frames) threw, rejected, logged as an
  // error or had refused by the CSP; read before leaving each page.
  t.guard = async () => {
    const found = await driver.evaluate(() => {
      const all = { errors: [], rejections: [], violations: [], consoleErrors: [] };
      const read = (win) => {
        const g = win.__hswGuard;
        if (!g) return;
        for (const k of Object.keys(all)) all[k].push(...g[k]);
      };
      read(window);
      for (const f of document.querySelectorAll('iframe')) {
        try { read(f.contentWindow); } catch { /* another origin */ }
      }
      return { ...all, guarded: !!window.__hswGuard };
    }).catch((e) => ({ unreadable: String(e.message ?? e) }));
    if (found.unreadable) return;
    assert.ok(found.guarded, `the guard script did not run on ${await driver.evaluate(() => location.href)}`);
    const { guarded, ...lists } = found;
    lists.pageErrors = driver.pageErrors.splice(0);
    const bad = Object.entries(lists).filter(([, v]) => v.length);
    assert.deepEqual(Object.fromEntries(bad), {}, 'uncaught errors, rejections, CSP violations or console errors');
  };
  t.goto = async (path) => {
    if (t.visited) await t.guard();
    t.visited = true;
    await driver.goto(path);
  };
  /** Polls `fn` in the page until it returns something truthy. */
  t.waitFor = async (fn, ...args) => {
    const end = Date.now() + WAIT_MS;
    let last;
    for (;;) {
      try {
        last = await driver.evaluate(fn, ...args);
        if (last) return last;
      } catch (e) {
        last = e;
      }
      if (Date.now() > end) throw new Error(`waited ${WAIT_MS} ms for ${fn.toString().slice(0, 160)}; last: ${last?.message ?? JSON.stringify(last)}`);
      await sleep(100);
    }
  };
  /**
   * Clicks the element at `path` (see page-lib.mjs) with the pointer, once it
   * is displayed and a click at its middle would reach it.
   */
  t.click = async (path, text) => {
    const end = Date.now() + WAIT_MS;
    let at;
    while (!at) {
      try {
        at = await driver.evaluate((lib, p, s) => lib.target(p, s), path, text);
      } catch (e) {
        if (Date.now() > end) throw e;
        await sleep(100);
      }
    }
    await driver.clickAt(at.x, at.y);
  };
  /** Polls `fn(lib, ...args)` in the page until it deep-equals `expected`. */
  t.expect = async (fn, expected, ...args) => {
    const end = Date.now() + WAIT_MS;
    for (;;) {
      let actual;
      try {
        actual = await driver.evaluate(fn, ...args);
        assert.deepEqual(actual, expected);
        return;
      } catch (e) {
        if (Date.now() > end) {
          if (e instanceof assert.AssertionError) {
            const focus = await driver.evaluate((lib) => lib.describe(lib.active())).catch(() => '?');
            e.message = `${fn.toString().slice(0, 200)}\n${e.message}\n(the focus is on ${focus})`;
            e.stack = [e.message, ...e.stack.split('\n').filter((l) => /^\s+at /.test(l))].join('\n');
          }
          throw e;
        }
      }
      await sleep(100);
    }
  };
  /**
   * The wasm has rendered the page's first `count` widgets (not only their
   * pre-rendered first paint): each is marked `hsw:rendered` when mounted,
   * which empties its root until the live widget is drawn.
   */
  t.ready = async (count = 1) => {
    await t.waitFor((lib, n) => performance.getEntriesByName('hsw:rendered').length >= n
      && [...document.querySelectorAll('heartstopper-widget')].slice(0, n)
        .every((el) => lib.visible(el.shadowRoot?.querySelector('.hsw-status'))
          // The long lists create a few items a task (src/components/progressive.rs).
          && !el.shadowRoot.querySelector('.hsw-pending')), count);
  };
  /** Lets a click that should change nothing have its chance to. */
  t.settle = () => sleep(300);
  return t;
}

const withTimeout = (promise, ms, what) => {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); })])
    .finally(() => clearTimeout(timer));
};

let passed = 0;
let failed = 0;
const failures = [];
try {
  for (const engine of engines) {
    const { open } = await ENGINES[engine]();
    const drivers = {};
    let broken = null;
    const driverFor = async (dark) => {
      // An engine that cannot start fails every journey at once, not slowly.
      if (broken) throw broken;
      try {
        drivers[dark] ??= await withTimeout(open(engine, { base, dark }), 60_000, `starting ${engine}`);
      } catch (e) {
        broken = e;
        throw e;
      }
      return drivers[dark];
    };
    const closeDriver = async (dark) => {
      const d = drivers[dark];
      delete drivers[dark];
      await withTimeout(d?.close() ?? Promise.resolve(), 20_000, 'closing').catch(() => {});
    };
    const started = Date.now();
    let enginePassed = 0;
    for (const journey of selected) {
      const t0 = Date.now();
      try {
        const driver = await driverFor(!!journey.dark);
        const t = context(driver);
        await withTimeout((async () => { await journey.run(t); await t.guard(); })(), JOURNEY_MS, 'the journey');
        passed += 1;
        enginePassed += 1;
        console.log(`  ✓ ${engine} › ${journey.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed += 1;
        failures.push({ engine, journey: journey.name, error: e });
        console.log(`  ✘ ${engine} › ${journey.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
        console.log(String(e?.stack ?? e).split('\n').map((l) => `      ${l}`).join('\n'));
        // A session that timed out or broke is not trusted with the next journey.
        await closeDriver(!!journey.dark);
      }
    }
    for (const dark of Object.keys(drivers)) await closeDriver(dark === 'true');
    console.log(`${engine}: ${enginePassed} of ${selected.length} journeys passed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
} finally {
  serve.kill();
}
if (failures.length) {
  console.log('Failed:');
  for (const f of failures) console.log(`  ${f.engine} › ${f.journey}`);
}
console.log(`engines: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
