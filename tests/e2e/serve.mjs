// A small static server for the built dist/, used by the end-to-end tests.
// It sends the right MIME types (application/wasm) and allows cross-origin
// use (Access-Control-Allow-Origin), as a fan site's CDN would. Test pages
// are served from tests/e2e/fixtures/ under /__test__/. Every page is served
// under the strict Content-Security-Policy a careful fan site would use, so
// every test also shows that the widget needs nothing more.
// Usage: node serve.mjs <dir> <port>
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '../../dist');
const fixtures = resolve(new URL('./fixtures', import.meta.url).pathname);
// The benchmark's generated pages and data, under /__bench__/.
const bench = process.env.HSW_BENCH_DIR ? resolve(process.env.HSW_BENCH_DIR) : null;
const port = Number(process.argv[3] ?? 4173);
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const [dir, rest] = path.startsWith('/__test__/')
    ? [fixtures, path.slice('/__test__'.length)]
    : bench && path.startsWith('/__bench__/')
      ? [bench, path.slice('/__bench__'.length)]
      : [root, path];
  let file = normalize(join(dir, rest));
  if (!file.startsWith(dir)) {
    res.writeHead(403).end();
    return;
  }
  if (path.endsWith('/')) file = join(file, 'index.html');
  try {
    const body = await readFile(file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      // /__test__/no-cors/ plays a server that does not allow other origins.
      ...(path.includes('/no-cors/') ? {} : { 'access-control-allow-origin': '*' }),
      'cache-control': 'no-cache',
      // `?nocsp` serves a page without the policy (to see CORS itself refuse).
      ...(type.startsWith('text/html') && !req.url.includes('nocsp') ? { 'content-security-policy': CSP } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
