import { spawn } from 'node:child_process';
import type { Effect } from '../state/app-state';

/** What the app does for the reducer's effects; tests give one that records. */
export interface EffectRunner {
  /** Open `url` in a browser, without waiting for it; `onError` if none could start. */
  readonly openUrl: (url: string, onError: (message: string) => void) => void;
  /** Put `text` on the clipboard. */
  readonly copy: (text: string) => void;
  /** Give the terminal back and stop until `fg`. */
  readonly suspend: () => void;
}

/** The command that opens a link here: `$BROWSER` (first of a `:` list), else the system's. */
export const browserCommand = (
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
): { file: string; args: (url: string) => string[] } => {
  const browser = env.BROWSER?.split(':')[0]?.trim();
  if (browser) {
    // Through the shell, so `$BROWSER` may carry arguments; the address goes in as "$1"
    // (or where `%s` stands), never pasted into the command line.
    const command = browser.includes('%s') ? browser.replaceAll('%s', '"$1"') : `${browser} "$1"`;
    return { file: '/bin/sh', args: (url) => ['-c', command, 'sh', url] };
  }
  if (platform === 'darwin') return { file: 'open', args: (url) => [url] };
  if (platform === 'win32') return { file: 'cmd', args: (url) => ['/c', 'start', '""', url] };
  return { file: 'xdg-open', args: (url) => [url] };
};

/**
 * The runner for a real terminal. A browser starts on its own (detached, no stdio), so the
 * app never waits for it and its output never lands on the screen.
 */
export const terminalEffects = (
  write: (data: string) => void,
  suspend: () => void,
  env = process.env,
): EffectRunner => ({
  openUrl: (url, onError) => {
    const { file, args } = browserCommand(env, process.platform);
    try {
      const child = spawn(file, args(url), { detached: true, stdio: 'ignore' });
      child.on('error', (error: NodeJS.ErrnoException) =>
        onError(
          `Could not open a browser (${file}: ${error.code ?? error.message}); y copies the address`,
        ),
      );
      child.unref();
    } catch (error) {
      onError(`Could not open a browser: ${(error as Error).message}`);
    }
  },
  // OSC 52: the terminal (or tmux, with set-clipboard) puts the text on the clipboard.
  copy: (text) => write(`\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`),
  suspend,
});

/** Carry out `effects` in order with `runner`. */
export const runEffects = (
  effects: readonly Effect[],
  runner: EffectRunner,
  onError: (message: string) => void,
): void => {
  for (const effect of effects) {
    if (effect.kind === 'open-url') runner.openUrl(effect.url, onError);
    else if (effect.kind === 'copy') runner.copy(effect.text);
    else runner.suspend();
  }
};
