// The iframe page (embed.html): its state comes from its own URL
// (embed.html?season=2&view=timeline&theme=dark), and it reports its height
// to the embedding page, which sizes the frame with heartstopper-frame.js,
// so there is never an inner scroll bar. Bundled by the build (hsw-build).
import { FRAME } from './element/contract.js';

const widget = document.querySelector('heartstopper-widget');
const params = new URLSearchParams(location.search);
// The attributes of how it looks and where its data comes from (a list the
// build writes from src/params.rs); the state it reads from the URL itself.
for (const name of FRAME) {
  if (params.has(name)) widget.setAttribute(name, params.get(name));
}
document.body.style.margin = '0';
// A frame as tall as its content shows every card at once, so the widget's
// skipping of far-off cards (content-visibility) saves nothing here, and each
// card's first real size would resize the frame again within one frame.
const sheet = new CSSStyleSheet();
sheet.replaceSync('heartstopper-widget::part(card), heartstopper-widget::part(event) { content-visibility: visible; }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

let last = 0;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    parent.postMessage({ type: 'heartstopper-widget:height', height }, '*');
  }
}
new ResizeObserver(report).observe(document.documentElement);
addEventListener('load', report);

// When a details dialog opens, ask the embedding page to bring it into view:
// in a frame as tall as its content, the middle of the frame may be far away.
widget.addEventListener('heartstopper-select', (event) => {
  if (event.detail.person || event.detail.event) {
    parent.postMessage({ type: 'heartstopper-widget:reveal' }, '*');
  }
});
