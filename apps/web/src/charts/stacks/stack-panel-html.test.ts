import { dataset, formatRate, peakStack } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { sideStates, stackScaleMaxPct } from '@/models/tariffs/stack-states';
import { compactStackPanel } from './stack-panel-html';

describe('compactStackPanel', () => {
  const maxPct = stackScaleMaxPct(dataset);

  it.each(['US', 'CN'] as const)(
    'shows %s’s peak stack, its layers and a link to its day',
    (side) => {
      const peak = peakStack(dataset, side);
      const state = sideStates(dataset, side).find((s) => s.from === peak.date);
      if (state === undefined) throw new Error('no stretch at the peak');
      const html = compactStackPanel(state, maxPct, dataset.asOf);
      expect(html).toContain(`>${formatRate(peak.allGoods)}</span>`);
      for (const layer of peak.layers.filter((l) => l.layer.scope === 'all-goods')) {
        expect(html).toContain(formatRate(layer.rate));
      }
      expect(html).toContain(`href="/tariffs/on/${peak.date}"`);
      expect(html.match(/<svg class="stack-bar"/g)?.length).toBeGreaterThanOrEqual(1);
    },
  );

  it('escapes the names it writes and never shows a broken number', () => {
    for (const side of ['US', 'CN'] as const) {
      for (const state of sideStates(dataset, side)) {
        const html = compactStackPanel(state, maxPct, dataset.asOf);
        expect(html).not.toMatch(/NaN|undefined|Infinity/);
        // Curly quotes pass through; straight quotes only ever appear escaped in text.
        expect(html.replace(/="[^"]*"/g, '')).not.toContain('"');
      }
    }
  });
});
