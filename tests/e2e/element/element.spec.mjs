// <heartstopper-widget>'s JavaScript on its own, the way well-kept custom
// elements are tested (GitHub's details-dialog-element, Shoelace): the
// element as the build bundles it, with a stand-in engine in place of the
// wasm, on pages whose every request the test answers. What it checks is
// the element's contract with the page and with the wasm: which first paint
// it shows, when it starts, what it hands the engine at mount and on each
// attribute change, what it replays, and what it says when a file is
// missing.
//
// Run: scripts/test.sh does, after building the bundle with
//   cargo run --bin hsw-build -- element target/element-test
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const bundle = process.env.HSW_ELEMENT_DIR ?? join(root, 'target/element-test');
const ORIGIN = 'http://widget.test';

// The stand-in engine: the module the element imports as hsw.js. It records
// every call on window.engine and renders a live copy of the first paint
// with the same acts, and records the acts it is handed.
const ENGINE = `
const log = (window.engine ??= { init: [], calls: [], acts: [], rendered: 0 });
const copy = (c) => ({ ...c, state: c.state.map((p) => [...p]), read: typeof c.read, rendered: typeof c.rendered });
export default async function init(options) { log.init.push(String(options.module_or_path)); }
// Decoding the built-in data, once per engine, before any mount.
export function prepare() { log.prepared = (log.prepared ?? 0) + 1; log.preparedFirst = log.calls.length === 0; }
// Like the wasm, it renders in a later task (window.renderDelay ms, 0 by
// default), then calls config.rendered.
export function mount(host, root, config) {
  log.calls.push({ type: 'mount', config: copy(config) });
  setTimeout(() => {
    const live = document.createElement('section');
    live.className = 'hsw live';
    for (const old of root.querySelectorAll('[data-hsw-act]')) {
      const b = document.createElement(old.localName);
      b.dataset.hswAct = old.dataset.hswAct;
      b.textContent = old.textContent;
      live.append(b);
    }
    root.replaceChildren(live);
    log.rendered += 1;
    config.rendered();
  }, window.renderDelay ?? 0);
  return {
    update(c) { log.calls.push({ type: 'update', config: copy(c) }); },
    // Applies what it knows; refuses the acts that name Lambert.
    act(list) { log.acts.push(...list); return list.filter((a) => a.includes('lambert')); },
    destroy() { log.calls.push({ type: 'destroy' }); },
    free() {},
  };
}
`;

// A first paint as the build writes it: a .hsw-root holding the widget.
const firstPaint = (name) => `<div class="hsw-root"><section class="hsw" data-paint="${name}"><p class="hsw-status">${name}</p>`
  + '<button type="button" class="hsw-option" aria-pressed="false" data-hsw-act="toggle:season:2">Season 2</button>'
  + '<button type="button" class="hsw-option" aria-pressed="false" data-hsw-act="toggle:school:truham">Truham</button>'
  + '<button type="button" class="hsw-option" aria-pressed="false" data-hsw-act="toggle:school:lambert">Lambert</button>'
  + '<button type="button" class="hsw-filters-toggle">Filters</button>'
  + '<input type="search" aria-label="Search" data-hsw-act="search">'
  + '<div role="tablist"><button role="tab" aria-selected="true" data-hsw-act="view:both">Both</button>'
  + '<button role="tab" aria-selected="false" tabindex="-1" data-hsw-act="view:grid">Grid</button></div>'
  + '</section></div>';

/**
 * Opens a page holding `body`, answering every request: the bundle, the
 * stand-in engine, first paints (recorded in `page.fetched`), and 404 for
 * any path in `missing`. `before` runs before the page's scripts.
 */
async function open(page, body, { missing = [], before = '', delay = 0 } = {}) {
  const fetched = [];
  const js = await readFile(join(bundle, 'heartstopper-widget.js'), 'utf8');
  const guard = await readFile(join(bundle, 'spoiler-guard.js'), 'utf8');
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    fetched.push(path);
    if (missing.some((m) => path.endsWith(m))) return route.fulfill({ status: 404, body: 'not found' });
    if (path.startsWith('/first-paint/')) {
      return route.fulfill({ contentType: 'text/html', body: firstPaint(path.replace('/first-paint/', '')) });
    }
    const files = {
      '/page.html': ['text/html', `<!doctype html><html lang="en"><head><script>${before}</script>`
        + `<script src="spoiler-guard.js"></script><script type="module" src="heartstopper-widget.js"></script>`
        + `</head><body>${body}</body></html>`],
      '/heartstopper-widget.js': ['text/javascript', js],
      '/spoiler-guard.js': ['text/javascript', guard],
      '/hsw.js': ['text/javascript', ENGINE],
      '/widget.css': ['text/css', ':host { display: block }'],
    };
    const file = files[path];
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    if (path === '/hsw.js' && delay) await new Promise((r) => setTimeout(r, delay));
    return route.fulfill({ contentType: file[0], body: file[1] });
  });
  page.fetched = fetched;
  page.warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') page.warnings.push(m.text()); });
  await page.goto(`${ORIGIN}/page.html`);
  return page;
}

