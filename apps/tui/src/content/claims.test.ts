import { claimsView, dataset } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { lineText } from '../lines/line';
import { claimDetailLines, claimItem, filteredClaims, verdictSummary } from './claims';

const view = claimsView(dataset);

describe('claims', () => {
  it.each([40, 100])('shows each verdict with its symbol and its word at %i columns', (width) => {
    for (const c of view.claims) {
      const text = claimItem(c, width).map(lineText).join(' ');
      expect(text).toContain(`${c.verdictSymbol} ${c.verdictLabel}`);
    }
  });

  it('lists the findings first, as core orders them', () => {
    expect(filteredClaims(dataset, '').map((c) => c.id)).toEqual(view.claims.map((c) => c.id));
    expect(filteredClaims(dataset, '')[0]?.verdict).toBe('disputed');
  });

  it('shows the working behind Enter: who, stated, recomputed, formula, why, what came after', () => {
    for (const c of view.claims) {
      const text = claimDetailLines(c, 200).map(lineText).join(' ').replace(/\s+/g, ' ');
      for (const part of [c.madeBy, c.stated, c.recomputed, c.formula, c.explanation])
        expect(text).toContain(part);
      expect(text).toContain(c.verdictMeaning);
      expect(text).toContain(c.checkedAgainst);
      for (const note of [...c.context, ...c.after]) {
        expect(text).toContain(note.text);
        if (note.figure) expect(text).toContain(note.figure.formula);
      }
      for (const s of c.claimSources) expect(text).toContain(s.label);
    }
  });

  it('checks the White House’s “up to 245%”, saying who made it', () => {
    const wh = view.claims.find((c) => c.speaker !== undefined && c.stated.includes('245'));
    if (wh === undefined) throw new Error('no White House claim');
    expect(wh.madeBy).toMatch(/White House/);
    expect(claimItem(wh, 100).map(lineText).join(' ')).toContain(wh.madeBy);
  });

  it('filters by text, topic, verdict and speaker', () => {
    expect(filteredClaims(dataset, '')).toHaveLength(view.total);
    const disputed = view.claims.filter((c) => c.verdict === 'disputed');
    expect(filteredClaims(dataset, 'disputed').length).toBeGreaterThanOrEqual(disputed.length);
    expect(filteredClaims(dataset, 'white house').length).toBeGreaterThan(0);
    expect(filteredClaims(dataset, 'no claim says this')).toHaveLength(0);
  });

  it('keeps every count whole when the summary wraps', () => {
    const rows = verdictSummary(view, 20).map(lineText);
    for (const c of view.counts.filter((x) => x.count > 0))
      expect(rows.some((r) => r.includes(`${c.symbol} ${c.count} ${c.label}`))).toBe(true);
  });
});
