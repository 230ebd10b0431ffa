import { dataset, overview } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { lineText } from '../lines/line';
import { TEST_TODAY } from '../testing/render-app';
import { overviewLines } from './overview';

const o = overview(dataset, TEST_TODAY);
const text = (width: number, today = TEST_TODAY) =>
  overviewLines(dataset, today, width).map(lineText).join('\n');
const flat = (width: number) => text(width).replace(/\s+/g, ' ');

describe('the Overview', () => {
  it('says how old the data is, counted to the day given, never “now”', () => {
    expect(flat(100)).toContain(o.ageText);
    expect(flat(100)).toContain('3 months ago'); // 6 August to 1 December 2026
    expect(text(100, '2028-08-06')).toContain('2 years ago');
    expect(flat(100)).toContain(o.verifiedThrough.text);
    expect(flat(100)).not.toMatch(/\bnow\b/);
  });

  it('shows both peaks and the last verified day as core words them, with their legal status', () => {
    const page = flat(100);
    for (const side of o.tariffs) {
      for (const figure of [side.peak, side.peakListed, side.latest, side.latestListed])
        expect(page).toContain(figure.text);
      expect(page).toContain(side.peakMadeOf);
      expect(page).toContain(side.latestMadeOf);
      for (const { layer, legal } of [...side.peakLegal, ...side.latestLegal]) {
        expect(page).toContain(layer);
        expect(page).toContain(legal.label);
      }
    }
    // The White House's “up to 245%”: 100 (the 2024 review) + 125 + 20.
    expect(page).toContain('a listed good up to 245%');
    expect(page).toContain('charged; later held unlawful');
  });

  it('shows trade, the export share, GDP (year on year beside annualized) and the PMI', () => {
    const page = flat(100);
    const { article, latestYear, sinceTradeWar } = o.trade;
    for (const c of [article, latestYear, sinceTradeWar]) {
      expect(page).toContain(c.total.to.text);
      expect(page).toContain(c.total.changePct?.text);
    }
    for (const p of o.exportShare.points) expect(page).toContain(p.text);
    for (const f of [o.gdp.firstPrint, o.gdp.latest, o.gdp.yearOnYear, o.gdp.latestQuarter])
      expect(page).toContain(f?.text);
    for (const f of [o.pmi.april, o.pmi.march, o.pmi.expected, o.pmi.gapToThreshold, o.pmi.latest])
      expect(page).toContain(f?.text);
  });

  it('lists the chapters after the article and what was due after the verified data', () => {
    const page = flat(100);
    for (const c of o.afterArticle) expect(page).toContain(c.title);
    for (const s of o.scheduled) expect(page).toContain(s.title);
  });

  it('keeps every verdict’s count', () => {
    const page = flat(40);
    for (const c of o.claims.counts.filter((x) => x.count > 0))
      expect(page).toContain(`${c.symbol} ${c.count} ${c.label}`);
  });

  it('names the sources as they say what they are: “Publisher, via Site”', () => {
    const page = flat(100);
    expect(page.match(/Sources?: /g)?.length).toBeGreaterThanOrEqual(7);
    const via = o.gdp.latest.sources.find((s) => s.via !== undefined);
    expect(via?.label).toMatch(/, via /);
    expect(page).toContain(via?.label);
  });

  it('shows the direction of each change in a glyph, not only a colour', () => {
    expect(flat(100)).toContain(`${o.trade.article.total.changePct?.text} ▼`);
  });

  it.each([40, 80, 100, 120])('never cuts a word at %i columns', (width) => {
    const lines = text(width).split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
    expect(text(width)).not.toContain('…');
  });
});
