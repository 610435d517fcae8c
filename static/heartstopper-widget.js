// <heartstopper-widget>: the Heartstopper cast grid and season timeline as a
// custom element. Its content and styles live in a shadow root, so the host
// page's CSS cannot break it and its CSS cannot leak out.
//
//   <script type="module" src="heartstopper-widget.js"></script>
//   <heartstopper-widget season="2" school="truham" view="timeline"></heartstopper-widget>
//
// Every URL is resolved against this file's own, so dist/ works from any
// path or origin. It defines no global but the element.
import init, { mount } from './hsw.js';

const base = new URL('.', import.meta.url);
// The attributes that mirror URL parameters.
const STATE = ['season', 'school', 'role', 'q', 'new', 'sort', 'view', 'person', 'event'];
const OTHER = ['theme', 'lang', 'src', 'sync-url'];
let ready;

class HeartstopperWidget extends HTMLElement {
  static observedAttributes = [...STATE, ...OTHER];

  #widget = null;
  #root = null;
  #observer = null;

  connectedCallback() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    // A page may ship the widget pre-rendered (a declarative shadow root):
    // the wasm renders into the same root, replacing it in one go.
    this.#root ??= [...shadow.children].find((el) => el.classList.contains('hsw-root')) ?? null;
    if (!this.#root) {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = new URL('widget.css', base).href;
      this.#root = document.createElement('div');
      this.#root.className = 'hsw-root';
      shadow.replaceChildren(style, this.#root);
    }
    // Inline data: a <script type="application/json"> child; edits to it apply.
    this.#observer = new MutationObserver(() => this.#update());
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    // Fetched and compiled once for every widget on the page, after the
    // first paint, so a pre-rendered page shows at once.
    ready ??= new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))).then(() => {
      performance.mark('hsw:start');
      return init({ module_or_path: new URL('hsw_bg.wasm', base) })
        .then(() => performance.mark('hsw:instantiated'))
        // Render in a task of its own, so no single task blocks input long.
        .then(() => new Promise((resolve) => setTimeout(resolve, 0)));
    });
    ready.then(
      () => {
        if (this.isConnected && !this.#widget) {
          this.#widget = mount(this, this.#root, this.#config());
          performance.mark('hsw:rendered');
        }
      },
      (error) => {
        this.#root.textContent = 'The Heartstopper widget could not start in this browser.';
        console.warn('heartstopper-widget:', error);
      },
    );
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#widget?.destroy();
    this.#widget?.free();
    this.#widget = null;
  }

  attributeChangedCallback() {
    this.#update();
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
    };
  }
}

if (!customElements.get('heartstopper-widget')) {
  customElements.define('heartstopper-widget', HeartstopperWidget);
}
