import {
  chaptersAfterArticle,
  claimsView,
  dataset,
  formatDate,
  overview,
  sourceRefs,
  storySeries,
  tariffDay,
  tariffDayDates,
  timelineView,
  tradeTableView,
} from '@tradetalks/core';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, TEST_TODAY } from '../testing/render-app';
import { textWidth } from '../text/width';

const o = overview(dataset, TEST_TODAY);
const claims = claimsView(dataset).claims;
const events = timelineView(dataset);
const refs = sourceRefs(
  dataset,
  dataset.sources.map((s) => s.id),
);
const short = (date: string) => formatDate(date, { short: true });
const dayView = (date?: string) => {
  const result = tariffDay(dataset, date);
  if (!result.ok) throw new Error(result.reason);
  return result.view;
};
let app: Awaited<ReturnType<typeof renderApp>> | undefined;
const open = async (...args: Parameters<typeof renderApp>) => {
  app = await renderApp(...args);
  return app;
};
afterEach(() => {
  app?.unmount();
  app = undefined;
});

/** No row wider than the terminal, and no more rows than it has. */
const expectFits = (lines: string[], columns: number, rows: number) => {
  expect(lines.length).toBeLessThanOrEqual(rows);
  for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(columns);
};

const VIEWS = [
  ['1', 'Overview', () => `peak ${o.tariffs[0].peak.text}`],
  [
    '2',
    'Chapters',
    () => chaptersAfterArticle(dataset)[0]?.title.split(' ').slice(0, 3).join(' ') ?? '',
  ],
  ['3', 'Timeline', () => events[0]?.title.slice(0, 20) ?? ''],
  ['4', 'Tariffs', () => `all goods ${dayView().sides[0].allGoods.text}`],
  ['5', 'Trade', () => tradeTableView(dataset).years[0]?.exports?.text ?? ''],
  ['6', 'Series', () => storySeries(dataset).gdpGrowth.title.toUpperCase()],
  ['7', 'Claims', () => `${claims[0]?.verdictSymbol} ${claims[0]?.verdictLabel}`],
  [
    '8',
    'Sources',
    () => sourceRefs(dataset, [dataset.sources[0]?.id ?? 'article'])[0]?.label.slice(0, 12) ?? '',
  ],
] as const;

describe.each([40, 80, 100, 120])('each view at %i columns', (columns) => {
  const rows = columns === 40 ? 16 : columns === 80 ? 24 : columns === 100 ? 30 : 40;
  it.each(VIEWS)('%s %s fits and shows its figures', async (key, title, expected) => {
    const app = await open({ columns, rows });
    await app.press(key);
    const frame = app.frame();
    expect(frame).toContain(`[${key} ${title}]`);
    expect(frame).toContain(expected());
    expectFits(app.lines(), columns, rows);
  });
});

