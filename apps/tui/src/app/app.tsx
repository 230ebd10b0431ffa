import type { Dataset } from '@tradetalks/core';
import { useApp, useStdout } from 'ink';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { Frame } from '../components/frame';
import type { InputEvent } from '../input/decode-input';
import type { AppState, ViewId } from '../state/app-state';
import type { Action } from '../state/reduce';
import { type EffectRunner, runEffects, terminalEffects } from './effects';
import {
  createStateEnv,
  initialState,
  latestTariffDay,
  reduce,
  runInIdleSteps,
  warmUpSteps,
} from './host';
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
  /** Who opens links, copies and suspends; the terminal's when not given. */
  readonly effects?: EffectRunner;
  /** The day the Tariffs view opens on; the latest verified day when not given. */
  readonly date?: string | undefined;
  /** The day the data's age is counted to: the clock's when the app started. */
  readonly today: string;
  readonly view?: ViewId;
  /** The state to start from (after a suspend), instead of a fresh one. */
  readonly resume?: AppState | undefined;
  /** Told of every new state, so a suspended app can come back as it was. */
  readonly onState?: (state: AppState) => void;
}

/** The interactive app: state from keys and the terminal's size, drawn by `Frame`. */
export const App = ({ dataset, date, today, view, effects, resume, onState }: AppProps) => {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const size = useTerminalSize();
  const env = useMemo(() => createStateEnv(dataset), [dataset]);
  const [state, setState] = useState<AppState>(() =>
    resume
      ? // What was asked before the suspend (the suspend itself, for one) is done.
        { ...resume, effects: [], notice: undefined, viewport: size }
      : initialState({
          tariffDate: date ?? latestTariffDay(dataset),
          today,
          viewport: size,
          ...(view ? { view } : {}),
        }),
  );
  useEffect(() => onState?.(state), [state, onState]);
  const dispatch = useCallback((action: Action) => setState((s) => reduce(s, action, env)), [env]);

  useOnResize((next) => dispatch({ type: 'resize', ...next }));

  // Once the first frame is up, build the other views' first screens while no key is down.
  const { columns, rows } = state.viewport;
  // biome-ignore lint/correctness/useExhaustiveDependencies: warm up once per size, not per state
  useEffect(() => runInIdleSteps(warmUpSteps(state, dataset)), [dataset, columns, rows]);

  // What the reducer asked for (open a link, copy, suspend), done once the frame is up.
  const runner = useMemo(
    () =>
      effects ??
      terminalEffects(
        (data) => stdout.write(data),
        () => {},
      ),
    [effects, stdout],
  );
  useEffect(() => {
    if (state.effects.length === 0) return;
    const count = state.effects.length;
    runEffects(state.effects, runner, (message) => dispatch({ type: 'notice', text: message }));
    dispatch({ type: 'effects-done', count });
  }, [state.effects, runner, dispatch]);

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
