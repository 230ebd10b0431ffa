import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'tsdown';
import { writeCodeCachedBinary } from './build/code-cache';
import { hostStub } from './build/host-stub';

const STUB = '\0ink-devtools-stub';
const LOAD_MODULE = /\/src\/io\/load-module\.ts$/;
const HOST = /\/src\/app\/host\.ts$/;

const shared: UserConfig = {
  platform: 'node',
  target: 'node20',
  fixedExtension: false,
  dts: false,
  minify: !process.env.NO_MINIFY,
  deps: { alwaysBundle: [/.*/], onlyBundle: false },
  define: { 'process.env.NODE_ENV': '"production"' },
};

// Two builds into one self-contained dist/:
// - the binary: cli.ts (flags, plain text and JSON, the app's first frame) as one CommonJS
//   bundle, which build/code-cache.ts turns into main.js, its V8 code cache and the loader
//   cli.cjs (the `bin`). Scriptable runs read nothing else.
// - the interactive app (Ink, React, yoga) in app/, an ES module that cli.ts imports only
//   when it draws in a terminal.
export default defineConfig([
  {
    ...shared,
    entry: { main: 'src/cli.ts' },
    format: 'cjs',
    outDir: 'dist',
    clean: ['dist/*.*'],
    onSuccess: (config) => writeCodeCachedBinary(config.outDir),
    plugins: [
      {
        // In the script the loader runs, import() is the one it passes in (src/io/load-module.ts).
        name: 'import-through-loader',
        load: (id) =>
          LOAD_MODULE.test(id)
            ? 'export const loadModule = (specifier) => __tradetalksImport(specifier);'
            : undefined,
      },
    ],
  },
  {
    ...shared,
    entry: { 'run-app': 'src/app/run-app.tsx' },
    format: 'esm',
    outDir: 'dist/app',
    clean: true,
    outputOptions: {
      chunkFileNames: (chunk) =>
        chunk.moduleIds.includes(STUB) ? 'no-devtools-[hash].js' : '[name]-[hash].js',
    },
    plugins: [
      {
        name: 'host-from-binary',
        load: (id) => (HOST.test(id) ? hostStub(readFileSync(id, 'utf8')) : undefined),
      },
      {
        // Ink connects to React DevTools when DEV=true; the binary does without it (and `ws`).
        name: 'without-ink-devtools',
        resolveId: (id, importer) =>
          id === './devtools.js' && importer?.includes('/ink/build/') ? STUB : undefined,
        load: (id) => (id === STUB ? 'export {};' : undefined),
      },
    ],
  },
]);