const calls = (page) => page.evaluate(() => window.engine?.calls ?? []);
const mounted = (page) => page.waitForFunction(() => window.engine?.calls.some((c) => c.type === 'mount'));
const painted = (page, n = 1) => page.waitForFunction((n) => [...document.querySelectorAll('heartstopper-widget')]
  .filter((w) => w.shadowRoot?.querySelector('[data-paint]')).length >= n, n);
const paintOf = (page, i = 0) => page.evaluate((i) => document.querySelectorAll('heartstopper-widget')[i]
  .shadowRoot.querySelector('[data-paint]')?.dataset.paint ?? null, i);

test.describe('the first paint', () => {
  const cases = [
    ['', {}, 'en/default.html'],
    ['season="2"', {}, 'en/season-2.html'],
    ['season=" 2 " school="TRUHAM" view="grid"', {}, 'en/season-2.school-truham.view-grid.html'],
    ['view="both" sort="billing"', {}, 'en/default.html'],
    ['lang="fr-CA" school="none" view="timeline"', {}, 'fr/school-none.view-timeline.html'],
    ['lang="pt-PT"', {}, 'pt-BR/default.html'],
    ['lang="klingon"', {}, 'en/default.html'],
    ['watched="1" view="grid"', {}, 'en/view-grid.watched-1.html'],
    // The reader's stored choice wins over the page's attribute.
    ['watched="1"', { stored: '3' }, 'en/watched-3.html'],
    ['watched="1"', { stored: 'all' }, 'en/default.html'],
  ];
  for (const [attrs, { stored }, file] of cases) {
    test(`<heartstopper-widget ${attrs}>${stored ? ` (stored ${stored})` : ''} shows ${file}`, async ({ page }) => {
      const before = stored ? `localStorage.setItem('heartstopper-widget:watched', '${stored}')` : '';
      await open(page, `<div style="height:5000px"></div><heartstopper-widget ${attrs}></heartstopper-widget>`, { before });
      await painted(page);
      expect(await paintOf(page)).toBe(file);
      // Lazy and far below: no engine yet.
      expect(page.fetched).not.toContain('/hsw.js');
    });
  }

  for (const attrs of ['role="teacher"', 'season="2,3"', 'q="nick"', 'season="<b>"', 'src="data.json"']) {
    test(`a state that is not pre-rendered (${attrs}) shows none, and fetches none`, async ({ page }) => {
      await open(page, `<heartstopper-widget ${attrs}></heartstopper-widget>`);
      await mounted(page);
      expect(page.fetched.filter((p) => p.startsWith('/first-paint/'))).toEqual([]);
    });
  }

  test('the standalone page\'s guard hides a pre-rendered widget when a choice is stored', async ({ page }) => {
    await open(page, '<p>page</p>', { before: "localStorage.setItem('heartstopper-widget:watched', '2')" });
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-hsw-guard'))).toBe(true);
  });

  test('no guard when nothing is hidden', async ({ page }) => {
    await open(page, '<p>page</p>', { before: "localStorage.setItem('heartstopper-widget:watched', 'all')" });
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-hsw-guard'))).toBe(false);
  });
});

