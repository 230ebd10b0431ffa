import { barChartSvg } from './bar-chart';
import { LAYOUTS, type LayoutName } from './layout';
import { lineChartSvg } from './line-chart';
import { panelsChartSvg } from './panels-chart';
import type { ChartSpec, LinePlot } from './types';

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
      return barChartSvg(spec.plot, LAYOUTS[name], { ...labels, idPrefix: `${spec.id}-${name}` });
    case 'panels':
      return panelsChartSvg(spec.plot, name, labels);
  }
};

/** The plot a legend describes: for panels, the first panel's. */
export const legendPlot = (spec: ChartSpec): LinePlot | Exclude<ChartSpec['plot'], { kind: 'panels' }> =>
  spec.plot.kind === 'panels'
    ? (spec.plot.panels[0]?.plot ?? { kind: 'line', x: { type: 'band', categories: [] }, y: { min: 0, max: 1, format: String }, series: [] })
    : spec.plot;
