// A React 19 app that embeds the widget: attributes from state, the
// heartstopper-change event into state. The test reads #shown and #season.
import { useState } from 'react';
import 'heartstopper-widget/react';
import type { HeartstopperChangeEvent, HeartstopperView } from 'heartstopper-widget';

export function App() {
  const [view, setView] = useState<HeartstopperView>('both');
  const [shown, setShown] = useState<number | null>(null);
  const [seasons, setSeasons] = useState<string>('');

  const onChange = (event: HeartstopperChangeEvent) => {
    setShown(event.detail.shown);
    setSeasons(event.detail.season.join(','));
  };

  return (
    <main>
      <h1>Heartstopper in React</h1>
      <button type="button" id="grid-only" onClick={() => setView('grid')}>
        Cast only
      </button>
      <p>
        Shown: <span id="shown">{shown ?? 'none yet'}</span>, seasons: <span id="season">{seasons}</span>
      </p>
      <heartstopper-widget season="2" view={view} theme="light" onheartstopper-change={onChange} />
    </main>
  );
}
