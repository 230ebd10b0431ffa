import { dataset } from '@tradetalks/core';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartFigure } from '@/charts/chart-figure';
import { CHARTS, chartEntry, chartSpec, isChartId } from '@/charts/registry';
import { chartHref } from '@/lib/hrefs';
import { feedAlternates } from '@/lib/pages';
import { absoluteUrl, SITE_NAME } from '@/lib/site';
import { Static } from '@/ui/static';

// One page per chart for other sites to frame: the chart alone, with its sources and date,
// and a link to where it lives. Its _headers rule lets any origin frame it; no other page may.
export const dynamicParams = false;

export function generateStaticParams() {
  return CHARTS.map((c) => ({ chart: c.id }));
}

export async function generateMetadata({ params }: PageProps<'/embed/[chart]'>): Promise<Metadata> {
  const { chart } = await params;
  if (!isChartId(chart)) return {};
  const spec = chartSpec(dataset, chart);
  return {
    title: `${spec.title} (embed)`,
    description: spec.summary.slice(0, 200),
    alternates: feedAlternates(absoluteUrl(chartHref(chartEntry(chart).page, chart))),
    robots: { index: false, follow: true },
  };
}

export default async function EmbedPage({ params }: PageProps<'/embed/[chart]'>) {
  const { chart } = await params;
  if (!isChartId(chart)) notFound();
  const entry = chartEntry(chart);
  return (
    <main id="main" className="embed">
      {/* Links leave the frame: a reader who follows one gets the whole page. */}
      <base target="_top" />
      <Static>
        <ChartFigure
          spec={chartSpec(dataset, chart)}
          page={entry.page}
          headingLevel={1}
          reuse={false}
          eager
        />
      </Static>
      <p className="embed__credit small">
        From <a href={absoluteUrl(chartHref(entry.page, chart))}>{SITE_NAME}</a>: the numbers behind
        the U.S.–China trade conflict, each with its source.
      </p>
    </main>
  );
}
