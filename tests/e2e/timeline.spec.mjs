// The timeline, the details dialog and the links between them, by mouse and
// by keyboard; axe-core in every state; screenshots of both views.
import { test, expect } from '@playwright/test';
import { cardNames, expectNoAxeViolations, ready, showAll } from './helpers.mjs';

const dialog = (page) => page.locator('dialog.hsw-dialog');

test('?view=timeline&season=2 shows the season 2 era only, with the Timeline tab selected', async ({ page }) => {
  await page.goto('?view=timeline&season=2');
  await ready(page);
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.hsw-grid')).toHaveCount(0);
  await expect(page.locator('.hsw-era-title')).toHaveText(['Season 2']);
  await expect(page.locator('.hsw-era-meta')).toContainText('Premiered 3 August 2023 · 8 episodes · Volume 3');
  await expect(page.getByRole('button', { name: /Season 2 premieres/ })).toBeVisible();
  await expectNoAxeViolations(page, 'timeline, season 2');
});

test('?person=elle-argent opens her details and lights up her card and events', async ({ page }) => {
  await page.goto('?person=elle-argent');
  await ready(page);
  await expect(dialog(page)).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Elle Argent' })).toBeVisible();
  const rows = dialog(page).locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('Lambert School of Art');
  const source = dialog(page).locator('.hsw-sources a').first();
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(source).toHaveAttribute('href', /^https:\/\//);
  await expectNoAxeViolations(page, 'person details open');
  await page.screenshot({ path: 'test-results/screenshots/person-dialog-1280.png' });

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(/\?person=elle-argent$/);
  await expect(page.locator('.hsw-card.hsw-hl .hsw-name')).toHaveText('Elle Argent');
  await expect(page.locator('.hsw-event.hsw-hl')).toHaveCount(1);
  await expect(page.locator('.hsw-selection')).toContainText('Highlighting: Elle Argent');
  await expectNoAxeViolations(page, 'highlight after closing');
  await page.getByRole('button', { name: 'Clear highlight' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('.hsw-hl')).toHaveCount(0);
});

test('from "Season 2 premiere" to the people new that season, by mouse', async ({ page }) => {
  await page.goto('?view=timeline');
  await ready(page);
  await page.getByRole('button', { name: /Season 2 premieres/ }).click();
  const d = page.getByRole('dialog', { name: 'Season 2 premieres' });
  await expect(d).toBeVisible();
  await expect(d.locator('.hsw-links li', { has: page.locator('.hsw-new') })).toHaveCount(7);
  await expectNoAxeViolations(page, 'event details open');
  await d.getByRole('button', { name: 'Sahar Zahid' }).click();
  await expect(page.getByRole('dialog', { name: 'Sahar Zahid' })).toBeVisible();
  await expect(page).toHaveURL(/person=sahar-zahid/);
  // Back returns to the event.
  await page.goBack();
  await expect(page.getByRole('dialog', { name: 'Season 2 premieres' })).toBeVisible();
});

test('from a card to everything that happened to that person', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await page.getByRole('button', { name: 'Nick Nelson', exact: true }).click();
  const d = page.getByRole('dialog', { name: 'Nick Nelson' });
  await expect(d).toBeVisible();
  const events = d.locator('.hsw-links li');
  expect(await events.count()).toBeGreaterThanOrEqual(8);
  await d.getByRole('button', { name: 'Season 1 premieres' }).click();
  await expect(page.getByRole('dialog', { name: 'Season 1 premieres' })).toBeVisible();
  await expect(page).toHaveURL(/event=season-1-premiere/);
});

test('keyboard only: tabs, the timeline, a dialog and back', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  // Tabs: one tab stop, arrows select.
  await page.getByRole('tab', { name: 'Both' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Timeline' })).toBeFocused();
  await expect(page).toHaveURL(/view=timeline/);
  // Into the timeline with Tab: it is one stop.
  await page.keyboard.press('Tab');
  const first = page.locator('[data-hsw-event]').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-hsw-event]').nth(1)).toBeFocused();
  await page.keyboard.press('End');
  const last = page.locator('[data-hsw-event]').last();
  await expect(last).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  // Tab leaves the timeline in one step (roving tabindex).
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-hsw-event]:focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(first).toBeFocused();
  // Enter opens; focus is held in the dialog; Escape closes and returns focus.
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return !!active?.closest('dialog');
    });
    expect(inside).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(first).toBeFocused();
});

test('search is case- and accent-insensitive, and in the URL', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await page.getByLabel('Search actor or character').fill('stephane');
  expect(await cardNames(page)).toEqual(['Stéphane Nelson']);
  await expect(page).toHaveURL(/\?q=stephane$/);
  await expect(page.getByRole('button', { name: /Three more join season 2/ })).toBeVisible();
  await expectNoAxeViolations(page, 'search');
  // Typing replaced the history entry: Back goes to the page before.
  await page.getByRole('button', { name: 'Remove filter: “stephane”' }).click();
  await expect(page.getByLabel('Search actor or character')).toHaveValue('');
});

test('who joined Truham in season 2: role and "new this season"', async ({ page }) => {
  await page.goto('?season=2&school=truham');
  await ready(page);
  await page.getByRole('button', { name: /^New this season/ }).click();
  expect(await cardNames(page)).toEqual(['James McEwan', 'Mr Farouk', 'Christian']);
  await expect(page).toHaveURL(/new=1/);
  await page.getByRole('group', { name: 'Role' }).getByRole('button', { name: /^(✓ )?Teacher/ }).click();
  expect(await cardNames(page)).toEqual(['Mr Farouk']);
  await expectNoAxeViolations(page, 'role + new');
});

test('sorting the grid by actor', async ({ page }) => {
  await page.goto('?sort=actor&view=grid');
  await ready(page);
  await expect(page.getByLabel('Sort cast by')).toHaveValue('actor');
  expect((await cardNames(page))[0]).toBe('Mr Ajayi');
  await page.getByLabel('Sort cast by').selectOption('character');
  await expect(page).toHaveURL(/sort=character/);
  expect((await cardNames(page))[0]).toBe('Amanda Olsson');
});

for (const width of [375, 1280]) {
  test(`both views at ${width} px: timeline ${width > 900 ? 'horizontal' : 'vertical'}, no page scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('?view=timeline');
    await ready(page);
    const eras = page.locator('.hsw-era');
    const a = await eras.nth(1).boundingBox();
    const b = await eras.nth(2).boundingBox();
    if (width > 900) {
      expect(b.x).toBeGreaterThan(a.x);
      expect(Math.abs(b.y - a.y)).toBeLessThan(2);
    } else {
      expect(Math.abs(b.x - a.x)).toBeLessThan(2);
      expect(b.y).toBeGreaterThan(a.y);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `timeline at ${width}`);
    // A full-page picture paints what is far from the viewport too.
    const shown = await showAll(page);
    await page.screenshot({ path: `test-results/screenshots/timeline-${width}.png`, fullPage: width < 900 });
    await shown();
    await page.goto('?view=grid');
    await ready(page);
    await page.screenshot({ path: `test-results/screenshots/grid-${width}.png` });
  });
}
