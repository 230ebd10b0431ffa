import { dataset, formatRate, tariffChangeDates, tariffStackOn } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { lineText } from '../lines/line';
import { tariffBody, tariffHeader, tariffLines } from './tariffs';

const page = (date: string, width = 120) =>
  tariffLines(dataset, date, width).map(lineText).join('\n');

describe('the Tariffs view', () => {
  it.each(tariffChangeDates(dataset))(
    'on %s shows both stacks as core sums them, layer by layer',
    (date) => {
      const text = page(date);
      for (const side of ['US', 'CN'] as const) {
        const stack = tariffStackOn(dataset, side, date);
        expect(text).toContain(`all goods ${formatRate(stack.allGoods)}`);
        expect(text).toContain(`up to ${formatRate(stack.highestOnListedGoods)} on listed goods`);
        for (const layer of stack.layers) {
          expect(text).toContain(layer.layer.name.slice(0, 16));
          expect(text).toContain(layer.rate ? formatRate(layer.rate) : 'not verified');
        }
      }
    },
  );

  it('lists what took effect on the day', () => {
    const date = tariffChangeDates(dataset)[0] ?? '';
    const text = page(date);
    for (const m of dataset.tariffMeasures.filter((x) => x.effectiveOn === date)) {
      expect(text).toContain(m.action.slice(0, 30));
    }
  });

  it('says when nothing changed on a day between actions', () => {
    const dates = tariffChangeDates(dataset);
    const between = '2021-06-15';
    expect(dates).not.toContain(between);
    expect(page(between)).toContain('No tariff action took effect on this day');
    expect(lineText(tariffHeader(dataset, between, 80))).toContain('between actions');
  });

  it('counts the day among all tariff actions', () => {
    const dates = tariffChangeDates(dataset);
    expect(lineText(tariffHeader(dataset, dates[2] ?? '', 80))).toContain(
      `action 3 of ${dates.length}`,
    );
  });

  it('zooms the charts to the year of the day, with months under the axis', () => {
    const date = dataset.asOf;
    const zoomed = tariffBody(dataset, date, 100, { zoom: true }).map(lineText).join('\n');
    expect(zoomed).toContain(`over time  in ${date.slice(0, 4)}`);
    expect(zoomed).toMatch(/Jan +Feb +Mar/);
    const full = tariffBody(dataset, date, 100).map(lineText).join('\n');
    expect(full).toContain(tariffChangeDates(dataset)[0]?.slice(0, 4));
    expect(full).not.toMatch(/Jan +Feb/);
  });

  it('sets the two sides side by side only when wide enough', () => {
    const date = dataset.asOf;
    expect(page(date, 140)).toMatch(
      /U\.S\. TARIFFS ON GOODS FROM CHINA +CHINA TARIFFS ON GOODS FROM U\.S\./,
    );
    for (const width of [80, 100, 120, 139]) {
      expect(page(date, width)).not.toMatch(/U\.S\. TARIFFS ON GOODS FROM CHINA +CHINA/);
    }
  });

  it('never cuts a layer’s name, at any width', () => {
    for (const width of [40, 80, 100, 120, 140]) {
      const text = page('2025-04-10', width).replace(/\s+/g, ' ');
      expect(text).not.toContain('…');
      for (const side of ['US', 'CN'] as const) {
        for (const l of tariffStackOn(dataset, side, '2025-04-10').layers) {
          // Wrapped in its column, the rate beside its first row: every word there, in order.
          const words = l.layer.name
            .split(' ')
            .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
          expect(text, `${width}: ${l.layer.name}`).toMatch(new RegExp(words.join(' (?:.* )?')));
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
