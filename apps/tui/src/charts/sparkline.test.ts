import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline';

describe('sparkline', () => {
  it('runs from the lowest to the highest value', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
  });
  it('leaves a gap for a missing value', () => {
    expect(sparkline([1, undefined, 3])).toBe('▁ █');
  });
  it('draws a flat line for equal values and blanks for none', () => {
    expect(sparkline([4, 4])).toBe('▄▄');
    expect(sparkline([undefined, undefined])).toBe('  ');
  });
});
