// Spoiler-safe viewing ("watched up to"): with ?watched=1, the watched
// attribute or a reader's stored choice, nothing from a later season shows in
// any view, count, search, the live region, the host's events or the first
// paint; the control works by keyboard and is remembered only when used;
// axe in every state.
import { test, expect } from '@playwright/test';
import { cardNames, counts, expectNoAxeViolations, ready } from './helpers.mjs';

const KEY = 'heartstopper-widget:watched';
const WASM = /\/(hsw\.js|hsw_bg\.wasm)$/;

/** The built-in data, and who and what is later than `season`. */
async function later(request, season) {
  const data = await (await request.get('heartstopper.json')).json();
  const index = (id) => data.seasons.findIndex((s) => s.id === id);
  const limit = index(season);
  const hiddenPeople = data.people.filter((p) => p.appearances.every((a) => index(a.season) > limit));
  const shownPeople = data.people.length - hiddenPeople.length;
  const hiddenEvents = data.events.filter((e) => e.season && index(e.season) > limit);
  return { data, hiddenPeople, shownPeople, hiddenEvents };
}

/** Every text in the widget's shadow root (or the page), lowercased. */
const shadowText = (page) =>
  page.locator('heartstopper-widget').first().evaluate((el) => (el.shadowRoot ?? el).textContent.toLowerCase());

/** Fails if any hidden name or title is in the widget's text. */
async function expectNothingLater(page, { hiddenPeople, hiddenEvents }, state) {
  const text = await shadowText(page);
  for (const p of hiddenPeople) {
    expect(text, `${state}: ${p.character}`).not.toContain(p.character.toLowerCase());
    expect(text, `${state}: ${p.actor}`).not.toContain(p.actor.toLowerCase());
  }
  for (const e of hiddenEvents) expect(text, `${state}: event ${e.id}`).not.toContain(e.title.toLowerCase());
  expect(text, state).not.toContain('lambert');
}

