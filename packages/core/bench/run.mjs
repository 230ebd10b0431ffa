// pnpm bench: start-up cost, bundle size and compute time of @tradetalks/core, each reported
// against a baseline measured in the same run (these machines are noisy). Not a test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const core = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

// 1. Start-up: wall time of a fresh node process, interleaved so drift hits all alike.
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const startups = {
  'node -e 0 (baseline)': ['-e', '0'],
  "import '@tradetalks/core'": ['--input-type=module', '-e', `import ${JSON.stringify(dist)};`],
  "import 'zod' (reference)": ['--input-type=module', '-e', "import 'zod';"],
};
const times = Object.fromEntries(Object.keys(startups).map((k) => [k, []]));
for (let i = 0; i < RUNS; i += 1) {
  for (const [name, args] of Object.entries(startups)) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: core, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}`);
    times[name].push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
}
const base = median(times['node -e 0 (baseline)']);
const startup = Object.entries(times).map(([name, xs]) => ({
  name,
  medianMs: median(xs),
  addedMs: median(xs) - base,
  ratio: median(xs) / base,
}));

// 2. Bundle size: what a consumer's bundler keeps of the package.
const bundle = async (contents) => {
  const out = await build({
    stdin: { contents, resolveDir: core, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    external: ['zod'],
  });
  const bytes = out.outputFiles[0].contents;
  return { minBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
};
const calcOnly = await bundle(
  `export { percentChange, percentagePointChange, cagr } from ${JSON.stringify(dist)};`,
);
const everything = await bundle(`export * from ${JSON.stringify(dist)};`);

// 3. Compute: every claim, plus the stack on every day of 2018–2026 both ways, from cold.
const { checkClaims, dataset, tariffStackOn } = await import(dist);
const days = [];
for (
  let d = new Date(Date.UTC(2018, 0, 1));
  d.getUTCFullYear() <= 2026;
  d.setUTCDate(d.getUTCDate() + 1)
) {
  days.push(d.toISOString().slice(0, 10));
}
const timeIt = (fn, repeats = 30) => {
  const xs = [];
  for (let i = 0; i < repeats; i += 1) {
    const input = structuredClone(dataset); // a fresh object: no cached index carried over
    const t0 = performance.now();
    fn(input);
    xs.push(performance.now() - t0);
  }
  return median(xs);
};
const work = (d) => {
  checkClaims(d);
  for (const day of days) {
    tariffStackOn(d, 'US', day);
    tariffStackOn(d, 'CN', day);
  }
};
work(dataset); // warm the JIT
const baselineMs = timeIt((d) => JSON.stringify(d));
const computeMs = timeIt(work);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  startup,
  bundle: { calcOnly, everything },
  compute: {
    days: days.length,
    stacks: days.length * 2,
    claims: dataset.claims.length,
    baselineMs,
    computeMs,
  },
};

console.log('\n@tradetalks/core benchmarks');
console.log(`\nStart-up (median of ${RUNS} runs each, interleaved)`);
console.table(
  startup.map((s) => ({
    what: s.name,
    median: ms(s.medianMs),
    'added vs node -e 0': ms(s.addedMs),
    ratio: `${s.ratio.toFixed(2)}×`,
  })),
);
console.log('Bundle (esbuild, minified, zod external)');
console.table([
  {
    what: 'percentChange + percentagePointChange + cagr',
    minified: `${calcOnly.minBytes} B`,
    gzip: `${calcOnly.gzipBytes} B`,
    'share of everything': `${((calcOnly.minBytes / everything.minBytes) * 100).toFixed(2)}%`,
  },
  {
    what: 'everything (baseline)',
    minified: `${everything.minBytes} B`,
    gzip: `${everything.gzipBytes} B`,
    'share of everything': '100%',
  },
]);
console.log(
  `Compute: checkClaims (${dataset.claims.length} claims) + ${days.length * 2} stacks (every day 2018-01-01 → 2026-12-31, both ways), cold`,
);
console.table([
  { what: 'JSON.stringify(dataset) (baseline)', median: ms(baselineMs) },
  {
    what: 'checkClaims + all stacks',
    median: ms(computeMs),
    ratio: `${(computeMs / baselineMs).toFixed(1)}×`,
  },
]);
const goals = [
  ['import adds < 15 ms', startup[1].addedMs < 15],
  ['calc-only bundle < 5 KB', calcOnly.minBytes < 5 * 1024],
  ['compute < 50 ms', computeMs < 50],
];
for (const [goal, met] of goals) console.log(`${met ? 'met ' : 'MISS'}  ${goal}`);

mkdirSync(new URL('../.bench/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../.bench/core.json', import.meta.url),
  `${JSON.stringify(results, null, 2)}\n`,
);