describe('key sequences', () => {
  it('switches views with Tab, Shift-Tab and digits', async () => {
    const app = await open();
    await app.press('tab');
    expect(app.frame()).toContain('[2 Chapters]');
    await app.press('shift+tab', 'shift+tab');
    expect(app.frame()).toContain('[8 Sources]');
    await app.press('5');
    expect(app.frame()).toContain('[5 Trade]');
  });

  it('scrolls the timeline with j, k, G and g, keeping the selection on screen', async () => {
    const app = await open({ columns: 80, rows: 16 });
    await app.press('3', 'j', 'j', 'down');
    expect(app.frame()).toContain(`› ${formatDate(events[3]?.date ?? '', { short: true })}`);
    expect(app.frame()).toContain(`4 of ${events.length}`);
    await app.press('G');
    const last = [...events].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    expect(app.frame().replace(/\s+/g, ' ')).toContain(last?.title ?? '');
    expect(app.frame()).toContain(`${events.length} of ${events.length}`);
    await app.press('k', 'g');
    expect(app.frame()).toContain(`1 of ${events.length}`);
  });

  it('filters the timeline with /, keeps it with Enter and clears it with Esc', async () => {
    const app = await open();
    await app.press('3', '/');
    await app.type('geneva');
    const matching = events.filter((e) =>
      `${e.title} ${e.summary} ${e.place ?? ''}`.toLowerCase().includes('geneva'),
    );
    expect(app.frame()).toContain('/ geneva');
    expect(app.frame()).toContain(`of ${events.length} events`);
    expect(app.frame()).not.toContain(events[0]?.title ?? '');
    await app.press('enter');
    expect(app.frame()).toContain('filter “geneva”');
    expect(matching.length).toBeGreaterThan(0);
    await app.press('escape');
    expect(app.frame()).toContain(events[0]?.title ?? '');
  });

  it('opens a claim’s working with Enter and goes back with Esc', async () => {
    const app = await open({ columns: 100, rows: 30 });
    await app.press('7', 'enter');
    const first = claims[0];
    expect(app.frame()).toContain('Formula');
    expect(app.frame()).toContain(first?.formula.slice(0, 30) ?? '');
    expect(app.frame()).toContain(`claim 1 of ${claims.length}`);
    await app.press('n');
    expect(app.frame()).toContain(`claim 2 of ${claims.length}`);
    expect(app.frame()).toContain(claims[1]?.formula.slice(0, 30) ?? '');
    await app.press('escape');
    expect(app.frame()).toContain(`2 of ${claims.length}`);
    expect(app.frame()).not.toContain('Formula');
  });

  it('moves the tariff date with [ and ] and redraws both stacks', async () => {
    const dates = tariffDayDates(dataset);
    const app = await open({ columns: 120, rows: 40 });
    await app.press('4');
    // The latest verified day, after the last change.
    expect(app.frame()).toContain(`In force on ${short(dayView().date)}`);
    expect(app.frame()).toContain('between actions');
    await app.press('[', '[', '[');
    const date = dates.at(-3) ?? '';
    expect(app.frame()).toContain(`In force on ${short(date)}`);
    expect(app.frame()).toContain(`action ${dates.length - 2} of ${dates.length}`);
    expect(app.frame()).toContain(`all goods ${dayView(date).sides[0].allGoods.text}`);
    await app.press(']');
    expect(app.frame()).toContain(`In force on ${short(dates.at(-2) ?? '')}`);
  });

  it('shows any day typed with d, today too, marked when after the verified data', async () => {
    const app = await open({ columns: 100, rows: 30 });
    await app.press('4', 'd');
    expect(app.frame()).toContain('Day: ');
    await app.write('2026-13-01\r');
    expect(app.lines().at(-1)).toContain('has no month 13');
    await app.write('\u007f\u007f\u007f\u007f\u007f12-01\r');
    expect(app.frame()).toContain('1 Dec 2026: as on 9 Nov 2026');
    expect(app.frame()).toContain('after the verified data');
    expect(app.frame()).toContain(dayView('2026-12-01').afterData?.note.slice(0, 40));
  });

  it('goes from an event to the tariffs in force that day with t', async () => {
    const app = await open({ columns: 100, rows: 30 });
    const event = events.find((e) => e.date.length === 10);
    await app.press('3', '/');
    await app.type(event?.title ?? '');
    await app.press('enter', 'enter', 't');
    expect(app.frame()).toContain('[4 Tariffs]');
    expect(app.frame()).toContain(`In force on ${short(event?.date ?? '')}`);
  });

  it('goes back with Esc to the event it came from after t, then to the view before', async () => {
    const app = await open({ columns: 100, rows: 30 });
    const event = events.find((e) => e.date.length === 10);
    await app.press('3', '/');
    await app.type(event?.title ?? '');
    await app.press('enter', 'enter', 't');
    expect(app.frame()).toContain('[4 Tariffs]');
    expect(app.frame()).toContain('Esc back to Timeline');
    await app.press('escape');
    expect(app.frame()).toContain('[3 Timeline]');
    expect(app.frame()).toContain(event?.title ?? '');
    expect(app.frame()).toContain('‹ Esc back');
    await app.press('escape', 'escape');
    expect(app.frame()).toContain('[3 Timeline]');
    expect(app.frame()).not.toContain('filter “');
    await app.press('escape');
    expect(app.frame()).toContain('[1 Overview]');
    // Nowhere left to go back to: the footer no longer offers Esc.
    expect(app.lines().at(-1)).not.toContain('Esc');
  });

  it('shows only the keys that work: no Esc at the start, no q while typing', async () => {
    const app = await open({ columns: 100, rows: 30 });
    const footer = () => app.lines().at(-1) ?? '';
    expect(footer()).not.toContain('Esc');
    expect(footer()).toContain('q quit');
    await app.press('3', '/');
    expect(footer()).not.toContain('q quit');
    expect(footer()).toContain('Esc clear');
    await app.press('escape', '4');
    expect(footer()).toContain('[ earlier');
    expect(footer()).not.toContain('] later');
  });

  it('uses every row of the terminal', async () => {
    for (const [columns, rows] of [
      [40, 16],
      [80, 24],
    ] as const) {
      const app = await open({ columns, rows });
      expect(app.lines()).toHaveLength(rows);
      expect(app.lines().at(-1)).toContain('quit');
      app.unmount();
    }
  });

  it('opens on the day given with --date', async () => {
    const { peak } = o.tariffs[0];
    const app = await open({ columns: 100, rows: 30, date: peak.date ?? '', view: 'tariffs' });
    expect(app.frame()).toContain(`In force on ${short(peak.date ?? '')}`);
    expect(app.frame()).toContain(`all goods ${peak.text}`);
  });

  it('shows help drawn from the key table, and closes it', async () => {
    const app = await open({ columns: 80, rows: 60 });
    await app.press('?');
    expect(app.frame()).toContain('EVERYWHERE');
    expect(app.frame()).toContain('Move the date to the previous tariff action');
    await app.press('escape');
    expect(app.frame()).not.toContain('EVERYWHERE');
  });

  it('re-lays out on resize and says when the terminal is too small', async () => {
    const app = await open({ columns: 140, rows: 40 });
    await app.press('4');
    expect(app.frame()).toMatch(/U\.S\. TARIFFS ON GOODS FROM CHINA +CHINA’S TARIFFS/);
    await app.resize({ columns: 60, rows: 20 });
    expect(app.frame()).not.toMatch(/U\.S\. TARIFFS ON GOODS FROM CHINA +CHINA’S TARIFFS/);
    expectFits(app.lines(), 60, 20);
    await app.resize({ columns: 36, rows: 10 });
    expect(app.frame()).toContain('terminal too small (need 40×12)');
    expect(app.frame()).toContain('now 36×10');
    await app.resize({ columns: 80, rows: 24 });
    expect(app.frame()).toContain('[4 Tariffs]');
  });

  it('takes keys that arrive together one by one', async () => {
    const app = await open();
    await app.press('3jj');
    expect(app.frame()).toContain(`3 of ${events.length}`);
  });
});

