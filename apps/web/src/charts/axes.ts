import type { ScaleLinear } from 'd3-scale';
import { innerSize, type Layout, type Tick } from './layout';
import { el, text } from './svg';

/** Horizontal grid lines with their labels, a stronger zero line, and the x labels. */
export const axesSvg = (
  layout: Layout,
  y: ScaleLinear<number, number>,
  yFormat: (v: number) => string,
  xTicks: readonly Tick[],
): string => {
  const { width, height } = innerSize(layout);
  const grid = y
    .ticks(layout.yTicks)
    .map((t) =>
      el(
        'g',
        { class: t === 0 ? 'grid grid--zero' : 'grid' },
        el('line', { x1: 0, x2: width, y1: y(t), y2: y(t) }),
        text({ x: -8, y: y(t) + 4, 'text-anchor': 'end' }, yFormat(t)),
      ),
    );
  const labels = xTicks.map((t) =>
    text({ class: 'x-label', x: t.at, y: height + 22, 'text-anchor': 'middle' }, t.label),
  );
  return el('g', { class: 'axes' }, ...grid, ...labels);
};
