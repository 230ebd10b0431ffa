import { toUtcDate } from '@tradetalks/core';
import { type Line, type Segment, seg, type Tone } from '../lines/line';
import { pad, textWidth } from '../text/width';

/** From `date` on, the series is `value` (and `upper`, a second line above it) until the next step. */
export interface StepPoint {
  readonly date: string;
  readonly value: number;
  readonly upper?: number;
}

export interface StepChartOptions {
  /** Ascending by date; before the first step the series is zero. */
  readonly steps: readonly StepPoint[];
  /** First and last day on the time axis, `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
  /** Total width, labels included, and the rows of the plot (axis rows come on top of it). */
  readonly width: number;
  readonly height: number;
  /** The value at the top of the plot. */
  readonly scale: number;
  readonly formatValue: (value: number) => string;
  /** A day to point at under the axis, with its label. */
  readonly marker?: { readonly date: string; readonly label: string } | undefined;
  /** Labels under the time axis, each at the column of its day; years when not given. */
  readonly ticks?: readonly { readonly date: string; readonly label: string }[];
  /** Values to name on the value axis at their row (the first wins a shared row). */
  readonly marks?: readonly { readonly value: number; readonly label: string }[];
  readonly tone?: Tone;
}

const LEVELS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇'] as const;
export const STEP_GLYPHS = { area: '█', upper: '┈', marker: '┊', pointer: '▲' } as const;
const DAY_MS = 86_400_000;

/** Days since 1970 (core reads the date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
const dayOf = (date: string): number => toUtcDate(date).getTime() / DAY_MS;

/** The highest value and upper value in force at any time in [start, end). */
const columnValue = (steps: readonly StepPoint[], start: number, end: number) => {
  let value = 0;
  let upper = 0;
  let current: StepPoint | undefined;
  for (const step of steps) {
    const day = dayOf(step.date);
    if (day <= start) current = step;
    else if (day < end) {
      value = Math.max(value, step.value);
      upper = Math.max(upper, step.upper ?? 0);
    }
  }
  return {
    value: Math.max(value, current?.value ?? 0),
    upper: Math.max(upper, current?.upper ?? 0),
  };
};

/** Merge neighbouring cells of the same tone into one segment. */
const toLine = (cells: readonly (readonly [string, Tone])[]): Line => {
  const out: Segment[] = [];
  for (const [text, tone] of cells) {
    const last = out[out.length - 1];
    if (last !== undefined && last.tone === tone)
      out[out.length - 1] = { text: last.text + text, tone };
    else out.push({ text, tone });
  }
  return out;
};

/**
 * A step chart as lines: the area under `value` filled in blocks to an eighth of a row,
 * `upper` drawn as a dotted line where it rises above the area, a value axis on the left,
 * years under the time axis and, with `marker`, a pointer at one day. Each column shows
 * the highest value in force during the days it covers, so a short peak never vanishes.
 */
export const stepChart = (options: StepChartOptions): Line[] => {
  const { steps, height, scale, formatValue, tone = 'accent' } = options;
  const labels = [formatValue(scale), formatValue(0)];
  // The row each value tops out on; named marks first, the scale's top where still free.
  const axis = new Map<number, string>();
  for (const mark of options.marks ?? []) {
    if (!(mark.value > 0)) continue;
    const row = height - Math.max(1, Math.ceil((Math.min(mark.value, scale) / scale) * height));
    if (!axis.has(row)) axis.set(row, mark.label);
  }
  if (!axis.has(0)) axis.set(0, labels[0] ?? '');
  const gutter = Math.max(...[...labels, ...axis.values()].map(textWidth));
  const plotWidth = Math.max(1, options.width - gutter - 1);
  const first = dayOf(options.from);
  const span = dayOf(options.to) + 1 - first;
  const columnStart = (i: number) => first + (i * span) / plotWidth;
  const columnOf = (date: string) =>
    Math.min(plotWidth - 1, Math.max(0, Math.floor(((dayOf(date) - first) / span) * plotWidth)));

  const columns = Array.from({ length: plotWidth }, (_, i) =>
    columnValue(steps, columnStart(i), columnStart(i + 1)),
  );
  const markerColumn = options.marker ? columnOf(options.marker.date) : undefined;
  const rows: Line[] = [];
  for (let r = 0; r < height; r++) {
    const fromBottom = height - 1 - r;
    const cells = columns.map(({ value, upper }, i): readonly [string, Tone] => {
      const eighths =
        value > 0 ? Math.max(1, Math.round((Math.min(value, scale) / scale) * height * 8)) : 0;
      const fill = eighths - fromBottom * 8;
      if (fill >= 8) return [STEP_GLYPHS.area, tone];
      if (fill > 0) return [LEVELS[fill - 1] as string, tone];
      const upperRow =
        upper > value ? Math.min(height - 1, Math.ceil((upper / scale) * height) - 1) : -1;
      if (upperRow === fromBottom) return [STEP_GLYPHS.upper, 'muted'];
      if (i === markerColumn) return [STEP_GLYPHS.marker, 'accent'];
      return [' ', 'plain'];
    });
    const label = axis.get(r) ?? '';
    rows.push([
      seg(pad(label ?? '', gutter, 'right'), 'muted'),
      seg(label ? '┤' : '│', 'muted'),
      ...toLine(cells),
    ]);
  }
  rows.push([
    seg(pad(labels[1] ?? '', gutter, 'right'), 'muted'),
    seg(`┴${'─'.repeat(plotWidth)}`, 'muted'),
  ]);
  rows.push([
    seg(' '.repeat(gutter + 1)),
    seg(
      tickLabels(options.ticks ?? yearTicks(options.from, options.to), columnOf, plotWidth),
      'muted',
    ),
  ]);
  if (options.marker && markerColumn !== undefined) {
    rows.push(pointerRow(markerColumn, options.marker.label, gutter + 1, plotWidth));
  }
  return rows;
};

/** The first of January of every year from `from` to `to` (the first at `from` itself). */
export const yearTicks = (from: string, to: string): { date: string; label: string }[] => {
  const first = Number(from.slice(0, 4));
  return Array.from({ length: Number(to.slice(0, 4)) - first + 1 }, (_, i) => ({
    date: i === 0 ? from : `${first + i}-01-01`,
    label: String(first + i),
  }));
};

/** Each tick's label at the column of its day, skipping any that would touch the one before. */
const tickLabels = (
  ticks: readonly { readonly date: string; readonly label: string }[],
  columnOf: (date: string) => number,
  plotWidth: number,
): string => {
  const cells = Array.from({ length: plotWidth }, () => ' ');
  let free = 0;
  for (const tick of ticks) {
    const start = columnOf(tick.date);
    if (start < free || start + tick.label.length > plotWidth) continue;
    [...tick.label].forEach((ch, k) => {
      cells[start + k] = ch;
    });
    free = start + tick.label.length + 1;
  }
  return cells.join('').trimEnd();
};

/** `▲ label` under the marked column, or `label ▲` when there is no room on the right. */
const pointerRow = (column: number, label: string, indent: number, plotWidth: number): Line => {
  const right = `${STEP_GLYPHS.pointer} ${label}`;
  if (column + textWidth(right) <= plotWidth) {
    return [seg(' '.repeat(indent + column)), seg(right, 'accent', true)];
  }
  const left = `${label} ${STEP_GLYPHS.pointer}`;
  const start = Math.max(0, column + 1 - textWidth(left));
  return [seg(' '.repeat(indent + start)), seg(left, 'accent', true)];
};
