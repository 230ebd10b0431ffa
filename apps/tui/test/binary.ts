// Helpers for tests that run the built binary as a person or a script would.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
export const CLI = `${DIST}cli.cjs`;
export const RECORD_LOADS = fileURLToPath(new URL('./fixtures/record-loads.mjs', import.meta.url));

export const requireBuild = (): void => {
  if (!existsSync(CLI))
    throw new Error(`${CLI} is missing: run \`pnpm --filter @tradetalks/tui build\` first`);
};

/** The script the binary runs (cli.ts and all it imports, compiled from V8's code cache). */
export const MAIN_SCRIPT = `${DIST}main.js`;

/** The module holding the interactive app (Ink, React, yoga). */
export const appChunk = (): string => {
  const file = `${DIST}app/run-app.js`;
  if (!existsSync(file)) throw new Error(`no ${file}: the app is not built apart`);
  return file;
};

/** The environment without anything that would colour or size the output by accident. */
export const cleanEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'COLUMNS', 'TERM', 'TRADETALKS_TODAY'])
    delete env[name];
  return { ...env, ...extra };
};

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `tradetalks …` with pipes on every end (so no terminal), and wait for it. */
export const run = (
  args: readonly string[],
  env: Record<string, string> = {},
  nodeArgs: readonly string[] = [],
): Run => {
  const result = spawnSync(process.execPath, [...nodeArgs, CLI, ...args], {
    env: cleanEnv(env),
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

export const ESC = '\u001b';