test('?watched=1 hides every later person, school, event and count in the grid, timeline and search', async ({ page, request }) => {
  const s1 = await later(request, '1');
  await page.goto('?watched=1');
  await ready(page);
  const watched = page.getByLabel('Watched up to');
  await expect(watched).toHaveValue('1');
  // Grid: only people seen in season 1, counted as all there is.
  expect((await cardNames(page)).length).toBe(s1.shownPeople);
  expect(await counts(page)).toEqual({ shown: s1.shownPeople, total: s1.shownPeople });
  await expect(page.getByRole('group', { name: 'School' }).getByRole('button', { name: /Lambert/ })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Season' }).getByRole('button')).toHaveCount(1);
  await expectNothingLater(page, s1, 'both views');
  await expectNoAxeViolations(page, 'watched 1');
  await page.screenshot({ path: 'test-results/screenshots/watched-1.png', fullPage: true });

  // Timeline only: no later era, no later event.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.locator('[data-hsw-event]').first()).toBeVisible();
  await expectNothingLater(page, s1, 'timeline');
  await expectNoAxeViolations(page, 'watched 1, timeline');

  // Search for someone hidden: nothing, and no count that gives them away.
  await page.getByRole('tab', { name: 'Both' }).click();
  await page.getByLabel('Search actor or character').fill('Sahar');
  await expect(page.locator('.hsw-status')).toContainText(`0 of ${s1.shownPeople} cast members, 0 of`);
  await expect(page.locator('.hsw-status')).not.toContainText(String(s1.data.people.length));
  await expectNothingLater(page, s1, 'search');
  await expectNoAxeViolations(page, 'watched 1, search for a hidden name');
  // Nothing was stored: the reader chose nothing.
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('the control works by keyboard, is remembered per site, and wins over the link', async ({ page, request }) => {
  const s2 = await later(request, '2');
  await page.goto('./');
  await ready(page);
  const watched = page.getByLabel('Watched up to');
  await expect(watched).toHaveValue('all');
  // Tab reaches it (the first control of the widget).
  await page.locator('body').focus();
  for (let i = 0; i < 10 && !(await watched.evaluate((el) => el.getRootNode().activeElement === el)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(watched).toBeFocused();
  await page.keyboard.press('ArrowDown'); // Season 1
  await page.keyboard.press('ArrowDown'); // Season 2
  await expect(watched).toHaveValue('2');
  await expect(page).toHaveURL(/watched=2/);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('2');
  await expectNothingLater(page, s2, 'watched 2');
  expect(await counts(page)).toEqual({ shown: s2.shownPeople, total: s2.shownPeople });
  await expectNoAxeViolations(page, 'watched 2, by keyboard');

  // A link that says otherwise: the reader's own choice wins.
  await page.goto('?watched=film');
  await ready(page);
  await expect(watched).toHaveValue('2');
  // "Show everything" is a choice too, and is remembered.
  await watched.focus();
  await page.keyboard.press('Home');
  await expect(watched).toHaveValue('all');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('all');
  expect((await counts(page)).total).toBe(s2.data.people.length);
});

test('a deep link to a hidden person says so plainly and offers to show it', async ({ page }) => {
  await page.goto('?watched=1&person=geoff');
  await ready(page);
  const notice = page.locator('.hsw-hidden');
  await expect(notice).toContainText('Hidden: this link shows something from Season 3, after what you have watched.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await shadowText(page)).not.toContain('geoff');
  await expectNoAxeViolations(page, 'hidden deep link');
  await page.screenshot({ path: 'test-results/screenshots/watched-hidden-link.png', fullPage: true });
  // By keyboard: Tab to "Show anyway", Enter.
  const show = page.getByRole('button', { name: 'Show anyway' });
  await show.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Eddie Marsan');
  await expect(page.getByLabel('Watched up to')).toHaveValue('3');
  // Not remembered: only the menu stores a choice.
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await expectNoAxeViolations(page, 'hidden deep link, shown anyway');
  await page.keyboard.press('Escape');

  // "Keep hidden" drops the selection.
  await page.goto('?watched=1&event=season-3-premiere');
  await ready(page);
  await page.getByRole('button', { name: 'Keep hidden' }).click();
  await expect(page.locator('.hsw-hidden')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
});

test('the host hears only what shows: heartstopper-change carries watched and safe counts', async ({ page, request }) => {
  const s1 = await later(request, '1');
  await page.addInitScript(() => {
    window.changes = [];
    document.addEventListener('heartstopper-change', (e) => window.changes.push(e.detail));
  });
  await page.goto('__test__/host-watched.html');
  const widget = page.locator('heartstopper-widget');
  await widget.locator('.hsw-card').first().hover();
  await page.waitForFunction(() => performance.getEntriesByName('hsw:rendered').length > 0);
  await widget.getByLabel('Search actor or character').fill('geoff');
  await page.waitForFunction(() => window.changes.some((d) => d.q === 'geoff'));
  const last = await page.evaluate(() => window.changes.at(-1));
  expect(last).toMatchObject({ q: 'geoff', watched: '1', shown: 0, person: null, event: null });
  await widget.getByLabel('Search actor or character').fill('');
  await page.waitForFunction(() => window.changes.at(-1).q === '');
  expect(await page.evaluate(() => window.changes.at(-1).shown)).toBe(s1.shownPeople);
  // The live region says the same.
  await expect(widget.locator('.hsw-status')).toContainText(`${s1.shownPeople} of ${s1.shownPeople} cast members`);
  await expectNothingLater(page, s1, 'host page');
  await expectNoAxeViolations(page, 'host page with watched="1"');
});

test('the first paint is never the spoilery one', async ({ page, request }) => {
  const s1 = await later(request, '1');
  // The wasm held back for good: what shows is the first paint only.
  await page.route(WASM, () => new Promise(() => {}));
  // An embedded widget with watched="1": its own pre-rendered first paint.
  await page.goto('__test__/host-watched.html');
  const widget = page.locator('heartstopper-widget');
  await expect(widget.locator('.hsw-card').first()).toBeVisible();
  expect(await widget.locator('.hsw-card').count()).toBe(s1.shownPeople);
  await expect(widget.getByLabel('Watched up to')).toHaveValue('1');
  await expectNothingLater(page, s1, 'embedded first paint');
  await expectNoAxeViolations(page, 'first paint, watched 1');
  await page.screenshot({ path: 'test-results/screenshots/first-paint-watched-1.png', fullPage: true });

  // The standalone page, whose HTML holds the unfiltered first paint, with
  // ?watched=1: hidden before it paints, then emptied.
  await page.goto('?watched=1');
  await page.waitForTimeout(300);
  const visible = await page.locator('heartstopper-widget').evaluate((el) => ({
    hidden: getComputedStyle(el).visibility === 'hidden',
    text: (el.shadowRoot?.textContent ?? '').toLowerCase(),
  }));
  for (const p of s1.hiddenPeople) {
    expect(visible.hidden || !visible.text.includes(p.character.toLowerCase()), p.character).toBe(true);
  }
  expect(visible.text).not.toContain('sahar zahid');

  // The standalone page with a stored choice and a plain address: the
  // watched first paint replaces the built-in one.
  await page.addInitScript((key) => localStorage.setItem(key, '1'), KEY);
  await page.goto('./');
  await expect(page.locator('heartstopper-widget .hsw-card').first()).toBeVisible();
  await expect(page.locator('heartstopper-widget')).toHaveCSS('visibility', 'visible');
  expect(await page.locator('heartstopper-widget .hsw-card').count()).toBe(s1.shownPeople);
  await expectNothingLater(page, s1, 'standalone first paint, stored choice');
});

test('a choice made in one widget reaches the page\'s other widgets, and the site\'s other tabs', async ({ page, context, request }) => {
  const s1 = await later(request, '1');
  await page.goto('__test__/hostile.html');
  const other = await context.newPage();
  await other.goto('./');
  await ready(other);
  await ready(page);
  const one = page.locator('#one');
  const two = page.locator('#two');
  await expect(two.locator('.hsw-era-title', { hasText: 'Season 3' })).toBeVisible();
  await one.getByLabel('Watched up to').selectOption('1');
  // The other widget on the page: season 3 (its attribute) is now hidden,
  // and nothing later shows.
  await expect(two.getByLabel('Watched up to')).toHaveValue('1');
  await expect(two.locator('.hsw-era-title', { hasText: 'Season 3' })).toHaveCount(0);
  const text = (await two.evaluate((el) => el.shadowRoot.textContent)).toLowerCase();
  for (const e of s1.hiddenEvents) expect(text, `event ${e.id}`).not.toContain(e.title.toLowerCase());
  expect(text).not.toContain('lambert');
  // Another tab of the site follows too (the storage event).
  await expect(other.getByLabel('Watched up to')).toHaveValue('1');
  expect(await counts(other)).toEqual({ shown: s1.shownPeople, total: s1.shownPeople });
  await expectNothingLater(other, s1, 'another tab');
  await expectNoAxeViolations(page, 'two widgets, watched 1 chosen in one');
});
