// Embedding on fan sites: the custom element under a hostile stylesheet, two
// widgets on one page, attribute changes and removal, custom data good and
// bad, and the self-sizing iframe.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.mjs';
import Ajv2020 from 'ajv/dist/2020.js';

const names = (widget) => widget.locator('.hsw-card .hsw-name').allTextContents();

function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

test('two widgets under a hostile stylesheet: each intact, independent, and the host untouched', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('__test__/hostile.html');
  const one = page.locator('#one');
  const two = page.locator('#two');
  await expect(one.locator('.hsw-status')).toBeVisible();
  await expect(two.locator('.hsw-timeline')).toBeVisible();
  expect(await names(one)).toEqual(['Elle Argent', 'Tara Jones', 'Darcy Olsson']);
  await expect(two.locator('.hsw-era-title')).toHaveText(['Season 3']);
  // The host's rules do not reach in: sizes come from the reader's default,
  // not from `html { font-size: 62.5% }` or the body's 10px.
  const size = await one.locator('.hsw-option').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(15);
  const display = await one.locator('.hsw-grid').evaluate((el) => getComputedStyle(el).display);
  expect(display).toBe('grid');
  // ...and the widget's rules do not leak out.
  await expect(page.locator('.host-div')).toBeHidden();
  await expect(page.locator('body')).toHaveCSS('color', 'rgb(221, 0, 0)');
  // Its own theme per widget.
  await expect(two.locator('section.hsw')).toHaveCSS('color-scheme', 'dark');

  // A click in one widget leaves the other alone.
  await one.getByRole('button', { name: /^Season 2\b/ }).click();
  await expect(one.locator('.hsw-status')).toContainText('Season 1, Season 2, Higgs');
  await expect(two.locator('.hsw-era-title')).toHaveText(['Season 3']);
  // Keys in one widget's timeline stay in that widget.
  const events = two.locator('[data-hsw-event]');
  await events.first().focus();
  await page.keyboard.press('End');
  await expect(events.last()).toBeFocused();
  await expect(one.locator('[role=tab][aria-selected=true]')).toHaveText('Cast');
  // No state leaks into the page's address bar without sync-url.
  await expect(page).toHaveURL(/hostile\.html$/);
  await expectNoAxeViolations(page, 'hostile host, two widgets');
  await page.screenshot({ path: 'test-results/screenshots/hostile-two-widgets.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('the host hears changes, attributes update the widget, removal tears it down', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('__test__/hostile.html');
  const one = page.locator('#one');
  await expect(one.locator('.hsw-status')).toBeVisible();
  // The host hears a running widget: wait for both to have taken over from
  // their first paint.
  await page.waitForFunction(() => performance.getEntriesByName('hsw:rendered').length >= 2);
  await page.evaluate(() => {
    window.heard = [];
    for (const name of ['heartstopper-change', 'heartstopper-select']) {
      document.getElementById('one').addEventListener(name, (e) => window.heard.push({ name, detail: e.detail }));
    }
  });
  await one.getByRole('button', { name: /^Lambert\b/ }).click({ force: true });
  await one.getByRole('button', { name: /^(✓ )?Higgs\b/ }).click();
  await one.getByRole('button', { name: 'Elle Argent', exact: true }).click();
  const heard = await page.evaluate(() => window.heard);
  const changes = heard.filter((h) => h.name === 'heartstopper-change');
  expect(changes.at(-1).detail).toMatchObject({ season: ['1'], school: [], person: 'elle-argent', view: 'grid' });
  expect(heard.filter((h) => h.name === 'heartstopper-select').at(-1).detail).toEqual({ person: 'elle-argent', event: null });
  await page.keyboard.press('Escape');

  // Changing an attribute updates the widget.
  await page.evaluate(() => document.getElementById('one').setAttribute('season', '3'));
  await page.evaluate(() => document.getElementById('one').setAttribute('school', 'lambert'));
  await expect.poll(() => names(one)).toEqual(['Elle Argent', 'Naomi', 'Felix']);
  await page.evaluate(() => document.getElementById('one').setAttribute('view', 'timeline'));
  await expect(one.locator('.hsw-timeline')).toBeVisible();

  // Removing the element tears it down; putting it back starts it again.
  const globalsBefore = await page.evaluate(() => {
    window.kept = null;
    return Object.keys(window).length;
  });
  await page.evaluate(() => {
    const el = document.getElementById('one');
    window.kept = el;
    el.remove();
  });
  await expect(page.locator('#one')).toHaveCount(0);
  await page.evaluate(() => document.body.append(window.kept));
  await expect(page.locator('#one .hsw-status')).toBeVisible();
  const globalsAfter = await page.evaluate(() => Object.keys(window).length);
  expect(globalsAfter).toBe(globalsBefore);
  expect(await page.evaluate(() => typeof customElements.get('heartstopper-widget'))).toBe('function');
  expect(errors).toEqual([]);
});

test('custom data: a good file is shown; bad ones say what is wrong and show the built-in data', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('__test__/data.html');
  const good = page.locator('#good');
  await expect.poll(() => names(good)).toEqual(['Nick Nelson', 'Charlie Spring', 'Elle Argent', 'Tao Xu']);
  await expect(good.locator('.hsw-notice')).toHaveCount(0);

  const cases = {
    missing: /no-such-file\.json answered HTTP 404/,
    shape: /at people\[1\]: missing field `actor`/,
    dangling: /people\[2\] "elle-argent", field `appearances\[0\]\.school`: unknown school "hogwarts"/,
    mime: /not-json\.txt is not JSON \(its type is "text\/plain/,
    syntax: /inline data: the data is not valid JSON/,
  };
  for (const [id, message] of Object.entries(cases)) {
    const widget = page.locator(`#${id}`);
    await expect(widget.locator('.hsw-notice')).toHaveText(message);
    await expect(widget.locator('.hsw-notice')).toContainText('Showing the built-in data instead.');
    // The built-in data, whole.
    await expect(widget.locator('.hsw-status')).toContainText('33 of 33 cast members');
  }
  // Each state once: the custom data, and a notice over the built-in data
  // (the other four widgets are the same markup with another message).
  await expectNoAxeViolations(page, 'custom data', ['#good', '#missing']);
  await page.screenshot({ path: 'test-results/screenshots/custom-data.png' });
  expect(errors).toEqual([]);
});

test('the iframe embed sizes itself to its content, with no inner scroll bar', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto('__test__/frame.html');
  const frame = page.locator('iframe[data-heartstopper]');
  const inner = page.frameLocator('iframe[data-heartstopper]');
  await expect(inner.locator('.hsw-status')).toBeVisible();
  const fits = async () => {
    const handle = await frame.elementHandle();
    const content = await handle.contentFrame();
    const { scroll, client } = await content.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    const box = await frame.boundingBox();
    return Math.abs(box.height - scroll) <= 2 && scroll <= client + 1;
  };
  await expect.poll(fits).toBe(true);
  const before = (await frame.boundingBox()).height;
  // Fewer cards: the frame shrinks with them.
  await inner.getByRole('button', { name: /^Higgs\b/ }).click();
  await expect.poll(async () => (await frame.boundingBox()).height).toBeLessThan(before - 100);
  await expect.poll(fits).toBe(true);
  // The frame reads its state from its own URL and keeps it there.
  await expect(inner.locator('.hsw-status')).toContainText('Season 2, Higgs');
  await expectNoAxeViolations(page, 'iframe host');
  await page.screenshot({ path: 'test-results/screenshots/iframe.png', fullPage: true });
});

