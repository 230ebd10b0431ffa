import type { Dataset } from '@tradetalks/core';
import { useApp } from 'ink';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { Frame } from '../components/frame';
import type { InputEvent } from '../input/decode-input';
import { createStateEnv } from '../screen/state-env';
import { runInIdleSteps, warmUpSteps } from '../screen/warm-up';
import { type AppState, initialState, type ViewId } from '../state/app-state';
import { type Action, reduce } from '../state/reduce';
import { useInputEvents } from './use-input-events';
import { useOnResize, useTerminalSize } from './use-terminal-size';

/** An input event as the reducer's action. */
const toAction = (event: InputEvent): Action => {
  switch (event.kind) {
    case 'key':
      return { type: 'key', key: event.name, typed: event.text };
    case 'paste':
      return { type: 'paste', text: event.text };
    case 'wheel':
      return { type: 'wheel', direction: event.direction };
  }
};

export interface AppProps {
  readonly dataset: Dataset;
  /** The day the Tariffs view opens on; the data's as-of date when not given. */
  readonly date?: string | undefined;
  readonly view?: ViewId;
}

/** The interactive app: state from keys and the terminal's size, drawn by `Frame`. */
export const App = ({ dataset, date, view }: AppProps) => {
  const { exit } = useApp();
  const size = useTerminalSize();
  const env = useMemo(() => createStateEnv(dataset), [dataset]);
  const [state, setState] = useState<AppState>(() =>
    initialState({ tariffDate: date ?? dataset.asOf, viewport: size, ...(view ? { view } : {}) }),
  );
  const dispatch = useCallback((action: Action) => setState((s) => reduce(s, action, env)), [env]);

  useOnResize((next) => dispatch({ type: 'resize', ...next }));

  // Once the first frame is up, build the other views' first screens while no key is down.
  const { columns, rows } = state.viewport;
  // biome-ignore lint/correctness/useExhaustiveDependencies: warm up once per size, not per state
  useEffect(() => runInIdleSteps(warmUpSteps(state, dataset)), [dataset, columns, rows]);

  // A layout effect runs as soon as the frame is committed: no key after q is drawn.
  useLayoutEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  // All the keys of one read in order, each against the state the one before left, drawn
  // as one frame.
  useInputEvents((events) =>
    setState((s) => events.reduce((next, event) => reduce(next, toAction(event), env), s)),
  );

  return <Frame state={state} dataset={dataset} />;
};
