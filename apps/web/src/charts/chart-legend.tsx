import { LegendSwatch } from './legend-swatch';
import type { BarPlot, LinePlot, MarkedPeriod } from './types';

/** The legend, in HTML: each series' label beside the line, marker or fill it is drawn with. */
export function ChartLegend({
  plot,
  zoom,
  periods = [],
}: {
  plot: LinePlot | BarPlot;
  /** The words for a zoom band, where the chart shades one. */
  zoom?: string | undefined;
  /** Periods the chart marks (held unlawful), drawn as bands. */
  periods?: readonly MarkedPeriod[];
}) {
  const items =
    plot.kind === 'line'
      ? plot.series.map((s) => ({
          key: s.key,
          label: s.label,
          swatch: (
            <LegendSwatch
              tone={s.tone}
              dash={s.curve === 'none' ? undefined : s.dash}
              marker={s.marker === 'none' ? undefined : s.marker}
              outline={s.markerOutline === true}
            />
          ),
        }))
      : plot.series.map((s) => ({
          key: s.key,
          label: s.label,
          swatch: <LegendSwatch tone={s.tone} fill={s.fill} />,
        }));
  const hasMissing = plot.kind === 'bar' && plot.series.some((s) => s.values.includes(undefined));
  const hasHollow =
    plot.kind === 'line' && plot.series.some((s) => s.points.some((p) => p.hollow === true));
  return (
    <ul className="chart__legend">
      {items.map((item) => (
        <li key={item.key}>
          {item.swatch}
          <span>{item.label}</span>
        </li>
      ))}
      {hasMissing ? (
        <li>
          <span className="legend-na" aria-hidden="true">
            n/a
          </span>
          <span>not verified in our sources</span>
        </li>
      ) : null}
      {zoom ? (
        <li>
          <span className="legend-zoom" aria-hidden="true" />
          <span>{zoom}</span>
        </li>
      ) : null}
      {periods.length > 0 ? (
        <li>
          <span className="legend-period" aria-hidden="true" />
          <span>charged, later held unlawful</span>
        </li>
      ) : null}
      {hasHollow ? (
        <li>
          <span className="legend-hollow" aria-hidden="true" />
          <span>hollow: derived or disputed value (see the table)</span>
        </li>
      ) : null}
    </ul>
  );
}
