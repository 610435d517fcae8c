// A small static server for the built dist/, used by the end-to-end tests.
// It sends the right MIME types (application/wasm) and allows cross-origin
// use (Access-Control-Allow-Origin), as a fan site's CDN would. Test pages
// are served from tests/e2e/fixtures/ under /__test__/. Every page is served
// under the strict Content-Security-Policy a careful fan site would use, so
// every test also shows that the widget needs nothing more.
// Text, JSON and wasm are sent compressed (brotli or gzip, as the browser
// asks), as any static host does, so that measurements see real sizes.
// Usage: node serve.mjs <dir> <port>
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
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
  '.csv': 'text/csv; charset=utf-8',
};

const cache = new Map();
function compress(file, body, encoding) {
  const key = `${encoding}:${file}:${body.length}`;
  if (!cache.has(key)) {
    cache.set(key, encoding === 'br'
      // Like a CDN: the best quality for the app's files, a fast one for big data.
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: body.length > 1 << 20 ? 5 : 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return cache.get(key);
}

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // `/__guard__/…` is the same site with fixtures/guard.js first in every
  // page: it records errors for drivers that cannot (tests/engines/).
  const guard = path.startsWith('/__guard__/');
  if (guard) path = path.slice('/__guard__'.length);
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
    let body = await readFile(file);
    if (guard && extname(file) === '.html') {
      body = Buffer.from(String(body).replace(/<head>/i, '$&<script src="/__test__/guard.js"></script>'));
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const compressible = /\.(html|js|mjs|css|json|wasm|svg|txt|csv)$/.test(file) && body.length > 1024;
    const encoding = compressible ? (accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : null) : null;
    if (encoding) body = compress(file, body, encoding);
    const type = types[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      // /__test__/no-cors/ plays a server that does not allow other origins.
      ...(path.includes('/no-cors/') ? {} : { 'access-control-allow-origin': '*' }),
      'cache-control': 'no-cache',
      // `?nocsp` serves a page without the policy (to see CORS itself refuse).
      ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
      ...(type.startsWith('text/html') && !req.url.includes('nocsp') ? { 'content-security-policy': CSP } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