test('the demo page shows every embedding mode without an error', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('demo.html');
  await expect(page.locator('heartstopper-widget')).toHaveCount(7);
  await expect(page.locator('#own-widget .hsw-card img.hsw-photo')).toHaveCount(4);
  // The sheet's pictures over the built-in season 1 cast, and no problem.
  await page.locator('#sheet-widget').scrollIntoViewIfNeeded();
  await expect(page.locator('#sheet-widget .hsw-card img.hsw-photo')).toHaveCount(2);
  await expect(page.locator('#sheet-widget .hsw-notice')).toHaveCount(0);
  await expect(page.locator('#watched-widget .hsw-card')).not.toHaveCount(0);
  await expect(page.locator('#inline-widget .hsw-card')).toHaveCount(2);
  await expect(page.locator('#broken-widget .hsw-notice')).toContainText('HTTP 404');
  await page.locator('#attrs-widget').getByRole('tab', { name: 'Cast' }).click();
  await expect(page.locator('#events')).toContainText('heartstopper-change');
  expect(errors).toEqual([]);
});

test('dist ships the data and its JSON Schema, and the data follows the schema', async ({ request }) => {
  const data = await (await request.get('heartstopper.json')).json();
  expect(data.people.length).toBeGreaterThan(30);
  expect(data.people[0]).toMatchObject({ id: 'nick-nelson', actor: 'Kit Connor' });
  const schema = await (await request.get('heartstopper.schema.json')).json();
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  const demo = await (await request.get('demo-data.json')).json();
  expect(validate(demo), JSON.stringify(validate.errors)).toBe(true);
  // And the schema catches what the widget would refuse.
  const bad = structuredClone(data);
  bad.people[0].role = 'wizard';
  bad.events[0].date = '2023-13-01';
  bad.sources[0].url = 'javascript:alert(1)';
  expect(validate(bad)).toBe(false);
  expect(validate.errors.map((e) => e.instancePath).sort()).toEqual(['/events/0/date', '/people/0/role', '/sources/0/url']);
});

test('the pages carry no inline script (Trunk\'s loader is removed at build time)', async ({ request }) => {
  for (const page of ['index.html', 'embed.html', 'demo.html']) {
    const html = await (await request.get(page)).text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .filter((m) => !/type="application\/json"/.test(m[0]));
    expect(inline.map((m) => m[0].slice(0, 80)), page).toEqual([]);
  }
});

// The iframe page's own URL: how the widget looks and what it speaks become
// its attributes (the list the build writes from src/params.rs); the state
// (season) is read from the URL by the widget and never set as an attribute.
test('the iframe page hands its URL\'s theme and language to its widget, and keeps state in the URL', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('embed.html?theme=dark&lang=fr&season=2');
  const widget = page.locator('heartstopper-widget');
  await expect(widget).toHaveAttribute('theme', 'dark');
  await expect(widget).toHaveAttribute('lang', 'fr');
  expect(await widget.getAttribute('season')).toBeNull();
  await expect(widget.locator('section.hsw')).toHaveCSS('color-scheme', 'dark');
  await expect(widget.getByRole('button', { name: /^(✓ )?Saison 2\b/ })).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page, 'the iframe page, dark, in French, season 2');
  expect(errors).toEqual([]);
});
