import type { Dataset } from '@tradetalks/core';
import { type Line, paragraph, type Segment, seg, urlLines, wrapLine } from '../lines/line';
import { publishersOf } from '../model/sources';

/** ▲ for a rise, ▼ for a fall, = for no change: direction in a glyph, not only a colour. */
export const arrow = (delta: number | undefined): Segment => {
  if (delta === undefined || !Number.isFinite(delta) || delta === 0) return seg('=', 'muted');
  return delta > 0 ? seg('▲', 'up') : seg('▼', 'down');
};

/** A section title in capitals with a muted subtitle, wrapped to the width (never cut). */
export const heading = (title: string, subtitle: string, width: number): Line[] =>
  wrapLine(
    [seg(title.toUpperCase(), 'heading'), seg(subtitle ? `  ${subtitle}` : '', 'muted')],
    width,
  );

/** "Sources: A; B; C", wrapped and muted, indented under a section. */
export const sourcesLines = (
  dataset: Dataset,
  sourceIds: readonly string[],
  width: number,
  indent = 2,
): Line[] => {
  const publishers = publishersOf(dataset, sourceIds);
  if (publishers.length === 0) return [];
  const label = publishers.length === 1 ? 'Source' : 'Sources';
  return paragraph(`${label}: ${publishers.join('; ')}`, width, 'muted', indent);
};

/** A line wrapped under an indent: the first row at `indent`, the rest at `indent + hang`. */
export const hanging = (line: Line, width: number, indent = 2, hang = 2): Line[] =>
  wrapLine(line, width - indent - hang).map((row, i) => [
    seg(' '.repeat(i === 0 ? indent : indent + hang)),
    ...row,
  ]);

/**
 * Each source as `• Publisher — Title`, with its address (and who relayed it) under it. The
 * one `o` and `y` act on (`selectedUrl`) is marked `›` instead of `•`.
 */
export const sourceListLines = (
  dataset: Dataset,
  sourceIds: readonly string[],
  width: number,
  indent = 2,
  selectedUrl?: string,
): Line[] =>
  [...new Set(sourceIds)].flatMap((id) => {
    const source = dataset.sources.find((s) => s.id === id);
    if (source === undefined) return [];
    const selected = selectedUrl !== undefined && source.url === selectedUrl;
    const lines = hanging(
      [
        selected ? seg('› ', 'accent', true) : seg('• '),
        seg(source.publisher, 'plain', true),
        seg(` — ${source.title}`),
      ],
      width,
      indent,
    );
    if (source.via) lines.push(...paragraph(`via ${source.via}`, width, 'muted', indent + 2));
    // The address whole, on rows of its own: never cut, so it can be read, copied, clicked.
    if (source.url) lines.push(...urlLines(source.url, width, indent + 2));
    return lines;
  });
