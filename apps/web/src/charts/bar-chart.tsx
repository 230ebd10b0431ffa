import { scaleBand } from 'd3-scale';
import { Axes } from './axes';
import { innerSize, type Layout, yScale } from './layout';
import { fillClass, HatchPattern } from './marks';
import type { BarPlot, Tone } from './types';

/** Grouped bars as static SVG. A missing value is marked "n/a", never drawn as zero. */
export function BarChartSvg({
  plot,
  layout,
  idPrefix,
  title,
  labelledBy,
  describedBy,
}: {
  plot: BarPlot;
  layout: Layout;
  /** Unique per drawing, for the hatch patterns' ids. */
  idPrefix: string;
  /** The chart's title, also inside the SVG. */
  title: string;
  labelledBy: string;
  describedBy: string;
}) {
  const { width } = innerSize(layout);
  const values = plot.series.flatMap((s) => s.values.filter((v): v is number => v !== undefined));
  const y = yScale(Math.min(0, ...values), Math.max(0, ...values), layout);
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
  const patternId = (tone: Tone) => `${idPrefix}-hatch-${tone}`;
  const zero = y(0);
  const showValues = plot.valueLabels === true;

  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      <title>{title}</title>
      {tones.length > 0 ? (
        <defs>
          {tones.map((tone) => (
            <HatchPattern key={tone} id={patternId(tone)} tone={tone} />
          ))}
        </defs>
      ) : null}
      <g transform={`translate(${layout.margin.left},${layout.margin.top})`}>
        <Axes layout={layout} y={y} yFormat={plot.y.format} xTicks={xTicks} />
        {plot.categories.map((category, ci) => (
          <g key={category} transform={`translate(${outer(ci) ?? 0},0)`}>
            {plot.series.map((s, si) => {
              const value = s.values[ci];
              const bx = inner(si) ?? 0;
              const bw = inner.bandwidth();
              if (value === undefined) {
                return (
                  <text
                    key={s.key}
                    className="bar-missing"
                    x={bx + bw / 2}
                    y={zero - 6}
                    textAnchor="middle"
                  >
                    n/a
                  </text>
                );
              }
              const top = Math.min(y(value), zero);
              const height = Math.max(Math.abs(y(value) - zero), 0.5);
              return (
                <g key={s.key}>
                  <rect
                    className={fillClass(s.fill, s.tone)}
                    x={bx}
                    y={top}
                    width={bw}
                    height={height}
                    fill={s.fill === 'hatch' ? `url(#${patternId(s.tone)})` : undefined}
                  />
                  {showValues ? (
                    <text
                      className="bar-value"
                      x={bx + bw / 2}
                      y={value < 0 ? top + height + 14 : top - 5}
                      textAnchor="middle"
                    >
                      {plot.y.format(value)}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        ))}
      </g>
    </svg>
  );
}
