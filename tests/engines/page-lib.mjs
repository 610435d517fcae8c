// Runs inside the page under test, in every engine: each driver sends this
// function's source along with the journey's own function (see expression()).
//
// Elements are named by a path whose steps are joined by ` >>> `; each step
// is a CSS selector, and a step after a shadow host looks inside its shadow
// root, after an <iframe> inside its document:
//   'heartstopper-widget >>> .hsw-option-2'
//   'iframe >>> heartstopper-widget >>> .hsw-status'
// `text` (a regular expression's source) picks, among the last step's
// matches, the first whose text matches.
export function pageLib() {
  const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const inside = (el) => (el.tagName === 'IFRAME' ? el.contentDocument : el.shadowRoot);
  function all(path, text) {
    const steps = path.split(' >>> ');
    let roots = [document];
    for (const [i, step] of steps.entries()) {
      const found = roots.flatMap((r) => [...r.querySelectorAll(step)]);
      if (i === steps.length - 1) {
        return text == null ? found : found.filter((el) => new RegExp(text).test(clean(el.textContent)));
      }
      roots = found.map(inside).filter(Boolean);
    }
    return [];
  }
  const one = (path, text) => all(path, text)[0] ?? null;
  // The focused element, through shadow roots and same-origin frames; none
  // while the focus is outside the page (in the browser's own controls, after
  // Tab from the last control), where `activeElement` keeps the last one.
  function active() {
    if (!document.hasFocus()) return null;
    let el = document.activeElement;
    for (;;) {
      const inner = el?.shadowRoot?.activeElement ?? (el?.tagName === 'IFRAME' ? el.contentDocument?.activeElement : null);
      if (!inner || inner === el) return el;
      el = inner;
    }
  }
  // Where `el` is, in the top page's viewport (frames' offsets added).
  function box(el) {
    const r = el.getBoundingClientRect();
    let x = r.left + r.width / 2;
    let y = r.top + r.height / 2;
    let win = el.ownerDocument.defaultView;
    while (win !== window.top && win.frameElement) {
      const f = win.frameElement.getBoundingClientRect();
      x += f.left + win.frameElement.clientLeft;
      y += f.top + win.frameElement.clientTop;
      win = win.parent;
    }
    return { x, y, width: r.width, height: r.height };
  }
  // The element a click at (x, y) of the top viewport would reach.
  function hit(x, y) {
    let doc = document;
    let el = doc.elementFromPoint(x, y);
    for (;;) {
      if (el?.shadowRoot) {
        const inner = el.shadowRoot.elementFromPoint(x, y);
        if (inner && inner !== el) { el = inner; continue; }
      }
      if (el?.tagName === 'IFRAME' && el.contentDocument) {
        const f = el.getBoundingClientRect();
        x -= f.left + el.clientLeft;
        y -= f.top + el.clientTop;
        doc = el.contentDocument;
        el = doc.elementFromPoint(x, y);
        continue;
      }
      return el;
    }
  }
  const describe = (el) => (el ? `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}>${clean(el.textContent).slice(0, 40)}` : 'nothing');
  // Scrolls `path` into view and says where to click it, after checking that
  // a click there reaches it (not an overlay, not the shadow host).
  function target(path, text) {
    const el = one(path, text);
    if (!el) throw new Error(`no element ${path}${text ? ` with text /${text}/` : ''}`);
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const b = box(el);
    if (!b.width || !b.height) throw new Error(`${describe(el)} (${path}) is not displayed`);
    const reached = hit(b.x, b.y);
    let up = reached;
    while (up && up !== el) up = up.parentNode ?? up.host;
    if (!up) throw new Error(`a click on ${describe(el)} would reach ${describe(reached)}`);
    return b;
  }
  function visible(el) {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  }
  return { all, one, active, box, target, visible, clean, describe };
}

/** The source of an expression that runs `fn(lib, ...args)` in the page and resolves to its result. */
export function expression(fn, args) {
  return `(async () => { const lib = (${pageLib.toString()})(); return await (${fn.toString()})(lib, ...${JSON.stringify(args)}); })()`;
}