describe('the mouse wheel', () => {
  it('scrolls a list and a page', async () => {
    const app = await open();
    await app.press('3');
    await app.write('\u001b[<65;10;10M\u001b[<65;10;10M');
    expect(app.frame()).toContain(`3 of ${events.length}`);
    await app.write('\u001b[<64;10;10M');
    expect(app.frame()).toContain(`2 of ${events.length}`);
    await app.press('1');
    await app.write('\u001b[<65;10;10M');
    expect(app.lines().at(-1)).toMatch(/4–\d+ of \d+/);
  });
});

describe('links', () => {
  it('o opens the selected source, y copies its address, the footer says so', async () => {
    const opened: string[] = [];
    const copied: string[] = [];
    const effects = {
      openUrl: (url: string) => opened.push(url),
      copy: (text: string) => copied.push(text),
      suspend: () => {},
    };
    const app = await open({ columns: 100, rows: 30, effects });
    const index = refs.findIndex((s) => s.href);
    const source = refs[index];
    await app.press('8', ...Array.from({ length: index }, () => 'j'));
    expect(app.lines().at(-1)).toContain('o open link');
    await app.press('o');
    expect(opened).toEqual([source?.href]);
    expect(app.lines().at(-1)).toContain('Opening the link');
    await app.press('y');
    expect(copied).toEqual([source?.href]);
    await app.press('enter');
    expect(app.frame()).toContain(source?.href?.slice(0, 30) ?? '');
  });

  it('marks the source o and y act on in an open event, and l moves the mark', async () => {
    // An event whose first two sources have a page read, the first with no original.
    const sourcesOf = (e: (typeof events)[number]) => [
      ...new Map(
        [
          ...e.sources,
          ...e.figures.flatMap((f) => f.sources),
          ...e.statements.flatMap((x) => x.sources),
        ].map((r) => [r.id, r]),
      ).values(),
    ];
    const index = events.findIndex((e) => {
      const [a, b] = sourcesOf(e);
      return a?.href && !a.original && b?.href;
    });
    const event = events[index];
    if (event === undefined) throw new Error('no event with two sources read');
    const [first, second] = sourcesOf(event);
    const app = await open({ columns: 120, rows: 60 });
    await app.press('3', ...Array.from({ length: index }, () => 'j'), 'enter');
    expect(app.frame()).toContain(`› ${first?.label}`);
    await app.press('l');
    expect(app.frame()).toContain(`› ${second?.label}`);
    expect(app.frame()).toContain(`• ${first?.label}`);
  });

  it('names a source by who said it and where it was read, with its original', async () => {
    const index = refs.findIndex((r) => r.via !== undefined && r.original !== undefined);
    const ref = refs[index];
    const app = await open({ columns: 120, rows: 60 });
    await app.press('8', ...Array.from({ length: index }, () => 'j'), 'enter');
    expect(app.frame()).toContain(ref?.label);
    expect(app.frame()).toContain('Original');
    expect(app.frame()).toContain(ref?.original?.href.slice(0, 40));
    if (!ref?.original?.read) expect(app.frame()).toContain('not read');
  });

  it('shows an address whole, wrapped on rows of its own, at 40 columns', async () => {
    const app = await open({ columns: 40, rows: 40 });
    const long = refs.findIndex((s) => (s.href?.length ?? 0) > 60);
    await app.press('8', ...Array.from({ length: long }, () => 'j'), 'enter');
    const url = refs[long]?.href ?? '';
    const joined = app
      .lines()
      .map((l) => l.trim())
      .join('');
    expect(joined).toContain(url);
    expect(app.frame()).not.toContain('…');
  });
});

