// The package as a consumer gets it: packed, installed with npm into a fresh project,
// imported from ESM and CJS, type-checked, and linted with publint and attw.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const coreDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => join(coreDir, 'node_modules', '.bin', name);
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let work: string;
let tarball: string;
let consumer: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tradetalks-pack-'));
  run('pnpm', ['pack', '--pack-destination', work], coreDir);
  const name = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (name === undefined) throw new Error('pnpm pack wrote no tarball');
  tarball = join(work, name);
  consumer = join(work, 'consumer');
  run('mkdir', ['-p', consumer], work);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true }),
  );
  // A plain `npm install` of the tarball, as a stranger would run it: npm installs the zod
  // peer dependency itself, so the types and the schema entry work with no extra package.
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball], consumer);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const node = (args: string[]) => run(process.execPath, args, consumer).trim();

describe('the packed tarball', () => {
  it('holds only the build, the README and package.json', () => {
    const files = run('tar', ['tzf', tarball], work).trim().split('\n').sort();
    for (const file of files) {
      expect(file).toMatch(/^package\/(package\.json|README\.md|CHANGELOG\.md|LICENSE|dist\/.+)$/);
    }
    expect(files).toContain('package/dist/downloads/dataset.json');
    expect(files).toContain('package/dist/downloads/datapackage.json');
    expect(files).toContain('package/dist/downloads/dataset.schema.json');
  });

  it('passes publint', () => {
    expect(run(bin('publint'), ['run', tarball, '--strict'], work)).toMatch(/All good/);
  });

  it('passes Are the Types Wrong (CJS consumers use require(esm), Node ≥ 20.19)', () => {
    run(
      bin('attw'),
      [tarball, '--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm'],
      work,
    );
  });
});

describe('a consumer', () => {
  it('imports the calculations and the data from ESM, loading no zod', () => {
    const loads = join(work, 'loads.txt');
    // A loader hook that notes every module Node loads (the same trick as the TUI's tests).
    const hook = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(loads)}, url + '\\n');
  return next(url, context);
}`;
    writeFileSync(
      join(work, 'record-loads.mjs'),
      `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));\n`,
    );
    const out = node([
      '--import',
      join(work, 'record-loads.mjs'),
      '--input-type=module',
      '-e',
      `import { percentChange, dataset, checkClaims, overview } from '@tradetalks/core';
       console.log(JSON.stringify([percentChange(659.8, 582.4), dataset.asOf, checkClaims(dataset).length, overview(dataset, '2026-12-01').ageText]));`,
    ]);
    const [change, asOf, claims, age] = JSON.parse(out);
    expect(change).toBeCloseTo(((582.4 - 659.8) / 659.8) * 100, 12);
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(claims).toBeGreaterThan(20);
    expect(age).toMatch(/^Data as of /);
    const loaded = readFileSync(loads, 'utf8');
    expect(loaded).toContain('@tradetalks/core');
    expect(loaded).not.toMatch(/node_modules\/zod\//);
  });

  it('requires it from CommonJS', () => {
    const out = node([
      '-e',
      `const c = require('@tradetalks/core'); console.log(c.cagr(100, 121, 2));`,
    ]);
    expect(Number(out)).toBeCloseTo(10, 9);
  });

  it('reads the JSON downloads through the exports map', () => {
    const out = node([
      '-e',
      `const d = require('@tradetalks/core/downloads/dataset.json'); console.log(d.claims.length);`,
    ]);
    expect(Number(out)).toBeGreaterThan(20);
  });

  describe('with the zod peer npm installed', () => {
    it('has zod in node_modules without being asked for it', () => {
      expect(readdirSync(join(consumer, 'node_modules'))).toContain('zod');
    });

    it('validates its own copy of the data and gets path-naming errors', () => {
      const out = node([
        '--input-type=module',
        '-e',
        `import { parseDataset } from '@tradetalks/core/schema';
         import { dataset } from '@tradetalks/core';
         const copy = structuredClone(dataset); copy.series[0].observations[0].value = -1;
         console.log(JSON.stringify([parseDataset(dataset).ok, parseDataset(copy)]));`,
      ]);
      const [ok, broken] = JSON.parse(out);
      expect(ok).toBe(true);
      expect(broken.ok).toBe(false);
      expect(broken.issues[0].path).toBe('series[0].observations[0].value');
    });

    it.each(['nodenext', 'bundler'])('type-checks with moduleResolution %s', (resolution) => {
      const module = resolution === 'nodenext' ? 'nodenext' : 'esnext';
      writeFileSync(
        join(consumer, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            module,
            moduleResolution: resolution,
            target: 'es2022',
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ['index.ts'],
        }),
      );
      writeFileSync(
        join(consumer, 'package.json'),
        JSON.stringify({ name: 'consumer', type: 'module' }),
      );
      writeFileSync(
        join(consumer, 'index.ts'),
        `import { type ClaimResult, type Dataset, type TariffDayResult, checkClaims, dataset, getSeries, percentChange, tariffDay, tariffStackOn } from '@tradetalks/core';
import { Dataset as DatasetSchema, parseDataset } from '@tradetalks/core/schema';
const d: Dataset = dataset;
const change: number = percentChange(1, 2);
const results: readonly ClaimResult[] = checkClaims(d);
const rate: number = tariffStackOn(d, 'US', '2025-04-10').allGoods.maxPct;
const parsed = parseDataset(DatasetSchema.parse(d));
const day: TariffDayResult = tariffDay(d, '2026-12-01');
const pmi = getSeries(d, 'china-manufacturing-pmi');
// @ts-expect-error a side must be 'US' or 'CN'
tariffStackOn(d, 'EU', '2025-04-10');
// @ts-expect-error a misspelt series id does not compile
getSeries(d, 'china-manufacturing-pim');
export { change, day, parsed, pmi, rate, results };
`,
      );
      run(bin('tsc'), ['-p', 'tsconfig.json'], consumer);
    });
  });
});

describe('a bundler', () => {
  it('keeps neither the dataset nor zod when only a calculation is imported', async () => {
    const { build } = await import('esbuild');
    const out = await build({
      stdin: {
        contents: "export { percentChange } from '@tradetalks/core';",
        resolveDir: consumer,
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
    });
    const code = out.outputFiles[0]?.text ?? '';
    expect(code).toContain('percentChange');
    // No record (every one carries a link) and no zod.
    expect(code).not.toMatch(/us-301-list|china-manufacturing-pmi|zod|https?:\/\//);
    // Nor any module-level text core builds for its views (it would pull in date formatting).
    expect(code).not.toMatch(/September|what happened after/);
  });
});
