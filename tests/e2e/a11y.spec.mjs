// Everyone can use it: every theme and language passes axe; the
// accessibility tree names every control with its state; reduced motion;
// 200% text and 320 px lose nothing; "who joined Truham in season 2?" by
// keyboard alone, in French.
import { test, expect } from '@playwright/test';
import { cardNames, expectNoAxeViolations, ready } from './helpers.mjs';

for (const theme of ['light', 'dark', 'high-contrast']) {
  test(`theme="${theme}" passes axe with filters, details and the timeline`, async ({ page }) => {
    await page.goto(`__test__/theme.html?theme=${theme}`);
    const widget = page.locator('heartstopper-widget');
    await ready(page);
    await expect(widget.locator('section.hsw')).toHaveCSS('color-scheme', theme === 'dark' ? 'dark' : 'light');
    await expectNoAxeViolations(page, `${theme}: filtered`);
    await widget.getByRole('button', { name: 'Season 2 premieres' }).click();
    await expect(widget.getByRole('dialog', { name: 'Season 2 premieres' })).toBeVisible();
    await expectNoAxeViolations(page, `${theme}: details open`);
    await page.screenshot({ path: `test-results/screenshots/theme-${theme}.png` });
  });
}

test('forced colours (Windows high contrast) keep every state visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('?season=2&school=truham');
  await ready(page);
  await expectNoAxeViolations(page, 'forced colours');
  await page.screenshot({ path: 'test-results/screenshots/forced-colors.png' });
});

for (const [lang, words] of Object.entries({
  es: { season: 'Temporada 2', clear: 'Quitar todos los filtros', date: '3 de agosto de 2023' },
  fr: { season: 'Saison 2', clear: 'Effacer tous les filtres', date: '3 août 2023' },
  de: { season: 'Staffel 2', clear: 'Alle Filter löschen', date: '3. August 2023' },
  'pt-BR': { season: 'Temporada 2', clear: 'Limpar todos os filtros', date: '3 de agosto de 2023' },
})) {
  test(`?lang=${lang}: the interface and the dates in that language, and axe passes`, async ({ page }) => {
    await page.goto(`?lang=${lang}&season=2`);
    await ready(page);
    await expect(page.locator('section.hsw')).toHaveAttribute('lang', lang);
    await expect(page.locator('.hsw-option-2')).toContainText(words.season);
    await expect(page.locator('.hsw-active .hsw-clear')).toHaveText(words.clear);
    await expect(page.locator('.hsw-era-meta').first()).toContainText(words.date);
    await expectNoAxeViolations(page, `lang ${lang}`);
  });
}

test.describe('the browser language is used when nothing else asks', () => {
  test.use({ locale: 'de-DE' });
  test('a German browser gets German; lang="es" on the element wins', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    await expect(page.locator('section.hsw')).toHaveAttribute('lang', 'de');
    await page.evaluate(() => document.querySelector('heartstopper-widget').setAttribute('lang', 'es'));
    await expect(page.locator('section.hsw')).toHaveAttribute('lang', 'es');
  });
});

