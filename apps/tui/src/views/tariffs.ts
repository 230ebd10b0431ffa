import {
  type LayerView,
  latestTariffDay,
  PROGRAM_LABELS,
  type SideDayView,
  tariffDay,
  tariffDayDates,
  tariffSteps,
} from '@tradetalks/core';
import { tariffBody, tariffHeader, tariffLines } from '../content/tariffs';
import {
  legalJson,
  metaJson,
  type SourceBook,
  scheduledJson,
  sourceBook,
} from '../json/json-parts';
import {
  arrayOf,
  boolean,
  documentSchema,
  economy,
  ids,
  isoDate,
  legal,
  nullable,
  nullableString,
  number,
  object,
  rateRangePct,
  scheduled,
  string,
  strings,
} from '../json/schema-parts';
import { type Line, seg, spread } from '../lines/line';
import { FIRST_TARIFF_DAY, tariffDayOn } from '../model/story';
import type { AppState } from '../state/app-state';
import type { StateEnv } from '../state/state-env';
import type { PageEntry } from './view-entry';

/** The day moved to the tariff action before or after it, the page kept in range. */
const stepDate =
  (direction: 'previous' | 'next') =>
  (state: AppState, env: StateEnv): AppState => {
    const date = env.dates[direction](state.tariffDate);
    if (date === undefined) return state;
    return keepInRange({ ...state, tariffDate: date }, env);
  };

const keepInRange = (state: AppState, env: StateEnv): AppState => {
  const { maxScroll } = env.pane('tariffs', state);
  return {
    ...state,
    scroll: { ...state.scroll, tariffs: Math.min(state.scroll.tariffs, maxScroll) },
  };
};

/** The day typed shown, if core reads it as one; else the reason, and the typing goes on. */
const showTypedDate = (state: AppState, env: StateEnv): AppState => {
  if (state.dateDraft === undefined) return state;
  const checked = env.dates.check(state.dateDraft);
  if (!checked.ok) return { ...state, notice: checked.reason };
  return keepInRange({ ...state, tariffDate: checked.date, dateDraft: undefined }, env);
};

/** While a day is typed: what is typed so far, and what Enter will do. */
const draftLine = (draft: string, width: number): Line =>
  spread(
    [seg('Day: ', 'key', true), seg(draft), seg('▏', 'accent')],
    [seg(`YYYY-MM-DD, from ${FIRST_TARIFF_DAY} on`, 'muted')],
    width,
  );

const layerJson = (l: LayerView, book: SourceBook) => ({
  layerId: l.id,
  name: l.name,
  program: l.program,
  programLabel: l.programLabel,
  scope: l.scope,
  covers: l.covers ?? null,
  ratePct: l.rate ?? null,
  rateText: l.rateText,
  since: l.since,
  measureId: l.measureId,
  action: l.action,
  coverageUsdBn: l.coverageUsdBn ?? null,
  notes: l.notes,
  legal: legalJson(l.legal, book),
  sourceIds: book.ids(l.sources),
});

const sideJson = (side: SideDayView, date: string, book: SourceBook) => ({
  imposedBy: side.side,
  on: side.on,
  title: side.title,
  date,
  allGoodsPct: side.allGoods.rate,
  allGoodsText: side.allGoods.text,
  highestOnListedGoodsPct: side.highestOnListedGoods.rate,
  highestOnListedGoodsText: side.highestOnListedGoods.text,
  highestListedLayer: side.highestOnListedGoods.layerName ?? null,
  listedSummary: side.listedSummary ?? null,
  layers: side.layers.map((l) => layerJson(l, book)),
  unknownRateLayers: side.unknownRateLayers,
  inForce: { from: side.stretch.from, to: side.stretch.to },
  changedOnDate: side.changedOnDate,
  previous: side.previous
    ? {
        date: side.previous.date,
        allGoodsText: side.previous.allGoodsText,
        changePp: side.previous.changePp,
      }
    : null,
  scope: side.scope,
  sourceIds: book.ids(side.sources),
});

const stackSchema = object({
  imposedBy: economy,
  on: economy,
  title: string,
  date: { ...isoDate, description: 'the day whose stack this is (stacksOn)' },
  allGoodsPct: rateRangePct,
  allGoodsText: string,
  highestOnListedGoodsPct: rateRangePct,
  highestOnListedGoodsText: string,
  highestListedLayer: nullableString,
  listedSummary: nullableString,
  layers: arrayOf(
    object({
      layerId: string,
      name: string,
      program: { enum: Object.keys(PROGRAM_LABELS) },
      programLabel: string,
      scope: { enum: ['all-goods', 'listed-goods'] },
      covers: nullableString,
      ratePct: nullable(rateRangePct),
      rateText: string,
      since: isoDate,
      measureId: string,
      action: string,
      coverageUsdBn: nullable(number),
      notes: strings,
      legal,
      sourceIds: ids,
    }),
  ),
  unknownRateLayers: strings,
  inForce: object({ from: isoDate, to: isoDate }),
  changedOnDate: boolean,
  previous: nullable(object({ date: isoDate, allGoodsText: string, changePp: number })),
  scope: object({ includes: strings, excludes: strings }),
  sourceIds: ids,
});

const step = object({
  date: isoDate,
  allGoodsPct: rateRangePct,
  highestOnListedGoodsPct: rateRangePct,
});

