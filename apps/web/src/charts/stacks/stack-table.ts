import { type Dataset, formatDate, formatPercent, formatRate } from '@tradetalks/core';
import { type SideState, sideStates } from '@/models/tariffs/stack-states';
import type { ChartTable } from '../chart-csv';
import { dateColumn, pctColumn, textColumn, usdBnColumn } from '../columns';
import { direction } from '../describe';

/** The explorer's dates read as its control's label does: "10 Nov 2025". */
const SHORT = { short: true } as const;

export const SIDE_TITLES = {
  US: 'U.S. tariffs on goods from China',
  CN: 'China’s tariffs on goods from the U.S.',
} as const;

export const stackChartId = (state: SideState): string =>
  `tariff-stack-${state.side.toLowerCase()}-${state.from}`;

export const SCOPE_LABELS = {
  'all-goods': 'All goods',
  'listed-goods': 'Goods on its list',
} as const;

/** The layers of one stretch as a table (and CSV): what the stack is made of. */
export const stackTable = (state: SideState): ChartTable => ({
  id: stackChartId(state),
  title: `${SIDE_TITLES[state.side]}, ${formatDate(state.from)} to ${formatDate(state.to)}`,
  columns: [
    textColumn('layer', 'Layer', 'The line of duty'),
    textColumn('applies_to', 'Applies to', 'All goods, or the goods on its product list'),
    pctColumn('rate_min_pct', 'Rate, low', 'Additional duty, low end of the range'),
    pctColumn('rate_max_pct', 'Rate, high', 'Additional duty, high end of the range'),
    usdBnColumn('coverage_usd_bn', 'Goods covered', 'Trade the measure covered when announced'),
    dateColumn('effective_on', 'Since', 'Date this rate took effect'),
    textColumn('measure', 'Set by', 'The measure that set the rate'),
    textColumn('status', 'Status', 'verified, or conflict where sources disagree'),
  ],
  rows: state.stack.layers.map((l) => [
    l.layer.name,
    SCOPE_LABELS[l.layer.scope],
    l.rate?.minPct,
    l.rate?.maxPct,
    l.measure.coverageUsdBn,
    l.measure.effectiveOn,
    l.measure.action,
    l.measure.status,
  ]),
});

/** Every stretch of both sides, for the CSV downloads. */
export const allStackTables = (data: Dataset): readonly ChartTable[] =>
  (['US', 'CN'] as const).flatMap((side) => sideStates(data, side).map(stackTable));

/** The text alternative of one stretch: the stack, what it is made of, and the direction. */
export const describeState = (state: SideState): string => {
  const { stack, previous } = state;
  const who = state.side === 'US' ? 'the U.S.' : 'China';
  const goods = state.side === 'US' ? 'goods from China' : 'goods from the U.S.';
  const span =
    state.from === state.to
      ? `On ${formatDate(state.from)}`
      : state.current
        ? `Since ${formatDate(state.from)}`
        : `From ${formatDate(state.from)} to ${formatDate(state.to)}`;
  const allGoodsLayers = stack.layers.filter((l) => l.layer.scope === 'all-goods' && l.rate);
  const parts = allGoodsLayers.map((l) => `${formatRate(l.rate)} ${l.layer.name}`);
  let text = `${span}, ${who} charged ${formatRate(stack.allGoods)} on all ${goods}`;
  text += parts.length > 1 ? ` (${parts.join(' + ')})` : parts.length === 1 ? ` (${parts[0]})` : '';
  if (previous !== undefined) {
    const trend = direction(previous.allGoods.maxPct, stack.allGoods.maxPct);
    text +=
      trend === 'unchanged' ? ', unchanged' : `, ${trend} from ${formatRate(previous.allGoods)}`;
  }
  text += '.';
  const listed = stack.layers.filter((l) => l.layer.scope === 'listed-goods');
  if (listed.length > 0) {
    text += ` A good also on one of its ${listed.length} product lists paid up to ${formatPercent(stack.highestOnListedGoods.maxPct)}.`;
  }
  return text;
};

/** When a stretch was in force, in words: "In force from 10 Apr 2025 to 13 May 2025". */
export const periodText = (state: SideState): string => {
  if (!state.current)
    return `In force from ${formatDate(state.from, SHORT)} to ${formatDate(state.to, SHORT)}`;
  return state.from === state.to
    ? `In force from ${formatDate(state.from, SHORT)}, the latest date in the data`
    : `In force since ${formatDate(state.from, SHORT)}, still on ${formatDate(state.to, SHORT)}, the latest date in the data`;
};
