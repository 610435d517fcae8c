// Types for <heartstopper-widget>. Importing the package defines the element:
//
//   import 'heartstopper-widget';
//   const widget = document.querySelector('heartstopper-widget'); // HeartstopperWidget | null
//   widget?.addEventListener('heartstopper-change', (e) => e.detail.shown);
//
// For JSX (React 19), import 'heartstopper-widget/react' instead: it defines
// the element too, and types its attributes and events in JSX.
//
// The module exports types only: the element is reached through the DOM
// (document.createElement, querySelector, customElements.get), never as a
// value import.

/** A season id: the three series and the film. */
export type HeartstopperSeason = '1' | '2' | '3' | 'film';
/** A school id; `none` is no school. */
export type HeartstopperSchool = 'truham' | 'higgs' | 'lambert' | 'none';
/** A cast member's role. */
export type HeartstopperRole = 'student' | 'teacher' | 'family' | 'other';
/** The order of the cast cards. */
export type HeartstopperSort = 'billing' | 'character' | 'actor' | 'first';
/** Which views are shown. */
export type HeartstopperView = 'both' | 'grid' | 'timeline';
/** The colour theme; without one the widget follows the system setting. */
export type HeartstopperTheme = 'light' | 'dark' | 'high-contrast';
/** An interface language the widget speaks. */
export type HeartstopperLang = 'en' | 'es' | 'fr' | 'de' | 'pt-BR';
/** When the widget starts its WebAssembly: when it nears the viewport (`lazy`, the default), or at once (`eager`). */
export type HeartstopperLoading = 'lazy' | 'eager';

/**
 * A comma-separated list of distinct values, in any order:
 * `CommaList<'a' | 'b'>` is `'a' | 'b' | 'a,b' | 'b,a'`.
 */
export type CommaList<T extends string, All extends string = T> = [T] extends [never]
  ? never
  : { [K in T]: K | `${K},${CommaList<Exclude<All, K>>}` }[T];

/** The language attribute: a language the widget speaks, or a regional tag of one (`en-GB`, `pt-PT`). */
export type HeartstopperLangAttribute =
  | HeartstopperLang
  | `${'en' | 'es' | 'fr' | 'de' | 'pt'}-${string}`
  | 'pt';

/**
 * The element's attributes and their values. Every one is optional; the
 * state attributes take the same values as the widget's URL parameters.
 */
export interface HeartstopperWidgetAttributes {
  /** Seasons to show: `"2"`, `"2,3"`. */
  season?: CommaList<HeartstopperSeason>;
  /** Schools to show, within the selected seasons: `"truham,none"`. */
  school?: CommaList<HeartstopperSchool>;
  /** Roles to show: `"teacher"`, `"student,family"`. */
  role?: CommaList<HeartstopperRole>;
  /** Search text over actor and character names. */
  q?: string;
  /** `"1"`: only people who joined in a selected season. */
  new?: '1';
  /** The order of the cast cards (default `billing`). */
  sort?: HeartstopperSort;
  /** Which views are shown (default `both`). */
  view?: HeartstopperView;
  /** The id of a person in the data: selects them and lights up what links to them; their details open when the reader asks. */
  person?: string;
  /** The id of a timeline event in the data: selects it and lights up its people; its details open when the reader asks. */
  event?: string;
  /** Spoiler-safe viewing: the season the reader has watched up to; nothing later shows. The reader's own stored choice, then `?watched=` (with `sync-url`), win over it. */
  watched?: HeartstopperSeason;
  /** The colour theme; by default the reader's system setting. */
  theme?: HeartstopperTheme;
  /** The interface language; by default `?lang=`, then the browser's languages. */
  lang?: HeartstopperLangAttribute;
  /** The URL of custom data in the format of heartstopper.json. */
  src?: string;
  /** Present: keep the state in the page's address bar. */
  'sync-url'?: boolean | '';
  /** `lazy` (default): start when near the viewport, focused or touched; `eager`: at once. */
  loading?: HeartstopperLoading;
}

/** The names of the element's attributes (its `observedAttributes`). */
export type HeartstopperWidgetAttributeName = keyof HeartstopperWidgetAttributes;

/** `detail` of `heartstopper-change`: the widget's whole state. */
export interface HeartstopperChangeDetail {
  season: HeartstopperSeason[];
  school: HeartstopperSchool[];
  role: HeartstopperRole[];
  /** The search text, trimmed. */
  q: string;
  /** Only people new in a selected season. */
  new: boolean;
  sort: HeartstopperSort;
  view: HeartstopperView;
  /** The selected person's id, if a person is selected. */
  person: string | null;
  /** The selected event's id, if an event is selected. */
  event: string | null;
  /** The season watched up to (spoiler-safe viewing), or null when nothing is hidden. */
  watched: HeartstopperSeason | null;
  /** The number of cast members shown. */
  shown: number;
}

/** `detail` of `heartstopper-select`: what is selected (at most one of the two). */
export interface HeartstopperSelectDetail {
  person: string | null;
  event: string | null;
}

export type HeartstopperChangeEvent = CustomEvent<HeartstopperChangeDetail>;
export type HeartstopperSelectEvent = CustomEvent<HeartstopperSelectDetail>;

/** The events the element fires. Both bubble. */
export interface HeartstopperWidgetEventMap {
  'heartstopper-change': HeartstopperChangeEvent;
  'heartstopper-select': HeartstopperSelectEvent;
}

/** A `<heartstopper-widget>` element. Its state is set through attributes. */
export interface HeartstopperWidget extends HTMLElement {
  addEventListener<K extends keyof HeartstopperWidgetEventMap>(
    type: K,
    listener: (this: HeartstopperWidget, event: HeartstopperWidgetEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HeartstopperWidget, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HeartstopperWidgetEventMap>(
    type: K,
    listener: (this: HeartstopperWidget, event: HeartstopperWidgetEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HeartstopperWidget, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/** The element's class, as `customElements.get('heartstopper-widget')` returns it. */
export interface HeartstopperWidgetConstructor {
  new (): HeartstopperWidget;
  readonly prototype: HeartstopperWidget;
  readonly observedAttributes: HeartstopperWidgetAttributeName[];
}

/**
 * The attributes as JSX props, for any JSX library: attribute names as they
 * are written in HTML, and `on<event-name>` listeners as React 19 and
 * Preact attach them to custom elements.
 */
export interface HeartstopperWidgetJSXAttributes extends HeartstopperWidgetAttributes {
  'onheartstopper-change'?: (event: HeartstopperChangeEvent) => void;
  'onheartstopper-select'?: (event: HeartstopperSelectEvent) => void;
}

declare global {
  interface HTMLElementTagNameMap {
    'heartstopper-widget': HeartstopperWidget;
  }
  // The events bubble, so an ancestor, the document or the window hears them.
  interface GlobalEventHandlersEventMap {
    'heartstopper-change': HeartstopperChangeEvent;
    'heartstopper-select': HeartstopperSelectEvent;
  }
  interface CustomElementRegistry {
    get(name: 'heartstopper-widget'): HeartstopperWidgetConstructor | undefined;
  }
}
