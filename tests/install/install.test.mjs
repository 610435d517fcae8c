// The install guide (docs/install.md), followed word for word on real hosts.
// Every snippet a reader copies (commands, the two lines, shortcodes,
// configs) is read from docs/install.md itself, from the fenced block after an
// `<!-- install:NAME -->` comment, so the guide and these tests cannot
// drift apart:
//   - the release zip, unzipped with the guide's `unzip -d` command, on a
//     static server, with the guide's two lines in a fan page;
//   - WordPress (Debian's, on its own MariaDB and PHP's built-in server,
//     started here): the zip uploaded as the guide says, an administrator's
//     post with the Custom HTML block, an Author's (WordPress removes the
//     script and the iframe), and the plugin's shortcode in an Author's post;
//     under Twenty Twenty-Three and under a theme whose CSS is hostile;
//   - Hugo and Eleventy: each built with the guide's shortcodes, the two
//     lines and the pre-rendered include (readFile), which must move nothing
//     on load (CLS 0 in Chromium);
//   - a Vue 3 + Vite app on the npm tarball, with the guide's vite.config.js
//     (isCustomElement) and App.vue (`:season`, `@heartstopper-change`).
// Pages are checked in Debian's Chromium: the widget started (the wasm
// rendered it), its attributes took effect, and nothing failed to load.
//
//   node --test --test-reporter=spec install.test.mjs
//
// Environment: HSW_ZIP and HSW_TARBALL test those artifacts; HSW_REUSE_DIST=1
// packages the dist/ already built (scripts/release.sh --no-build) instead of
// building; HSW_KEEP_WORK=1 keeps the sites in tests/install/.work/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const T = { timeout: 120_000 };
const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');
const bin = join(here, 'node_modules/.bin');
const guide = await readFile(join(root, 'docs/install.md'), 'utf8');
const version = (await readFile(join(root, 'Cargo.toml'), 'utf8')).match(/^version = "(.+)"/m)[1];

let work;
let zip;
let tarball;
let browser;
const stops = [];
const timings = [];

/** The fenced code block right after `<!-- install:NAME -->` in the guide. */
function snippet(name) {
  const m = guide.match(new RegExp(`<!-- install:${name} -->\\n+\`\`\`[\\w-]*\\n([\\s\\S]*?)\\n\`\`\`\\n`));
  assert.ok(m, `docs/install.md has a code block marked <!-- install:${name} -->`);
  return m[1];
}

/** Times an async step, for the report at the end. */
async function timed(label, fn) {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings.push([label, (performance.now() - start) / 1000]);
  }
}

function run(cmd, args, options = {}) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { ...options, env: { ...process.env, ...options.env } });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out }));
  });
}

async function must(cmd, args, options) {
  const result = await run(cmd, args, options);
  if (result.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${result.code}):\n${result.out}`);
  return result.out;
}

/**
 * Runs one of the guide's `unzip <zip> -d <folder>` commands as written, in
 * `dir`, with the release zip there under the name the guide gives it.
 */
async function unzipAsWritten(name, dir) {
  const command = snippet(name).trim();
  // (`unzip -d` makes only the last folder of the path.)
  const m = command.match(/^(?:mkdir -p \S+\n)?unzip (\S+\.zip) -d (\S+)$/);
  assert.ok(m, `the guide's ${name} is one unzip -d command (after a mkdir -p): ${command}`);
  assert.equal(m[1], `heartstopper-widget-${version}.zip`, 'the guide names this release\'s zip');
  await mkdir(dir, { recursive: true });
  await cp(zip, join(dir, m[1]));
  await must('sh', ['-c', command], { cwd: dir });
  await rm(join(dir, m[1]));
  return join(dir, m[2]);
}

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitFor(url, what) {
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${what} did not start`);
}

/**
 * A child process, in a process group of its own, stopped with all its
 * children (PHP's server workers) when the tests end.
 */
function start(cmd, args, options = {}) {
  const child = spawn(cmd, args, {
    stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options, env: { ...process.env, ...options.env },
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  child.log = () => out;
  const exited = new Promise((done) => child.on('exit', done));
  stops.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Gone already.
      }
    }
    // MariaDB shuts down cleanly in a moment; never wait for long.
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  });
  return child;
}

/** `dir` on a static server (tests/e2e/serve.mjs: strict CSP, application/wasm). */
async function serve(dir) {
  const port = await freePort();
  start('node', [join(root, 'tests/e2e/serve.mjs'), dir, String(port)]);
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}/`, 'the static server');
  return origin;
}

