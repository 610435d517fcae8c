// The <heartstopper-widget> element: its lifecycle and attributes. Its
// content and styles live in a shadow root, so the host page's CSS cannot
// break it and its CSS cannot leak out. The jobs it hands out:
//   first-paint.js  the pre-rendered first state, before any wasm;
//   lazy.js         when to fetch and start the wasm;
//   capture.js      input made before the wasm took over, replayed after;
//   reader.js       the custom-data and sheet reader, a second wasm, on demand;
//   watched.js      which season the widget starts "watched up to";
//   contract.js     what the build writes from Rust (src/contract.rs).
// `files` (from heartstopper-widget.js) names every file it loads.
import { ATTRIBUTES, FAILED, MISSING, STATE } from './contract.js';
import { capture, focusOf, handOver, restoreFocus } from './capture.js';
import { langOf, paintFirst } from './first-paint.js';
import { onIntent, whenWanted } from './lazy.js';
import { readerFor } from './reader.js';
import { watchedOf } from './watched.js';

/** The element's class, loading its files through `files`. */
export function widgetClass(files) {
  let engine;
  /** The wasm, fetched and compiled once for every widget on the page. */
  const startEngine = () => {
    engine ??= files.engine()
      .catch(() => Promise.reject(new Missing(files.engineUrl())))
      .then(async (glue) => {
        performance.mark('hsw:start');
        const wasm = files.engineWasm();
        await glue.default({ module_or_path: wasm }).catch((error) => {
          throw error instanceof WebAssembly.CompileError || error instanceof WebAssembly.LinkError ? error : new Missing(wasm);
        });
        performance.mark('hsw:instantiated');
        // Decode the built-in data, then render, each in a task of its own,
        // so that no single task blocks input long.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const decoding = performance.now();
        glue.prepare();
        performance.measure('hsw:prepare', { start: decoding });
        await new Promise((resolve) => setTimeout(resolve, 0));
        return glue;
      });
    engine.catch(() => { engine = undefined; });
    return engine;
  };
  const read = readerFor(files);

  return class HeartstopperWidget extends HTMLElement {
    static observedAttributes = ATTRIBUTES;

    #widget = null;
    #root = null;
    #observer = null;
    #stopWaiting = null;
    #started = false;
    // What the reader did to the pre-rendered controls before the wasm took over.
    #queue = [];
    // Where focus was when the wasm started, to put it back after the takeover.
    #focused = null;
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
        style.href = files.stylesheet().href;
        shadow.replaceChildren(style, this.#root);
      }
      // New, or put back after removal (which emptied it).
      if (!this.#root.firstChild) {
        const style = [...shadow.children].find((el) => el.localName === 'link');
        paintFirst(this, this.#root, style, files.firstPaint, () => this.#widget !== null);
      }
      this.#listen(shadow);
      // Inline data: a <script type="application/json"> child; edits to it apply.
      this.#observer = new MutationObserver(() => this.#update());
      this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
      this.#stopWaiting = whenWanted(this, () => this.#start());
    }

    disconnectedCallback() {
      this.#observer?.disconnect();
      this.#stopWaiting?.();
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

    /** Until the wasm takes over: a touch starts it, and input is kept for replay. */
    #listen(shadow) {
      this.#listening?.abort();
      this.#listening = new AbortController();
      const { signal } = this.#listening;
      const start = () => this.#start();
      this.#queue = capture(shadow, this.#root, start, signal);
      onIntent(this, shadow, start, signal);
    }

    #unlisten() {
      this.#listening?.abort();
      this.#listening = null;
    }

    #start() {
      if (this.#started) return;
      this.#started = true;
      this.#stopWaiting?.();
      startEngine().then(
        (glue) => {
          if (!this.isConnected || this.#widget) return;
          this.#focused = focusOf(this.#root, this.shadowRoot.activeElement);
          // The wasm renders in a task of its own (src/embed.rs) and says
          // when (#rendered); until then the first paint stays, and input
          // on it is still kept.
          this.#widget = glue.mount(this, this.#root, this.#config());
          performance.mark('hsw:mounted');
          handOver(this.#widget, this.#queue.splice(0));
        },
        (error) => {
          const lang = langOf(this);
          const note = document.createElement('p');
          note.setAttribute('role', 'alert');
          note.className = 'hsw-notice';
          note.textContent = error instanceof Missing
            ? MISSING[lang].replace('{url}', error.url)
            : FAILED[lang];
          this.#root.replaceChildren(note);
          this.#started = false;
          console.warn('heartstopper-widget:', error instanceof Missing ? `cannot load ${error.url}` : error);
        },
      );
    }

    /** The live widget has replaced the first paint: input goes to it now. */
    #rendered = () => {
      if (!this.#widget) return;
      performance.mark('hsw:rendered');
      this.#unlisten();
      restoreFocus(this.#root, this.#focused);
      this.#focused = null;
      handOver(this.#widget, this.#queue.splice(0));
    };

    #update() {
      this.#widget?.update(this.#config());
    }

    /** A URL attribute, resolved against the page. */
    #url(name) {
      const value = this.getAttribute(name);
      if (!value) return undefined;
      try {
        return new URL(value, document.baseURI).href;
      } catch {
        return value;
      }
    }

    /** The attributes as the wasm takes them (src/embed.rs, Config). */
    #config() {
      const inline = this.querySelector(':scope > script[type="application/json"]');
      return {
        state: STATE.filter((name) => this.hasAttribute(name)).map((name) => [name, this.getAttribute(name)]),
        watched: watchedOf(this),
        lang: this.getAttribute('lang') ?? undefined,
        limit: this.getAttribute('limit') ?? undefined,
        src: this.#url('src'),
        overlay: this.#url('overlay'),
        inline: inline ? inline.textContent : undefined,
        sync_url: this.hasAttribute('sync-url'),
        read,
        rendered: this.#rendered,
      };
    }
  };
}

/** A file of the widget's that could not be fetched. */
class Missing extends Error {
  constructor(url) {
    super(`cannot load ${url}`);
    this.url = String(url);
  }
}
