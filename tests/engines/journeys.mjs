// The user journeys, once, for every engine. Each journey gets `t`: the
// engine's driver (see drivers/) plus waiting and assertion helpers. Page
// code runs as `t.evaluate((lib, ...args) => …, ...args)` with `lib` from
// page-lib.mjs; elements are named by paths such as `${W} >>> .hsw-option-2`.
// The expectations are those of the Playwright suite (tests/e2e/), which runs
// the same product in Chromium only.
import assert from 'node:assert/strict';

export const W = 'heartstopper-widget';
const names = (widget = W) => (lib, w) => lib.all(`${w} >>> .hsw-card .hsw-name`).map((el) => lib.clean(el.textContent));
const text = (path) => (lib, p) => lib.all(p).map((el) => lib.clean(el.textContent));
const attr = (path, name) => (lib, p, n) => lib.one(p)?.getAttribute(n) ?? null;
const query = (lib) => location.search;
/** The query's parameters, in a stable order (the widget writes its own order). */
const params = (lib) => Object.fromEntries([...new URLSearchParams(location.search)].sort());
/** The focused element, described (through shadow roots). */
const focused = (lib) => {
  const el = lib.active();
  return el ? { tag: el.tagName.toLowerCase(), text: lib.clean(el.textContent), event: el.dataset?.hswEvent ?? null, inDialog: !!el.closest?.('dialog') } : null;
};
const dialogState = (lib, w) => {
  const d = lib.one(`${w} >>> dialog.hsw-dialog`);
  return { open: !!d?.open, title: lib.clean(d?.querySelector('.hsw-dialog-title, h2')?.textContent) };
};
const lambertS3 = ['Elle Argent', 'Naomi', 'Felix'];
const higgsS1 = ['Elle Argent', 'Tara Jones', 'Darcy Olsson'];

