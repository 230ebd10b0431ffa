import {
  dataset,
  formatPercent,
  formatRate,
  overview,
  peakStack,
  storySeries,
  tariffCoverage,
  tariffStackOn,
} from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { legendPlot } from '../draw';
import { CHARTS, chartSpecs } from '../registry';
import type { ChartSpec } from '../types';

const specs = chartSpecs(dataset);
const byId = (id: string): ChartSpec => {
  const spec = specs.find((s) => s.id === id);
  if (spec === undefined) throw new Error(`no chart ${id}`);
  return spec;
};
const lastVerified = tariffCoverage(dataset).bothVerifiedThrough;

describe('the registry', () => {
  it('builds each chart under its own id', () => {
    expect(CHARTS.map((c) => c.build(dataset).id)).toEqual(CHARTS.map((c) => c.id));
    expect(new Set(CHARTS.map((c) => c.id)).size).toBe(CHARTS.length);
  });
});

describe('every chart', () => {
  it.each(specs.map((s) => [s.id, s] as const))('%s is complete and readable', (_, spec) => {
    expect(spec.title.length).toBeGreaterThan(0);
    expect(spec.units.length).toBeGreaterThan(0);
    expect(spec.sources.length).toBeGreaterThan(0);
    expect(spec.summary).not.toMatch(/NaN|undefined|Infinity|\bnull\b/);
    expect(spec.rows.length).toBeGreaterThan(0);
    for (const row of spec.rows) expect(row).toHaveLength(spec.columns.length);
    const plot = legendPlot(spec);
    expect(plot.series.length).toBeGreaterThan(0);
  });

  it('tells series apart by more than colour', () => {
    for (const spec of specs) {
      const plot = legendPlot(spec);
      const looks =
        plot.kind === 'line'
          ? plot.series.map((s) => `${s.dash}|${s.marker}|${s.curve}`)
          : plot.series.map((s) => s.fill);
      expect(new Set(looks).size, spec.id).toBe(looks.length);
    }
  });

  it('never calls the data’s last day “now”', () => {
    for (const spec of specs) {
      expect(`${spec.title} ${spec.summary} ${(spec.notes ?? []).join(' ')}`, spec.id).not.toMatch(
        /\bnow\b/i,
      );
    }
  });
});

describe('text alternatives say what the chart shows, the latest value and the direction', () => {
  const o = overview(dataset, dataset.asOf);

  it('tariff steps: the peak and the last verified stack, both ways, to the end of the verified data', () => {
    const text = byId('tariff-steps').summary;
    expect(text).toContain(formatRate(peakStack(dataset, 'US').allGoods));
    expect(text).toContain(formatRate(peakStack(dataset, 'CN').allGoods));
    expect(text).toContain(
      formatPercent(tariffStackOn(dataset, 'US', lastVerified).allGoods.maxPct),
    );
    expect(text).toContain('the last verified day');
    expect(text).toContain('down from the peak');
  });

  it('trade flows: the latest year and the change since the conflict began', () => {
    const text = byId('trade-flows').summary;
    const t = o.trade.sinceTradeWar;
    expect(text).toContain(t.total.to.text);
    expect(text).toContain(t.total.changePct?.text ?? '?');
  });

  it('export share: the latest share', () => {
    expect(byId('export-share').summary).toContain(o.exportShare.points.at(-1)?.text ?? '?');
  });

  it('GDP: the first and the latest estimate, the revision, and the year-on-year figure', () => {
    const text = byId('gdp-revisions').summary;
    expect(text).toContain(o.gdp.firstPrint.text);
    expect(text).toContain(o.gdp.latest.text);
    expect(text).toContain(o.gdp.revision.text);
    expect(text).toContain(o.gdp.yearOnYear?.text ?? '?');
  });

  it('PMI: the month the article cites and the latest month', () => {
    const text = byId('china-pmi').summary;
    expect(text).toContain(o.pmi.april.text);
    expect(text).toContain(storySeries(dataset).pmi.points.at(-1)?.text ?? '?');
  });
});
