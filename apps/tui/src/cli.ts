#!/usr/bin/env node
// tradetalks: reads the flags and picks a mode. Printing (a command, --json, or no terminal)
// and the interactive app's first frame run from this file's bundle alone, which the binary
// compiles from V8's code cache (build/code-cache.ts); the app itself, with Ink and React, is
// a separate ES module imported only when both ends are a terminal.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataAge, dataset, queryTariffDate, tariffCoverage } from '@tradetalks/core';
import { version } from '../package.json';
import { firstFrame } from './app/first-frame';
import * as host from './app/host';
import { LEAVE_SCREEN } from './app/terminal-modes';
import { commandHelpText, helpText } from './args/help-text';
import { parseCliArgs } from './args/parse-args';
import { wantsColor } from './env/color';
import { supportsHyperlinks } from './env/hyperlinks';
import { todayFrom } from './env/today';
import { loadModule } from './io/load-module';
import { page } from './io/pager';
import { onWriteError, writeOut } from './io/write-out';
import { toJsonText } from './json/json-parts';
import { printCommand, printWarning } from './print/print-command';
import { commandEntry } from './views/registry';

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 20;

/** Columns for printed text: the terminal's, else `COLUMNS`, else 80. */
const printWidth = (): number => {
  const fromEnv = Number(process.env.COLUMNS);
  const columns = process.stdout.isTTY
    ? process.stdout.columns
    : Number.isInteger(fromEnv) && fromEnv > 0
      ? fromEnv
      : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, columns || DEFAULT_WIDTH);
};

/** Where the JSON Schemas ship: `schemas/` beside `dist/` in the package. */
const schemaPath = (command: string): string =>
  join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas', `${command}.schema.json`);

/**
 * Run `load` with the global `fetch` hidden. Ink's layout engine (yoga, WebAssembly) is
 * embedded in the bundle as base64, but its loader hands it to `fetch` when there is one,
 * and Node's first `fetch` loads its HTTP client: tens of milliseconds before the first
 * frame, for nothing. Without `fetch` the loader decodes the bytes itself.
 */
const withoutFetch = async <T>(load: () => Promise<T>): Promise<T> => {
  const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  Object.defineProperty(globalThis, 'fetch', {
    value: undefined,
    configurable: true,
    writable: true,
  });
  try {
    return await load();
  } finally {
    if (fetch) Object.defineProperty(globalThis, 'fetch', fetch);
  }
};

/** Text for a person: through the pager in a terminal (unless --no-pager), else as it is. */
const show = async (text: string, { pager }: { pager: boolean }): Promise<void> => {
  if (pager && process.stdout.isTTY) {
    // A pipe never starts a pager, nor loads child_process (page() loads it).
    if (await page(text, process.env)) return;
  }
  await writeOut(text);
};

/** `--date` as core reads a tariff date: any real day from the start of the data on. */
const dateReader = {
  read: (input: string) => {
    const query = queryTariffDate(dataset, input);
    return query.ok
      ? ({ ok: true, date: query.date } as const)
      : ({ ok: false, reason: query.reason } as const);
  },
  from: tariffCoverage(dataset).from,
};

