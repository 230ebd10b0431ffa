// biome-ignore-all lint/suspicious/noExplicitAny: the tests mutate arbitrary paths of a JSON copy.
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../calc/claims';
import { findObservation, getSeries } from '../calc/series';
import { tariffStackOn } from '../calc/tariff-stack';
import { tradeInYear } from '../calc/trade';
import { parseDataset } from '../schemas/parse';
import { dataset } from './dataset';
import type { SeriesId } from './ids';

const copy = () => structuredClone(dataset) as unknown as Record<string, any>;
const issuesOf = (input: unknown) => {
  const result = parseDataset(input);
  return result.ok ? [] : result.issues;
};

describe('the dataset', () => {
  it('passes its schema, references included', () => {
    expect(issuesOf(dataset)).toEqual([]);
  });

  it('marks a reported event by its status alone, so no surface says "reported" twice', () => {
    const marked = dataset.events.filter((e) => /\breported\)?$/i.test(e.title)).map((e) => e.id);
    expect(marked).toEqual([]);
  });

  it('states its coverage and version', () => {
    // asOf is the latest verified event: reported events may fall after it.
    const latest = dataset.events
      .filter((e) => e.status !== 'reported')
      .map((e) => e.endDate ?? e.date)
      .sort()
      .at(-1);
    expect(dataset.asOf).toBe(latest);
    expect(dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('cites every source at least once', () => {
    const cited = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'sourceIds') for (const id of value as string[]) cited.add(id);
          else walk(value);
        }
      }
    };
    walk(dataset);
    const orphans = dataset.sources.filter((s) => !cited.has(s.id)).map((s) => s.id);
    expect(orphans).toEqual([]);
  });

  it('keeps quotes brief', () => {
    for (const s of dataset.statements.filter((s) => s.kind === 'quote')) {
      expect(s.text.split(/\s+/).length, s.id).toBeLessThanOrEqual(12);
    }
  });

  it('never copies a sentence of the article into a summary', async () => {
    const { readFile } = await import('node:fs/promises');
    const article = await readFile(
      new URL('../../../../../shared/reference/article.txt', import.meta.url),
      'utf8',
    ).catch(() => '');
    if (article === '') return; // shared/ lives beside the repo; nothing to compare without it.
    const sentences = article
      .split(/(?<=[.!?])\s+/)
      .map((s) => s.trim())
      .filter((s) => s.split(/\s+/).length >= 8);
    const ours = [
      ...dataset.events.flatMap((e) => [e.title, e.summary]),
      ...dataset.claims.map((c) => c.text),
      ...dataset.statements.filter((s) => s.kind === 'paraphrase').map((s) => s.text),
    ].join('\n');
    for (const sentence of sentences) expect(ours).not.toContain(sentence);
  });
});

