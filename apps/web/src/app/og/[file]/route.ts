import { dataset } from '@tradetalks/core';
import { drawChart } from '@/charts/draw';
import { OG_WIDTH, ogCardSvg } from '@/charts/og-card';
import { chartSpec, isChartId } from '@/charts/registry';
import { ogSlug } from '@/lib/hrefs';
import { svgToPng } from '@/lib/raster';
import { absoluteUrl } from '@/lib/site';
import { sitePages } from '@/models/pages';
import { siteOverview } from '@/models/story/site-story';

// Pre-rendered to out/og/<page>.png at build time: each page's share picture (og:image).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return sitePages().map(({ path }) => ({ file: `${ogSlug(path)}.png` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/og/[file]'>) {
  const { file } = await params;
  const page = sitePages().find(({ path }) => `${ogSlug(path)}.png` === file);
  if (page === undefined) return new Response('Not found', { status: 404 });
  const chart = page.info.chart;
  const drawing =
    chart !== undefined && isChartId(chart)
      ? drawChart(chartSpec(dataset, chart), 'wide', { labelledBy: 'og', describedBy: 'og' })
      : undefined;
  const svg = ogCardSvg({
    title: page.info.title,
    description: page.info.description,
    drawing,
    footer: `${siteOverview().ageText} · ${absoluteUrl(page.path).replace(/^https?:\/\//, '')}`,
  });
  const png = svgToPng(svg, OG_WIDTH);
  return new Response(png.buffer as ArrayBuffer, { headers: { 'Content-Type': 'image/png' } });
}
