import { dataset } from '@tradetalks/core';
import { chartCsv } from '@/charts/chart-csv';
import { chartSvgFile } from '@/charts/files';
import { CHARTS, isChartId } from '@/charts/registry';
import { STANDALONE_WIDTH } from '@/charts/standalone';
import { chartTables } from '@/charts/tables';
import { svgToPng } from '@/lib/raster';

// Pre-rendered to out/data/charts/ at build time: each chart's numbers (CSV) and its picture
// (SVG, and a PNG at twice the SVG's width), and the CSV of each stretch of the stacks.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [
    ...chartTables(dataset).map((t) => ({ file: `${t.id}.csv` })),
    ...CHARTS.flatMap((c) => [{ file: `${c.id}.svg` }, { file: `${c.id}.png` }]),
  ];
}

const notFound = () => new Response('Not found', { status: 404 });

export async function GET(_request: Request, { params }: RouteContext<'/data/charts/[file]'>) {
  const { file } = await params;
  const match = /^(.+)\.(csv|svg|png)$/.exec(file);
  if (match === null) return notFound();
  const [, id = '', ext] = match;
  if (ext === 'csv') {
    const table = chartTables(dataset).find((t) => t.id === id);
    if (table === undefined) return notFound();
    return new Response(chartCsv(table, dataset), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    });
  }
  if (!isChartId(id)) return notFound();
  const svg = chartSvgFile(dataset, id);
  if (ext === 'svg') return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
  const png = svgToPng(svg, STANDALONE_WIDTH * 2);
  return new Response(png.buffer as ArrayBuffer, { headers: { 'Content-Type': 'image/png' } });
}
