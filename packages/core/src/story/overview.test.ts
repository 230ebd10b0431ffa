import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { overview } from './overview';

const o = overview(dataset, '2026-12-01');
const [us, cn] = o.tariffs;

describe('overview', () => {
  it('says how old the data is on the day asked: 6 August to 1 December 2026 is 3 months', () => {
    expect(o.ageText).toBe('Data as of 6 August 2026, 3 months ago');
    expect(o.verifiedThrough.text).toBe('Tariff stacks verified through 9 November 2026');
    expect(overview(dataset, '2026-08-06').age.ago).toBe('today');
  });

  it('gives both peaks with what they were made of, and their later legal status', () => {
    expect([us.peak.text, us.peak.date]).toEqual(['145%', '2025-04-10']);
    expect(us.peakMadeOf).toBe('20% IEEPA “fentanyl” tariff + 125% IEEPA “reciprocal” tariff');
    expect(us.peakListed.text).toBe('245%'); // 100 + 125 + 20
    expect(us.peakLegal.map((l) => l.legal.label)).toEqual([
      'charged; later held unlawful',
      'charged; later held unlawful',
    ]);
    expect([cn.peak.text, cn.peak.date]).toEqual(['125%', '2025-04-12']);
    expect(cn.peakLegal).toEqual([]);
  });

  it('gives the last verified day, never “now”', () => {
    expect([us.latest.text, us.latest.date]).toEqual(['12.5%', '2026-11-09']);
    expect(us.latestMadeOf).toBe('12.5% Section 301 forced-labour tariff');
    expect(us.latestLegal.map((l) => l.legal.label)).toEqual(['challenged in court']);
    expect(cn.latest.text).toBe('10%');
  });

  it('cites the page read and the publisher on every headline figure', () => {
    for (const figure of [us.peak, us.latest, cn.peak, cn.latest, o.gdp.yearOnYear]) {
      expect(figure?.sources.length, figure?.label).toBeGreaterThan(0);
      for (const s of figure?.sources ?? []) expect(s.label).toMatch(/\S/);
    }
  });

  it('says when both sides stood at their peaks and when the ruling came', () => {
    // The U.S. peaked on 10 April 2025, China on 12 April: both by the later day.
    expect(o.tariffs.map((t) => t.peak.date)).toEqual(['2025-04-10', '2025-04-12']);
    expect(o.bothAtPeak).toEqual({ date: '2025-04-12', dateText: '12 April 2025' });
    expect(o.ruling?.date).toBe('2026-02-20');
    expect(o.ruling?.dateText).toBe('20 February 2026');
    expect(o.ruling?.court).toMatch(/Supreme Court/);
  });

  it('keeps the article’s trade comparison and adds the latest year', () => {
    expect(o.trade.article.total.changePct?.value).toBeCloseTo(
      ((143.5 + 438.9) / (120.3 + 539.5) - 1) * 100,
      2,
    );
    expect(o.trade.latestYear.fromYear).toBe(2024);
    expect(o.trade.latestYear.toYear).toBe(2025);
    // 106.3 + 308.4 = 414.7, never 414.70000000000005
    expect(o.trade.latestYear.total.to.value).toBe(414.7);
  });

  it('puts the year-on-year GDP change beside the annualized one: 23,548.21 / 23,082.12 − 1', () => {
    expect(o.gdp.firstPrint.text).toBe('−0.3%');
    expect(o.gdp.yearOnYear?.value).toBeCloseTo((23548.21 / 23082.12 - 1) * 100, 2);
    expect(o.gdp.yearOnYear?.text).toBe('+2.0%');
    expect(o.gdp.latestQuarter.date).toBe('2026-Q1');
  });

  it('gives the PMI against 50 (49.0 − 50) and the latest month', () => {
    expect(o.pmi.gapToThreshold.value).toBe(-1);
    expect(o.pmi.latest.date).toBe('2026-06');
  });

  it('tells what came after the article, chapter by chapter, each figure sourced', () => {
    expect(o.afterArticle.map((c) => c.id)).toEqual([
      'ruling',
      'refunds',
      'section-122',
      'forced-labour',
      'talks',
      'china',
    ]);
    const refunds = o.afterArticle.find((c) => c.id === 'refunds');
    expect(refunds?.figures.map((f) => f.text)).toEqual(
      expect.arrayContaining(['over 330,000', 'about $85B']),
    );
    for (const f of o.afterArticle.flatMap((c) => c.figures))
      expect(f.sources.length).toBeGreaterThan(0);
    // The ruling's chapter runs from the ruling (20 February) to the end of collection (24 February).
    expect(o.afterArticle[0]?.span).toEqual({
      from: '2026-02-20',
      to: '2026-02-24',
      text: '20–24 February 2026',
    });
  });

  it('counts each chapter’s events, and says when some are only reported', () => {
    for (const c of o.afterArticle) {
      const reported = c.events.some((e) => e.reported);
      expect(c.eventsText).toBe(
        `${c.events.length} ${c.events.length === 1 ? 'event' : 'events'}${reported ? ', some only reported' : ''}`,
      );
    }
    expect(o.afterArticle.some((c) => c.eventsText.endsWith(', some only reported'))).toBe(true);
  });

  it('rates each verdict on ClaimReview’s 1–5 scale, unverifiable off it', () => {
    const rating = Object.fromEntries(o.claims.claims.map((c) => [c.verdict, c.verdictRating]));
    expect(rating).toMatchObject({ consistent: 5, disputed: 2, mislabelled: 3 });
    expect(
      o.claims.claims.find((c) => c.verdict === 'unverifiable')?.verdictRating,
    ).toBeUndefined();
  });

  it('leads the fact check with its findings', () => {
    expect(o.claims.claims.slice(0, 3).map((c) => c.verdict)).toEqual([
      'disputed',
      'disputed',
      'mislabelled',
    ]);
  });

  it('never shows NaN, Infinity or float noise', () => {
    const text = JSON.stringify(o);
    expect(text).not.toMatch(/NaN|Infinity|\d\.\d*0000\d|\d\.\d*9999\d/);
  });
});

describe('storySeries and releasesView', () => {
  it('gives the charted series by role, each point sourced and rounded', async () => {
    const { storySeries } = await import('./series-view');
    const s = storySeries(dataset);
    expect(s.pmi.threshold).toBe(50);
    expect(s.pmi.points.at(-1)).toMatchObject({ period: '2026-06', value: 50.3, text: '50.3' });
    expect(s.averageTariff.budgetLabUsOnChina.method).toMatch(/Budget Lab/);
    for (const p of s.gdpGrowth.points) expect(p.sources.length).toBeGreaterThan(0);
  });

  it('names each series’ highest point, the first of equals', async () => {
    const { storySeries } = await import('./series-view');
    const s = storySeries(dataset);
    for (const view of [s.pmi, s.gdpGrowth, s.averageTariff.piieUsOnChina]) {
      const top = Math.max(...view.points.map((p) => p.value));
      expect(view.highest).toBe(view.points.find((p) => p.value === top));
    }
  });

  it('names the records each release touched, newest first', async () => {
    const { releasesView } = await import('./releases-view');
    const [latest] = releasesView(dataset);
    expect(latest?.version).toBe(dataset.version);
    const events = latest?.changes.find((c) => c.change === 'added' && c.collection === 'events');
    expect(events?.records.find((r) => r.id === 'scotus-ieepa-ruling-2026')?.label).toBe(
      'Supreme Court: IEEPA does not authorize tariffs',
    );
  });
});
