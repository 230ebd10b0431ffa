import {
  COLLECTION_LABELS,
  type Dataset,
  ORIGINAL_LABELS,
  type RecordCollection,
  SOURCE_KINDS,
  type SourceRef,
  sourceRefs,
  sourceUses,
} from '@tradetalks/core';
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
import { heading } from './parts';
import { NARROW } from './timeline';

/** Every record resting on each source, as core counts them for every surface. */
export const citationsOf = sourceUses;

/** Every source as surfaces show it, in the data's order. */
export const allSources = perDataset((dataset): readonly SourceRef[] =>
  sourceRefs(
    dataset,
    dataset.sources.map((s) => s.id),
  ),
);

/** Sources whose name, title, addresses, kind or note contain `filter`, case-insensitive. */
export const filteredSources = (dataset: Dataset, filter: string): readonly SourceRef[] => {
  const needle = filter.trim().toLowerCase();
  const all = allSources(dataset);
  if (needle === '') return all;
  return all.filter((s) =>
    [s.label, s.title, s.href ?? '', s.original?.href ?? '', s.note ?? '', s.kindLabel]
      .join(' ')
      .toLowerCase()
      .includes(needle),
  );
};

const TAG_WIDTH = 18;

const citedCount = (dataset: Dataset, ref: SourceRef): number =>
  citationsOf(dataset).get(ref.id)?.length ?? 0;

/** One source as a list item: who and where it was read, its title, kind and citations. */
export const sourceItem = (dataset: Dataset, ref: SourceRef, width: number): Line[] => {
  const tag = `${ref.kindLabel} · ${citedCount(dataset, ref)}×`;
  if (width < NARROW) {
    return [
      ...wrapLine([seg(ref.label, 'plain', true), seg(` · ${tag}`, 'muted')], width),
      ...besidePrefix(BLANK, 2, [seg(ref.title, 'muted')], width),
    ];
  }
  return besidePrefix(
    BLANK,
    0,
    [seg(ref.label, 'plain', true), seg(` — ${ref.title}`, 'muted')],
    width,
    [seg(tag.padStart(TAG_WIDTH), 'muted')],
  );
};

/** The primary document a source names, labelled as the original, and whether it was read. */
const originalLines = (ref: SourceRef, width: number, indent: number): Line[] => {
  const { original } = ref;
  if (original === undefined) return [];
  return [
    ...labelled(
      'Original',
      [
        seg(original.title ?? 'the primary document'),
        seg(` (${original.read ? ORIGINAL_LABELS.read : ORIGINAL_LABELS.notRead})`, 'muted'),
      ],
      width,
    ),
    ...urlLines(original.href, width, indent),
  ];
};

/** One source in full, and every record that cites it, by kind of record. */
export const sourceDetailLines = (
  dataset: Dataset,
  ref: SourceRef,
  width: number,
  selectedUrl?: string,
): Line[] => {
  const lines: Line[] = [
    ...paragraph(ref.title, width, 'heading'),
    BLANK,
    ...labelled('Source', [seg(ref.label, 'plain', true)], width),
  ];
  // Where the page read is not the publisher's own, both are named apart too.
  if (ref.via) {
    lines.push(
      ...labelled('Publisher', ref.publisher, width),
      ...labelled('Read via', ref.via, width),
    );
  }
  lines.push(
    ...labelled(
      'Kind',
      [seg(ref.kindLabel), seg(` — ${SOURCE_KINDS[ref.kind].meaning}`, 'muted')],
      width,
    ),
  );
  if (ref.publishedText) lines.push(...labelled('Published', ref.publishedText, width));
  if (ref.href) {
    const marked = selectedUrl === ref.href;
    lines.push(
      ...labelled(marked ? '› Page read' : 'Page read', '', width),
      ...urlLines(ref.href, width, 4),
    );
  }
  const original = originalLines(ref, width, 4);
  if (original.length > 0 && selectedUrl !== undefined && selectedUrl === ref.original?.href) {
    original[0] = [seg('› ', 'accent', true), ...(original[0] ?? []).slice(1)];
  }
  lines.push(...original);
  if (ref.note) lines.push(...labelled('Note', ref.note, width));
  const citations = citationsOf(dataset).get(ref.id) ?? [];
  lines.push(
    BLANK,
    ...heading('Cited by', `${citations.length} record${citations.length === 1 ? '' : 's'}`, width),
  );
  for (const collection of Object.keys(COLLECTION_LABELS) as RecordCollection[]) {
    const group = citations.filter((c) => c.collection === collection);
    if (group.length === 0) continue;
    lines.push([seg(`  ${COLLECTION_LABELS[collection].many}`, 'muted')]);
    for (const c of group) lines.push(...paragraph(`• ${c.label}`, width, 'plain', 4));
  }
  return lines;
};

/** Every source for print: who and where, title, kind, the page read and the original. */
export const sourcesPrintLines = (dataset: Dataset, width: number): Line[] => {
  const all = allSources(dataset);
  const lines: Line[] = [...heading('Sources', `${all.length} in all`, width)];
  for (const ref of all) {
    lines.push(BLANK, ...paragraph(`${ref.label} — ${ref.title}`, width, 'plain'), [
      seg(`  ${ref.kindLabel}`, 'muted'),
      seg(ref.publishedText ? ` · ${ref.publishedText}` : '', 'muted'),
      seg(` · cited by ${citedCount(dataset, ref)}`, 'muted'),
    ]);
    // Whole on one row in print, however wide: a script can grep it, a reader copy it.
    if (ref.href) lines.push([seg('  '), { text: ref.href, tone: 'accent', link: ref.href }]);
    const { original } = ref;
    if (original) {
      lines.push(
        [seg(`  ${original.read ? ORIGINAL_LABELS.read : ORIGINAL_LABELS.notRead}:`, 'muted')],
        [seg('  '), { text: original.href, tone: 'accent', link: original.href }],
      );
    }
  }
  return lines;
};
