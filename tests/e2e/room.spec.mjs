// The widget's room on a fan page: the README's two lines reserve one
// viewport height on the tag, so that nothing the reader can see moves when
// the first paint, the wasm or custom data arrives (the layout-shift score
// counts only what moves inside the viewport), and the widget is never
// shorter than that room, in its shortest states, at every width from 320
// to 1920 px. A host under a strict CSP puts the same rule in its own
// stylesheet. The pages are built from the README's own lines.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, showAll } from './helpers.mjs';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
// The two lines of "Embedding it on your site", as a fan-site owner copies them.
const section = readme.slice(readme.indexOf('## Embedding it on your site'));
const twoLines = section.match(/```html\n([\s\S]*?)```/)[1]
  .replace('https://your.site/heartstopper/', '/');
// The rule for a stylesheet, from "under a strict Content-Security-Policy".
const rule = section.match(/```css\n([\s\S]*?)```/)[1];

const para = '<p>The fan site\'s own text, below the widget. It must not move when the widget starts.</p>'.repeat(3);
const page = (widget, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Fan page</title>${head}</head>
<body><h1>Fan page</h1><p>Who is who, season by season.</p>${widget}${para}</body></html>`;

/** Serves `html` at /__room__/<name>.html, with the strict CSP or without any. */
async function host(p, name, html, csp) {
  await p.route(`**/__room__/${name}.html`, (route) => route.fulfill({
    contentType: 'text/html',
    headers: csp ? { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" } : {},
    body: html,
  }));
  await p.route('**/__room__/room.css', (route) => route.fulfill({ contentType: 'text/css', body: rule }));
  // The first paint and custom data arrive after the host's own first frame,
  // as they do over a real network.
  await p.route(/\/(first-paint\/.*|photos\.json)$/, async (route) => {
    await new Promise((r) => setTimeout(r, 250));
    await route.continue();
  });
  await p.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await p.goto(`/__room__/${name}.html`);
}

const started = (p) => p.waitForFunction(() => performance.getEntriesByName('hsw:rendered').length > 0);

const states = [
  ['the default state', ''],
  ['nobody matches', 'q="zzzz"'],
  ['the film\'s timeline alone', 'view="timeline" season="film"'],
  ['custom data', 'src="/__test__/photos.json" view="grid"'],
  ['a limit of six (pre-rendered)', 'limit="6"'],
  ['a limit of two, one season (not pre-rendered)', 'limit="2" season="film"'],
];

for (const width of [320, 768, 1280, 1920]) {
  for (const [name, attrs] of states) {
    test(`${width} px, ${name}: nothing moves, and the widget fills its room`, async ({ page: p }) => {
      await p.setViewportSize({ width, height: 800 });
      const widget = twoLines.replace('<heartstopper-widget', `<heartstopper-widget ${attrs}`);
      await host(p, `w${width}`, page(widget), false);
      await started(p);
      // Custom data, then the status line: the widget has settled.
      await expect(p.locator('heartstopper-widget .hsw-status')).toBeVisible();
      await p.waitForTimeout(300);
      const shifts = await p.evaluate(() => window.shifts);
      expect(shifts.reduce((a, b) => a + b, 0), `shifts ${shifts}`).toBeLessThanOrEqual(0.01);
      const [height, room] = await p.evaluate(() => [
        document.querySelector('heartstopper-widget').getBoundingClientRect().height, innerHeight]);
      expect(height).toBeGreaterThanOrEqual(room - 1);
    });
  }
}

test('under a strict CSP, the same rule in the host\'s stylesheet keeps the room', async ({ page: p }) => {
  await p.setViewportSize({ width: 1280, height: 800 });
  const widget = twoLines.replace(/ style="[^"]*"/, '');
  await host(p, 'csp', page(widget, '<link rel="stylesheet" href="room.css">'), true);
  await started(p);
  await p.waitForTimeout(300);
  const shifts = await p.evaluate(() => window.shifts);
  expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(0.01);
  expect(await p.evaluate(() => document.querySelector('heartstopper-widget').getBoundingClientRect().height)).toBeGreaterThanOrEqual(799);
});

test('without the room, the same page moves (what the reservation is for)', async ({ page: p }) => {
  await p.setViewportSize({ width: 412, height: 823 });
  const widget = twoLines.replace(/ style="[^"]*"/, '');
  await host(p, 'bare', page(widget), false);
  await started(p);
  await p.waitForTimeout(300);
  const shifts = await p.evaluate(() => window.shifts);
  expect(shifts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.05);
});

// The host keeps the widget to a screen or two: the first cards and events,
// "Show all" after each view, the live region saying what is held back, and
// every card and event still in reach of the keyboard.
test('limit="6": the first six of each view, then "Show all", by keyboard, focus on the first one added', async ({ page: p }) => {
  await p.setViewportSize({ width: 375, height: 812 });
  const widget = twoLines.replace('<heartstopper-widget', '<heartstopper-widget limit="6"');
  await host(p, 'limit', page(widget), false);
  const w = p.locator('heartstopper-widget');
  // The first paint already holds back what the wasm will.
  await expect(w.locator('.hsw-card')).toHaveCount(6);
  await started(p);
  await expect(w.locator('.hsw-card')).toHaveCount(6);
  await expect(w.locator('.hsw-event')).toHaveCount(6);
  const status = w.locator('.hsw-status');
  await expect(status).toContainText('33 of 33 cast members (the first 6 shown), 51 of 51 events (the first 6 shown)');
  const height = await w.evaluate((el) => el.getBoundingClientRect().height);
  console.log(`limit="6" at 375 x 812: the widget is ${Math.round(height)} px tall`);
  expect(height).toBeGreaterThanOrEqual(811);
  expect(height).toBeLessThan(812 * 5);
  await expectNoAxeViolations(p, 'limit 6');
  // A full-page picture paints what is far from the viewport too.
  const shown = await showAll(p);
  await p.screenshot({ path: test.info().outputPath('limit-6-375.png'), fullPage: true });
  await shown();

  // Keyboard only: Tab from the last card's button reaches "Show all".
  const cast = w.getByRole('button', { name: 'Show all 33 cast members' });
  await w.locator('.hsw-card').nth(5).getByRole('button').focus();
  await p.keyboard.press('Tab');
  await expect(cast).toBeFocused();
  await p.keyboard.press('Enter');
  await expect(w.locator('.hsw-card')).toHaveCount(33);
  await expect(w.locator('.hsw-card').nth(6).getByRole('button')).toBeFocused();
  await expect(status).toContainText('33 of 33 cast members, 51 of 51 events (the first 6 shown)');
  const events = w.getByRole('button', { name: 'Show all 51 events' });
  await events.focus();
  await p.keyboard.press(' ');
  await expect(w.locator('.hsw-event')).toHaveCount(51);
  await expect(w.locator('.hsw-event-btn').nth(6)).toBeFocused();
  await expect(status).not.toContainText('the first');
  // Whole views stay whole across a filter.
  await w.locator('.hsw-filters-toggle').click();
  await w.getByRole('group', { name: 'Season' }).getByRole('button', { name: /^(✓ )?Season 2\b/ }).click();
  await expect(status).toContainText('Season 2');
  await expect(w.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
  await expectNoAxeViolations(p, 'limit 6, all shown, season 2');
});

test('limit="6", a click on "Show all" before the wasm has started is kept and applied', async ({ page: p }) => {
  await p.setViewportSize({ width: 375, height: 812 });
  // Lazy: far below the fold, the wasm waits until the widget comes near.
  const widget = twoLines.replace('<heartstopper-widget', '<heartstopper-widget limit="6" loading="eager"');
  await p.route('**/hsw_bg.wasm', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await host(p, 'early', page(widget), false);
  const w = p.locator('heartstopper-widget');
  await expect(w.locator('.hsw-card')).toHaveCount(6);
  await w.getByRole('button', { name: 'Show all 33 cast members' }).click();
  await started(p);
  await expect(w.locator('.hsw-card')).toHaveCount(33);
  await expect(w.locator('.hsw-event')).toHaveCount(6);
});
