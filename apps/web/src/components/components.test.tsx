import { claimsView, dataset, sourceRefs, VERDICTS, type Verdict } from '@tradetalks/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SourceLine } from '@/ui/source-line';
import { VerdictBadge } from '@/ui/verdict-badge';
import { ClaimCard } from './claims/claim-card';

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"');

describe('VerdictBadge', () => {
  it.each(Object.keys(VERDICTS) as Verdict[])('shows the symbol and the label of %s', (verdict) => {
    const html = renderToStaticMarkup(<VerdictBadge verdict={verdict} />);
    expect(html).toContain(VERDICTS[verdict].symbol);
    expect(html).toContain(VERDICTS[verdict].label);
  });
});

describe('SourceLine', () => {
  const secondary = dataset.sources.find((s) => s.via !== undefined && s.url !== undefined);
  const withOriginal = dataset.sources.find((s) => s.original !== undefined && s.url);

  it('names the originating body and the site read, and links to the page read', () => {
    if (secondary === undefined) throw new Error('expected a source read on another site');
    const html = renderToStaticMarkup(<SourceLine sources={sourceRefs(dataset, [secondary.id])} />);
    const anchor = html.match(/<a href="([^"]+)"[^>]*data-source[^>]*>([^<]+)/);
    expect(anchor?.[1]).toBe(secondary.url?.replaceAll('&', '&amp;'));
    expect(textOf(anchor?.[2] ?? '')).toBe(`${secondary.publisher}, via ${secondary.via}`);
  });

  it('shows the original as the original, and says where it was not read', () => {
    if (withOriginal?.original === undefined) throw new Error('expected a source with an original');
    const html = renderToStaticMarkup(
      <SourceLine sources={sourceRefs(dataset, [withOriginal.id])} />,
    );
    expect(html).toContain(`href="${withOriginal.original.url.replaceAll('&', '&amp;')}"`);
    const text = textOf(html);
    const site = new URL(withOriginal.original.url).hostname.replace(/^www\./, '');
    expect(text).toContain(
      withOriginal.original.read
        ? `(original at ${site}: `
        : `(original at ${site}: ${withOriginal.original.title ?? ''}, not read)`,
    );
  });

  it('numbers several pages under one name, each with its title in hidden text', () => {
    const label = (s: (typeof dataset.sources)[number]) =>
      s.via ? `${s.publisher}, via ${s.via}` : s.publisher;
    const a = dataset.sources.find(
      (s) => s.url && dataset.sources.filter((t) => t.url && label(t) === label(s)).length > 1,
    );
    const b = a && dataset.sources.find((s) => s !== a && s.url && label(s) === label(a));
    if (!a || !b) throw new Error('expected one name with two pages');
    const html = renderToStaticMarkup(<SourceLine sources={sourceRefs(dataset, [a.id, b.id])} />);
    expect(html).toContain('[1]');
    expect(html).toContain('[2]');
    expect(textOf(html)).toContain(b.title);
  });

  it('renders nothing without sources', () => {
    expect(renderToStaticMarkup(<SourceLine sources={[]} />)).toBe('');
  });
});

describe('ClaimCard', () => {
  it.each(claimsView(dataset).claims.map((c) => [c.id, c] as const))(
    '%s shows stated, recomputed, verdict, explanation and what came after',
    (_, claim) => {
      const html = renderToStaticMarkup(<ClaimCard claim={claim} />);
      const text = textOf(html);
      expect(text).toContain(claim.stated);
      expect(text).toContain(claim.recomputed);
      expect(text).toContain(claim.verdictLabel);
      expect(text).toContain(claim.explanation);
      expect(text).toContain(claim.madeBy);
      expect(html).toContain(`href="/claims/${claim.id}"`);
      for (const alt of claim.alternatives) expect(text).toContain(alt.label);
      for (const note of claim.after) expect(text).toContain(note.text);
      if (claim.after.length > 0) expect(text).toContain('What came after');
    },
  );
});
