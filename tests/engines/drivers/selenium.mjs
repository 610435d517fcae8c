// WebKitGTK (the engine family of Safari) with selenium-webdriver, through
// WebKitWebDriver driving MiniBrowser under Xvfb. MiniBrowser has no
// headless mode; the driver takes one session and one command at a time.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, Key, Origin } from 'selenium-webdriver';
import { expression } from '../page-lib.mjs';

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const KEYS = {
  Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, Shift: Key.SHIFT, Space: Key.SPACE, ' ': Key.SPACE,
  Home: Key.HOME, End: Key.END, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT,
  ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN,
};

const freePort = () => new Promise((resolve, reject) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  s.on('error', reject);
});

async function waitForDriver(url, child, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('WebKitWebDriver did not start');
}

/** Starts WebKitWebDriver (under xvfb-run) and a MiniBrowser session; returns the journeys' driver. */
export async function open(engine, { base, dark = false, width = 1280, height = 900 }) {
  const port = await freePort();
  // A screen larger than any window the journeys ask for (Xvfb's default is 640x480).
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'], detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-2000); });
  const stop = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } };
  const server = `http://127.0.0.1:${port}`;
  let driver;
  try {
    await waitForDriver(server, child);
    driver = await new Builder()
      .usingServer(server) // so Selenium Manager never looks for a driver to download
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...(dark ? ['--dark-mode'] : [])] },
      })
      .build();
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  } catch (e) {
    stop();
    throw new Error(`${e.message}\n${stderr}`);
  }
  const evaluate = (fn, ...args) => driver.executeScript(`return ${expression(fn, args)}`);
  const setSize = async (w, h) => {
    // The window is larger than its viewport by the browser's own frame.
    await driver.manage().window().setRect({ width: w, height: h });
    const inner = await evaluate(() => ({ w: innerWidth, h: innerHeight }));
    await driver.manage().window().setRect({ width: 2 * w - inner.w, height: 2 * h - inner.h });
  };
  await setSize(width, height);
  return {
    engine,
    pageErrors: [],
    goto: (path) => driver.get(new URL(path, base).href),
    evaluate,
    clickAt: (x, y) => driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).click().perform(),
    async press(key) {
      const keys = key.split('+').map((k) => KEYS[k] ?? k);
      let actions = driver.actions();
      for (const k of keys.slice(0, -1)) actions = actions.keyDown(k);
      actions = actions.keyDown(keys.at(-1)).keyUp(keys.at(-1));
      for (const k of keys.slice(0, -1).reverse()) actions = actions.keyUp(k);
      await actions.perform();
    },
    type: (text) => driver.actions().sendKeys(text).perform(),
    back: () => evaluate(() => history.back()),
    forward: () => evaluate(() => history.forward()),
    setSize,
    async close() {
      try { await driver.quit(); } finally { stop(); }
    },
  };
}
