import { checkClaims } from '../calc/claims';
import { tariffCoverage } from '../calc/coverage';
import { tariffStackOn, tariffSteps } from '../calc/tariff-stack';
import { tradeTable } from '../calc/trade';
import { roundDerived, roundTo } from '../format/precision';
import type { CsvTable } from './csv-table';

const usdBn = (value: number | undefined) =>
  value === undefined ? undefined : roundDerived(value, 'usd-bn');

/** Tables computed by core from the records: annual trade totals and the claims re-checked. */
export const DERIVED_CSV_TABLES: readonly CsvTable[] = [
  {
    name: 'trade-annual',
    title: 'U.S.–China goods trade by year',
    description:
      'Exports and imports (Census basis, as first reported where that vintage has a citable page) with totals and balances computed from them and rounded to US$ 0.001 billion.',
    fields: [
      { name: 'year', type: 'integer', description: 'Calendar year' },
      {
        name: 'exports_usd_bn',
        type: 'number',
        description: 'U.S. goods exports to China',
        unit: 'US$ billions',
      },
      {
        name: 'imports_usd_bn',
        type: 'number',
        description: 'U.S. goods imports from China',
        unit: 'US$ billions',
      },
      {
        name: 'total_usd_bn',
        type: 'number',
        description: 'Exports + imports (computed)',
        unit: 'US$ billions',
      },
      {
        name: 'balance_usd_bn',
        type: 'number',
        description: 'Exports − imports (computed)',
        unit: 'US$ billions',
      },
      {
        name: 'published_balance_usd_bn',
        type: 'number',
        description: 'Balance as published',
        unit: 'US$ billions',
      },
    ],
    rows: (d) =>
      tradeTable(d).map((r) => [
        r.year,
        r.exportsUsdBn,
        r.importsUsdBn,
        usdBn(r.totalUsdBn),
        usdBn(r.balanceUsdBn),
        r.publishedBalanceUsdBn,
      ]),
  },
  {
    name: 'tariff-steps',
    title: 'Tariff stacks, step by step',
    description:
      'Each side’s stack from each day it changed until the next, within the verified data, computed from the tariff measures; layers later held unlawful are kept on the days they were charged.',
    fields: [
      { name: 'date', type: 'date', description: 'First day of the step' },
      { name: 'imposed_by', type: 'string', description: 'US or CN' },
      {
        name: 'all_goods_min_pct',
        type: 'number',
        description: 'Sum of the all-goods layers, lowest',
        unit: 'percent',
      },
      {
        name: 'all_goods_max_pct',
        type: 'number',
        description: 'Sum of the all-goods layers, highest',
        unit: 'percent',
      },
      {
        name: 'highest_listed_max_pct',
        type: 'number',
        description: 'All goods plus the highest listed-goods layer',
        unit: 'percent',
      },
      { name: 'all_goods_layers', type: 'string', description: 'The all-goods layers, by id' },
      {
        name: 'legal_status',
        type: 'string',
        description:
          'Where any all-goods layer stands in law now (later held unlawful, challenged…)',
      },
    ],
    rows: (d) =>
      (['US', 'CN'] as const).flatMap((side) => {
        const through = tariffCoverage(d).verifiedThrough[side];
        return tariffSteps(d, side)
          .filter((step) => step.date <= through)
          .map((step) => {
            const stack = tariffStackOn(d, side, step.date);
            const allGoods = stack.layers.filter((l) => l.layer.scope === 'all-goods');
            const legal = [
              ...new Set(allGoods.flatMap((l) => (l.legal ? [l.legal.latest] : []))),
            ].join(' ');
            return [
              step.date,
              side,
              roundTo(step.allGoods.minPct, 2),
              roundTo(step.allGoods.maxPct, 2),
              roundTo(step.highestOnListedGoods.maxPct, 2),
              allGoods.map((l) => l.layer.id).join(' ') || undefined,
              legal || undefined,
            ];
          });
      }),
  },
  {
    name: 'claims',
    title: 'The article’s claims, re-checked',
    description:
      'Each claim with the stated figure, the recomputed one, the formula and the verdict, recomputed from the records.',
    fields: [
      { name: 'id', type: 'string', description: 'Stable id' },
      { name: 'topic', type: 'string', description: 'Topic' },
      { name: 'claim', type: 'string', description: 'The claim in our words' },
      { name: 'stated', type: 'string', description: 'As the article states it' },
      { name: 'recomputed', type: 'string', description: 'As recomputed' },
      {
        name: 'recomputed_value',
        type: 'number',
        description: 'Recomputed value, where numeric, rounded to 4 decimals',
      },
      { name: 'formula', type: 'string', description: 'The arithmetic' },
      {
        name: 'verdict',
        type: 'string',
        description: 'consistent, inconsistent, mislabelled, disputed or unverifiable',
      },
      { name: 'explanation', type: 'string', description: 'Why' },
    ],
    rows: (d) =>
      checkClaims(d).map((r) => [
        r.claim.id,
        r.claim.topic,
        r.claim.text,
        r.stated,
        r.recomputedText,
        r.recomputed?.kind === 'number' ? roundTo(r.recomputed.value, 4) : undefined,
        r.formula,
        r.verdict,
        r.explanation,
      ]),
  },
];
