import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Renders every widget's cards and events, also those far from the viewport
 * (content-visibility: auto skips them until they come near it), and returns
 * a function that undoes it. Axe's contrast check finds the colours behind a
 * text by hit-testing, and a full-page screenshot paints, neither of which
 * skipped content takes part in. A constructed style sheet: the test pages'
 * CSP blocks inline styles.
 */
export async function showAll(page) {
  await page.evaluate(async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.hsw-card, .hsw-event { content-visibility: visible !important; }');
    window.hswShowAll = sheet;
    const running = new Set(document.getAnimations());
    for (const el of document.querySelectorAll('heartstopper-widget')) {
      if (!el.shadowRoot) continue;
      el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
      // Content that was skipped kept its old style: shown now, it starts
      // the transitions it missed (a button's background after a theme
      // change, 120 ms). The scan waits for them, as a reader's eye would.
      for (const node of el.shadowRoot.querySelectorAll('.hsw-card, .hsw-card *, .hsw-event, .hsw-event *')) getComputedStyle(node).backgroundColor;
      for (const a of el.shadowRoot.getAnimations()) running.add(a);
    }
    await Promise.all([...running].map((a) => a.finished.catch(() => {})));
  });
  return () => page.evaluate(() => {
    for (const el of document.querySelectorAll('heartstopper-widget')) {
      if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets = el.shadowRoot.adoptedStyleSheets.filter((s) => s !== window.hswShowAll);
    }
  });
}

/**
 * Fails with the rule ids and the offending nodes if axe finds a violation;
 * `include` narrows the scan to some elements (e.g. one of several widgets
 * in the same state: axe takes seconds per full widget).
 */
export async function expectNoAxeViolations(page, state, include = []) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of include) builder = builder.include(selector);
  // The scan sees every card and event as the reader does on scrolling to it.
  const shown = await showAll(page);
  const results = await builder.analyze().finally(shown);
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations in state "${state}"`).toEqual([]);
}

/** Each card's box in `widget`, in order, in whole pixels. */
export const cardBoxes = (widget) =>
  widget.locator('.hsw-card').evaluateAll((cards) => cards.map((c) => {
    const r = c.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height].map(Math.round);
  }));

/** The character names on the cards, in order. */
export async function cardNames(page) {
  await settled(page);
  return page.locator('.hsw-card .hsw-name').allTextContents();
}

/**
 * Waits until the widgets have finished what a change started: Yew finishes
 * a long render in a later task, and the long lists create a few items a
 * task (src/components/progressive.rs).
 */
export async function settled(page) {
  await page.waitForFunction(() => new Promise((done) => {
    requestAnimationFrame(() => setTimeout(() => {
      const pending = [...document.querySelectorAll('heartstopper-widget')]
        .some((el) => el.shadowRoot?.querySelector('.hsw-pending'));
      done(!pending && !document.querySelector('.hsw-pending'));
    }, 0));
  }));
}

/** Waits for the wasm to have rendered the widget (not only the pre-render). */
export async function ready(page) {
  await page.waitForFunction(() => performance.getEntriesByName('hsw:rendered').length > 0);
  await expect(page.locator('.hsw-status').first()).toBeVisible();
}

/** The "N of M" numbers of the live region. */
export async function counts(page) {
  const text = await page.locator('.hsw-status strong').textContent();
  const [, shown, total] = text.match(/(\d+) of (\d+)/);
  return { shown: Number(shown), total: Number(total) };
}
