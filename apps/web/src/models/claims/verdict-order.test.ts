import { readFileSync } from 'node:fs';
import { claimsView, dataset, VERDICT_ORDER, VERDICTS } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { verdictHref, verdictReader, verdictSections } from './verdict-order';

describe('the fact check, findings first', () => {
  const view = claimsView(dataset);
  const sections = verdictSections(view);

  it('lists every claim once, in core’s order, one section per verdict given', () => {
    expect(sections.flatMap((s) => s.claims).map((c) => c.id)).toEqual(
      view.claims.map((c) => c.id),
    );
    expect(sections.map((s) => s.verdict)).toEqual(
      VERDICT_ORDER.filter((v) => view.claims.some((c) => c.verdict === v)),
    );
    expect(sections[0]?.verdict).toBe('disputed');
  });

  it('reads a verdict from the URL, and notes one it does not know', () => {
    const reader = verdictReader([
      { verdict: 'disputed', label: 'Disputed' },
      { verdict: 'consistent', label: 'Consistent' },
    ]);
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
  });
});
