// Types for <heartstopper-widget>. (The build writes this file from
// packaging/heartstopper-widget.template.d.ts and src/params.rs.) Importing the package defines the element:
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

/**
 * A comma-separated list of distinct values, in any order:
 * `CommaList<'a' | 'b'>` is `'a' | 'b' | 'a,b' | 'b,a'`.
 */
export type CommaList<T extends string, All extends string = T> = [T] extends [never]
  ? never
  : { [K in T]: K | `${K},${CommaList<Exclude<All, K>>}` }[T];

// @generated attribute types

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
