import { readFileSync } from 'node:fs';
import { checkClaims, dataset, VERDICTS } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { byVerdict, FINDINGS, VERDICT_ORDER, verdictHref, verdictReader } from './verdict-order';

describe('the fact check, findings first', () => {
  const groups = byVerdict(checkClaims(dataset));

  it('lists every claim once, findings before the rest', () => {
    expect(groups.flatMap((g) => g.results).length).toBe(dataset.claims.length);
    const firstOther = groups.findIndex((g) => !FINDINGS.has(g.verdict));
    const lastFinding = groups.map((g) => FINDINGS.has(g.verdict)).lastIndexOf(true);
    expect(lastFinding).toBeLessThan(firstOther === -1 ? groups.length : firstOther);
    expect(groups.map((g) => g.verdict)).toEqual(
      VERDICT_ORDER.filter((v) => groups.some((g) => g.verdict === v)),
    );
  });

  it('reads a verdict from the URL, and notes one it does not know', () => {
    const reader = verdictReader(['disputed', 'consistent']);
    expect(reader.read('disputed')).toEqual({ value: 'disputed' });
    expect(reader.read('wrong').problem).toBe(
      '“wrong” is not a verdict of the fact check (try disputed, consistent); showing every claim.',
    );
  });

  it('links a verdict to its filter, and to its section without JavaScript', () => {
    expect(verdictHref('disputed')).toBe('/claims?verdict=disputed#verdict-disputed');
    expect(verdictHref(undefined)).toBe('/claims#verdicts');
  });
});

describe('the filter’s stylesheet', () => {
  it('has a rule for every verdict, so a filtered list hides the other groups', () => {
    const css = readFileSync(new URL('../../styles/claims.css', import.meta.url), 'utf8');
    for (const v of Object.keys(VERDICTS)) {
      expect(css).toContain(`[data-show="${v}"] > :not([data-verdict="${v}"])`);
    }
    expect(VERDICT_ORDER).toEqual(expect.arrayContaining(Object.keys(VERDICTS)));
  });
});
