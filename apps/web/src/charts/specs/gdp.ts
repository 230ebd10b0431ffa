import {
  ARTICLE_PERIODS,
  type Dataset,
  formatChangePct,
  overview,
  storySeries,
  vintageViews,
} from '@tradetalks/core';
import { mergeSources } from '@/lib/sources';
import { dateColumn, growthColumn, periodColumn, textColumn } from '../columns';
import type { ChartSpec } from '../types';

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
  const series = storySeries(data).gdpGrowth;
  const quarter = ARTICLE_PERIODS.gdpQuarter;
  const vintages = vintageViews(data, series.id, quarter);
  const { firstPrint, latest, revision, yearOnYear } = overview(data, data.asOf).gdp;
  let summary = `Bar chart of each published estimate of U.S. real GDP growth in ${firstPrint.dateText}, at an annualized rate.`;
  summary += ` The ${vintages[0]?.vintage.toLowerCase() ?? 'first estimate'} said ${firstPrint.text}; the ${vintages.at(-1)?.vintage.toLowerCase() ?? 'latest'} says ${latest.text}, a revision of ${revision.text}.`;
  if (yearOnYear) {
    summary += ` Against the same quarter a year earlier the economy grew ${yearOnYear.text}.`;
  }
  return {
    id: 'gdp-revisions',
    title: `U.S. GDP in ${firstPrint.dateText}: each estimate as it was published`,
    units: 'Real GDP growth, percent, quarter on quarter at an annualized rate',
    summary,
    sources: mergeSources(...vintages.map((v) => v.sources)),
    notes: series.note ? [series.note] : [],
    columns: [
      textColumn('estimate', 'Estimate', 'BEA release'),
      dateColumn('released_on', 'Released', 'Release date'),
      growthColumn('growth_pct', 'Growth', 'Annualized quarter-on-quarter growth'),
    ],
    rows: vintages.map((v) => [v.vintage, v.releasedOn, v.value]),
    plot: {
      kind: 'bar',
      categories: vintages.map((v) => shortVintage(v.vintage)),
      y: { format: (v) => formatChangePct(v) },
      valueLabels: true,
      series: [
        {
          key: 'growth',
          label: `Growth in ${firstPrint.dateText}, by estimate`,
          tone: 'us',
          fill: 'solid',
          values: vintages.map((v) => v.value),
        },
      ],
    },
  };
};

/** Growth by quarter, each at its headline estimate in our data. */
export const gdpQuartersChart = (data: Dataset): ChartSpec => {
  const series = storySeries(data).gdpGrowth;
  const { points } = series;
  const last = points.at(-1);
  const previous = points.at(-2);
  let summary =
    'Bar chart of U.S. real GDP growth by quarter, at an annualized rate, each at its latest estimate in our data.';
  if (last && previous) {
    summary += ` Growth was ${previous.text} in ${previous.dateText} and ${last.text} in ${last.dateText}.`;
  }
  return {
    id: 'gdp-quarters',
    title: `U.S. real GDP growth by quarter, ${points[0]?.dateText ?? ''}–${last?.dateText ?? ''}`,
    units: 'Percent, quarter on quarter at an annualized rate',
    summary,
    sources: mergeSources(...points.map((p) => p.sources)),
    notes: points.flatMap((p) => (p.note ? [`${p.dateText}: ${p.note}`] : [])),
    columns: [
      periodColumn('Quarter', 'YYYY-Qn'),
      growthColumn('growth_pct', 'Growth', 'Annualized quarter-on-quarter growth'),
      textColumn('estimate', 'Estimate', 'Which release the figure comes from'),
    ],
    rows: points.map((p) => [p.period, p.value, p.vintage ?? '']),
    plot: {
      kind: 'bar',
      categories: points.map((p) => p.dateText ?? p.period),
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
