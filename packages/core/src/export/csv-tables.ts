import { sourceLabel } from '../story/source-ref';
import { DERIVED_CSV_TABLES } from './csv-derived-tables';
import { HISTORY_CSV_TABLES } from './csv-history-tables';
import { type CsvTable, ids, SOURCE_IDS } from './csv-table';

export type { Cell, CsvField, CsvTable } from './csv-table';

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
];

/** Every table the data downloads offer, in the order of datapackage.json. */
export const CSV_TABLES: readonly CsvTable[] = /* @__PURE__ */ RECORD_CSV_TABLES.concat(
  HISTORY_CSV_TABLES,
  DERIVED_CSV_TABLES,
);
