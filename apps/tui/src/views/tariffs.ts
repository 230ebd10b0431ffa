import { STACK_SCOPE, tariffChangeDates, tariffStackOn, tariffSteps } from '@tradetalks/core';
import { tariffBody, tariffHeader, tariffLines } from '../content/tariffs';
import { metaJson, stackJson } from '../json/json-parts';
import {
  arrayOf,
  documentSchema,
  ids,
  isoDate,
  object,
  rateRangePct,
  stack,
} from '../json/schema-parts';
import { SIDES } from '../model/economies';
import type { AppState } from '../state/app-state';
import type { StateEnv } from '../state/state-env';
import type { PageEntry } from './view-entry';

/** The day moved to the tariff action before or after it, the page kept in range. */
const stepDate =
  (direction: 'previous' | 'next') =>
  (state: AppState, env: StateEnv): AppState => {
    const date = env.dates[direction](state.tariffDate);
    if (date === undefined) return state;
    const moved = { ...state, tariffDate: date };
    const { maxScroll } = env.pane('tariffs', moved);
    return {
      ...moved,
      scroll: { ...moved.scroll, tariffs: Math.min(moved.scroll.tariffs, maxScroll) },
    };
  };

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
    summary: 'the tariff stack both ways on a day (--date) and its history',
    options: ['date'],
    examples: [
      ['tradetalks tariffs', 'both stacks on the latest day of the data'],
      ['tradetalks tariffs --date 2025-04-10', 'both stacks on 10 April 2025, layer by layer'],
      [
        'tradetalks tariffs --date 2025-04-10 --json | jq \'.stacks[] | select(.imposedBy == "US") | .allGoodsPct.maxPct\'',
        'one number: the U.S. all-goods rate on that day, in percent',
      ],
    ],
  },
  scopes: ['tariffs'],
  handlers: {
    'previous-date': stepDate('previous'),
    'next-date': stepDate('next'),
    zoom: (state) => ({ ...state, tariffZoom: !state.tariffZoom }),
  },
  header: (dataset, state, width) => [tariffHeader(dataset, state.tariffDate, width)],
  body: (dataset, state, { width, height }) =>
    tariffBody(dataset, state.tariffDate, width, { zoom: state.tariffZoom, height }),
  bodyKey: (state) => `${state.tariffDate}|${state.tariffZoom}`,
  print: (dataset, query, width) => tariffLines(dataset, query.date, width),
  json: (dataset, { date }) => ({
    ...metaJson('tariffs', dataset),
    date,
    measuresEffectiveOnDate: dataset.tariffMeasures
      .filter((m) => m.effectiveOn === date)
      .map((m) => m.id),
    stacks: SIDES.map((side) => stackJson(tariffStackOn(dataset, side, date), STACK_SCOPE[side])),
    changeDates: tariffChangeDates(dataset),
    steps: Object.fromEntries(
      SIDES.map((side) => [
        side,
        tariffSteps(dataset, side).map((s) => ({
          date: s.date,
          allGoodsPct: s.allGoods,
          highestOnListedGoodsPct: s.highestOnListedGoods,
        })),
      ]),
    ),
  }),
  schema: documentSchema(
    'tariffs',
    'The additional tariffs in force on a day, both ways, layer by layer, and how each side’s rates changed over time.',
    {
      date: isoDate,
      measuresEffectiveOnDate: ids,
      stacks: arrayOf(stack, { minItems: 2, maxItems: 2 }),
      changeDates: arrayOf(isoDate),
      steps: object({ US: arrayOf(step), CN: arrayOf(step) }),
    },
  ),
};
