// What the reader does to the pre-rendered controls before the wasm takes
// over is kept, and replayed on the live controls once they are there, so
// that no click, key or typing is lost.

const CONTROL = 'button, a[href], input, select, [tabindex]';
// Keys the widget itself handles (tabs, timeline, dialog); Enter and Space
// on a button arrive as clicks, and typing as input events.
const NAVIGATION = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Escape'];

/**
 * Where `el` is under `root` (its child-index path) and what it is (tag and
 * text), so that the same control can be found in a new rendering of the
 * same state; null when `el` is outside `root`.
 */
export function markOf(root, el) {
  const path = [];
  const { tagName: tag, textContent } = el ?? {};
  for (; el && el !== root; el = el.parentElement) {
    if (!el.parentElement) return null;
    path.unshift(Array.prototype.indexOf.call(el.parentElement.children, el));
  }
  return el === root ? { path, tag, text: textContent.trim() } : null;
}

/** The element `mark` names under `root`, if it is the same kind of control. */
export function atMark(root, mark) {
  let el = root;
  for (const i of mark.path) el = el?.children[i];
  return el && el.tagName === mark.tag && el.textContent.trim() === mark.text ? el : null;
}

/**
 * Keeps what the reader does under `root` (inside `shadow`) until `signal`
 * aborts; `touched()` is told of each input. Returns the queue.
 */
export function capture(shadow, root, touched, signal) {
  const queue = [];
  const keep = (event) => {
    touched();
    const target = event.composedPath?.()[0];
    const control = target instanceof Element ? target.closest(CONTROL) : null;
    const mark = control && markOf(root, control);
    if (!mark) return;
    if (event.type === 'click') {
      event.preventDefault();
      queue.push({ mark, type: 'click' });
    } else if (event.type === 'keydown' && NAVIGATION.includes(event.key)) {
      queue.push({ mark, type: 'keydown', key: event.key, shiftKey: event.shiftKey });
    } else if (event.type === 'input' || event.type === 'change') {
      const same = mark.path.join();
      const kept = queue.filter((q) => !(q.type === event.type && q.mark.path.join() === same));
      queue.splice(0, queue.length, ...kept, { mark, type: event.type, value: control.value });
    }
  };
  for (const type of ['click', 'keydown', 'input', 'change']) shadow.addEventListener(type, keep, { capture: true, signal });
  return queue;
}

/**
 * Puts focus back where it was (`focused`, a mark) and replays `queue` on
 * the live controls under `root`, in order, once they are rendered.
 */
export async function replay(root, focused, queue) {
  // Yew renders in a microtask after mount: wait for the live controls in
  // the same task if it can, so that focus is back before the next key.
  for (let i = 0; i < 20 && !root.firstElementChild; i += 1) {
    await (i < 10 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, 0)));
  }
  if (focused) atMark(root, focused)?.focus();
  for (const step of queue) {
    const el = atMark(root, step.mark);
    if (!el) {
      console.warn('heartstopper-widget: an input made before the widget started could not be replayed', step);
      continue;
    }
    if (step.type === 'click') {
      el.click();
    } else if (step.type === 'keydown') {
      el.focus();
      el.dispatchEvent(new KeyboardEvent('keydown', { key: step.key, shiftKey: step.shiftKey, bubbles: true, cancelable: true, composed: true }));
    } else {
      el.value = step.value;
      el.dispatchEvent(new Event(step.type, { bubbles: true, composed: true }));
    }
  }
}
