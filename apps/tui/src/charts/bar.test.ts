import { describe, expect, it } from 'vitest';
import { textWidth } from '../text/width';
import { bar, divergingBar, offsetBar, rangeBar } from './bar';

describe('bar', () => {
  it('fills the width for the value at the top of the scale', () => {
    expect(bar(100, 100, 10)).toBe('██████████');
  });
  it('draws to an eighth of a cell', () => {
    expect(bar(55, 100, 10)).toBe('█████▌');
  });
  it('shows a sliver for a tiny value and nothing for zero, negatives or NaN', () => {
    expect(bar(0.01, 100, 10)).toBe('▏');
    expect(bar(0, 100, 10)).toBe('');
    expect(bar(-5, 100, 10)).toBe('');
    expect(bar(Number.NaN, 100, 10)).toBe('');
    expect(bar(5, 0, 10)).toBe('');
  });
  it('never draws past the width, even above the scale', () => {
    expect(textWidth(bar(250, 100, 10))).toBe(10);
  });
});

describe('rangeBar and offsetBar', () => {
  it('shades the span between the low and high rate', () => {
    expect(rangeBar(5, 10, 10, 10)).toBe('█████░░░░░');
  });
  it('starts a layer where the layers under it end', () => {
    expect(offsetBar(20, 20, 100, 10)).toBe('  ██');
  });
  it('keeps a stacked bar within the width', () => {
    expect(textWidth(offsetBar(90, 50, 100, 10))).toBeLessThanOrEqual(10);
  });
});

describe('divergingBar', () => {
  it('draws below the baseline to the left and above it to the right, always as wide', () => {
    expect(divergingBar(-1, 2, 4)).toBe('  ██│    ');
    expect(divergingBar(2, 2, 4)).toBe('    │████');
    expect(divergingBar(0, 2, 4)).toBe('    │    ');
    for (const v of [-10, -0.01, 0, 0.3, 10, Number.NaN])
      expect(textWidth(divergingBar(v, 2, 4))).toBe(9);
  });
});
