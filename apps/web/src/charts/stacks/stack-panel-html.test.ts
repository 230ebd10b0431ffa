import { dataset, tariffDay, tariffScaleMaxPct } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { compactStackPanel, stackPanelBody } from './stack-panel-html';

const view = (date: string) => {
  const r = tariffDay(dataset, date);
  if (!r.ok) throw new Error(r.reason);
  return r.view;
};

describe('the stack panels', () => {
  const maxPct = tariffScaleMaxPct(dataset);

  it('show the 145% day with each layer, and that both were later held unlawful', () => {
    const [us] = view('2025-04-10').sides;
    const html = compactStackPanel(us, maxPct, { id: 'x', dayHref: '/tariffs/on/2025-04-10' });
    expect(html).toContain(`>${us.allGoods.text}</span>`);
    for (const l of us.layers.filter((x) => x.scope === 'all-goods')) {
      expect(html).toContain(`${l.rateText} ${l.name}`);
    }
    const legal = us.layers.find((l) => l.legal)?.legal;
    expect(legal?.label).toBe('charged; later held unlawful');
    // Both IEEPA layers share one finding: it is said once, naming both.
    expect(html.split(legal?.label ?? '').length - 1).toBe(1);
    expect(html).toContain('href="/tariffs/on/2025-04-10"');
    expect(html.match(/<svg class="stack-bar"/g)?.length).toBe(2);
  });

  it('say what the lists covered beside a 0% on all goods', () => {
    const [us] = view('2019-06-01').sides;
    expect(us.allGoods.text).toBe('0%');
    const html = stackPanelBody(us, maxPct);
    expect(html).toContain(us.listedSummary?.replaceAll('’', '’'));
  });

  it('escape what they write and never show a broken number', () => {
    for (const date of ['2018-01-01', '2019-06-01', '2025-04-10', '2026-02-21', '2026-11-09']) {
      for (const side of view(date).sides) {
        const html = compactStackPanel(side, maxPct, { id: 'x' });
        expect(html).not.toMatch(/NaN|undefined|Infinity/);
        expect(html.replace(/="[^"]*"/g, '')).not.toContain('"');
      }
    }
  });
});
