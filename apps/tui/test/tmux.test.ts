// One test in a real terminal: tmux gives the app a pty of a known size, we type into it and
// read the screen back, and check that quitting (q, Ctrl+C or SIGTERM) gives the shell back
// as it was: the main screen, the cursor shown, the same terminal settings (stty -g).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataset } from '@tradetalks/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appChunk, CLI, ESC, RECORD_LOADS, requireBuild } from './binary';

const TMUX = '/usr/bin/tmux';
// A socket of its own for every run and every test, so parallel runs cannot meet.
const RUN = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
let socket = 0;
const SOCKET = () => `tradetalks-test-${RUN}-${socket}`;
const folder = mkdtempSync(join(tmpdir(), 'tradetalks-tmux-'));
const PROMPT = 'READY$';

const tmux = (...args: string[]): string =>
  execFileSync(TMUX, ['-L', SOCKET(), ...args], {
    encoding: 'utf8',
    env: { ...process.env, TMUX: '' },
  });
const screen = () => tmux('capture-pane', '-p', '-t', 't');
const flag = (name: string) => tmux('display-message', '-p', '-t', 't', `#{${name}}`).trim();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll the screen until `check` passes (up to 8 s), and return it. */
const waitFor = async (check: (text: string) => boolean, what: string): Promise<string> => {
  const started = Date.now();
  let text = '';
  while (Date.now() - started < 8_000) {
    text = screen();
    if (check(text)) return text;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${text}`);
};
const keys = (...names: string[]) => tmux('send-keys', '-t', 't', ...names);
/** The last prompt line is empty again: the shell is back and taking input. */
const promptIsBack = (text: string) => text.trimEnd().split('\n').at(-1)?.trim() === PROMPT;
/** Type a command at the prompt and wait until it has run and the prompt is back. */
const shell = async (command: string) => {
  keys('-l', command);
  keys('Enter');
  await waitFor(
    (text) => text.includes(command) && promptIsBack(text),
    `the prompt after ${command}`,
  );
};
/** Start a shell in a 100×30 terminal, note its settings, and start the app in it. */
const startApp = async (name: string, env = '') => {
  socket += 1;
  tmux(
    'new-session',
    '-d',
    '-s',
    't',
    '-x',
    '100',
    '-y',
    '30',
    `env PS1='${PROMPT} ' TERM=xterm-256color bash --norc --noprofile`,
  );
  await waitFor(promptIsBack, 'the shell');
  await shell(`stty -g > ${folder}/${name}-before`);
  // CI=true as in CI: Ink would draw nothing until exit if the app believed it.
  keys(
    '-l',
    `${env} CI=true RECORD_LOADS=${folder}/${name}-loads node --import ${RECORD_LOADS} ${CLI}`,
  );
  keys('Enter');
  await waitFor(
    (text) => text.includes('[1 Overview]') && text.includes('TARIFFS'),
    'the first frame',
  );
  expect(flag('alternate_on')).toBe('1');
};

/** The shell is back, on the main screen, cursor shown, settings as before. */
const expectRestored = async (name: string) => {
  const text = await waitFor(promptIsBack, 'the prompt after quitting');
  expect(flag('alternate_on')).toBe('0');
  expect(flag('cursor_flag')).toBe('1');
  expect(text).toContain(`stty -g > ${folder}/${name}-before`);
  expect(text).not.toContain('[1 Overview]');
  await shell(`stty -g > ${folder}/${name}-after`);
  expect(readFileSync(`${folder}/${name}-after`, 'utf8')).toBe(
    readFileSync(`${folder}/${name}-before`, 'utf8'),
  );
};

/** The app's pid: the shell's child. */
const appPid = (): number => {
  const shellPid = Number(flag('pane_pid'));
  const found = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .find((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === shellPid;
      } catch {
        return false;
      }
    });
  if (found === undefined) throw new Error('the app is not running');
  return Number(found);
};

beforeAll(requireBuild);
afterEach(() => {
  try {
    tmux('kill-server');
  } catch {
    // Already gone.
  }
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('in a real terminal (tmux)', () => {
  it('starts, switches views, re-lays out on resize, quits with q and restores the terminal', async () => {
    await startApp('q');
    const loads = readFileSync(`${folder}/q-loads`, 'utf8');
    expect(loads).toContain(appChunk().split('/').at(-1));

    keys('4');
    await waitFor(
      (text) => text.includes('[4 Tariffs]') && text.includes('In force on'),
      'the Tariffs view',
    );
    keys('Tab');
    await waitFor(
      (text) => text.includes('[5 Trade]') && text.includes('GOODS TRADE'),
      'the Trade view',
    );
    keys('3', 'j', 'j');
    await waitFor((text) => text.includes('3 of '), 'the third event selected');

    tmux('resize-window', '-t', 't', '-x', '60', '-y', '20');
    const narrow = await waitFor(
      (text) => text.includes('[3 Timeline]') && !text.includes('1 Overview'),
      'the narrow layout',
    );
    for (const line of narrow.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);

    tmux('resize-window', '-t', 't', '-x', '34', '-y', '10');
    await waitFor((text) => text.includes('terminal too small (need 40×12)'), 'the too-small note');
    tmux('resize-window', '-t', 't', '-x', '100', '-y', '30');
    await waitFor(
      (text) => text.includes('1 Overview') && text.includes('[3 Timeline]'),
      'the wide layout again',
    );

    keys('q');
    await expectRestored('q');
  });

  it('draws in colour, but not with NO_COLOR (reverse video and bold stay)', async () => {
    // SGR 30–37 and 90–97 set a foreground colour; 7 is reverse video, which marks the tab.
    const sgr = (codes: string) => new RegExp(`${ESC}\\[(?:[0-9;]*;)?(?:${codes})(?:;[0-9;]*)?m`);
    const colours = sgr('3[0-7]|9[0-7]');
    const reverse = sgr('7');
    await startApp('colour');
    expect(tmux('capture-pane', '-p', '-e', '-t', 't')).toMatch(colours);
    keys('q');
    await expectRestored('colour');
    tmux('kill-server');
    await startApp('no-colour', 'NO_COLOR=1');
    const plain = tmux('capture-pane', '-p', '-e', '-t', 't');
    expect(plain).not.toMatch(colours);
    expect(plain).toMatch(reverse);
    keys('q');
    await expectRestored('no-colour');
  });

  it('takes every key of a read: \\t\\t, j\\r, abc\\x7f, \\x7f\\x7f, an arrow and a letter, a paste', async () => {
    await startApp('chunks');
    // send-keys -l writes its string to the terminal in one go.
    keys('-l', '\t\t');
    await waitFor((text) => text.includes('[3 Timeline]'), 'two Tabs to the Timeline');
    keys('-l', '\u001b[Bj');
    await waitFor((text) => /\b3 of \d+/.test(text), 'down and j: the third event');
    keys('-l', 'k\r');
    await waitFor((text) => /event 2 of \d+/.test(text), 'k and Enter: the second event open');
    keys('Escape');
    await waitFor((text) => !/event 2 of/.test(text), 'the list again');
    keys('-l', '/');
    keys('-l', 'abc\u007f');
    await waitFor((text) => text.includes('/ ab▏'), 'abc then Backspace: ab');
    keys('-l', '\u007f\u007f');
    await waitFor((text) => text.includes('/ ▏'), 'two Backspaces: empty');
    // A bracketed paste, as a terminal sends it: the shortcuts in it are only text.
    keys('-l', '\u001b[200~geneva\u001b[201~');
    await waitFor((text) => text.includes('/ geneva▏'), 'the paste in the filter');
    keys('Enter');
    await waitFor((text) => text.includes('filter “geneva”'), 'the filter kept');
    keys('q');
    await expectRestored('chunks');
  });

  it('restores the terminal after Ctrl+C', async () => {
    await startApp('ctrl-c');
    keys('7');
    await waitFor((text) => text.includes('[7 Claims]'), 'the Claims view');
    keys('C-c');
    await expectRestored('ctrl-c');
  });

  it.each(['SIGTERM', 'SIGHUP', 'SIGINT'] as const)(
    'restores the terminal after %s',
    async (signal) => {
      await startApp(signal);
      // Once the app draws its own frames (not only the first one written before Ink).
      keys('3');
      await waitFor((text) => text.includes('[3 Timeline]'), 'the Timeline');
      process.kill(appPid(), signal);
      await expectRestored(signal);
    },
  );

  it('restores the terminal after SIGTERM as soon as the first frame is up (Ink still loading)', async () => {
    await startApp('early');
    process.kill(appPid(), 'SIGTERM');
    await expectRestored('early');
  });

  it('opens the selected source with $BROWSER without waiting for it, and copies its address', async () => {
    const opened = `${folder}/opened`;
    const index = dataset.sources.findIndex((s) => s.url);
    const url = dataset.sources[index]?.url ?? '';
    // The browser: a command that writes down what it was asked to open.
    await startApp('browser', `BROWSER='sleep 2; echo >> ${opened}'`);
    tmux('set-option', '-g', 'set-clipboard', 'on');
    keys('8', ...Array.from({ length: index }, () => 'j'));
    await waitFor(
      (text) => text.includes(`${index + 1} of ${dataset.sources.length}`),
      'the source',
    );
    keys('o');
    await waitFor((text) => text.includes('Opening the link in the browser'), 'the notice');
    // The browser sleeps; the app does not wait for it.
    keys('j');
    await waitFor(
      (text) => text.includes(`${index + 2} of ${dataset.sources.length}`),
      'the next source',
    );
    keys('k', 'y');
    await waitFor((text) => text.includes('Copied the address'), 'the copy notice');
    expect(tmux('show-buffer').trim()).toBe(url);
    const started = Date.now();
    while (!existsSync(opened) && Date.now() - started < 8_000) await sleep(100);
    expect(readFileSync(opened, 'utf8').trim()).toBe(url);
    keys('q');
    await expectRestored('browser');
  });

  it('redraws on resize in one frame, never a blank screen', async () => {
    await startApp('resize');
    keys('7');
    await waitFor((text) => text.includes('[7 Claims]'), 'the Claims view');
    const sizes = [
      [80, 24],
      [120, 40],
      [40, 16],
      [100, 30],
    ] as const;
    for (const [x, y] of sizes) {
      tmux('resize-window', '-t', 't', '-x', String(x), '-y', String(y));
      // Read the screen as fast as tmux gives it, until the new layout is up.
      const started = Date.now();
      let text = '';
      do {
        text = screen();
        // Between the terminal's resize and the app's frame the old one shows (moved or cut
        // by the terminal); never a cleared screen, nor one half drawn.
        const filled = text.split('\n').filter((line) => line.trim() !== '').length;
        expect(filled, `a blank screen while resizing to ${x}×${y}:\n${text}`).toBeGreaterThan(
          Math.min(y, 24) / 2,
        );
      } while (
        !text.split('\n')[0]?.includes(x >= 60 ? 'numbers' : 'as of') &&
        Date.now() - started < 5_000
      );
      const lines = text.split('\n');
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(x);
    }
    keys('q');
    await expectRestored('resize');
  });

  it('suspends with Ctrl+Z and comes back as it was with fg', async () => {
    await startApp('suspend');
    keys('3', 'j', 'j');
    await waitFor((text) => /\b3 of \d+/.test(text), 'the third event');
    keys('C-z');
    // The shell is back, on its own screen, the terminal as it was.
    const text = await waitFor(promptIsBack, 'the prompt after Ctrl+Z');
    expect(flag('alternate_on')).toBe('0');
    expect(flag('cursor_flag')).toBe('1');
    expect(text).toContain('Stopped');
    await shell(`stty -g > ${folder}/suspend-stopped`);
    expect(readFileSync(`${folder}/suspend-stopped`, 'utf8')).toBe(
      readFileSync(`${folder}/suspend-before`, 'utf8'),
    );
    keys('-l', 'fg');
    keys('Enter');
    await waitFor((t) => t.includes('[3 Timeline]') && /\b3 of \d+/.test(t), 'the app as it was');
    expect(flag('alternate_on')).toBe('1');
    keys('j');
    await waitFor((t) => /\b4 of \d+/.test(t), 'keys taken again');
    keys('q');
    await expectRestored('suspend');
  });
});
