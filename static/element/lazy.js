// When the widget starts its wasm, like <img loading>: `eager` right after
// the first paint; `lazy` (the default) when the widget nears the viewport,
// or gets focus or a pointer.

// How far outside the viewport a lazy widget starts loading.
const NEAR = '600px 0px';

/** After the page's next paint. */
export const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Calls `start` when `el` is wanted, by its `loading` attribute; returns a
 * function that stops watching.
 */
export function whenWanted(el, start) {
  if (el.getAttribute('loading') === 'eager') {
    let live = true;
    afterPaint().then(() => live && start());
    return () => { live = false; };
  }
  const near = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) start();
  }, { rootMargin: NEAR });
  near.observe(el);
  return () => near.disconnect();
}

/**
 * Starts the widget when the reader reaches for it (focus, a pointer, a
 * touch), before the wasm has taken over; listens until `signal` aborts.
 */
export function onIntent(el, shadow, start, signal) {
  for (const type of ['focusin', 'pointerenter', 'pointerdown', 'touchstart']) {
    shadow.addEventListener(type, start, { capture: true, passive: true, signal });
  }
  for (const type of ['focusin', 'pointerenter']) el.addEventListener(type, start, { passive: true, signal });
}
