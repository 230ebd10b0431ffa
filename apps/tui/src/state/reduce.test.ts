import { describe, expect, it } from 'vitest';
import { type AppState, initialState, type ListViewId, type PaneId } from './app-state';
import { type Action, reduce, type StateEnv } from './reduce';

const DATES = ['2018-07-06', '2019-05-10', '2025-04-10', '2025-11-10'];

/** Lists of 20 items (fewer when filtered), 5 on screen; panes of 30 rows, 10 on screen. */
const env: StateEnv = {
  list: (view: ListViewId, state: AppState) => ({
    count: state.lists[view].filter === '' ? 20 : state.lists[view].filter.length,
    room: 5,
    height: () => 1,
  }),
  pane: (_pane: PaneId) => ({ visible: 10, maxScroll: 20 }),
  eventDay: (state) => (state.lists.timeline.cursor === 1 ? '2019-05-10' : undefined),
  dates: {
    previous: (date) => [...DATES].reverse().find((d) => d < date),
    next: (date) => DATES.find((d) => d > date),
    check: (input) =>
      /^\d{4}-\d{2}-\d{2}$/.test(input)
        ? { ok: true, date: input }
        : { ok: false, reason: `“${input}” is not a date` },
  },
  links: (state) =>
    state.view === 'sources'
      ? [
          { url: 'https://example.org/a', label: 'A' },
          { url: 'https://example.org/b', label: 'B' },
        ]
      : [],
};

const start = (over: Partial<AppState> = {}): AppState => ({
  ...initialState({
    tariffDate: '2025-11-10',
    today: '2026-12-01',
    viewport: { columns: 80, rows: 24 },
  }),
  ...over,
});
const keys = (state: AppState, ...names: string[]): AppState =>
  names.reduce(
    (s, key) => reduce(s, { type: 'key', key, typed: key.length === 1 ? key : undefined }, env),
    state,
  );
const run = (state: AppState, ...actions: Action[]) =>
  actions.reduce((s, a) => reduce(s, a, env), state);

describe('switching views', () => {
  it('goes round with Tab and back with Shift-Tab', () => {
    expect(keys(start(), 'tab').view).toBe('chapters');
    expect(keys(start(), 'shift+tab').view).toBe('sources');
    expect(keys(start(), ...Array.from({ length: 8 }, () => 'tab')).view).toBe('overview');
  });
  it('jumps with 1–8', () => {
    expect(['1', '2', '3', '4', '5', '6', '7', '8'].map((k) => keys(start(), k).view)).toEqual([
      'overview',
      'chapters',
      'timeline',
      'tariffs',
      'trade',
      'series',
      'claims',
      'sources',
    ]);
  });
  it('keeps each view’s place when coming back', () => {
    const state = keys(start(), '3', 'j', 'j', '5', '3');
    expect(state.lists.timeline.cursor).toBe(2);
  });
});

describe('moving in a list', () => {
  it('moves the cursor and scrolls the window only as far as needed', () => {
    const state = keys(start({ view: 'timeline' }), 'j', 'j', 'j', 'j', 'j', 'j');
    expect(state.lists.timeline).toMatchObject({ cursor: 6, top: 2 });
    expect(keys(state, 'k').lists.timeline).toMatchObject({ cursor: 5, top: 2 });
  });
  it('stops at both ends', () => {
    expect(keys(start({ view: 'claims' }), 'k').lists.claims.cursor).toBe(0);
    expect(keys(start({ view: 'claims' }), 'G', 'j').lists.claims).toMatchObject({
      cursor: 19,
      top: 15,
    });
  });
  it('jumps to the ends with g and G, and pages by a screen', () => {
    const bottom = keys(start({ view: 'sources' }), 'G');
    expect(keys(bottom, 'g').lists.sources).toMatchObject({ cursor: 0, top: 0 });
    expect(keys(start({ view: 'sources' }), 'pagedown').lists.sources.cursor).toBe(5);
  });
});

