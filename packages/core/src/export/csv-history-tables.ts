// The tables of what the record says came later: each tariff layer with the courts' findings,
// the changes scheduled after the verified data, and the releases of the data itself.
import { type CsvTable, ids, SOURCE_IDS } from './csv-table';

/** Tables of legal standing, schedules and releases, in the order of datapackage.json. */
export const HISTORY_CSV_TABLES: readonly CsvTable[] = [
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
