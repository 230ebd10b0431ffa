import { describe, expect, it } from 'vitest';
import { bibtex, citationText, embedSnippet } from './cite';

const target = {
  title: 'U.S. goods trade with China, 2018–2024',
  url: 'https://tradetalks.example/trade#trade-flows',
  datasetVersion: '0.1.0',
  asOf: '2025-11-10',
  asOfText: '10 November 2025',
};

describe('citations', () => {
  it('names the title, the site, the dataset version, the date and the URL', () => {
    expect(citationText(target)).toBe(
      'tradetalks (2025). “U.S. goods trade with China, 2018–2024”. Dataset version 0.1.0, data as of 10 November 2025. https://tradetalks.example/trade#trade-flows',
    );
  });

  it('writes a BibTeX entry with a key made of the path', () => {
    const entry = bibtex(target);
    expect(entry.split('\n')[0]).toBe('@misc{tradetalks-trade-trade-flows-2025,');
    expect(entry).toContain('title = {{U.S. goods trade with China, 2018–2024}}');
    expect(entry).toContain('year = {2025}');
    expect(entry).toContain('url = {https://tradetalks.example/trade#trade-flows}');
    expect(entry.trimEnd().endsWith('}')).toBe(true);
  });

  it('keeps braces out of BibTeX fields', () => {
    expect(bibtex({ ...target, title: 'a {b} \\c' })).toContain('title = {{a b c}}');
  });

  it('embeds with an iframe whose title is escaped', () => {
    const html = embedSnippet('A "quoted" title', 'https://x.example/embed/trade-flows');
    expect(html).toContain('src="https://x.example/embed/trade-flows"');
    expect(html).toContain('title="A &quot;quoted&quot; title"');
  });
});
