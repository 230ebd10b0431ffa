import { describe, expect, it } from 'vitest';
import {
  besideEachOther,
  besidePrefix,
  inverted,
  labelled,
  lineText,
  lineWidth,
  padLine,
  paragraph,
  seg,
  spread,
  truncateLine,
  urlLines,
  wrapLine,
} from './line';

const sample = [seg('peak ', 'muted'), seg('145%', 'us', true), seg(' from 10 April 2025')];

describe('lines', () => {
  it('truncates across segments and keeps each segment’s tone', () => {
    const cut = truncateLine(sample, 8);
    expect(lineWidth(cut)).toBeLessThanOrEqual(8);
    expect(lineText(cut)).toBe('peak 14…');
    expect(cut[1]?.tone).toBe('us');
  });

  it('pads to an exact width', () => {
    expect(lineWidth(padLine(sample, 40))).toBe(40);
    expect(lineWidth(padLine(sample, 6))).toBeLessThanOrEqual(6);
  });

  it('spreads left and right text over the width, the left giving way', () => {
    const line = spread([seg('In force on 10 April 2025')], [seg('action 14 of 18')], 30);
    expect(lineWidth(line)).toBe(30);
    expect(lineText(line).endsWith('action 14 of 18')).toBe(true);
  });

  it('reverses every segment of a selected line', () => {
    expect(inverted(sample).every((s) => s.inverse)).toBe(true);
  });

  it.each([12, 20, 40])('wraps segments within %i cells, keeping words and tones', (width) => {
    const rows = wrapLine(sample, width);
    for (const row of rows) expect(lineWidth(row)).toBeLessThanOrEqual(width);
    expect(rows.map(lineText).join(' ')).toBe(lineText(sample));
    expect(rows.flat().find((s) => s.text === '145%')?.tone).toBe('us');
  });

  it('puts a label beside its text, or above it when narrow', () => {
    const wide = labelled('Formula', '20% + 125% = 145%', 60);
    expect(wide).toHaveLength(1);
    expect(lineText(wide[0] ?? [])).toMatch(/^ {2}Formula +20% \+ 125% = 145%$/);
    const narrow = labelled('Formula', '20% + 125% = 145%', 30);
    expect(lineText(narrow[0] ?? []).trim()).toBe('Formula');
  });

  it('indents a paragraph and keeps it within the width', () => {
    for (const line of paragraph('a b c d e f g h i j k l m n o p', 10, 'muted', 2)) {
      expect(lineWidth(line)).toBeLessThanOrEqual(10);
      expect(lineText(line).startsWith('  ')).toBe(true);
    }
  });

  it('sets two columns side by side within the width', () => {
    const rows = besideEachOther([sample, sample], [sample], 50);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(lineWidth(row)).toBeLessThanOrEqual(50);
  });
});

describe('never cut', () => {
  it('puts an address on rows of its own, breaking after a slash, every piece linked', () => {
    const url = 'https://www.example.org/a-long/path/to-a-page-that-goes-on-and-on?with=query';
    for (const width of [20, 40, 80]) {
      const rows = urlLines(url, width, 4);
      for (const row of rows) expect(lineWidth(row)).toBeLessThanOrEqual(Math.max(width, 12));
      expect(rows.map((r) => lineText(r).trim()).join('')).toBe(url);
      expect(rows.every((r) => r.at(-1)?.link === url)).toBe(true);
    }
    expect(urlLines(url, 40, 4)[0]?.at(-1)?.text.endsWith('/')).toBe(true);
  });

  it('wraps text beside a prefix column under itself, and puts a right part on the first row', () => {
    const rows = besidePrefix(
      [seg('6 Jul 2018')],
      14,
      [seg('a title that is much too long to fit')],
      30,
      [seg('2×')],
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(lineWidth(row)).toBeLessThanOrEqual(30);
    expect(lineText(rows[0] ?? []).endsWith('2×')).toBe(true);
    expect(lineText(rows[1] ?? []).startsWith(' '.repeat(14))).toBe(true);
    expect(rows.map((r) => lineText(r).trim()).join(' ')).toContain('much too long to fit');
  });

  it('gives a label longer than its column a row of its own', () => {
    const rows = labelled('A label far longer than its column', 'the text', 60);
    expect(lineText(rows[0] ?? []).trim()).toBe('A label far longer than its column');
    expect(lineText(rows[1] ?? []).trim()).toBe('the text');
  });
});
