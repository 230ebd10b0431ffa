import { dataset, GLOSSARY } from '@tradetalks/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Term } from './term';

describe('glossary terms', () => {
  it('gives every entry a unique id, a term and a plain definition', () => {
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
    for (const e of GLOSSARY) {
      expect(e.short.length, e.id).toBeGreaterThan(30);
      expect(e.short, e.id).not.toMatch(/\*\*|__|\[.*\]\(|`/);
    }
  });

  it('cites only sources the dataset has', () => {
    for (const e of GLOSSARY) {
      for (const id of 'sourceIds' in e ? e.sourceIds : []) {
        expect(
          dataset.sources.some((s) => s.id === id),
          `${e.id}: ${id}`,
        ).toBe(true);
      }
    }
  });

  it('links the first use of a term to its entry, spelling out an abbreviation', () => {
    const html = renderToStaticMarkup(<Term id="ieepa" />);
    expect(html).toContain('href="/glossary#ieepa"');
    expect(html).toContain(
      '<abbr title="International Emergency Economic Powers Act">IEEPA</abbr>',
    );
    expect(renderToStaticMarkup(<Term id="pmi">the index</Term>)).toContain('>the index</abbr>');
  });
});