test.describe('what the engine is handed', () => {
  test('at mount: the state attributes, "watched up to" as resolved, the language, sync-url', async ({ page }) => {
    await open(page, '<heartstopper-widget season="2" theme="dark" lang="de" watched="3" loading="eager" data-x="1"></heartstopper-widget>');
    await mounted(page);
    const [mount] = await calls(page);
    expect(mount.config).toEqual({
      state: [['season', '2'], ['watched', '3']],
      watched: '3',
      lang: 'de',
      sync_url: false,
      read: 'function',
      rendered: 'function',
    });
  });

  test('a sheet and custom data: their URLs resolved against the page, and the first paint kept for a sheet', async ({ page }) => {
    await open(page, '<heartstopper-widget overlay="sheets/our-cast.csv" loading="eager"></heartstopper-widget>');
    await mounted(page);
    // A sheet is laid over the built-in data, which the first paint shows.
    expect(page.fetched.some((p) => p.startsWith('/first-paint/'))).toBe(true);
    const [mount] = await calls(page);
    expect(mount.config.overlay).toBe(`${ORIGIN}/sheets/our-cast.csv`);
    expect(mount.config.src).toBeUndefined();
    await page.evaluate(() => document.querySelector('heartstopper-widget').setAttribute('overlay', 'https://sheets.example/pub?output=csv'));
    const updates = (await calls(page)).filter((c) => c.type === 'update');
    expect(updates.at(-1).config.overlay).toBe('https://sheets.example/pub?output=csv');
  });

  test('on attribute changes: every change is handed on, the state attributes as they now are', async ({ page }) => {
    await open(page, '<heartstopper-widget season="2" loading="eager"></heartstopper-widget>');
    await mounted(page);
    await page.evaluate(() => {
      const w = document.querySelector('heartstopper-widget');
      w.setAttribute('theme', 'dark');
      w.setAttribute('view', 'timeline');
      w.removeAttribute('season');
      w.setAttribute('lang', 'fr');
    });
    const updates = (await calls(page)).filter((c) => c.type === 'update').map((c) => [c.config.state, c.config.lang ?? null]);
    expect(updates).toEqual([
      [[['season', '2']], null],
      [[['season', '2'], ['view', 'timeline']], null],
      [[['view', 'timeline']], null],
      [[['view', 'timeline']], 'fr'],
    ]);
  });

  test('an unobserved attribute changes nothing', async ({ page }) => {
    await open(page, '<heartstopper-widget loading="eager"></heartstopper-widget>');
    await mounted(page);
    await page.evaluate(() => document.querySelector('heartstopper-widget').setAttribute('data-foo', 'x'));
    expect((await calls(page)).filter((c) => c.type === 'update')).toEqual([]);
  });

  test('removal destroys the widget; putting it back mounts it again', async ({ page }) => {
    await open(page, '<heartstopper-widget loading="eager"></heartstopper-widget>');
    await mounted(page);
    await page.evaluate(() => {
      const w = document.querySelector('heartstopper-widget');
      w.remove();
      document.body.append(w);
    });
    await page.waitForFunction(() => window.engine.calls.filter((c) => c.type === 'mount').length === 2);
    expect((await calls(page)).map((c) => c.type)).toEqual(['mount', 'destroy', 'mount']);
  });

  test('several widgets share one engine', async ({ page }) => {
    await open(page, '<heartstopper-widget loading="eager"></heartstopper-widget><heartstopper-widget season="1" loading="eager"></heartstopper-widget>');
    await page.waitForFunction(() => window.engine?.calls.filter((c) => c.type === 'mount').length === 2);
    expect(await page.evaluate(() => window.engine.init.length)).toBe(1);
    expect(await page.evaluate(() => [window.engine.prepared, window.engine.preparedFirst])).toEqual([1, true]);
    expect(page.fetched.filter((p) => p === '/hsw.js')).toHaveLength(1);
  });
});

test.describe('when it starts', () => {
  test('lazy: not until it nears the viewport', async ({ page }) => {
    await open(page, '<div style="height:5000px"></div><heartstopper-widget></heartstopper-widget>');
    await painted(page);
    await page.waitForTimeout(300);
    expect(await calls(page)).toEqual([]);
    await page.evaluate(() => document.querySelector('heartstopper-widget').scrollIntoView());
    await mounted(page);
  });

  test('lazy: a pointer or focus starts it', async ({ page }) => {
    await open(page, '<div style="height:5000px"></div><heartstopper-widget></heartstopper-widget>');
    await painted(page);
    await page.evaluate(() => document.querySelector('heartstopper-widget').dispatchEvent(new FocusEvent('focusin')));
    await mounted(page);
  });

  test('eager: right after the first paint, wherever it is', async ({ page }) => {
    await open(page, '<div style="height:5000px"></div><heartstopper-widget loading="eager"></heartstopper-widget>');
    await mounted(page);
  });
});