describe('details', () => {
  it('opens with Enter, scrolls inside, and closes with Esc at the same place', () => {
    const open = keys(start({ view: 'timeline' }), 'j', 'enter');
    expect(open.lists.timeline.open).toBe(true);
    const scrolled = keys(open, 'j', 'j');
    expect(scrolled.lists.timeline).toMatchObject({ cursor: 1, detailScroll: 2 });
    expect(keys(scrolled, 'escape').lists.timeline).toMatchObject({ open: false, cursor: 1 });
  });
  it('goes to the next and previous item with n and p, from the top of each', () => {
    const open = keys(start({ view: 'claims' }), 'enter', 'j', 'j');
    const next = keys(open, 'n');
    expect(next.lists.claims).toMatchObject({ open: true, cursor: 1, detailScroll: 0 });
    expect(keys(next, 'p').lists.claims).toMatchObject({ open: true, cursor: 0 });
    expect(keys(next, 'p', 'p').lists.claims.cursor).toBe(0);
    expect(keys(start({ view: 'claims' }), 'G', 'enter', 'n').lists.claims.cursor).toBe(19);
  });
  it('ignores n and p outside a detail', () => {
    expect(keys(start({ view: 'claims' }), 'n').lists.claims.cursor).toBe(0);
  });
  it('does not open an empty list', () => {
    const state = start({ view: 'timeline' });
    const empty: StateEnv = { ...env, list: () => ({ count: 0, room: 5, height: () => 1 }) };
    expect(reduce(state, { type: 'key', key: 'enter' }, empty).lists.timeline.open).toBe(false);
  });
});

describe('filtering', () => {
  it('types into the filter, including letters that are shortcuts elsewhere', () => {
    const state = keys(start({ view: 'timeline' }), '/', 'q', '1', 'g');
    expect(state).toMatchObject({ editing: true, quit: false, view: 'timeline' });
    expect(state.lists.timeline.filter).toBe('q1g');
  });
  it('keeps the filter on Enter, deletes with Backspace, clears with Esc', () => {
    const typed = keys(start({ view: 'claims' }), '/', 'g', 'd', 'p');
    expect(keys(typed, 'backspace').lists.claims.filter).toBe('gd');
    const kept = keys(typed, 'enter');
    expect(kept).toMatchObject({ editing: false });
    expect(kept.lists.claims.filter).toBe('gdp');
    expect(keys(kept, 'escape').lists.claims.filter).toBe('');
    expect(keys(typed, 'escape')).toMatchObject({ editing: false });
    expect(keys(typed, 'escape').lists.claims.filter).toBe('');
  });
  it('goes back to the first item when the filter changes', () => {
    const state = keys(start({ view: 'sources' }), 'j', 'j', '/', 'x');
    expect(state.lists.sources).toMatchObject({ cursor: 0, top: 0 });
  });
});

describe('from an event to its tariffs', () => {
  it('opens Tariffs on the day of the event shown, with t', () => {
    const state = keys(start({ view: 'timeline' }), 'j', 'enter', 't');
    expect(state).toMatchObject({ view: 'tariffs', tariffDate: '2019-05-10' });
  });
  it('does nothing for an event not dated to the day, or outside a detail', () => {
    expect(keys(start({ view: 'timeline' }), 'enter', 't').view).toBe('timeline');
    expect(keys(start({ view: 'timeline' }), 'j', 't').view).toBe('timeline');
  });
});