/** A page, with everything it did wrong collected. */
async function open(url, { width = 1280, height = 900, allow = [] } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const problems = [];
  const { origin } = new URL(url);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(`console: ${msg.text()}`);
    // Vue's "Failed to resolve component" and the like.
    if (msg.type() === 'warning' && /heartstopper/i.test(msg.text())) problems.push(`console warning: ${msg.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    if (![origin, ...allow].some((o) => request.url().startsWith(o))) problems.push(`outside request: ${request.url()}`);
  });
  // Every layout shift from the start, for CLS.
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  page.problems = problems;
  await page.goto(url);
  return { page, problems };
}

/** Waits until the wasm has rendered the page's widget live. */
async function rendered(page) {
  try {
    await page.waitForFunction(() => performance.getEntriesByName('hsw:rendered').length >= 1
      && document.querySelector('heartstopper-widget')?.shadowRoot?.querySelector('.hsw [part~="card"], .hsw [part~="event"]'),
    null, { timeout: 30_000 });
  } catch (error) {
    throw new Error(`the widget did not start: ${[...page.problems, error.message].join('; ')}`);
  }
}

/** What the live widget shows: the pressed buttons, cards, events, theme, box. */
function state(page) {
  return page.evaluate(() => {
    const el = document.querySelector('heartstopper-widget');
    const root = el.shadowRoot;
    const hsw = root.querySelector('.hsw');
    const card = root.querySelector('[part~="card"]');
    const box = el.getBoundingClientRect();
    const style = card && getComputedStyle(card);
    return {
      pressed: [...root.querySelectorAll('[aria-pressed="true"], [aria-selected="true"]')].map((b) => b.textContent.trim()),
      cards: root.querySelectorAll('[part~="card"]').length,
      events: root.querySelectorAll('[part~="event"]').length,
      timeline: !!root.querySelector('[part~="timeline"]'),
      // The theme as painted: theme="light" gives a light colour scheme.
      theme: hsw ? getComputedStyle(hsw).colorScheme : null,
      width: Math.round(box.width),
      height: Math.round(box.height),
      card: style && {
        width: Math.round(card.getBoundingClientRect().width),
        font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize}/${style.lineHeight} ${style.fontFamily}`,
        text: `${style.textTransform} ${style.letterSpacing} ${style.wordSpacing} ${style.textAlign} ${style.whiteSpace} ${style.textIndent}`,
        color: style.color,
        display: style.display,
      },
    };
  });
}

/** The page's cumulative layout shift so far. */
const cls = (page) => page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));

/** Season 2 is pressed among the widget's filters. */
function assertSeason2(s) {
  // (A season button says "Season 2" and, after it, how many it shows.)
  assert.ok(s.pressed.some((t) => t.startsWith('Season 2')), `season 2 is pressed: ${JSON.stringify(s.pressed)}`);
}

before(async () => {
  await timed('release artifacts (scripts/release.sh)', async () => {
    if (process.env.HSW_ZIP && process.env.HSW_TARBALL) {
      zip = resolve(process.env.HSW_ZIP);
      tarball = resolve(process.env.HSW_TARBALL);
    } else {
      const args = process.env.HSW_REUSE_DIST ? ['--no-build'] : [];
      const out = await must(join(root, 'scripts/release.sh'), args, { cwd: root });
      zip = out.match(/^zip: (.+\.zip)$/m)?.[1];
      tarball = out.match(/^npm: (.+\.tgz)$/m)?.[1];
      assert.ok(zip && tarball, `release.sh printed no artifact paths:\n${out}`);
    }
  });
  await mkdir(join(here, '.work'), { recursive: true });
  work = await mkdtemp(join(here, '.work', 'run-'));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
}, { timeout: 900_000 });

after(async () => {
  await browser?.close();
  for (const stop of stops.reverse()) await stop();
  if (work && !process.env.HSW_KEEP_WORK) await rm(work, { recursive: true, force: true });
  console.log('\ntimings (s):');
  for (const [label, s] of timings) console.log(`  ${s.toFixed(1).padStart(6)}  ${label}`);
});