const main = async (): Promise<number> => {
  const parsed = parseCliArgs(process.argv.slice(2), dateReader);
  if (!parsed.ok) {
    process.stderr.write(`tradetalks: ${parsed.error.message}. ${parsed.error.hint}\n`);
    return 2;
  }
  // The day the data's age is counted to: the clock's, unless a test fixes it.
  const clock = todayFrom(process.env);
  if (!clock.ok) {
    process.stderr.write(
      `tradetalks: ${clock.reason}. Use TRADETALKS_TODAY=YYYY-MM-DD, or unset it.\n`,
    );
    return 2;
  }
  const today = clock.date;
  const options = parsed.options;
  const pager = !options.noPager;
  if (options.help) {
    const text =
      options.command === undefined
        ? helpText({ version, age: dataAge(dataset, today).shortText })
        : commandHelpText(options.command, { schemaPath: schemaPath(options.command) });
    await show(text, { pager });
    return 0;
  }
  if (options.version) {
    await writeOut(`tradetalks ${version} (data ${dataset.version}, as of ${dataset.asOf})\n`);
    return 0;
  }
  if (options.schema && options.command !== undefined) {
    await show(toJsonText(commandEntry(options.command).schema), { pager });
    return 0;
  }
  const color = wantsColor({
    env: process.env,
    noColorFlag: options.noColor,
    isTTY: Boolean(process.stdout.isTTY),
  });
  const interactive =
    options.command === undefined && !options.json && process.stdin.isTTY && process.stdout.isTTY;
  if (interactive) {
    // Ink draws nothing but the last frame when it sees a CI variable; here both ends are a
    // real terminal, so that guess is wrong and would leave the screen blank.
    delete process.env.CI;
    const hyperlinks = supportsHyperlinks(process.env);
    // Keys typed while the app loads wait in the terminal, unechoed, until it reads them.
    process.stdin.setRawMode(true);
    // Keep V8's young generation at its starting size. Left alone it grows to 16 MB for the
    // bursts of short-lived rows a view is built from, and resident memory with it (88 MB
    // after touring every view, against 75 MB so; the live heap is under 20 MB either way).
    // A growth factor is read when the young generation would grow, so setting it now takes
    // effect; the size limits themselves are fixed at start-up and cannot be changed here.
    (await loadModule<typeof import('node:v8')>('node:v8')).setFlagsFromString(
      '--semi-space-growth-factor=1',
    );
    // A signal gives the terminal back as it was, from now on: before Ink has loaded by
    // leaving the screen, after by the app's own restore. One handler for the whole run, so
    // that no signal can fall between two (Node drops one that arrives as its last handler
    // is removed).
    let restoreTerminal = () => {
      process.stdin.setRawMode(false);
      process.stdout.write(LEAVE_SCREEN);
    };
    for (const [signal, number] of Object.entries(SIGNALS)) {
      process.on(signal, () => {
        restoreTerminal();
        process.exit(128 + number);
      });
    }
    process.stdout.write(
      firstFrame({
        dataset,
        date: options.date,
        today,
        view: options.date === undefined ? 'overview' : 'tariffs',
        columns: process.stdout.columns || 80,
        rows: process.stdout.rows || 24,
        color,
        hyperlinks,
      }),
    );
    // The app's own build (tsdown.config.ts), beside this one in dist/.
    const { runApp, provideHost } = await withoutFetch(() =>
      loadModule<typeof import('./app/run-app')>(new URL('./app/run-app.js', import.meta.url).href),
    );
    // The app draws from this script's core and views (app/host.ts): one copy in the process.
    provideHost(host);
    return runApp({
      dataset,
      date: options.date,
      today,
      color,
      hyperlinks,
      entered: true,
      onRestore: (restore) => {
        restoreTerminal = restore;
      },
    });
  }
  const command = options.command ?? 'facts';
  const text = printCommand(
    command,
    {
      json: options.json,
      date: options.date,
      today,
      width: printWidth(),
      color,
      typographic: Boolean(process.stdout.isTTY),
    },
    dataset,
  );
  // A day after the verified data is answered, not refused: the text says so, and so does
  // one line on stderr (JSON carries it as `afterVerifiedData`).
  const warning = options.json
    ? undefined
    : printWarning(command, { date: options.date, today }, dataset);
  if (warning !== undefined) process.stderr.write(`tradetalks: ${warning}\n`);
  await show(text, { pager });
  return 0;
};

// A reader that stops early (`| head`) is not an error; any other failed write is, in one line.
process.stdout.on('error', onWriteError);

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tradetalks: something went wrong: ${message}\n`);
    process.exitCode = 1;
  },
);
