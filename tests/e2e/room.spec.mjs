// The widget's room on a fan page: the README's two lines reserve one
// viewport height on the tag, so that nothing the reader can see moves when
// the first paint, the wasm or custom data arrives (the layout-shift score
// counts only what moves inside the viewport), and the widget is never
// shorter than that room, in its shortest states, at every width from 320
// to 1920 px. A host under a strict CSP puts the same rule in its own
// stylesheet. The pages are built from the README's own lines.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';

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
