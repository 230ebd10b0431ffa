import { dataset, peakStack, tariffDateRange, tariffStackOn } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { sideStates, stackScaleMaxPct, stretchStarts } from '@/models/tariffs/stack-states';
import { describeState, periodText, stackTable } from './stack-table';

const { min, max } = tariffDateRange(dataset);

describe.each(['US', 'CN'] as const)('sideStates(%s)', (side) => {
  const states = sideStates(dataset, side);

  it('covers every day from the start of the data to its as-of date, without gaps', () => {
    expect(states[0]?.from).toBe(min);
    expect(states.at(-1)?.to).toBe(max);
    expect(states.at(-1)?.current).toBe(true);
    for (const [i, state] of states.entries()) {
      const next = states[i + 1];
      if (next === undefined) continue;
      const dayAfter = new Date(`${state.to}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(dayAfter.toISOString().slice(0, 10)).toBe(next.from);
    }
  });

  it('holds the stack core computes for each stretch', () => {
    for (const state of states) {
      expect(state.stack).toEqual(tariffStackOn(dataset, side, state.from));
      // The same layers hold until the stretch's last day.
      const last = tariffStackOn(dataset, side, state.to);
      expect(last.layers).toEqual(state.stack.layers);
      expect(last.allGoods).toEqual(state.stack.allGoods);
    }
  });

  it('describes each stretch with its sum and no broken numbers', () => {
    for (const state of states) {
      const text = describeState(state);
      expect(text).not.toMatch(/NaN|undefined|Infinity/);
      expect(periodText(state)).toContain('In force');
    }
    const peak = peakStack(dataset, side);
    const atPeak = states.find((s) => s.from === peak.date);
    expect(atPeak && describeState(atPeak)).toMatch(/up from/);
  });

  it('tabulates every layer in force', () => {
    for (const state of states) {
      const table = stackTable(state);
      expect(table.rows).toHaveLength(state.stack.layers.length);
      expect(table.columns.map((c) => c.name)).toContain('rate_max_pct');
    }
  });
});

describe('stretchStarts and the common scale', () => {
  it('lists each date on which either stack changes, once and in order', () => {
    const starts = stretchStarts(dataset);
    expect([...starts]).toEqual([...new Set(starts)].sort());
    expect(starts[0]).toBe(min);
  });

  it('scales every bar to the highest stack either side reached', () => {
    const highest = Math.max(
      peakStack(dataset, 'US').highestOnListedGoods.maxPct,
      peakStack(dataset, 'CN').highestOnListedGoods.maxPct,
    );
    expect(stackScaleMaxPct(dataset)).toBeGreaterThanOrEqual(highest);
  });
});
