import {
  dataset,
  formatRate,
  heldUnlawfulPeriods,
  peakStack,
  tariffCoverage,
  tariffDay,
  tariffDayDates,
  tariffStackOn,
  tariffSteps,
} from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { drawChart } from '../draw';
import { clusterEvents } from '../panels-chart';
import {
  heldUnlawfulBands,
  historyWindows,
  tariffEvents,
  tariffHistoryChart,
} from './tariff-history';

const ids = { labelledBy: 't', describedBy: 'd' };
const lastVerified = tariffCoverage(dataset).bothVerifiedThrough;

describe('the home chart', () => {
  const spec = tariffHistoryChart(dataset);
  if (spec.plot.kind !== 'panels') throw new Error('expected panels');
  const { panels, periods } = spec.plot;

  it('splits the history at the year of the first tariff on all goods, and runs to the last verified day', () => {
    const firstAllGoods = tariffDayDates(dataset).find(
      (d) => tariffStackOn(dataset, 'US', d).allGoods.maxPct > 0,
    );
    const windows = historyWindows(dataset);
    expect(windows).toHaveLength(2);
    expect(windows[1]?.from).toBe(`${firstAllGoods?.slice(0, 4)}-01-01`);
    expect((windows[0]?.to ?? '') < (windows[1]?.from ?? '')).toBe(true);
    expect(windows[1]?.to).toBe(lastVerified);
    expect(lastVerified > dataset.asOf).toBe(true);
  });

  it('gives the early panel a scale its highest line fills, far below the later one', () => {
    const [early, late] = panels;
    const earlyMax = Math.max(
      ...(['US', 'CN'] as const).flatMap((side) =>
        tariffSteps(dataset, side)
          .filter((s) => s.date < (historyWindows(dataset)[1]?.from ?? ''))
          .map((s) => s.highestOnListedGoods.maxPct),
      ),
    );
    expect(early?.plot.y.max).toBe(earlyMax);
    expect(late?.plot.y.max).toBe(
      Math.max(peakStack(dataset, 'US').highestOnListedGoods.maxPct, earlyMax),
    );
  });

  it('numbers every change date once, with what took effect', () => {
    const events = tariffEvents(dataset);
    expect(events.map((e) => e.date)).toEqual(tariffDayDates(dataset));
    expect(events.map((e) => e.n)).toEqual(events.map((_, i) => i + 1));
    for (const e of events) expect(e.items.length).toBeGreaterThan(0);
  });

  it('states both peaks and the last verified stacks in its text alternative', () => {
    expect(spec.summary).toContain(formatRate(peakStack(dataset, 'US').allGoods));
    expect(spec.summary).toContain(formatRate(peakStack(dataset, 'CN').allGoods));
    expect(spec.summary).toContain(formatRate(tariffStackOn(dataset, 'US', lastVerified).allGoods));
    expect(spec.summary).toContain('held unlawful');
  });

  it('marks the IEEPA period as held unlawful, from core: one band over both layers', () => {
    const core = heldUnlawfulPeriods(dataset, 'US');
    expect(core.length).toBeGreaterThan(1);
    expect(periods).toHaveLength(1);
    expect(periods[0]?.from).toBe(core.map((p) => p.from).sort()[0]);
    expect(periods[0]?.to).toBe(
      core
        .map((p) => p.to)
        .sort()
        .at(-1),
    );
    expect(periods[0]?.label).toBe('Held unlawful 20 Feb 2026');
    for (const p of core) expect(spec.notes?.join(' ')).toContain(p.label);
  });

  it('keeps apart periods that do not touch', () => {
    const band = (from: string, to: string) => ({
      layerId: from,
      layerName: from,
      from,
      to,
      heldOn: '2026-02-20',
      court: 'c',
      label: 'l',
      sources: [],
    });
    expect(
      heldUnlawfulBands([band('2025-01-01', '2025-01-31'), band('2025-03-01', '2025-03-31')]),
    ).toHaveLength(2);
    expect(
      heldUnlawfulBands([band('2025-01-01', '2025-01-31'), band('2025-02-01', '2025-03-31')]),
    ).toHaveLength(1);
  });

  it.each(['wide', 'narrow'] as const)(
    'draws both panels, the zoom band, the markers and the held-unlawful band (%s)',
    (name) => {
      const svg = drawChart(spec, name, ids);
      expect(svg.match(/class="panel"/g)).toHaveLength(2);
      expect(svg).toContain('class="zoom-band"');
      expect(svg.match(/class="event-marker"/g)?.length ?? 0).toBeGreaterThan(4);
      expect(svg.match(/period--held-unlawful/g)).toHaveLength(1);
      expect(svg).toContain('>Held unlawful 20 Feb 2026<');
      expect(svg).not.toMatch(/NaN|undefined/);
    },
  );

  it('says what the lists covered beside the first trade war’s 0% on all goods', () => {
    const early = historyWindows(dataset)[0];
    const day = tariffDay(dataset, early?.to);
    if (!day.ok) throw new Error(day.reason);
    const [us, cn] = day.view.sides;
    const note = spec.notes?.find((n) => n.startsWith('No tariff on all goods'));
    // Core's words: "Section 301 lists (2018–2019): 25% on about $250B of goods" (34 + 16 + 200).
    expect(us.allGoods.text).toBe('0%');
    expect(note).toContain(us.listedSummary ?? '?');
    expect(note).toContain(cn.listedSummary ?? '?');
  });
});

describe('clusterEvents', () => {
  it('merges markers closer than the gap and labels them with the range', () => {
    const clusters = clusterEvents(
      [
        { n: 1, at: 0 },
        { n: 2, at: 5 },
        { n: 3, at: 100 },
      ],
      20,
    );
    expect(clusters.map((c) => c.label)).toEqual(['1–2', '3']);
    expect(
      clusterEvents(
        [
          { n: 1, at: 0 },
          { n: 2, at: 30 },
        ],
        3,
      ).map((c) => c.label),
    ).toEqual(['1', '2']);
    expect(clusters[0]?.at).toBe(2.5);
  });
});
