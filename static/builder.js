// The embed builder (builder.html): a fan-site owner picks the settings,
// sees the real widget with them, and copies the code for their kind of
// site. Every list comes from the build: the attributes, their values and
// what they do from custom-elements.json (written from src/params.rs), the
// pre-rendered states from the element's contract, and what the widget costs
// a page from the very files it would fetch, compressed here as a server
// would. Bundled by the build (hsw-build) with the element's contract.
import { LIMITS } from './element/contract.js';
import { firstPaintStem, langOf } from './element/first-paint.js';

// The settings offered, in order, and what the page calls them. Their
// values and descriptions are the manifest's.
const FIELDS = [
  ['season', 'Season'],
  ['school', 'School'],
  ['view', 'View'],
  ['watched', 'Watched up to (spoiler-safe)'],
  ['limit', 'Cards and events shown at first'],
  ['theme', 'Theme'],
  ['lang', 'Language'],
  ['loading', 'Loading'],
  ['src', 'Custom data URL'],
  ['overlay', 'Your own spreadsheet (CSV URL)'],
];
// What the page says for an attribute left out.
const NOT_SET = {
  season: 'All seasons',
  school: 'All schools',
  view: 'Both views (the default)',
  watched: 'Everything (no spoiler guard)',
  limit: 'All of them',
  theme: "The reader's system setting",
  lang: "The reader's browser language",
  loading: 'lazy (the default: when a reader nears it)',
};
const ROOM = 'display:block;min-height:100vh';
// Where the widget's files are: the builder's own folder.
const BASE = new URL('.', location.href).href;

const form = document.getElementById('settings');
const box = document.getElementById('preview-box');
const snippets = document.getElementById('snippets');
const cost = document.getElementById('cost');

