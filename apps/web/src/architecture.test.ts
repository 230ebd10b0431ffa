import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The arrows of the house: a folder may import from its own layer and the layers below it,
// never from above. app → components → charts → ui → models → lib.
const LAYERS = ['lib', 'models', 'ui', 'charts', 'components', 'app'] as const;

const src = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
  .map((f) => f.split(sep).join('/'));

const layerOf = (path: string): number => LAYERS.indexOf(path.split('/')[0] as never);

const importsOf = (file: string): string[] => {
  const text = readFileSync(join(src, file), 'utf8');
  return [...text.matchAll(/from '([^']+)'/g)].flatMap(([, spec = '']) => {
    if (spec.startsWith('@/')) return [spec.slice(2)];
    if (spec.startsWith('.')) {
      return [
        relative(src, resolve(src, dirname(file), spec))
          .split(sep)
          .join('/'),
      ];
    }
    return [];
  });
};

/**
 * Core's low-level calculations. Pages, components, primitives and models render core's story
 * model (overview, tariffDay, claimsView, …) instead; chart specs may read the few series core
 * gives only as calculations (`CHART_SERIES`), to draw them.
 */
const LOW_LEVEL = [
  'tariffStackOn',
  'peakStack',
  'peakListedStack',
  'tariffChangeDates',
  'adjacentChangeDates',
  'parseDateInput',
  'queryTariffDate',
  'percentChange',
  'percentagePointChange',
  'sharePct',
  'cagr',
  'annualizedChangePct',
  'tradeChange',
  'tradeInYear',
  'tradeTable',
  'tradeRevisions',
  'largestRevisionUsdBn',
  'findObservation',
  'getSeries',
  'resolveObservation',
  'latestPoint',
  'checkClaims',
  'checkClaim',
  'evaluateCheck',
  'verdictCounts',
  'getSource',
  'getActor',
  'legalStandingOn',
  'daysBetween',
  'monthsBetween',
  'roundTo',
  'roundDerived',
  'exportShareToUs',
  'exportShareChangePp',
  'TRADE_SERIES',
  'tariffSteps',
  'addDays',
];
const CHART_SERIES = new Set(['tariffSteps', 'exportShareToUs', 'largestRevisionUsdBn', 'addDays']);

const coreImportsOf = (file: string): string[] => {
  const text = readFileSync(join(src, file), 'utf8');
  return [...text.matchAll(/import\s*\{([^}]*)\}\s*from '@tradetalks\/core'/g)].flatMap(
    ([, names = '']) =>
      names
        .split(',')
        .map(
          (n) =>
            n
              .replace(/^\s*type\s+/, '')
              .trim()
              .split(/\s+as\s+/)[0] ?? '',
        )
        .filter((n) => n !== ''),
  );
};

describe('the house', () => {
  it('puts every source file in a known layer', () => {
    const stray = files.filter((f) => f.includes('/') && layerOf(f) < 0);
    expect(stray).toEqual([]);
  });

  it('imports only from the same layer or the layers below', () => {
    const upward = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps components/ for React components only', () => {
    const plain = files.filter((f) => f.startsWith('components/') && !f.endsWith('.tsx'));
    expect(plain).toEqual([]);
  });

  it('leaves figures, date steps, source lists and statuses to core: no low-level calculation', () => {
    const used = files.flatMap((file) => {
      const banned = file.startsWith('charts/')
        ? LOW_LEVEL.filter((n) => !CHART_SERIES.has(n))
        : LOW_LEVEL;
      return coreImportsOf(file)
        .filter((name) => banned.includes(name))
        .map((name) => `${file} → ${name}`);
    });
    expect(used).toEqual([]);
  });

  it('parses and steps no date by hand: core reads and moves days', () => {
    const hand = files.flatMap((file) => {
      if (file === 'lib/site.ts') return []; // reads the clock once, through core's isoDayOf
      const text = readFileSync(join(src, file), 'utf8');
      return [/new Date\(/, /Date\.UTC\(/, /split\('-'\)\.map\(Number\)/, /Intl\.DateTimeFormat/]
        .filter((pattern) => pattern.test(text))
        .map((pattern) => `${file}: ${pattern}`);
    });
    expect(hand).toEqual([]);
  });
});