test('the accessibility tree: landmarks, headings, named controls with their state', async ({ page }) => {
  await page.goto('?season=2&view=grid');
  await ready(page);
  const widget = page.locator('heartstopper-widget');
  await expect(widget).toMatchAriaSnapshot(`
    - region "Heartstopper cast and timeline":
      - heading "Heartstopper cast and timeline" [level=2]
      - group "Filters":
        - text: Search actor or character
        - searchbox "Search actor or character"
        - group "Season":
          - button /Season 1 \\d+ cast members/ [pressed=false]
          - button /Season 2 \\d+ cast members/ [pressed=true]
  `);
  await expect(widget.getByRole('status')).toHaveText(/^\d+ of \d+ cast members: Season 2$/);
  await expect(widget.getByRole('tablist', { name: 'Views' })).toBeVisible();
  await expect(widget.getByRole('tab', { name: 'Cast', selected: true })).toBeVisible();
  await expect(widget.getByRole('tabpanel')).toBeVisible();
  await expect(widget.getByRole('list', { name: 'Cast' })).toBeVisible();
  await expect(widget.getByRole('heading', { name: 'Nick Nelson', level: 3 })).toBeVisible();
  // Avatars are decorative: hidden from the tree.
  await expect(widget.locator('.hsw-avatar').first()).toHaveAttribute('aria-hidden', 'true');
  // The dialog is labelled by its heading.
  await widget.getByRole('button', { name: 'Nick Nelson', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Nick Nelson' })).toBeVisible();
  await expect(page.getByRole('dialog')).toMatchAriaSnapshot(`
    - dialog "Nick Nelson":
      - button "Close"
      - article:
        - heading "Nick Nelson" [level=2]
        - table "Seasons"
  `);
});

test('the live region announces only the result summary', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const live = page.locator('[aria-live]:not([aria-live="off"])');
  await expect(live).toHaveCount(1);
  await expect(live).toHaveText(/^\d+ of \d+ cast members, \d+ of \d+ events: all seasons and schools$/);
});

test('reduced motion: no transitions; otherwise none longer than 200 ms', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const longest = () =>
    page.locator('heartstopper-widget').evaluate((host) => {
      let max = 0;
      for (const el of host.shadowRoot.querySelectorAll('*')) {
        const style = getComputedStyle(el);
        for (const d of [...style.transitionDuration.split(','), ...style.animationDuration.split(',')]) {
          max = Math.max(max, parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000));
        }
      }
      return max;
    });
  expect(await longest()).toBeLessThanOrEqual(200);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await longest()).toBe(0);
});

test('200% text at 320 px wide loses no content and needs no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('?season=2&view=both');
  await ready(page);
  await page.locator('heartstopper-widget').evaluate((el) => el.style.setProperty('--hsw-font-size', '32px'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Nothing clipped: every heading, label, card and button fits its box and
  // the viewport.
  const clipped = await page.locator('heartstopper-widget').evaluate((host) =>
    [...host.shadowRoot.querySelectorAll('h2, h3, h4, legend, label, p, .hsw-card, .hsw-option, .hsw-tab, .hsw-event-btn')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > innerWidth + 1)
      .map((el) => `${el.className || el.tagName}: ${el.textContent.slice(0, 30)}`),
  );
  expect(clipped).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/zoom-200-320.png' });
});

test('focus is visible with at least 3:1 contrast against the background', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const ring = await page.locator('heartstopper-widget').evaluate((host) => {
    const el = host.shadowRoot.activeElement;
    const style = getComputedStyle(el);
    return { width: parseFloat(style.outlineWidth), color: style.outlineColor, style: style.outlineStyle };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  // #1a1a1a on white is 17:1.
  expect(ring.color).toBe('rgb(26, 26, 26)');
});

test.describe('by keyboard alone, in French', () => {
  test.use({ locale: 'fr-FR' });
  test('"who joined Truham in season 2?"', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    const focusedText = () =>
      page.locator('heartstopper-widget').evaluate((host) => {
        // Buttons only: the "watched up to" menu lists every season too.
        const el = host.shadowRoot.activeElement;
        return el?.localName === 'button' ? el.textContent : '';
      });
    // Tab through the search box to the season buttons.
    for (let i = 0; i < 12 && !(await focusedText()).includes('Saison 2'); i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 12 && !(await focusedText()).startsWith('Truham'); i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 12 && !(await focusedText()).includes('Nouveaux cette saison'); i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await cardNames(page)).toEqual(['James McEwan', 'Mr Farouk', 'Christian']);
    await expect(page.locator('[role=status]')).toContainText('Saison 2, Truham, Nouveaux cette saison');
    await expectNoAxeViolations(page, 'French, keyboard');
  });
});