/** Text safe inside an HTML attribute value or element. */
const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The values of a manifest type text (`"1" | "2"`), or null for free text. */
function valuesOf(type) {
  const found = [...String(type ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  return found.length ? found : null;
}

function field(attribute, label) {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const name = document.createElement('label');
  name.htmlFor = `set-${attribute.name}`;
  name.textContent = label;
  wrap.append(name);
  const values = attribute.name === 'limit' ? LIMITS.map(String) : valuesOf(attribute.type?.text);
  let control;
  if (values) {
    control = document.createElement('select');
    // Left out means the default, so the default is not offered twice.
    const none = new Option(NOT_SET[attribute.name] ?? 'Not set', '');
    control.append(none, ...values.filter((v) => v !== attribute.default).map((v) => new Option(v, v)));
  } else {
    control = document.createElement('input');
    control.type = 'url';
    control.placeholder = attribute.name === 'overlay' ? 'https://your.site/our-cast.csv' : 'https://your.site/our-cast.json';
  }
  control.name = attribute.name;
  control.id = `set-${attribute.name}`;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = `hint-${attribute.name}`;
  hint.textContent = (attribute.description ?? '').replace(/`/g, '');
  control.setAttribute('aria-describedby', hint.id);
  wrap.append(control, hint);
  if (attribute.name === 'overlay') {
    // The sheet's template, shipped beside the widget.
    const template = document.createElement('p');
    template.className = 'hint';
    const link = document.createElement('a');
    link.href = 'sheet/our-cast.csv';
    link.textContent = 'the template sheet, our-cast.csv';
    template.append('Start from ', link, ': open it in any spreadsheet, fill in your rows, export it as CSV.');
    wrap.append(template);
  }
  return wrap;
}

/** The chosen attributes, in the form's order: [[name, value]]. */
function chosen() {
  return FIELDS.map(([name]) => [name, form.elements[name]?.value.trim() ?? '']).filter(([, v]) => v);
}

const attrs = (pairs) => pairs.map(([n, v]) => ` ${n}="${escape(v)}"`).join('');

/** A new preview widget with these attributes (a fresh one, as a page would load it). */
function preview(pairs) {
  const el = document.createElement('heartstopper-widget');
  for (const [n, v] of pairs) el.setAttribute(n, v);
  box.replaceChildren(el);
  return el;
}

const sizes = new Map();
/** A file of the build, gzip-compressed here (as a static host sends it): its bytes, or null. */
function gzipSize(name) {
  if (!sizes.has(name)) {
    sizes.set(name, fetch(new URL(name, BASE)).then(async (r) => {
      if (!r.ok || typeof CompressionStream !== 'function') return null;
      const body = r.body.pipeThrough(new CompressionStream('gzip'));
      return (await new Response(body).arrayBuffer()).byteLength;
    }).catch(() => null));
  }
  return sizes.get(name);
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

async function showCost(pairs, stem, lang) {
  const has = (n) => pairs.some(([k]) => k === n);
  const first = ['heartstopper-widget.js', 'widget.css', ...(stem ? [`first-paint/${lang}/${stem}.html`] : [])];
  const running = ['hsw.js', 'hsw_bg.wasm', ...(has('src') ? ['hsw_reader.js', 'hsw_reader_bg.wasm'] : [])];
  const [a, b] = await Promise.all([first, running].map(async (list) => {
    const each = await Promise.all(list.map(gzipSize));
    return each.includes(null) ? null : each.reduce((x, y) => x + y, 0);
  }));
  if (a === null || b === null) {
    cost.textContent = 'What it costs your page could not be measured in this browser.';
    return;
  }
  const eager = pairs.some(([k, v]) => k === 'loading' && v === 'eager');
  cost.textContent = `What it costs your page (gzip, from this build's files): ${kb(a)} in ${first.length} files `
    + `${eager ? 'at once' : 'until a reader scrolls near it'}, then ${kb(b)} more in ${running.length} files once it runs`
    + `${eager ? ' (right after its first paint)' : ''}.`;
}

function snippet(title, about, code) {
  const part = document.createElement('div');
  part.className = 'snippet';
  const h = document.createElement('h3');
  h.textContent = title;
  const p = document.createElement('p');
  p.textContent = about;
  const pre = document.createElement('pre');
  const text = document.createElement('code');
  text.textContent = code;
  pre.append(text);
  pre.tabIndex = 0;
  pre.setAttribute('aria-label', `${title}: code`);
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = `Copy: ${title}`;
  const said = document.createElement('p');
  said.setAttribute('role', 'status');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code);
      said.textContent = 'Copied.';
    } catch {
      getSelection().selectAllChildren(text);
      said.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
    }
  });
  part.append(h, p, pre, copy, said);
  return part;
}

