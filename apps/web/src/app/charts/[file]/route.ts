import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset } from '@tradetalks/core';
import { chartDrawingFile } from '@/charts/drawing-file';
import { CHARTS, chartSpec, isChartId } from '@/charts/registry';

// Pre-rendered to out/charts/<id>.<wide|narrow>.svg at build time: the drawing each page shows
// in an <img>, carrying the site's tokens and drawing rules so it follows the page's theme.
export const dynamic = 'force-static';
export const dynamicParams = false;

const LAYOUTS = ['wide', 'narrow'] as const;

export function generateStaticParams() {
  return CHARTS.flatMap((c) => LAYOUTS.map((layout) => ({ file: `${c.id}.${layout}.svg` })));
}

const stylesheet = () =>
  ['tokens.css', 'chart-drawing.css']
    .map((f) => readFileSync(join(process.cwd(), 'src', 'styles', f), 'utf8'))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, '');

export async function GET(_request: Request, { params }: RouteContext<'/charts/[file]'>) {
  const { file } = await params;
  const match = /^(.+)\.(wide|narrow)\.svg$/.exec(file);
  const id = match?.[1] ?? '';
  const layout = match?.[2] === 'narrow' ? 'narrow' : 'wide';
  if (match === null || !isChartId(id)) return new Response('Not found', { status: 404 });
  return new Response(chartDrawingFile(chartSpec(dataset, id), layout, stylesheet()), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
}
