import { curveLinear, curveStepAfter, line } from 'd3-shape';
import { axesSvg } from './axes';
import { dodge, innerSize, type Layout, xScale, yScale } from './layout';
import { DASH_ARRAYS, markerSvg } from './marks';
import { el, esc, text } from './svg';
import type { LinePlot, LinePoint } from './types';

export interface DrawingLabels {
  /** The chart's title, also inside the SVG. */
  readonly title: string;
  readonly labelledBy: string;
  readonly describedBy: string;
}

/** A line or step chart as SVG text; the figure around it carries the words and the table. */
export const lineChartSvg = (plot: LinePlot, layout: Layout, labels: DrawingLabels): string =>
  el(
    'svg',
    {
      class: 'chart-svg',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: 'img',
      'aria-labelledby': labels.labelledBy,
      'aria-describedby': labels.describedBy,
    },
    `<title>${esc(labels.title)}</title>`,
    linePlotSvg(plot, layout),
  );

/**
 * The plot itself, inside the layout's margins: axes, reference lines, series and labels, as
 * one group that another drawing can place (the panels of the home chart do).
 */
export const linePlotSvg = (plot: LinePlot, layout: Layout): string => {
  const { width } = innerSize(layout);
  const x = xScale(plot.x, layout);
  const y = yScale(plot.y.min, plot.y.max, layout, plot.y.includeZero ?? true);
  const path = (points: readonly LinePoint[], curve: 'step' | 'linear') =>
    line<LinePoint>()
      .x((p) => x.at(p.x))
      .y((p) => y(p.y))
      .curve(curve === 'step' ? curveStepAfter : curveLinear)(points) ?? '';

  const references = (plot.references ?? []).map((ref) =>
    el(
      'g',
      { class: 'reference' },
      el('line', { x1: 0, x2: width, y1: y(ref.y), y2: y(ref.y) }),
      text({ x: width, y: y(ref.y) - 5, 'text-anchor': 'end' }, ref.label),
    ),
  );

  // Marker-only series (an expectation, an estimate) go under the lines and their markers,
  // and are drawn hollow and larger: where two values meet, both stay visible.
  const drawOrder = [
    ...plot.series.filter((s) => s.curve === 'none'),
    ...plot.series.filter((s) => s.curve !== 'none'),
  ];
  const series = drawOrder.map((s) => {
    const line =
      s.curve === 'none'
        ? ''
        : el('path', {
            class: `line tone-${s.tone}`,
            d: path(s.points, s.curve),
            'stroke-dasharray': DASH_ARRAYS[s.dash],
          });
    const marks = s.points
      .filter((p) => !p.unmarked)
      .map((p) =>
        markerSvg(s.marker, x.at(p.x), y(p.y), s.tone, {
          hollow: (p.hollow ?? false) || s.markerOutline === true,
          ...(s.markerSize ? { size: s.markerSize } : {}),
        }),
      );
    const pointLabels = s.points.flatMap((p) => {
      if (p.label === undefined) return [];
      // Near the right edge a label goes on the left of its point, inside the chart.
      const left = x.at(p.x) > width * 0.75;
      return [
        text(
          {
            class: `point-label tone-${s.tone}`,
            x: x.at(p.x) + (left ? -9 : 9),
            y: y(p.y) + 4,
            'text-anchor': left ? 'end' : 'start',
          },
          p.label,
        ),
      ];
    });
    return el('g', {}, line, ...marks, ...pointLabels);
  });

  const labelled = plot.series.filter((s) => s.endLabel !== undefined && s.points.length > 0);
  const labelYs = dodge(
    labelled.map((s) => y((s.points[s.points.length - 1] as LinePoint).y)),
    15,
  );
  const endLabels = layout.endLabels
    ? labelled.map((s, i) => {
        const last = s.points[s.points.length - 1] as LinePoint;
        return text(
          { class: `end-label tone-${s.tone}`, x: x.at(last.x) + 8, y: (labelYs[i] ?? 0) + 4 },
          s.endLabel ?? '',
        );
      })
    : [];

  return el(
    'g',
    { transform: `translate(${layout.margin.left},${layout.margin.top})` },
    axesSvg(layout, y, plot.y.format, x.ticks),
    ...references,
    ...series,
    ...endLabels,
  );
};
