import type { Dataset } from '@tradetalks/core';
import { render } from 'ink';
import { App } from './app';
import { ColorContext } from './color-context';

export interface AppOptions {
  readonly dataset: Dataset;
  readonly date: string | undefined;
  readonly color: boolean;
}

const ALTERNATE_SCREEN = '\u001b[?1049h\u001b[H';
const MAIN_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * Run the app full screen until it quits, then give the terminal back as it was: raw mode
 * off, cursor shown, the main screen with what was on it. The same on SIGINT, SIGTERM and
 * SIGHUP, and when drawing fails.
 */
export const runApp = async ({ dataset, date, color }: AppOptions): Promise<number> => {
  const { stdout } = process;
  stdout.write(ALTERNATE_SCREEN);
  const instance = render(
    <ColorContext.Provider value={color}>
      <App dataset={dataset} date={date} view={date === undefined ? 'overview' : 'tariffs'} />
    </ColorContext.Provider>,
    { exitOnCtrlC: false, maxFps: 120 },
  );
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    instance.unmount();
    instance.cleanup();
    stdout.write(SHOW_CURSOR + MAIN_SCREEN);
  };
  const handlers: (() => void)[] = Object.entries(SIGNALS).map(([signal, number]) => {
    const handler = () => {
      restore();
      process.exit(128 + number);
    };
    process.on(signal, handler);
    return () => {
      process.off(signal, handler);
    };
  });
  // A failure outside React (a timer, a stream) still leaves the terminal as it was, and
  // says what went wrong in one line.
  const crash = (error: unknown) => {
    restore();
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tradetalks: something went wrong: ${message}\n`);
    process.exit(1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  handlers.push(() => {
    process.off('uncaughtException', crash);
    process.off('unhandledRejection', crash);
  });
  try {
    await instance.waitUntilExit();
    return 0;
  } finally {
    restore();
    for (const off of handlers) off();
  }
};
