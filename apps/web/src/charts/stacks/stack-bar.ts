import { el } from '../svg';

/** One segment of a stacked bar: a layer's rate (percent) and how it is drawn. */
export interface StackSegment {
  readonly key: string;
  readonly valuePct: number;
  readonly kind: 'all-goods' | 'listed-goods';
}

const GRID_STEP_PCT = 50;

/**
 * A horizontal stacked bar in rate units, as SVG text, stretched to the width of its box: it
 * is drawn in a viewBox of `maxPct` × 10 with `preserveAspectRatio="none"`, so one drawing
 * fits every width, and its labels are HTML around it. Adjacent segments alternate in shade
 * and are split by a line, so layers read apart without relying on colour.
 */
export const stackBarSvg = (
  segments: readonly StackSegment[],
  maxPct: number,
  tone: 'us' | 'cn',
  label: string,
): string => {
  const starts = segments.map((_, i) =>
    segments.slice(0, i).reduce((sum, s) => sum + s.valuePct, 0),
  );
  const line = (x: number, cls: string) =>
    el('line', { class: cls, x1: x, x2: x, y1: 0, y2: 10, 'vector-effect': 'non-scaling-stroke' });
  const grid: string[] = [];
  for (let g = GRID_STEP_PCT; g < maxPct; g += GRID_STEP_PCT) grid.push(line(g, 'stack-bar__grid'));
  const rects = segments.map((s, i) =>
    el('rect', {
      class: `stack-bar__seg tone-${tone} stack-bar__seg--${s.kind === 'listed-goods' ? 'listed' : i % 2 === 0 ? 'a' : 'b'}`,
      x: starts[i],
      y: 0,
      width: s.valuePct,
      height: 10,
    }),
  );
  const separators = starts.slice(1).map((x) => line(x, 'stack-bar__sep'));
  return el(
    'svg',
    {
      class: 'stack-bar',
      viewBox: `0 0 ${maxPct} 10`,
      preserveAspectRatio: 'none',
      role: 'img',
      'aria-label': label,
    },
    el('rect', { class: 'stack-bar__track', x: 0, y: 0, width: maxPct, height: 10 }),
    ...grid,
    ...rects,
    ...separators,
  );
};
