// <heartstopper-widget>: the Heartstopper cast grid and season timeline as a
// custom element.
//
//   <script type="module" src="heartstopper-widget.js"></script>
//   <heartstopper-widget season="2" school="truham" view="timeline"></heartstopper-widget>
//
// How it starts, so that a host page never waits or jumps for it:
// 1. First paint: the pre-rendered first state for its attributes and
//    language (element/first-paint.js), before any wasm is fetched.
// 2. The wasm (hsw.js and hsw_bg.wasm) is fetched like an <img loading>
//    (element/lazy.js).
// 3. The wasm renders the same state in its place; input that reached the
//    pre-rendered controls in the meantime is replayed (element/capture.js).
//
// This file is the bridge to the wasm: it names every file the element
// loads. The build bundles it with element/ and the generated contract
// (src/contract.rs) into one heartstopper-widget.js. Every URL is resolved
// against this file's own, so the folder works from any path or origin,
// and each is written as new URL('./file', import.meta.url): a form that
// bundlers (Vite, webpack, Parcel) recognise, so that an app importing the
// npm package gets the files emitted next to its bundle. It defines no
// global but the element.
import { widgetClass } from './element/element.js';

const files = {
  engine: () => import('./hsw.js'),
  engineUrl: () => new URL('./hsw.js', import.meta.url),
  engineWasm: () => new URL('./hsw_bg.wasm', import.meta.url),
  reader: () => import('./hsw_reader.js'),
  readerWasm: () => new URL('./hsw_reader_bg.wasm', import.meta.url),
  stylesheet: () => new URL('./widget.css', import.meta.url),
  firstPaint: (lang, stem) => new URL(`./first-paint/${lang}/${stem}.html`, import.meta.url),
};

if (!customElements.get('heartstopper-widget')) {
  customElements.define('heartstopper-widget', widgetClass(files));
}
