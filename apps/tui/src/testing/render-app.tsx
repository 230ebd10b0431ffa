// The one way tests draw the interactive app: ink-testing-library under a terminal of a
// chosen size, keys by name, and the frame as plain text.
import { dataset } from '@tradetalks/core';
import { render } from 'ink-testing-library';
import { App } from '../app/app';
import type { EffectRunner } from '../app/effects';
import { PaintContext } from '../app/paint-context';
import type { ViewId } from '../state/app-state';

/** The day tests count the data's age to, so that a frame does not change with the clock. */
export const TEST_TODAY = '2026-12-01';

/** What a key sends down the wire. */
export const KEYS: Readonly<Record<string, string>> = {
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  pageup: '\u001b[5~',
  pagedown: '\u001b[6~',
  home: '\u001b[H',
  end: '\u001b[F',
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  'shift+tab': '\u001b[Z',
  backspace: '\u007f',
  'ctrl+c': '\u0003',
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape codes is the point
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
const settle = () => new Promise((resolve) => setTimeout(resolve, 15));

export interface Size {
  readonly columns: number;
  readonly rows: number;
}

/** Draw the app at `size`; `press` types keys (names from KEYS, or characters). */
export const renderApp = async ({
  columns = 80,
  rows = 24,
  date,
  today = TEST_TODAY,
  view,
  color = false,
  hyperlinks = false,
  raw = false,
  effects,
}: Partial<Size> & {
  effects?: EffectRunner;
  date?: string;
  today?: string;
  view?: ViewId;
  color?: boolean;
  hyperlinks?: boolean;
  raw?: boolean;
} = {}) => {
  const instance = render(
    <PaintContext.Provider value={{ color, hyperlinks }}>
      <App
        dataset={dataset}
        date={date}
        today={today}
        {...(view ? { view } : {})}
        {...(effects ? { effects } : {})}
      />
    </PaintContext.Provider>,
  );
  const resize = async (size: Size) => {
    Object.defineProperty(instance.stdout, 'columns', { value: size.columns, configurable: true });
    Object.defineProperty(instance.stdout, 'rows', { value: size.rows, configurable: true });
    const before = instance.frames.length;
    instance.stdout.emit('resize');
    // Wait for the frame drawn at the new size (a loaded machine can take a while), then a
    // moment more for any frame that follows it.
    const started = Date.now();
    while (instance.frames.length === before && Date.now() - started < 2_000) await settle();
    await settle();
  };
  await resize({ columns, rows });
  // The app listens to stdin from an effect after the first frame; a key sent before it
  // would be lost, so wait until it listens (a loaded machine can take a while).
  const started = Date.now();
  while (instance.stdin.listenerCount('data') === 0 && Date.now() - started < 2_000) {
    await settle();
  }
  /** The last frame as plain text (`raw`: with its escape codes). */
  const frame = () =>
    raw ? (instance.lastFrame() ?? '') : (instance.lastFrame() ?? '').replace(ANSI, '');
  // Wait for the frame a key causes rather than a fixed time: on a loaded machine React can
  // take longer than any fixed pause. A key that changes nothing costs the whole wait.
  const send = async (data: string) => {
    const before = instance.frames.length;
    instance.stdin.write(data);
    const started = Date.now();
    while (instance.frames.length === before && Date.now() - started < 400) await settle();
    await settle();
  };
  return {
    frame,
    lines: () => frame().split('\n'),
    press: async (...keys: string[]) => {
      for (const key of keys) await send(KEYS[key] ?? key);
    },
    /** Send `data` in one write, as a paste, auto-repeat or a script over SSH delivers it. */
    write: send,
    /** Type text one character at a time, as a person would. */
    type: async (text: string) => {
      for (const char of text) await send(char);
    },
    resize,
    frameCount: () => instance.frames.length,
    unmount: instance.unmount,
  };
};
