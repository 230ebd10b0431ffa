// pnpm bench: start-up of the scriptable commands against bare Node, the interactive app's
// first frame against a bundled Ink hello-world, peak memory, and key-press-to-frame latency,
// all in one run on this machine. Prints a table; writes JSON to .bench/ (gitignored).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'tsdown';
import { startInPty } from './pty.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}dist/cli.cjs`;
const out = `${root}.bench/`;
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const node = process.execPath;

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summary = (xs) => ({ medianMs: median(xs), minMs: Math.min(...xs), runs: xs.length });

// 1. The baseline app: Ink's hello world, bundled as tradetalks is.
await build({
  config: false,
  logLevel: 'silent',
  entry: { hello: `${root}bench/hello-world.tsx` },
  outDir: `${out}hello`,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  fixedExtension: false,
  minify: true,
  dts: false,
  deps: { alwaysBundle: [/.*/], onlyBundle: false },
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: `${root}tsconfig.json`,
});
const hello = `${out}hello/hello.js`;

// 2. Whole-process times, interleaved so that load on the machine falls on all alike.
const commands = {
  'node -e 0': ['-e', '0'],
  'tradetalks facts': [cli, 'facts'],
  'tradetalks claims --json': [cli, 'claims', '--json'],
};
const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const env = { ...process.env, FORCE_COLOR: '0' };
for (let i = 0; i < RUNS; i++) {
  for (const [name, args] of Object.entries(commands)) {
    const started = performance.now();
    const result = spawnSync(node, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    times[name].push(performance.now() - started);
    if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr}`);
  }
}

// 3. Time to the first frame in a terminal, memory, and key latency, interleaved likewise.
const frames = { 'Ink hello-world (bundled)': [], 'tradetalks app': [] };
const rss = {
  'Ink hello-world (bundled)': [],
  'tradetalks app': [],
  'tradetalks app, Ink grid path': [],
};
const latency = { first: [], again: [], chunked: [], grid: [] };
// A round of keys: every view, list moves, a detail, the tariff date stepped.
const KEYS = [
  // Several keys in one write, as auto-repeat, a paste or SSH deliver them.
  ['\t\t', '[3 Timeline]', 'chunked'],
  ['3jj', '3 of ', 'chunked'],
  ['kk', '1 of ', 'chunked'],
  ['1', '[1 Overview]'],
  ['2', '[2 Chapters]'],
  ['3', '[3 Timeline]'],
  ['j', '2 of '],
  ['k', '1 of '],
  ['4', '[4 Tariffs]'],
  ['[', 'action '],
  ['[', 'action '],
  [']', 'action '],
  ['5', '[5 Trade]'],
  ['6', '[6 Series]'],
  ['7', '[7 Claims]'],
  ['\r', 'Formula'],
  ['\u001b', '1 of '],
  ['8', '[8 Sources]'],
  ['j\r', 'source 2 of', 'chunked'],
  ['\u001b', '2 of '],
  ['k', '1 of '],
  ['1', '[1 Overview]'],
];
// How many items each list holds, from core, so the tour knows its last item when it sees it.
const { dataset, chaptersAfterArticle, claimsView, timelineView } = await import(
  '@tradetalks/core'
);
const count = {
  chapters: chaptersAfterArticle(dataset).length,
  events: timelineView(dataset).length,
  claims: claimsView(dataset).total,
  sources: dataset.sources.length,
};
const last = (n) => `${n} of ${n}`;
/** One visit of every view, for the memory measure: each view and each list's detail. */
const TOUR = [
  ['4', '[4 Tariffs]'],
  ['G', '↑'],
  ['2', '[2 Chapters]'],
  ['G', last(count.chapters)],
  ['\r', `chapter ${count.chapters} of`],
  ['\u001b', last(count.chapters)],
  ['3', '[3 Timeline]'],
  ['G', last(count.events)],
  ['\r', `event ${count.events} of`],
  ['\u001b', last(count.events)],
  ['5', '[5 Trade]'],
  ['G', '↑'],
  ['6', '[6 Series]'],
  ['G', '↑'],
  ['7', '[7 Claims]'],
  ['G', last(count.claims)],
  ['\r', `claim ${count.claims} of`],
  ['\u001b', last(count.claims)],
  ['8', '[8 Sources]'],
  ['G', last(count.sources)],
  ['\r', `source ${count.sources} of`],
  ['\u001b', last(count.sources)],
  ['?', 'EVERYWHERE'],
  ['?', last(count.sources)],
  ['1', '[1 Overview]'],
];
const FRAME_RUNS = Math.max(5, Math.round(RUNS / 2));
for (let i = 0; i < FRAME_RUNS; i++) {
  const base = await startInPty([node, hello], { marker: 'Hello, world' });
  frames['Ink hello-world (bundled)'].push(base.firstFrameMs);
  rss['Ink hello-world (bundled)'].push(base.peakRssMb());
  await base.quit();

  const app = await startInPty([node, cli], { marker: '[1 Overview]' });
  frames['tradetalks app'].push(app.firstFrameMs);
  await new Promise((r) => setTimeout(r, 200));
  // Only the rows that change are written (incremental rendering), so each key waits
  // for text on a row it changes. Each view's first visit builds it; later visits draw
  // from what was built. Keys come 60 ms apart, as a quick typist's do: this measures a key to its frame, not the frame
  // rate Ink caps renders at when they come closer together.
  for (let round = 0; round < 3; round++) {
    for (const [key, expect, kind] of KEYS) {
      await new Promise((resolve) => setTimeout(resolve, 60));
      const ms = await app.press(key, expect);
      latency[round === 0 ? 'first' : 'again'].push(ms);
      if (kind === 'chunked') latency.chunked.push(ms);
    }
  }
  for (const [key, expect] of TOUR) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    await app.press(key, expect);
  }
  rss['tradetalks app'].push(app.peakRssMb());
  await app.quit();

  // The same app with the patch's fast path off (Ink's own grid for every frame), for the
  // patch's worth; its caches across frames stay.
  const grid = await startInPty([node, cli], {
    marker: '[1 Overview]',
    env: { TRADETALKS_INK_GRID: '1' },
  });
  await new Promise((r) => setTimeout(r, 200));
  for (let round = 0; round < 2; round++) {
    for (const [key, expect] of KEYS) {
      await new Promise((resolve) => setTimeout(resolve, 60));
      latency.grid.push(await grid.press(key, expect));
    }
  }
  for (const [key, expect] of TOUR) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    await grid.press(key, expect);
  }
  rss['tradetalks app, Ink grid path'].push(grid.peakRssMb());
  await grid.quit();
}

// 4. Report.
const bare = median(times['node -e 0']);
const hw = median(frames['Ink hello-world (bundled)']);
const facts = median(times['tradetalks facts']);
const allKeys = [...latency.first, ...latency.again];
const keyStats = (v) => ({
  ...summary(v),
  maxMs: Math.max(...v),
  p90Ms: [...v].sort((a, b) => a - b)[Math.floor(v.length * 0.9)],
});
const results = {
  machine: {
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    loadAverage: (await import('node:os')).loadavg(),
  },
  startup: Object.fromEntries(
    Object.entries(times).map(([k, v]) => [
      k,
      { ...summary(v), ratioToBareNode: median(v) / bare },
    ]),
  ),
  firstFrame: Object.fromEntries(
    Object.entries(frames).map(([k, v]) => [
      k,
      { ...summary(v), ratioToHelloWorld: median(v) / hw, ratioToFacts: median(v) / facts },
    ]),
  ),
  peakRssMb: Object.fromEntries(
    Object.entries(rss).map(([k, v]) => [k, { median: median(v), max: Math.max(...v) }]),
  ),
  keyToFrame: {
    firstVisit: keyStats(latency.first),
    laterVisits: keyStats(latency.again),
    chunkedInput: keyStats(latency.chunked),
    all: keyStats(allKeys),
    inkGridPath: keyStats(latency.grid),
  },
  goals: {
    scriptableUnder1_5xBareNode: ['tradetalks facts', 'tradetalks claims --json'].every(
      (k) => median(times[k]) <= 1.5 * bare,
    ),
    firstFrameUnder120ms: median(frames['tradetalks app']) <= 120,
    firstFrameUnder1_5xFacts: median(frames['tradetalks app']) <= 1.5 * facts,
    keyToFrameP90Under16ms: keyStats(allKeys).p90Ms <= 16,
    chunkedKeyToFrameP90Under16ms: keyStats(latency.chunked).p90Ms <= 16,
    peakRssUnder80MbAfterTouringEveryView: Math.max(...rss['tradetalks app']) <= 80,
  },
};

const fmt = (n) => n.toFixed(1).padStart(7);
const rows = [
  ['measure', 'median ms', 'min ms', 'ratio', 'goal'],
  ...Object.entries(results.startup).map(([k, v]) => [
    k,
    fmt(v.medianMs),
    fmt(v.minMs),
    `${v.ratioToBareNode.toFixed(2)}× node`,
    k === 'node -e 0' ? 'baseline' : '≤ 1.5× node',
  ]),
  ...Object.entries(results.firstFrame).map(([k, v]) => [
    `first frame: ${k}`,
    fmt(v.medianMs),
    fmt(v.minMs),
    `${v.ratioToHelloWorld.toFixed(2)}× hello, ${v.ratioToFacts.toFixed(2)}× facts`,
    k === 'tradetalks app' ? '≤ 120 ms, ≤ 1.5× facts' : 'baseline',
  ]),
  ...Object.entries(results.keyToFrame).map(([k, v]) => [
    `key → next frame: ${k}`,
    fmt(v.medianMs),
    fmt(v.minMs),
    `p90 ${v.p90Ms.toFixed(1)}`,
    k === 'all' || k === 'chunkedInput' ? 'p90 ≤ 16 ms' : '',
  ]),
  ...Object.entries(results.peakRssMb).map(([k, v]) => [
    `peak RSS MB: ${k}`,
    fmt(v.median),
    '',
    `max ${v.max.toFixed(1)}`,
    k === 'tradetalks app' ? '≤ 80 MB after every view' : '',
  ]),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const row of rows)
  console.log(row.map((cell, i) => String(cell).padEnd(widths[i])).join('  '));
console.log(
  `\nload average while measuring: ${results.machine.loadAverage.map((l) => l.toFixed(2)).join(' ')}`,
);
console.log('goals met:', results.goals);

mkdirSync(out, { recursive: true });
const file = `${out}results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to ${file}`);
