// The element's contract with its host page, on the release build: a host
// that changes an attribute changes what it names and nothing the reader
// chose. Each test here failed before the fix it is named after.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, ready } from './helpers.mjs';

const status = (widget) => widget.locator('.hsw-status');

test('a host page that switches theme keeps the reader\'s filters and "Watched up to"', async ({ page }) => {
  await page.goto('__test__/toggle.html');
  await ready(page);
  const widget = page.locator('heartstopper-widget');
  await widget.getByLabel('Watched up to').selectOption('3');
  await widget.getByRole('button', { name: /^(✓ )?Truham\b/ }).click();
  await expect(status(widget)).toContainText('Season 2, Truham');
  const before = await status(widget).textContent();
  expect(before).toContain('up to Season 3');
  for (const theme of ['dark', 'light', 'high-contrast', 'dark']) {
    await page.evaluate((t) => document.querySelector('heartstopper-widget').setAttribute('theme', t), theme);
    await expect(widget.locator('section.hsw')).toHaveCSS('color-scheme', theme === 'dark' ? 'dark' : 'light');
    await expect(status(widget)).toHaveText(before);
  }
  await expectNoAxeViolations(page, 'dark, filtered, watched up to 3');
  // A language change keeps it too, in the new language.
  await page.evaluate(() => document.querySelector('heartstopper-widget').setAttribute('lang', 'fr'));
  await expect(status(widget)).toContainText('Truham');
  await expect(widget.getByRole('button', { name: /^(✓ )?Truham\b/ })).toHaveAttribute('aria-pressed', 'true');
  // A state attribute changes what it names: the view, not the school.
  await page.evaluate(() => document.querySelector('heartstopper-widget').setAttribute('view', 'timeline'));
  await expect(widget.locator('.hsw-timeline')).toBeVisible();
  await expect(widget.locator('.hsw-cast')).toHaveCount(0);
  await expect(widget.getByRole('button', { name: /^(✓ )?Truham\b/ })).toHaveAttribute('aria-pressed', 'true');
});

test('with sync-url, a host\'s attribute change leaves an open details dialog open', async ({ page }) => {
  await page.goto('embed.html?person=nick-nelson');
  await ready(page);
  const widget = page.locator('heartstopper-widget');
  const dialog = widget.getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (const theme of ['dark', 'light']) {
    await page.evaluate((t) => document.querySelector('heartstopper-widget').setAttribute('theme', t), theme);
    await page.waitForTimeout(50);
    await expect(dialog).toBeVisible();
  }
});

test('?lang=fr is written once, however many changes follow', async ({ page }) => {
  await page.goto('?lang=fr');
  await ready(page);
  const widget = page.locator('heartstopper-widget');
  for (const season of ['Saison 1', 'Saison 2', 'Saison 3']) {
    await widget.getByRole('button', { name: new RegExp(`^${season}\\b`) }).click();
  }
  await expect(page).toHaveURL(/season=1,2,3/);
  const query = new URL(page.url()).search;
  expect(query.match(/lang=/g)).toHaveLength(1);
  expect(query).toBe('?season=1,2,3&lang=fr');
});
