// <heartstopper-widget>: the Heartstopper cast grid and season timeline as a
// custom element. Its content and styles live in a shadow root, so the host
// page's CSS cannot break it and its CSS cannot leak out.
//
//   <script type="module" src="heartstopper-widget.js"></script>
//   <heartstopper-widget season="2" school="truham" view="timeline"></heartstopper-widget>
//
// How it starts, so that a host page never waits or jumps for it:
// 1. First paint: the build pre-renders the widget's first state for each
//    language and the common attribute sets (first-paint/<lang>/<state>.html,
//    next to this file). The element fetches the one its attributes ask for
//    and shows it with its stylesheet, before any wasm is fetched: readable,
//    found by the browser's find-in-page, at its final size.
// 2. The wasm (hsw.js and hsw_bg.wasm) is fetched like an <img loading>:
//    `loading="lazy"` (the default) when the widget nears the viewport or
//    gets focus or a pointer; `loading="eager"` right after the first paint.
// 3. The wasm renders the same state in its place. Clicks, typing and keys
//    that reached the pre-rendered controls in the meantime are replayed on
//    the live ones, so none is lost.
//
// Every URL is resolved against this file's own, so the folder works from any
// path or origin. It defines no global but the element.

// Each file is named as new URL('./file', import.meta.url): a form that
// bundlers (Vite, webpack, Parcel) recognise, so that an app importing the
// npm package gets the files emitted next to its bundle.
// The attributes that mirror URL parameters (src/url_state.rs KEYS; a test
// keeps the two lists equal).
const STATE = ['season', 'school', 'role', 'q', 'new', 'sort', 'view', 'person', 'event', 'watched'];
const OTHER = ['theme', 'lang', 'src', 'sync-url', 'loading'];
// The attributes whose states are pre-rendered (src/page.rs, FIRST_PAINT_KEYS).
const FIRST_PAINT = ['season', 'school', 'view'];
// The interface languages (src/lang.rs), by primary subtag.
const LANGS = { en: 'en', es: 'es', fr: 'fr', de: 'de', pt: 'pt-BR' };
// Shown when the wasm cannot load, so Rust cannot word it: a copy of each
// language's `could_not_start` (src/text/; tests/i18n.rs keeps them equal).
const FAILED = {
  en: 'The Heartstopper widget could not start in this browser.',
  es: 'El widget de Heartstopper no pudo iniciarse en este navegador.',
  fr: "Le widget Heartstopper n'a pas pu démarrer dans ce navigateur.",
  de: 'Das Heartstopper-Widget konnte in diesem Browser nicht starten.',
  'pt-BR': 'O widget de Heartstopper não conseguiu iniciar neste navegador.',
};
// The reader's own "watched up to" choice (src/spoilers.rs STORAGE_KEY).
const WATCHED_KEY = 'heartstopper-widget:watched';
// How far outside the viewport a lazy widget starts loading.
const NEAR = '600px 0px';

let engine;
/** The wasm, fetched and compiled once for every widget on the page. */
function startEngine() {
  engine ??= import('./hsw.js').then(async (glue) => {
    performance.mark('hsw:start');
    await glue.default({ module_or_path: new URL('./hsw_bg.wasm', import.meta.url) });
    performance.mark('hsw:instantiated');
    // Render in a task of its own, so no single task blocks input long.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return glue;
  });
  return engine;
}

let reader;
/**
 * Custom data (`src` or inline): the data reader, a second wasm fetched only
 * by widgets that have some, asked for the data. Rejects with the reader's
 * address when it cannot be loaded.
 */
function readData(src, inline) {
  const url = new URL('./hsw_reader_bg.wasm', import.meta.url);
  reader ??= import('./hsw_reader.js')
    .then(async (glue) => {
      await glue.default({ module_or_path: url });
      return glue;
    })
    .catch((error) => {
      reader = undefined;
      console.warn('heartstopper-widget:', error);
      throw url.href;
    });
  return reader.then((glue) => (src == null ? glue.read_text(inline) : glue.read_url(src)));
}

/** After the page's next paint. */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The interface language for the first paint: the attribute, else the browser's. */
function firstPaintLang(el) {
  const tags = [el.getAttribute('lang'), ...(navigator.languages ?? [navigator.language])];
  for (const tag of tags) {
    const lang = LANGS[String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase()];
    if (lang) return lang;
  }
  return 'en';
}

/**
 * The season watched up to, by the same rule as Rust (src/embed.rs,
 * initial_state): the reader's stored choice ('all': none), else the
 * address bar's ?watched= when the element follows it, else the attribute.
 */
