import { describe, expect, it } from 'vitest';
import { atPeriod, joinSigns, listJoin, movedPct, sentence } from './describe';
import { dodge, fits, LAYOUTS, xScale } from './layout';
import { esc } from './svg';

describe('words for generated text', () => {
  it('joins lists the way a sentence does', () => {
    expect(listJoin([])).toBe('');
    expect(listJoin(['a'])).toBe('a');
    expect(listJoin(['a', 'b'])).toBe('a and b');
    expect(listJoin(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('says a change without a double sign', () => {
    expect(movedPct(-18.6)).toBe('down 18.6%');
    expect(movedPct(19.3)).toBe('up 19.3%');
    expect(movedPct(0)).toBe('unchanged');
  });

  it.each([
    [-0.04, 'unchanged'],
    [0.04, 'unchanged'],
    [-11.73, 'down 11.7%'],
    [0.05, 'up 0.1%'],
    [undefined, 'not compared'],
    [Number.NaN, 'not compared'],
  ] as const)('reads the direction of %s off the figure as shown: %s', (change, words) => {
    expect(movedPct(change)).toBe(words);
  });

  it('uses "on" for a day and "in" for a month or a quarter', () => {
    const same = (p: string) => p;
    expect(atPeriod('2025-05-14', same)).toBe('on 2025-05-14');
    expect(atPeriod('2025-04', same)).toBe('in 2025-04');
    expect(atPeriod('2025-Q1', same)).toBe('in 2025-Q1');
  });

  it('keeps a minus sign with the amount after it', () => {
    expect(joinSigns('was −$419.2B')).toBe('was −\u2060$419.2B');
    expect(joinSigns('−5 pp')).toBe('−5 pp');
  });

  it('capitalises', () => {
    expect(sentence('the U.S.')).toBe('The U.S.');
  });
});

describe('drawing helpers', () => {
  it('spreads labels apart without reordering them', () => {
    expect(dodge([10, 12, 100], 15)).toEqual([10, 25, 100]);
    expect(dodge([50, 40], 15)).toEqual([55, 40]);
  });

  it('gives a narrow drawing of two years as many month labels as fit, none touching', () => {
    const axis = { type: 'time', from: '2025-01-01', to: '2026-11-09' } as const;
    const narrow = xScale(axis, LAYOUTS.narrow).ticks;
    expect(fits(narrow)).toBe(true);
    expect(narrow.length).toBeGreaterThanOrEqual(2);
    expect(xScale(axis, LAYOUTS.wide).ticks.length).toBeGreaterThan(narrow.length);
  });

  it('escapes text for SVG and HTML', () => {
    expect(esc(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt;',
    );
  });
});