// Every figure, date and actor of the article, with where it lives in the data.
describe('the article’s figures are all in the data', () => {
  const stated = (id: string) => dataset.claims.find((c) => c.id === id)?.stated;
  const obs = (seriesId: SeriesId, period: string, vintageId?: string) =>
    findObservation(getSeries(dataset, seriesId), period, vintageId)?.value;

  it.each([
    [
      '145% U.S. tariff (IEEPA total on 10 April 2025)',
      145,
      tariffStackOn(dataset, 'US', '2025-04-10').allGoods.maxPct,
    ],
    [
      '125% China tariff (from 12 April 2025)',
      125,
      tariffStackOn(dataset, 'CN', '2025-04-12').allGoods.maxPct,
    ],
    [
      '2018: 25% …',
      25,
      dataset.tariffMeasures.find((m) => m.id === 'us-301-list-1-25')?.rate?.minPct,
    ],
    [
      '… on $34B',
      34,
      dataset.tariffMeasures.find((m) => m.id === 'us-301-list-1-25')?.coverageUsdBn,
    ],
    [
      'China’s equal retaliation on $34B',
      34,
      dataset.tariffMeasures.find((m) => m.id === 'cn-34bn-25')?.coverageUsdBn,
    ],
    [
      '2018: 10% …',
      10,
      dataset.tariffMeasures.find((m) => m.id === 'us-301-list-3-10')?.rate?.minPct,
    ],
    [
      '… on $200B',
      200,
      dataset.tariffMeasures.find((m) => m.id === 'us-301-list-3-10')?.coverageUsdBn,
    ],
    ['$582.4B trade in 2024 (143.5 + 438.9)', 582.4, tradeInYear(dataset, 2024).totalUsdBn],
    ['$659.8B trade in 2018 (120.3 + 539.5)', 659.8, tradeInYear(dataset, 2018).totalUsdBn],
    ['Q1 GDP −0.3% (BEA advance)', -0.3, obs('us-real-gdp-growth', '2025-Q1', 'advance')],
    ['April PMI 49.0', 49.0, obs('china-manufacturing-pmi', '2025-04')],
    ['PMI threshold 50', 50, getSeries(dataset, 'china-manufacturing-pmi').threshold],
  ])('%s', (_label, expected, actual) => {
    expect(actual).toBeCloseTo(expected, 9);
  });

  it.each([
    ['us-tariff-145', 145],
    ['cn-tariff-125', 125],
    ['trade-2024-total', 582.4],
    ['trade-2018-total', 659.8],
    ['trade-change-2018-2024', -12],
    ['export-share-2018', 20],
    ['export-share-2023', 15],
    ['export-share-2024', 12],
    ['us-gdp-q1-2025', -0.3],
    ['china-pmi-april-2025', 49.0],
  ])('claim %s states %d', (id, value) => {
    expect(stated(id)).toMatchObject({ value });
  });

  it.each([
    ['Treasury announces the trip on the 6th', 'treasury-announces-2025', '2025-05-06'],
    ['travel on the 8th', 'bessent-greer-travel-2025', '2025-05-08'],
    ['Trump posts the same day', 'trump-post-2025', '2025-05-06'],
    ['Rubio on 1 May', 'rubio-hannity-2025', '2025-05-01'],
    ['145% on 9 April', 'us-125-2025', '2025-04-09'],
    ['PMI and GDP releases', 'pmi-april-2025', '2025-04-30'],
    ['2018 tariffs begin', 'us-list-1-2018', '2018-07-06'],
    ['G20 in December 2018', 'g20-buenos-aires-2018', '2018-12-01'],
    ['talks break down by May 2019', 'talks-break-down-2019', '2019-05'],
    ['currency manipulator', 'currency-manipulator-2019', '2019-08-05'],
    ['MOFCOM earlier this month', 'mofcom-assessing-2025', '2025-05-02'],
    ['China decides to engage', 'china-engages-2025', '2025-05-07'],
  ])('event: %s', (_label, id, date) => {
    expect(dataset.events.find((e) => e.id === id)?.date).toBe(date);
  });

  it.each(['bessent', 'greer', 'he-lifeng', 'trump', 'xi', 'rubio', 'mofcom', 'treasury', 'ustr'])(
    'actor %s',
    (id) => {
      expect(dataset.actors.some((a) => a.id === id)).toBe(true);
    },
  );

  // The story after the article: each figure in the data, as the reference gives it.
  it.each([
    [
      '2025 U.S. exports to China, first release',
      106.3,
      obs('us-exports-to-china', '2025', 'first-reported'),
    ],
    [
      '2025 U.S. imports from China, first release',
      308.4,
      obs('us-imports-from-china', '2025', 'first-reported'),
    ],
    [
      '2025 U.S. exports to China, after the 2026 revision',
      106.0,
      obs('us-exports-to-china', '2025', 'revised-2026'),
    ],
    [
      '2024 U.S. imports, after the 2026 revision',
      440.3,
      obs('us-imports-from-china', '2024', 'revised-2026'),
    ],
    [
      'April 2026 U.S. imports from China, US$ millions',
      19789.2,
      obs('us-imports-from-china-monthly', '2026-04'),
    ],
    ['China’s exports to the U.S. in 2025 (GACC)', 420.05, obs('china-exports-to-us', '2025')],
    ['China’s total exports in 2025 (GACC)', 3771.87, obs('china-exports-total', '2025')],
    ['NBS PMI, June 2026', 50.3, obs('china-manufacturing-pmi', '2026-06')],
    ['U.S. GDP, 2026 Q1, third estimate', 2.1, obs('us-real-gdp-growth', '2026-Q1', 'third')],
    ['U.S. real GDP level, 2025 Q1', 23548.21, obs('us-real-gdp-level', '2025-Q1')],
    [
      'Budget Lab average U.S. tariff on China, 1 July 2026',
      22.2184,
      obs('budget-lab-average-us-on-china', '2026-07-01'),
    ],
    [
      'USAFacts duties ÷ imports from China, 2025',
      30.6,
      obs('usafacts-duty-rate-on-china', '2025'),
    ],
    [
      'Section 122 surcharge',
      10,
      dataset.tariffMeasures.find((m) => m.id === 'us-section-122-10')?.rate?.minPct,
    ],
    [
      'Forced-labour Section 301',
      12.5,
      dataset.tariffMeasures.find((m) => m.id === 'us-301-forced-labour-12-5')?.rate?.minPct,
    ],
    [
      'Four-year review: electric vehicles',
      100,
      dataset.tariffMeasures.find((m) => m.id === 'us-301-review-evs-100')?.rate?.minPct,
    ],
    [
      'IEEPA refunds under way, 27 May 2026 (US$ billions)',
      85,
      dataset.events.find((e) => e.id === 'ieepa-refunds-85bn-2026')?.figures?.[0]?.value,
    ],
  ] as const)('%s: %d', (_label, expected, actual) => {
    expect(actual).toBeCloseTo(expected, 9);
  });

  it('records when the IEEPA layers were held unlawful, by whom, and what followed', () => {
    for (const id of ['us-ieepa-fentanyl', 'us-ieepa-reciprocal']) {
      const [finding] = dataset.tariffLayers.find((l) => l.id === id)?.legalHistory ?? [];
      expect(finding).toMatchObject({
        date: '2026-02-20',
        kind: 'held-unlawful',
        courtId: 'supreme-court',
      });
      expect(finding?.remedy).toMatch(/[Rr]efund/);
    }
  });

  it('keeps the announced 15% Section 122 rate as words, never as a rate', () => {
    const rates = dataset.tariffMeasures
      .filter((m) => m.layerId === 'us-section-122')
      .map((m) => m.rate?.maxPct);
    expect(rates).not.toContain(15);
  });

  it('checks every claim', () => {
    expect(checkClaims(dataset)).toHaveLength(dataset.claims.length);
  });
});