function watchedOf(el) {
  let stored = null;
  try { stored = localStorage.getItem(WATCHED_KEY); } catch { /* blocked storage: no choice */ }
  const pick = (value) => (value ?? '').trim().toLowerCase();
  if (pick(stored)) return pick(stored) === 'all' ? '' : pick(stored);
  const linked = el.hasAttribute('sync-url') ? pick(new URLSearchParams(location.search).get('watched')) : '';
  return linked || pick(el.getAttribute('watched'));
}

/**
 * The pre-rendered file for the element's state attributes, named as the
 * build names it (src/page.rs, first_paint_stem), or null when that state
 * is not pre-rendered.
 */
function firstPaintStem(el) {
  const parts = [];
  for (const name of STATE) {
    if (name === 'watched') continue;
    const value = (el.getAttribute(name) ?? '').trim().toLowerCase();
    if (!value) continue;
    if (!FIRST_PAINT.includes(name) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) return null;
    if (name !== 'view' || value !== 'both') parts.push(`${name}-${value}`);
  }
  // With later seasons hidden, only the views are pre-rendered: never show
  // a first paint that could hold what the reader has not watched.
  const watched = watchedOf(el);
  if (watched) {
    if (parts.some((part) => !part.startsWith('view-')) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(watched)) return null;
    parts.push(`watched-${watched}`);
  }
  return parts.join('.') || 'default';
}

/**
 * Where `el` is under `root` (its child-index path) and what it is (tag and
 * text), so that the same control can be found in a new rendering of the
 * same state; null when `el` is outside `root`.
 */
function markOf(root, el) {
  const path = [];
  const { tagName: tag, textContent } = el ?? {};
  for (; el && el !== root; el = el.parentElement) {
    if (!el.parentElement) return null;
    path.unshift(Array.prototype.indexOf.call(el.parentElement.children, el));
  }
  return el === root ? { path, tag, text: textContent.trim() } : null;
}

/** The element `mark` names under `root`, if it is the same kind of control. */
function atMark(root, mark) {
  let el = root;
  for (const i of mark.path) el = el?.children[i];
  return el && el.tagName === mark.tag && el.textContent.trim() === mark.text ? el : null;
}

const CONTROL = 'button, a[href], input, select, [tabindex]';
// Keys the widget itself handles (tabs, timeline, dialog); Enter and Space
// on a button arrive as clicks, and typing as input events.
const NAVIGATION = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Escape'];

class HeartstopperWidget extends HTMLElement {
  static observedAttributes = [...STATE, ...OTHER];

  #widget = null;
  #root = null;
  #observer = null;
  #near = null;
  #started = false;
  // What the reader did to the pre-rendered controls before the wasm took over.
  #queue = [];
  // Aborting it removes the listeners that keep the queue.
  #listening = null;

