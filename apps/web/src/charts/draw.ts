import { barChartSvg } from './bar-chart';
import { LAYOUTS, type LayoutName } from './layout';
import { lineChartSvg } from './line-chart';
import { panelsChartSvg } from './panels-chart';
import type { ChartSpec, LinePlot, PanelsPlot } from './types';

/** Ids an SVG drawing points at for its name and its description. */
export interface DrawingIds {
  readonly labelledBy: string;
  readonly describedBy: string;
}

/** One drawing of a chart, wide or narrow, as SVG text. */
export const drawChart = (spec: ChartSpec, name: LayoutName, ids: DrawingIds): string => {
  const labels = { title: spec.title, ...ids };
  switch (spec.plot.kind) {
    case 'line':
      return lineChartSvg(spec.plot, LAYOUTS[name], labels);
    case 'bar':
      // Bars carry no end labels, so the right margin only needs to keep the last bar clear.
      return barChartSvg(
        spec.plot,
        { ...LAYOUTS[name], margin: { ...LAYOUTS[name].margin, right: 16 } },
        { ...labels, idPrefix: `${spec.id}-${name}` },
      );
    case 'panels':
      return panelsChartSvg(spec.plot, name, labels);
  }
};

/** The plot a legend describes: for panels, the first panel's. */
export const legendPlot = (
  spec: ChartSpec,
): LinePlot | Exclude<ChartSpec['plot'], { kind: 'panels' }> =>
  spec.plot.kind === 'panels'
    ? (spec.plot.panels[0]?.plot ?? {
        kind: 'line',
        x: { type: 'band', categories: [] },
        y: { min: 0, max: 1, format: String },
        series: [],
      })
    : spec.plot;

/** The legend's words for the zoom band: which panel's range it shades. */
export const zoomLegendLabel = (plot: PanelsPlot): string => {
  const first = plot.panels[0];
  return `Shaded: the range of the ${first?.title.split(':')[0] ?? 'first'} panel`;
};
