// The element through the DOM, as a TypeScript user without JSX meets it.
import type {
  HeartstopperChangeDetail,
  HeartstopperSelectDetail,
  HeartstopperWidget,
  HeartstopperWidgetAttributes,
  HeartstopperWidgetConstructor,
} from 'heartstopper-widget';

const made: HeartstopperWidget = document.createElement('heartstopper-widget');
made.setAttribute('season', '2');
const found: HeartstopperWidget | null = document.querySelector('heartstopper-widget');
const Class: HeartstopperWidgetConstructor | undefined = customElements.get('heartstopper-widget');
const names: readonly string[] = Class?.observedAttributes ?? [];

made.addEventListener('heartstopper-change', (event) => {
  const detail: HeartstopperChangeDetail = event.detail;
  const seasons: ('1' | '2' | '3' | 'film')[] = detail.season;
  const shown: number = detail.shown;
  const person: string | null = detail.person;
  // @ts-expect-error: shown is a number
  const wrong: string = detail.shown;
  // @ts-expect-error: no such field
  detail.count;
  return [seasons, shown, person, wrong];
});
// Events bubble: the document hears them, typed too.
document.addEventListener('heartstopper-select', (event) => {
  const detail: HeartstopperSelectDetail = event.detail;
  // @ts-expect-error: select's detail has no view
  detail.view;
});

const good: HeartstopperWidgetAttributes = { season: 'film,1', school: 'lambert', sort: 'first', 'sync-url': true };
// @ts-expect-error: not a sort
const bad: HeartstopperWidgetAttributes = { sort: 'random' };

export { found, names, good, bad };