let turn = 0;
async function update() {
  const mine = ++turn;
  const pairs = chosen();
  // The builder's own address keeps the settings: a reload, or a link to
  // them, opens the same.
  const own = new URLSearchParams(pairs).toString();
  history.replaceState(null, '', own ? `?${own}` : location.pathname);
  const el = preview(pairs);
  const stem = firstPaintStem(el);
  const custom = pairs.some(([k]) => k === 'src');
  const lang = langOf(el);
  const tag = (extra = '') => `<heartstopper-widget${attrs(pairs)}${extra}>`;
  const script = (base) => `<script type="module" src="${base}heartstopper-widget.js"></script>`;
  const twoLines = `${script(BASE)}\n${tag(` style="${ROOM}"`)}</heartstopper-widget>`;
  const query = new URLSearchParams(pairs.filter(([k]) => k !== 'loading')).toString();
  const parts = [
    snippet('The two lines', 'Paste them where the widget goes. The style keeps one screen of room from your page\'s first frame, so nothing a reader sees moves when the widget shows. Under a strict Content-Security-Policy, leave the style out and put heartstopper-widget { display: block; min-height: 100vh; } in your stylesheet.', twoLines),
  ];
  let painted = null;
  if (stem && !custom) {
    painted = await fetch(new URL(`first-paint/${lang}/${stem}.html`, BASE)).then((r) => (r.ok ? r.text() : null)).catch(() => null);
  }
  if (mine !== turn) return;
  if (painted) {
    const shadow = (content) => `${tag()}<template shadowrootmode="open"><link rel="stylesheet" href="${BASE}widget.css">${content}</template></heartstopper-widget>`;
    parts.push(snippet('The pre-rendered snippet', `The widget as it first shows, in the page itself (${lang}): nothing moves, even in the first screen. Put the first two lines in your <head>. Paste it again after each release of the widget, or include the file instead (Hugo and Eleventy, below).`,
      `<!-- in <head> -->\n<link rel="stylesheet" href="${BASE}widget.css">\n${script(BASE)}\n<!-- where the widget goes -->\n${shadow(painted.trim())}`));
    const file = `first-paint/${lang}/${stem}.html`;
    parts.push(snippet('Hugo', 'With the release unzipped in static/heartstopper/: save as layouts/shortcodes/heartstopper-here.html and write {{< heartstopper-here >}} in a page. The first paint is read from the release, so it follows each update.',
      `<link rel="stylesheet" href="{{ "heartstopper/widget.css" | relURL }}">\n<script type="module" src="{{ "heartstopper/heartstopper-widget.js" | relURL }}"></script>\n${tag()}<template shadowrootmode="open"><link rel="stylesheet" href="{{ "heartstopper/widget.css" | relURL }}">{{ readFile "static/heartstopper/${file}" | safeHTML }}</template></heartstopper-widget>`));
    parts.push(snippet('Eleventy', 'With the release unzipped in _includes/heartstopper/ and copied to /heartstopper/ (addPassthroughCopy): paste in a Nunjucks or Liquid template.',
      `<link rel="stylesheet" href="/heartstopper/widget.css">\n<script type="module" src="/heartstopper/heartstopper-widget.js"></script>\n${tag()}<template shadowrootmode="open"><link rel="stylesheet" href="/heartstopper/widget.css">{% include "heartstopper/${file}" %}</template></heartstopper-widget>`));
  } else {
    parts.push(snippet('Hugo and Eleventy', `${custom ? 'Custom data has' : 'These settings have'} no pre-rendered first paint: use the two lines, with the release unzipped in static/heartstopper/ (Hugo) or copied to /heartstopper/ (Eleventy).`,
      `${script('/heartstopper/')}\n${tag(` style="${ROOM}"`)}</heartstopper-widget>`));
  }
  parts.push(snippet('An iframe', 'Where your site allows no scripts from elsewhere. The frame takes its settings from its address and the script sizes it, so it never scrolls inside.',
    `<iframe data-heartstopper src="${BASE}embed.html${query ? `?${escape(query)}` : ''}"\n        title="Heartstopper cast and timeline"></iframe>\n<script src="${BASE}heartstopper-frame.js" defer></script>`));
  parts.push(snippet('WordPress', 'Administrators and editors: a Custom HTML block, with the release unzipped into wp-content/uploads/heartstopper/. Other authors: the shortcode, with the plugin from the same release activated.',
    `${script('/wp-content/uploads/heartstopper/')}\n${tag(` style="${ROOM}"`)}</heartstopper-widget>\n\n[heartstopper${attrs(pairs)}]`));
  snippets.replaceChildren(...parts);
  await showCost(pairs, custom ? null : stem, lang);
}

async function start() {
  const status = document.getElementById('fields-status');
  let attributes;
  try {
    const manifest = await (await fetch(new URL('custom-elements.json', BASE))).json();
    attributes = manifest.modules[0].declarations[0].attributes;
  } catch {
    status.textContent = 'The settings could not be loaded: custom-elements.json is missing from this folder.';
    return;
  }
  const byName = new Map(attributes.map((a) => [a.name, a]));
  const fields = FIELDS.filter(([name]) => byName.has(name)).map(([name, label]) => field(byName.get(name), label));
  status.remove();
  form.append(...fields);
  // Settings from the builder's own address, where they name an offered value.
  for (const [name, value] of new URLSearchParams(location.search)) {
    const control = form.elements[name];
    if (!control) continue;
    if (control.localName === 'select' && ![...control.options].some((o) => o.value === value)) continue;
    control.value = value;
  }
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  await update();
}

start();
