import { describe, expect, it } from 'vitest';
import { claimPageInfo } from './pages';
import { siteClaims } from './story/site-story';

const claim = (id: string) => {
  const found = siteClaims().claims.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no claim ${id}`);
  return found;
};

describe('claim page descriptions', () => {
  it('tell a mislabelled figure in core’s words, without reading as a match', () => {
    const gdp = claim('us-gdp-q1-2025');
    expect(gdp.verdict).toBe('mislabelled');
    const { description } = claimPageInfo(gdp);
    expect(description).toBe(gdp.explanation);
    expect(description).not.toContain('Stated:');
    expect(description).not.toContain('Recomputed:');
  });

  it('say a consistent figure once', () => {
    const { description } = claimPageInfo(claim('us-tariff-145'));
    expect(description).toBe('Recomputed: 145%, as stated.');
  });

  it('are core’s explanation for every claim, never empty', () => {
    for (const c of siteClaims().claims) {
      expect(claimPageInfo(c).description).toBe(c.explanation);
      expect(c.explanation.length).toBeGreaterThan(0);
    }
  });
});
