import type { Dataset } from '@tradetalks/core';
import { type Instance, render } from 'ink';
import type { AppState } from '../state/app-state';
import { App } from './app';
import { terminalEffects } from './effects';
import { PaintContext } from './paint-context';
import { ENTER_SCREEN, LEAVE_SCREEN } from './terminal-modes';

export interface AppOptions {
  readonly dataset: Dataset;
  readonly date: string | undefined;
  /** The clock's day when the app started. */
  readonly today: string;
  readonly color: boolean;
  readonly hyperlinks: boolean;
  /** Whether the screen is already the app's (the first frame was written before Ink loaded). */
  readonly entered?: boolean;
  /**
   * Given the app's restore when the caller handles the signals itself (cli.ts does, from
   * before Ink loads); without it the app handles SIGINT, SIGTERM and SIGHUP.
   */
  readonly onRestore?: (restore: () => void) => void;
}

const ENTER = ENTER_SCREEN;
const LEAVE = LEAVE_SCREEN;
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * Run the app full screen until it quits, then give the terminal back as it was: raw mode
 * off, cursor shown, the main screen with what was on it. The same on SIGINT, SIGTERM and
 * SIGHUP, and when drawing fails. Ctrl+Z gives the terminal back the same way and stops;
 * `fg` draws the app again as it was left.
 */
export const runApp = async ({
  dataset,
  date,
  today,
  color,
  hyperlinks,
  entered = false,
  onRestore,
}: AppOptions): Promise<number> => {
  let onScreen = entered;
  const { stdout } = process;
  let saved: AppState | undefined;
  let instance: Instance | undefined;
  let suspending = false;
  let finish: (code: number) => void = () => {};
  const done = new Promise<number>((resolve) => {
    finish = resolve;
  });

  const leave = () => {
    instance?.unmount();
    instance?.cleanup();
    instance = undefined;
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    stdout.write(LEAVE);
  };

  const suspend = () => {
    suspending = true;
    leave();
    process.once('SIGCONT', () => {
      suspending = false;
      mount();
    });
    // No handler of ours for SIGTSTP: its default stops the process, as the shell expects.
    process.kill(process.pid, 'SIGTSTP');
  };

  const mount = () => {
    // Entering again where the first frame already is would clear it: a blank flash.
    if (!onScreen) stdout.write(ENTER);
    onScreen = false;
    const effects = terminalEffects((data) => stdout.write(data), suspend);
    const mounted = render(
      <PaintContext.Provider value={{ color, hyperlinks }}>
        <App
          dataset={dataset}
          date={date}
          today={today}
          view={date === undefined ? 'overview' : 'tariffs'}
          effects={effects}
          resume={saved}
          onState={(state) => {
            saved = state;
          }}
        />
      </PaintContext.Provider>,
      // Incremental: only the rows that changed are written (Ink's own option); with the
      // patch in patches/ (a frame of the terminal's height is not an overflow) that holds
      // for a full-screen frame too, so no frame clears the screen.
      { exitOnCtrlC: false, maxFps: 120, incrementalRendering: true },
    );
    instance = mounted;
    mounted.waitUntilExit().then(
      () => {
        if (!suspending) finish(0);
      },
      (error: unknown) => crash(error),
    );
  };

  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    leave();
  };
  onRestore?.(restore);
  const signals = onRestore ? [] : Object.entries(SIGNALS);
  const handlers: (() => void)[] = signals.map(([signal, number]) => {
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
    mount();
    return await done;
  } finally {
    restore();
    for (const off of handlers) off();
  }
};

export { provideHost } from './host';
