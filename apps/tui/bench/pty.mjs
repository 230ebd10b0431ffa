// A terminal for benchmarks: util-linux `script` gives the command a pty of a set size, and
// we read what it draws and type into it through pipes.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const now = () => performance.now();

/** The pid of the process whose parent is `parent` (the program `script` started). */
const childOf = (parent) =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .find((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent;
      } catch {
        return false;
      }
    });

/** Peak resident memory of a process so far, in MB (VmHWM). */
const peakRssMb = (pid) => {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
};

/**
 * Start `argv` in a `columns`×`rows` pty. Resolves once `marker` is on screen with the time
 * it took from spawning, and helpers to press keys, read memory and quit.
 */
export const startInPty = (argv, { marker, columns = 100, rows = 30, env = {} }) =>
  new Promise((resolve, reject) => {
    const command = `stty cols ${columns} rows ${rows}; exec ${argv.map((a) => `'${a}'`).join(' ')}`;
    const started = now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, TERM: 'xterm-256color', ...env },
    });
    let output = '';
    let waiting = { marker, resolve: undefined };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (waiting.resolve && output.includes(waiting.marker)) {
        const done = waiting.resolve;
        waiting = { marker: '', resolve: undefined };
        done(now());
      }
    });
    const timer = setTimeout(
      () => reject(new Error(`no ${marker} within 10 s:\n${output}`)),
      10_000,
    );
    waiting.resolve = (at) => {
      clearTimeout(timer);
      resolve({
        firstFrameMs: at - started,
        pid: () => Number(childOf(child.pid)),
        /** Press `key` and wait for `expect` to be drawn: milliseconds from key to frame. */
        press: (key, expect) =>
          new Promise((done, fail) => {
            output = '';
            const t = setTimeout(() => fail(new Error(`no ${expect} after ${key}`)), 5_000);
            waiting = {
              marker: expect,
              resolve: (at) => {
                clearTimeout(t);
                done(at - sent);
              },
            };
            const sent = now();
            child.stdin.write(key);
          }),
        peakRssMb: () => peakRssMb(Number(childOf(child.pid))),
        quit: (key = 'q') =>
          new Promise((done) => {
            child.on('exit', () => done());
            child.stdin.write(key);
          }),
      });
    };
  });
