import { dataset, sourceRefs } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { sourceLineHtml } from './source-html';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');

describe('a source line', () => {
  it('links text naming the originating body and the site read, to the page read', () => {
    const s = dataset.sources.find((x) => x.via && x.url);
    if (!s?.url) throw new Error('expected a secondary source');
    const html = sourceLineHtml(sourceRefs(dataset, [s.id]));
    expect(html).toContain(
      `<a href="${s.url.replaceAll('&', '&amp;')}" rel="external noreferrer" data-source="${s.id}">${`${s.publisher}, via ${s.via}`.replaceAll('&', '&amp;')}<span`,
    );
  });

  it('shows the original as such, and “not read” where it was not', () => {
    const s = dataset.sources.find((x) => x.original && !x.original.read);
    if (!s?.original) throw new Error('expected an unread original');
    const html = sourceLineHtml(sourceRefs(dataset, [s.id]));
    expect(html).toContain(`href="${s.original.url.replaceAll('&', '&amp;')}"`);
    expect(text(html)).toContain(', not read)');
    // The link says where it goes: the original's site, not just "original".
    const site = new URL(s.original.url).hostname.replace(/^www\./, '');
    expect(html).toMatch(new RegExp(`>original at ${site.replaceAll('.', '\\.')}<`));
  });

  it('links a source with no page of its own to its entry on /sources', () => {
    const s = dataset.sources.find((x) => !x.url);
    if (!s) throw new Error('expected a source without a page');
    expect(sourceLineHtml(sourceRefs(dataset, [s.id]))).toContain(`href="/sources#${s.id}"`);
  });

  it('is empty without sources, and never names a publisher alone where it was read elsewhere', () => {
    expect(sourceLineHtml([])).toBe('');
    const all = sourceLineHtml(
      sourceRefs(
        dataset,
        dataset.sources.map((s) => s.id),
      ),
    );
    for (const s of dataset.sources.filter((x) => x.via)) {
      expect(text(all)).toContain(`${s.publisher}, via ${s.via}`);
    }
  });
});
