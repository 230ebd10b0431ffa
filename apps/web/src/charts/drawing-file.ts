import { type DrawingIds, drawChart } from './draw';
import type { LayoutName } from './layout';
import type { ChartSpec } from './types';

const IDS: DrawingIds = { labelledBy: 'title', describedBy: 'title' };

/** The width and height of a drawing, from its viewBox. */
export const drawingSize = (svg: string): { width: number; height: number } => {
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  return { width: Number(box?.[1] ?? 880), height: Number(box?.[2] ?? 360) };
};

/** The size of one of a chart's drawings, for the page's `<img>` (no layout shift). */
export const chartDrawingSize = (spec: ChartSpec, layout: LayoutName) =>
  drawingSize(drawChart(spec, layout, IDS));

/**
 * One drawing of a chart as the file a page shows in an `<img>`: the SVG with its own
 * stylesheet (`css`: the site's tokens and drawing rules, whose `light-dark()` colours follow
 * the colour scheme the page gives the image, pinned theme included), sized by its viewBox.
 * The title, legend, text alternative and table stay in the page's HTML.
 */
export const chartDrawingFile = (spec: ChartSpec, layout: LayoutName, css: string): string => {
  const svg = drawChart(spec, layout, IDS);
  const { width, height } = drawingSize(svg);
  return svg
    .replace(
      /^<svg /,
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" `,
    )
    .replace(/ aria-labelledby="[^"]*"| aria-describedby="[^"]*"/g, '')
    .replace(/^(<svg[^>]*>)/, `$1<style>${css}</style>`);
};
