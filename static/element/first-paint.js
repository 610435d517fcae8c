// The first paint: the build pre-renders the widget's first state for each
// language and the common attribute sets, and indexes them by the canonical
// query of their state (contract.js, FIRST_PAINT.index, written by
// src/contract.rs). The element shows the one its attributes ask for, with
// its stylesheet, before any wasm is fetched: readable, found by the
// browser's find-in-page, at its final size.
import { DEFAULTS, FIRST_PAINT, LANGS, STATE } from './contract.js';
import { watchedOf } from './watched.js';

/** The interface language: the attribute, else the browser's; English when none is offered. */
export function langOf(el) {
  const tags = [el.getAttribute('lang'), ...(navigator.languages ?? [navigator.language])];
  for (const tag of tags) {
    const lang = LANGS[String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase()];
    if (lang) return lang;
  }
  return 'en';
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The element's state as a canonical query (`season=2&view=grid`): its
 * state attributes in the table's order, defaults left out, "watched up to"
 * as the reader will get it, then the attributes that shape the first paint
 * without being state (`limit=6`); null when a value is not a plain id (no
 * such state is pre-rendered).
 */
export function stateQuery(el) {
  const parts = [];
  for (const name of [...STATE, ...FIRST_PAINT.after]) {
    const value = name === 'watched' ? watchedOf(el) : (el.getAttribute(name) ?? '').trim().toLowerCase();
    if (!value || value === DEFAULTS[name]) continue;
    if (!ID.test(value)) return null;
    parts.push(`${name}=${value}`);
  }
  return parts.join('&');
}

/** The stem of the element's pre-rendered first paint, or null when its state has none. */
export function firstPaintStem(el) {
  const query = stateQuery(el);
  return query === null ? null : (FIRST_PAINT.index[query] ?? null);
}

/**
 * Shows the pre-rendered first state in `root`, once `style` (the shadow
 * root's stylesheet link) has loaded; `url(lang, stem)` names the file.
 * Nothing happens when the state is not pre-rendered, the page follows
 * its address bar and the link names a state, or the widget has started
 * by then (`started()`).
 */
export async function paintFirst(el, root, style, url, started) {
  const stem = firstPaintStem(el);
  const custom = el.hasAttribute('src') || el.querySelector(':scope > script[type="application/json"]');
  // A page that keeps the state in its address bar may be showing another.
  const linked = el.hasAttribute('sync-url')
    && [...new URLSearchParams(location.search).keys()].some((key) => STATE.includes(key) || key === 'lang');
  if (!stem || custom || linked) return;
  const styled = !style || style.sheet ? Promise.resolve() : new Promise((resolve) => {
    style.addEventListener('load', resolve, { once: true });
    style.addEventListener('error', resolve, { once: true });
  });
  try {
    const response = await fetch(url(langOf(el), stem));
    if (!response.ok) return;
    // Our own build output from our own folder, never data or user input.
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const painted = doc.body.firstElementChild;
    await styled;
    if (started() || !painted?.classList.contains('hsw-root') || root.firstChild) return;
    root.replaceChildren(...painted.childNodes);
  } catch {
    // No first paint: the wasm renders the widget when it starts.
  }
}
