// Sizes Heartstopper iframes to their content, so they never scroll inside.
// On the embedding page:
//   <iframe data-heartstopper src=".../embed.html?season=2" title="Heartstopper cast"></iframe>
//   <script src=".../heartstopper-frame.js" defer></script>
(() => {
  const frames = () => document.querySelectorAll('iframe[data-heartstopper]');
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data.type !== 'string' || !data.type.startsWith('heartstopper-widget:')) return;
    for (const frame of frames()) {
      if (frame.contentWindow !== event.source) continue;
      if (data.type === 'heartstopper-widget:height' && Number.isFinite(data.height)) {
        frame.style.height = `${Math.max(0, Math.min(data.height, 100000))}px`;
      } else if (data.type === 'heartstopper-widget:reveal') {
        // A modal dialog sits in the middle of the frame's viewport, which is
        // the whole (content-tall) frame: scroll that middle into view.
        const box = frame.getBoundingClientRect();
        const middle = box.top + scrollY + box.height / 2;
        scrollTo({ top: Math.max(0, middle - innerHeight / 2) });
      }
    }
  });
  for (const frame of frames()) {
    frame.setAttribute('scrolling', 'no');
    frame.style.border = frame.style.border || '0';
    frame.style.width = frame.style.width || '100%';
  }
})();
