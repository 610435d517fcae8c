import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fails with the rule ids and the offending nodes if axe finds a violation;
 * `include` narrows the scan to some elements (e.g. one of several widgets
 * in the same state: axe takes seconds per full widget).
 */
export async function expectNoAxeViolations(page, state, include = []) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations in state "${state}"`).toEqual([]);
}

/** The character names on the cards, in order. */
export async function cardNames(page) {
  return page.locator('.hsw-card .hsw-name').allTextContents();
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
