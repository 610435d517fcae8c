// A site's own touches from a spreadsheet (fixtures/sheet.csv, as a
// spreadsheet exports it: CRLF, quoted commas): pictures and a note over the
// built-in data, a person added, a misspelt id reported with its row and
// column; the added person hidden for a reader who has watched less; a
// sheet that is not there said in the reader's language, the built-in data
// shown. Under the strict CSP, with axe in each state.
import { test, expect } from '@playwright/test';
import { cardBoxes, expectNoAxeViolations, settled } from './helpers.mjs';

const PICTURE = /\/sample-images\/[^/]+\.svg$/;
const BUILT_IN = 33;

test('the sheet gives pictures, a note and a person, and says what it could not apply', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto('__test__/overlay.html');
  const widget = page.locator('#sheet');
  await expect(widget.locator('.hsw-card')).toHaveCount(BUILT_IN + 1);
  await settled(page);
  const zara = widget.locator('.hsw-card', { hasText: 'Zara Late' });
  await expect(zara).toContainText('An Actor');
  await expect(widget.locator('.hsw-card', { hasText: 'Nick Nelson' }).locator('img.hsw-photo')).toHaveCount(1);
  const notice = widget.locator('.hsw-notice');
  await expect(notice).toContainText('Your sheet sheet.csv was applied except for:');
  await expect(notice).toContainText('row 5, column id: no person or event has the id nick-nelsn; did you mean nick-nelson?');
  expect(warnings.some((w) => w.includes('sheet.csv') && w.includes('nick-nelsn'))).toBe(true);
  await expectNoAxeViolations(page, 'a sheet applied, with its problems', ['#sheet']);
  await page.screenshot({ path: 'test-results/screenshots/overlay-grid.png', fullPage: false });

  // The added person's details say it is the site's, by keyboard.
  await zara.getByRole('button', { name: 'Zara Late' }).focus();
  await page.keyboard.press('Enter');
  const dialog = widget.getByRole('dialog');
  await expect(dialog).toContainText('From this site');
  await expect(dialog).toContainText('This site added this person');
  await expect(dialog).toContainText('Someone the site adds, first seen in season 3.');
  await expect(dialog.locator('figcaption')).toContainText('Drawn for the tests');
  await expect(dialog.getByRole('heading', { name: 'Sources' })).toHaveCount(0);
  await expectNoAxeViolations(page, "an added person's details", ['#sheet']);
  await page.screenshot({ path: 'test-results/screenshots/overlay-added-person.png' });
  await page.keyboard.press('Escape');

  // A built-in person keeps its sources, and shows the site's note.
  await widget.locator('.hsw-card', { hasText: 'Nick Nelson' }).getByRole('button', { name: 'Nick Nelson' }).click();
  await expect(dialog).toContainText('Our note about Nick, with a comma.');
  await expect(dialog.getByRole('heading', { name: 'Sources' })).toHaveCount(1);
  await expectNoAxeViolations(page, "a built-in person's details with the site's note", ['#sheet']);
});

test('an added person is hidden from a reader who has not watched that far', async ({ page }) => {
  await page.goto('__test__/overlay.html');
  const sheet = page.locator('#sheet');
  const watched = page.locator('#watched');
  await expect(sheet.locator('.hsw-card')).toHaveCount(BUILT_IN + 1);
  await expect(watched.locator('.hsw-notice')).toContainText('nick-nelsn');
  await settled(page);
  await expect(watched.locator('.hsw-card', { hasText: 'Zara Late' })).toHaveCount(0);
  await expect(watched).not.toContainText('Zara Late');
  // The reader's own choice shows them once they have watched season 3.
  await watched.getByLabel(/Watched up to/).selectOption('3');
  await expect(watched.locator('.hsw-card', { hasText: 'Zara Late' })).toHaveCount(1);
});

