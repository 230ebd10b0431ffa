import { dataAge, dataset, tariffDayDates } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { lineText, lineWidth } from '../lines/line';
import { type AppState, initialState, LIST_VIEWS, type PaneId } from '../state/app-state';
import { footerLine, headerLines, tabsLine, tooSmallLines } from './chrome';
import { bodySize, isTooSmall } from './layout';
import { listScreen } from './lists';
import { paneScreen } from './panes';

const WIDTHS = [40, 41, 59, 60, 63, 64, 80, 99, 100, 120, 160];
const state = (columns: number, over: Partial<AppState> = {}): AppState => ({
  ...initialState({
    tariffDate: '2026-11-09',
    today: '2026-12-01',
    viewport: { columns, rows: 30 },
  }),
  ...over,
});
const PANES: PaneId[] = ['overview', 'tariffs', 'trade', 'series', 'help'];

describe.each(WIDTHS)('at %i columns, nothing is drawn past the edge', (columns) => {
  it.each(PANES)('pane %s', (pane) => {
    const screen = paneScreen(pane, state(columns), dataset);
    for (const line of [...screen.header, ...screen.lines]) {
      expect(lineWidth(line), lineText(line)).toBeLessThanOrEqual(columns);
    }
  });

  it('the Tariffs view on every tariff action day, and after the verified data', () => {
    for (const date of [...tariffDayDates(dataset), '2026-12-01']) {
      const screen = paneScreen('tariffs', state(columns, { tariffDate: date }), dataset);
      for (const line of screen.lines)
        expect(lineWidth(line), `${date}: ${lineText(line)}`).toBeLessThanOrEqual(columns);
    }
  });

  it.each(LIST_VIEWS)('list %s: every item and every detail', (view) => {
    const list = listScreen(view, state(columns), dataset);
    for (const line of list.header) expect(lineWidth(line)).toBeLessThanOrEqual(columns);
    for (let i = 0; i < list.count; i++) {
      for (const selected of [false, true]) {
        const item = list.item(i, selected);
        expect(item).toHaveLength(list.height(i));
        for (const line of item)
          expect(lineWidth(line), lineText(line)).toBeLessThanOrEqual(columns);
      }
      expect(lineText(list.item(i, true)[0] ?? []).startsWith('› ')).toBe(true);
      for (const line of list.detail(i))
        expect(lineWidth(line), lineText(line)).toBeLessThanOrEqual(columns);
    }
  });

  it('the header and footer', () => {
    const s = state(columns, { view: 'claims' });
    for (const line of [
      ...headerLines(s, dataset),
      footerLine(s, dataset, columns),
      tabsLine(s, columns),
    ]) {
      expect(lineWidth(line)).toBeLessThanOrEqual(columns);
    }
  });
});

describe('layout', () => {
  it('uses every row: the header and footer, and the rest for the view', () => {
    expect(bodySize({ columns: 80, rows: 24 })).toEqual({ width: 80, height: 24 - 3 - 1 });
    expect(bodySize({ columns: 80, rows: 12 })).toEqual({ width: 80, height: 12 - 2 - 1 });
  });
  it('knows when the terminal is too small, and says so', () => {
    expect(isTooSmall({ columns: 39, rows: 24 })).toBe(true);
    expect(isTooSmall({ columns: 80, rows: 11 })).toBe(true);
    expect(isTooSmall({ columns: 40, rows: 12 })).toBe(false);
    const text = tooSmallLines(state(30, { viewport: { columns: 30, rows: 8 } }))
      .map(lineText)
      .join(' ');
    expect(text).toContain('(need 40×12)');
    expect(text).toContain('now 30×8');
  });
  it('windows a list to the screen height', () => {
    const tall = listScreen(
      'timeline',
      state(80, { viewport: { columns: 80, rows: 40 } }),
      dataset,
    );
    const short = listScreen(
      'timeline',
      state(80, { viewport: { columns: 80, rows: 14 } }),
      dataset,
    );
    expect(short.visibleFrom(0)).toBeLessThan(tall.visibleFrom(0));
    expect(short.room).toBe(bodySize({ columns: 80, rows: 14 }).height - short.header.length);
  });
  it('names every view in the tabs when they fit, and only the current one when not', () => {
    const wide = lineText(tabsLine(state(100, { view: 'trade' }), 100));
    expect(wide).toContain(' 1 Overview  ');
    const closed = lineText(tabsLine(state(80, { view: 'trade' }), 80));
    expect(closed).toContain('1 Overview 2 Chapters');
    expect(closed).toContain('[5 Trade]');
    expect(closed).toContain('8 Sources');
    const narrow = lineText(tabsLine(state(40, { view: 'trade' }), 40));
    expect(narrow).toContain('[5 Trade]');
    expect(narrow).not.toContain('Overview');
  });
  it('says how old the data is in the header, counted to the day the app started', () => {
    for (const columns of [40, 80, 120]) {
      const title = lineText(headerLines(state(columns), dataset)[0] ?? []);
      expect(title).toContain(dataAge(dataset, '2026-12-01').shortText);
    }
    const later = state(80, { today: '2028-09-01' });
    expect(lineText(headerLines(later, dataset)[0] ?? [])).toContain(
      dataAge(dataset, '2028-09-01').shortText,
    );
  });
});
