import type { Dataset } from '@tradetalks/core';
import { useApp, useInput } from 'ink';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { Frame } from '../components/frame';
import { isTyping, keyName } from '../keys/key-name';
import { createStateEnv } from '../screen/state-env';
import { runInIdleSteps, warmUpSteps } from '../screen/warm-up';
import { type AppState, initialState, type ViewId } from '../state/app-state';
import { type Action, reduce } from '../state/reduce';
import { useOnResize, useTerminalSize } from './use-terminal-size';

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

  useInput((input, key) => {
    // Keys that arrive together (typed fast, sent by a script) come as one string: outside
    // a filter each character is a key of its own.
    const typed = isTyping(input, key);
    const presses = typed && [...input].length > 1 && !state.editing ? [...input] : [input];
    for (const press of presses) {
      dispatch({ type: 'key', key: keyName(press, key), typed: typed ? press : undefined });
    }
  });

  return <Frame state={state} dataset={dataset} />;
};
