// After the binary's main bundle is built (tsdown.config.ts): wraps it as one function
// expression for `vm.Script` (dist/main.js), writes V8's code cache for it by running
// `tradetalks facts` once, and writes the loader that runs it, dist/cli.cjs (the `bin`),
// from build/cli-loader.cjs. The cache's name carries the script's hash, so a loader never
// reads a cache made for another build; it is made after a whole command ran, so it holds
// the bytecode of every function that command compiled, not only the top level.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOADER = fileURLToPath(new URL('./cli-loader.cjs', import.meta.url));

/** The parameters main.js is called with (cli-loader.cjs passes them in this order). */
const SCRIPT_PARAMS = [
  'exports',
  'require',
  'module',
  '__filename',
  '__dirname',
  '__tradetalksImport',
] as const;

/** Turns `outDir`/main.cjs into main.js, its code cache and the loader cli.cjs. */
export const writeCodeCachedBinary = (outDir: string): void => {
  const bundle = join(outDir, 'main.cjs');
  const cjs = readFileSync(bundle, 'utf8').replace(/^#!.*\n/, '');
  const script = `(function (${SCRIPT_PARAMS.join(', ')}) {\n${cjs}\n})`;
  writeFileSync(join(outDir, 'main.js'), script);
  rmSync(bundle);
  const hash = createHash('sha256').update(script).digest('hex').slice(0, 12);
  const cacheFile = `main-${hash}.cache`;
  const loader = join(outDir, 'cli.cjs');
  writeFileSync(loader, readFileSync(LOADER, 'utf8').replace('MAIN_CACHE_FILE', cacheFile));
  chmodSync(loader, 0o755);
  // A fresh node with no flags, as the binary runs: V8 rejects a cache made under other flags.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TRADETALKS_BUILD_CODE_CACHE: join(outDir, cacheFile),
  };
  delete env.NODE_OPTIONS;
  const made = spawnSync(process.execPath, [loader, 'facts'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`code cache: \`tradetalks facts\` failed\n${made.stderr}`);
};
