import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cagr, percentagePointChange, percentChange, sharePct } from './change';

// Finite doubles only: fc.double() yields NaN and ±Infinity unless told not to.
const finite = (min = -1e9, max = 1e9) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const nonZero = finite().filter((x) => Math.abs(x) > 1e-6);

describe('percentChange', () => {
  it('gives the article’s 2018→2024 trade change: (582.4 − 659.8) / 659.8 × 100', () => {
    expect(percentChange(659.8, 582.4)).toBeCloseTo(((582.4 - 659.8) / 659.8) * 100, 12);
    expect(percentChange(659.8, 582.4)).toBeCloseTo(-11.7308, 4);
  });

  it('measures a change of a negative base against its magnitude', () => {
    // A deficit narrowing from −400 to −300 is a rise of 100 on a base of 400.
    expect(percentChange(-400, -300)).toBe(25);
  });

  it.each([
    [0, 5, /base \(from\) is 0/],
    [Number.NaN, 5, /from must be a finite number/],
    [5, Number.POSITIVE_INFINITY, /to must be a finite number/],
  ])('refuses from=%s to=%s with a RangeError', (from, to, message) => {
    expect(() => percentChange(from, to)).toThrow(RangeError);
    expect(() => percentChange(from, to)).toThrow(message);
  });

  it('is zero from a value to itself', () => {
    fc.assert(fc.property(nonZero, (x) => percentChange(x, x) === 0));
  });

  it('applied to `from` gives back `to`', () => {
    fc.assert(
      fc.property(nonZero, finite(), (from, to) => {
        const back = from + (Math.abs(from) * percentChange(from, to)) / 100;
        expect(back).toBeCloseTo(to, 3);
      }),
    );
  });

  it('has the sign of to − from, and never NaN for a finite non-zero base', () => {
    fc.assert(
      fc.property(nonZero, finite(), (from, to) => {
        const change = percentChange(from, to);
        expect(Number.isFinite(change)).toBe(true);
        expect(Math.sign(change)).toBe(Math.sign(to - from));
      }),
    );
  });
});

describe('percentagePointChange', () => {
  it('gives the export share’s fall, 20% → 12%, as −8 pp (12 − 20)', () => {
    expect(percentagePointChange(20, 12)).toBe(12 - 20);
  });

  it('is antisymmetric and zero on equal rates', () => {
    fc.assert(
      fc.property(finite(-1000, 1000), finite(-1000, 1000), (a, b) => {
        expect(percentagePointChange(a, b)).toBeCloseTo(-percentagePointChange(b, a), 9);
        expect(percentagePointChange(a, a)).toBe(0);
      }),
    );
  });

  it('refuses non-finite rates', () => {
    expect(() => percentagePointChange(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe('cagr', () => {
  it('is 10% for 100 → 121 over two years (1.1² = 1.21)', () => {
    expect(cagr(100, 121, 2)).toBeCloseTo(10, 10);
  });

  it('compounds back to the end value', () => {
    fc.assert(
      fc.property(
        finite(0.01, 1e6),
        finite(0, 1e6),
        fc.integer({ min: 1, max: 50 }),
        (from, to, years) => {
          const rate = cagr(from, to, years);
          expect(from * (1 + rate / 100) ** years).toBeCloseTo(to, 2);
        },
      ),
    );
  });

  it.each([
    [100, 121, 0, /years must be positive/],
    [0, 121, 2, /start value must be positive/],
    [-5, 121, 2, /start value must be positive/],
    [100, -1, 2, /end value must not be negative/],
    [100, Number.NaN, 2, /to must be a finite number/],
  ])('refuses cagr(%s, %s, %s)', (from, to, years, message) => {
    expect(() => cagr(from, to, years)).toThrow(message);
  });
});

describe('sharePct', () => {
  it('gives 478.4 of 2,500 as 19.136%', () => {
    expect(sharePct(478.4, 2500)).toBeCloseTo((478.4 / 2500) * 100, 12);
  });

  it('refuses a zero whole', () => {
    expect(() => sharePct(1, 0)).toThrow(/whole is 0/);
  });
});
