// Firefox ESR over WebDriver BiDi, and Chromium over CDP, with puppeteer-core
// (never a browser download: PUPPETEER_SKIP_DOWNLOAD=1, Debian's browsers).
import puppeteer from 'puppeteer-core';
import { expression } from '../page-lib.mjs';

const BROWSERS = {
  firefox: (dark) => ({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    // Firefox's own switch for the scheme pages see (0 = dark, 1 = light).
    extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1 },
  }),
  chromium: (dark) => ({
    browser: 'chrome',
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', ...(dark ? ['--force-dark-mode'] : []),
    ],
  }),
};

/** Starts `engine` ('firefox' or 'chromium') and returns the journeys' driver. */
export async function open(engine, { base, dark = false, width = 1280, height = 900 }) {
  const browser = await puppeteer.launch({ ...BROWSERS[engine](dark), headless: true, defaultViewport: { width, height } });
  // A page of our own: Firefox's first tab never has the focus (document.hasFocus()
  // is false there), and then Enter and Space do not activate buttons.
  const [first] = await browser.pages();
  const page = await browser.newPage();
  await first?.close();
  await page.setViewport({ width, height });
  if (dark && engine === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  // What the page throws, from the browser itself (the guard script sees it too).
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e?.message ?? e)));
  const evaluate = (fn, ...args) => page.evaluate(expression(fn, args));
  return {
    engine,
    pageErrors,
    goto: async (path) => { await page.goto(new URL(path, base).href, { waitUntil: 'load' }); },
    evaluate,
    clickAt: (x, y) => page.mouse.click(x, y),
    async press(key) {
      const keys = key.split('+').map((k) => (k === 'Space' ? ' ' : k));
      for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
      await page.keyboard.press(keys.at(-1));
      for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
    },
    type: (text) => page.keyboard.type(text),
    back: () => evaluate(() => history.back()),
    forward: () => evaluate(() => history.forward()),
    setSize: (w, h) => page.setViewport({ width: w, height: h }),
    close: () => browser.close(),
  };
}
