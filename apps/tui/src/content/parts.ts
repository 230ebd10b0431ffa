import { type FigureView, ORIGINAL_LABELS, type SourceRef } from '@tradetalks/core';
import { type Line, paragraph, type Segment, seg, urlLines, wrapLine } from '../lines/line';
import type { Link } from '../views/view-entry';

/** ▲ for a rise, ▼ for a fall, = for none: the direction of a change core gives, in a glyph. */
export const arrow = (change: FigureView | undefined): Segment => {
  const delta = change?.value;
  if (delta === undefined || delta === 0) return seg('=', 'muted');
  return delta > 0 ? seg('▲', 'up') : seg('▼', 'down');
};

/** A section title in capitals with a muted subtitle, wrapped to the width (never cut). */
export const heading = (title: string, subtitle: string, width: number): Line[] =>
  wrapLine(
    [seg(title.toUpperCase(), 'heading'), seg(subtitle ? `  ${subtitle}` : '', 'muted')],
    width,
  );

/** The sources of `refs` each named once, as they say what they are ("Census, via CNS News"). */
const labelsOf = (refs: readonly SourceRef[]): string[] => [...new Set(refs.map((r) => r.label))];

/** "Sources: A; B, via C", wrapped and muted, indented under a section. */
export const sourcesLines = (refs: readonly SourceRef[], width: number, indent = 2): Line[] => {
  const labels = labelsOf(refs);
  if (labels.length === 0) return [];
  const label = labels.length === 1 ? 'Source' : 'Sources';
  return paragraph(`${label}: ${labels.join('; ')}`, width, 'muted', indent);
};

/** A line wrapped under an indent: the first row at `indent`, the rest at `indent + hang`. */
export const hanging = (line: Line, width: number, indent = 2, hang = 2): Line[] =>
  wrapLine(line, width - indent - hang).map((row, i) => [
    seg(' '.repeat(i === 0 ? indent : indent + hang)),
    ...row,
  ]);

/** "original, not read: Title": a source's primary document, labelled as core words it. */
const originalLabel = (original: NonNullable<SourceRef['original']>): string =>
  `${original.read ? ORIGINAL_LABELS.read : ORIGINAL_LABELS.notRead}${original.title ? `: ${original.title}` : ''}`;

/** The addresses of `refs` that `o` opens and `y` copies: each page read, then its original. */
export const linksOf = (refs: readonly SourceRef[]): Link[] => {
  const links = new Map<string, Link>();
  for (const ref of refs) {
    if (ref.href !== undefined && !links.has(ref.href))
      links.set(ref.href, { url: ref.href, label: `${ref.label} — ${ref.title}` });
    const { original } = ref;
    if (original !== undefined && !links.has(original.href))
      links.set(original.href, {
        url: original.href,
        label: `${ref.label}: ${originalLabel(original)}`,
      });
  }
  return [...links.values()];
};

/**
 * Each source as `• Publisher, via Site — Title`, with the page read under it and then the
 * original, labelled as the original ("not read" where the figure was not read on it).
 * The address `o` and `y` act on (`selectedUrl`) is marked `›`.
 */
export const sourceListLines = (
  refs: readonly SourceRef[],
  width: number,
  indent = 2,
  selectedUrl?: string,
): Line[] => {
  const seen = new Set<string>();
  return refs.flatMap((ref) => {
    if (seen.has(ref.id)) return [];
    seen.add(ref.id);
    const mark = (url: string | undefined) =>
      url !== undefined && url === selectedUrl ? seg('› ', 'accent', true) : seg('• ');
    const lines = hanging(
      [mark(ref.href), seg(ref.label, 'plain', true), seg(` — ${ref.title}`)],
      width,
      indent,
    );
    // Each address whole, on rows of its own: never cut, so it can be read, copied, clicked.
    if (ref.href !== undefined) lines.push(...urlLines(ref.href, width, indent + 2));
    const { original } = ref;
    if (original !== undefined) {
      const marked = original.href === selectedUrl;
      lines.push(
        ...hanging(
          [
            seg(marked ? '› ' : '', 'accent', true),
            seg(originalLabel(original), marked ? 'accent' : 'muted'),
          ],
          width,
          indent + 2,
        ),
        ...urlLines(original.href, width, indent + 4),
      );
    }
    return lines;
  });
};
