// What the reader does to the pre-rendered controls before the wasm takes
// over is kept by what it means, and handed to the wasm as actions once it
// has: each pre-rendered control carries what it does in `data-hsw-act`
// (`toggle:season:2`, `view:grid`, `select:person:nick-nelson`; written by
// Rust, src/state.rs `Action::act`), and the element shows its new state at
// once, so that what the reader saw before the takeover is what they get
// after it. Two quick clicks on "Season 2" show it pressed, then not, and
// replay as two toggles.

const ACT = '[data-hsw-act]';
// The acts a control's value completes (src/state.rs, SEARCH_ACT, SORT_ACT).
const VALUED = { input: 'search', change: 'sort' };

/**
 * The new state of a control, shown at once: a toggle's aria-pressed, the
 * filters button's aria-expanded (widget.css unfolds the filters from it),
 * the selected tab.
 */
function show(control, act) {
  if (act.startsWith('toggle:')) {
    control.setAttribute('aria-pressed', String(control.getAttribute('aria-pressed') !== 'true'));
  } else if (act === 'filters') {
    control.setAttribute('aria-expanded', String(control.getAttribute('aria-expanded') !== 'true'));
  } else if (act.startsWith('view:')) {
    for (const tab of control.parentElement?.querySelectorAll('[role="tab"]') ?? []) {
      tab.setAttribute('aria-selected', String(tab === control));
      tab.tabIndex = tab === control ? 0 : -1;
    }
  }
}

/**
 * Keeps what the reader does under `root` (inside `shadow`) until `signal`
 * aborts; `touched()` is told of each input. Returns the queue of acts.
 */
export function capture(shadow, root, touched, signal) {
  const queue = [];
  const keep = (event) => {
    touched();
    const target = event.composedPath?.()[0];
    if (!(target instanceof Element) || !root.contains(target)) return;
    const control = target.closest(ACT);
    if (event.type === 'click') {
      const button = target.closest('button');
      if (!button) return;
      event.preventDefault();
      if (control === button) {
        show(button, button.dataset.hswAct);
        queue.push(button.dataset.hswAct);
      } else {
        console.warn('heartstopper-widget: this control works once the widget has started:', button.textContent.trim());
      }
    } else if (control && VALUED[event.type] === control.dataset.hswAct) {
      // Typing: one act for the whole run of keystrokes.
      const act = control.dataset.hswAct;
      const step = `${act}:${control.value}`;
      if (queue.at(-1)?.startsWith(`${act}:`)) queue[queue.length - 1] = step;
      else queue.push(step);
    }
  };
  for (const type of ['click', 'input', 'change']) shadow.addEventListener(type, keep, { capture: true, signal });
  return queue;
}

/** How to find the focused control again: its act, or else its place. */
export function focusOf(root, el) {
  if (!el || !root.contains(el)) return null;
  if (el.dataset?.hswAct) return { act: el.dataset.hswAct };
  const path = [];
  for (let node = el; node !== root; node = node.parentElement) {
    path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
  }
  return { path, tag: el.tagName };
}

function focusTarget(root, focused) {
  if (focused.act) return root.querySelector(`[data-hsw-act="${CSS.escape(focused.act)}"]`);
  let el = root;
  for (const i of focused.path) el = el?.children[i];
  return el?.tagName === focused.tag ? el : null;
}

/**
 * Hands the acts kept so far to the wasm (`widget.act`), reporting every one
 * it could not apply. Just after mounting, before its first render, they are
 * the state the widget starts in.
 */
export function handOver(widget, acts) {
  if (!acts.length) return;
  for (const act of widget.act(acts) ?? []) {
    console.warn('heartstopper-widget: an input made before the widget started could not be applied:', act);
  }
}

/** Once the live controls are rendered: puts focus back where it was (`focused`, from focusOf). */
export function restoreFocus(root, focused) {
  if (focused) focusTarget(root, focused)?.focus();
}
