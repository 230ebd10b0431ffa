import {
  type Dataset,
  type Economy,
  formatPercent,
  formatRate,
  STACK_SCOPE,
  type StackLayer,
  type TariffStack,
  tariffChangeDates,
  tariffDateRange,
  tariffStackOn,
  tariffSteps,
} from '@tradetalks/core';
import { BAR_GLYPHS, offsetBar } from '../charts/bar';
import { STEP_GLYPHS, stepChart, yearTicks } from '../charts/step-chart';
import {
  BLANK,
  besideEachOther,
  type Line,
  paragraph,
  seg,
  spread,
  type Tone,
  truncateLine,
} from '../lines/line';
import { SHORT_NAMES, SIDES, sideTitle } from '../model/economies';
import { factsOf } from '../model/facts';
import { perDataset } from '../model/memo';
import { showDate } from '../text/dates';
import { pad, textWidth } from '../text/width';
import { wrapText } from '../text/wrap';
import { hanging, heading } from './parts';

/**
 * From this width the two sides stand side by side: each column then has room for a layer's
 * name, its rate and a bar (below it, one above the other reads better than two cramped).
 */
const SIDE_BY_SIDE = 140;
/** Below this column width a layer's bar goes on a row of its own. */
const LAYER_ROW = 44;

const sideTone = (side: Economy): Tone => (side === 'US' ? 'us' : 'cn');

/** The highest rate any stack ever reached, so bars and charts keep one scale on every day. */
export const tariffScale = perDataset((dataset) =>
  Math.max(
    ...SIDES.flatMap((side) =>
      tariffSteps(dataset, side).map((s) => s.highestOnListedGoods.maxPct),
    ),
  ),
);

/** Where `date` sits among the days either side's tariffs changed: "action 11 of 20". */
const datePosition = (dataset: Dataset, date: string): { index: number; count: number } => {
  const dates = tariffChangeDates(dataset);
  return { index: dates.indexOf(date), count: dates.length };
};

const layerRate = (l: StackLayer): string => (l.rate ? formatRate(l.rate) : 'not verified');

/** Each layer with a bar that starts where the layers under it end. */
const layerLines = (stack: TariffStack, scale: number, width: number): Line[] => {
  if (stack.layers.length === 0) return [[seg('  No additional tariffs in force.', 'muted')]];
  const tone = sideTone(stack.imposedBy);
  const narrow = width < LAYER_ROW;
  // As wide as the longest name needs, up to half the row (the rest is the rate and bar).
  const longest = Math.max(...stack.layers.map((l) => textWidth(l.layer.name)));
  const nameWidth = Math.max(16, Math.min(longest + 1, Math.floor((width - 12) / 2)));
  const barWidth = narrow ? width - 4 : width - 2 - nameWidth - 10;
  let allGoodsSoFar = 0;
  let listedShown = false;
  return stack.layers.flatMap((l): Line[] => {
    const allGoods = l.layer.scope === 'all-goods';
    const start = allGoods ? allGoodsSoFar : stack.allGoods.minPct;
    if (allGoods) allGoodsSoFar += l.rate?.minPct ?? 0;
    const drawn = l.rate ? offsetBar(start, l.rate.minPct, scale, barWidth, l.rate.maxPct) : '';
    const rate = seg(layerRate(l), l.rate ? 'plain' : 'muted', true);
    const bar = seg(drawn, allGoods ? tone : 'muted');
    const lines: Line[] = [];
    if (!allGoods && !listedShown) {
      listedShown = true;
      lines.push([seg('  on listed goods only, on top of that:', 'muted')]);
    }
    if (narrow) {
      // The name wrapped, its rate flush right on its last row, the bar on a row of its own.
      const names = wrapText(l.layer.name, width - 3 - textWidth(rate.text) - 1);
      for (const [i, name] of names.entries()) {
        lines.push(
          i === names.length - 1 ? spread([seg(`  ${name}`)], [rate], width) : [seg(`  ${name}`)],
        );
      }
      lines.push([seg('    '), bar]);
    } else {
      // The name wrapped in its column (never cut), the rate and bar beside its first row.
      const names = wrapText(l.layer.name, nameWidth - 1);
      lines.push(
        [
          seg(`  ${pad(names[0] ?? '', nameWidth)}`),
          { ...rate, text: pad(rate.text, 9, 'right') },
          seg(' '),
          bar,
        ],
        ...names.slice(1).map((name) => [seg(`  ${name}`)]),
      );
    }
    return lines;
  });
};

