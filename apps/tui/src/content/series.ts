import { type Dataset, formatDate, type SeriesView, storySeries } from '@tradetalks/core';
import { bar, divergingBar } from '../charts/bar';
import {
  BLANK,
  besidePrefix,
  type Line,
  lineWidth,
  paragraph,
  seg,
  truncateLine,
  wrapLine,
} from '../lines/line';
import { pad } from '../text/width';
import { heading, sourcesLines } from './parts';

const DATE = 14;
const VALUE = 8;
/** Cells kept for a point's vintage beside it; below this much room it goes under the point. */
const VINTAGE = 30;

const short = (period: string) => formatDate(period, { short: true });

/** The series' points as rows: date, value, a bar, and (where given) the estimate it is. */
const pointRows = (
  series: SeriesView,
  width: number,
  barOf: (value: number) => string,
  extra: (period: string) => string = () => '',
): Line[] =>
  series.points.flatMap((p) => {
    const vintage = [p.vintage, p.releasedOn ? `released ${short(p.releasedOn)}` : undefined]
      .filter((v) => v !== undefined)
      .join(', ');
    const row: Line = [
      seg(pad(`  ${short(p.period)}`, DATE)),
      seg(pad(p.text, VALUE, 'right'), 'plain', true),
      seg(' '),
      seg(barOf(p.value), 'accent'),
      seg(extra(p.period), 'muted'),
    ];
    if (vintage === '') return [truncateLine(row, width)];
    const used = lineWidth(row) + 2;
    if (width - used >= VINTAGE) return besidePrefix(row, used, [seg(vintage, 'muted')], width);
    return [
      truncateLine(row, width),
      ...wrapLine([seg(vintage, 'muted')], width - DATE - 2).map((l) => [
        seg(' '.repeat(DATE + 2)),
        ...l,
      ]),
    ];
  });

/** A series' title, how it is measured, and who made it how, above its rows. */
const seriesHead = (series: SeriesView, width: number): Line[] => [
  ...heading(series.title, '', width),
  ...paragraph(series.basis, width, 'muted', 2),
  ...(series.method ? paragraph(`Method: ${series.method}`, width, 'muted', 2) : []),
];

/** The Series view: U.S. GDP growth, China's PMI, the average tariffs by estimator. */
export const seriesLines = (dataset: Dataset, width: number): Line[] => {
  const s = storySeries(dataset);
  // The bars take what the row has left after the date, the value and the vintage beside it.
  const room =
    width - DATE - VALUE - 2 - (width >= DATE + VALUE + 2 + 24 + VINTAGE ? VINTAGE + 2 : 0);
  const half = Math.max(4, Math.min(16, Math.floor((room - 1) / 2)));
  const gdpScale = Math.max(...s.gdpGrowth.points.map((p) => Math.abs(p.value)));
  const threshold = s.pmi.threshold ?? 0;
  const pmiScale = Math.max(...s.pmi.points.map((p) => Math.abs(p.value - threshold)));
  const expected = new Map(s.pmiExpected.points.map((p) => [p.period, p.text]));
  const averages = Object.values(s.averageTariff);
  const tariffScale = Math.max(...averages.flatMap((a) => a.points.map((p) => p.value)));
  const tariffBar = Math.max(4, Math.min(30, room));
  return [
    ...seriesHead(s.gdpGrowth, width),
    ...pointRows(s.gdpGrowth, width, (v) => divergingBar(v, gdpScale, half)),
    ...sourcesLines(
      s.gdpGrowth.points.flatMap((p) => p.sources),
      width,
    ),
    BLANK,
    ...seriesHead(s.pmi, width),
    ...paragraph(
      `The bars run from the ${s.pmi.threshold ?? 0} line; “exp” is the analysts’ expectation (${s.pmiExpected.basis}).`,
      width,
      'muted',
      2,
    ),
    ...pointRows(
      s.pmi,
      width,
      (v) => divergingBar(v - threshold, pmiScale, half),
      (period) => {
        const e = expected.get(period);
        return e === undefined ? '' : `  exp ${e}`;
      },
    ),
    ...sourcesLines(
      [...s.pmi.points, ...s.pmiExpected.points].flatMap((p) => p.sources),
      width,
    ),
    ...averages.flatMap((series) => [
      BLANK,
      ...seriesHead(series, width),
      ...(series.note ? paragraph(series.note, width, 'muted', 2) : []),
      ...pointRows(series, width, (v) => bar(v, tariffScale, tariffBar).padEnd(tariffBar)),
      ...sourcesLines(
        series.points.flatMap((p) => p.sources),
        width,
      ),
    ]),
  ];
};
