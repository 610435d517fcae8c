// The standalone page's spoiler guard, loaded (not as a module) before its
// body: its pre-rendered widget shows every season, so when the reader's
// stored choice or the link's ?watched= hides later ones, this marks the page
// before anything is painted, widget.css keeps the pre-rendered widget
// hidden, and heartstopper-widget.js removes the mark once it has replaced
// it. The page follows its address bar (sync-url). The build bundles it with
// the element's own rule (element/watched.js) into one classic script.
import { resolveWatched } from './element/watched.js';

if (resolveWatched(true, null)) document.documentElement.setAttribute('data-hsw-guard', '');
