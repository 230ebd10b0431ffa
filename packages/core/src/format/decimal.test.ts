import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from './date';
import { fixedDigits, formatDecimal, roundHalfExpand } from './decimal';

const intl = (value: number, max: number, min: number, sign: 'auto' | 'exceptZero') =>
  new Intl.NumberFormat('en-US', {
    maximumFractionDigits: max,
    minimumFractionDigits: min,
    signDisplay: sign,
  })
    .format(value)
    .replace('-', '\u2212');

describe('formatDecimal', () => {
  it.each([
    [1.005, 2, '1.01'], // on its shortest form 1.005, half rounds away from zero, as Intl does
    [2.25, 1, '2.3'],
    [2.35, 1, '2.4'],
    [0.5, 0, '1'],
    [1234567.25, 1, '1,234,567.3'],
    [999.96, 1, '1,000'],
    [-295.4, 1, '\u2212295.4'],
  ])('%d at %i decimals is %s', (value, max, text) => {
    expect(formatDecimal(value, { maxDigits: max })).toBe(text);
  });

  it('never writes −0 for a value that rounds to zero', () => {
    expect(formatDecimal(-0.04, { maxDigits: 1 })).toBe('0');
    expect(formatDecimal(-0.04, { maxDigits: 1, signDisplay: 'exceptZero' })).toBe('0');
  });

  it('writes what Intl’s en-US format writes, for any finite value not rounding to zero', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('auto', 'exceptZero'),
        (value, a, b, sign) => {
          const [min, max] = a <= b ? [a, b] : [b, a];
          fc.pre(Math.abs(roundHalfExpand(value, max)) > 0);
          expect(formatDecimal(value, { maxDigits: max, minDigits: min, signDisplay: sign })).toBe(
            intl(value, max, min, sign),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rounds as it writes: the number of fixedDigits is roundHalfExpand', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (v, d) => {
          expect(roundHalfExpand(v, d)).toBe(Number(fixedDigits(v, d)));
        },
      ),
    );
  });
});

describe('formatDate', () => {
  it('writes every day of 2018–2026 as Intl’s en-GB format does', () => {
    const long = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const short = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let t = Date.UTC(2018, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      expect(formatDate(day)).toBe(long.format(t));
      expect(formatDate(day, { short: true })).toBe(short.format(t));
    }
  });

  it('writes months, years and quarters at their precision', () => {
    expect(formatDate('2019-09')).toBe('September 2019');
    expect(formatDate('2019-09', { short: true })).toBe('Sept 2019');
    expect(formatDate('2018')).toBe('2018');
    expect(formatDate('2025-Q1')).toBe('2025 Q1');
  });
});