describe('the zip, on your own server', () => {
  test('has no top folder and holds what the guide lists', T, async () => {
    const list = (await must('unzip', ['-Z1', zip])).trim().split('\n');
    assert.equal(basename(zip), `heartstopper-widget-${version}.zip`);
    for (const file of ['heartstopper-widget.js', 'hsw.js', 'hsw_bg.wasm', 'widget.css', 'index.html', 'embed.html',
      'demo.html', 'heartstopper.json', 'heartstopper.schema.json', 'LICENSE', 'CHANGELOG.md', 'README.md',
      'heartstopper-wordpress.php', 'first-paint/en/default.html', 'sheet/our-cast.csv', 'builder.html']) {
      assert.ok(list.includes(file), `${file} is at the top of the zip`);
    }
    assert.ok(!list.some((f) => f.startsWith('heartstopper-widget-')), 'no top folder');
  });

  test('unzipped as written, the two lines show the widget on a fan page', T, async () => {
    await timed('zip: unzip, serve, check in Chromium', async () => {
      const site = join(work, 'zip-site');
      const folder = await unzipAsWritten('zip-unzip', site);
      assert.equal(folder, join(site, 'heartstopper'));
      // A page anywhere on the site: the guide's paths start at its root.
      await mkdir(join(site, 'fans'), { recursive: true });
      await writeFile(join(site, 'fans/cast.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Our cast page</title></head>
<body><h1>The cast</h1>
${snippet('zip')}
<p>More of our fan page.</p></body></html>
`);
      const origin = await serve(site);
      // A fan site as the guide sets it up has no CSP (one that has puts the
      // README's rule in its stylesheet: tests/e2e/room.spec.mjs).
      const { page, problems } = await open(`${origin}/fans/cast.html?nocsp`);
      await rendered(page);
      const s = await state(page);
      assertSeason2(s);
      assert.ok(s.cards > 5, `cards: ${s.cards}`);
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
});

describe('from npm, and from a CDN', () => {
  test('the npm package\'s two lines, in a page next to node_modules', T, async () => {
    await timed('npm: install the tarball, the page in Chromium', async () => {
      const site = join(work, 'npm-site');
      await mkdir(site, { recursive: true });
      await writeFile(join(site, 'package.json'), '{ "private": true }\n');
      await must('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: site });
      await writeFile(join(site, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>npm</title></head>
<body>${snippet('npm')}</body></html>
`);
      const origin = await serve(site);
      const { page, problems } = await open(`${origin}/index.html?nocsp`);
      await rendered(page);
      assertSeason2(await state(page));
      assert.deepEqual(problems, []);
      await page.close();
    });
  });

  test('the CDN lines, with the package served from another origin as a CDN mirrors it', T, async () => {
    await timed('CDN: the package on a second origin, the page in Chromium', async () => {
      // The package as a CDN serves it: /npm/<name>@<version>/<file>.
      const cdn = join(work, 'cdn');
      const folder = join(cdn, `npm/heartstopper-widget@${version}`);
      await mkdir(folder, { recursive: true });
      await must('tar', ['-xzf', tarball, '-C', folder, '--strip-components=1']);
      const cdnOrigin = await serve(cdn);
      const site = join(work, 'cdn-site');
      await mkdir(site, { recursive: true });
      const lines = snippet('cdn');
      assert.match(lines, /https:\/\/<cdn>\/npm\/heartstopper-widget@[\d.]+\//);
      assert.ok(lines.includes(`@${version}/`), 'the guide pins this release');
      await writeFile(join(site, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CDN</title></head>
<body>${lines.replaceAll('https://<cdn>', cdnOrigin)}</body></html>
`);
      const origin = await serve(site);
      // (The test server's strict CSP allows only its own origin: ?nocsp.)
      const { page, problems } = await open(`${origin}/index.html?nocsp`, { allow: [cdnOrigin] });
      await rendered(page);
      assertSeason2(await state(page));
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
});

describe('WordPress', () => {
  let site; // http://127.0.0.1:port
  let users;
  let content;
  let configFile;
  let config;
  const posts = {};

  // The REST API as the block editor uses it, with an application password.
  async function rest(who, method, route, body) {
    const auth = Buffer.from(`${users[who].user}:${users[who].app}`).toString('base64');
    const [path, query] = route.split('?');
    const response = await fetch(`${site}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
      method,
      headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const json = await response.json();
    assert.ok(response.ok, `${method} ${route} as ${who}: ${response.status} ${JSON.stringify(json).slice(0, 500)}`);
    return json;
  }

  // A published post, as `who` would write it in the block editor.
  async function publish(who, title, blocks) {
    const post = await rest(who, 'POST', '/wp/v2/posts', { title, content: blocks, status: 'publish' });
    const saved = await rest(who, 'GET', `/wp/v2/posts/${post.id}`);
    return { id: post.id, url: `${site}/?p=${post.id}`, saved: post.content.raw ?? saved.content.rendered };
  }

  const wp = (...args) => must('php', [join(here, 'wordpress/wp.php'), config, site, ...args]);

  before(async () => {
    await timed('WordPress: MariaDB, install, upload the zip, posts', async () => {
      const port = await freePort();
      site = `http://127.0.0.1:${port}`;
      const dir = join(work, 'wordpress');
      // The database: MariaDB of its own, on a socket only (short path).
      const db = await mkdtemp(join(tmpdir(), 'hsw-db-'));
      stops.push(() => rm(db, { recursive: true, force: true }));
      await must('mariadb-install-db', [`--datadir=${db}/data`, '--user=root', '--auth-root-authentication-method=normal',
        '--skip-test-db', '--skip-name-resolve']);
      const sock = join(db, 'sock');
      const mariadb = start('mariadbd', [`--datadir=${db}/data`, `--socket=${sock}`, '--skip-networking', '--user=root',
        `--pid-file=${db}/pid`, '--innodb-buffer-pool-size=32M', '--skip-log-bin']);
      for (let i = 0; ; i++) {
        const { code } = await run('mariadb', ['-S', sock, '-u', 'root', '-e', 'select 1']);
        if (code === 0) break;
        if (i > 200 || mariadb.exitCode !== null) throw new Error(`MariaDB did not start:\n${mariadb.log()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      await must('mariadb', ['-S', sock, '-u', 'root', '-e',
        "CREATE DATABASE wordpress; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';"]);

      // Debian's WordPress: its code in /usr/share/wordpress, configured by
      // /etc/wordpress/config-<name>.php, with a wp-content of this run's.
      content = join(dir, 'wp-content');
      for (const sub of ['plugins', 'themes', 'uploads']) await mkdir(join(content, sub), { recursive: true });
      await symlink('/usr/share/wordpress/wp-content/themes/twentytwentythree', join(content, 'themes/twentytwentythree'));
      await cp(join(here, 'wordpress/hsw-hostile'), join(content, 'themes/hsw-hostile'), { recursive: true });
      const docroot = join(dir, 'root');
      await mkdir(docroot);
      for (const entry of await readdir('/usr/share/wordpress')) {
        if (entry !== 'wp-content') await symlink(join('/usr/share/wordpress', entry), join(docroot, entry));
      }
      await symlink(content, join(docroot, 'wp-content'));
      config = `hsw-install-${port}`;
      configFile = `/etc/wordpress/config-${config}.php`;
      stops.push(() => rm(configFile, { force: true }));
      const salt = () => randomBytes(24).toString('hex');
      await writeFile(configFile, `<?php
// Written by tests/install/install.test.mjs for one run; removed after it.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${sock}');
define('WP_CONTENT_DIR', '${content}');
define('WP_HOME', '${site}');
define('WP_SITEURL', '${site}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((k) => `define('${k}', '${salt()}');`).join('\n')}
`);
      users = JSON.parse((await wp('install')).match(/^HSW: (.+)$/m)[1]);
      console.log(`# WordPress ${users.version}, PHP ${users.php}, MariaDB ${users.db}`);
      const php = start('php', ['-S', `127.0.0.1:${port}`, '-t', docroot, join(here, 'wordpress/router.php')], {
        env: { HSW_WP_CONFIG: config, PHP_CLI_SERVER_WORKERS: '4' },
      });
      await waitFor(`${site}/`, `PHP's server (${php.log()})`);

      // The guide: unzip into a folder named heartstopper, upload it into
      // wp-content/uploads/ (and, for the plugin, into wp-content/plugins/).
      const uploaded = await unzipAsWritten('zip-unzip', join(content, 'uploads'));
      assert.equal(uploaded, join(content, 'uploads/heartstopper'));
      await unzipAsWritten('zip-unzip', join(content, 'plugins'));
      await rest('admin', 'POST', '/wp/v2/plugins/heartstopper/heartstopper-wordpress', { status: 'active' });

      const block = `<!-- wp:html -->\n${snippet('wordpress')}\n<!-- /wp:html -->`;
      posts.admin = await publish('admin', 'Cast, by the administrator', block);
      // An Author's Custom HTML block: the script goes, and an iframe with it.
      posts.authorHtml = await publish('author', 'Cast, by an author, in HTML',
        `${block}\n<!-- wp:html -->\n<iframe src="/wp-content/uploads/heartstopper/embed.html?season=2" title="cast"></iframe>\n<!-- /wp:html -->`);
      posts.authorShortcode = await publish('author', 'Cast, by an author, with the shortcode',
        `<!-- wp:shortcode -->\n${snippet('wordpress-shortcode')}\n<!-- /wp:shortcode -->`);
      posts.escaped = await publish('author', 'A shortcode with other attributes',
        `<!-- wp:shortcode -->\n[heartstopper season="2" onclick="alert(1)" view='"><script>alert(2)</script>']\n<!-- /wp:shortcode -->`);
    });
  }, { timeout: 300_000 });

  test('an Author\'s Custom HTML block loses its script, element and iframe, as the guide says', T, async () => {
    const raw = await rest('author', 'GET', `/wp/v2/posts/${posts.authorHtml.id}?context=edit`);
    assert.doesNotMatch(raw.content.raw, /<script/, 'WordPress removed the script');
    assert.doesNotMatch(raw.content.raw, /<iframe/, 'WordPress removed the iframe');
    assert.doesNotMatch(raw.content.raw, /<heartstopper-widget/, 'WordPress removed the element too');
    const admin = await rest('admin', 'GET', `/wp/v2/posts/${posts.admin.id}?context=edit`);
    assert.ok(admin.content.raw.includes(snippet('wordpress')), 'the administrator\'s block is kept as written');
  });

  test('the shortcode passes on only the element\'s attributes, escaped', T, async () => {
    const html = await (await fetch(posts.escaped.url)).text();
    const tag = html.match(/<heartstopper-widget[^>]*>/)?.[0];
    assert.ok(tag, 'the shortcode became the element');
    assert.doesNotMatch(tag, /onclick/);
    assert.doesNotMatch(html, /<script>alert\(2\)/);
    assert.match(tag, /season="2"/);
  });

  for (const theme of ['twentytwentythree', 'hsw-hostile']) {
    describe(theme === 'hsw-hostile' ? 'under a theme whose CSS is hostile' : 'under Twenty Twenty-Three', () => {
      const seen = {};
      before(async () => {
        assert.equal((await wp('theme', theme)).trim(), theme);
      });

      for (const [post, who] of [['admin', 'an administrator\'s Custom HTML block'], ['authorShortcode', 'the plugin\'s shortcode in an Author\'s post']]) {
        test(`${who} shows the widget (season 2, light theme)`, T, async () => {
          await timed(`WordPress (${theme}): ${who}`, async () => {
            const { page, problems } = await open(posts[post].url);
            await rendered(page);
            const s = await state(page);
            assertSeason2(s);
            assert.equal(s.theme, 'light');
            assert.ok(s.cards > 5, `cards: ${s.cards}`);
            if (post === 'authorShortcode') {
              assert.equal(await page.locator('script[src*="heartstopper-widget.js"]').getAttribute('type'), 'module');
            }
            assert.deepEqual(problems, []);
            seen[post] = s;
            await page.close();
          });
        });
      }

      if (theme === 'hsw-hostile') {
        test('the hostile CSS changes nothing inside the widget', T, async () => {
          const { page } = await open(posts.admin.url);
          await rendered(page);
          const hostile = await state(page);
          await page.close();
          await wp('theme', 'twentytwentythree');
          const calm = await (async () => {
            const { page } = await open(posts.admin.url);
            await rendered(page);
            const s = await state(page);
            await page.close();
            return s;
          })();
          await wp('theme', 'hsw-hostile');
          assert.ok(hostile.width > 300, `the widget has room: ${hostile.width}px`);
          assert.equal(hostile.cards, calm.cards);
          assert.deepEqual(hostile.card, { ...calm.card, width: hostile.card.width },
            'a card looks the same under both themes');
        });
      }
    });
  }
});

/** A Markdown page of a fan site around one widget line: text above and below. */
const fanPage = (title, line, frontMatter = '') => `---
title: ${title}
${frontMatter}---

Our fan page about the cast. The widget is in the first screen, with text
below it that must not move.

${line}

${Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the fan page, below the widget.`).join('\n\n')}
`;

/** Opens a generated page; checks season 2 in the timeline view, and returns its CLS. */
async function checkGenerated(url, { prerendered }) {
  const { page, problems } = await open(url, { width: 1280, height: 900 });
  if (prerendered) {
    // The first paint is in the page's own HTML, before any script ran.
    const html = await (await fetch(url)).text();
    assert.match(html, /<heartstopper-widget[^>]*><template shadowrootmode="open"><link rel="stylesheet"[^>]*><div class="hsw-root">/);
    assert.match(html, /part="[^"]*timeline/, 'the included first paint is the timeline view');
  }
  await rendered(page);
  // Let the page settle after the wasm took over.
  await page.waitForTimeout(500);
  const s = await state(page);
  assertSeason2(s);
  assert.ok(s.timeline, 'the timeline view');
  const shift = await cls(page);
  assert.deepEqual(problems, []);
  await page.close();
  return shift;
}

describe('Hugo', () => {
  let origin;
  const shifts = {};
  before(async () => {
    await timed('Hugo: unzip, build', async () => {
      const dir = join(work, 'hugo');
      await unzipAsWritten('hugo-unzip', dir);
      await writeFile(join(dir, 'hugo.toml'), `baseURL = "https://fans.example/"\ntitle = "Heartstopper fans"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n`);
      await mkdir(join(dir, 'layouts/_default'), { recursive: true });
      await mkdir(join(dir, 'layouts/shortcodes'), { recursive: true });
      await mkdir(join(dir, 'content'), { recursive: true });
      await writeFile(join(dir, 'layouts/_default/single.html'),
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n<body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n');
      await writeFile(join(dir, 'layouts/index.html'), '<!doctype html><title>{{ .Title }}</title>\n');
      // The guide's shortcodes, saved where it says, and its lines in pages.
      await writeFile(join(dir, 'layouts/shortcodes/heartstopper.html'), snippet('hugo-shortcode') + '\n');
      await writeFile(join(dir, 'layouts/shortcodes/heartstopper-prerendered.html'), snippet('hugo-prerendered-shortcode') + '\n');
      assert.match(guide, /`layouts\/shortcodes\/heartstopper\.html`/);
      assert.match(guide, /`layouts\/shortcodes\/heartstopper-prerendered\.html`/);
      await writeFile(join(dir, 'content/two-lines.md'), fanPage('Two lines', snippet('hugo-use')));
      await writeFile(join(dir, 'content/prerendered.md'), fanPage('Pre-rendered', snippet('hugo-prerendered-use')));
      await must('hugo', ['--quiet'], { cwd: dir });
      origin = await serve(join(dir, 'public'));
    });
  }, { timeout: 300_000 });

  test('the shortcode with the two lines shows the widget', T, async () => {
    await timed('Hugo: two lines page in Chromium', async () => {
      shifts.lines = await checkGenerated(`${origin}/two-lines/?nocsp`, { prerendered: false });
      console.log(`# Hugo, two lines: CLS ${shifts.lines.toFixed(3)}`);
      // The two lines keep the widget's room: nothing visible moves either.
      assert.ok(shifts.lines <= 0.01, `CLS ${shifts.lines}`);
    });
  });

  test('the pre-rendered shortcode (readFile) shows it with nothing moving: CLS 0', T, async () => {
    await timed('Hugo: pre-rendered page in Chromium', async () => {
      shifts.prerendered = await checkGenerated(`${origin}/prerendered/`, { prerendered: true });
      console.log(`# Hugo, pre-rendered: CLS ${shifts.prerendered.toFixed(3)}`);
      assert.equal(shifts.prerendered, 0);
    });
  });
});

describe('Eleventy', () => {
  let origin;
  before(async () => {
    await timed('Eleventy: unzip, build', async () => {
      const dir = join(work, 'eleventy');
      await unzipAsWritten('eleventy-unzip', dir);
      // A fan site's project: its own package.json (npm's default, CommonJS).
      await writeFile(join(dir, 'package.json'), '{ "private": true }\n');
      const config = snippet('eleventy-config');
      assert.match(config, /^\/\/ eleventy\.config\.js\n/);
      await writeFile(join(dir, 'eleventy.config.js'), config + '\n');
      await mkdir(join(dir, '_includes'), { recursive: true });
      await writeFile(join(dir, '_includes/base.liquid'),
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><h1>{{ title }}</h1>{{ content }}</body></html>\n');
      await writeFile(join(dir, 'two-lines.md'), fanPage('Two lines', snippet('eleventy-use'), 'layout: base.liquid\n'));
      await writeFile(join(dir, 'prerendered.md'), fanPage('Pre-rendered', snippet('eleventy-prerendered-use'), 'layout: base.liquid\n'));
      await must(join(bin, 'eleventy'), ['--quiet'], { cwd: dir });
      origin = await serve(join(dir, '_site'));
    });
  }, { timeout: 300_000 });

  test('the shortcode with the two lines shows the widget', T, async () => {
    await timed('Eleventy: two lines page in Chromium', async () => {
      const shift = await checkGenerated(`${origin}/two-lines/?nocsp`, { prerendered: false });
      console.log(`# Eleventy, two lines: CLS ${shift.toFixed(3)}`);
      assert.ok(shift <= 0.01, `CLS ${shift}`);
    });
  });

  test('the pre-rendered shortcode (readFileSync) shows it with nothing moving: CLS 0', T, async () => {
    await timed('Eleventy: pre-rendered page in Chromium', async () => {
      const shift = await checkGenerated(`${origin}/prerendered/`, { prerendered: true });
      console.log(`# Eleventy, pre-rendered: CLS ${shift.toFixed(3)}`);
      assert.equal(shift, 0);
    });
  });
});

describe('Vue 3 + Vite, on the npm tarball', () => {
  let origin;
  before(async () => {
    await timed('Vue: npm install the tarball, vite build', async () => {
      const dir = join(work, 'vue');
      await mkdir(join(dir, 'src'), { recursive: true });
      await writeFile(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
      await writeFile(join(dir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A Vue fan app</title></head>
<body><div id="app"></div><script type="module" src="/src/main.js"></script></body></html>
`);
      await writeFile(join(dir, 'src/main.js'), "import { createApp } from 'vue';\nimport App from './App.vue';\n\ncreateApp(App).mount('#app');\n");
      const config = snippet('vue-config');
      assert.match(config, /^\/\/ vite\.config\.js\n/);
      await writeFile(join(dir, 'vite.config.js'), config + '\n');
      const app = snippet('vue-app');
      assert.match(app, /^<!-- src\/App\.vue -->\n/);
      await writeFile(join(dir, 'src/App.vue'), app + '\n');
      // vite, vue and @vitejs/plugin-vue are this folder's pinned tools,
      // found by Node's resolution from the parent folders.
      await must('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: dir });
      await must(join(bin, 'vite'), ['build', '--logLevel', 'warn'], { cwd: dir });
      origin = await serve(join(dir, 'dist'));
    });
  }, { timeout: 300_000 });

  test(':season sets the attribute, @heartstopper-change hears the widget', T, async () => {
    await timed('Vue: app in Chromium', async () => {
      const { page, problems } = await open(`${origin}/index.html`);
      await rendered(page);
      assertSeason2(await state(page));
      // A click in the widget reaches the Vue handler.
      await page.locator('heartstopper-widget').getByRole('button', { name: /Higgs/ }).first().click();
      await page.waitForFunction(() => /^\d+$/.test(document.getElementById('shown').textContent));
      // Vue state becomes the attribute, and the widget follows it.
      await page.locator('#season-3').click();
      await page.waitForFunction(() => document.querySelector('heartstopper-widget').getAttribute('season') === '3');
      await page.waitForFunction(() => [...document.querySelector('heartstopper-widget').shadowRoot
        .querySelectorAll('[aria-pressed="true"]')].some((b) => b.textContent.trim().startsWith('Season 3')));
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
});
