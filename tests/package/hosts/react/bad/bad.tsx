// Must NOT compile: "random" is not a sort order. The test expects tsc to
// fail on this file, naming it.
import 'heartstopper-widget/react';

export const Bad = () => <heartstopper-widget season="2" sort="random" />;
