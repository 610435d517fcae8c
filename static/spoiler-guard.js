// The standalone page's spoiler guard, loaded (not as a module) before its
// body: its pre-rendered widget shows every season, so when the reader's
// stored choice or the link's ?watched= hides later ones, this marks the page
// before anything is painted, widget.css keeps the pre-rendered widget
// hidden, and heartstopper-widget.js removes the mark once it has replaced
// it. The same rule as the element's watchedOf (sync-url: the page follows
// the address bar).
(() => {
  let stored = null;
  try { stored = localStorage.getItem('heartstopper-widget:watched'); } catch { /* blocked storage */ }
  const pick = (value) => (value ?? '').trim().toLowerCase();
  const watched = pick(stored) ? (pick(stored) === 'all' ? '' : pick(stored)) : pick(new URLSearchParams(location.search).get('watched'));
  if (watched) document.documentElement.setAttribute('data-hsw-guard', '');
})();
