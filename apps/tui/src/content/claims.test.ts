import { checkClaims, dataset, VERDICTS } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { lineText } from '../lines/line';
import { claimDetailLines, claimItem, filteredClaims } from './claims';

const results = checkClaims(dataset);

describe('claims', () => {
  it.each([40, 100])('shows each verdict with its symbol and its word at %i columns', (width) => {
    for (const r of results) {
      const text = claimItem(r, width).map(lineText).join(' ');
      expect(text).toContain(`${VERDICTS[r.verdict].symbol} ${VERDICTS[r.verdict].label}`);
    }
  });

  it('shows the working behind Enter: stated, recomputed, formula, why', () => {
    for (const r of results) {
      const text = claimDetailLines(dataset, r, 200).map(lineText).join('\n');
      expect(text).toContain(r.stated);
      expect(text).toContain(r.recomputedText);
      expect(text).toContain(r.formula);
      expect(text).toContain(r.explanation);
      expect(text).toContain(VERDICTS[r.verdict].meaning);
    }
  });

  it('filters by text, topic and verdict', () => {
    expect(filteredClaims(dataset, '')).toHaveLength(results.length);
    const disputed = results.filter((r) => r.verdict === 'disputed');
    expect(filteredClaims(dataset, 'disputed').length).toBeGreaterThanOrEqual(disputed.length);
    expect(filteredClaims(dataset, 'no claim says this')).toHaveLength(0);
  });
});
