// The Tariffs view's charts: one side's all-goods rate over time drawn as steps, and the key
// to the glyphs its bars and charts use.
import {
  type Dataset,
  type Economy,
  formatDate,
  formatPercent,
  type SideDayView,
  type TariffDayView,
  tariffScaleMaxPct,
  tariffSteps,
} from '@tradetalks/core';
import { BAR_GLYPHS } from '../charts/bar';
import { STEP_GLYPHS, stepChart, yearTicks } from '../charts/step-chart';
import { type Line, seg, type Tone, truncateLine } from '../lines/line';
import { textWidth } from '../text/width';

const short = (date: string) => formatDate(date, { short: true });
export const sideTone = (side: Economy): Tone => (side === 'US' ? 'us' : 'cn');

/** The days a chart spans: all the data, or zoomed, the year of the day shown. */
const chartRange = (view: TariffDayView, zoom: boolean): { from: string; to: string } => {
  const { from, bothVerifiedThrough } = view.coverage;
  if (!zoom) return { from, to: bothVerifiedThrough };
  const year = view.stacksOn.slice(0, 4);
  const end = `${year}-12-31`;
  return { from: `${year}-01-01`, to: end < bothVerifiedThrough ? end : bothVerifiedThrough };
};

/** The first of each month from `from` to `to`, labelled as every short date spells it. */
const monthTicks = (from: string, to: string): { date: string; label: string }[] => {
  const year = from.slice(0, 4);
  const last = Number(to.slice(5, 7));
  return Array.from({ length: last }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { date: `${month}-01`, label: short(month).split(' ')[0] ?? '' };
  });
};

/** One side's all-goods rate over time, with its highest listed-goods rate, and the day marked. */
export const historyLines = (
  dataset: Dataset,
  view: TariffDayView,
  side: SideDayView,
  peak: { value: number; text: string } | undefined,
  { width, height, zoom }: { width: number; height: number; zoom: boolean },
): Line[] => {
  const range = chartRange(view, zoom);
  return [
    truncateLine(
      [
        seg(`${side.shortTitle} over time`, 'heading'),
        seg(zoom ? `  in ${view.stacksOn.slice(0, 4)}` : '', 'muted'),
      ],
      width,
    ),
    ...stepChart({
      steps: tariffSteps(dataset, side.side).map((s) => ({
        date: s.date,
        value: s.allGoods.maxPct,
        upper: s.highestOnListedGoods.maxPct,
      })),
      from: range.from,
      to: range.to,
      ticks: zoom ? monthTicks(range.from, range.to) : yearTicks(range.from, range.to),
      width,
      height,
      scale: tariffScaleMaxPct(dataset),
      formatValue: (v) => formatPercent(v),
      marker: { date: view.stacksOn, label: short(view.stacksOn) },
      // The axis names the rate on the day shown and the all-goods peak, where they sit.
      marks: [
        { value: side.allGoods.rate.maxPct, label: side.allGoods.text },
        ...(peak ? [{ value: peak.value, label: peak.text }] : []),
      ],
      tone: sideTone(side.side),
    }),
  ];
};

/** What the glyphs mean, each entry whole, as many on a row as fit. */
export const legend = (width: number): Line[] => {
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
