// Demo page: shows the events the second widget sends to its page.
const widget = document.getElementById('attrs-widget');
const out = document.getElementById('events');
for (const name of ['heartstopper-change', 'heartstopper-select']) {
  widget.addEventListener(name, (event) => {
    out.textContent = `${name}: ${JSON.stringify(event.detail)}`;
  });
}