export const journeys = [
  {
    name: 'the error guard hears an uncaught error, a rejected promise and a CSP violation',
    async run(t) {
      await t.goto('__test__/blank.html');
      await t.evaluate(() => {
        setTimeout(() => { throw new Error('thrown on purpose'); });
        Promise.reject(new Error('rejected on purpose'));
        const s = document.createElement('script');
        s.textContent = 'void 0';
        document.head.append(s); // inline: refused by the CSP
      });
      await t.waitFor(() => window.__hswGuard.errors.length && window.__hswGuard.rejections.length && window.__hswGuard.violations.length);
      await assert.rejects(t.guard(), /thrown on purpose[\s\S]*rejected on purpose[\s\S]*script-src/);
      await t.evaluate(() => { for (const list of Object.values(window.__hswGuard)) if (Array.isArray(list)) list.length = 0; });
    },
  },
  {
    name: 'deep link: ?season=3&school=lambert shows Elle Argent, Naomi and Felix',
    async run(t) {
      await t.goto('?season=3&school=lambert');
      await t.ready();
      await t.expect(names(), lambertS3, W);
      const state = await t.evaluate((lib, w) => ({
        truham: lib.all(`${w} >>> .hsw-card .hsw-school`).filter((el) => /Truham/.test(el.textContent)).length,
        status: lib.clean(lib.one(`${w} >>> .hsw-status`)?.textContent),
        season3: lib.one(`${w} >>> .hsw-option-3`)?.getAttribute('aria-pressed'),
        lambert: lib.one(`${w} >>> .hsw-option-lambert`)?.getAttribute('aria-pressed'),
      }), W);
      assert.equal(state.truham, 0, 'no Truham card');
      assert.match(state.status, /^3 of \d+ cast members/);
      assert.equal(state.season3, 'true');
      assert.equal(state.lambert, 'true');
      // The standalone page ships the widget pre-rendered in a declarative
      // shadow root: the parser made it, before any script ran.
      assert.deepEqual(await t.evaluate(() => window.__hswGuard.shadowRootsAtParse), [true], 'declarative shadow root parsed');
      assert.equal(await t.evaluate((lib) => document.querySelectorAll('heartstopper-widget > template').length), 0, 'no template left in the light DOM');
    },
  },
  {
    name: 'clicking filters: two clicks answer "who was at Higgs in season 1?", the URL holds it, tags undo it',
    async run(t) {
      await t.goto('./');
      await t.ready();
      const total = await t.evaluate((lib, w) => Number(lib.one(`${w} >>> .hsw-status strong`).textContent.match(/of (\d+)/)[1]), W);
      assert.equal((await t.evaluate(names(), W)).length, total);
      await t.click(`${W} >>> .hsw-option-1`);
      await t.expect(query, '?season=1');
      await t.click(`${W} >>> .hsw-option-higgs`);
      await t.expect(query, '?season=1&school=higgs');
      await t.expect(names(), higgsS1, W);
      await t.expect(text(`${W} >>> .hsw-status`), [`3 of ${total} cast members, 10 of 51 events: Season 1, Higgs`], `${W} >>> .hsw-status`);
      // A tag removes its filter; "Clear all filters" removes them all.
      await t.click(`${W} >>> .hsw-tag`, 'Higgs');
      await t.expect(query, '?season=1');
      await t.click(`${W} >>> .hsw-option-2`);
      await t.expect(query, '?season=1,2');
      await t.click(`${W} >>> .hsw-active .hsw-clear`);
      await t.expect(query, '');
      await t.expect((lib, w) => lib.all(`${w} >>> .hsw-active`).length, 0, W);
      // An option that would show nobody is inert.
      await t.goto('?season=1');
      await t.ready();
      assert.equal(await t.evaluate(attr(`${W} >>> .hsw-option-lambert`, 'aria-disabled'), `${W} >>> .hsw-option-lambert`, 'aria-disabled'), 'true');
      await t.click(`${W} >>> .hsw-option-lambert`);
      await t.settle();
      assert.equal(await t.evaluate(query), '?season=1');
    },
  },
  {
    name: 'Back and Forward, and the copied link',
    async run(t) {
      await t.goto('./');
      await t.ready();
      const all = await t.evaluate(names(), W);
      await t.click(`${W} >>> .hsw-option-1`);
      await t.expect(query, '?season=1');
      const season1 = await t.evaluate(names(), W);
      assert.ok(season1.length < all.length);
      await t.click(`${W} >>> .hsw-option-higgs`);
      await t.expect(names(), higgsS1, W);
      await t.back();
      await t.expect(query, '?season=1');
      await t.expect(names(), season1, W);
      await t.expect(attr(`${W} >>> .hsw-option-higgs`, 'aria-pressed'), 'false', `${W} >>> .hsw-option-higgs`, 'aria-pressed');
      await t.back();
      await t.expect(query, '');
      await t.expect(names(), all, W);
      await t.forward();
      await t.expect(query, '?season=1');
      await t.expect(names(), season1, W);
      await t.forward();
      await t.expect(names(), higgsS1, W);
      // The copied link gives the same answer in a fresh load.
      await t.goto('?season=1&school=higgs');
      await t.ready();
      await t.expect(names(), higgsS1, W);
    },
  },
  {
    name: 'the timeline: ?view=timeline&season=2, horizontal when wide and vertical when narrow, event to people and Back',
    async run(t) {
      await t.goto('?view=timeline&season=2');
      await t.ready();
      assert.equal(await t.evaluate((lib, w) => lib.one(`${w} >>> [role=tab][aria-selected=true]`)?.textContent, W), 'Timeline');
      assert.equal(await t.evaluate((lib, w) => lib.all(`${w} >>> .hsw-grid`).length, W), 0);
      await t.expect(text(`${W} >>> .hsw-era-title`), ['Season 2'], `${W} >>> .hsw-era-title`);
      assert.match((await t.evaluate(text(`${W} >>> .hsw-era-meta`), `${W} >>> .hsw-era-meta`))[0], /Premiered 3 August 2023 · 8 episodes · Volume 3/);
      await t.click(`${W} >>> .hsw-event-btn`, 'Season 2 premieres');
      await t.expect(dialogState, { open: true, title: 'Season 2 premieres' }, W);
      await t.expect((lib, w) => lib.all(`${w} >>> dialog .hsw-links li`).filter((li) => li.querySelector('.hsw-new')).length, 7, W);
      await t.click(`${W} >>> dialog .hsw-links button`, '^Sahar Zahid');
      await t.expect(dialogState, { open: true, title: 'Sahar Zahid' }, W);
      await t.expect(params, { person: 'sahar-zahid', season: '2', view: 'timeline' });
      await t.back();
      await t.expect(dialogState, { open: true, title: 'Season 2 premieres' }, W);
      await t.press('Escape');
      await t.expect(dialogState, { open: false, title: 'Season 2 premieres' }, W);

      // Container queries: eras side by side when wide, stacked when narrow.
      const layout = (lib, w) => {
        const [, a, b] = lib.all(`${w} >>> .hsw-era`).map((el) => el.getBoundingClientRect());
        return Math.abs(a.y - b.y) < 2 && b.x > a.x ? 'horizontal' : Math.abs(a.x - b.x) < 2 && b.y > a.y ? 'vertical' : `other: ${JSON.stringify([a, b])}`;
      };
      const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
      await t.goto('?view=timeline');
      await t.ready();
      await t.expect(layout, 'horizontal', W);
      assert.ok(await t.evaluate(overflow) <= 0, 'no sideways scrolling at 1280 px');
      await t.setSize(375, 900);
      try {
        await t.expect(layout, 'vertical', W);
        assert.ok(await t.evaluate(overflow) <= 0, 'no sideways scrolling at 375 px');
        // On a phone-sized container the filters fold behind one button.
        await t.expect((lib, w) => [lib.visible(lib.one(`${w} >>> .hsw-filters-toggle`)), lib.visible(lib.one(`${w} >>> .hsw-option-1`))], [true, false], W);
      } finally {
        await t.setSize(1280, 900);
      }
    },
  },
  {
    name: "a person's details: ?person=elle-argent, a card's dialog, and where focus returns when it closes",
    async run(t) {
      await t.goto('?person=elle-argent');
      await t.ready();
      await t.expect(dialogState, { open: true, title: 'Elle Argent' }, W);
      await t.expect((lib, w) => lib.all(`${w} >>> dialog tbody tr`).map((tr) => lib.clean(tr.textContent)).length, 3, W);
      assert.match(await t.evaluate((lib, w) => lib.clean(lib.all(`${w} >>> dialog tbody tr`)[2].textContent), W), /Lambert School of Art/);
      assert.equal(await t.evaluate((lib, w) => lib.one(`${w} >>> dialog .hsw-sources a`)?.rel, W), 'noopener noreferrer');
      await t.press('Escape');
      await t.expect(dialogState, { open: false, title: 'Elle Argent' }, W);
      await t.expect(query, '?person=elle-argent');
      await t.expect(text(`${W} >>> .hsw-card.hsw-hl .hsw-name`), ['Elle Argent'], `${W} >>> .hsw-card.hsw-hl .hsw-name`);
      assert.equal(await t.evaluate((lib, w) => lib.all(`${w} >>> .hsw-event.hsw-hl`).length, W), 1);
      await t.click(`${W} >>> .hsw-selection button`, 'Clear highlight');
      await t.expect(query, '');

      // From a card: the dialog takes focus, Close gives it back to the card.
      await t.click(`${W} >>> .hsw-card .hsw-name button`, '^Nick Nelson$');
      await t.expect(dialogState, { open: true, title: 'Nick Nelson' }, W);
      await t.expect((lib) => lib.active()?.closest('dialog') !== null, true);
      assert.ok((await t.evaluate((lib, w) => lib.all(`${w} >>> dialog .hsw-links li`).length, W)) >= 8);
      await t.click(`${W} >>> dialog .hsw-close`);
      await t.expect(dialogState, { open: false, title: 'Nick Nelson' }, W);
      await t.expect(focused, { tag: 'button', text: 'Nick Nelson', event: null, inDialog: false });
      // Again, closed with Escape.
      await t.click(`${W} >>> .hsw-card .hsw-name button`, '^Charlie Spring$');
      await t.expect(dialogState, { open: true, title: 'Charlie Spring' }, W);
      await t.press('Escape');
      await t.expect(dialogState, { open: false, title: 'Charlie Spring' }, W);
      await t.expect(focused, { tag: 'button', text: 'Charlie Spring', event: null, inDialog: false });
      // From the dialog to an event, then closed: focus goes back to the card.
      await t.click(`${W} >>> .hsw-card .hsw-name button`, '^Nick Nelson$');
      await t.expect(dialogState, { open: true, title: 'Nick Nelson' }, W);
      await t.click(`${W} >>> dialog .hsw-links button`, 'Season 1 premieres');
      await t.expect(dialogState, { open: true, title: 'Season 1 premieres' }, W);
      await t.expect(query, '?event=season-1-premiere');
      await t.press('Escape');
      await t.expect(dialogState, { open: false, title: 'Season 1 premieres' }, W);
      await t.expect(focused, { tag: 'button', text: 'Nick Nelson', event: null, inDialog: false });
    },
  },
  {
    name: 'keyboard only: tabs, the timeline, a dialog that holds focus and gives it back',
    async run(t) {
      await t.goto('./');
      await t.ready();
      await t.evaluate((lib, w) => lib.one(`${w} >>> [role=tab]`, '^Both$').focus(), W);
      await t.press('ArrowLeft');
      await t.expect((lib) => lib.active()?.textContent, 'Timeline');
      await t.expect((lib) => new URLSearchParams(location.search).get('view'), 'timeline');
      await t.press('Tab');
      await t.expect((lib) => lib.active()?.dataset.hswEvent, '0');
      await t.press('ArrowDown');
      await t.expect((lib) => lib.active()?.dataset.hswEvent, '1');
      const last = await t.evaluate((lib, w) => lib.all(`${w} >>> [data-hsw-event]`).at(-1).dataset.hswEvent, W);
      await t.press('End');
      await t.expect((lib) => lib.active()?.dataset.hswEvent, last);
      await t.press('Home');
      await t.expect((lib) => lib.active()?.dataset.hswEvent, '0');
      await t.press('Enter');
      await t.expect((lib, w) => lib.one(`${w} >>> dialog.hsw-dialog`)?.open, true, W);
      for (let i = 0; i < 6; i += 1) {
        await t.press('Tab');
        await t.expect((lib) => !!lib.active()?.closest('dialog'), true);
      }
      await t.press('Shift+Tab');
      await t.expect((lib) => !!lib.active()?.closest('dialog'), true);
      await t.press('Escape');
      await t.expect((lib, w) => lib.one(`${w} >>> dialog.hsw-dialog`)?.open, false, W);
      await t.expect((lib) => lib.active()?.dataset.hswEvent, '0');

      // The timeline is one tab stop: Tab leaves it, Shift+Tab comes back to
      // the event last focused. (On a page with more after the timeline than
      // the standalone page has, so that Tab does not leave the page.)
      await t.goto('__test__/hostile.html');
      await t.ready(2);
      await t.evaluate((lib) => lib.one('#one >>> [role=tab][aria-selected=true]').focus());
      await t.press('ArrowRight');
      await t.expect((lib) => lib.clean(lib.active()?.textContent), 'Timeline');
      await t.press('Tab');
      await t.expect((lib) => lib.active() === lib.one('#one >>> [data-hsw-event]'), true);
      await t.press('ArrowDown');
      await t.press('Tab');
      await t.expect((lib) => lib.active()?.getRootNode().host?.id, 'two');
      await t.press('Shift+Tab');
      await t.expect((lib) => lib.active() === lib.all('#one >>> [data-hsw-event]')[1], true);
    },
  },
  {
    name: 'filtering with the keyboard alone: "who joined Truham in season 2?"',
    async run(t) {
      await t.goto('./');
      await t.ready();
      const label = (lib) => lib.describe(lib.active());
      const tabTo = async (re) => {
        for (let i = 0; i < 30; i += 1) {
          await t.press('Tab');
          if (re.test(await t.evaluate(label))) return;
        }
        throw new Error(`Tab never reached ${re} (focus is on ${await t.evaluate(label)})`);
      };
      await tabTo(/\bhsw-option-2\b/);
      await t.press('Enter');
      await t.expect(query, '?season=2');
      await tabTo(/\bhsw-option-truham\b/);
      await t.press('Space');
      await t.expect(query, '?season=2&school=truham');
      await tabTo(/\bhsw-option-new\b/);
      await t.press('Enter');
      await t.expect(names(), ['James McEwan', 'Mr Farouk', 'Christian'], W);
      await t.expect((lib, w) => /Season 2, Truham, New this season/.test(lib.one(`${w} >>> [role=status]`)?.textContent), true, W);
    },
  },
  {
    name: 'spoiler-safe: ?watched=1 shows no one, no school and no event from later seasons; a link to someone hidden says so',
    async run(t) {
      await t.goto('?watched=1');
      await t.ready();
      const state = await t.evaluate((lib, w) => ({
        names: lib.all(`${w} >>> .hsw-card .hsw-name`).map((el) => lib.clean(el.textContent)),
        watched: lib.one(`${w} >>> .hsw-watched select`)?.value,
        status: lib.clean(lib.one(`${w} >>> .hsw-status strong`)?.textContent),
        lambert: lib.all(`${w} >>> .hsw-option-lambert`).length,
        text: lib.one(w).shadowRoot.textContent,
        stored: localStorage.getItem('heartstopper-widget:watched'),
        visibility: getComputedStyle(lib.one(w)).visibility,
      }), W);
      assert.equal(state.watched, '1');
      for (const later of ['Sahar Zahid', 'James McEwan', 'Geoff', 'Michael Holden', 'Lambert', 'Season 2 premieres']) {
        assert.ok(!state.text.includes(later), `${later} is hidden`);
      }
      assert.ok(state.names.includes('Elle Argent'));
      const [, shown, total] = state.status.match(/^(\d+) of (\d+) cast members/);
      assert.equal(shown, total, 'the total counts only who shows');
      assert.equal(state.lambert, 0, 'no Lambert option');
      assert.equal(state.stored, null, 'nothing stored without the reader choosing');
      assert.equal(state.visibility, 'visible');
      await t.goto('?watched=1&person=geoff');
      await t.ready();
      await t.expect(text(`${W} >>> .hsw-hidden p`), ['Hidden: this link shows something from Season 3, after what you have watched.'], `${W} >>> .hsw-hidden p`);
    },
  },
  {
    name: 'search with accents: "stephane" finds Stéphane, and is in the URL',
    async run(t) {
      await t.goto('./');
      await t.ready();
      await t.click(`${W} >>> .hsw-search input`);
      await t.expect((lib) => lib.active()?.tagName, 'INPUT');
      await t.type('stephane');
      await t.expect(names(), ['Stéphane Nelson'], W);
      await t.expect(query, '?q=stephane');
      await t.expect((lib, w) => lib.all(`${w} >>> .hsw-event-btn`, 'Three more join season 2').length, 1, W);
      await t.click(`${W} >>> .hsw-tag`, 'stephane');
      await t.expect((lib, w) => lib.one(`${w} >>> .hsw-search input`).value, '', W);
      await t.expect(query, '');
      // Upper case, and the accent typed: the same one person.
      await t.click(`${W} >>> .hsw-search input`);
      await t.type('STÉPHANE');
      await t.expect(names(), ['Stéphane Nelson'], W);
    },
  },
  {
    name: 'the custom element: two widgets on one hostile host page',
    async run(t) {
      await t.goto('__test__/hostile.html');
      await t.ready(2);
      await t.expect(names('#one'), higgsS1, '#one');
      await t.expect(text('#two >>> .hsw-era-title'), ['Season 3'], '#two >>> .hsw-era-title');
      const styles = await t.evaluate((lib) => ({
        size: parseFloat(getComputedStyle(lib.one('#one >>> .hsw-option')).fontSize),
        grid: getComputedStyle(lib.one('#one >>> .hsw-grid')).display,
        hostDiv: getComputedStyle(document.querySelector('.host-div')).display,
        bodyColor: getComputedStyle(document.body).color,
        theme: getComputedStyle(lib.one('#two >>> section.hsw')).colorScheme,
        darkBackground: getComputedStyle(lib.one('#two >>> section.hsw')).backgroundColor,
        lightBackground: getComputedStyle(lib.one('#one >>> section.hsw')).backgroundColor,
      }));
      assert.ok(styles.size >= 15, `the host's 62.5% does not reach in (font size ${styles.size})`);
      assert.equal(styles.grid, 'grid');
      assert.equal(styles.hostDiv, 'none', "the widget's styles do not leak out");
      assert.equal(styles.bodyColor, 'rgb(221, 0, 0)');
      assert.equal(styles.theme, 'dark');
      assert.equal(styles.darkBackground, 'rgb(23, 22, 26)', 'theme="dark" paints the dark background');
      assert.equal(styles.lightBackground, 'rgb(255, 255, 255)');
      // A click in one widget leaves the other alone.
      await t.click('#one >>> .hsw-option-2');
      await t.expect((lib) => lib.clean(lib.one('#one >>> .hsw-status').textContent).endsWith('Season 1, Season 2, Higgs'), true);
      await t.expect(text('#two >>> .hsw-era-title'), ['Season 3'], '#two >>> .hsw-era-title');
      // Keys in one widget's timeline stay there.
      await t.evaluate((lib) => lib.one('#two >>> [data-hsw-event]').focus());
      await t.press('End');
      await t.expect((lib) => lib.active() === lib.all('#two >>> [data-hsw-event]').at(-1), true);
      assert.equal(await t.evaluate((lib) => lib.one('#one >>> [role=tab][aria-selected=true]')?.textContent), 'Cast');
      assert.match(await t.evaluate(() => location.href), /hostile\.html$/, 'no state in the host page\'s URL');
      // The host hears the widget's events.
      await t.evaluate(() => {
        window.heard = [];
        document.getElementById('one').addEventListener('heartstopper-select', (e) => window.heard.push(e.detail));
      });
      await t.click('#one >>> .hsw-card .hsw-name button', '^Elle Argent$');
      await t.expect(() => window.heard, [{ person: 'elle-argent', event: null }]);
      await t.press('Escape');
      // Attributes update it; removal and re-adding work.
      await t.evaluate(() => { const el = document.getElementById('one'); el.setAttribute('season', '3'); el.setAttribute('school', 'lambert'); });
      await t.expect(names('#one'), lambertS3, '#one');
      await t.evaluate(() => { const el = document.getElementById('one'); el.remove(); document.body.append(el); });
      await t.waitFor((lib) => performance.getEntriesByName('hsw:rendered').length >= 3 && lib.visible(lib.one('#one >>> .hsw-status')));
      await t.expect(names('#one'), lambertS3, '#one');
    },
  },
  {
    name: 'custom data, and a broken data URL',
    async run(t) {
      await t.goto('__test__/data.html');
      await t.expect(names('#good'), ['Nick Nelson', 'Charlie Spring', 'Elle Argent', 'Tao Xu'], '#good');
      assert.equal(await t.evaluate((lib) => lib.all('#good >>> .hsw-notice').length), 0);
      const cases = {
        missing: 'no-such-file\\.json answered HTTP 404',
        shape: 'at people\\[1\\]: missing field `actor`',
        dangling: 'people\\[2\\] "elle-argent", field `appearances\\[0\\]\\.school`: unknown school "hogwarts"',
        mime: 'not-json\\.txt is not JSON \\(its type is "text/plain',
        syntax: 'inline data: the data is not valid JSON',
      };
      for (const [id, message] of Object.entries(cases)) {
        // As a reader scrolls to it (a lazy widget starts when near).
        await t.evaluate((lib, i) => document.getElementById(i).scrollIntoView(), id);
        await t.expect((lib, i, m) => {
          const notice = lib.clean(lib.one(`#${i} >>> .hsw-notice`)?.textContent);
          return new RegExp(m).test(notice) && notice.includes('Showing the built-in data instead.')
            ? 'ok' : notice;
        }, 'ok', id, message);
        await t.expect((lib, i) => /^33 of 33 cast members/.test(lib.clean(lib.one(`#${i} >>> .hsw-status`)?.textContent)), true, id);
      }
    },
  },
  {
    name: "a site's sheet (overlay): pictures, a note and an added person; a misspelt id said with its row",
    async run(t) {
      await t.goto('__test__/overlay.html');
      // The built-in 33 and the person the sheet adds.
      await t.expect((lib) => lib.all('#sheet >>> .hsw-card').length, 34, '#sheet');
      await t.expect((lib) => lib.all('#sheet >>> .hsw-card img.hsw-photo').length, 3, 'pictures');
      await t.expect((lib) => lib.clean(lib.one('#sheet >>> .hsw-notice')?.textContent).includes(
        'row 5, column id: no person or event has the id nick-nelsn; did you mean nick-nelson?'), true, 'notice');
      // Watched up to season 2: the person first seen in season 3 is not there.
      await t.expect((lib) => lib.all('#watched >>> .hsw-notice').length, 1, '#watched');
      await t.expect((lib) => lib.all('#watched >>> .hsw-card .hsw-name').map((el) => lib.clean(el.textContent)).includes('Zara Late'), false, 'hidden');
      // The added person's details say they are the site's.
      // Scrolled to first: the cards on the way lay themselves out as they
      // come near (content-visibility), which moves the card.
      await t.evaluate((lib) => lib.one('#sheet >>> .hsw-card .hsw-name button', 'Zara Late')?.scrollIntoView({ block: 'center' }));
      await new Promise((resolve) => setTimeout(resolve, 500));
      await t.click('#sheet >>> .hsw-card .hsw-name button', 'Zara Late');
      await t.expect((lib) => {
        const d = lib.one('#sheet >>> dialog.hsw-dialog');
        return !!d?.open && lib.clean(d.textContent).includes('This site added this person');
      }, true, 'details');
      // A sheet that is not there: said in French, the built-in data shown.
      await t.evaluate((lib) => document.getElementById('missing').scrollIntoView());
      await t.expect((lib) => lib.clean(lib.one('#missing >>> .hsw-notice')?.textContent).includes('no-such-sheet.csv'), true, '#missing');
      await t.expect((lib) => lib.all('#missing >>> .hsw-card').length, 33, '#missing cards');
    },
  },
  {
    name: 'the iframe page: sized to its content, its state in its own URL',
    async run(t) {
      await t.setSize(1000, 800);
      try {
        await t.goto('__test__/frame.html');
        const F = 'iframe[data-heartstopper]';
        await t.waitFor((lib, f) => document.querySelector(f).contentWindow.performance.getEntriesByName('hsw:rendered').length > 0
          && lib.visible(lib.one(`${f} >>> heartstopper-widget >>> .hsw-status`)), F);
        const fits = (lib, f) => {
          const frame = document.querySelector(f);
          const doc = frame.contentDocument.documentElement;
          const height = frame.getBoundingClientRect().height;
          return Math.abs(height - doc.scrollHeight) <= 2 && doc.scrollHeight <= doc.clientHeight + 1;
        };
        await t.expect(fits, true, F);
        const before = await t.evaluate((lib, f) => document.querySelector(f).getBoundingClientRect().height, F);
        await t.click(`${F} >>> heartstopper-widget >>> .hsw-option-higgs`);
        await t.expect((lib, f, h) => document.querySelector(f).getBoundingClientRect().height < h - 100, true, F, before);
        await t.expect(fits, true, F);
        await t.expect((lib, f) => /Season 2, Higgs/.test(lib.one(`${f} >>> heartstopper-widget >>> .hsw-status`).textContent), true, F);
        await t.expect((lib, f) => document.querySelector(f).contentWindow.location.search, '?season=2&school=higgs&view=grid', F);
      } finally {
        await t.setSize(1280, 900);
      }
    },
  },
  {
    name: 'a strict CSP: the standalone, iframe and demo pages need nothing more',
    async run(t) {
      for (const path of ['./', 'embed.html?season=2', 'demo.html', '__test__/hostile.html']) {
        await t.goto(path);
        const header = await t.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
        assert.match(header ?? '', /script-src 'self' 'wasm-unsafe-eval'/, `${path} is served with the CSP`);
        await t.waitFor(() => performance.getEntriesByName('hsw:rendered').length > 0);
        await t.waitFor((lib) => lib.all('heartstopper-widget >>> .hsw-status').length > 0);
        if (path === 'demo.html') {
          // Down the page: a lazy widget starts when scrolled near.
          await t.evaluate(() => document.getElementById('broken-widget').scrollIntoView());
          await t.expect((lib) => /HTTP 404/.test(lib.one('#broken-widget >>> .hsw-notice')?.textContent), true);
        }
        // The guard's `securitypolicyviolation` listener heard nothing.
        assert.deepEqual(await t.evaluate(() => window.__hswGuard.violations), [], `${path}: CSP violations`);
      }
    },
  },
  ...[
    ['en', 'Season 2', 'Clear all filters', '3 August 2023', 'May 2021'],
    ['es', 'Temporada 2', 'Quitar todos los filtros', '3 de agosto de 2023', 'mayo de 2021'],
    ['fr', 'Saison 2', 'Effacer tous les filtres', '3 août 2023', 'mai 2021'],
    ['de', 'Staffel 2', 'Alle Filter löschen', '3. August 2023', 'Mai 2021'],
    ['pt-BR', 'Temporada 2', 'Limpar todos os filtros', '3 de agosto de 2023', 'maio de 2021'],
  ].map(([lang, season, clear, date, month]) => ({
    name: `?lang=${lang}: the interface and its dates (${date}, ${month})`,
    async run(t) {
      await t.goto(`?lang=${lang}&season=2`);
      await t.ready();
      const seen = await t.evaluate((lib, w) => ({
        lang: lib.one(`${w} >>> section.hsw`)?.getAttribute('lang'),
        season: lib.clean(lib.one(`${w} >>> .hsw-option-2`)?.textContent),
        clear: lib.clean(lib.one(`${w} >>> .hsw-active .hsw-clear`)?.textContent),
        premiere: lib.clean(lib.one(`${w} >>> .hsw-era-meta`)?.textContent),
      }), W);
      assert.equal(seen.lang, lang === 'en' ? 'en-GB' : lang);
      assert.ok(seen.season.startsWith(season), `"${seen.season}" starts with "${season}"`);
      assert.equal(seen.clear, clear);
      assert.ok(seen.premiere.includes(date), `"${seen.premiere}" has "${date}"`);
      // A date known to the month only, from the whole timeline.
      await t.goto(`?lang=${lang}&view=timeline`);
      await t.ready();
      const dates = await t.evaluate((lib, w) => lib.all(`${w} >>> time.hsw-date`).map((el) => [el.getAttribute('datetime'), lib.clean(el.textContent)]), W);
      const byMonth = dates.filter(([d]) => /^\d{4}-\d{2}$/.test(d));
      const byYear = dates.filter(([d]) => /^\d{4}$/.test(d));
      assert.ok(byMonth.length > 0 && byYear.length > 0, 'the data has dates known to the month and to the year');
      const may = byMonth.find(([d]) => d === '2021-05');
      assert.ok(may, 'an event in May 2021');
      assert.equal(may[1], month);
      for (const [d, shown] of byYear) assert.equal(shown, d);
    },
  })),
  {
    name: 'the dark theme, from the system setting (light-dark())',
    dark: true,
    async run(t) {
      await t.goto('?season=3&school=higgs,lambert');
      await t.ready();
      assert.equal(await t.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true, 'the browser was started dark');
      const colours = await t.evaluate((lib, w) => {
        const s = getComputedStyle(lib.one(`${w} >>> section.hsw`));
        const option = getComputedStyle(lib.one(`${w} >>> .hsw-tab[aria-selected=true]`));
        return { background: s.backgroundColor, color: s.color, option: option.backgroundColor };
      }, W);
      assert.deepEqual(colours, { background: 'rgb(23, 22, 26)', color: 'rgb(242, 242, 242)', option: 'rgb(37, 35, 42)' });
      // theme="light" wins over the system.
      await t.goto('__test__/theme.html?theme=light');
      await t.ready();
      assert.equal(await t.evaluate((lib) => getComputedStyle(lib.one('heartstopper-widget >>> section.hsw')).backgroundColor), 'rgb(255, 255, 255)');
    },
  },
];
