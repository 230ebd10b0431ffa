import { sourceLabel } from '../story/source-ref';
import type { Dataset } from '../types';
import { DERIVED_CSV_TABLES } from './csv-derived-tables';

/** One cell of a CSV row; `undefined` is an empty cell. */
export type Cell = string | number | boolean | undefined;

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

const ids = (list: readonly string[] | undefined) => (list ?? []).join(' ');
const SOURCE_IDS: CsvField = {
  name: 'source_ids',
  type: 'string',
  description: 'Ids of the sources (sources.csv), space-separated',
};

/** Tables that hold the records as they are. */
const RECORD_CSV_TABLES: readonly CsvTable[] = [
  {
    name: 'sources',
    title: 'Sources',
    description:
      'Every source a record cites: the originating body, the page the figure was read on, and the original document where one is named.',
    fields: [
      { name: 'id', type: 'string', description: 'Stable id' },
      { name: 'label', type: 'string', description: 'As shown: “Publisher, via Site”' },
      { name: 'publisher', type: 'string', description: 'Originating body' },
      {
        name: 'via',
        type: 'string',
        description: 'The site the page read is on, where not the publisher’s own',
      },
      { name: 'title', type: 'string', description: 'Title' },
      { name: 'url', type: 'string', description: 'The page the figure was read on' },
      { name: 'original_url', type: 'string', description: 'The primary document, where named' },
      {
        name: 'original_read',
        type: 'boolean',
        description: 'Whether the figure was read on the original itself',
      },
      {
        name: 'kind',
        type: 'string',
        description: 'official, secondary, news, research or article',
      },
      { name: 'published_on', type: 'string', description: 'Publication date, YYYY[-MM[-DD]]' },
      { name: 'note', type: 'string', description: 'Note' },
    ],
    rows: (d) =>
      d.sources.map((s) => [
        s.id,
        sourceLabel(s),
        s.publisher,
        s.via,
        s.title,
        s.url,
        s.original?.url,
        s.original?.read,
        s.kind,
        s.publishedOn,
        s.note,
      ]),
  },
  {
    name: 'actors',
    title: 'Actors',
    description: 'People and institutions in the story.',
    fields: [
      { name: 'id', type: 'string', description: 'Stable id' },
      { name: 'name', type: 'string', description: 'Name' },
      { name: 'kind', type: 'string', description: 'person or institution' },
      { name: 'economy', type: 'string', description: 'US or CN' },
      { name: 'role', type: 'string', description: 'Role in the story' },
      SOURCE_IDS,
    ],
    rows: (d) => d.actors.map((a) => [a.id, a.name, a.kind, a.economy, a.role, ids(a.sourceIds)]),
  },
  {
    name: 'events',
    title: 'Events',
    description:
      'Dated events 2018–2026; dates are as precise as the sources allow. `status` reported: known only from reports we could not verify.',
    fields: [
      { name: 'id', type: 'string', description: 'Stable id' },
      { name: 'date', type: 'string', description: 'YYYY, YYYY-MM or YYYY-MM-DD' },
      { name: 'end_date', type: 'string', description: 'Last day of a multi-day event' },
      { name: 'kind', type: 'string', description: 'Event kind' },
      { name: 'title', type: 'string', description: 'Title' },
      { name: 'summary', type: 'string', description: 'Summary in our words' },
      { name: 'place', type: 'string', description: 'Where' },
      { name: 'status', type: 'string', description: 'verified, or reported (not verified)' },
      {
        name: 'actor_ids',
        type: 'string',
        description: 'Ids of the actors (actors.csv), space-separated',
      },
      {
        name: 'tariff_measure_ids',
        type: 'string',
        description: 'Ids of tariff measures (tariff-measures.csv)',
      },
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
        e.status ?? 'verified',
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
      { name: 'id', type: 'string', description: 'Stable id' },
      { name: 'layer_id', type: 'string', description: 'The tariff layer it sets' },
      { name: 'imposed_by', type: 'string', description: 'US or CN' },
      { name: 'on', type: 'string', description: 'US or CN' },
      { name: 'action', type: 'string', description: 'What it does' },
      {
        name: 'rate_min_pct',
        type: 'number',
        description: 'Lowest additional rate',
        unit: 'percent',
      },
      {
        name: 'rate_max_pct',
        type: 'number',
        description: 'Highest additional rate',
        unit: 'percent',
      },
      {
        name: 'coverage_usd_bn',
        type: 'number',
        description: 'Trade covered',
        unit: 'US$ billions',
      },
      { name: 'legal_basis', type: 'string', description: 'Legal basis' },
      { name: 'announced_on', type: 'date', description: 'Announcement date' },
      { name: 'effective_on', type: 'date', description: 'Effective date' },
      { name: 'supersedes', type: 'string', description: 'Ids of measures it replaces' },
      { name: 'ends', type: 'string', description: 'Ids of measures it ends' },
      { name: 'status', type: 'string', description: 'verified or conflict' },
      { name: 'note', type: 'string', description: 'Note' },
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
      { name: 'series_id', type: 'string', description: 'Series id' },
      { name: 'series_title', type: 'string', description: 'Series title' },
      {
        name: 'unit',
        type: 'string',
        description: 'usd-bn, usd-mn, usd-bn-chained-2017, percent or index',
      },
      { name: 'basis', type: 'string', description: 'How the series is measured' },
      { name: 'period', type: 'string', description: 'YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD' },
      { name: 'value', type: 'number', description: 'The value, in the series unit' },
      { name: 'vintage_id', type: 'string', description: 'Release or revision' },
      { name: 'released_on', type: 'date', description: 'Release date of this value, where known' },
      { name: 'status', type: 'string', description: 'verified, derived or conflict' },
      { name: 'note', type: 'string', description: 'Note' },
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
          o.releasedOn ?? s.vintages?.find((v) => v.id === o.vintageId)?.releasedOn,
          o.status ?? 'verified',
          o.note,
          ids(o.sourceIds),
        ]),
      ),
  },
  {
    name: 'statements',
    title: 'Statements',
    description: 'Short attributed quotes and paraphrases.',
    fields: [
      { name: 'id', type: 'string', description: 'Stable id' },
      { name: 'actor_id', type: 'string', description: 'Who (actors.csv)' },
      { name: 'date', type: 'string', description: 'When' },
      { name: 'kind', type: 'string', description: 'quote or paraphrase' },
      { name: 'text', type: 'string', description: 'The words' },
      { name: 'context', type: 'string', description: 'Context' },
      { name: 'event_id', type: 'string', description: 'Event (events.csv)' },
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
    name: 'tariff-layers',
    title: 'Tariff layers',
    description:
      'The lines of duty each side stacks, with the courts’ later findings on them (a layer held unlawful stays in the stacks of the days it was charged).',
    fields: [
      { name: 'id', type: 'string', description: 'Stable id' },
      { name: 'imposed_by', type: 'string', description: 'US or CN' },
      { name: 'program', type: 'string', description: 'Legal programme' },
      { name: 'name', type: 'string', description: 'Name' },
      { name: 'scope', type: 'string', description: 'all-goods or listed-goods' },
      { name: 'covers', type: 'string', description: 'For listed goods: what the list covers' },
      { name: 'legal_basis', type: 'string', description: 'Legal basis' },
      {
        name: 'legal_findings',
        type: 'string',
        description: 'Court findings, “date kind court-id”, semicolon-separated',
      },
      { name: 'note', type: 'string', description: 'Note' },
    ],
    rows: (d) =>
      d.tariffLayers.map((l) => [
        l.id,
        l.imposedBy,
        l.program,
        l.name,
        l.scope,
        l.covers,
        l.legalBasis,
        (l.legalHistory ?? []).map((f) => `${f.date} ${f.kind} ${f.courtId}`).join('; ') ||
          undefined,
        l.note,
      ]),
  },
  {
    name: 'scheduled',
    title: 'Changes due after the verified data',
    description:
      'What was due after the tariff stacks’ verified coverage, and whose outcome no verified source establishes.',
    fields: [
      { name: 'id', type: 'string', description: 'Stable id' },
      { name: 'date', type: 'date', description: 'When it was due' },
      { name: 'imposed_by', type: 'string', description: 'US or CN' },
      { name: 'title', type: 'string', description: 'Title' },
      { name: 'summary', type: 'string', description: 'Summary in our words' },
      SOURCE_IDS,
    ],
    rows: (d) =>
      d.scheduled.map((c) => [c.id, c.date, c.imposedBy, c.title, c.summary, ids(c.sourceIds)]),
  },
  {
    name: 'releases',
    title: 'Releases of the data',
    description: 'Each published version of the data and the records it added, revised or removed.',
    fields: [
      { name: 'version', type: 'string', description: 'Semantic version' },
      { name: 'date', type: 'date', description: 'Release date' },
      { name: 'summary', type: 'string', description: 'What changed, in a line' },
      {
        name: 'changes',
        type: 'string',
        description: 'added/revised/removed collection:id …, space-separated',
      },
    ],
    rows: (d) =>
      d.releases.map((r) => [
        r.version,
        r.date,
        r.summary,
        r.changes
          .flatMap((c) => c.ids.map((id) => `${c.change} ${c.collection}:${id}`))
          .join(' ') || undefined,
      ]),
  },
];

/** Every table the data downloads offer, in the order of datapackage.json. */
export const CSV_TABLES: readonly CsvTable[] =
  /* @__PURE__ */ RECORD_CSV_TABLES.concat(DERIVED_CSV_TABLES);
