// The built pages are valid HTML by the W3C's own checker (the Nu Html
// Checker, vnu.jar from the vnu-jar package, run on Java): the standalone
// page, the iframe page and the demo, as dist/ ships them (Trunk's output
// after the post-build step, which also takes Trunk's `integrity` attribute
// off the icon link, where it is not allowed).
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const VNU = require('vnu-jar');
const DIST = resolve(new URL('../../dist', import.meta.url).pathname);

test('the built pages pass the W3C Nu Html Checker', async () => {
  test.setTimeout(120_000);
  const pages = ['index.html', 'embed.html', 'demo.html', 'builder.html'].map((p) => resolve(DIST, p));
  const report = await new Promise((done, fail) => {
    execFile('java', ['-jar', VNU, '--format', 'json', '--errors-only', ...pages], { maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      // vnu exits 1 when it finds errors; its report is on stderr.
      try {
        done(JSON.parse(stderr || stdout || '{"messages":[]}'));
      } catch {
        fail(error ?? new Error(stderr));
      }
    });
  });
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${m.url.split('/').pop()}:${m.lastLine}: ${m.message}`);
  expect(errors).toEqual([]);
});
