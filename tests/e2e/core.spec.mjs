// The core widget as a person uses it: deep links, clicks, Back, the empty
// state, narrow screens; axe-core in every state reached.
import { test, expect } from '@playwright/test';
import { cardNames, counts, expectNoAxeViolations, ready, showAll } from './helpers.mjs';

const option = (page, group, name) =>
  page.getByRole('group', { name: group }).getByRole('button', { name: new RegExp(`^(✓ )?${name}\\b`) });

test('a deep link shows season 3 at Lambert: Elle, Naomi and Felix, no Truham student', async ({ page }) => {
  await page.goto('?season=3&school=lambert');
  await ready(page);
  expect(await cardNames(page)).toEqual(['Elle Argent', 'Naomi', 'Felix']);
  await expect(page.locator('.hsw-card .hsw-school', { hasText: 'Truham' })).toHaveCount(0);
  await expect(page.locator('.hsw-status')).toContainText('3 of');
  await expect(option(page, 'Season', 'Season 3')).toHaveAttribute('aria-pressed', 'true');
  await expect(option(page, 'School', 'Lambert')).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page, 'season 3 + Lambert');
  await showAll(page);
  await page.screenshot({ path: 'test-results/screenshots/deep-link-1280.png', fullPage: true });
});

test('two clicks answer "who was at Higgs in season 1?", the URL holds it and Back undoes it', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const { total } = await counts(page);
  expect((await cardNames(page)).length).toBe(total);
  await expectNoAxeViolations(page, 'no filter');

  await option(page, 'Season', 'Season 1').click();
  await expect(page).toHaveURL(/\?season=1$/);
  const season1 = await cardNames(page);
  expect(season1.length).toBeLessThan(total);

  await option(page, 'School', 'Higgs').click();
  await expect(page).toHaveURL(/\?season=1&school=higgs$/);
  expect(await cardNames(page)).toEqual(['Elle Argent', 'Tara Jones', 'Darcy Olsson']);
  await expect(page.locator('.hsw-status')).toHaveText(new RegExp(`^3 of ${total} cast members, \\d+ of \\d+ events: Season 1, Higgs$`));
  await expectNoAxeViolations(page, 'season 1 + Higgs');

  // The copied link reproduces the answer in a fresh page.
  const link = page.url();
  const other = await page.context().newPage();
  await other.goto(link);
  await ready(other);
  expect(await cardNames(other)).toEqual(['Elle Argent', 'Tara Jones', 'Darcy Olsson']);
  await other.close();

  await page.goBack();
  await expect(page).toHaveURL(/\?season=1$/);
  expect(await cardNames(page)).toEqual(season1);
  await expect(option(page, 'School', 'Higgs')).toHaveAttribute('aria-pressed', 'false');
  await page.goBack();
  expect((await cardNames(page)).length).toBe(total);
  await page.goForward();
  expect(await cardNames(page)).toEqual(season1);
});

test('"who was new in season 2?" in one click: the newcomers are marked', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await option(page, 'Season', 'Season 2').click();
  const newcomers = page.locator('.hsw-card', { has: page.locator('.hsw-badge', { hasText: 'New in Season 2' }) });
  await expect(newcomers).toHaveCount(9);
  await expect(newcomers.locator('.hsw-name')).toContainText(['Sahar Zahid', 'Naomi', 'Felix']);
  await expect(page.locator('.hsw-card', { hasText: 'Nick Nelson' }).locator('.hsw-badge')).toHaveCount(0);
  await expectNoAxeViolations(page, 'season 2');
});

test('tags remove one filter; clear all removes every filter', async ({ page }) => {
  await page.goto('?season=2,3&school=truham');
  await ready(page);
  await page.getByRole('button', { name: 'Remove filter: Season 3' }).click();
  await expect(page).toHaveURL(/\?season=2&school=truham$/);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('group', { name: 'Active filters' })).toHaveCount(0);
});

test('options that would show nobody are inert and say why', async ({ page }) => {
  await page.goto('?season=1');
  await ready(page);
  const lambert = option(page, 'School', 'Lambert');
  await expect(lambert).toHaveAttribute('aria-disabled', 'true');
  await expect(lambert).toContainText('none with the other filters');
  const before = await cardNames(page);
  await lambert.click({ force: true });
  await expect(page).toHaveURL(/\?season=1$/);
  expect(await cardNames(page)).toEqual(before);
});

test('an empty result says so and offers the way back', async ({ page }) => {
  await page.goto('?season=film&school=higgs');
  await ready(page);
  await expect(page.getByText('No cast member matches these filters.')).toBeVisible();
  await expectNoAxeViolations(page, 'empty');
  await page.locator('.hsw-empty').getByRole('button', { name: 'Clear all filters' }).click();
  const { shown, total } = await counts(page);
  expect(shown).toBe(total);
});

test('odd URL parameters are ignored, never fatal', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`?season=9,%E0%A4%A,2&school=hogwarts&school=HIGGS&x=${'y'.repeat(5000)}`);
  await ready(page);
  await expect(option(page, 'Season', 'Season 2')).toHaveAttribute('aria-pressed', 'true');
  await expect(option(page, 'School', 'Higgs')).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

for (const width of [320, 375, 1280]) {
  test(`no horizontal scrolling at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('?season=2');
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `season 2 at ${width} px`);
    await showAll(page);
    await page.screenshot({ path: `test-results/screenshots/season-2-${width}.png`, fullPage: width !== 1280 });
  });
}

test('dark colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('?season=3&school=higgs,lambert');
  await ready(page);
  await expectNoAxeViolations(page, 'dark');
  await page.screenshot({ path: 'test-results/screenshots/dark-1280.png' });
});

test('the grid is painted before the wasm arrives (pre-rendered), then replaced without a shift', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/hsw_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  const cards = page.locator('.hsw-card');
  await expect(cards.first()).toBeVisible();
  const total = await cards.count();
  expect(total).toBeGreaterThan(30);
  await page.screenshot({ path: 'test-results/screenshots/before-wasm.png' });
  release();
  // Once running, the same grid answers clicks.
  await page.getByRole('button', { name: /^Season 1\b/ }).click();
  await expect(page).toHaveURL(/\?season=1$/);
  expect(await page.evaluate(() => window.shifts)).toBe(0);
});

test('on a phone the filters fold behind one button, and the cards start on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('?season=2');
  await ready(page);
  const toggle = page.getByRole('button', { name: 'Filters (1)' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('group', { name: 'Season' })).toBeHidden();
  // The active filter still shows as a tag, and the first card is in view.
  await expect(page.getByRole('button', { name: 'Remove filter: Season 2' })).toBeVisible();
  await expect(page.locator('.hsw-card').first()).toBeInViewport();
  await page.screenshot({ path: 'test-results/screenshots/phone-folded.png' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: /^Truham\b/ }).click();
  await expect(page).toHaveURL(/\?season=2&school=truham$/);
  await expect(page.getByRole('button', { name: 'Filters (2)' })).toBeVisible();
  await expectNoAxeViolations(page, 'phone, filters open');
  await page.screenshot({ path: 'test-results/screenshots/phone-open.png' });
  // On a wide screen there is no fold.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('.hsw-filters-toggle')).toBeHidden();
  await expect(page.getByRole('group', { name: 'Season' })).toBeVisible();
});
