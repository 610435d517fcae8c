// Pictures from custom data (fixtures/photos.json: three sample drawings and
// one broken address): no layout shift when they arrive, initials for the
// broken one with no broken-image icon, the credit visible in the details,
// by keyboard; axe in every state. The page runs under the strict CSP
// (default-src 'self'), which allows pictures from the widget's own server.
import { test, expect } from '@playwright/test';
import { cardBoxes, expectNoAxeViolations } from './helpers.mjs';

const PICTURE = /\/sample-images\/[^/]+\.svg$/;

test('pictures take their reserved box: nothing moves when they load', async ({ page }) => {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route(PICTURE, async (route) => { await gate; await route.continue(); });
  await page.goto('__test__/photos.html');
  const widget = page.locator('#photos');
  await expect(widget.locator('.hsw-card')).toHaveCount(4);
  const imgs = widget.locator('.hsw-card img.hsw-photo');
  await expect(imgs).toHaveCount(4);
  for (const img of await imgs.all()) {
    await expect(img).toHaveAttribute('loading', 'lazy');
    await expect(img).toHaveAttribute('decoding', 'async');
    await expect(img).toHaveAttribute('width', '48');
    await expect(img).toHaveAttribute('height', '48');
  }
  const before = await cardBoxes(widget);
  release();
  // Three load; the broken one falls back to the initials.
  await expect(imgs).toHaveCount(3);
  await page.waitForFunction(() => {
    const root = document.querySelector('#photos').shadowRoot;
    return [...root.querySelectorAll('img.hsw-photo')].every((img) => img.complete && img.naturalWidth > 0);
  });
  expect(await cardBoxes(widget)).toEqual(before);
  await expectNoAxeViolations(page, 'pictures loaded');
  await page.screenshot({ path: 'test-results/screenshots/photos-grid.png', fullPage: true });
});

test('a broken picture shows the initials, with no broken-image icon', async ({ page }) => {
  await page.goto('__test__/photos.html');
  const widget = page.locator('#photos');
  const tao = widget.locator('.hsw-card', { hasText: 'Tao Xu' });
  await expect(tao.locator('img')).toHaveCount(0);
  await expect(tao.locator('.hsw-avatar')).toHaveText('TX');
  const nick = widget.locator('.hsw-card', { hasText: 'Nick Nelson' });
  await expect(nick.locator('img.hsw-photo')).toHaveCount(1);
  await expect(nick.locator('.hsw-avatar')).not.toContainText('NN');
  // The card's picture is decorative: the name is next to it.
  await expect(nick.locator('img.hsw-photo')).toHaveAttribute('alt', '');
  await expectNoAxeViolations(page, 'a broken picture');
});

test('the details show the picture with its text and its credit, by keyboard', async ({ page }) => {
  await page.goto('__test__/photos.html');
  const widget = page.locator('#photos');
  const name = widget.getByRole('button', { name: 'Nick Nelson' });
  await expect(name).toBeVisible();
  await name.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'A drawing of two autumn leaves, one red, one orange' })).toBeVisible();
  const credit = dialog.locator('.hsw-credit');
  await expect(credit).toBeVisible();
  await expect(credit).toHaveText('Image credit: Sample drawing by the widget project (MIT)');
  await expectNoAxeViolations(page, 'details with a picture');
  await page.screenshot({ path: 'test-results/screenshots/photos-details.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(name).toBeFocused();
  // The broken one's details show no picture, and no empty frame.
  await widget.getByRole('button', { name: 'Tao Xu' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('figure')).toHaveCount(0);
  await expectNoAxeViolations(page, 'details, broken picture');
});
