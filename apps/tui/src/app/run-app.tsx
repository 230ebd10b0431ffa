import type { Dataset } from '@tradetalks/core';
import { render } from 'ink';
import { App } from './app';
import { ColorContext } from './color-context';

export interface AppOptions {
  readonly dataset: Dataset;
  readonly date: string | undefined;
  readonly color: boolean;
}

// Full screen on the alternate screen; bracketed paste (a paste arrives marked, so it is
// text, not keys); the mouse wheel reported (SGR encoding). Each is undone on the way out.
const ENTER = '\u001b[?1049h\u001b[H\u001b[?2004h\u001b[?1000h\u001b[?1006h';
const LEAVE = '\u001b[?1006l\u001b[?1000l\u001b[?2004l\u001b[?25h\u001b[?1049l';
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * Run the app full screen until it quits, then give the terminal back as it was: raw mode
 * off, cursor shown, the main screen with what was on it. The same on SIGINT, SIGTERM and
 * SIGHUP, and when drawing fails.
 */
export const runApp = async ({ dataset, date, color }: AppOptions): Promise<number> => {
  const { stdout } = process;
  stdout.write(ENTER);
  const instance = render(
    <ColorContext.Provider value={color}>
      <App dataset={dataset} date={date} view={date === undefined ? 'overview' : 'tariffs'} />
    </ColorContext.Provider>,
    // Incremental: only the rows that changed are written (Ink's own option); with the patch
    // in patches/ (a frame of the terminal's height is not an overflow) that holds for a
    // full-screen frame too, so no frame clears the screen.
    { exitOnCtrlC: false, maxFps: 120, incrementalRendering: true },
  );
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    instance.unmount();
    instance.cleanup();
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    stdout.write(LEAVE);
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
