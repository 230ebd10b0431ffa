import type { ScaleLinear } from 'd3-scale';
import { innerSize, type Layout, type Tick } from './layout';

/** Horizontal grid lines with their labels, a stronger zero line, and the x labels. */
export function Axes({
  layout,
  y,
  yFormat,
  xTicks,
}: {
  layout: Layout;
  y: ScaleLinear<number, number>;
  yFormat: (v: number) => string;
  xTicks: readonly Tick[];
}) {
  const { width, height } = innerSize(layout);
  return (
    <g className="axes">
      {y.ticks(layout.yTicks).map((t) => (
        <g key={t} className={t === 0 ? 'grid grid--zero' : 'grid'}>
          <line x1={0} x2={width} y1={y(t)} y2={y(t)} />
          <text x={-8} y={y(t) + 4} textAnchor="end">
            {yFormat(t)}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text
          key={`${t.at}-${t.label}`}
          className="x-label"
          x={t.at}
          y={height + 22}
          textAnchor="middle"
        >
          {t.label}
        </text>
      ))}
    </g>
  );
}
