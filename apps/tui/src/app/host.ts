// What the interactive app takes from the rest of the binary: the story model, the views and
// the state they are drawn from. In the binary the app is an ES module of its own (Ink has
// top-level `await`, which the binary's CommonJS script cannot hold), and the build gives it
// these through `provideHost`, from the script that drew the first frame: the process then
// holds one copy of core, the views and all they computed, not two. In the source, and so
// in the tests, they are simply these modules; providing them is a no-op.
//
// One `export { … } from` per line: the app build reads the names from here
// (build/host-stub.ts), and a test checks that it reads them all.
export { latestTariffDay } from '@tradetalks/core';
export { createInputDecoder } from '../input/decode-input';
export { lineToAnsi } from '../lines/render-text';
export { screenLines } from '../screen/screen-lines';
export { createStateEnv } from '../screen/state-env';
export { runInIdleSteps, warmUpSteps } from '../screen/warm-up';
export { initialState } from '../state/app-state';
export { reduce } from '../state/reduce';

/** Everything above, as the binary's script passes it to the app. */
export type Host = Omit<typeof import('./host'), 'provideHost'>;

/** Gives the app the binary's own copies of the exports above (the build's app replaces this). */
export const provideHost = (_host: Host): void => {};
