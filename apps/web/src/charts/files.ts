import { type Dataset, formatDate } from '@tradetalks/core';
import { chartHref } from '@/lib/hrefs';
import { absoluteUrl, SITE_NAME } from '@/lib/site';
import { groupByLabel } from '@/lib/sources';
import { drawChart } from './draw';
import { type ChartId, chartEntry, chartSpec } from './registry';
import { standaloneSvg } from './standalone';
import type { ChartSpec } from './types';

/**
 * "Sources: U.S. Census Bureau, via CNS News; PIIE." for a picture, where links cannot go:
 * each originating body and, where different, the site it was read on.
 */
export const sourceLineText = (spec: ChartSpec): string => {
  if (spec.sourcesListedAt) {
    return `Sources: ${spec.sources.length} sources, each cited by the record it supports, listed at ${absoluteUrl(spec.sourcesListedAt.href)}.`;
  }
  const names = groupByLabel(spec.sources).map((g) => g.label);
  return `${names.length === 1 ? 'Source' : 'Sources'}: ${names.join('; ')}.`;
};

/** The chart as a standalone SVG file: the download, and what the PNG is drawn from. */
export const chartSvgFile = (data: Dataset, id: ChartId): string => {
  const spec = chartSpec(data, id);
  const drawing = drawChart(spec, 'wide', {
    labelledBy: `${id}-file-title`,
    describedBy: `${id}-file-summary`,
  });
  return standaloneSvg(spec, drawing, {
    sourceLine: sourceLineText(spec),
    credit: `Data as of ${formatDate(data.asOf)} (the latest verified event) · ${SITE_NAME}, dataset version ${data.version} · ${data.licence.name}`,
    url: absoluteUrl(chartHref(chartEntry(id).page, id)),
  });
};
