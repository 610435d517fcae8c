// Spoiler-safe viewing: which season the widget starts "watched up to".
// The one place this rule is written: the element hands the wasm the value
// it picks (src/embed.rs takes it as it is), and the standalone page's
// spoiler guard (spoiler-guard.js) asks the same question before its body.
import { WATCHED } from './contract.js';

const pick = (value) => String(value ?? '').trim().toLowerCase();

/**
 * The reader's own choice, kept per site: a season id, '' for "show
 * everything", or null when none is kept (or storage is blocked).
 */
export function storedWatched() {
  let stored = null;
  try {
    stored = localStorage.getItem(WATCHED.key);
  } catch {
    // Blocked storage (a sandboxed frame): no choice.
  }
  const value = pick(stored);
  if (!value) return null;
  return value === WATCHED.all ? '' : value;
}

/**
 * The season watched up to: the reader's stored choice, else the link's
 * ?watched= when the widget follows the address bar, else the page's
 * attribute; '' when nothing is hidden.
 */
export function resolveWatched(followsUrl, attribute) {
  const stored = storedWatched();
  if (stored !== null) return stored;
  const linked = followsUrl ? pick(new URLSearchParams(location.search).get('watched')) : '';
  return linked || pick(attribute);
}

/** The season an element starts watched up to (see resolveWatched). */
export const watchedOf = (el) => resolveWatched(el.hasAttribute('sync-url'), el.getAttribute('watched'));