describe('parseDataset rejects a broken copy and names the path', () => {
  it.each([
    [
      'a rate written as text',
      (d: Record<string, any>) => {
        d.tariffMeasures[0].rate.minPct = '25';
      },
      'tariffMeasures[0].rate.minPct',
      /expected number/i,
    ],
    [
      'an impossible date',
      (d: Record<string, any>) => {
        d.events[0].date = '2025-13-45';
      },
      'events[0].date',
      /must be a date that exists/,
    ],
    [
      'a dangling source id',
      (d: Record<string, any>) => {
        d.events[2].sourceIds = ['no-such-source'];
      },
      'events[2].sourceIds[0]',
      /unknown source id "no-such-source"/,
    ],
    [
      'a negative trade value',
      (d: Record<string, any>) => {
        d.series[0].observations[0].value = -1;
      },
      'series[0].observations[0].value',
      /must not be negative/,
    ],
    [
      'a duplicate id',
      (d: Record<string, any>) => {
        d.actors[1].id = d.actors[0].id;
      },
      'actors[1].id',
      /duplicate id/,
    ],
    [
      'an id that is not kebab-case',
      (d: Record<string, any>) => {
        d.actors[0].id = 'Scott Bessent';
      },
      'actors[0].id',
      /kebab-case/,
    ],
    [
      'an infinite rate',
      (d: Record<string, any>) => {
        d.tariffMeasures[0].rate.maxPct = Number.POSITIVE_INFINITY;
      },
      'tariffMeasures[0].rate.maxPct',
      /./,
    ],
    [
      'a range upside down',
      (d: Record<string, any>) => {
        d.tariffMeasures[0].rate = { minPct: 30, maxPct: 10 };
      },
      'tariffMeasures[0].rate.maxPct',
      /minPct must not exceed maxPct/,
    ],
    [
      'a claim pointing at a missing series',
      (d: Record<string, any>) => {
        d.claims.find((c: any) => c.check.kind === 'share').check.part.seriesId = 'nope';
      },
      '.check.part.seriesId',
      /unknown series id "nope"/,
    ],
    [
      'a secondary source that does not name the page it was read on',
      (d: Record<string, any>) => {
        const s = d.sources.find((x: any) => x.kind === 'secondary');
        delete s.via;
      },
      '.via',
      /names the page it was read on/,
    ],
    [
      'a page on the Federal Register that does not say it was read there',
      (d: Record<string, any>) => {
        const s = d.sources.find((x: any) => x.url?.includes('govinfo.gov'));
        delete s.via;
      },
      '.via',
      /names that site \(via\)/,
    ],
    [
      'a search-results page as a source',
      (d: Record<string, any>) => {
        d.sources[1].url =
          'https://datasetsearch.research.google.com/search?query=us+china+trading';
      },
      'sources[1].url',
      /search-results or AI-answer page/,
    ],
    [
      'a bare query on a site’s root',
      (d: Record<string, any>) => {
        d.sources[1].url = 'https://example.com/?p=128559';
      },
      'sources[1].url',
      /bare query on a site’s root/,
    ],
    [
      'a link with tracking parameters',
      (d: Record<string, any>) => {
        d.sources[1].url = 'https://www.piie.com/research/chart?utm_source=chatgpt.com';
      },
      'sources[1].url',
      /tracking parameters \(utm_source\)/,
    ],
    [
      'a release naming a record that does not exist',
      (d: Record<string, any>) => {
        d.releases.at(-1).changes[0].ids = ['no-such-record'];
      },
      '.changes[0].ids[0]',
      /which does not exist/,
    ],
    [
      'a release that says a record was removed while it is still there',
      (d: Record<string, any>) => {
        d.releases
          .at(-1)
          .changes.push({ change: 'removed', collection: 'events', ids: [d.events[0].id] });
      },
      'ids[0]',
      /which is still there/,
    ],
    [
      'a last release that is not the dataset’s version',
      (d: Record<string, any>) => {
        d.version = '9.9.9';
      },
      'releases',
      /the last release must be the dataset's version/,
    ],
    [
      'a verified event after the data’s as-of date',
      (d: Record<string, any>) => {
        d.events[0].date = '2026-12-01';
      },
      'events[0].date',
      /dated after asOf/,
    ],
    [
      'a tariff measure after the verified coverage',
      (d: Record<string, any>) => {
        d.tariffMeasures[0].effectiveOn = '2026-11-10';
      },
      'tariffMeasures[0].effectiveOn',
      /after 2026-11-09, the verified coverage/,
    ],
    [
      'a scheduled change inside the verified coverage',
      (d: Record<string, any>) => {
        d.scheduled[0].date = '2026-11-01';
      },
      'scheduled[0].date',
      /must fall after 2026-11-09/,
    ],
    [
      'a court finding naming an unknown court',
      (d: Record<string, any>) => {
        d.tariffLayers.find((l: any) => l.legalHistory).legalHistory[0].courtId = 'no-court';
      },
      '.courtId',
      /unknown actor id "no-court"/,
    ],
  ])('%s', (_label, mutate, path, message) => {
    const broken = copy();
    mutate(broken);
    const issues = issuesOf(broken);
    const issue = issues.find((i) => i.path.endsWith(path));
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('rejects something that is not a dataset at all', () => {
    expect(issuesOf('hello')[0]?.path).toBe('(root)');
    expect(issuesOf(null)).not.toEqual([]);
  });
});
