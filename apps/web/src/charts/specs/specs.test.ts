import {
  dataset,
  formatChangePct,
  formatIndex,
  formatPercent,
  formatRate,
  formatUsdBn,
  getSeries,
  peakStack,
  seriesPoints,
  story,
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
    expect(spec.sourceIds.length).toBeGreaterThan(0);
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
});

describe('text alternatives say what the chart shows, the latest value and the direction', () => {
  const s = story(dataset);

  it('tariff steps: the peak and the latest stack, both ways', () => {
    const text = byId('tariff-steps').summary;
    expect(text).toContain(formatRate(peakStack(dataset, 'US').allGoods));
    expect(text).toContain(formatRate(peakStack(dataset, 'CN').allGoods));
    expect(text).toContain(
      formatPercent(tariffStackOn(dataset, 'US', dataset.asOf).allGoods.maxPct),
    );
    expect(text).toContain('down from the peak');
  });

  it('trade flows: the latest year and the change since the conflict began', () => {
    const text = byId('trade-flows').summary;
    expect(text).toContain(formatUsdBn(s.trade.to.totalUsdBn ?? 0));
    expect(text).toContain(formatChangePct(s.trade.totalChangePct));
    expect(text).toMatch(/imports are down/);
  });

  it('export share: first and latest share', () => {
    const text = byId('export-share').summary;
    const last = s.exportShare.at(-1);
    expect(last && text).toContain(formatPercent(last?.sharePct ?? 0));
  });

  it('GDP: the first and the latest estimate, and the revision’s direction', () => {
    const text = byId('gdp-revisions').summary;
    expect(text).toContain(formatChangePct(s.gdp.firstPrint.observation.value));
    expect(text).toContain(formatChangePct(s.gdp.latest.observation.value));
    expect(text).toMatch(/revised (down|up)|unchanged/);
  });

  it('PMI: the month the article cites against the threshold', () => {
    const text = byId('china-pmi').summary;
    expect(text).toContain(formatIndex(s.pmi.april.observation.value));
    const latest = seriesPoints(getSeries(dataset, 'china-manufacturing-pmi')).at(-1);
    expect(text).toContain(formatIndex(latest?.value ?? 0));
  });
});
