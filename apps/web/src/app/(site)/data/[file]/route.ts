import { dataset } from '@tradetalks/core';
import { contentType, dataFiles } from '@/lib/downloads';

// Pre-rendered to out/data/<file> at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...dataFiles(dataset).keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/[file]'>) {
  const { file } = await params;
  const body = dataFiles(dataset).get(file);
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': contentType(file) } });
}
