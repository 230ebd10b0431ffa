import { type Citation, citationsBySource, type Dataset, type Source } from '@tradetalks/core';
import {
  BLANK,
  besidePrefix,
  type Line,
  labelled,
  paragraph,
  seg,
  urlLines,
  wrapLine,
} from '../lines/line';
import { perDataset } from '../model/memo';
import { showDate } from '../text/dates';
import { pad } from '../text/width';
import { heading } from './parts';
import { NARROW } from './timeline';

export const citationsOf = perDataset(citationsBySource);

const KIND_TAGS: Record<Source['kind'], string> = {
  official: 'official',
  secondary: 'secondary',
  research: 'research',
  article: 'the article',
};

const COLLECTION_LABELS: Record<Citation['collection'], string> = {
  actors: 'People and institutions',
  events: 'Events',
  tariffMeasures: 'Tariff measures',
  series: 'Data series',
  statements: 'Statements',
  claims: 'Claims',
};

/** Sources whose publisher, title, address or note contain `filter`, case-insensitive. */
export const filteredSources = (dataset: Dataset, filter: string): readonly Source[] => {
  const needle = filter.trim().toLowerCase();
  if (needle === '') return dataset.sources;
  return dataset.sources.filter((s) =>
    [s.publisher, s.title, s.url ?? '', s.via ?? '', s.note ?? '', s.kind]
      .join(' ')
      .toLowerCase()
      .includes(needle),
  );
};

const TAG_WIDTH = 18;

/** One source as a list item: publisher and title, with its kind and how often it is cited. */
export const sourceItem = (dataset: Dataset, source: Source, width: number): Line[] => {
  const cited = citationsOf(dataset).get(source.id)?.length ?? 0;
  const tag = `${KIND_TAGS[source.kind]} · ${cited}×`;
  if (width < NARROW) {
    return [
      ...wrapLine([seg(source.publisher, 'plain', true), seg(` · ${tag}`, 'muted')], width),
      ...besidePrefix(BLANK, 2, [seg(source.title, 'muted')], width),
    ];
  }
  return besidePrefix(
    BLANK,
    0,
    [seg(source.publisher, 'plain', true), seg(` — ${source.title}`, 'muted')],
    width,
    [seg(pad(tag, TAG_WIDTH, 'right'), 'muted')],
  );
};

/** One source in full, and every record that cites it, by kind of record. */
export const sourceDetailLines = (dataset: Dataset, source: Source, width: number): Line[] => {
  const lines: Line[] = [
    ...paragraph(source.title, width, 'heading'),
    BLANK,
    ...labelled('Publisher', [seg(source.publisher, 'plain', true)], width),
    ...labelled('Kind', KIND_TAGS[source.kind], width),
  ];
  if (source.publishedOn) lines.push(...labelled('Published', showDate(source.publishedOn), width));
  if (source.via) lines.push(...labelled('Read via', source.via, width));
  if (source.url) lines.push(...labelled('Address', '', width), ...urlLines(source.url, width, 4));
  if (source.note) lines.push(...labelled('Note', source.note, width));
  const citations = citationsOf(dataset).get(source.id) ?? [];
  lines.push(
    BLANK,
    ...heading('Cited by', `${citations.length} record${citations.length === 1 ? '' : 's'}`, width),
  );
  for (const collection of Object.keys(COLLECTION_LABELS) as Citation['collection'][]) {
    const group = citations.filter((c) => c.collection === collection);
    if (group.length === 0) continue;
    lines.push([seg(`  ${COLLECTION_LABELS[collection]}`, 'muted')]);
    for (const c of group) lines.push(...paragraph(`• ${c.label}`, width, 'plain', 4));
  }
  return lines;
};

/** Every source for print: publisher, title, kind, address. */
export const sourcesPrintLines = (dataset: Dataset, width: number): Line[] => {
  const lines: Line[] = [...heading('Sources', `${dataset.sources.length} in all`, width)];
  for (const source of dataset.sources) {
    const cited = citationsOf(dataset).get(source.id)?.length ?? 0;
    lines.push(BLANK, ...paragraph(`${source.publisher} — ${source.title}`, width, 'plain'), [
      seg(`  ${KIND_TAGS[source.kind]}`, 'muted'),
      seg(source.publishedOn ? ` · ${showDate(source.publishedOn)}` : '', 'muted'),
      seg(` · cited by ${cited}`, 'muted'),
    ]);
    // Whole on one row in print, however wide: a script can grep it, a reader copy it.
    if (source.url) lines.push([seg('  '), { text: source.url, tone: 'accent', link: source.url }]);
  }
  return lines;
};
