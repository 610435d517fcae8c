// The embed builder (builder.html): a fan-site owner picks settings with the
// keyboard, under a strict CSP, sees the real widget, copies the code, and
// the code pasted into a fresh page gives the widget previewed: its state,
// theme and language.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** builder.html as the build wrote it, served with the strict CSP. */
async function openBuilder(page) {
  await page.route('**/builder.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('builder.html');
  await expect(page.locator('#settings select').first()).toBeVisible();
}

/** A fresh fan page holding `code`, served from the widget's own origin. */
async function paste(page, name, code) {
  await page.route(`**/__pasted__/${name}.html`, (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'content-security-policy': CSP },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fan page</title></head><body><h1>Our fan page</h1>\n${code}\n<p>More of the fan page.</p></body></html>`,
  }));
  await page.goto(`__pasted__/${name}.html`);
}

const copied = (page) => page.evaluate(() => navigator.clipboard.readText());

test('settings picked by keyboard, previewed, copied and pasted give the same widget', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openBuilder(page);
  // The keyboard alone: Tab to the season, arrows to Season 2.
  const season = page.getByLabel('Season', { exact: true });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(season).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(season).toHaveValue('2');
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByLabel('Language').selectOption('fr');
  await page.getByLabel('Cards and events shown at first').selectOption('6');

  const preview = page.locator('#preview-box heartstopper-widget');
  await expect(preview).toHaveAttribute('season', '2');
  await expect(preview).toHaveAttribute('theme', 'dark');
  await expect(preview).toHaveAttribute('lang', 'fr');
  await expect(preview.locator('section.hsw')).toHaveAttribute('lang', /^fr/);
  await expect(preview.getByRole('button', { name: /^(✓ )?Saison 2\b/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(preview.locator('.hsw-card')).toHaveCount(6);
  // What it costs, from the build's own files.
  await expect(page.locator('#cost')).toContainText(/\d+\.\d KB in 3 files until a reader scrolls near it, then \d+\.\d KB more in 2 files/);
  await page.waitForFunction(() => performance.getEntriesByName('hsw:rendered').length > 0);
  // Nothing the builder or its preview did broke the strict CSP (before
  // axe, whose scan adds a style element of its own).
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  await expectNoAxeViolations(page, 'builder, season 2, dark, French, limit 6');
  await page.screenshot({ path: test.info().outputPath('builder.png'), fullPage: true });

  // Copy the two lines with the keyboard, paste them into a fresh page.
  const copy = page.getByRole('button', { name: 'Copy: The two lines' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.snippet', { has: copy }).getByRole('status')).toHaveText('Copied.');
  const twoLines = await copied(page);
  expect(twoLines).toContain('season="2"');
  expect(twoLines).toContain('min-height:100vh');

  // The pre-rendered snippet too (fetched, so read once it is there).
  const prerendered = page.getByRole('button', { name: 'Copy: The pre-rendered snippet' });
  await prerendered.click();
  const snippet = await copied(page);
  expect(snippet).toContain('shadowrootmode="open"');

  for (const [name, code] of [['two-lines', twoLines], ['prerendered', snippet]]) {
    await paste(page, name, code.replace('style="display:block;min-height:100vh"', ''));
    const w = page.locator('heartstopper-widget');
    if (name === 'prerendered') {
      // In the page's own first frame, before any script ran.
      await expect(w.locator('.hsw-card')).toHaveCount(6);
    }
    await page.waitForFunction(() => performance.getEntriesByName('hsw:rendered').length > 0);
    await expect(w).toHaveAttribute('theme', 'dark');
    await expect(w.locator('section.hsw')).toHaveAttribute('lang', /^fr/);
    await expect(w.getByRole('button', { name: /^(✓ )?Saison 2\b/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(w.locator('.hsw-card')).toHaveCount(6);
    await expect(w.getByRole('button', { name: /^Afficher les \d+ membres/ })).toBeVisible();
  }
});

test('custom data has no pre-rendered snippet, and the builder says so', async ({ page }) => {
  await openBuilder(page);
  // The spreadsheet's template is a click away, and it is there.
  const template = page.getByRole('link', { name: 'the template sheet, our-cast.csv' });
  const sheet = await page.request.get(new URL(await template.getAttribute('href'), page.url()).href);
  expect(sheet.ok()).toBe(true);
  expect((await sheet.text()).split('\n')[0]).toContain('id');
  await page.getByLabel('Custom data URL').fill('demo-data.json');
  await page.getByLabel('Custom data URL').press('Tab');
  await expect(page.getByRole('heading', { name: 'Hugo and Eleventy' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy: The pre-rendered snippet' })).toHaveCount(0);
  await expect(page.locator('.snippet').filter({ hasText: 'Custom data has no pre-rendered first paint' })).toHaveCount(1);
  await expect(page.locator('#cost')).toContainText('in 4 files once it runs');
  await expect(page.locator('#preview-box heartstopper-widget')).toHaveAttribute('src', 'demo-data.json');
});

test('the builder keeps its settings in its own address, and opens with them', async ({ page }) => {
  await openBuilder(page);
  await page.locator('#set-view').selectOption('timeline');
  await page.locator('#set-theme').selectOption('high-contrast');
  await expect(page).toHaveURL(/builder\.html\?view=timeline&theme=high-contrast$/);
  // A link to those settings, plus a value the builder does not offer.
  await page.goto('builder.html?view=timeline&theme=high-contrast&season=99');
  await expect(page.locator('#set-view')).toHaveValue('timeline');
  await expect(page.locator('#set-theme')).toHaveValue('high-contrast');
  await expect(page.locator('#set-season')).toHaveValue('');
  await expect(page.locator('#preview-box heartstopper-widget')).toHaveAttribute('view', 'timeline');
  await expect(page.locator('#preview-box heartstopper-widget')).not.toHaveAttribute('season', /./);
});
