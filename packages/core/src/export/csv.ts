import { checkClaims } from '../calc/claims';
import { tradeTable } from '../calc/trade';
import type { Dataset } from '../types';

type Cell = string | number | boolean | undefined;

/** A Frictionless field: name, type and, for numbers, the unit. */
export interface CsvField {
  readonly name: string;
  readonly type: 'string' | 'number' | 'integer' | 'date' | 'boolean';
  readonly description: string;
  readonly unit?: string;
}

/** One CSV file: its fields and how to read its rows off the dataset. */
export interface CsvTable {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly CsvField[];
  readonly rows: (dataset: Dataset) => readonly (readonly Cell[])[];
}

const f = (name: string, type: CsvField['type'], description: string, unit?: string): CsvField =>
  unit === undefined ? { name, type, description } : { name, type, description, unit };

const ids = (list: readonly string[] | undefined) => (list ?? []).join(' ');
const SOURCE_IDS = f('source_ids', 'string', 'Ids of the sources (sources.csv), space-separated');

/** Every table the data downloads offer, in the order of datapackage.json. */
export const CSV_TABLES: readonly CsvTable[] = [
  {
    name: 'sources',
    title: 'Sources',
    description:
      'Every source a record cites; `via` names the secondary page a figure was read on.',
    fields: [
      f('id', 'string', 'Stable id'),
      f('publisher', 'string', 'Originating body'),
      f('title', 'string', 'Title'),
      f('url', 'string', 'Where it was read'),
      f('via', 'string', 'The secondary page, where the URL is not the original'),
      f('kind', 'string', 'official, secondary, research or article'),
      f('published_on', 'string', 'Publication date, YYYY[-MM[-DD]]'),
    ],
    rows: (d) =>
      d.sources.map((s) => [s.id, s.publisher, s.title, s.url, s.via, s.kind, s.publishedOn]),
  },
  {
    name: 'actors',
    title: 'Actors',
    description: 'People and institutions in the story.',
    fields: [
      f('id', 'string', 'Stable id'),
      f('name', 'string', 'Name'),
      f('kind', 'string', 'person or institution'),
      f('economy', 'string', 'US or CN'),
      f('role', 'string', 'Role in the story'),
      SOURCE_IDS,
    ],
    rows: (d) => d.actors.map((a) => [a.id, a.name, a.kind, a.economy, a.role, ids(a.sourceIds)]),
  },
  {
    name: 'events',
    title: 'Events',
    description: 'Dated events 2018–2025; dates are as precise as the sources allow.',
    fields: [
      f('id', 'string', 'Stable id'),
      f('date', 'string', 'YYYY, YYYY-MM or YYYY-MM-DD'),
      f('end_date', 'string', 'Last day of a multi-day event'),
      f('kind', 'string', 'Event kind'),
      f('title', 'string', 'Title'),
      f('summary', 'string', 'Summary in our words'),
      f('place', 'string', 'Where'),
      f('actor_ids', 'string', 'Ids of the actors (actors.csv), space-separated'),
      f('tariff_measure_ids', 'string', 'Ids of tariff measures (tariff-measures.csv)'),
      SOURCE_IDS,
    ],
    rows: (d) =>
      d.events.map((e) => [
        e.id,
        e.date,
        e.endDate,
        e.kind,
        e.title,
        e.summary,
        e.place,
        ids(e.actorIds),
        ids(e.tariffMeasureIds),
        ids(e.sourceIds),
      ]),
  },
  {
    name: 'tariff-measures',
    title: 'Tariff measures',
    description:
      'Dated tariff actions both ways; each sets one layer’s rate until superseded or ended.',
    fields: [
      f('id', 'string', 'Stable id'),
      f('layer_id', 'string', 'The tariff layer it sets'),
      f('imposed_by', 'string', 'US or CN'),
      f('on', 'string', 'US or CN'),
      f('action', 'string', 'What it does'),
      f('rate_min_pct', 'number', 'Lowest additional rate', 'percent'),
      f('rate_max_pct', 'number', 'Highest additional rate', 'percent'),
      f('coverage_usd_bn', 'number', 'Trade covered', 'US$ billions'),
      f('legal_basis', 'string', 'Legal basis'),
      f('announced_on', 'date', 'Announcement date'),
      f('effective_on', 'date', 'Effective date'),
      f('supersedes', 'string', 'Ids of measures it replaces'),
      f('ends', 'string', 'Ids of measures it ends'),
      f('status', 'string', 'verified or conflict'),
      f('note', 'string', 'Note'),
      SOURCE_IDS,
    ],
    rows: (d) =>
      d.tariffMeasures.map((m) => [
        m.id,
        m.layerId,
        m.imposedBy,
        m.on,
        m.action,
        m.rate?.minPct,
        m.rate?.maxPct,
        m.coverageUsdBn,
        m.legalBasis,
        m.announcedOn,
        m.effectiveOn,
        ids(m.supersedes),
        ids(m.ends),
        m.status,
        m.note,
        ids(m.sourceIds),
      ]),
  },
  {
    name: 'observations',
    title: 'Series observations',
    description: 'Every observation of every series, one row each, with its vintage and sources.',
    fields: [
      f('series_id', 'string', 'Series id'),
      f('series_title', 'string', 'Series title'),
      f('unit', 'string', 'usd-bn, percent or index'),
      f('basis', 'string', 'How the series is measured'),
      f('period', 'string', 'YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD'),
      f('value', 'number', 'The value, in the series unit'),
      f('vintage_id', 'string', 'Release or revision'),
      f('status', 'string', 'verified, derived or conflict'),
      f('note', 'string', 'Note'),
      SOURCE_IDS,
    ],
    rows: (d) =>
      d.series.flatMap((s) =>
        s.observations.map((o) => [
          s.id,
          s.title,
          s.unit,
          s.basis,
          o.period,
          o.value,
          o.vintageId,
          o.status ?? 'verified',
          o.note,
          ids(o.sourceIds),
        ]),
      ),
  },
  {
    name: 'trade-annual',
    title: 'U.S.–China goods trade by year',
    description:
      'Exports and imports (Census basis, as first reported) with totals and balances computed by @tradetalks/core.',
    fields: [
      f('year', 'integer', 'Calendar year'),
      f('exports_usd_bn', 'number', 'U.S. goods exports to China', 'US$ billions'),
      f('imports_usd_bn', 'number', 'U.S. goods imports from China', 'US$ billions'),
      f('total_usd_bn', 'number', 'Exports + imports (computed)', 'US$ billions'),
      f('balance_usd_bn', 'number', 'Exports − imports (computed)', 'US$ billions'),
      f('published_balance_usd_bn', 'number', 'Balance as published', 'US$ billions'),
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
    name: 'statements',
    title: 'Statements',
    description: 'Short attributed quotes and paraphrases.',
    fields: [
      f('id', 'string', 'Stable id'),
      f('actor_id', 'string', 'Who (actors.csv)'),
      f('date', 'string', 'When'),
      f('kind', 'string', 'quote or paraphrase'),
      f('text', 'string', 'The words'),
      f('context', 'string', 'Context'),
      f('event_id', 'string', 'Event (events.csv)'),
      SOURCE_IDS,
    ],
    rows: (d) =>
      d.statements.map((s) => [
        s.id,
        s.actorId,
        s.date,
        s.kind,
        s.text,
        s.context,
        s.eventId,
        ids(s.sourceIds),
      ]),
  },
  {
    name: 'claims',
    title: 'The article’s claims, re-checked',
    description:
      'Each claim with the stated figure, the recomputed one, the formula and the verdict, computed by @tradetalks/core.',
    fields: [
      f('id', 'string', 'Stable id'),
      f('topic', 'string', 'Topic'),
      f('claim', 'string', 'The claim in our words'),
      f('stated', 'string', 'As the article states it'),
      f('recomputed', 'string', 'As recomputed'),
      f('recomputed_value', 'number', 'Recomputed value at full precision, where numeric'),
      f('formula', 'string', 'The arithmetic'),
      f('verdict', 'string', 'consistent, inconsistent, mislabelled, disputed or unverifiable'),
      f('explanation', 'string', 'Why'),
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

// RFC 4180: quote a cell holding a comma, quote, or line break; double inner quotes.
const cell = (value: Cell): string => {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One table as CSV text (RFC 4180, header row, CRLF line ends). */
export const toCsv = (table: CsvTable, dataset: Dataset): string =>
  [table.fields.map((field) => field.name), ...table.rows(dataset)]
    .map((row) => row.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
