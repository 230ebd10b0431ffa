import { dataset, STACK_SCOPE, tariffDay, tariffDayDates } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { lineText } from '../lines/line';
import { TEST_TODAY } from '../testing/render-app';
import { tariffBody, tariffHeader, tariffLines } from './tariffs';

const page = (date: string, width = 120) =>
  tariffLines(dataset, date, TEST_TODAY, width).map(lineText).join('\n');
const flat = (date: string, width = 120) => page(date, width).replace(/\s+/g, ' ');
const viewOn = (date: string) => {
  const result = tariffDay(dataset, date);
  if (!result.ok) throw new Error(result.reason);
  return result.view;
};

describe('the Tariffs view', () => {
  it.each(tariffDayDates(dataset))(
    'on %s shows both stacks as core gives them, layer by layer, with legal status',
    (date) => {
      const text = flat(date);
      for (const side of viewOn(date).sides) {
        expect(text).toContain(`all goods ${side.allGoods.text}`);
        expect(text).toContain(`up to ${side.highestOnListedGoods.text} on listed goods`);
        if (side.listedSummary) expect(text).toContain(side.listedSummary);
        for (const layer of side.layers) {
          expect(text).toContain(layer.name.split(' ').slice(0, 2).join(' '));
          expect(text).toContain(layer.rateText);
          if (layer.legal) {
            expect(text).toContain(layer.legal.label);
            expect(text).toContain(layer.legal.text);
          }
        }
      }
    },
  );

  it('lists what took effect on the day', () => {
    const date = '2025-04-10';
    for (const c of viewOn(date).changes) expect(flat(date)).toContain(c.action);
  });

  it('says when nothing changed on a day between actions, and when the last change was', () => {
    const between = '2021-06-15';
    expect(tariffDayDates(dataset)).not.toContain(between);
    expect(flat(between)).toContain('No tariff action took effect on this day; the last was on');
    expect(lineText(tariffHeader(dataset, between, 80))).toContain('between actions');
  });

  it('counts the day among all tariff actions', () => {
    const dates = tariffDayDates(dataset);
    expect(lineText(tariffHeader(dataset, dates[2] ?? '', 80))).toContain(
      `action 3 of ${dates.length}`,
    );
  });

  it('answers a day after the verified data with the last verified stacks, marked so', () => {
    const view = viewOn('2026-12-01');
    const text = flat('2026-12-01', 100);
    expect(view.afterData).toBeDefined();
    expect(text).toContain(view.afterData?.note);
    for (const s of view.afterData?.scheduled ?? []) expect(text).toContain(s.title);
    expect(lineText(tariffHeader(dataset, '2026-12-01', 80))).toContain('after the verified data');
    expect(text).toContain(`all goods ${view.sides[0].allGoods.text}`);
  });

  it('zooms the charts to the year of the day, with months under the axis', () => {
    const date = '2025-04-10';
    const zoomed = tariffBody(dataset, date, TEST_TODAY, 100, { zoom: true })
      .map(lineText)
      .join('\n');
    expect(zoomed).toContain('over time  in 2025');
    expect(zoomed).toMatch(/Jan +Feb +Mar/);
    const full = tariffBody(dataset, date, TEST_TODAY, 100).map(lineText).join('\n');
    expect(full).toContain('2018');
    expect(full).not.toMatch(/Jan +Feb/);
  });

  it('sets the two sides side by side only when wide enough', () => {
    const date = '2025-04-10';
    expect(page(date, 140)).toMatch(
      /U\.S\. TARIFFS ON GOODS FROM CHINA +CHINA’S TARIFFS ON GOODS FROM THE U\.S\./,
    );
    for (const width of [80, 100, 120, 139]) {
      expect(page(date, width)).not.toMatch(/U\.S\. TARIFFS ON GOODS FROM CHINA +CHINA/);
    }
  });

  it('never cuts a layer’s name, at any width', () => {
    for (const width of [40, 80, 100, 120, 140]) {
      const text = flat('2025-04-10', width);
      // Core's own words may hold an ellipsis (“chips, medicines…”); the view adds none.
      const scope = STACK_SCOPE.US.excludes.join(' ');
      expect(
        text.replace(
          scope
            .slice(0, scope.indexOf('…') + 1)
            .split(' ')
            .at(-1) ?? '',
          '',
        ),
      ).not.toContain('…');
      for (const side of viewOn('2025-04-10').sides) {
        for (const l of side.layers) {
          // Wrapped in its column, the rate beside its first row: every word there, in order.
          const words = l.name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
          expect(text, `${width}: ${l.name}`).toMatch(new RegExp(words.join(' (?:.* )?')));
        }
      }
    }
  });

  it('names the rate on the day and the peak on each chart’s axis', () => {
    const text = page('2025-04-10', 80);
    expect(text).toMatch(/145%┤/);
    expect(text).toMatch(/ 84%┤/);
    expect(text).toMatch(/125%┤/);
  });
});
