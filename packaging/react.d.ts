// JSX types for React 19: `import 'heartstopper-widget/react'` defines the
// element and lets TypeScript check its attributes and event props.
//
//   <heartstopper-widget season="2,3" view="timeline"
//     onheartstopper-change={(e) => console.log(e.detail.shown)} />
//
// React 19 sets unknown props on custom elements as attributes, and attaches
// `on<event-name>` props as event listeners; `sync-url={true}` adds the
// attribute, `false` removes it.
import type { ClassAttributes, HTMLAttributes } from 'react';
import type { HeartstopperWidget, HeartstopperWidgetJSXAttributes } from './heartstopper-widget.js';

export * from './heartstopper-widget.js';

/** The props of `<heartstopper-widget>` in React: HTML's global attributes (bar the two the widget types itself), `key`, `ref`, and the widget's own. */
export type HeartstopperWidgetProps = Omit<HTMLAttributes<HeartstopperWidget>, keyof HeartstopperWidgetJSXAttributes> &
  ClassAttributes<HeartstopperWidget> &
  HeartstopperWidgetJSXAttributes;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'heartstopper-widget': HeartstopperWidgetProps;
    }
  }
}
