import { dataset } from '@tradetalks/core';
import { chartCsv } from '@/charts/chart-csv';
import { chartTables } from '@/charts/tables';

// Pre-rendered to out/data/charts/<chart id>.csv: what each chart shows.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return chartTables(dataset).map((t) => ({ file: `${t.id}.csv` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/charts/[file]'>) {
  const { file } = await params;
  const table = chartTables(dataset).find((t) => `${t.id}.csv` === file);
  if (table === undefined) return new Response('Not found', { status: 404 });
  return new Response(chartCsv(table, dataset), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
