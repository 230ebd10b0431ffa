import {
  type Dataset,
  type SideDayView,
  type TariffDayView,
  tariffDay,
  tariffDayDates,
} from '@tradetalks/core';
import type { ChartTable } from '../chart-csv';
import { dateColumn, pctColumn, textColumn, usdBnColumn } from '../columns';

/** The CSV and table id of one side's stack on a change day. */
export const stackTableId = (day: TariffDayView, side: SideDayView): string =>
  `tariff-stack-${side.side.toLowerCase()}-${day.stacksOn}`;

/** The layers of one side's stack on a day as a table (and CSV): what it is made of, and its law. */
export const stackTable = (day: TariffDayView, side: SideDayView): ChartTable => ({
  id: stackTableId(day, side),
  title: `${side.title}, ${side.stretch.text}`,
  columns: [
    textColumn('layer', 'Layer', 'The line of duty'),
    textColumn('applies_to', 'Applies to', 'All goods, or the goods on its product list'),
    pctColumn('rate_min_pct', 'Rate, low', 'Additional duty, low end of the range'),
    pctColumn('rate_max_pct', 'Rate, high', 'Additional duty, high end of the range'),
    usdBnColumn('coverage_usd_bn', 'Goods covered', 'Trade the measure covered when announced'),
    dateColumn('effective_on', 'Since', 'Date this rate took effect'),
    textColumn('measure', 'Set by', 'The measure that set the rate'),
    textColumn(
      'legal_status',
      'In law',
      'Where the layer stands in law, as the courts later found',
    ),
  ],
  rows: side.layers.map((l) => [
    l.name,
    l.scopeLabel,
    l.rate?.minPct,
    l.rate?.maxPct,
    l.coverageUsdBn,
    l.since,
    l.action,
    l.legal?.label,
  ]),
});

/** Both sides' tables on every day a stack changed, for the CSV downloads of the day pages. */
export const allStackTables = (data: Dataset): readonly ChartTable[] =>
  tariffDayDates(data).flatMap((date) => {
    const result = tariffDay(data, date);
    return result.ok ? result.view.sides.map((side) => stackTable(result.view, side)) : [];
  });

/**
 * The text alternative of one side's stack: the sum, what it is made of, the change from the
 * side's previous state, and what the product lists charged beside a 0%.
 */
export const describeSide = (side: SideDayView): string => {
  const parts = side.layers
    .filter((l) => l.scope === 'all-goods' && l.rate)
    .map((l) => `${l.rateText} ${l.name}`);
  let text = `${side.stretch.text}: ${side.title}, ${side.allGoods.text} on all goods`;
  if (parts.length > 0) text += ` (${parts.join(' + ')})`;
  if (side.previous) {
    text +=
      side.previous.changePp === 0
        ? ', unchanged'
        : `, ${side.previous.changePp > 0 ? 'up' : 'down'} from ${side.previous.allGoodsText} (${side.previous.changeText})`;
  }
  text += '.';
  if (side.highestOnListedGoods.layerName) {
    text += ` A listed good paid up to ${side.highestOnListedGoods.text} (${side.highestOnListedGoods.layerName}).`;
  }
  if (side.listedSummary) text += ` ${side.listedSummary}.`;
  return text;
};
