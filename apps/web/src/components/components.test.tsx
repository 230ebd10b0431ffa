import { checkClaims, dataset, VERDICTS, type Verdict } from '@tradetalks/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SourceLine } from '@/ui/source-line';
import { VerdictBadge } from '@/ui/verdict-badge';
import { ClaimCard } from './claims/claim-card';

describe('VerdictBadge', () => {
  it.each(Object.keys(VERDICTS) as Verdict[])('shows the symbol and the label of %s', (verdict) => {
    const html = renderToStaticMarkup(<VerdictBadge verdict={verdict} />);
    expect(html).toContain(VERDICTS[verdict].symbol);
    expect(html).toContain(VERDICTS[verdict].label);
  });
});

describe('SourceLine', () => {
  it('links each source, naming numbered links by their page title', () => {
    const [a, b] = dataset.sources.filter(
      (s) =>
        s.url !== undefined &&
        s.publisher ===
          dataset.sources.find(
            (x) => dataset.sources.filter((y) => y.publisher === x.publisher && y.url).length > 1,
          )?.publisher,
    );
    if (a === undefined || b === undefined) throw new Error('expected a publisher with two pages');
    const html = renderToStaticMarkup(<SourceLine ids={[a.id, b.id]} />);
    expect(html).toContain(`href="${a.url?.replaceAll('&', '&amp;')}"`);
    expect(html).toContain('[1]');
    expect(html).toContain('[2]');
    expect(html).toContain('class="visually-hidden"');
  });

  it('renders nothing without sources', () => {
    expect(renderToStaticMarkup(<SourceLine ids={[]} />)).toBe('');
  });
});

describe('ClaimCard', () => {
  it.each(checkClaims(dataset).map((r) => [r.claim.id, r] as const))(
    '%s shows stated, recomputed, verdict and explanation',
    (_, result) => {
      const html = renderToStaticMarkup(<ClaimCard result={result} />);
      const text = html
        .replace(/<[^>]+>/g, '')
        .replaceAll('&#x27;', "'")
        .replaceAll('&amp;', '&')
        .replaceAll('&quot;', '"');
      expect(text).toContain(result.stated);
      expect(text).toContain(result.recomputedText);
      expect(text).toContain(VERDICTS[result.verdict].label);
      expect(text).toContain(result.explanation);
      expect(html).toContain(`href="/claims/${result.claim.id}"`);
      for (const alt of result.alternatives) expect(text).toContain(alt.label);
    },
  );
});
