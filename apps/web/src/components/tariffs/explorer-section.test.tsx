import { dataset, pickTariffDay, tariffDayIndex } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { CHANGE_DAY_ATTR, STRETCHES_ATTR } from '@/models/tariffs/explorer-attrs';
import { renderStatic } from '@/ui/render-static';
import { ExplorerPanels } from './explorer-section';

const index = tariffDayIndex(dataset);
const latest = pickTariffDay(index).pick;

/** Each panel the HTML holds: its side, the stretches it serves, and whether it is hidden. */
const panelsIn = (html: string) =>
  [
    ...html.matchAll(
      new RegExp(
        `<div ${STRETCHES_ATTR}="([\\d ]+)"( hidden="")?><section class="stack-panel stack-panel--(us|cn)"`,
        'g',
      ),
    ),
  ].map((m) => ({
    stretches: (m[1] ?? '').split(' ').map(Number),
    hidden: m[2] !== undefined,
    side: m[3],
  }));

describe('the explorer panels', () => {
  it('in their own file: one panel per side for every stretch, the latest day’s shown, each written once', () => {
    const panels = panelsIn(renderStatic(<ExplorerPanels />));
    index.stretches.forEach((_, i) => {
      for (const side of ['us', 'cn']) {
        const serving = panels.filter((p) => p.side === side && p.stretches.includes(i));
        expect(serving, `stretch ${i}, ${side}`).toHaveLength(1);
        // Shown if it also serves the latest day (identical panels are written once).
        const panel = serving[0];
        expect(panel?.hidden, `stretch ${i}, ${side}`).toBe(
          !panel?.stretches.includes(latest.stretch),
        );
      }
    });
  });

  it('in their own file: what took effect on every change day, hidden until picked', () => {
    const html = renderStatic(<ExplorerPanels />);
    const days = [...html.matchAll(new RegExp(`${CHANGE_DAY_ATTR}="([\\d-]+)" hidden=""`, 'g'))];
    expect(days.map((m) => m[1])).toEqual(index.changeDates);
  });

  it('in the page: only the latest verified day’s, shown', () => {
    const html = renderStatic(<ExplorerPanels latestOnly />);
    const panels = panelsIn(html);
    expect(panels.map((p) => p.side)).toEqual(['us', 'cn']);
    for (const p of panels) expect(p).toMatchObject({ hidden: false });
    for (const p of panels) expect(p.stretches).toContain(latest.stretch);
    // A page a fraction of the file's size.
    expect(html.length * 10).toBeLessThan(renderStatic(<ExplorerPanels />).length);
  });
});
