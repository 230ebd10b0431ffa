import {
  type Dataset,
  formatDate,
  type LayerView,
  type SideDayView,
  type TariffDayView,
  tariffScaleMaxPct,
} from '@tradetalks/core';
import { offsetBar } from '../charts/bar';
import { BLANK, besideEachOther, type Line, labelled, paragraph, seg, spread } from '../lines/line';
import { overviewOn, tariffDayOn } from '../model/story';
import { pad, textWidth } from '../text/width';
import { wrapText } from '../text/wrap';
import { hanging, heading, sourcesLines } from './parts';
import { historyLines, legend, sideTone } from './tariff-history';

/**
 * From this width the two sides stand side by side: each column then has room for a layer's
 * name, its rate and a bar (below it, one above the other reads better than two cramped).
 */
const SIDE_BY_SIDE = 140;
/** Below this column width a layer's bar goes on a row of its own. */
const LAYER_ROW = 44;

const short = (date: string) => formatDate(date, { short: true });

/** Each layer with a bar that starts where the layers under it end, and its standing in law. */
const layerLines = (side: SideDayView, scale: number, width: number): Line[] => {
  if (side.layers.length === 0) return [[seg('  No additional tariffs in force.', 'muted')]];
  const tone = sideTone(side.side);
  const narrow = width < LAYER_ROW;
  // As wide as the longest name needs, up to half the row (the rest is the rate and bar).
  const longest = Math.max(...side.layers.map((l) => textWidth(l.name)));
  const nameWidth = Math.max(16, Math.min(longest + 1, Math.floor((width - 12) / 2)));
  const barWidth = narrow ? width - 4 : width - 2 - nameWidth - 10;
  // Where each bar starts is drawing, not a figure: the all-goods layers stack up from 0,
  // a listed layer sits on top of the all-goods sum.
  let allGoodsSoFar = 0;
  let listedShown = false;
  return side.layers.flatMap((l: LayerView): Line[] => {
    const allGoods = l.scope === 'all-goods';
    const start = allGoods ? allGoodsSoFar : side.allGoods.rate.minPct;
    if (allGoods) allGoodsSoFar += l.rate?.minPct ?? 0;
    const drawn = l.rate ? offsetBar(start, l.rate.minPct, scale, barWidth, l.rate.maxPct) : '';
    const rate = seg(l.rateText, l.rate ? 'plain' : 'muted', true);
    const bar = seg(drawn, allGoods ? tone : 'muted');
    const lines: Line[] = [];
    if (!allGoods && !listedShown) {
      listedShown = true;
      lines.push([seg('  on listed goods only, on top of that:', 'muted')]);
    }
    if (narrow) {
      // The name wrapped, its rate flush right on its last row, the bar on a row of its own.
      const names = wrapText(l.name, width - 3 - textWidth(rate.text) - 1);
      for (const [i, name] of names.entries()) {
        lines.push(
          i === names.length - 1 ? spread([seg(`  ${name}`)], [rate], width) : [seg(`  ${name}`)],
        );
      }
      lines.push([seg('    '), bar]);
    } else {
      // The name wrapped in its column (never cut), the rate and bar beside its first row.
      const names = wrapText(l.name, nameWidth - 1);
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
    if (l.legal !== undefined) lines.push(...paragraph(l.legal.label, width, 'warn', 4));
    return lines;
  });
};

/** One side's stack on the day: its sums, how long it held, then its layers. */
const stackLines = (side: SideDayView, scale: number, width: number): Line[] => [
  ...heading(side.title, '', width),
  ...hanging(
    [
      seg('all goods '),
      seg(side.allGoods.text, sideTone(side.side), true),
      seg(' · up to '),
      seg(side.highestOnListedGoods.text, 'plain', true),
      seg(' on listed goods'),
      seg(
        side.highestOnListedGoods.layerName ? ` (${side.highestOnListedGoods.layerName})` : '',
        'muted',
      ),
    ],
    width,
  ),
  ...(side.listedSummary ? hanging([seg(side.listedSummary, 'muted')], width) : []),
  ...hanging(
    [
      seg(`in force ${side.stretch.text}`, 'muted'),
      seg(
        side.changedOnDate && side.previous
          ? ` · changed that day from ${side.previous.allGoodsText} (${side.previous.changeText})`
          : '',
        'muted',
      ),
    ],
    width,
  ),
  ...layerLines(side, scale, width),
];

/** The tariff actions that took effect on the day shown, or where it sits between them. */
const changeLines = (view: TariffDayView, width: number): Line[] => {
  if (view.changes.length === 0) {
    // After the verified data, the stacks shown are the last verified day's: say that day, not
    // the day asked for, whose actions are not established.
    const day = view.afterData
      ? `on ${short(view.stacksOn)}, the last verified day`
      : 'on this day';
    return paragraph(
      `No tariff action took effect ${day}${view.previousDate ? `; the last was on ${short(view.previousDate)}` : ''}.`,
      width,
      'muted',
      2,
    );
  }
  const sides = new Map(view.sides.map((s) => [s.side, s.shortTitle]));
  return view.changes.flatMap((c) =>
    hanging(
      [
        seg(`${sides.get(c.side) ?? c.side}: `, sideTone(c.side), true),
        seg(`${c.layerName} ${c.rateText}. `, 'plain', true),
        seg(c.action, 'muted'),
      ],
      width,
    ),
  );
};

/** What the courts found on the layers in force, each finding once, as core words it. */
const legalLines = (view: TariffDayView, width: number): Line[] => {
  const byText = new Map<string, { label: string; layers: string[] }>();
  for (const layer of view.sides.flatMap((s) => s.layers)) {
    if (layer.legal === undefined) continue;
    const entry = byText.get(layer.legal.text) ?? { label: layer.legal.label, layers: [] };
    entry.layers.push(layer.name);
    byText.set(layer.legal.text, entry);
  }
  if (byText.size === 0) return [];
  return [
    BLANK,
    ...heading('In law', 'what the courts found on these layers', width),
    ...[...byText].flatMap(([text, { label, layers }]) => [
      ...hanging([seg(layers.join(', '), 'plain', true), seg(`: ${label}`, 'warn')], width),
      ...paragraph(text, width, 'muted', 4),
    ]),
  ];
};

/** The day asked for is after the verified data: say so, and what was due meanwhile. */
const afterDataLines = (view: TariffDayView, width: number): Line[] => {
  const { afterData } = view;
  if (afterData === undefined) return [];
  return [
    ...paragraph(afterData.note, width, 'warn', 0),
    ...afterData.scheduled.flatMap((s) =>
      labelled(short(s.date), s.title, width, { labelWidth: 14, stackBelow: 56 }),
    ),
    BLANK,
  ];
};

const scopeLines = (view: TariffDayView, width: number): Line[] =>
  view.sides.flatMap((side) =>
    paragraph(
      `${side.shortTitle} counts ${side.scope.includes.join('; ')}. Not counted: ${side.scope.excludes.join('; ')}.`,
      width,
      'muted',
      2,
    ),
  );

/**
 * The line above the Tariffs view: the day shown and where it sits among the tariff actions,
 * or, after the verified data, the day asked for and the day whose stacks are shown.
 */
export const tariffHeader = (dataset: Dataset, date: string, width: number): Line => {
  const view = tariffDayOn(dataset, date);
  if (view.afterData) {
    return spread(
      [seg(`${short(view.date)}: as on ${short(view.stacksOn)}`, 'heading')],
      [seg('after the verified data', 'warn')],
      width,
    );
  }
  const { change } = view;
  const where = change ? `action ${change.number} of ${change.of}` : 'between actions';
  const long = `In force on ${short(view.date)}`;
  const brief = change ? `${change.number} of ${change.of}` : '';
  const right = textWidth(long) + textWidth(where) + 1 <= width ? where : brief;
  return spread([seg(long, 'heading')], [seg(right, 'muted')], width);
};

/** The Tariffs view for one day: what changed, both stacks as layers, the law, both histories. */
export const tariffBody = (
  dataset: Dataset,
  date: string,
  today: string,
  width: number,
  { zoom = false, height = 24 }: { zoom?: boolean; height?: number } = {},
): Line[] => {
  const view = tariffDayOn(dataset, date);
  const scale = tariffScaleMaxPct(dataset);
  const wide = width >= SIDE_BY_SIDE;
  const column = wide ? Math.floor((width - 3) / 2) : width;
  const [us, cn] = view.sides;
  const peaks = overviewOn(dataset, today).tariffs;
  // Charts grow with the terminal: about a third of the rows each when one is above the
  // other, half when side by side, within readable bounds.
  const chartHeight = Math.max(
    4,
    Math.min(wide ? 18 : 14, Math.round(height * (wide ? 0.5 : 0.3))),
  );
  const [usHistory, cnHistory] = view.sides.map((side) =>
    historyLines(dataset, view, side, peaks.find((p) => p.side === side.side)?.peak, {
      width: column,
      height: chartHeight,
      zoom,
    }),
  ) as [Line[], Line[]];
  const stacks = wide
    ? besideEachOther(stackLines(us, scale, column), stackLines(cn, scale, column), width)
    : [...stackLines(us, scale, width), BLANK, ...stackLines(cn, scale, width)];
  const histories = wide
    ? besideEachOther(usHistory, cnHistory, width)
    : [...usHistory, BLANK, ...cnHistory];
  const events = view.events.map((e) => e.title);
  return [
    ...afterDataLines(view, width),
    ...stacks,
    BLANK,
    ...heading('Took effect that day', '', width),
    ...changeLines(view, width),
    ...(events.length > 0
      ? [
          BLANK,
          ...heading('That day', '', width),
          ...events.flatMap((t) => hanging([seg(`• ${t}`)], width)),
        ]
      : []),
    ...legalLines(view, width),
    BLANK,
    ...histories,
    ...legend(width),
    BLANK,
    ...scopeLines(view, width),
    ...sourcesLines(
      [...view.sides.flatMap((s) => s.sources), ...view.changes.flatMap((c) => c.sources)],
      width,
    ),
  ];
};

/** Header and body together, for print. */
export const tariffLines = (
  dataset: Dataset,
  date: string,
  today: string,
  width: number,
): Line[] => [tariffHeader(dataset, date, width), ...tariffBody(dataset, date, today, width)];