describe('the tariff date', () => {
  it('steps from one tariff action to the next and back', () => {
    const state = start({ view: 'tariffs' });
    expect(keys(state, '[').tariffDate).toBe('2025-04-10');
    expect(keys(state, '[', '[', ']').tariffDate).toBe('2025-04-10');
    expect(keys(state, 'left', 'left').tariffDate).toBe('2019-05-10');
  });
  it('zooms the charts in and out with z, only on Tariffs', () => {
    expect(keys(start({ view: 'tariffs' }), 'z').tariffZoom).toBe(true);
    expect(keys(start({ view: 'tariffs' }), 'z', 'z').tariffZoom).toBe(false);
    expect(keys(start({ view: 'trade' }), 'z').tariffZoom).toBe(false);
  });
  it('stays put at either end', () => {
    expect(keys(start({ view: 'tariffs' }), ']').tariffDate).toBe('2025-11-10');
    expect(keys(start({ view: 'tariffs', tariffDate: '2018-07-06' }), '[').tariffDate).toBe(
      '2018-07-06',
    );
  });
});

describe('typing a day on Tariffs', () => {
  it('starts with d, types digits and letters, and shows the day on Enter', () => {
    const typing = keys(start({ view: 'tariffs' }), 'd');
    expect(typing.dateDraft).toBe('');
    const typed = run(typing, { type: 'paste', text: '2026-12-0' });
    const done = keys(typed, '1', 'enter');
    expect(done).toMatchObject({ tariffDate: '2026-12-01', dateDraft: undefined, quit: false });
  });
  it('says why a day typed is not one, and lets it be fixed', () => {
    const wrong = keys(start({ view: 'tariffs' }), 'd', 'q', 'enter');
    expect(wrong).toMatchObject({ dateDraft: 'q', quit: false, tariffDate: '2025-11-10' });
    expect(wrong.notice).toBe('“q” is not a date');
    expect(keys(wrong, 'backspace').dateDraft).toBe('');
  });
  it('stops typing with Esc, keeping the day shown, and when leaving the view', () => {
    expect(keys(start({ view: 'tariffs' }), 'd', '2', 'escape')).toMatchObject({
      dateDraft: undefined,
      tariffDate: '2025-11-10',
      view: 'tariffs',
    });
    expect(keys(start({ view: 'tariffs' }), 'd', 'tab')).toMatchObject({
      dateDraft: undefined,
      view: 'trade',
    });
  });
  it('does nothing with d elsewhere', () => {
    expect(keys(start({ view: 'trade' }), 'd').dateDraft).toBeUndefined();
  });
});

describe('help, scrolling, resizing, quitting', () => {
  it('opens help over any view, scrolls it, closes it with ? or Esc', () => {
    const help = keys(start({ view: 'trade' }), '?');
    expect(help.help).toBe(true);
    expect(keys(help, 'j', 'j').helpScroll).toBe(2);
    expect(keys(help, 'escape').help).toBe(false);
    expect(keys(help, '?').help).toBe(false);
  });
  it('scrolls a page view within its length', () => {
    expect(keys(start(), 'j', 'j', 'j').scroll.overview).toBe(3);
    expect(keys(start(), 'G').scroll.overview).toBe(20);
    expect(keys(start(), 'G', 'j').scroll.overview).toBe(20);
    expect(keys(start(), 'k').scroll.overview).toBe(0);
  });
  it('keeps lists in bounds when the terminal shrinks', () => {
    const far = keys(start({ view: 'timeline' }), 'G');
    const small: StateEnv = { ...env, list: () => ({ count: 20, room: 2, height: () => 1 }) };
    const resized = reduce(far, { type: 'resize', columns: 40, rows: 12 }, small);
    expect(resized.viewport).toEqual({ columns: 40, rows: 12 });
    expect(resized.lists.timeline).toMatchObject({ cursor: 19, top: 18 });
  });
  it('quits with q and Ctrl+C', () => {
    expect(keys(start(), 'q').quit).toBe(true);
    expect(keys(start({ view: 'timeline' }), '/', 'ctrl+c').quit).toBe(true);
  });
  it('ignores keys it does not know', () => {
    const state = start();
    expect(run(state, { type: 'key', key: 'x', typed: 'x' })).toBe(state);
  });
});
