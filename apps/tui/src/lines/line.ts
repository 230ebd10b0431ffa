import { pad, sliceToWidth, textWidth, truncate } from '../text/width';
import { wrapText } from '../text/wrap';

/**
 * What a piece of text means, not how it looks: `lines/tones.ts` maps a tone to a colour.
 * Meaning never rests on the tone alone; the text carries a sign, an arrow or a word too.
 */
export type Tone =
  | 'plain'
  | 'muted'
  | 'heading'
  | 'accent'
  | 'up'
  | 'down'
  | 'warn'
  | 'us'
  | 'cn'
  | 'key';

export interface Segment {
  readonly text: string;
  readonly tone?: Tone;
  readonly bold?: boolean;
  readonly inverse?: boolean;
  /** The address this text links to (an OSC 8 hyperlink where the terminal has them). */
  readonly link?: string;
}

/** One row of the screen or of printed output; never wider than the width it was built for. */
export type Line = readonly Segment[];

export const seg = (text: string, tone: Tone = 'plain', bold = false): Segment =>
  bold ? { text, tone, bold } : { text, tone };

export const plain = (text: string): Line => [seg(text)];
export const BLANK: Line = [];

export const lineWidth = (line: Line): number =>
  line.reduce((sum, s) => sum + textWidth(s.text), 0);

export const lineText = (line: Line): string => line.map((s) => s.text).join('');

/** The line cut to `width` cells, with `…` where text was cut. */
export const truncateLine = (line: Line, width: number): Line => {
  if (lineWidth(line) <= width) return line;
  const out: Segment[] = [];
  let room = width;
  for (const s of line) {
    const w = textWidth(s.text);
    if (w < room) {
      out.push(s);
      room -= w;
      continue;
    }
    out.push({ ...s, text: truncate(s.text, room) });
    break;
  }
  return out;
};

/** The line filled with spaces to exactly `width` cells (cut first if longer). */
export const padLine = (line: Line, width: number): Line => {
  const cut = truncateLine(line, width);
  const gap = width - lineWidth(cut);
  return gap > 0 ? [...cut, seg(' '.repeat(gap))] : cut;
};

/** `left` and `right` on one line of `width`, `right` flush right; `left` gives way. */
export const spread = (left: Line, right: Line, width: number): Line => {
  const rightWidth = lineWidth(right);
  if (rightWidth >= width) return truncateLine(right, width);
  const room = width - rightWidth - 1;
  const cut = truncateLine(left, room);
  return [...cut, seg(' '.repeat(width - lineWidth(cut) - rightWidth)), ...right];
};

/** Every segment shown reversed: the selected row of a list. */
export const inverted = (line: Line): Line => line.map((s) => ({ ...s, inverse: true }));

/** Text wrapped to `width`, every line indented by `indent` cells, in one tone. */
export const paragraph = (text: string, width: number, tone: Tone = 'plain', indent = 0): Line[] =>
  wrapText(text, width - indent).map((row) => [seg(' '.repeat(indent)), seg(row, tone)]);

/**
 * A label in a column of `labelWidth` and text wrapped beside it, continuation lines
 * indented under the text: `Formula   a + b = c`. Below `stackBelow` cells the
 * label goes on its own line and the text under it.
 */
export const labelled = (
  label: string,
  text: string | Line,
  width: number,
  { labelWidth = 12, indent = 2, tone = 'plain' as Tone, stackBelow = 36 } = {},
): Line[] => {
  const body = typeof text === 'string' ? [seg(text, tone)] : text;
  const head = seg(' '.repeat(indent));
  if (width < stackBelow) {
    // A row with no label of its own continues the one above it: no empty label row.
    return [
      ...(label === '' ? [] : [[head, seg(label, 'muted')]]),
      ...wrapLine(body, width - indent - 2).map((l) => [seg(' '.repeat(indent + 2)), ...l]),
    ];
  }
  const gutter = indent + labelWidth;
  // A label longer than its column goes on a row of its own, never cut.
  if (textWidth(label) > labelWidth - 1) {
    return [
      ...wrapLine([seg(label, 'muted')], width - indent).map((row) => [head, ...row]),
      ...wrapLine(body, width - gutter).map((row) => [head, seg(' '.repeat(labelWidth)), ...row]),
    ];
  }
  const rows = wrapLine(body, width - gutter);
  return rows.map((row, i) => [
    head,
    i === 0
      ? seg(pad(sliceToWidth(label, labelWidth - 1), labelWidth), 'muted')
      : seg(' '.repeat(labelWidth)),
    ...row,
  ]);
};

