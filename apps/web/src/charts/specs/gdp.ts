import {
  type Dataset,
  formatChangePct,
  formatDate,
  formatNumber,
  getSeries,
  STORY_PERIODS,
  seriesPoints,
  story,
} from '@tradetalks/core';
import { dateColumn, growthColumn, periodColumn, textColumn } from '../columns';
import type { ChartSpec } from '../types';

export const GDP_SERIES = 'us-real-gdp-growth';

/** "Advance estimate" → "Advance"; "2025 annual update" → "Annual update": an axis label. */
const shortVintage = (label: string): string => {
  const short = label
    .replace(/\b\d{4}\b/g, '')
    .replace(/\bestimate\b/i, '')
    .trim();
  return `${short[0]?.toUpperCase() ?? ''}${short.slice(1)}`;
};

/** How BEA's estimate of the quarter the article cites moved from release to release. */
export const gdpRevisionsChart = (data: Dataset): ChartSpec => {
  const series = getSeries(data, GDP_SERIES);
  const quarter = STORY_PERIODS.gdpQuarter;
  const vintages = (series.vintages ?? []).flatMap((v) => {
    const o = series.observations.find((x) => x.period === quarter && x.vintageId === v.id);
    return o === undefined ? [] : [{ vintage: v, observation: o }];
  });
  const first = vintages[0];
  const last = vintages[vintages.length - 1];
  let summary = `Bar chart of each published estimate of U.S. real GDP growth in ${formatDate(quarter)}, at an annualized rate.`;
  if (first && last) {
    const diff = story(data).gdp.revisionPp;
    summary += ` The ${first.vintage.label.toLowerCase()} said ${formatChangePct(first.observation.value)}; the ${last.vintage.label.toLowerCase()} says ${formatChangePct(last.observation.value)}, ${diff < 0 ? 'revised down' : diff > 0 ? 'revised up' : 'unchanged'} by ${formatNumber(Math.abs(diff))} points.`;
  }
  return {
    id: 'gdp-revisions',
    title: `U.S. GDP in ${formatDate(quarter)}: each estimate as it was published`,
    units: 'Real GDP growth, percent, quarter on quarter at an annualized rate',
    summary,
    sourceIds: vintages.flatMap((v) => v.observation.sourceIds),
    notes: series.note ? [series.note] : [],
    columns: [
      textColumn('estimate', 'Estimate', 'BEA release'),
      dateColumn('released_on', 'Released', 'Release date'),
      growthColumn('growth_pct', 'Growth', 'Annualized quarter-on-quarter growth'),
    ],
    rows: vintages.map((v) => [v.vintage.label, v.vintage.releasedOn, v.observation.value]),
    plot: {
      kind: 'bar',
      categories: vintages.map((v) => shortVintage(v.vintage.label)),
      y: { format: (v) => formatChangePct(v) },
      valueLabels: true,
      series: [
        {
          key: 'growth',
          label: `Growth in ${formatDate(quarter)}, by estimate`,
          tone: 'us',
          fill: 'solid',
          values: vintages.map((v) => v.observation.value),
        },
      ],
    },
  };
};

/** Growth by quarter, each at its latest estimate in our data. */
export const gdpQuartersChart = (data: Dataset): ChartSpec => {
  const series = getSeries(data, GDP_SERIES);
  const points = seriesPoints(series);
  const label = (id: string | undefined) => series.vintages?.find((v) => v.id === id)?.label ?? '';
  const last = points[points.length - 1];
  const previous = points[points.length - 2];
  let summary =
    'Bar chart of U.S. real GDP growth by quarter, at an annualized rate, each at its latest estimate in our data.';
  if (last && previous) {
    summary += ` Growth was ${formatChangePct(previous.value)} in ${formatDate(previous.period)} and ${formatChangePct(last.value)} in ${formatDate(last.period)}.`;
  }
  return {
    id: 'gdp-quarters',
    title: 'U.S. real GDP growth by quarter',
    units: 'Percent, quarter on quarter at an annualized rate',
    summary,
    sourceIds: points.flatMap((p) => p.sourceIds),
    notes: points.some((p) => p.note)
      ? points.flatMap((p) => (p.note ? [`${formatDate(p.period)}: ${p.note}`] : []))
      : [],
    columns: [
      periodColumn('Quarter', 'YYYY-Qn'),
      growthColumn('growth_pct', 'Growth', 'Annualized quarter-on-quarter growth'),
      textColumn('estimate', 'Estimate', 'Which release the figure comes from'),
    ],
    rows: points.map((p) => [p.period, p.value, label(p.vintageId)]),
    plot: {
      kind: 'bar',
      categories: points.map((p) => formatDate(p.period)),
      y: { format: (v) => formatChangePct(v) },
      valueLabels: true,
      series: [
        {
          key: 'growth',
          label: 'Growth, latest estimate',
          tone: 'us',
          fill: 'solid',
          values: points.map((p) => p.value),
        },
      ],
    },
  };
};