describe('keys that arrive in one read', () => {
  const total = events.length;
  it('\\t\\t: two Tabs go two views on', async () => {
    const app = await open();
    await app.write('\t\t');
    expect(app.frame()).toContain('[3 Timeline]');
  });
  it('j\\r: moves, then opens the item it moved to', async () => {
    const app = await open({ columns: 100, rows: 30 });
    await app.press('3');
    await app.write('j\r');
    expect(app.frame()).toContain(`event 2 of ${total}`);
  });
  it('abc\\x7f: types, then deletes one', async () => {
    const app = await open();
    await app.press('3', '/');
    await app.write('abc\u007f');
    expect(app.frame()).toContain('/ ab');
  });
  it('\\x7f\\x7f: deletes two', async () => {
    const app = await open();
    await app.press('3', '/');
    await app.type('tariff');
    await app.write('\u007f\u007f');
    expect(app.frame()).toContain('/ tari▏');
  });
  it('an arrow sequence and a letter: both keys', async () => {
    const app = await open();
    await app.press('3');
    await app.write('\u001b[Bj');
    expect(app.frame()).toContain(`3 of ${total}`);
  });
  it('a bracketed paste goes into the filter as text, shortcuts and all', async () => {
    const app = await open();
    await app.press('3', '/');
    await app.write('\u001b[200~geneva\u001b[201~');
    expect(app.frame()).toContain('/ geneva');
    expect(app.frame()).toContain('[3 Timeline]');
  });
  it('a paste in a list starts its filter; pasted q does not quit', async () => {
    const app = await open();
    await app.press('3');
    await app.write('\u001b[200~q1\u001b[201~');
    expect(app.frame()).toContain('/ q1');
    expect(app.frameCount()).toBeGreaterThan(0);
    await app.press('escape');
    expect(app.frame()).toContain(`1 of ${total}`);
  });
  it('a paste outside a list does nothing', async () => {
    const app = await open();
    await app.write('\u001b[200~3q\u001b[201~');
    expect(app.frame()).toContain('[1 Overview]');
  });

  it('quits with q, and then draws no more', async () => {
    const app = await open();
    await app.press('q');
    const frames = app.frameCount();
    await app.press('3', 'tab');
    expect(app.frameCount()).toBe(frames);
  });

  it('quits with Ctrl+C, even while typing a filter', async () => {
    const app = await open();
    await app.press('3', '/', 'ctrl+c');
    const frames = app.frameCount();
    await app.press('x');
    expect(app.frameCount()).toBe(frames);
  });
});
