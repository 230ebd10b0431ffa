import { checkClaims } from '../calc/claims';
import { tradeTable } from '../calc/trade';
import type { CsvTable } from './csv-tables';

/** Tables computed by core from the records: annual trade totals and the claims re-checked. */
export const DERIVED_CSV_TABLES: readonly CsvTable[] = [
  {
    name: 'trade-annual',
    title: 'U.S.–China goods trade by year',
    description:
      'Exports and imports (Census basis, as first reported) with totals and balances computed by @tradetalks/core.',
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
        r.totalUsdBn,
        r.balanceUsdBn,
        r.publishedBalanceUsdBn,
      ]),
  },
  {
    name: 'claims',
    title: 'The article’s claims, re-checked',
    description:
      'Each claim with the stated figure, the recomputed one, the formula and the verdict, computed by @tradetalks/core.',
    fields: [
      { name: 'id', type: 'string', description: 'Stable id' },
      { name: 'topic', type: 'string', description: 'Topic' },
      { name: 'claim', type: 'string', description: 'The claim in our words' },
      { name: 'stated', type: 'string', description: 'As the article states it' },
      { name: 'recomputed', type: 'string', description: 'As recomputed' },
      {
        name: 'recomputed_value',
        type: 'number',
        description: 'Recomputed value at full precision, where numeric',
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
        r.recomputed?.kind === 'number' ? r.recomputed.value : undefined,
        r.formula,
        r.verdict,
        r.explanation,
      ]),
  },
];
