// Embedding on a fan site as its owner would: the README's two lines in a
// plain page. The widget paints its first state before any wasm is fetched,
// the host's text does not move when the wasm takes over, a widget far below
// the fold costs nothing until the reader nears it, and what the reader does
// before the wasm arrives is not lost.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.mjs';

const WASM = /\/(hsw\.js|hsw_bg\.wasm)$/;

/** Holds back the glue and the wasm until `release()`; records requests. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  const requested = [];
  await page.route(WASM, async (route) => {
    requested.push(new URL(route.request().url()).pathname);
    await gate;
    await route.continue();
  });
  return { release, requested };
}

/** Sums the layout shifts the page sees (none from input). */
async function watchShifts(page) {
  await page.addInitScript(() => {
    window.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const running = (page) => page.waitForFunction(() => performance.getEntriesByName('hsw:rendered').length > 0);

test('the first paint shows the cards and controls before any wasm, and the wasm takes over without a shift', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await watchShifts(page);
  const { release, requested } = await holdWasm(page);
  await page.goto('__test__/host-season.html');
  const widget = page.locator('heartstopper-widget');
  // The attributes' own state, pre-rendered: season 2 at Truham, grid only.
  await expect(widget.locator('.hsw-card').first()).toBeVisible();
  // Never shown unstyled: the stylesheet is there before the first paint.
  expect(await widget.locator('.hsw-grid').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
  await expect(widget.locator('.hsw-status')).toContainText('Season 2, Truham');
  await expect(widget.getByRole('button', { name: /^(✓ )?Season 2\b/ })).toHaveAttribute('aria-pressed', 'true');
  // Readable text, in the DOM, so find-in-page finds it.
  expect(await widget.evaluate((el) => el.shadowRoot.textContent)).toContain('Nick Nelson');
  await expectNoAxeViolations(page, 'first paint, before the wasm');
  await page.screenshot({ path: 'test-results/screenshots/first-paint-embedded.png', fullPage: true });
  const before = await page.locator('p').last().boundingBox();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const shiftsBefore = await page.evaluate(() => window.shifts);
  release();
  await running(page);
  await expect(widget.locator('.hsw-status')).toContainText('Season 2, Truham');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // Nothing moves when the wasm takes over.
  expect(await page.locator('p').last().boundingBox()).toEqual(before);
  expect(await page.evaluate(() => window.shifts)).toBe(shiftsBefore);
  expect(requested.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('a click and typing on the first paint are kept and applied when the wasm arrives', async ({ page }) => {
  const { release } = await holdWasm(page);
  await page.goto('__test__/host-top.html');
  const widget = page.locator('heartstopper-widget');
  await expect(widget.locator('.hsw-card').first()).toBeVisible();
  await widget.getByRole('button', { name: /^Season 3\b/ }).click();
  // The pre-rendered button answers at once.
  await expect(widget.getByRole('button', { name: /^(✓ )?Season 3\b/ })).toHaveAttribute('aria-pressed', 'true');
  await widget.getByRole('searchbox').fill('elle');
  // Nothing has run yet: the first paint is still the default state.
  await expect(widget.locator('.hsw-status')).toContainText('all seasons and schools');
  release();
  await running(page);
  await expect(widget.locator('.hsw-status')).toContainText('Season 3, “elle”');
  await expect(widget.getByRole('button', { name: /^(✓ )?Season 3\b/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(widget.locator('.hsw-card .hsw-name')).toHaveText(['Elle Argent']);
  // Focus stayed in the search box, where the reader left it.
  expect(await widget.evaluate((el) => el.shadowRoot.activeElement?.getAttribute('type'))).toBe('search');
});

test('two quick clicks on "Season 2" before the wasm: pressed, then not, and no filter after the takeover', async ({ page }) => {
  const { release } = await holdWasm(page);
  await page.goto('__test__/host-top.html');
  const widget = page.locator('heartstopper-widget');
  const season = widget.getByRole('button', { name: /^(✓ )?Season 2\b/ });
  await season.click();
  await expect(season).toHaveAttribute('aria-pressed', 'true');
  await season.click();
  await expect(season).toHaveAttribute('aria-pressed', 'false');
  release();
  await running(page);
  await expect(widget.locator('.hsw-status')).toContainText('all seasons and schools');
  await expect(season).toHaveAttribute('aria-pressed', 'false');
});

test('on a phone, "Filters" and a filter on the first paint answer at once and carry over', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const { release } = await holdWasm(page);
  await page.goto('__test__/host-top.html');
  const widget = page.locator('heartstopper-widget');
  const season = widget.getByRole('button', { name: /^(✓ )?Season 2\b/ });
  await expect(season).toBeHidden();
  await widget.getByRole('button', { name: /^Filters\b/ }).click();
  await expect(season).toBeVisible();
  await season.click();
  await expect(season).toHaveAttribute('aria-pressed', 'true');
  release();
  await running(page);
  await expect(widget.locator('.hsw-status')).toContainText('Season 2');
  await expect(widget.getByRole('button', { name: /^Filters\b/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(widget.getByRole('button', { name: /^(✓ )?Season 2\b/ })).toBeVisible();
});

test('far below the fold, the wasm is fetched only when the reader nears the widget', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('__test__/host-far.html');
  await page.waitForLoadState('networkidle');
  const widget = page.locator('heartstopper-widget');
  // The first paint is there (for find-in-page) but nothing heavy came.
  await expect(widget.locator('.hsw-card').first()).toBeAttached();
  expect(await widget.evaluate((el) => el.shadowRoot.textContent)).toContain('Charlie Spring');
  expect(requests.filter((p) => WASM.test(p))).toEqual([]);
  await widget.scrollIntoViewIfNeeded();
  await running(page);
  expect(requests.filter((p) => WASM.test(p)).sort()).toEqual(['/hsw.js', '/hsw_bg.wasm']);
  await widget.getByRole('button', { name: /^Season 1\b/ }).click();
  await expect(widget.locator('.hsw-status')).toContainText('Season 1');
});

test('lazy by default, but a keyboard reader tabbing in starts it; loading="eager" starts at once', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('__test__/host-far.html');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => WASM.test(p))).toEqual([]);
  // Focus reaches the widget (the page scrolls to it, and the focus starts it).
  await page.locator('heartstopper-widget').evaluate((el) => el.shadowRoot.querySelector('input').focus({ preventScroll: true }));
  await running(page);

  const eager = await page.context().newPage();
  const seen = [];
  eager.on('request', (r) => seen.push(new URL(r.url()).pathname));
  await eager.goto('__test__/host-far.html');
  await eager.locator('heartstopper-widget').evaluate((el) => el.setAttribute('loading', 'eager'));
  await running(eager);
  expect(seen.filter((p) => WASM.test(p)).sort()).toEqual(['/hsw.js', '/hsw_bg.wasm']);
  await eager.close();
});

test('a first paint in the reader\'s language, with its dates worded the way Intl words them', async ({ page }) => {
  const { release } = await holdWasm(page);
  await page.goto('__test__/host-top.html');
  await page.locator('heartstopper-widget').evaluate((el) => el.remove());
  await page.evaluate(() => {
    const el = document.createElement('heartstopper-widget');
    el.setAttribute('lang', 'fr');
    el.setAttribute('view', 'timeline');
    document.body.prepend(el);
  });
  const widget = page.locator('heartstopper-widget');
  await expect(widget.locator('.hsw-era-title').first()).toBeVisible();
  expect(await widget.locator('.hsw-kind').first().evaluate((el) => getComputedStyle(el).textTransform)).toBe('uppercase');
  const before = await widget.locator('.hsw-timeline').innerText();
  expect(before).toContain('Chronologie');
  release();
  await running(page);
  await expect.poll(() => widget.locator('.hsw-timeline').innerText()).toBe(before);
});