test.describe('input before the engine', () => {
  const acts = (page) => page.evaluate(() => window.engine.acts);
  const pressed = (page, name) => page.locator('heartstopper-widget').getByRole('button', { name }).getAttribute('aria-pressed');

  test('a click shows the new state at once and is handed over by what it does', async ({ page }) => {
    await open(page, '<heartstopper-widget season="2"></heartstopper-widget>', { delay: 2500 });
    await painted(page);
    await page.locator('heartstopper-widget').getByRole('button', { name: 'Truham' }).click();
    expect(await pressed(page, 'Truham')).toBe('true');
    await page.locator('heartstopper-widget').getByRole('tab', { name: 'Grid' }).click();
    expect(await page.locator('heartstopper-widget').getByRole('tab', { name: 'Grid' }).getAttribute('aria-selected')).toBe('true');
    await mounted(page);
    await page.waitForFunction(() => window.engine.acts.length === 2);
    expect(await acts(page)).toEqual(['toggle:school:truham', 'view:grid']);
  });

  test('two quick clicks on "Season 2" show it pressed, then not, and replay as two toggles', async ({ page }) => {
    await open(page, '<heartstopper-widget></heartstopper-widget>', { delay: 2500 });
    await painted(page);
    const season = page.locator('heartstopper-widget').getByRole('button', { name: 'Season 2' });
    await season.click();
    expect(await pressed(page, 'Season 2')).toBe('true');
    await season.click();
    expect(await pressed(page, 'Season 2')).toBe('false');
    await mounted(page);
    await page.waitForFunction(() => window.engine.acts.length === 2);
    expect(await acts(page)).toEqual(['toggle:season:2', 'toggle:season:2']);
  });

  test('a click after mount but before the first render is kept too, and handed over after it', async ({ page }) => {
    await open(page, '<heartstopper-widget></heartstopper-widget>', { delay: 2500 });
    await page.evaluate(() => { window.renderDelay = 1500; });
    await painted(page);
    await page.locator('heartstopper-widget').getByRole('button', { name: 'Truham' }).click();
    await mounted(page);
    // Mounted, not yet rendered: the first paint still takes input.
    expect(await page.evaluate(() => window.engine.rendered)).toBe(0);
    await page.locator('heartstopper-widget').getByRole('button', { name: 'Season 2' }).click();
    expect(await pressed(page, 'Season 2')).toBe('true');
    await page.waitForFunction(() => window.engine.acts.length === 2);
    expect(await acts(page)).toEqual(['toggle:school:truham', 'toggle:season:2']);
    expect(await page.evaluate(() => window.engine.rendered)).toBe(1);
    expect(await page.evaluate(() => performance.getEntriesByName('hsw:rendered').length)).toBe(1);
  });

  test('typing is one search act with the whole text', async ({ page }) => {
    await open(page, '<heartstopper-widget></heartstopper-widget>', { delay: 2500 });
    await painted(page);
    await page.locator('heartstopper-widget').getByRole('searchbox').pressSequentially('nick');
    await mounted(page);
    await page.waitForFunction(() => window.engine.acts.length === 1);
    expect(await acts(page)).toEqual(['search:nick']);
  });

  test('an act the widget cannot apply, and a control that waits for the wasm, are reported', async ({ page }) => {
    await open(page, '<heartstopper-widget></heartstopper-widget>', { delay: 2500 });
    await painted(page);
    await page.locator('heartstopper-widget').getByRole('button', { name: 'Filters' }).click();
    await page.locator('heartstopper-widget').getByRole('button', { name: 'Lambert' }).click();
    await mounted(page);
    await page.waitForFunction(() => window.engine.acts.length === 1);
    await expect.poll(() => page.warnings.join('\n')).toContain('could not be applied: toggle:school:lambert');
    expect(page.warnings.join('\n')).toContain('works once the widget has started: Filters');
  });

  test('focus comes back to the same control in the live widget', async ({ page }) => {
    await open(page, '<heartstopper-widget></heartstopper-widget>', { delay: 2500 });
    await painted(page);
    await page.locator('heartstopper-widget').getByRole('button', { name: 'Truham' }).focus();
    await mounted(page);
    await page.waitForFunction(() => document.querySelector('heartstopper-widget').shadowRoot.activeElement?.dataset.hswAct === 'toggle:school:truham');
  });
});

test.describe('when a file is missing', () => {
  for (const [lang, words] of [['en', 'could not load its files from'], ['de', 'konnte seine Dateien nicht von']]) {
    test(`the engine's module: the widget says so, naming the URL (${lang})`, async ({ page }) => {
      await open(page, `<heartstopper-widget loading="eager" lang="${lang}"></heartstopper-widget>`, { missing: ['/hsw.js'] });
      const note = page.locator('heartstopper-widget [role="alert"]');
      await expect(note).toContainText(words);
      await expect(note).toContainText(`${ORIGIN}/hsw.js`);
      expect(page.warnings.some((w) => w.includes(`${ORIGIN}/hsw.js`))).toBe(true);
    });
  }
});