/** One side's stack on the day: its sums, then its layers. */
const stackLines = (stack: TariffStack, scale: number, width: number): Line[] => [
  ...heading(sideTitle(stack.imposedBy), '', width),
  ...hanging(
    [
      seg('all goods '),
      seg(formatRate(stack.allGoods), sideTone(stack.imposedBy), true),
      seg(' · up to '),
      seg(formatRate(stack.highestOnListedGoods), 'plain', true),
      seg(' on listed goods'),
    ],
    width,
  ),
  ...layerLines(stack, scale, width),
];

/** The days a chart spans: all the data, or zoomed, the year of the day shown. */
const chartRange = (
  dataset: Dataset,
  date: string,
  zoom: boolean,
): { min: string; max: string } => {
  const range = tariffDateRange(dataset);
  if (!zoom) return range;
  const year = date.slice(0, 4);
  const end = `${year}-12-31`;
  return { min: `${year}-01-01`, max: end < range.max ? end : range.max };
};

/** The first of each month from `from` to `to`, labelled "Jan", "Feb"… */
const monthTicks = (from: string, to: string): { date: string; label: string }[] => {
  const year = from.slice(0, 4);
  const last = Number(to.slice(5, 7));
  return Array.from({ length: last }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    // The month as every short date in the app spells it ("Sept", as in "1 Sept 2019").
    return {
      date: `${month}-01`,
      label: showDate(`${month}-01`).split(' ')[1] ?? '',
    };
  });
};

/** One side's all-goods rate over time, with its highest listed-goods rate, and the day marked. */
const historyLines = (
  dataset: Dataset,
  side: Economy,
  date: string,
  width: number,
  height: number,
  zoom: boolean,
  onDay: TariffStack,
): Line[] => {
  const range = chartRange(dataset, date, zoom);
  const peak = factsOf(dataset).tariffs.find((t) => t.imposedBy === side)?.peak.allGoodsPct;
  return [
    truncateLine(
      [
        seg(
          `${SHORT_NAMES[side]} on ${SHORT_NAMES[side === 'US' ? 'CN' : 'US']} over time`,
          'heading',
        ),
        seg(zoom ? `  in ${date.slice(0, 4)}` : '', 'muted'),
      ],
      width,
    ),
    ...stepChart({
      steps: tariffSteps(dataset, side).map((s) => ({
        date: s.date,
        value: s.allGoods.maxPct,
        upper: s.highestOnListedGoods.maxPct,
      })),
      from: range.min,
      to: range.max,
      ticks: zoom ? monthTicks(range.min, range.max) : yearTicks(range.min, range.max),
      width,
      height,
      scale: tariffScale(dataset),
      formatValue: (v) => formatPercent(v),
      marker: { date, label: showDate(date) },
      // The axis names the rate on the day shown and the all-goods peak, where they sit.
      marks: [
        { value: onDay.allGoods.maxPct, label: formatPercent(onDay.allGoods.maxPct) },
        ...(peak ? [{ value: peak.maxPct, label: formatPercent(peak.maxPct) }] : []),
      ],
      tone: sideTone(side),
    }),
  ];
};

/** The tariff actions that took effect on `date`, or where the day sits between them. */
const changeLines = (dataset: Dataset, date: string, width: number): Line[] => {
  const measures = dataset.tariffMeasures.filter((m) => m.effectiveOn === date);
  if (measures.length === 0) {
    const dates = tariffChangeDates(dataset);
    const before = [...dates].reverse().find((d) => d < date);
    return paragraph(
      `No tariff action took effect on this day${before ? `; the last was on ${showDate(before)}` : ''}.`,
      width,
      'muted',
      2,
    );
  }
  return measures.flatMap((m) =>
    hanging(
      [seg(`${SHORT_NAMES[m.imposedBy]}: `, sideTone(m.imposedBy), true), seg(m.action)],
      width,
    ),
  );
};

