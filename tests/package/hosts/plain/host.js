// The host page's own script: it logs the widget's events into #log (one
// JSON line each), where the test reads them.
const log = document.getElementById('log');
for (const type of ['heartstopper-change', 'heartstopper-select']) {
  document.addEventListener(type, (event) => {
    log.textContent += `${JSON.stringify({ type, detail: event.detail })}\n`;
  });
}
