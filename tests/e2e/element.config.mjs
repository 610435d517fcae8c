import { defineConfig } from '@playwright/test';

// The element's own tests: its JavaScript (bundled by the build step alone,
// `hsw-build element`, no wasm) against a stand-in engine. No server: each
// test answers the page's requests itself (see element.spec.mjs).
export default defineConfig({
  testDir: './element',
  testMatch: '*.spec.mjs',
  timeout: 20_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results/element',
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
    },
  },
});
