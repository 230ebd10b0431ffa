import { scaleBand } from 'd3-scale';
import { axesSvg } from './axes';
import { innerSize, type Layout, yScale } from './layout';
import type { DrawingLabels } from './line-chart';
import { fillClass, hatchPatternSvg } from './marks';
import { el, esc, text } from './svg';
import type { BarPlot, Tone } from './types';

/** Grouped bars as SVG text. A missing value is marked "n/a", never drawn as zero. */
export const barChartSvg = (
  plot: BarPlot,
  layout: Layout,
  labels: DrawingLabels & { readonly idPrefix: string },
): string => {
  const { width } = innerSize(layout);
  const values = plot.series.flatMap((s) => s.values.filter((v): v is number => v !== undefined));
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  // Room below the lowest bar and above the highest for their value labels.
  const pad = plot.valueLabels ? (max - min) * 0.08 : 0;
  const y = yScale(min < 0 ? min - pad : min, max > 0 ? max + pad : max, layout);
  const labelsAt = max <= 0 ? 'top' : 'bottom';
  const outer = scaleBand<number>()
    .domain(plot.categories.map((_, i) => i))
    .range([0, width])
    .paddingInner(0.28)
    .paddingOuter(0.14);
  const inner = scaleBand<number>()
    .domain(plot.series.map((_, i) => i))
    .range([0, outer.bandwidth()])
    .paddingInner(0.08);
  const every = plot.categories.length > layout.xTicks * 1.5 ? 2 : 1;
  const xTicks = plot.categories.flatMap((label, i) =>
    i % every === 0 ? [{ at: (outer(i) ?? 0) + outer.bandwidth() / 2, label }] : [],
  );
  const tones = [...new Set(plot.series.filter((s) => s.fill === 'hatch').map((s) => s.tone))];
  const patternId = (tone: Tone) => `${labels.idPrefix}-hatch-${tone}`;
  const zero = y(0);

  const groups = plot.categories.map((_, ci) => {
    // A category with no value at all gets one "n/a" across its group, so two never collide.
    if (plot.series.every((s) => s.values[ci] === undefined)) {
      return el(
        'g',
        { transform: `translate(${outer(ci) ?? 0},0)` },
        text(
          { class: 'bar-missing', x: outer.bandwidth() / 2, y: zero - 6, 'text-anchor': 'middle' },
          'n/a',
        ),
      );
    }
    const bars = plot.series.map((s, si) => {
      const value = s.values[ci];
      const bx = inner(si) ?? 0;
      const bw = inner.bandwidth();
      if (value === undefined) {
        return text(
          { class: 'bar-missing', x: bx + bw / 2, y: zero - 6, 'text-anchor': 'middle' },
          'n/a',
        );
      }
      const top = Math.min(y(value), zero);
      const height = Math.max(Math.abs(y(value) - zero), 0.5);
      const rect = el('rect', {
        class: fillClass(s.fill, s.tone),
        x: bx,
        y: top,
        width: bw,
        height,
        fill: s.fill === 'hatch' ? `url(#${patternId(s.tone)})` : undefined,
      });
      const label = plot.valueLabels
        ? text(
            {
              class: 'bar-value',
              x: bx + bw / 2,
              y: value < 0 ? top + height + 14 : top - 5,
              'text-anchor': 'middle',
            },
            (plot.y.valueFormat ?? plot.y.format)(value),
          )
        : '';
      return rect + label;
    });
    return el('g', { transform: `translate(${outer(ci) ?? 0},0)` }, ...bars);
  });

  return el(
    'svg',
    {
      class: 'chart-svg',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: 'img',
      'aria-labelledby': labels.labelledBy,
      'aria-describedby': labels.describedBy,
    },
    `<title>${esc(labels.title)}</title>`,
    tones.length > 0 ? el('defs', {}, ...tones.map((t) => hatchPatternSvg(patternId(t), t))) : '',
    el(
      'g',
      { transform: `translate(${layout.margin.left},${layout.margin.top})` },
      axesSvg(layout, y, plot.y.format, xTicks, labelsAt),
      ...groups,
    ),
  );
};
