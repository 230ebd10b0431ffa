import type { ScaleLinear } from 'd3-scale';
import { innerSize, type Layout, type Tick } from './layout';
import { el, esc, text } from './svg';

const NARROW_MAX_WIDTH = 400;

/** Horizontal grid lines with their labels, a stronger zero line, and the x labels. */
export const axesSvg = (
  layout: Layout,
  y: ScaleLinear<number, number>,
  yFormat: (v: number) => string,
  xTicks: readonly Tick[],
  /** Where the x labels go: under the plot, or above it (for bars that all hang down). */
  xLabelsAt: 'bottom' | 'top' = 'bottom',
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
  // On a narrow drawing a two-word label goes on two lines.
  const labels = xTicks.map((t) => {
    const words = t.label.split(' ');
    const base = xLabelsAt === 'top' ? -8 : height + 22;
    if (layout.width > NARROW_MAX_WIDTH || words.length !== 2 || /\d{4}/.test(t.label)) {
      return text({ class: 'x-label', x: t.at, y: base, 'text-anchor': 'middle' }, t.label);
    }
    return el(
      'text',
      {
        class: 'x-label',
        x: t.at,
        y: xLabelsAt === 'top' ? base - 13 : height + 18,
        'text-anchor': 'middle',
      },
      el('tspan', { x: t.at }, esc(words[0] ?? '')),
      el('tspan', { x: t.at, dy: 13 }, esc(words[1] ?? '')),
    );
  });
  return el('g', { class: 'axes' }, ...grid, ...labels);
};
