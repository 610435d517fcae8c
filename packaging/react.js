// heartstopper-widget/react: defines <heartstopper-widget>, exactly as the
// package's main module does. Its types (react.d.ts) also declare the
// element's attributes and events in React's JSX, so that React 19 checks them:
//
//   import 'heartstopper-widget/react';
//   <heartstopper-widget season="2" onheartstopper-change={(e) => e.detail.shown} />
import './heartstopper-widget.js';