test('pictures from the sheet take their reserved box: nothing moves when they load', async ({ page }) => {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route(PICTURE, async (route) => { await gate; await route.continue(); });
  await page.goto('__test__/overlay.html');
  const widget = page.locator('#sheet');
  await expect(widget.locator('.hsw-card')).toHaveCount(BUILT_IN + 1);
  await settled(page);
  const imgs = widget.locator('.hsw-card img.hsw-photo');
  await expect(imgs).toHaveCount(3);
  const before = await cardBoxes(widget);
  release();
  // Nick's card is in the first screen (the others are lazy until near it).
  await page.waitForFunction(() => {
    const img = document.querySelector('#sheet').shadowRoot.querySelector('.hsw-card img.hsw-photo');
    return img?.complete && img.naturalWidth > 0;
  });
  expect(await cardBoxes(widget)).toEqual(before);
});

test('a sheet that cannot be fetched is said in the reader\'s language; the built-in data shows', async ({ page }) => {
  await page.goto('__test__/overlay.html');
  const widget = page.locator('#missing');
  const notice = widget.locator('.hsw-notice');
  await expect(notice).toContainText(/Votre feuille no-such-sheet\.csv n’a pas pu être utilisée\s:/);
  await expect(notice).toContainText('404');
  await expect(widget.locator('.hsw-card')).toHaveCount(BUILT_IN);
  await expectNoAxeViolations(page, 'a missing sheet', ['#missing']);
});

// A host page's own script changes the sheet, then takes it away, on a
// phone-speed CPU: each time the widget shows what the attribute names now,
// and what the reader chose (a school) stays chosen.
test('a host script that changes or removes the sheet keeps the reader\'s filter, at 4x CPU', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto('__test__/overlay.html');
  const widget = page.locator('#sheet');
  await expect(widget.locator('.hsw-card', { hasText: 'Zara Late' })).toHaveCount(1);
  await settled(page);
  await widget.getByRole('button', { name: /^(✓ )?Higgs\b/ }).click();
  const higgs = widget.getByRole('button', { name: /^(✓ )?Higgs\b/ });
  await expect(higgs).toHaveAttribute('aria-pressed', 'true');
  await expect(widget.locator('.hsw-card', { hasText: 'Zara Late' })).toHaveCount(1);
  const status = widget.locator('.hsw-status');
  await expect(status).toContainText(`of ${BUILT_IN + 1} cast members`);
  const withSheet = Number((await status.textContent()).match(/(\d+) of/)[1]);

  // Another sheet: its own problems, not the first sheet's.
  await page.evaluate(() => document.querySelector('#sheet').setAttribute('overlay', 'no-such-sheet.csv'));
  await expect(widget.locator('.hsw-notice')).toContainText('no-such-sheet.csv');
  await expect(widget.locator('.hsw-notice')).not.toContainText('nick-nelsn');
  await expect(widget.locator('.hsw-card', { hasText: 'Zara Late' })).toHaveCount(0);
  await expect(higgs).toHaveAttribute('aria-pressed', 'true');

  // No sheet: the built-in data, no notice, the filter still on.
  await page.evaluate(() => document.querySelector('#sheet').removeAttribute('overlay'));
  await expect(widget.locator('.hsw-notice')).toHaveCount(0);
  await expect(higgs).toHaveAttribute('aria-pressed', 'true');
  await expect(status).toContainText(`${withSheet - 1} of ${BUILT_IN} cast members`);
  await expect(widget.locator('.hsw-card img.hsw-photo')).toHaveCount(0);

  // The sheet back: the person and the pictures again.
  await page.evaluate(() => document.querySelector('#sheet').setAttribute('overlay', 'sheet.csv'));
  await expect(widget.locator('.hsw-card', { hasText: 'Zara Late' })).toHaveCount(1);
  await expect(status).toContainText(`${withSheet} of ${BUILT_IN + 1} cast members`);
  await expect(higgs).toHaveAttribute('aria-pressed', 'true');
  await settled(page);
  await expectNoAxeViolations(page, 'Higgs, the sheet set again by the host', ['#sheet']);
  await page.screenshot({ path: 'test-results/screenshots/overlay-host-switch.png' });
});
