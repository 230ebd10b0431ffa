// One test in a real terminal: tmux gives the app a pty of a known size, we type into it and
// read the screen back, and check that quitting (q, Ctrl+C or SIGTERM) gives the shell back
// as it was: the main screen, the cursor shown, the same terminal settings (stty -g).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

    keys('3');
    await waitFor(
      (text) => text.includes('[3 Tariffs]') && text.includes('In force on'),
      'the Tariffs view',
    );
    keys('Tab');
    await waitFor(
      (text) => text.includes('[4 Trade]') && text.includes('GOODS TRADE'),
      'the Trade view',
    );
    keys('2', 'j', 'j');
    await waitFor((text) => text.includes('3 of '), 'the third event selected');

    tmux('resize-window', '-t', 't', '-x', '60', '-y', '20');
    const narrow = await waitFor(
      (text) => text.includes('[2 Timeline]') && !text.includes('1 Overview'),
      'the narrow layout',
    );
    for (const line of narrow.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);

    tmux('resize-window', '-t', 't', '-x', '34', '-y', '10');
    await waitFor((text) => text.includes('terminal too small (need 40×12)'), 'the too-small note');
    tmux('resize-window', '-t', 't', '-x', '100', '-y', '30');
    await waitFor(
      (text) => text.includes('1 Overview') && text.includes('[2 Timeline]'),
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
    await waitFor((text) => text.includes('[3 Tariffs]'), 'two Tabs to Tariffs');
    keys('-l', '2');
    await waitFor((text) => text.includes('[2 Timeline]'), 'the Timeline');
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
    keys('5');
    await waitFor((text) => text.includes('[5 Claims]'), 'the Claims view');
    keys('C-c');
    await expectRestored('ctrl-c');
  });

  it('restores the terminal after SIGTERM', async () => {
    await startApp('sigterm');
    const shellPid = Number(flag('pane_pid'));
    const app = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .find((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === shellPid;
        } catch {
          return false;
        }
      });
    expect(app).toBeDefined();
    process.kill(Number(app), 'SIGTERM');
    await expectRestored('sigterm');
  });
});