const scopeLines = (width: number): Line[] =>
  SIDES.flatMap((side) =>
    paragraph(
      `${SHORT_NAMES[side]} stack counts ${STACK_SCOPE[side].includes.join(', ')}; not ${STACK_SCOPE[side].excludes.join(', ')}.`,
      width,
      'muted',
      2,
    ),
  );

/** What the glyphs mean, each entry whole, as many on a row as fit. */
const legend = (width: number): Line[] => {
  const entries = [
    `${STEP_GLYPHS.area} all goods`,
    `${STEP_GLYPHS.upper} most on a listed good`,
    `${BAR_GLYPHS.range} a range of rates`,
    `${STEP_GLYPHS.marker}${STEP_GLYPHS.pointer} the day shown`,
  ];
  const rows: string[] = [];
  for (const entry of entries) {
    const last = rows.at(-1);
    if (last !== undefined && textWidth(`${last}  ${entry}`) <= width)
      rows[rows.length - 1] = `${last}  ${entry}`;
    else rows.push(`  ${entry}`);
  }
  return rows.map((row) => [seg(row, 'muted')]);
};

/** The day shown and where it sits among the tariff actions: the line above the Tariffs view. */
export const tariffHeader = (dataset: Dataset, date: string, width: number): Line => {
  const { index, count } = datePosition(dataset, date);
  const long = `In force on ${showDate(date)}`;
  const where = index >= 0 ? `action ${index + 1} of ${count}` : 'between actions';
  if (textWidth(long) + textWidth(where) + 1 <= width) {
    return spread([seg(long, 'heading')], [seg(where, 'muted')], width);
  }
  const short = `In force on ${showDate(date)}`;
  const brief = index >= 0 ? `${index + 1} of ${count}` : '';
  return spread([seg(short, 'heading')], [seg(brief, 'muted')], width);
};

/** The Tariffs view for one day: what changed, both stacks as layers, both histories. */
export const tariffBody = (
  dataset: Dataset,
  date: string,
  width: number,
  { zoom = false, height = 24 }: { zoom?: boolean; height?: number } = {},
): Line[] => {
  const scale = tariffScale(dataset);
  const wide = width >= SIDE_BY_SIDE;
  const column = wide ? Math.floor((width - 3) / 2) : width;
  const [us, cn] = SIDES.map((side) => tariffStackOn(dataset, side, date)) as [
    TariffStack,
    TariffStack,
  ];
  // Charts grow with the terminal: about a third of the rows each when one is above the
  // other, half when side by side, within readable bounds.
  const chartHeight = Math.max(
    4,
    Math.min(wide ? 18 : 14, Math.round(height * (wide ? 0.5 : 0.3))),
  );
  const [usHistory, cnHistory] = SIDES.map((side) =>
    historyLines(dataset, side, date, column, chartHeight, zoom, side === 'US' ? us : cn),
  ) as [Line[], Line[]];
  const stacks = wide
    ? besideEachOther(stackLines(us, scale, column), stackLines(cn, scale, column), width)
    : [...stackLines(us, scale, width), BLANK, ...stackLines(cn, scale, width)];
  const histories = wide
    ? besideEachOther(usHistory, cnHistory, width)
    : [...usHistory, BLANK, ...cnHistory];
  return [
    ...stacks,
    BLANK,
    ...heading('Took effect that day', '', width),
    ...changeLines(dataset, date, width),
    BLANK,
    ...histories,
    ...legend(width),
    BLANK,
    ...scopeLines(width),
  ];
};

/** Header and body together, for print. */
export const tariffLines = (dataset: Dataset, date: string, width: number): Line[] => [
  tariffHeader(dataset, date, width),
  ...tariffBody(dataset, date, width),
];