  connectedCallback() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    // A page may ship the widget pre-rendered (a declarative shadow root).
    this.#root ??= [...shadow.children].find((el) => el.classList.contains('hsw-root')) ?? null;
    // That pre-rendered widget hides nothing: with later seasons hidden it
    // goes before it is seen (spoiler-guard.js kept it hidden until now).
    if (this.#root && !this.#widget && watchedOf(this)) this.#root.replaceChildren();
    document.documentElement.removeAttribute('data-hsw-guard');
    if (!this.#root) {
      this.#root = document.createElement('div');
      this.#root.className = 'hsw-root';
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = new URL('./widget.css', import.meta.url).href;
      shadow.replaceChildren(style, this.#root);
    }
    // New, or put back after removal (which emptied it).
    if (!this.#root.firstChild) this.#paintFirst([...shadow.children].find((el) => el.localName === 'link'));
    this.#listen(shadow);
    // Inline data: a <script type="application/json"> child; edits to it apply.
    this.#observer = new MutationObserver(() => this.#update());
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    if (this.getAttribute('loading') === 'eager') {
      afterPaint().then(() => this.#start());
    } else {
      // Lazy: when the widget nears the viewport.
      this.#near = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) this.#start();
      }, { rootMargin: NEAR });
      this.#near.observe(this);
    }
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#near?.disconnect();
    this.#unlisten();
    this.#queue = [];
    this.#widget?.destroy();
    this.#widget?.free();
    this.#widget = null;
    this.#started = false;
  }

  attributeChangedCallback(name) {
    if (name === 'loading' && this.getAttribute('loading') === 'eager' && this.isConnected) this.#start();
    this.#update();
  }

  /** Shows the pre-rendered first state, once its stylesheet is there. */
  async #paintFirst(style) {
    const stem = firstPaintStem(this);
    const custom = this.hasAttribute('src') || this.querySelector(':scope > script[type="application/json"]');
    // A page that keeps the state in its address bar may be showing another.
    const linked = this.hasAttribute('sync-url') && [...new URLSearchParams(location.search).keys()]
      .some((key) => STATE.includes(key) || key === 'lang');
    if (!stem || custom || linked) return;
    // The stylesheet first, so that the first paint is never unstyled.
    const styled = !style || style.sheet ? Promise.resolve() : new Promise((resolve) => {
      style.addEventListener('load', resolve, { once: true });
      style.addEventListener('error', resolve, { once: true });
    });
    try {
      const url = new URL(`./first-paint/${firstPaintLang(this)}/${stem}.html`, import.meta.url);
      const response = await fetch(url);
      if (!response.ok) return;
      // Our own build output from our own folder, never data or user input.
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      const painted = doc.body.firstElementChild;
      await styled;
      if (this.#widget || !painted?.classList.contains('hsw-root') || this.#root.firstChild) return;
      const theme = this.getAttribute('theme');
      if (theme) painted.querySelector('section.hsw')?.setAttribute('data-theme', theme);
      this.#root.replaceChildren(...painted.childNodes);
    } catch {
      // No first paint: the wasm renders the widget when it starts.
    }
  }

  /**
   * Until the wasm takes over: a touch of the widget starts it (lazy), and
   * what the reader does to the pre-rendered controls is kept for replay.
   */
  #listen(shadow) {
    this.#listening?.abort();
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    const start = () => this.#start();
    const keep = (event) => {
      if (this.#widget) return;
      start();
      const target = event.composedPath?.()[0];
      const control = target instanceof Element ? target.closest(CONTROL) : null;
      const mark = control && markOf(this.#root, control);
      if (!mark) return;
      if (event.type === 'click') {
        event.preventDefault();
        this.#queue.push({ mark, type: 'click' });
      } else if (event.type === 'keydown' && NAVIGATION.includes(event.key)) {
        this.#queue.push({ mark, type: 'keydown', key: event.key, shiftKey: event.shiftKey });
      } else if (event.type === 'input' || event.type === 'change') {
        const same = mark.path.join();
        this.#queue = this.#queue.filter((q) => !(q.type === event.type && q.mark.path.join() === same));
        this.#queue.push({ mark, type: event.type, value: control.value });
      }
    };
    for (const type of ['click', 'keydown', 'input', 'change']) shadow.addEventListener(type, keep, { capture: true, signal });
    for (const type of ['focusin', 'pointerenter', 'pointerdown', 'touchstart']) {
      shadow.addEventListener(type, start, { capture: true, passive: true, signal });
    }
    for (const type of ['focusin', 'pointerenter']) this.addEventListener(type, start, { passive: true, signal });
  }

  #unlisten() {
    this.#listening?.abort();
    this.#listening = null;
  }

  #start() {
    if (this.#started) return;
    this.#started = true;
    this.#near?.disconnect();
    startEngine().then(
      (glue) => {
        if (!this.isConnected || this.#widget) return;
        const focused = markOf(this.#root, this.shadowRoot.activeElement);
        this.#widget = glue.mount(this, this.#root, this.#config());
        performance.mark('hsw:rendered');
        this.#unlisten();
        this.#replay(focused);
      },
      (error) => {
        this.#root.textContent = FAILED[firstPaintLang(this)] ?? FAILED.en;
        console.warn('heartstopper-widget:', error);
      },
    );
  }

  /** Puts focus back where it was and replays what the reader did, in order. */
  async #replay(focused) {
    // Yew renders in a microtask after mount: wait for the live controls in
    // the same task if it can, so that focus is back before the next key.
    for (let i = 0; i < 20 && !this.#root.firstElementChild; i += 1) {
      await (i < 10 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, 0)));
    }
    const queue = this.#queue;
    this.#queue = [];
    if (focused) atMark(this.#root, focused)?.focus();
    for (const step of queue) {
      const el = atMark(this.#root, step.mark);
      if (!el) continue;
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

  #update() {
    this.#widget?.update(this.#config());
  }

  #config() {
    const inline = this.querySelector(':scope > script[type="application/json"]');
    return {
      state: STATE.filter((name) => this.hasAttribute(name)).map((name) => [name, this.getAttribute(name)]),
      theme: this.getAttribute('theme') ?? undefined,
      lang: this.getAttribute('lang') ?? undefined,
      src: this.getAttribute('src') ? new URL(this.getAttribute('src'), document.baseURI).href : undefined,
      inline: inline ? inline.textContent : undefined,
      sync_url: this.hasAttribute('sync-url'),
      read: readData,
    };
  }
}

if (!customElements.get('heartstopper-widget')) {
  customElements.define('heartstopper-widget', HeartstopperWidget);
}