export const tariffs: PageEntry<'tariffs', 'tariffs'> = {
  id: 'tariffs',
  kind: 'page',
  title: 'Tariffs',
  command: {
    name: 'tariffs',
    summary: `the tariff stacks both ways on a day (--date, any day from ${FIRST_TARIFF_DAY}), layer by layer`,
    options: ['date'],
    examples: [
      ['tradetalks tariffs', 'both stacks on the latest verified day'],
      ['tradetalks tariffs --date 2025-04-10', 'both stacks on 10 April 2025, layer by layer'],
      [
        'tradetalks tariffs --date 2025-04-10 --json | jq \'.stacks[] | select(.imposedBy == "US") | .allGoodsPct.maxPct\'',
        'one number: the U.S. all-goods rate on that day, in percent',
      ],
      [
        "tradetalks tariffs --date $(date -u +%F) --json | jq '{afterVerifiedData, lastVerified}'",
        'today: the last verified stacks, marked as such',
      ],
    ],
  },
  scopes: ['tariffs'],
  handlers: {
    'previous-date': stepDate('previous'),
    'next-date': stepDate('next'),
    zoom: (state) => ({ ...state, tariffZoom: !state.tariffZoom }),
    'type-date': (state) => ({ ...state, dateDraft: '' }),
    'date-done': showTypedDate,
    'date-cancel': (state) => ({ ...state, dateDraft: undefined }),
    'date-delete': (state) =>
      state.dateDraft === undefined || state.dateDraft === ''
        ? state
        : { ...state, dateDraft: [...state.dateDraft].slice(0, -1).join('') },
  },
  header: (dataset, state, width) => [
    state.dateDraft === undefined
      ? tariffHeader(dataset, state.tariffDate, width)
      : draftLine(state.dateDraft, width),
  ],
  body: (dataset, state, { width, height }) =>
    tariffBody(dataset, state.tariffDate, state.today, width, { zoom: state.tariffZoom, height }),
  bodyKey: (state) => `${state.tariffDate}|${state.tariffZoom}`,
  print: (dataset, { date, today }, width) =>
    tariffLines(dataset, date ?? latestTariffDay(dataset), today, width),
  warning: (dataset, { date }) =>
    date === undefined ? undefined : tariffDayOn(dataset, date).afterData?.note,
  json: (dataset, { date, today }) => {
    const result = tariffDay(dataset, date);
    if (!result.ok) throw new RangeError(result.reason);
    const { view } = result;
    const book = sourceBook();
    return {
      ...metaJson('tariffs', dataset, today),
      date: view.date,
      stacksOn: view.stacksOn,
      afterVerifiedData: view.afterData !== undefined,
      lastVerified: view.coverage.bothVerifiedThrough,
      afterDataNote: view.afterData?.note ?? null,
      scheduled: (view.afterData?.scheduled ?? []).map((s) => scheduledJson(s, book)),
      coverage: { from: view.coverage.from, verifiedThrough: view.coverage.verifiedThrough },
      stacks: view.sides.map((side) => sideJson(side, view.stacksOn, book)),
      changes: view.changes.map((c) => ({
        imposedBy: c.side,
        measureId: c.measureId,
        layer: c.layerName,
        action: c.action,
        rateText: c.rateText,
        sourceIds: book.ids(c.sources),
      })),
      events: view.events,
      previousDate: view.previousDate ?? null,
      nextDate: view.nextDate ?? null,
      changeDates: tariffDayDates(dataset),
      steps: Object.fromEntries(
        view.sides.map((side) => [
          side.side,
          tariffSteps(dataset, side.side).map((s) => ({
            date: s.date,
            allGoodsPct: s.allGoods,
            highestOnListedGoodsPct: s.highestOnListedGoods,
          })),
        ]),
      ),
      sources: book.list(),
    };
  },
  schema: documentSchema(
    'tariffs',
    'The additional tariffs in force on a day, both ways, layer by layer with each layer’s standing in law, and how each side’s rates changed over time. A day after the verified data gets the last verified stacks, flagged.',
    {
      date: { ...isoDate, description: 'the day asked for' },
      stacksOn: {
        ...isoDate,
        description: 'the day whose stacks are shown: date, or lastVerified',
      },
      afterVerifiedData: {
        ...boolean,
        description: 'true when date is after the verified data: the stacks are lastVerified’s',
      },
      lastVerified: { ...isoDate, description: 'the last day both stacks are verified' },
      afterDataNote: nullableString,
      scheduled: {
        ...arrayOf(scheduled),
        description: 'changes due between lastVerified and date, whose outcome is not established',
      },
      coverage: object({
        from: isoDate,
        verifiedThrough: object({ US: isoDate, CN: isoDate }),
      }),
      stacks: arrayOf(stackSchema, { minItems: 2, maxItems: 2 }),
      changes: arrayOf(
        object({
          imposedBy: economy,
          measureId: string,
          layer: string,
          action: string,
          rateText: string,
          sourceIds: ids,
        }),
      ),
      events: arrayOf(object({ id: string, title: string })),
      previousDate: nullable(isoDate),
      nextDate: nullable(isoDate),
      changeDates: arrayOf(isoDate),
      steps: object({ US: arrayOf(step), CN: arrayOf(step) }),
    },
  ),
};