/** A line of segments wrapped to `width`, word by word, keeping each word's tone. */
export const wrapLine = (line: Line, width: number): Line[] => {
  const limit = Math.max(1, width);
  const words: Segment[] = line.flatMap((s) =>
    s.text
      .split(/(\s+)/)
      .filter((w) => w !== '')
      .map((w) => ({ ...s, text: w })),
  );
  const rows: Segment[][] = [[]];
  let used = 0;
  for (const word of words) {
    const isSpace = /^\s+$/.test(word.text);
    const w = textWidth(word.text);
    let row = rows[rows.length - 1] as Segment[];
    if (isSpace) {
      // Spaces as written (two between a title and its subtitle), none at a row's start.
      const space = /^ +$/.test(word.text) ? word : { ...word, text: ' ' };
      if (used > 0 && used + textWidth(space.text) <= limit) {
        row.push(space);
        used += textWidth(space.text);
      }
      continue;
    }
    if (used + w > limit && used > 0) {
      while (row.length > 0 && /^\s+$/.test((row[row.length - 1] as Segment).text)) row.pop();
      row = [];
      rows.push(row);
      used = 0;
    }
    for (const piece of wrapText(word.text, limit)) {
      if (used > 0 && used + textWidth(piece) > limit) {
        row = [];
        rows.push(row);
        used = 0;
      }
      row.push({ ...word, text: piece });
      used += textWidth(piece);
    }
  }
  const last = rows[rows.length - 1] as Segment[];
  while (last.length > 0 && /^\s+$/.test((last[last.length - 1] as Segment).text)) last.pop();
  return rows;
};

/** Two columns side by side, each `(width − gap) / 2` wide, as many rows as the longer. */
export const besideEachOther = (
  left: readonly Line[],
  right: readonly Line[],
  width: number,
  gap = 3,
): Line[] => {
  const column = Math.floor((width - gap) / 2);
  const rows = Math.max(left.length, right.length);
  return Array.from({ length: rows }, (_, i) => [
    ...padLine(left[i] ?? BLANK, column),
    seg(' '.repeat(gap)),
    ...truncateLine(right[i] ?? BLANK, column),
  ]);
};

/**
 * `body` wrapped beside a column of `prefixWidth` that holds `prefix` on the first row:
 * `10 Apr 2025  Tariff action  U.S. lifts the China rate…` with the rest of the title
 * wrapped under itself, never cut. `right`, when given, sits flush right on the first row.
 */
export const besidePrefix = (
  prefix: Line,
  prefixWidth: number,
  body: Line,
  width: number,
  right: Line = BLANK,
): Line[] => {
  const rightWidth = lineWidth(right);
  const room = Math.max(1, width - prefixWidth - (rightWidth > 0 ? rightWidth + 1 : 0));
  const rows = wrapLine(body, room);
  return rows.map((row, i) => {
    const lead = i === 0 ? padLine(prefix, prefixWidth) : [seg(' '.repeat(prefixWidth))];
    if (i !== 0 || rightWidth === 0) return [...lead, ...row];
    const gap = width - prefixWidth - lineWidth(row) - rightWidth;
    return [...lead, ...row, seg(' '.repeat(Math.max(1, gap))), ...right];
  });
};

/**
 * An address on rows of its own, `indent` cells in, broken only where a row ends (after a
 * `/` where it can) and never cut: each piece links to the whole address.
 */
export const urlLines = (url: string, width: number, indent = 0, tone: Tone = 'accent'): Line[] => {
  const room = Math.max(8, width - indent);
  const rows: string[] = [];
  let rest = url;
  while (rest.length > room) {
    const slash = rest.lastIndexOf('/', room - 1);
    const cut = slash > room / 2 ? slash + 1 : room;
    rows.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  rows.push(rest);
  return rows.map((row) => [seg(' '.repeat(indent)), { text: row, tone, link: url }]);
};
