import {
  dataset,
  formatRate,
  formatUsdBn,
  peakStack,
  tariffChangeDates,
  tariffStackOn,
  tariffSteps,
} from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { drawChart } from '../draw';
import { clusterEvents } from '../panels-chart';
import { historyWindows, tariffEvents, tariffHistoryChart } from './tariff-history';

const ids = { labelledBy: 't', describedBy: 'd' };

describe('the home chart', () => {
  const spec = tariffHistoryChart(dataset);
  if (spec.plot.kind !== 'panels') throw new Error('expected panels');
  const { panels } = spec.plot;

  it('splits the history at the year of the first tariff on all goods', () => {
    const firstAllGoods = tariffChangeDates(dataset).find(
      (d) => tariffStackOn(dataset, 'US', d).allGoods.maxPct > 0,
    );
    const windows = historyWindows(dataset);
    expect(windows).toHaveLength(2);
    expect(windows[1]?.from).toBe(`${firstAllGoods?.slice(0, 4)}-01-01`);
    expect((windows[0]?.to ?? '') < (windows[1]?.from ?? '')).toBe(true);
    expect(windows[1]?.to).toBe(dataset.asOf);
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
    expect(events.map((e) => e.date)).toEqual(tariffChangeDates(dataset));
    expect(events.map((e) => e.n)).toEqual(events.map((_, i) => i + 1));
    for (const e of events) expect(e.items.length).toBeGreaterThan(0);
  });

  it('states both peaks and the latest stacks in its text alternative', () => {
    expect(spec.summary).toContain(formatRate(peakStack(dataset, 'US').allGoods));
    expect(spec.summary).toContain(formatRate(peakStack(dataset, 'CN').allGoods));
    expect(spec.summary).toContain(formatRate(tariffStackOn(dataset, 'US', dataset.asOf).allGoods));
  });

  it.each(['wide', 'narrow'] as const)(
    'draws both panels, the zoom band and the markers (%s)',
    (name) => {
      const svg = drawChart(spec, name, ids);
      expect(svg.match(/class="panel"/g)).toHaveLength(2);
      expect(svg).toContain('class="zoom-band"');
      expect(svg.match(/class="event-marker"/g)?.length ?? 0).toBeGreaterThan(4);
      expect(svg).not.toContain('period--held-unlawful');
      expect(svg).not.toMatch(/NaN|undefined/);
    },
  );

  it('marks a period held unlawful when it is given one', () => {
    const marked = tariffHistoryChart(dataset, {
      heldUnlawful: [
        { kind: 'held-unlawful', from: '2025-02-04', to: dataset.asOf, label: 'Held unlawful' },
      ],
    });
    const svg = drawChart(marked, 'wide', ids);
    expect(svg.match(/period--held-unlawful/g)).toHaveLength(1);
    expect(svg).toContain('>Held unlawful<');
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

describe('the listed layers beside “0% on all goods”', () => {
  it('names each list in force with its rate and the trade it covered, from the measures', async () => {
    const { listedLayersText } = await import('./tariff-history');
    const date = historyWindows(dataset)[0]?.to ?? dataset.asOf;
    const text = listedLayersText(dataset, 'US', date);
    const listed = tariffStackOn(dataset, 'US', date).layers.filter(
      (l) => l.layer.scope === 'listed-goods' && l.rate,
    );
    expect(listed.length).toBeGreaterThan(0);
    for (const l of listed) {
      expect(text).toContain(`${l.layer.name} ${formatRate(l.rate)}`);
      if (l.measure.coverageUsdBn !== undefined) {
        expect(text).toContain(`about ${formatUsdBn(l.measure.coverageUsdBn, 0)} of goods`);
      }
    }
  });
});
