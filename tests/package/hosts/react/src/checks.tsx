// Type checks of the JSX types, compiled by tsc but never bundled (nothing
// imports this file): each @ts-expect-error line must be an error, or tsc
// fails with "Unused '@ts-expect-error' directive".
import 'heartstopper-widget/react';

export function Checks() {
  return (
    <div hidden>
      <heartstopper-widget season="2,3" school="truham,none" role="teacher" new="1" sort="actor" view="timeline"
        theme="high-contrast" lang="pt-BR" src="data.json" sync-url loading="lazy" person="elle-argent"
        onheartstopper-select={(e) => e.detail.person?.toUpperCase()} />
      <heartstopper-widget lang="en-GB" sync-url={false} className="x" id="y" key="z" />
      {/* @ts-expect-error: not a view */}
      <heartstopper-widget view="carousel" />
      {/* @ts-expect-error: not a season */}
      <heartstopper-widget season="4" />
      {/* @ts-expect-error: a season twice */}
      <heartstopper-widget season="2,2" />
      {/* @ts-expect-error: not a theme */}
      <heartstopper-widget theme="blue" />
      {/* @ts-expect-error: not a language the widget speaks */}
      <heartstopper-widget lang="it" />
      {/* @ts-expect-error: loading takes lazy or eager */}
      <heartstopper-widget loading="later" />
      {/* @ts-expect-error: new takes "1" */}
      <heartstopper-widget new={true} />
      {/* @ts-expect-error: the detail has no field "count" */}
      <heartstopper-widget onheartstopper-change={(e) => e.detail.count} />
      {/* @ts-expect-error: select's detail has no "shown" */}
      <heartstopper-widget onheartstopper-select={(e) => e.detail.shown} />
    </div>
  );
}
