import { defineConfig } from 'tsdown';

const STUB = '\0ink-devtools-stub';

// One self-contained binary in dist/: cli.js (flags; plain text and JSON) with the code it
// shares with the app in shared-*.js, and the interactive app (Ink, React, yoga) in app-*.js,
// which cli.js imports only when it draws in a terminal. Scriptable runs never read app-*.js.
export default defineConfig({
  // first-frame: the overview's first frame, written before Ink loads (cli.ts loads it).
  entry: { cli: 'src/cli.ts', 'first-frame': 'src/app/first-frame.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  fixedExtension: false,
  clean: true,
  dts: false,
  minify: !process.env.NO_MINIFY,
  deps: { alwaysBundle: [/.*/], onlyBundle: false },
  define: { 'process.env.NODE_ENV': '"production"' },
  outputOptions: {
    chunkFileNames: (chunk) =>
      chunk.moduleIds.includes(STUB)
        ? 'no-devtools-[hash].js'
        : chunk.moduleIds.some((id) => id.endsWith('/io/pager.ts'))
          ? 'pager-[hash].js'
          : chunk.isDynamicEntry
            ? 'app-[hash].js'
            : 'shared-[hash].js',
  },
  plugins: [
    {
      // Ink connects to React DevTools when DEV=true; the binary does without it (and `ws`).
      name: 'without-ink-devtools',
      resolveId: (id, importer) =>
        id === './devtools.js' && importer?.includes('/ink/build/') ? STUB : undefined,
      load: (id) => (id === STUB ? 'export {};' : undefined),
    },
  ],
});
