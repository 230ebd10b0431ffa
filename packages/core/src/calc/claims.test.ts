import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import type { Dataset } from '../types';
import { checkClaims, verdictCounts } from './claims';

const results = checkClaims(dataset);
const result = (id: string) => {
  const found = results.find((r) => r.claim.id === id);
  if (found === undefined) throw new Error(`no claim ${id}`);
  return found;
};
const recomputedValue = (id: string) => {
  const r = result(id).recomputed;
  return r?.kind === 'number' ? r.value : undefined;
};

describe('checkClaims', () => {
  it.each([
    ['us-tariff-145', 'consistent', 20 + 125],
    ['cn-tariff-125', 'consistent', 125],
    ['us-2018-list-1-rate', 'consistent', 25],
    ['us-2018-list-1-coverage', 'consistent', 34],
    ['cn-2018-retaliation', 'consistent', 34],
    ['us-2018-list-3-rate', 'consistent', 10],
    ['us-2018-list-3-coverage', 'consistent', 200],
    ['trade-2024-total', 'consistent', 143.5 + 438.9],
    ['trade-2018-total', 'consistent', 120.3 + 539.5],
    [
      'trade-change-2018-2024',
      'consistent',
      ((143.5 + 438.9 - (120.3 + 539.5)) / (120.3 + 539.5)) * 100,
    ],
    ['export-share-2018', 'consistent', (478.4 / 2500) * 100],
    ['export-share-2024', 'disputed', (524.656 / 3577.222) * 100],
    ['us-gdp-q1-2025', 'mislabelled', -0.3],
    // The White House's “up to 245%”: 100% Section 301 (2024 review) + 125% + 20% IEEPA.
    ['white-house-245', 'consistent', 100 + 125 + 20],
    ['china-pmi-april-2025', 'consistent', 49.0],
  ])('%s is %s, recomputed as %d', (id, verdict, value) => {
    expect(result(id).verdict).toBe(verdict);
    expect(recomputedValue(id)).toBeCloseTo(value, 9);
  });

  it.each([
    ['g20-2018', 'consistent'],
    ['currency-manipulator-2019', 'consistent'],
    ['us-tariff-145-date', 'consistent'],
    ['mofcom-earlier-this-month', 'consistent'],
    ['trip-announced', 'consistent'],
    ['trip-on-8-may', 'consistent'],
    ['china-pmi-contraction', 'consistent'],
    ['china-pmi-expectations', 'consistent'],
    // Only the article dates the breakdown, so nothing independent confirms it.
    ['talks-broke-down-2019', 'unverifiable'],
    ['export-share-2023', 'unverifiable'],
    ['rubio-reaching-out', 'unverifiable'],
    // April 2025 monthly trade was $8,193.1M of exports and $25,378.1M of imports: not zero.
    ['trump-not-trading', 'disputed'],
  ])('%s is %s', (id, verdict) => {
    expect(result(id).verdict).toBe(verdict);
  });

  it('shows how 145% is made: 20% fentanyl + 125% reciprocal', () => {
    expect(result('us-tariff-145').formula).toBe(
      '20% (IEEPA “fentanyl” tariff) + 125% (IEEPA “reciprocal” tariff) = 145%',
    );
  });

  it('explains the 12% decrease as −11.73% rounding to −12%', () => {
    const r = result('trade-change-2018-2024');
    expect(r.formula).toBe('(582.4 − 659.8) ÷ 659.8 × 100 = −11.73%');
    expect(r.explanation).toBe('Recomputed: −11.73%, which rounds to the stated −12%.');
  });

  it('gives the revised-vintage change beside it: 658.8 → 581.9 is −11.67%', () => {
    const alt = result('trade-change-2018-2024').alternatives[0];
    expect(alt?.recomputed?.kind === 'number' && alt.recomputed.value).toBeCloseTo(
      ((143.2 + 438.7 - (120.3 + 538.5)) / (120.3 + 538.5)) * 100,
      9,
    );
    expect(alt?.agrees).toBe(true);
  });

  it('names the GDP basis the article got wrong', () => {
    // Year on year from BEA's levels: (23,548.21 − 23,082.12) ÷ 23,082.12 × 100 = +2.02%.
    expect(result('us-gdp-q1-2025').explanation).toBe(
      '−0.3% matches U.S. real GDP growth, 2025 Q1 (advance estimate), but that is an annualized quarter-over-quarter rate, not a year-on-year change. As a year-on-year change, the figure is +2.02%.',
    );
    const [yoy, reported, annualized] = result('us-gdp-q1-2025').alternatives;
    expect(yoy?.recomputed?.kind === 'number' && yoy.recomputed.value).toBeCloseTo(
      (23548.21 / 23082.12 - 1) * 100,
      9,
    );
    expect(reported?.recomputedText).toBe('2%');
    // Annualized from the same levels: ((23,548.21 ÷ 23,586.54)^4 − 1) × 100 = −0.65%.
    expect(annualized?.recomputed?.kind === 'number' && annualized.recomputed.value).toBeCloseTo(
      ((23548.21 / 23586.54) ** 4 - 1) * 100,
      9,
    );
  });

  it('shows the 245% as the review’s 100% on top of both IEEPA layers', () => {
    expect(result('white-house-245').formula).toBe(
      '100% (Section 301 review: Syringes and needles) + 20% (IEEPA “fentanyl” tariff) + 125% (IEEPA “reciprocal” tariff) = 245%',
    );
  });

  it('checks “not trading at all” against April 2025: 8,193.1 + 25,378.1 = 33,571.2 ($M)', () => {
    const r = result('trump-not-trading');
    expect(r.recomputed).toEqual({
      kind: 'holds',
      holds: false,
      differencePoints: 8193.1 + 25378.1,
    });
    expect(r.explanation).toMatch(/came to \$33,571\.2M: not zero\.$/);
  });

  it('says how far the 2024 export share is from the article', () => {
    expect(result('export-share-2024').explanation).toBe(
      'Sources give 14.67%, not 12%, beyond the rounding of either figure.',
    );
  });

  it('gives every claim a verdict, a formula or a reason, and an explanation without NaN', () => {
    for (const r of results) {
      expect(r.explanation.length).toBeGreaterThan(10);
      expect(`${r.formula} ${r.explanation} ${r.recomputedText}`).not.toMatch(
        /NaN|Infinity|undefined/,
      );
    }
    expect(verdictCounts(results)).toEqual({
      consistent: 21,
      inconsistent: 0,
      mislabelled: 1,
      disputed: 2,
      unverifiable: 3,
    });
  });

  it('calls an own-figures miss inconsistent and a sources miss disputed', () => {
    const edited: Dataset = {
      ...dataset,
      claims: dataset.claims.map((c) =>
        c.id === 'trade-change-2018-2024' || c.id === 'trade-2024-total'
          ? { ...c, stated: { value: 600, unit: 'usd-bn', decimals: 0 } }
          : c,
      ),
    };
    const byId = new Map(checkClaims(edited).map((r) => [r.claim.id, r.verdict]));
    expect(byId.get('trade-change-2018-2024')).toBe('inconsistent');
    expect(byId.get('trade-2024-total')).toBe('disputed');
  });
});
