import { curveLinear, curveStepAfter, line } from 'd3-shape';
import { Axes } from './axes';
import { dodge, innerSize, type Layout, xScale, yScale } from './layout';
import { DASH_ARRAYS, MarkerShape } from './marks';
import type { LinePlot, LinePoint } from './types';

/** A line or step chart as static SVG; the figure around it carries the text and table. */
export function LineChartSvg({
  plot,
  layout,
  title,
  labelledBy,
  describedBy,
}: {
  plot: LinePlot;
  layout: Layout;
  /** The chart's title, also inside the SVG. */
  title: string;
  labelledBy: string;
  describedBy: string;
}) {
  const { width } = innerSize(layout);
  const x = xScale(plot.x, layout);
  const y = yScale(plot.y.min, plot.y.max, layout, plot.y.includeZero ?? true);
  const path = (points: readonly LinePoint[], curve: 'step' | 'linear') =>
    line<LinePoint>()
      .x((p) => x.at(p.x))
      .y((p) => y(p.y))
      .curve(curve === 'step' ? curveStepAfter : curveLinear)(points) ?? '';

  const labelled = plot.series.filter((s) => s.endLabel !== undefined && s.points.length > 0);
  const labelYs = dodge(
    labelled.map((s) => y((s.points[s.points.length - 1] as LinePoint).y)),
    15,
  );

  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      <title>{title}</title>
      <g transform={`translate(${layout.margin.left},${layout.margin.top})`}>
        <Axes layout={layout} y={y} yFormat={plot.y.format} xTicks={x.ticks} />
        {(plot.references ?? []).map((ref) => (
          <g key={ref.label} className="reference">
            <line x1={0} x2={width} y1={y(ref.y)} y2={y(ref.y)} />
            <text x={width} y={y(ref.y) - 5} textAnchor="end">
              {ref.label}
            </text>
          </g>
        ))}
        {plot.series.map((s) => (
          <g key={s.key}>
            {s.curve === 'none' ? null : (
              <path
                className={`line tone-${s.tone}`}
                d={path(s.points, s.curve)}
                strokeDasharray={DASH_ARRAYS[s.dash]}
              />
            )}
            {s.points.map((p) =>
              p.unmarked ? null : (
                <MarkerShape
                  key={`${p.x}-${p.y}`}
                  shape={s.marker}
                  x={x.at(p.x)}
                  y={y(p.y)}
                  tone={s.tone}
                  hollow={p.hollow ?? false}
                />
              ),
            )}
            {s.points.map((p) => {
              if (p.label === undefined) return null;
              // Near the right edge a label goes on the left of its point, inside the chart.
              const left = x.at(p.x) > width * 0.75;
              return (
                <text
                  key={`label-${p.x}-${p.y}`}
                  className={`point-label tone-${s.tone}`}
                  x={x.at(p.x) + (left ? -9 : 9)}
                  y={y(p.y) + 4}
                  textAnchor={left ? 'end' : 'start'}
                >
                  {p.label}
                </text>
              );
            })}
          </g>
        ))}
        {layout.endLabels
          ? labelled.map((s, i) => {
              const last = s.points[s.points.length - 1] as LinePoint;
              return (
                <text
                  key={s.key}
                  className={`end-label tone-${s.tone}`}
                  x={x.at(last.x) + 8}
                  y={(labelYs[i] ?? 0) + 4}
                >
                  {s.endLabel}
                </text>
              );
            })
          : null}
      </g>
    </svg>
  );
}
